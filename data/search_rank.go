package data

import (
	"context"
	"database/sql"
	"math/bits"
	"sync"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// SearchResult is a search's matches in their groups, best first (see
// searchQuery.tiers); each group's IDs are in increasing order, so a list
// screen picks them out of its own order.
type SearchResult struct {
	Groups [][]int64
	Weak   int // Groups from this index on are the weak matches ("khớp một phần")
}

// Len returns how many entries match.
func (r SearchResult) Len() int {
	n := 0
	for _, g := range r.Groups {
		n += len(g)
	}
	return n
}

// SearchRanked returns the live entries matching text, grouped by how well
// they match, or a result without groups for text without words. It is
// what a list asks at every keystroke, so the index's queries run side by
// side, each in its own read (a change landing between them at most moves
// an entry between groups until the next keystroke).
func (a *Archive) SearchRanked(ctx context.Context, text string) (SearchResult, error) {
	sq := parseSearch(text)
	if sq.empty() {
		return SearchResult{}, nil
	}
	sets, err := a.readSets(ctx, sq)
	if err != nil {
		return SearchResult{}, err
	}
	var out SearchResult
	err = a.read(ctx, func(q store.Tx) error {
		var err error
		out, err = rankMatches(ctx, q, sq, sets)
		if err == nil && out.Len() == 0 && sq.hasWhole() {
			out, err = rankMatches(ctx, q, sq.allPrefixes(), nil)
		}
		return err
	})
	return out, err
}

// readSets reads the IDs of every condition of sq's match and groups, two
// queries at a time: the machines the office uses have two cores or more.
func (a *Archive) readSets(ctx context.Context, sq searchQuery) (map[ftsCond]idSet, error) {
	var conds []ftsCond
	seen := map[ftsCond]bool{}
	ts, _ := sq.tiers()
	for _, t := range append([]tier{sq.match()}, ts...) {
		for _, c := range t {
			if !seen[c] {
				seen[c] = true
				conds = append(conds, c)
			}
		}
	}
	sets := make([]idSet, len(conds))
	errs := make([]error, len(conds))
	var wg sync.WaitGroup
	next := make(chan int)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = a.read(ctx, func(q store.Tx) error {
					ids, err := ftsIDs(ctx, q, conds[i])
					sets[i] = newIDSet(ids)
					return err
				})
			}
		}()
	}
	for i := range conds {
		next <- i
	}
	close(next)
	wg.Wait()
	out := make(map[ftsCond]idSet, len(conds))
	for i, c := range conds {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out[c] = sets[i]
	}
	return out, nil
}

// rankResolved ranks the matches of sq, or of its words as prefixes when
// the whole words find nothing (see resolveSearch).
func rankResolved(ctx context.Context, q store.Tx, sq searchQuery) (SearchResult, error) {
	r, err := rankMatches(ctx, q, sq, nil)
	if err == nil && r.Len() == 0 && sq.hasWhole() {
		r, err = rankMatches(ctx, q, sq.allPrefixes(), nil)
	}
	return r, err
}

// resolveSearch keeps sq when it finds something; when its whole words
// find nothing it tries them as prefixes, as a person who stopped typing
// in the middle of the first word ("tan la" for "Tân Lập") means.
// prefixed reports that it did.
func resolveSearch(ctx context.Context, q store.Tx, sq searchQuery) (_ searchQuery, prefixed bool, _ error) {
	if !sq.hasWhole() {
		return sq, false, nil
	}
	ids, err := matchIDs(ctx, q, sq.match())
	if err != nil || len(ids) > 0 {
		return sq, false, err
	}
	return sq.allPrefixes(), true, nil
}

// matchIDs returns the IDs meeting every condition of t, in increasing
// order. Each condition is its own query, intersected here: SQLite plans
// "MATCH ? AND rowid IN (SELECT … MATCH ?)" as one full-text query per
// listed rowid, which took seconds for a common word.
func matchIDs(ctx context.Context, q store.Tx, t tier) ([]int64, error) {
	ids, err := ftsIDs(ctx, q, t[0])
	for _, c := range t[1:] {
		if err != nil || len(ids) == 0 {
			break
		}
		var more []int64
		more, err = ftsIDs(ctx, q, c)
		ids = newIDSet(more).keep(ids)
	}
	return ids, err
}

