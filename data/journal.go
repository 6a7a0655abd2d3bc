package data

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// In DELETE journal mode a -journal file lies beside the archive during
// every write, so its mere presence says nothing. It is hot (left by a
// program that stopped part-way) only when no process holds a lock on the
// archive, and only SQLite can tell that reliably: a read-only connection
// that meets a hot journal fails with SQLITE_READONLY_ROLLBACK, a writable
// one rolls it back. So every opening first reads through a read-only
// connection and lets SQLite decide.

// errUnfinished is the refusal for a hot journal in a place we cannot write.
func errUnfinished(path string, cause error) error {
	return &Error{Code: EReadOnly, Err: cause, Message: fmt.Sprintf("Kho %q có một lần ghi dở dang (chương trình của ai đó đã bị dừng giữa lúc ghi) cần được hoàn tác trước khi đọc, nhưng máy này chỉ có quyền đọc tệp kho hoặc thư mục chứa nó. Hãy mở kho một lần bằng máy có quyền ghi vào thư mục đó: lần ghi dở sẽ tự được hoàn tác, mọi dữ liệu đã lưu xong vẫn còn nguyên.", filepath.Base(path))}
}

// settle reads the archive through a read-only connection under SQLite's
// shared lock and returns its header as it stands there. A hot journal is
// rolled back where we may write (recovered says so); where we may not, it
// looks again a few times, because SQLite also takes a journal for hot when
// its writer rolls back at the very moment it looks, then refuses.
func (a *Archive) settle(ctx context.Context) (h store.FileHeader, recovered bool, err error) {
	delay := 20 * time.Millisecond
	for try := 0; ; try++ {
		h, err = a.probe(ctx)
		if !store.IsHotJournal(err) {
			return h, recovered, err
		}
		if try == 4 {
			return h, false, errUnfinished(a.path, err)
		}
		if writeBlocked(a.path) == "" {
			noted, rerr := a.recoverJournal(ctx)
			if c := ErrorCode(rerr); c == EIO || c == EReadOnly {
				// The journal itself may be another account's, which SQLite
				// must open for writing to roll back (SQLITE_CANTOPEN).
				return h, false, errUnfinished(a.path, rerr)
			} else if rerr != nil {
				return h, false, rerr
			}
			recovered = recovered || noted
			continue
		}
		if err := sleepCtx(ctx, delay); err != nil {
			return h, false, err
		}
		delay *= 2
	}
}

// probe opens a read-only connection (which never writes, never rolls
// back), takes the shared lock by reading the schema, and while no one can
// commit checks the header and the file's length against each other.
func (a *Archive) probe(ctx context.Context) (store.FileHeader, error) {
	var h store.FileHeader
	db, err := sql.Open("sqlite", a.dsn("ro", false))
	if err != nil {
		return h, store.MapErr(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	err = store.RetryBusy(ctx, a.opts.WriteWait, func() error {
		return store.RunTx(ctx, db, "BEGIN", func(q store.Tx) error {
			var n int64
			qerr := q.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n)
			if store.IsHotJournal(store.MapErr(qerr)) {
				return qerr
			}
			// A damaged file may fail the query: the header says better how.
			var herr error
			if h, herr = store.InspectFile(a.path); herr == nil {
				herr = h.LengthCheck(filepath.Base(a.path))
			}
			if herr != nil {
				return herr
			}
			return qerr
		})
	})
	return h, err
}

// recoverJournal rolls a hot journal back by reading through a writable
// connection, and notes it once in the audit log: two colleagues may both
// find the same journal, so the note names the journal's random nonce and
// the second sees the first's note. It reports whether it wrote the note.
func (a *Archive) recoverJournal(ctx context.Context) (bool, error) {
	nonce := journalNonce(a.path + "-journal")
	db, err := sql.Open("sqlite", a.dsn("rw", true))
	if err != nil {
		return false, store.MapErr(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	noted := false
	err = store.RetryBusy(ctx, a.opts.WriteWait, func() error {
		noted = false
		return store.RunTx(ctx, db, "BEGIN IMMEDIATE", func(q store.Tx) error {
			// The rollback happened while BEGIN IMMEDIATE took its locks.
			var version, seen int
			if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
				return err
			}
			if nonce == "" || version < 1 || version > schemaVersion() {
				return nil // an audit table we do not know: undo without a note
			}
			uid := "journal:" + nonce
			if err := q.QueryRowContext(ctx, "SELECT count(*) FROM audit_log WHERE action = 'recover' AND record_uid = ?", uid).Scan(&seen); err != nil || seen > 0 {
				return err
			}
			noted = true
			return store.Audit(ctx, q, a.opts.Actor, a.now(), "recover", TableArchive, 0, uid, recoveredNote, nil)
		})
	})
	return noted, err
}

// recoveredNote is what the audit log and dvk check say after a rollback.
const recoveredNote = "Đã hoàn tác một lần ghi dở dang (chương trình ghi bị dừng giữa chừng); mọi dữ liệu đã lưu xong vẫn còn nguyên"

// journalNonce returns the random number SQLite writes into each journal's
// header (bytes 12–15), or "" when there is no readable journal.
func journalNonce(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	var b [16]byte
	if _, err := io.ReadFull(f, b[:]); err != nil {
		return ""
	}
	return hex.EncodeToString(b[12:16])
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return store.MapErr(ctx.Err())
	case <-t.C:
		return nil
	}
}
