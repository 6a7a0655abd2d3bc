package data

import (
	"context"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/vntext"
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
	Text        string      // words matched as prefixes, any order, ignoring case and diacritics
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

// maxSearchWords bounds a query so a pasted paragraph stays fast.
const maxSearchWords = 12

// searchMatch turns what the user typed into an FTS5 query: every folded
// word must appear as a prefix of some word, in any order.
func searchMatch(text string) string {
	words := vntext.Words(text)
	if len(words) > maxSearchWords {
		words = words[:maxSearchWords]
	}
	for i, w := range words {
		words[i] = `"` + w + `"*`
	}
	return strings.Join(words, " ")
}

// where renders the filter as SQL over "entries e".
func (f EntryFilter) where() (string, []any) {
	var w []string
	var args []any
	if f.Deleted {
		w = append(w, "e.deleted_at <> ''")
	} else {
		w = append(w, "e.deleted_at = ''")
	}
	if m := searchMatch(f.Text); m != "" {
		w = append(w, "e.id IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)")
		args = append(args, m)
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
		w = append(w, `e.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`)
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
		c := []string{"r.entry_id = e.id", "r.deleted_at = ''"}
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
		w = append(w, "EXISTS (SELECT 1 FROM recognitions r WHERE "+strings.Join(c, " AND ")+")")
	}
	if f.Commended != Any {
		c := "SELECT 1 FROM commendations c WHERE c.entry_id = e.id AND c.deleted_at = '' AND c.status = 'da_khen'"
		if f.CommendYear != 0 {
			c += " AND c.year = ?"
			args = append(args, f.CommendYear)
		}
		if f.Commended == Yes {
			w = append(w, "EXISTS ("+c+")")
		} else {
			w = append(w, "NOT EXISTS ("+c+")")
		}
	}
	return strings.Join(w, " AND "), args
}

func (f EntryFilter) orderBy() string {
	dir := ""
	if f.Desc {
		dir = " DESC"
	}
	switch f.Sort {
	case SortUnit:
		return "u.name_key" + dir + ", e.name_key" + dir + ", e.id" + dir
	case SortYear:
		return "e.year" + dir + ", e.name_key" + dir + ", e.id" + dir
	case SortUpdated:
		return "e.updated_at" + dir + ", e.id" + dir
	}
	return "e.name_key" + dir + ", e.id" + dir
}

const entryRowSelect = `SELECT e.id, e.uid, e.kind, e.name, e.unit_id, u.name, e.field_id, f.name,
	coalesce(e.phase_id, 0), coalesce(p.name, ''), e.year, e.person, e.place, e.version, e.updated_at,
	e.updated_by, e.deleted_at
	FROM entries e JOIN units u ON u.id = e.unit_id JOIN fields f ON f.id = e.field_id
	LEFT JOIN phases p ON p.id = e.phase_id`

// FindEntries returns one page of the entries matching f and how many match
// in all, read in one transaction so the two agree.
func (a *Archive) FindEntries(ctx context.Context, f EntryFilter) ([]EntryRow, int, error) {
	var rows []EntryRow
	var total int
	err := a.read(ctx, func(q dbtx) error {
		cond, args := f.where()
		if err := q.QueryRowContext(ctx, "SELECT count(*) FROM entries e WHERE "+cond, args...).Scan(&total); err != nil {
			return err
		}
		var err error
		rows, err = findEntryRows(ctx, q, f, cond, args)
		return err
	})
	return rows, total, err
}

func findEntryRows(ctx context.Context, q dbtx, f EntryFilter, cond string, args []any) ([]EntryRow, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = -1
	}
	rs, err := q.QueryContext(ctx, entryRowSelect+" WHERE "+cond+" ORDER BY "+f.orderBy()+" LIMIT ? OFFSET ?",
		append(args, limit, f.Offset)...)
	if err != nil {
		return nil, err
	}
	var out []EntryRow
	index := map[int64]int{}
	for rs.Next() {
		var r EntryRow
		var updated, deleted string
		if err := rs.Scan(&r.ID, &r.UID, &r.Kind, &r.Name, &r.UnitID, &r.Unit, &r.FieldID, &r.Field, &r.PhaseID,
			&r.Phase, &r.Year, &r.Person, &r.Place, &r.Version, &updated, &r.UpdatedBy, &deleted); err != nil {
			rs.Close()
			return nil, err
		}
		r.UpdatedAt, r.DeletedAt = parseTime(updated), parseTime(deleted)
		index[r.ID] = len(out)
		out = append(out, r)
	}
	rs.Close()
	if err := rs.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	return out, fillRowStatus(ctx, q, f, out, index)
}

// fillRowStatus adds each row's recognition and commendation, with one query
// each per chunk of rows rather than one per row.
func fillRowStatus(ctx context.Context, q dbtx, f EntryFilter, out []EntryRow, index map[int64]int) error {
	const chunk = 500 // well under SQLite's limit on bound parameters
	for start := 0; start < len(out); start += chunk {
		end := min(start+chunk, len(out))
		if err := fillChunk(ctx, q, f, out, out[start:end], index); err != nil {
			return err
		}
	}
	return nil
}

func fillChunk(ctx context.Context, q dbtx, f EntryFilter, out, part []EntryRow, index map[int64]int) error {
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
