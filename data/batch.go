package data

import (
	"context"
	"fmt"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// Batch writes many records in one transaction: all of them or none. It is
// for importing, merging and generating data, where one audit line for the
// whole job says more than thousands of lines would.
type Batch struct {
	ctx context.Context
	a   *Archive
	q   store.Tx
	n   int
}

// Batch runs fn in one write transaction and logs one audit line with action
// ("import", "merge"…) and label, e.g. "Nhập 1.045 mô hình từ danh-sach.xlsx".
// If fn returns an error nothing is written. fn may run again when the file
// was busy, so it must build its records inside fn.
func (a *Archive) Batch(ctx context.Context, action, label string, fn func(b *Batch) error) error {
	return a.write(ctx, func(raw store.Tx) error {
		defer store.BigCache(ctx, raw, a.opts.BatchCacheKiB)()
		q := store.CacheStmts(raw)
		defer q.Close()
		var pending store.SearchQueue
		b := &Batch{ctx: ctx, a: a, q: store.Quiet(q, &pending)}
		if err := fn(b); err != nil {
			return err
		}
		if err := store.IndexEntries(ctx, q, &pending); err != nil {
			return err
		}
		return store.Audit(ctx, q, a.opts.Actor, a.now(), action, TableArchive, 0, "", fmt.Sprintf("%s (%d bản ghi)", label, b.n), nil)
	})
}

// Save creates or updates any record (*Entry, *Unit, *Recognition…) with the
// same rules as its Save method; the record's IDs are set at once, so later
// records in the batch can refer to it.
func (b *Batch) Save(r Record) error {
	if err := b.a.session().Save(b.ctx, b.q, r); err != nil {
		return err
	}
	b.n++
	return nil
}

// Context returns the batch's context, so long jobs can stop when cancelled.
func (b *Batch) Context() context.Context { return b.ctx }

// Entry loads an entry inside the batch's transaction, for updates that
// change only some of its fields.
func (b *Batch) Entry(id int64) (*Entry, error) {
	e := &Entry{}
	if err := store.LoadRecord(b.ctx, b.q, e, id); err != nil {
		return nil, store.MapErr(err)
	}
	return e, nil
}
