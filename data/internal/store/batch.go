package store

import (
	"context"
	"strconv"
)

// quietTx marks a transaction whose records are not audited one by one.
// When index is set, entries are put in the search index only when the
// batch ends: SQLite's full-text index writes its pending words out before
// every other statement, so indexing row by row between the inserts would
// cost a third of a large import.
type quietTx struct {
	Tx
	index *SearchQueue
	found map[string]bool // rows exists found, "units#12"
}

// batchCacheKiB is the page cache of a batch's connection while it runs
// (Options.BatchCacheKiB changes it).
// A transaction keeps every page it changes; past the cache (2 MB by
// default) SQLite syncs the journal, writes pages out to the file in the
// middle of the transaction and reads them back later: a fifth of a
// 10,000-row import.
const batchCacheKiB = 64 << 10

// BigCache grows the connection's page cache for a batch; the returned
// function gives it back its size, freeing the pages.
func BigCache(ctx context.Context, q Tx, kib int) func() {
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

// Quiet wraps a batch's transaction: its records are not audited one by
// one, and the entries it saves are put in index when the batch ends (see
// IndexEntries).
func Quiet(q Tx, index *SearchQueue) Tx { return quietTx{q, index, map[string]bool{}} }
