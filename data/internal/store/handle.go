package store

import (
	"context"
	"time"
)

// Handle is an open archive as the packages under data work with it: its
// file, who writes, and its transactions. The public archive (data.Archive)
// gives one to merging (data/merge), which reads and writes records with
// this package's functions inside them.
type Handle struct {
	Path     string  // absolute path of the archive file
	Session  Session // who saves, and when
	ReadOnly error   // why writes are refused (EReadOnly); nil when they are not
	Schema   int     // the schema version this program writes
	// BusyTimeout is how long SQLite waits for a lock; WriteWait how long
	// a transaction keeps retrying while the file is busy.
	BusyTimeout, WriteWait time.Duration
	// Read runs fn in one read transaction, again while a colleague's write
	// is in its way; Write in one IMMEDIATE write transaction, retried
	// while the file is busy. fn may run more than once.
	Read, Write func(ctx context.Context, fn func(q Tx) error) error
}
