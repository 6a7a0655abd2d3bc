package data_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/danvankheo/danvankheo/data"
)

// TestWaitingForALockIsToldAndCancellable: while another connection holds
// the lock a save needs (a write lock) or a listing needs (an exclusive
// one, as during a commit), the work says once that it waits; cancelling
// ends it at once with ECanceled (SQLite's busy wait is a minute here, so
// "at once" means before it), says the wait is over, and writes nothing.
func TestWaitingForALockIsToldAndCancellable(t *testing.T) {
	_, path := newArchive(t)
	o := testOptions(t)
	o.BusyTimeout = time.Minute
	a, err := data.Open(ctx, path, o)
	must(t, err)
	defer a.Close()
	fx := seed(t, a)
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	ops := []struct {
		lock string
		work func(context.Context) error
	}{
		{"BEGIN IMMEDIATE", func(ctx context.Context) error {
			return a.SaveEntry(ctx, &data.Entry{Kind: data.KindModel, Name: "Mô hình chờ lưu", UnitID: fx.commune1.ID, FieldID: fx.fields[0].ID, Year: 2024})
		}},
		{"BEGIN EXCLUSIVE", func(ctx context.Context) error {
			_, _, err := a.FindEntries(ctx, data.EntryFilter{})
			return err
		}},
	}
	for _, op := range ops {
		func() {
			hold, err := db.Conn(ctx)
			must(t, err)
			defer hold.Close()
			_, err = hold.ExecContext(ctx, op.lock)
			must(t, err)
			defer hold.ExecContext(ctx, "ROLLBACK")
			told := make(chan bool, 4)
			wctx, cancel := context.WithCancel(data.WithWaitNotice(ctx, func(w bool) { told <- w }))
			defer cancel() // a failure below does not leave the work waiting
			done := make(chan error, 1)
			go func() { done <- op.work(wctx) }()
			if !within(t, op.lock+": no notice of the wait", told) {
				t.Fatalf("%s: first notice is not the wait", op.lock)
			}
			cancel()
			wantCode(t, within(t, op.lock+": cancelling did not end the wait", done), data.ECanceled)
			if within(t, op.lock+": the end of the wait was not told", told) {
				t.Fatalf("%s: second notice is not the end of the wait", op.lock)
			}
		}()
	}
	_, total, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 0 {
		t.Fatalf("%d entries saved by a cancelled wait", total)
	}
}

// within returns what c gives, failing the test when nothing comes in 20 s
// (a notice is due after one, a cancelled wait ends at once).
func within[T any](t *testing.T, what string, c <-chan T) T {
	t.Helper()
	select {
	case v := <-c:
		return v
	case <-time.After(20 * time.Second):
		t.Fatal(what + " within 20 s")
	}
	panic("unreachable")
}
