package data

import (
	"context"
	"slices"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// The SQL of the lists of entries and of their records (commendations,
// evaluations), which select over "entries e" alike.
const (
	// inUnitTreeSQL: the entry is run by the unit bound or one of its
	// sub-units.
	inUnitTreeSQL = `e.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`
)

// entryConds adds to a list's conditions those on its rows' entries that
// it shares with the entry list: the unit (with its sub-units) and the
// words searched. Zero values add nothing.
func entryConds(w []string, args []any, unitID int64, text string) ([]string, []any) {
	if unitID != 0 {
		w = append(w, inUnitTreeSQL)
		args = append(args, unitID)
	}
	if sq := parseSearch(text); !sq.empty() {
		c, a := sq.match().sql("e.id")
		w = append(w, c)
		args = append(args, a...)
	}
	return w, args
}

// sqlLimit is a page size as LIMIT takes it: 0 (or less) means all rows,
// which SQLite writes -1.
func sqlLimit(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}

// findPage reads one page of a list, SELECT cols from ORDER BY order, and
// how many rows match in all. The count is a second query only when the
// page may not hold every match.
func findPage[T any](ctx context.Context, q store.Tx, cols, from, order string, args []any, limit, offset int,
	dest func(r *T) []any) ([]T, int, error) {
	limit = sqlLimit(limit)
	whole := limit < 0 && offset == 0 // every row is read: no count needed
	var total int
	if !whole {
		if err := q.QueryRowContext(ctx, "SELECT count(*)"+from, args...).Scan(&total); err != nil {
			return nil, 0, err
		}
	}
	out, err := queryRows(ctx, q, dest, "SELECT "+cols+from+" ORDER BY "+order+" LIMIT ? OFFSET ?", append(args, limit, offset)...)
	if whole {
		total = len(out)
	}
	return out, total, err
}

// queryRows runs a query and makes a T of each row, scanning the columns
// into what dest gives for it.
func queryRows[T any](ctx context.Context, q store.Tx, dest func(r *T) []any, query string, args ...any) ([]T, error) {
	rs, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []T
	for rs.Next() {
		var r T
		if err := rs.Scan(dest(&r)...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// rankedPage orders rows, every row a list's filter selects, by how well
// their entries match text (the groups of SearchRanked, best first), each
// group in the list's own order, and returns the page of limit rows from
// offset and how many there are. The lists of records it serves hold a
// few thousand rows at most, so sorting them here costs little.
func rankedPage[T any](ctx context.Context, q store.Tx, text string, rows []T, entryID func(*T) int64, limit, offset int) ([]T, int, error) {
	r, err := rankResolved(ctx, q, parseSearch(text))
	if err != nil {
		return nil, 0, err
	}
	group := make(map[int64]int, r.Len())
	for g, ids := range r.Groups {
		for _, id := range ids {
			group[id] = g
		}
	}
	slices.SortStableFunc(rows, func(a, b T) int { return group[entryID(&a)] - group[entryID(&b)] })
	total := len(rows)
	rows = rows[min(offset, total):]
	if limit > 0 {
		rows = rows[:min(limit, len(rows))]
	}
	return rows, total, nil
}
