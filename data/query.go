package data

import (
	"context"
	"database/sql"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// Tri is a yes/no filter that may also be left open.
type Tri int8

// Values of Tri.
const (
	Any Tri = iota
	Yes
	No
)

// EntrySort orders entry lists.
type EntrySort int

// Orders of entry lists. Names sort in Vietnamese alphabetical order.
const (
	SortName    EntrySort = iota // by name
	SortUnit                     // by unit, then name
	SortYear                     // by year registered, then name
	SortUpdated                  // by last change
)

// EntryFilter selects entries. Zero fields match everything, so the zero
// filter lists every live entry. The screens, the reports and the
// spreadsheets all select through it, so the same filter gives the same rows.
type EntryFilter struct {
	Text        string      // words to search for (see data/search.go): diacritics as typed, the last a prefix
	Rank        bool        // with Text: the best matches first (see searchQuery.tiers), then Sort
	PhaseID     int64       // registered for this phase
	Year        int         // registered in this year
	UnitID      int64       // run by this unit or any of its sub-units
	FieldID     int64       // in this field
	Kind        Kind        // of this kind
	RecYear     int         // recognition decided in this year (with the fields below)
	RecStatuses []RecStatus // recognition outcome is one of these
	RecLevelID  int64       // recognition at this level
	Commended   Tri         // has (Yes) or has not (No) a granted commendation
	CommendYear int         // …granted in this year
	Deleted     bool        // the recycle bin's entries instead of the live ones
	Sort        EntrySort
	Desc        bool
	Limit       int // 0 means all
	Offset      int

	prefixAll bool // Text's whole words found nothing: all are prefixes
}

// EntryRow is an entry as lists show it.
type EntryRow struct {
	ID        int64
	UID       string
	Kind      Kind
	Name      string
	UnitID    int64
	Unit      string
	FieldID   int64
	Field     string
	PhaseID   int64
	Phase     string
	Year      int
	Person    string
	Place     string
	RecYear   int       // the recognition shown: of the filter's RecYear, else the latest
	RecStatus RecStatus // "" when never decided
	RecLevel  string
	Commended bool // has a granted commendation (in CommendYear if set)
	Version   int64
	UpdatedAt time.Time
	UpdatedBy string
	DeletedAt time.Time
}

// query is the filter's search, as the index reads it.
func (f EntryFilter) query() searchQuery {
	q := parseSearch(f.Text)
	if f.prefixAll {
		q = q.allPrefixes()
	}
	return q
}

// resolved is f with its search's whole words tried as prefixes when they
// find nothing (see resolveSearch).
func (f EntryFilter) resolved(ctx context.Context, q store.Tx) (EntryFilter, error) {
	sq := f.query()
	if sq.empty() || f.Deleted {
		return f, nil
	}
	_, prefixed, err := resolveSearch(ctx, q, sq)
	f.prefixAll = f.prefixAll || prefixed
	return f, err
}

// where renders the filter as SQL over "entries e". ordered marks the id
// lists (search, recognitions, commendations) with a unary plus: SQLite then
// cannot drive the query from the list and walks an index in list order,
// testing membership, which is what a first page of a large result wants;
// without it SQLite reads the listed rows and sorts them, better for a few.
func (f EntryFilter) where(ordered bool) (string, []any) {
	var w []string
	var args []any
	id := "e.id"
	if ordered {
		id = "+e.id"
	}
	if f.Deleted {
		w = append(w, "e.deleted_at <> ''")
	} else {
		w = append(w, "e.deleted_at = ''")
	}
	if sq := f.query(); !sq.empty() {
		if f.Deleted {
			// The search index holds live entries only; the bin is small.
			w = append(w, "dvk_match(e.name || ' ' || e.person || ' ' || e.position || ' ' || e.place || ' ' || "+
				"(SELECT name FROM units WHERE id = e.unit_id) || ' ' || "+
				"coalesce((SELECT "+strings.ReplaceAll(store.TextColumnList(), ", ", " || ' ' || ")+" FROM entry_texts WHERE entry_id = e.id), ''), ?)")
			args = append(args, f.Text)
		} else {
			c, a := sq.match().sql(id)
			w = append(w, c)
			args = append(args, a...)
		}
	}
	if f.PhaseID != 0 {
		w = append(w, "e.phase_id = ?")
		args = append(args, f.PhaseID)
	}
	if f.Year != 0 {
		w = append(w, "e.year = ?")
		args = append(args, f.Year)
	}
	if f.UnitID != 0 {
		w = append(w, inUnitTreeSQL)
		args = append(args, f.UnitID)
	}
	if f.FieldID != 0 {
		w = append(w, "e.field_id = ?")
		args = append(args, f.FieldID)
	}
	if f.Kind != "" {
		w = append(w, "e.kind = ?")
		args = append(args, string(f.Kind))
	}
	if f.RecYear != 0 || len(f.RecStatuses) > 0 || f.RecLevelID != 0 {
		c := []string{"r.deleted_at = ''"}
		if f.RecYear != 0 {
			c = append(c, "r.year = ?")
			args = append(args, f.RecYear)
		}
		if len(f.RecStatuses) > 0 {
			c = append(c, "r.status IN (?"+strings.Repeat(", ?", len(f.RecStatuses)-1)+")")
			for _, s := range f.RecStatuses {
				args = append(args, string(s))
			}
		}
		if f.RecLevelID != 0 {
			c = append(c, "r.level_id = ?")
			args = append(args, f.RecLevelID)
		}
		w = append(w, id+" IN (SELECT r.entry_id FROM recognitions r WHERE "+strings.Join(c, " AND ")+")")
	}
	if f.Commended != Any {
		c := "SELECT c.entry_id FROM commendations c WHERE c.deleted_at = '' AND c.status = 'da_khen'"
		if f.CommendYear != 0 {
			c += " AND c.year = ?"
			args = append(args, f.CommendYear)
		}
		if f.Commended == Yes {
			w = append(w, id+" IN ("+c+")")
		} else {
			w = append(w, id+" NOT IN ("+c+")")
		}
	}
	return strings.Join(w, " AND "), args
}

// onlyText reports whether the filter selects live entries by text alone.
func (f EntryFilter) onlyText() bool {
	return !f.Deleted && f.PhaseID == 0 && f.Year == 0 && f.UnitID == 0 && f.FieldID == 0 && f.Kind == "" &&
		f.RecYear == 0 && len(f.RecStatuses) == 0 && f.RecLevelID == 0 && f.Commended == Any
}

// hasLists reports whether the filter selects through id lists.
func (f EntryFilter) hasLists() bool {
	return (!f.query().empty() && !f.Deleted) || f.RecYear != 0 || len(f.RecStatuses) > 0 || f.RecLevelID != 0 || f.Commended != Any
}

// from and orderBy give the join and the order of a page. Sorting by unit
// with ordered set walks the units in order and each unit's entries in
// order (CROSS JOIN fixes that nesting), so no row is sorted.
func (f EntryFilter) from(ordered bool) string {
	if f.Sort == SortUnit && ordered {
		return "units u CROSS JOIN entries e ON e.unit_id = u.id"
	}
	return "entries e JOIN units u ON u.id = e.unit_id"
}

func (f EntryFilter) orderBy() string {
	dir := ""
	if f.Desc {
		dir = " DESC"
	}
	var keys []string
	switch f.Sort {
	case SortUnit:
		keys = []string{"u.name_key", "u.id", "e.name_key", "e.id"}
	case SortYear:
		keys = []string{"e.year", "e.name_key", "e.id"}
	case SortUpdated:
		keys = []string{"e.updated_at", "e.id"}
	default:
		keys = []string{"e.name_key", "e.id"}
	}
	return strings.Join(keys, dir+", ") + dir
}

// ranked reports whether f orders by how well entries match its text.
func (f EntryFilter) ranked() bool { return f.Rank && !f.Deleted && !f.query().empty() }

const entryRowColumns = `e.id, e.uid, e.kind, e.name, e.unit_id, u.name, e.field_id, f.name,
	coalesce(e.phase_id, 0), coalesce(p.name, ''), e.year, e.person, e.place, e.version, e.updated_at,
	e.updated_by, e.deleted_at`

// orderedAbove is the number of matches above which a page is read in index
// order with membership tests rather than by sorting the matches.
const orderedAbove = 1000

// FindEntries returns one page of the entries matching f and how many match
// in all, read in one transaction so the two agree.
func (a *Archive) FindEntries(ctx context.Context, f EntryFilter) ([]EntryRow, int, error) {
	var rows []EntryRow
	var total int
	err := a.read(ctx, func(q store.Tx) error {
		if f.ranked() {
			var err error
			rows, total, err = findRanked(ctx, q, f)
			return err
		}
		f, err := f.resolved(ctx, q)
		if err != nil {
			return err
		}
		if total, err = countEntries(ctx, q, f); err != nil {
			return err
		}
		rows, err = findEntryRows(ctx, q, f, total > orderedAbove && f.Limit > 0)
		return err
	})
	return rows, total, err
}

// CountEntries returns how many entries f selects.
func (a *Archive) CountEntries(ctx context.Context, f EntryFilter) (int, error) {
	var n int
	err := a.read(ctx, func(q store.Tx) error {
		f, err := f.resolved(ctx, q)
		if err == nil {
			n, err = countEntries(ctx, q, f)
		}
		return err
	})
	return n, err
}

func countEntries(ctx context.Context, q store.Tx, f EntryFilter) (int, error) {
	var n int
	if sq := f.query(); !sq.empty() && f.onlyText() {
		// Plain search: the index holds exactly the live entries.
		ids, err := matchIDs(ctx, q, sq.match())
		return len(ids), err
	}
	// Lists are tested by membership while the narrow indexes are walked:
	// cheaper than looking up every listed row when the lists are long.
	cond, args := f.where(true)
	err := q.QueryRowContext(ctx, "SELECT count(*) FROM entries e WHERE "+cond, args...).Scan(&n)
	return n, err
}

// EntryIDs returns the IDs of every entry f selects, in f's order (paging
// ignored). A window showing 100,000 rows keeps this list and reads the
// rows it shows with EntryRowsByID, so scrolling to the end costs no more
// than the first page.
func (a *Archive) EntryIDs(ctx context.Context, f EntryFilter) ([]int64, error) {
	var ids []int64
	err := a.read(ctx, func(q store.Tx) error {
		var err error
		if !f.ranked() { // ranking resolves the words itself
			f, err = f.resolved(ctx, q)
		}
		if err == nil {
			ids, err = entryIDs(ctx, q, f)
		}
		return err
	})
	return ids, err
}

func entryIDs(ctx context.Context, q store.Tx, f EntryFilter) ([]int64, error) {
	if f.ranked() {
		return rankedIDs(ctx, q, f)
	}
	cond, args := f.where(f.hasLists())
	from := "entries e"
	if f.Sort == SortUnit {
		from = f.from(true)
	}
	// One string instead of 100,000 rows: the row-by-row overhead of
	// the driver would cost more than the query itself.
	var list sql.NullString
	err := q.QueryRowContext(ctx, "SELECT group_concat(id) FROM (SELECT e.id FROM "+from+" WHERE "+cond+
		" ORDER BY "+f.orderBy()+")", args...).Scan(&list)
	if err != nil {
		return nil, err
	}
	return parseIDs(list.String)
}

// SearchIDs returns the IDs of the live entries whose text matches, in
// increasing order, or nil for text without words. A list screen combines
// it with the ordered IDs of its other filters (EntryIDs), which stay the
// same while the person types: a keystroke then costs one search.
// SearchRanked gives the same IDs grouped by how well they match.
func (a *Archive) SearchIDs(ctx context.Context, text string) ([]int64, error) {
	r, err := a.SearchRanked(ctx, text)
	if err != nil || r.Groups == nil {
		return nil, err
	}
	ids := make([]int64, 0, r.Len())
	for _, g := range r.Groups {
		ids = append(ids, g...)
	}
	slices.Sort(ids)
	return ids, nil
}

func parseIDs(s string) ([]int64, error) {
	if s == "" {
		return nil, nil
	}
	ids := make([]int64, 0, strings.Count(s, ",")+1)
	for len(s) > 0 {
		i := strings.IndexByte(s, ',')
		if i < 0 {
			i = len(s)
		}
		id, err := strconv.ParseInt(s[:i], 10, 64)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
		s = s[min(i+1, len(s)):]
	}
	return ids, nil
}

// EntryRowsByID returns the rows of the given entries in the order given,
// with their recognition as f shows it (f's RecYear and CommendYear);
// entries that no longer exist are left out.
func (a *Archive) EntryRowsByID(ctx context.Context, ids []int64, f EntryFilter) ([]EntryRow, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var out []EntryRow
	err := a.read(ctx, func(q store.Tx) error {
		var err error
		out, err = entryRowsByID(ctx, q, ids, f)
		return err
	})
	return out, err
}

func entryRowsByID(ctx context.Context, q store.Tx, ids []int64, f EntryFilter) ([]EntryRow, error) {
	byID := make(map[int64]EntryRow, len(ids))
	for start := 0; start < len(ids); start += 500 { // well under SQLite's limit on bound parameters
		part := ids[start:min(start+500, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := scanEntryRows(ctx, q, "SELECT "+entryRowColumns+" FROM entries e JOIN units u ON u.id = e.unit_id"+
			" JOIN fields f ON f.id = e.field_id LEFT JOIN phases p ON p.id = e.phase_id WHERE e.id IN (?"+
			strings.Repeat(", ?", len(part)-1)+")", args)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			byID[r.ID] = r
		}
	}
	var out []EntryRow
	index := map[int64]int{}
	for _, id := range ids {
		if r, ok := byID[id]; ok {
			index[id] = len(out)
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, fillRowStatus(ctx, q, f, out, index)
}

func scanEntryRows(ctx context.Context, q store.Tx, query string, args []any) ([]EntryRow, error) {
	rs, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []EntryRow
	for rs.Next() {
		var r EntryRow
		var updated, deleted string
		if err := rs.Scan(&r.ID, &r.UID, &r.Kind, &r.Name, &r.UnitID, &r.Unit, &r.FieldID, &r.Field, &r.PhaseID,
			&r.Phase, &r.Year, &r.Person, &r.Place, &r.Version, &updated, &r.UpdatedBy, &deleted); err != nil {
			return nil, err
		}
		r.UpdatedAt, r.DeletedAt = store.ParseTime(updated), store.ParseTime(deleted)
		out = append(out, r)
	}
	return out, rs.Err()
}

func findEntryRows(ctx context.Context, q store.Tx, f EntryFilter, ordered bool) ([]EntryRow, error) {
	limit := sqlLimit(f.Limit)
	cond, args := f.where(ordered && f.hasLists())
	out, err := scanEntryRows(ctx, q, "SELECT "+entryRowColumns+" FROM "+f.from(ordered)+
		" JOIN fields f ON f.id = e.field_id LEFT JOIN phases p ON p.id = e.phase_id WHERE "+cond+
		" ORDER BY "+f.orderBy()+" LIMIT ? OFFSET ?", append(args, limit, f.Offset))
	if err != nil || len(out) == 0 {
		return out, err
	}
	index := make(map[int64]int, len(out))
	for i, r := range out {
		index[r.ID] = i
	}
	return out, fillRowStatus(ctx, q, f, out, index)
}

// fillRowStatus adds each row's recognition and commendation, with one query
// each per chunk of rows rather than one per row.
func fillRowStatus(ctx context.Context, q store.Tx, f EntryFilter, out []EntryRow, index map[int64]int) error {
	const chunk = 500 // well under SQLite's limit on bound parameters
	for start := 0; start < len(out); start += chunk {
		end := min(start+chunk, len(out))
		if err := fillChunk(ctx, q, f, out, out[start:end], index); err != nil {
			return err
		}
	}
	return nil
}

func fillChunk(ctx context.Context, q store.Tx, f EntryFilter, out, part []EntryRow, index map[int64]int) error {
	ids := make([]any, 0, len(part))
	for _, r := range part {
		ids = append(ids, r.ID)
	}
	in := "(?" + strings.Repeat(", ?", len(ids)-1) + ")"
	recQ := `SELECT r.entry_id, r.year, r.status, coalesce(l.name, '') FROM recognitions r
		LEFT JOIN levels l ON l.id = r.level_id WHERE r.deleted_at = '' AND r.entry_id IN ` + in
	recArgs := ids
	if f.RecYear != 0 {
		recQ += " AND r.year = ?"
		recArgs = append(append([]any(nil), ids...), f.RecYear)
	}
	rs, err := q.QueryContext(ctx, recQ+" ORDER BY r.year", recArgs...)
	if err != nil {
		return err
	}
	for rs.Next() {
		var id int64
		var year int
		var status RecStatus
		var level string
		if err := rs.Scan(&id, &year, &status, &level); err != nil {
			rs.Close()
			return err
		}
		r := &out[index[id]]
		r.RecYear, r.RecStatus, r.RecLevel = year, status, level // later years overwrite earlier ones
	}
	rs.Close()
	comQ := "SELECT DISTINCT entry_id FROM commendations WHERE deleted_at = '' AND status = 'da_khen' AND entry_id IN " + in
	comArgs := ids
	if f.CommendYear != 0 {
		comQ += " AND year = ?"
		comArgs = append(append([]any(nil), ids...), f.CommendYear)
	}
	rs, err = q.QueryContext(ctx, comQ, comArgs...)
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		var id int64
		if err := rs.Scan(&id); err != nil {
			return err
		}
		out[index[id]].Commended = true
	}
	return rs.Err()
}

// EntryNotes returns the notes (ghi chú) of the given entries, for lists
// that print them; entries without notes are absent from the map.
func (a *Archive) EntryNotes(ctx context.Context, ids []int64) (map[int64]string, error) {
	out := map[int64]string{}
	err := a.read(ctx, func(q store.Tx) error {
		for start := 0; start < len(ids); start += 500 {
			part := ids[start:min(start+500, len(ids))]
			args := make([]any, len(part))
			for i, id := range part {
				args[i] = id
			}
			rs, err := q.QueryContext(ctx, "SELECT entry_id, notes FROM entry_texts WHERE notes <> '' AND entry_id IN (?"+
				strings.Repeat(", ?", len(part)-1)+")", args...)
			if err != nil {
				return err
			}
			for rs.Next() {
				var id int64
				var n string
				if err := rs.Scan(&id, &n); err != nil {
					rs.Close()
					return err
				}
				out[id] = n
			}
			rs.Close()
			if err := rs.Err(); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// EntryKey identifies an entry for matching imported rows: its name, unit
// and phase, with the version an update must carry.
type EntryKey struct {
	ID, UnitID, PhaseID int64
	Name                string
	Version             int64
}

// EntryKeys returns the key of every live entry, for an import to find the
// rows it already holds.
func (a *Archive) EntryKeys(ctx context.Context) ([]EntryKey, error) {
	var out []EntryKey
	err := a.read(ctx, func(q store.Tx) error {
		out = out[:0]
		rs, err := q.QueryContext(ctx, "SELECT id, unit_id, coalesce(phase_id, 0), name, version FROM entries WHERE deleted_at = ''")
		if err != nil {
			return err
		}
		defer rs.Close()
		for rs.Next() {
			var k EntryKey
			if err := rs.Scan(&k.ID, &k.UnitID, &k.PhaseID, &k.Name, &k.Version); err != nil {
				return err
			}
			out = append(out, k)
		}
		return rs.Err()
	})
	return out, err
}
