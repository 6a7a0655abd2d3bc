package data_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestWaitingForALockIsToldAndCancellable: while another connection holds
// the lock a save needs (a write lock) or a listing needs (an exclusive
// one, as during a commit), the work says once that it waits; cancelling
// ends it with ECanceled, says the wait is over, and writes nothing.
func TestWaitingForALockIsToldAndCancellable(t *testing.T) {
	a, path := newArchive(t)
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
		hold, err := db.Conn(ctx)
		must(t, err)
		_, err = hold.ExecContext(ctx, op.lock)
		must(t, err)
		told := make(chan bool, 4)
		wctx, cancel := context.WithCancel(data.WithWaitNotice(ctx, func(w bool) { told <- w }))
		done := make(chan error, 1)
		go func() { done <- op.work(wctx) }()
		if !<-told {
			t.Fatalf("%s: first notice is not the wait", op.lock)
		}
		cancel()
		wantCode(t, <-done, data.ECanceled)
		if <-told {
			t.Fatalf("%s: second notice is not the end of the wait", op.lock)
		}
		_, err = hold.ExecContext(ctx, "ROLLBACK")
		must(t, err)
		hold.Close()
	}
	_, total, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 0 {
		t.Fatalf("%d entries saved by a cancelled wait", total)
	}
}
