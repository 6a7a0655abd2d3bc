package ui

import (
	"context"

	"github.com/danvankheo/danvankheo/data"
)

// pageSize is how many rows of a virtual list are read at once.
const pageSize = 100

// entryPages holds the rows a virtual list of entries has read, by
// position in its ordered IDs, and reads the others a page at a time as
// the table draws them: the list keeps only IDs, so 100,000 rows scroll
// like 100. R is a row as the list keeps it.
type entryPages[R any] struct {
	env   *Env
	reads *latestRead // the list's reads of its IDs: a page of an older one is dropped
	// newRow makes the row at position pos of the entry id; found is false
	// for an entry deleted since its ID was read.
	newRow  func(pos int, id int64, r data.EntryRow, found bool) R
	redraw  func() // shows a page that arrived
	rows    map[int]R
	pending map[int]bool // pages being read
}

// reset forgets the rows read, for a new list of IDs.
func (p *entryPages[R]) reset() {
	p.rows, p.pending = map[int]R{}, map[int]bool{}
}

// row returns the row at position i of ids (read with filter f), reading
// its page if needed. While a page is read off the UI goroutine, row
// reports false and the table shows "…".
func (p *entryPages[R]) row(ids []int64, f data.EntryFilter, i int) (R, bool) {
	if r, ok := p.rows[i]; ok {
		return r, true
	}
	page := i / pageSize
	if p.pending[page] {
		var none R
		return none, false
	}
	p.pending[page] = true
	start := page * pageSize
	ids = ids[start:min(start+pageSize, len(ids))]
	gen := p.reads.gen
	waited := false // the table has shown "…" for this page: redraw it when it comes
	background(p.env, context.Background(), func(ctx context.Context, ar *data.Archive) ([]data.EntryRow, error) {
		return ar.EntryRowsByID(ctx, ids, f)
	}, func(rows []data.EntryRow, err error) {
		if gen != p.reads.gen {
			return
		}
		delete(p.pending, page)
		if err != nil {
			p.env.ShowError(err)
			return
		}
		byID := map[int64]data.EntryRow{}
		for _, r := range rows {
			byID[r.ID] = r
		}
		for k, id := range ids {
			r, ok := byID[id]
			p.rows[start+k] = p.newRow(start+k, id, r, ok)
		}
		if waited {
			p.redraw()
		}
	})
	waited = true
	r, ok := p.rows[i]
	return r, ok
}
