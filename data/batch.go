package data

import (
	"context"
	"fmt"
	"strconv"
)

// Batch writes many records in one transaction: all of them or none. It is
// for importing, merging and generating data, where one audit line for the
// whole job says more than thousands of lines would.
type Batch struct {
	ctx context.Context
	a   *Archive
	q   dbtx
	n   int
}

// quietTx marks a transaction whose records are not audited one by one.
// When index is set, entries are put in the search index only when the
// batch ends: SQLite's full-text index writes its pending words out before
// every other statement, so indexing row by row between the inserts would
// cost a third of a large import.
type quietTx struct {
	dbtx
	index *searchQueue
	found map[string]bool // rows exists found, "units#12"
}

// Batch runs fn in one write transaction and logs one audit line with action
// ("import", "merge"…) and label, e.g. "Nhập 1.045 mô hình từ danh-sach.xlsx".
// If fn returns an error nothing is written. fn may run again when the file
// was busy, so it must build its records inside fn.
func (a *Archive) Batch(ctx context.Context, action, label string, fn func(b *Batch) error) error {
	return a.write(ctx, func(raw dbtx) error {
		defer bigCache(ctx, raw, a.opts.BatchCacheKiB)()
		q := cacheStmts(raw)
		defer q.close()
		var pending searchQueue
		b := &Batch{ctx: ctx, a: a, q: quietTx{q, &pending, map[string]bool{}}}
		if err := fn(b); err != nil {
			return err
		}
		if err := indexEntries(ctx, q, &pending); err != nil {
			return err
		}
		return audit(ctx, q, a.opts.Actor, a.now(), action, "archive", 0, "", fmt.Sprintf("%s (%d bản ghi)", label, b.n), nil)
	})
}

// batchCacheKiB is the page cache of a batch's connection while it runs
// (Options.BatchCacheKiB changes it).
// A transaction keeps every page it changes; past the cache (2 MB by
// default) SQLite syncs the journal, writes pages out to the file in the
// middle of the transaction and reads them back later: a fifth of a
// 10,000-row import.
const batchCacheKiB = 64 << 10

// bigCache grows the connection's page cache for a batch; the returned
// function gives it back its size, freeing the pages.
func bigCache(ctx context.Context, q dbtx, kib int) func() {
	if kib <= 0 {
		kib = batchCacheKiB
	}
	var size int64
	if err := q.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&size); err != nil {
		return func() {}
	}
	if _, err := q.ExecContext(ctx, "PRAGMA cache_size = -"+strconv.Itoa(kib)); err != nil {
		return func() {}
	}
	return func() {
		q.ExecContext(context.WithoutCancel(ctx), "PRAGMA cache_size = "+strconv.FormatInt(size, 10))
	}
}

// Save creates or updates any record (*Entry, *Unit, *Recognition…) with the
// same rules as its Save method; the record's IDs are set at once, so later
// records in the batch can refer to it.
func (b *Batch) Save(r interface{ meta() *Meta }) error {
	rec, ok := r.(record)
	if !ok {
		return &Error{Code: EInternal, Message: "Loại bản ghi không lưu được."}
	}
	if err := b.a.saveIn(b.ctx, b.q, rec); err != nil {
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
	if err := loadRecord(b.ctx, b.q, e, id); err != nil {
		return nil, mapErr(err)
	}
	return e, nil
}
