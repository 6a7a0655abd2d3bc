// Package data is the archive of the "Dân vận khéo" movement: one SQLite file
// on a shared drive holding models and exemplars, their recognitions,
// evaluations and commendations, the catalogues they refer to, and an audit
// log of every change.
//
// The package owns the rules that keep a file shared by several people safe:
// a rollback journal (never WAL), short IMMEDIATE write transactions retried
// while another writer holds the lock, optimistic versions on every record so a
// stale save is refused instead of overwriting someone else's work, backups
// before migrations, and a refusal to write to anything that is not our
// archive. Readers never fail because a colleague writes: SQLite alone
// decides whether a -journal file is a crashed write's (hot), which every
// opening from a writable place rolls back and notes (see journal.go and
// docs/shared-drive.md). Every error it returns carries a Vietnamese message that the
// program can show as is (see Error and ErrorMessage).
//
// The records themselves (their columns, rules and children), the
// transactions' retries, the audit log and the mapping of SQLite's errors
// live in data/internal/store, which this package and merging archives
// (data/merge) both use; this package is the archive as the rest of the
// program sees it.
//
// Nothing here imports Fyne: the console program and the tests use the same
// API as the window program.
package data
