//go:build unix

package data_test

import (
	"os"
	"syscall"
)

// sqliteSharedLock takes (or with lock false drops) the lock SQLite's unix
// file layer takes for a reader: a read lock on the 510 bytes from
// 0x40000002. Held by another process, it keeps SQLite from taking the
// exclusive lock that rolling a hot journal back needs, without making
// the journal any less hot.
func sqliteSharedLock(f *os.File, lock bool) error {
	typ := int16(syscall.F_RDLCK)
	if !lock {
		typ = syscall.F_UNLCK
	}
	return syscall.FcntlFlock(f.Fd(), syscall.F_SETLK, &syscall.Flock_t{Type: typ, Start: 0x40000002, Len: 510})
}
