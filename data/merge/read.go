package merge

import (
	"context"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// mtable is one table a merge carries over, with its references to other
// tables (integer IDs in SQL, matched between archives through UIDs).
type mtable struct {
	name   store.Table
	newRec func() store.Record
	refs   []mref
}

type mref struct {
	col   string
	table store.Table
}

// mergeTables is the order of merging: every table comes after the tables
// it refers to (units refer to units, handled in two passes).
var mergeTables = []*mtable{
	{name: store.Units, newRec: func() store.Record { return new(store.Unit) }, refs: []mref{{"parent_id", store.Units}, {"successor_id", store.Units}}},
	{name: store.Fields, newRec: func() store.Record { return new(store.Field) }},
	{name: store.Levels, newRec: func() store.Record { return new(store.Level) }},
	{name: store.Phases, newRec: func() store.Record { return new(store.Phase) }},
	{name: store.AwardForms, newRec: func() store.Record { return new(store.AwardForm) }},
	{name: store.CriteriaSets, newRec: func() store.Record { return new(store.CriteriaSet) }, refs: []mref{{"phase_id", store.Phases}}},
	{name: store.Entries, newRec: func() store.Record { return new(store.Entry) }, refs: []mref{{"unit_id", store.Units}, {"field_id", store.Fields}, {"phase_id", store.Phases}}},
	{name: store.Recognitions, newRec: func() store.Record { return new(store.Recognition) }, refs: []mref{{"entry_id", store.Entries}, {"level_id", store.Levels}}},
	{name: store.Evaluations, newRec: func() store.Record { return new(store.Evaluation) }, refs: []mref{{"entry_id", store.Entries}, {"set_id", store.CriteriaSets}}},
	{name: store.Commendations, newRec: func() store.Record { return new(store.Commendation) }, refs: []mref{{"entry_id", store.Entries}, {"form_id", store.AwardForms}}},
	{name: store.Attachments, newRec: func() store.Record { return new(store.Attachment) }, refs: []mref{{"entry_id", store.Entries}}},
}

// refPtr returns the *int64 behind a reference column of r.
func refPtr(r store.Record, col string) *int64 {
	for _, c := range store.ColumnsOf(r) {
		if c.Name == col {
			return c.Ptr.(*int64)
		}
	}
	panic("merge: no column " + col)
}

// mrow is one record of an archive as a merge first sees it: its identity,
// version and time of last change, and the few fields that tie it to an
// entry and a year. The whole record (full) is read only when needed: for
// a record changed on one side, or one the merge writes.
type mrow struct {
	id, version int64
	uid, at     string // at: updated_at as stored
	deleted     bool
	entry       int64  // entry_id of an entry's record
	year        int    // of a recognition, evaluation or commendation
	name        string // of an entry
	unit, phase int64  // of an entry
	full        store.Record
}

// bigTables hold thousands of records: only their rows' outline is read
// at first. Their extra columns fill entry, year, name, unit and phase.
var bigTables = map[store.Table]string{
	store.Entries:       "0, 0, name, unit_id, coalesce(phase_id, 0)",
	store.Recognitions:  "entry_id, year, '', 0, 0",
	store.Evaluations:   "entry_id, year, '', 0, 0",
	store.Commendations: "entry_id, year, '', 0, 0",
	store.Attachments:   "entry_id, 0, file_name, 0, 0",
}

// mside is one archive of a merge: every record of the merged tables in
// outline (catalogues whole), indexed by ID and by UID.
type mside struct {
	uid    string
	rows   map[store.Table][]*mrow          // table → rows in ID order
	byUID  map[store.Table]map[string]*mrow // table → UID → row
	byID   map[store.Table]map[int64]*mrow  // table → ID → row
	crit   map[int64]string                 // criterion ID → UID
	critID map[string]int64                 // criterion UID → ID
	critNm map[int64]string                 // criterion ID → name
	hasMB  bool                             // the file has merge_base (schema 2 on)
	schema int                              // the file's schema version
}

func (s *mside) id(table store.Table, uid string) int64 {
	if r := s.byUID[table][uid]; r != nil {
		return r.id
	}
	return 0
}

func (s *mside) uidOf(table store.Table, id int64) (string, bool) {
	if r := s.byID[table][id]; r != nil {
		return r.uid, true
	}
	return "", false
}

func (s *mside) add(table store.Table, r *mrow) {
	s.rows[table] = append(s.rows[table], r)
	s.byUID[table][r.uid], s.byID[table][r.id] = r, r
}

// rowOf outlines a whole record.
func rowOf(r store.Record) *mrow {
	m := store.MetaOf(r)
	row := &mrow{id: m.ID, uid: m.UID, version: m.Version, at: store.FmtTime(m.UpdatedAt), deleted: m.Deleted(), full: r}
	switch x := r.(type) {
	case *store.Entry:
		row.name, row.unit, row.phase = x.Name, x.UnitID, x.PhaseID
	case *store.Recognition:
		row.entry, row.year = x.EntryID, x.Year
	case *store.Evaluation:
		row.entry, row.year = x.EntryID, x.Year
	case *store.Commendation:
		row.entry, row.year = x.EntryID, x.Year
	case *store.Attachment:
		row.entry, row.name = x.EntryID, x.FileName
	}
	return row
}

// put records r, just written, in the indexes.
func (s *mside) put(table store.Table, r store.Record) {
	row := rowOf(r)
	if old := s.byUID[table][row.uid]; old != nil {
		*old = *row
		return
	}
	s.add(table, row)
}

// readSide reads an archive's outline for merging.
func readSide(ctx context.Context, q store.Tx) (*mside, error) {
	s := &mside{rows: map[store.Table][]*mrow{}, byUID: map[store.Table]map[string]*mrow{}, byID: map[store.Table]map[int64]*mrow{},
		crit: map[int64]string{}, critID: map[string]int64{}, critNm: map[int64]string{}}
	var err error
	if s.uid, err = store.ArchiveUID(ctx, q); err != nil {
		return nil, err
	}
	var n int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'merge_base'").Scan(&n); err != nil {
		return nil, err
	}
	s.hasMB = n > 0
	if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&s.schema); err != nil {
		return nil, err
	}
	for _, t := range mergeTables {
		s.byUID[t.name], s.byID[t.name] = map[string]*mrow{}, map[int64]*mrow{}
		if err := s.readTable(ctx, q, t); err != nil {
			return nil, err
		}
	}
	return s, s.readCriteria(ctx, q)
}

