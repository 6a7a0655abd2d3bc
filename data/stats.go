package data

import (
	"context"
	"sort"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// Count is one labelled number of a statistics table.
type Count struct {
	ID    int64 // the unit, field, level or form counted; 0 when not a record
	Label string
	N     int
}

// UnitRow is one line of the field × unit table: a unit (with its sub-units
// rolled up) and its entries per field, in the order of Stats.Fields.
type UnitRow struct {
	UnitID  int64
	Unit    string
	ByField []int
	Total   int
}

// YearLevelCount counts recognitions of a year at a level with an outcome.
type YearLevelCount struct {
	Year    int
	LevelID int64
	Level   string
	Status  RecStatus
	N       int
}

// YearFormCount counts commendations of a year in a form with a status.
type YearFormCount struct {
	Year   int
	FormID int64
	Form   string
	Status AwardStatus
	N      int
}

// Stats are the figures the dashboard and the reports print, all over the
// same selection of entries.
type Stats struct {
	Total         int
	ByKind        []Count // in the order of Kinds, ID unused, Label the kind's name
	Fields        []Count // every field with its count, in field order
	ByUnit        []UnitRow
	ByYear        []Count // year registered: Label is the year, ID the year
	Recognitions  []YearLevelCount
	Commendations []YearFormCount
}

// Stats computes the statistics of the entries f selects (its paging and
// order are ignored). Units are rolled up to the level just below f.UnitID,
// or to the top-level units when f has none, so a district sees its
// communes and the province sees its districts and departments.
func (a *Archive) Stats(ctx context.Context, f EntryFilter) (*Stats, error) {
	f.Limit, f.Offset = 0, 0
	st := &Stats{}
	err := a.read(ctx, func(q store.Tx) error {
		*st = Stats{}
		cond, args := f.where(false)
		if err := st.entries(ctx, q, f.UnitID, cond, args); err != nil {
			return err
		}
		// Many selected entries: walk the recognitions and commendations
		// indexes testing membership (the unary plus keeps SQLite from
		// driving the query from the entry list); few: look up their rows.
		member := "r.entry_id"
		if st.Total > 5000 {
			member = "+r.entry_id"
		}
		if err := st.recognitions(ctx, q, member, cond, args); err != nil {
			return err
		}
		return st.commendations(ctx, q, strings.Replace(member, "r.", "c.", 1), cond, args)
	})
	return st, err
}

// entries counts by kind, unit, field and year in one pass over the narrow
// statistics index, then rolls the groups up in memory.
func (st *Stats) entries(ctx context.Context, q store.Tx, under int64, cond string, args []any) error {
	type unit struct {
		parent int64
		name   string
		key    []byte
	}
	units := map[int64]unit{}
	rows, err := q.QueryContext(ctx, "SELECT id, coalesce(parent_id, 0), name, name_key FROM units")
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var u unit
		if err := rows.Scan(&id, &u.parent, &u.name, &u.key); err != nil {
			rows.Close()
			return err
		}
		units[id] = u
	}
	rows.Close()
	fieldIdx := map[int64]int{}
	rows, err = q.QueryContext(ctx, "SELECT id, name FROM fields ORDER BY position, id")
	if err != nil {
		return err
	}
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.ID, &c.Label); err != nil {
			rows.Close()
			return err
		}
		fieldIdx[c.ID] = len(st.Fields)
		st.Fields = append(st.Fields, c)
	}
	rows.Close()
	// rollup finds the ancestor of id whose parent is under (0: a root).
	rollup := func(id int64) int64 {
		for steps := 0; steps < 1000; steps++ {
			u, ok := units[id]
			if !ok || u.parent == under || id == under {
				return id
			}
			id = u.parent
		}
		return id
	}
	kinds := map[Kind]int{}
	years := map[int]int{}
	byUnit := map[int64]*UnitRow{}
	// Grouped in the order of the statistics index: no sorting.
	rows, err = q.QueryContext(ctx, "SELECT e.kind, e.unit_id, e.field_id, e.year, count(*) FROM entries e WHERE "+cond+
		" GROUP BY e.phase_id, e.year, e.unit_id, e.field_id, e.kind", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k Kind
		var uid, fid int64
		var year, n int
		if err := rows.Scan(&k, &uid, &fid, &year, &n); err != nil {
			return err
		}
		st.Total += n
		kinds[k] += n
		years[year] += n
		top := rollup(uid)
		r := byUnit[top]
		if r == nil {
			r = &UnitRow{UnitID: top, Unit: units[top].name, ByField: make([]int, len(st.Fields))}
			byUnit[top] = r
		}
		if i, ok := fieldIdx[fid]; ok {
			r.ByField[i] += n
			st.Fields[i].N += n
		}
		r.Total += n
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, k := range Kinds {
		st.ByKind = append(st.ByKind, Count{Label: k.Label(), N: kinds[k]})
	}
	for y, n := range years {
		st.ByYear = append(st.ByYear, Count{ID: int64(y), Label: itoa(int64(y)), N: n})
	}
	sort.Slice(st.ByYear, func(i, j int) bool { return st.ByYear[i].ID < st.ByYear[j].ID })
	for _, r := range byUnit {
		st.ByUnit = append(st.ByUnit, *r)
	}
	sort.Slice(st.ByUnit, func(i, j int) bool {
		ki, kj := string(units[st.ByUnit[i].UnitID].key), string(units[st.ByUnit[j].UnitID].key)
		if ki != kj {
			return ki < kj
		}
		return st.ByUnit[i].UnitID < st.ByUnit[j].UnitID
	})
	return nil
}

