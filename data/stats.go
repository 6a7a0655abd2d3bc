package data

import (
	"context"
	"sort"
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
	err := a.read(ctx, func(q dbtx) error {
		cond, args := f.where()
		if err := st.kinds(ctx, q, cond, args); err != nil {
			return err
		}
		if err := st.unitsAndFields(ctx, q, f.UnitID, cond, args); err != nil {
			return err
		}
		if err := st.years(ctx, q, cond, args); err != nil {
			return err
		}
		if err := st.recognitions(ctx, q, cond, args); err != nil {
			return err
		}
		return st.commendations(ctx, q, cond, args)
	})
	return st, err
}

func (st *Stats) kinds(ctx context.Context, q dbtx, cond string, args []any) error {
	n := map[Kind]int{}
	rows, err := q.QueryContext(ctx, "SELECT e.kind, count(*) FROM entries e WHERE "+cond+" GROUP BY e.kind", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k Kind
		var c int
		if err := rows.Scan(&k, &c); err != nil {
			return err
		}
		n[k] = c
		st.Total += c
	}
	for _, k := range Kinds {
		st.ByKind = append(st.ByKind, Count{Label: k.Label(), N: n[k]})
	}
	return rows.Err()
}

func (st *Stats) unitsAndFields(ctx context.Context, q dbtx, under int64, cond string, args []any) error {
	// Units and fields are few (hundreds): roll up in memory.
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
	byUnit := map[int64]*UnitRow{}
	rows, err = q.QueryContext(ctx, "SELECT e.unit_id, e.field_id, count(*) FROM entries e WHERE "+cond+" GROUP BY e.unit_id, e.field_id", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var uid, fid int64
		var n int
		if err := rows.Scan(&uid, &fid, &n); err != nil {
			return err
		}
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
	return rows.Err()
}

func (st *Stats) years(ctx context.Context, q dbtx, cond string, args []any) error {
	rows, err := q.QueryContext(ctx, "SELECT e.year, count(*) FROM entries e WHERE "+cond+" GROUP BY e.year ORDER BY e.year", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.ID, &c.N); err != nil {
			return err
		}
		c.Label = itoa(c.ID)
		st.ByYear = append(st.ByYear, c)
	}
	return rows.Err()
}

func (st *Stats) recognitions(ctx context.Context, q dbtx, cond string, args []any) error {
	rows, err := q.QueryContext(ctx, `SELECT r.year, coalesce(r.level_id, 0), coalesce(l.name, ''), r.status, count(*)
		FROM recognitions r JOIN entries e ON e.id = r.entry_id LEFT JOIN levels l ON l.id = r.level_id
		WHERE r.deleted_at = '' AND `+cond+`
		GROUP BY r.year, r.level_id, r.status ORDER BY r.year, coalesce(l.rank, 0), r.status`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c YearLevelCount
		if err := rows.Scan(&c.Year, &c.LevelID, &c.Level, &c.Status, &c.N); err != nil {
			return err
		}
		st.Recognitions = append(st.Recognitions, c)
	}
	return rows.Err()
}

func (st *Stats) commendations(ctx context.Context, q dbtx, cond string, args []any) error {
	rows, err := q.QueryContext(ctx, `SELECT c.year, c.form_id, f.name, c.status, count(*)
		FROM commendations c JOIN entries e ON e.id = c.entry_id JOIN award_forms f ON f.id = c.form_id
		WHERE c.deleted_at = '' AND `+cond+`
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