// ftsIDs returns the IDs matching one condition, in increasing order, in
// one string: the row-by-row overhead of the driver would cost more than
// the search itself.
func ftsIDs(ctx context.Context, q store.Tx, c ftsCond) ([]int64, error) {
	var list sql.NullString
	err := q.QueryRowContext(ctx, "SELECT group_concat(rowid) FROM (SELECT rowid FROM "+c.table+" WHERE "+c.table+
		" MATCH ? ORDER BY rowid)", c.match).Scan(&list)
	if err != nil {
		return nil, err
	}
	return parseIDs(list.String)
}

// rankMatches reads each distinct condition of the match and of the tiers
// once, unless sets holds it already, and sorts the matches into the
// groups.
func rankMatches(ctx context.Context, q store.Tx, sq searchQuery, sets map[ftsCond]idSet) (SearchResult, error) {
	if sets == nil {
		sets = map[ftsCond]idSet{}
	}
	setOf := func(c ftsCond) (idSet, error) {
		if s, ok := sets[c]; ok {
			return s, nil
		}
		ids, err := ftsIDs(ctx, q, c)
		if err != nil {
			return nil, err
		}
		s := newIDSet(ids)
		sets[c] = s
		return s, nil
	}
	match := sq.match()
	var base []int64
	var err error
	if s, ok := sets[match[0]]; ok {
		base = s.ids()
	} else if base, err = ftsIDs(ctx, q, match[0]); err != nil {
		return SearchResult{}, err
	}
	for _, c := range match[1:] {
		s, err := setOf(c)
		if err != nil {
			return SearchResult{}, err
		}
		base = s.keep(base)
	}
	ts, weak := sq.tiers()
	groups := make([][]int64, len(ts)+1)
	rest := base
	for i, t := range ts {
		in := rest
		for _, c := range t {
			if len(in) == 0 {
				break // nothing left to sort: spare the queries
			}
			s, err := setOf(c)
			if err != nil {
				return SearchResult{}, err
			}
			in = s.keep(in)
		}
		groups[i] = in
		rest = newIDSet(in).drop(rest)
	}
	groups[len(ts)] = rest
	return SearchResult{Groups: groups, Weak: min(weak, len(groups))}, nil
}

// idSet is a bit set of entry IDs.
type idSet []uint64

func newIDSet(ids []int64) idSet {
	if len(ids) == 0 {
		return nil
	}
	s := make(idSet, ids[len(ids)-1]/64+1)
	for _, id := range ids {
		s[id/64] |= 1 << (id % 64)
	}
	return s
}

// ids returns the members in increasing order.
func (s idSet) ids() []int64 {
	var out []int64
	for i, w := range s {
		for ; w != 0; w &= w - 1 {
			out = append(out, int64(i)*64+int64(bits.TrailingZeros64(w)))
		}
	}
	return out
}

func (s idSet) has(id int64) bool {
	return id/64 < int64(len(s)) && s[id/64]&(1<<(id%64)) != 0
}

// keep returns the IDs of ids in s, in order; drop those not in s.
func (s idSet) keep(ids []int64) []int64 { return s.filter(ids, true) }
func (s idSet) drop(ids []int64) []int64 { return s.filter(ids, false) }

func (s idSet) filter(ids []int64, in bool) []int64 {
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		if s.has(id) == in {
			out = append(out, id)
		}
	}
	return out
}

// rankedIDs returns the IDs f selects, the best matches first: the groups
// come from the index (rankMatches), each picked out of the order of f's
// other filters, as the list window does. Sorting every match by a CASE of
// the groups in SQL took seconds for a common word in 100,000 entries.
func rankedIDs(ctx context.Context, q store.Tx, f EntryFilter) ([]int64, error) {
	r, err := rankResolved(ctx, q, f.query())
	if err != nil {
		return nil, err
	}
	rest := f
	rest.Text, rest.Rank, rest.prefixAll = "", false, false
	base, err := entryIDs(ctx, q, rest)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, 0, r.Len())
	for _, g := range r.Groups {
		ids = append(ids, newIDSet(g).keep(base)...)
	}
	return ids, nil
}

// findRanked reads a page of f's entries, the best matches first, and how
// many f selects.
func findRanked(ctx context.Context, q store.Tx, f EntryFilter) ([]EntryRow, int, error) {
	ids, err := rankedIDs(ctx, q, f)
	if err != nil {
		return nil, 0, err
	}
	total := len(ids)
	ids = ids[min(f.Offset, len(ids)):]
	if f.Limit > 0 {
		ids = ids[:min(f.Limit, len(ids))]
	}
	rows, err := entryRowsByID(ctx, q, ids, f)
	return rows, total, err
}
