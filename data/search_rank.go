package data

import (
	"context"
	"database/sql"
	"strconv"
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
// they match, or a result without groups for text without words.
func (a *Archive) SearchRanked(ctx context.Context, text string) (SearchResult, error) {
	var out SearchResult
	err := a.read(ctx, func(q dbtx) error {
		sq, _, err := resolveSearch(ctx, q, parseSearch(text))
		if err != nil || sq.empty() {
			return err
		}
		out, err = rankMatches(ctx, q, sq)
		return err
	})
	return out, err
}

// resolveSearch keeps sq when it finds something; when its whole words
// find nothing it tries them as prefixes, as a person who stopped typing
// in the middle of the first word ("tan la" for "Tân Lập") means.
// prefixed reports that it did.
func resolveSearch(ctx context.Context, q dbtx, sq searchQuery) (_ searchQuery, prefixed bool, _ error) {
	whole := false
	for _, w := range sq.words {
		whole = whole || !w.prefix
	}
	if !whole {
		return sq, false, nil
	}
	query, args := matchIDsSQL(sq.match())
	var n int
	err := q.QueryRowContext(ctx, "SELECT count(*) FROM ("+query+" LIMIT 1)", args...).Scan(&n)
	if err != nil || n > 0 {
		return sq, false, err
	}
	return sq.allPrefixes(), true, nil
}

// matchIDsSQL selects the IDs meeting every condition of t, driven by the
// first (the folded words, which the others narrow).
func matchIDsSQL(t tier) (string, []any) {
	first := t[0]
	query := "SELECT rowid FROM " + first.table + " WHERE " + first.table + " MATCH ?"
	args := []any{first.match}
	if len(t) > 1 {
		c, a := t[1:].sql("rowid")
		query += " AND " + c
		args = append(args, a...)
	}
	return query, args
}

// ftsIDs returns the IDs matching one condition, in increasing order, in
// one string: the row-by-row overhead of the driver would cost more than
// the search itself.
func ftsIDs(ctx context.Context, q dbtx, c ftsCond) ([]int64, error) {
	var list sql.NullString
	err := q.QueryRowContext(ctx, "SELECT group_concat(rowid) FROM (SELECT rowid FROM "+c.table+" WHERE "+c.table+
		" MATCH ? ORDER BY rowid)", c.match).Scan(&list)
	if err != nil {
		return nil, err
	}
	return parseIDs(list.String)
}

// rankMatches reads each distinct condition of the match and of the tiers
// once and sorts the matches into the groups.
func rankMatches(ctx context.Context, q dbtx, sq searchQuery) (SearchResult, error) {
	sets := map[ftsCond]idSet{}
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
	base, err := ftsIDs(ctx, q, match[0])
	if err != nil {
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

// findRanked reads a page of f's entries, the best matches first: the
// groups come from the index (rankMatches), each group's rows in f's order.
// Sorting every match by a CASE of the groups in SQL cost seconds for a
// one-letter search of 100,000 entries; a group read in f's order stops at
// the page's end.
func findRanked(ctx context.Context, q dbtx, f EntryFilter) ([]EntryRow, error) {
	r, err := rankMatches(ctx, q, f.query())
	if err != nil {
		return nil, err
	}
	rest := f
	rest.Text, rest.Rank, rest.prefixAll = "", false, false
	limit, offset := sqlLimit(f.Limit), f.Offset
	var out []EntryRow
	for _, g := range r.Groups {
		if len(g) == 0 {
			continue
		}
		list := "[" + joinIDs(g) + "]"
		ordered := len(g) > orderedAbove
		cond, args := rest.where(ordered)
		id := "e.id"
		if ordered {
			id = "+e.id" // walk f's order, test membership (see where)
		}
		cond += " AND " + id + " IN (SELECT value FROM json_each(?))"
		args = append(args, list)
		if offset > 0 {
			var n int
			if err := q.QueryRowContext(ctx, "SELECT count(*) FROM entries e WHERE "+cond, args...).Scan(&n); err != nil {
				return nil, err
			}
			if n <= offset {
				offset -= n
				continue
			}
		}
		rows, err := scanEntryRows(ctx, q, "SELECT "+entryRowColumns+" FROM "+rest.from(ordered)+
			" JOIN fields f ON f.id = e.field_id LEFT JOIN phases p ON p.id = e.phase_id WHERE "+cond+
			" ORDER BY "+rest.orderBy()+" LIMIT ? OFFSET ?", append(args, limit, offset))
		if err != nil {
			return nil, err
		}
		out, offset = append(out, rows...), 0
		if limit >= 0 {
			if limit -= len(rows); limit == 0 {
				break
			}
		}
	}
	if len(out) == 0 {
		return out, nil
	}
	index := make(map[int64]int, len(out))
	for i, r := range out {
		index[r.ID] = i
	}
	return out, fillRowStatus(ctx, q, f, out, index)
}

func joinIDs(ids []int64) string {
	b := make([]byte, 0, len(ids)*7)
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(b)
}
