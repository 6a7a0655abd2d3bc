package data

import (
	"context"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// errReadOnly is returned by every write on a read-only archive.
func (a *Archive) errReadOnly() error {
	msg := a.roReason
	if msg == "" {
		msg = "Kho đang ở chế độ chỉ xem."
	}
	return &Error{Code: EReadOnly, Message: "Không lưu được: " + store.LowerFirst(msg)}
}

// write runs fn in one short IMMEDIATE transaction on the writer connection.
// While another person holds the file, it waits and retries (up to
// Options.WriteWait), so a busy shared drive shows as a short wait rather
// than an error. fn may run more than once and must not have side effects
// outside the transaction.
func (a *Archive) write(ctx context.Context, fn func(q store.Tx) error) error {
	if a.readOnly {
		return a.errReadOnly()
	}
	w := startLockWait(ctx)
	defer w.stop()
	return store.RetryBusy(ctx, a.opts.WriteWait, func() error {
		return store.RunTx(ctx, a.wdb, "BEGIN IMMEDIATE", func(q store.Tx) error {
			w.stop() // BEGIN IMMEDIATE holds the write lock: no more waiting
			return fn(q)
		})
	})
}

// read runs fn in one deferred transaction, so the queries in it (a page and
// its total, say) see the same state of the file.
func (a *Archive) read(ctx context.Context, fn func(q store.Tx) error) error {
	w := startLockWait(ctx)
	defer w.stop()
	return a.retryRead(ctx, a.opts.WriteWait, func() error {
		return store.RunTx(ctx, a.rdb, "BEGIN", func(q store.Tx) error {
			if w.listened() {
				// A deferred BEGIN takes no lock; this tiny read takes the
				// shared one, so the time fn takes is not counted as waiting.
				var v int64
				if err := q.QueryRowContext(ctx, "PRAGMA schema_version").Scan(&v); err != nil {
					return err
				}
				w.stop()
			}
			return fn(q)
		})
	})
}

// retryRead runs a read again while a colleague's write is in its way: it
// waits out their lock (SQLITE_BUSY, after SQLite's own busy timeout), a
// commit that changed the schema under a prepared query, and a journal
// SQLite took for hot. That last one is settled first: rolled back where
// we may write, refused with its own message where we may not. fn may run
// more than once; it stops trying after wait.
func (a *Archive) retryRead(ctx context.Context, wait time.Duration, fn func() error) error {
	return store.RetryBusy(ctx, wait, func() error {
		err := fn()
		if !store.IsHotJournal(err) {
			return err
		}
		_, recovered, serr := a.settle(ctx)
		if serr != nil {
			return serr
		}
		if recovered {
			a.recovered.Store(true)
		}
		// EBusy makes retryBusy read again; the message shows only if its
		// time is up.
		return &Error{Code: EBusy, Message: "Kho đang bận: một lần ghi dở dang vừa được xử lý trong lúc đọc. Hãy thử lại.", Err: err}
	})
}