func (s *mside) readTable(ctx context.Context, q store.Tx, t *mtable) error {
	extra, big := bigTables[t.name]
	if !big {
		recs, err := store.LoadRecordsFrom(ctx, q, t.newRec, olderSource(t.name, s.schema), "ORDER BY id")
		for _, r := range recs {
			s.add(t.name, rowOf(r))
		}
		return err
	}
	rows, err := q.QueryContext(ctx, "SELECT id, uid, version, updated_at, deleted_at <> '', "+extra+" FROM "+string(t.name)+" ORDER BY id")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		r := &mrow{}
		if err := rows.Scan(&r.id, &r.uid, &r.version, &r.at, &r.deleted, &r.entry, &r.year, &r.name, &r.unit, &r.phase); err != nil {
			return err
		}
		s.add(t.name, r)
	}
	return rows.Err()
}

// load reads the whole records of rows (of table t) not read yet, with
// their children: an entry's texts, an evaluation's scores.
func (s *mside) load(ctx context.Context, q store.Tx, t *mtable, rows []*mrow) error {
	var ids []string
	for _, r := range rows {
		if r != nil && r.full == nil {
			ids = append(ids, strconv.FormatInt(r.id, 10))
		}
	}
	if len(ids) == 0 {
		return nil
	}
	in := "(SELECT value FROM json_each(?))"
	list := "[" + strings.Join(ids, ",") + "]"
	recs, err := store.LoadRecordsFrom(ctx, q, t.newRec, olderSource(t.name, s.schema), "WHERE id IN "+in, list)
	if err != nil {
		return err
	}
	for _, r := range recs {
		if row := s.byID[t.name][store.MetaOf(r).ID]; row != nil {
			row.full = r
		}
	}
	switch t.name {
	case store.Entries:
		return s.loadTexts(ctx, q, in, list)
	case store.Evaluations:
		return s.loadScores(ctx, q, in, list)
	}
	return nil
}

func (s *mside) loadTexts(ctx context.Context, q store.Tx, in, list string) error {
	rows, err := q.QueryContext(ctx, "SELECT entry_id, "+store.TextColumnList()+" FROM entry_texts WHERE entry_id IN "+in, list)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		e := &store.Entry{}
		dest := []any{&id}
		for _, c := range store.TextColumns(e) {
			dest = append(dest, c.Ptr)
		}
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		if x, ok := s.byID[store.Entries][id].full.(*store.Entry); ok {
			xc := store.TextColumns(x)
			for i, c := range store.TextColumns(e) {
				*xc[i].Ptr.(*string) = *c.Ptr.(*string)
			}
		}
	}
	return rows.Err()
}