// recognitions counts the selected entries' recognitions by year, level and
// outcome, reading only the recognitions index.
func (st *Stats) recognitions(ctx context.Context, q store.Tx, member, cond string, args []any) error {
	type level struct {
		name string
		rank int
	}
	levels := map[int64]level{}
	rows, err := q.QueryContext(ctx, "SELECT id, name, rank FROM levels")
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var l level
		if err := rows.Scan(&id, &l.name, &l.rank); err != nil {
			rows.Close()
			return err
		}
		levels[id] = l
	}
	rows.Close()
	rows, err = q.QueryContext(ctx, `SELECT r.year, coalesce(r.level_id, 0), r.status, count(*) FROM recognitions r
		WHERE r.deleted_at = '' AND `+member+` IN (SELECT e.id FROM entries e WHERE `+cond+`)
		GROUP BY r.year, r.status, r.level_id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c YearLevelCount
		if err := rows.Scan(&c.Year, &c.LevelID, &c.Status, &c.N); err != nil {
			return err
		}
		c.Level = levels[c.LevelID].name
		st.Recognitions = append(st.Recognitions, c)
	}
	sort.SliceStable(st.Recognitions, func(i, j int) bool {
		a, b := st.Recognitions[i], st.Recognitions[j]
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if ra, rb := levels[a.LevelID].rank, levels[b.LevelID].rank; ra != rb {
			return ra < rb
		}
		return a.Status < b.Status
	})
	return rows.Err()
}

func (st *Stats) commendations(ctx context.Context, q store.Tx, member, cond string, args []any) error {
	rows, err := q.QueryContext(ctx, `SELECT c.year, c.form_id, f.name, c.status, count(*)
		FROM commendations c JOIN award_forms f ON f.id = c.form_id
		WHERE c.deleted_at = '' AND `+member+` IN (SELECT e.id FROM entries e WHERE `+cond+`)
		GROUP BY c.year, c.form_id, c.status ORDER BY c.year, f.rank DESC, c.status`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c YearFormCount
		if err := rows.Scan(&c.Year, &c.FormID, &c.Form, &c.Status, &c.N); err != nil {
			return err
		}
		st.Commendations = append(st.Commendations, c)
	}
	return rows.Err()
}

// Recognised sums the recognitions of a year with the given outcomes
// (all years for 0), for headline figures.
func (st *Stats) Recognised(year int, statuses ...RecStatus) int {
	n := 0
	for _, c := range st.Recognitions {
		if year != 0 && c.Year != year {
			continue
		}
		for _, s := range statuses {
			if c.Status == s {
				n += c.N
			}
		}
	}
	return n
}

// Commended sums the commendations of a year (all years for 0) with a status.
func (st *Stats) Commended(year int, status AwardStatus) int {
	n := 0
	for _, c := range st.Commendations {
		if (year == 0 || c.Year == year) && c.Status == status {
			n += c.N
		}
	}
	return n
}
