//go:build unix

package exchange_test

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used so far, user and
// system: on the shared build machine it moves less with the other jobs
// than the wall clock does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