func (s *mside) loadScores(ctx context.Context, q store.Tx, in, list string) error {
	rows, err := q.QueryContext(ctx, "SELECT evaluation_id, criterion_id, points FROM evaluation_scores WHERE evaluation_id IN "+in, list)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, crit int64
		var p float64
		if err := rows.Scan(&id, &crit, &p); err != nil {
			return err
		}
		if e, ok := s.byID[store.Evaluations][id].full.(*store.Evaluation); ok {
			if e.Scores == nil {
				e.Scores = map[int64]float64{}
			}
			e.Scores[crit] = p
		}
	}
	return rows.Err()
}

func (s *mside) readCriteria(ctx context.Context, q store.Tx) error {
	set := func(id int64) *store.CriteriaSet {
		if r := s.byID[store.CriteriaSets][id]; r != nil {
			return r.full.(*store.CriteriaSet)
		}
		return nil
	}
	rows, err := q.QueryContext(ctx, "SELECT id, uid, set_id, grp, name, max_points, position FROM criteria ORDER BY set_id, position, id")
	if err != nil {
		return err
	}
	for rows.Next() {
		var c store.Criterion
		var sid int64
		if err := rows.Scan(&c.ID, &c.UID, &sid, &c.Group, &c.Name, &c.MaxPoints, &c.Position); err != nil {
			rows.Close()
			return err
		}
		s.crit[c.ID], s.critID[c.UID], s.critNm[c.ID] = c.UID, c.ID, c.Name
		if cs := set(sid); cs != nil {
			cs.Criteria = append(cs.Criteria, c)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = q.QueryContext(ctx, "SELECT id, uid, set_id, conclusion, min_points FROM thresholds ORDER BY set_id, min_points DESC, id")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var t store.Threshold
		var sid int64
		if err := rows.Scan(&t.ID, &t.UID, &sid, &t.Conclusion, &t.MinPoints); err != nil {
			return err
		}
		if cs := set(sid); cs != nil {
			cs.Thresholds = append(cs.Thresholds, t)
		}
	}
	return rows.Err()
}

// mbase is a merge_base row: both sides' version and time of last change
// when they were last merged. Every change of a record raises its version
// and sets its time, so a side whose pair differs has changed since.
type mbase struct {
	lv, rv   int64
	lat, rat string
}

func baseKey(table store.Table, uid string) string { return string(table) + "\x00" + uid }

// readBase reads the merge_base rows q's archive keeps about peer.
func readBase(ctx context.Context, q store.Tx, peer string) (map[string]mbase, error) {
	out := map[string]mbase{}
	rows, err := q.QueryContext(ctx, "SELECT table_name, record_uid, local_version, remote_version, local_changed_at, remote_changed_at FROM merge_base WHERE peer_uid = ?", peer)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var t store.Table
		var uid string
		var b mbase
		if err := rows.Scan(&t, &uid, &b.lv, &b.rv, &b.lat, &b.rat); err != nil {
			return nil, err
		}
		out[baseKey(t, uid)] = b
	}
	return out, rows.Err()
}

// addedColumns are the columns later schema versions added to a merged
// table, with the version that added them and the value an older archive
// stands for.
var addedColumns = map[store.Table][]struct {
	name, value string
	since       int
}{
	store.Commendations: {{"recipient_kind", "''", 3}, {"recipient_name", "''", 3}, {"recipient_position", "''", 3},
		{"recipient_place", "''", 3}, {"recipient_review", "0", 3}, {"gold_book_no", "''", 3}},
}

// olderSource is what to read table from in an archive of an older schema:
// the table with the columns it lacks filled in, so it merges as is,
// without being upgraded (a file we did not write is never modified).
func olderSource(table store.Table, schema int) string {
	var extra []string
	for _, c := range addedColumns[table] {
		if c.since > schema {
			extra = append(extra, c.value+" AS "+c.name)
		}
	}
	if len(extra) == 0 {
		return string(table)
	}
	return "(SELECT *, " + strings.Join(extra, ", ") + " FROM " + string(table) + ") AS " + string(table)
}
