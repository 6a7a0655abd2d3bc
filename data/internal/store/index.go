package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// SearchQueue is the entries a batch puts in the search index when it
// ends. Fresh ones were created in the batch: they have no document to
// remove, and removing one from the contentless index would still leave a
// tombstone to skip in every later search.
type SearchQueue struct {
	ids   []int64
	fresh map[int64]bool
	saved map[int64]*searchDoc // entries as the batch saved them, not to be read back
	units map[int64]string     // unit names, read when the batch ends
}

// searchDoc is the text of an entry's search document; the unit's name is
// looked up when the batch ends, in case the batch renamed the unit.
type searchDoc struct {
	unit  int64
	live  bool
	parts [16]string // name, unit (left empty), person, position, place, long texts
}

// addEntry queues e as it was just saved.
func (s *SearchQueue) addEntry(e *Entry, created bool) {
	s.add(e.ID, created)
	if s.saved == nil {
		s.saved = map[int64]*searchDoc{}
	}
	d := &searchDoc{unit: e.UnitID, live: e.DeletedAt.IsZero()}
	d.parts[0], d.parts[2], d.parts[3], d.parts[4] = e.Name, e.Person, e.Position, e.Place
	for i, c := range e.textColumns() {
		d.parts[5+i] = *c.Ptr.(*string)
	}
	s.saved[e.ID] = d
}

func (s *SearchQueue) add(id int64, created bool) {
	if s.fresh == nil {
		s.fresh = map[int64]bool{}
	}
	if _, seen := s.fresh[id]; !seen {
		s.ids = append(s.ids, id)
		s.fresh[id] = false
	}
	if created {
		s.fresh[id] = true
	}
}

// IndexEntry rewrites the search rows of an entry (data/search.go): those of a
// live entry are written again, those of an entry in the recycle bin
// removed.
// Inside a Batch the entry is only noted, and indexed when the batch ends.
func IndexEntry(ctx context.Context, q Tx, id int64) error {
	if b, ok := q.(quietTx); ok && b.index != nil {
		b.index.add(id, false)
		delete(b.index.saved, id) // changed otherwise (moved to the bin, its unit renamed): read it back
		return nil
	}
	return IndexEntries(ctx, q, &SearchQueue{ids: []int64{id}})
}

// indexChunk is how many entries one statement reads or removes: a batch
// indexes thousands, and a statement per entry cost more than the index.
const indexChunk = 200

// IndexEntries writes the search documents of the queued entries.
func IndexEntries(ctx context.Context, q Tx, s *SearchQueue) error {
	for start := 0; start < len(s.ids); start += indexChunk {
		part := s.ids[start:min(start+indexChunk, len(s.ids))]
		var old []any
		for _, id := range part {
			if !s.fresh[id] {
				old = append(old, id)
			}
		}
		if len(old) > 0 {
			for _, table := range searchTables {
				if _, err := q.ExecContext(ctx, "DELETE FROM "+table+" WHERE rowid IN ("+marks(len(old))+")", old...); err != nil {
					return err
				}
			}
		}
		docs, err := s.docs(ctx, q, part)
		if err != nil {
			return err
		}
		for _, id := range part {
			if d, ok := docs[id]; ok {
				// The columns of the search tables (data/search.go): name,
				// person, place, unit, and the body of position and texts.
				cols := [len(searchColumns)]string{d[0], d[2], d[4], d[1], d[3] + "\n" + strings.Join(d[5:], "\n")}
				if err := InsertSearch(ctx, q, id, cols); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// docs gives the search text of the live entries among ids: as the batch
// saved them, or else read from the archive.
func (s *SearchQueue) docs(ctx context.Context, q Tx, ids []int64) (map[int64]*[16]string, error) {
	var read []int64
	for _, id := range ids {
		if s.saved[id] == nil {
			read = append(read, id)
		}
	}
	docs := map[int64]*[16]string{}
	if len(read) > 0 {
		var err error
		if docs, err = searchDocs(ctx, q, read); err != nil {
			return nil, err
		}
	}
	if s.units == nil {
		s.units = map[int64]string{}
	}
	for _, id := range ids {
		d := s.saved[id]
		if d == nil || !d.live {
			continue
		}
		name, ok := s.units[d.unit]
		if !ok {
			if err := q.QueryRowContext(ctx, "SELECT name FROM units WHERE id = ?", d.unit).Scan(&name); err != nil {
				return nil, err
			}
			s.units[d.unit] = name
		}
		d.parts[1] = name
		docs[id] = &d.parts
	}
	return docs, nil
}

// searchDocs reads the text of the live entries among ids: name, unit,
// person, position, place, then the form's long texts.
func searchDocs(ctx context.Context, q Tx, ids []int64) (map[int64]*[16]string, error) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	docs := make(map[int64]*[16]string, len(ids))
	// Two single-table queries, not a join: SQLite looks each rowid up
	// directly then, while a join may be planned as a scan when the
	// statistics were taken on an almost empty archive, which made a large
	// import slower with every row.
	// The id alone in the WHERE clause: with deleted_at there too, SQLite
	// may walk a partial index of live entries instead.
	rows, err := q.QueryContext(ctx, `SELECT id, deleted_at, name, (SELECT name FROM units WHERE id = unit_id), person, position, place
		FROM entries WHERE id IN (`+marks(len(ids))+")", args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var deleted string
		d := new([16]string)
		if err := rows.Scan(&id, &deleted, &d[0], &d[1], &d[2], &d[3], &d[4]); err != nil {
			rows.Close()
			return nil, err
		}
		if deleted == "" {
			docs[id] = d
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = q.QueryContext(ctx, "SELECT entry_id, "+TextColumnList()+" FROM entry_texts WHERE entry_id IN ("+marks(len(ids))+")", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var t [11]string
		dest := []any{&id}
		for i := range t {
			dest = append(dest, &t[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		if d, ok := docs[id]; ok {
			copy(d[5:], t[:])
		}
	}
	return docs, rows.Err()
}

// marks is n question marks for an IN list.
func marks(n int) string { return "?" + strings.Repeat(", ?", n-1) }

// searchColumns are the columns of both search tables, in order; body is
// last and is the only long one.
var searchColumns = [...]string{"name", "person", "place", "unit", "body"}

// EntrySearchText reads the text of a live entry a column at a time, or
// reports false for an entry in the recycle bin or gone.
func EntrySearchText(ctx context.Context, q Tx, id int64) ([len(searchColumns)]string, bool, error) {
	var cols [len(searchColumns)]string
	var deleted, position string
	// Two single-table queries, not a join: SQLite always looks a rowid up
	// directly then, while a join may be planned as a scan when the
	// statistics were taken on an almost empty archive, which made a large
	// import slower with every row.
	err := q.QueryRowContext(ctx, `SELECT deleted_at, name, person, place, (SELECT name FROM units WHERE id = unit_id), position
		FROM entries WHERE id = ?`, id).Scan(&deleted, &cols[0], &cols[1], &cols[2], &cols[3], &position)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && deleted != "") {
		return cols, false, nil
	}
	if err != nil {
		return cols, false, err
	}
	texts := make([]string, len((&Entry{}).textColumns()))
	dest := make([]any, len(texts))
	for i := range texts {
		dest[i] = &texts[i]
	}
	err = q.QueryRowContext(ctx, "SELECT "+TextColumnList()+" FROM entry_texts WHERE entry_id = ?", id).Scan(dest...)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return cols, false, err
	}
	cols[4] = position + "\n" + strings.Join(texts, "\n")
	return cols, true, nil
}

func InsertSearch(ctx context.Context, q Tx, id int64, cols [len(searchColumns)]string) error {
	folded := make([]any, 0, len(cols)+1)
	pairs := make([]any, 0, len(cols)+1)
	exact := make([]any, 0, len(cols)+1)
	folded, pairs, exact = append(folded, id), append(pairs, id), append(exact, id)
	for _, c := range cols {
		words := vntext.Words(c)
		folded = append(folded, strings.Join(words, " "))
		pairs = append(pairs, wordPairs(words))
		exact = append(exact, strings.Join(vntext.ExactWords(c), " "))
	}
	const cols5 = " (rowid, name, person, place, unit, body) VALUES (?, ?, ?, ?, ?, ?)"
	for _, t := range []struct {
		table string
		args  []any
	}{{"entry_fts", folded}, {"entry_fts_pairs", pairs}, {"entry_fts_exact", exact}} {
		if _, err := q.ExecContext(ctx, "INSERT INTO "+t.table+cols5, t.args...); err != nil {
			return err
		}
	}
	return nil
}

// wordPairs joins each word to the next ("dan van kheo" → "dan_van
// van_kheo"): the tokens of entry_fts_pairs, from which a phrase is found.
func wordPairs(words []string) string {
	var b strings.Builder
	for i := 1; i < len(words); i++ {
		if i > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i-1])
		b.WriteByte('_')
		b.WriteString(words[i])
	}
	return b.String()
}

// searchTables are the tables an entry's search rows are in.
var searchTables = [...]string{"entry_fts", "entry_fts_pairs", "entry_fts_exact"}

// IndexFresh writes the search rows of live entries that have none yet
// (an upgrade filling new tables): as a batch does, nothing to remove.
func IndexFresh(ctx context.Context, q Tx, ids []int64) error {
	fresh := make(map[int64]bool, len(ids))
	for _, id := range ids {
		fresh[id] = true
	}
	return IndexEntries(ctx, q, &SearchQueue{ids: ids, fresh: fresh})
}

// UnindexEntry removes an entry from the search.
func UnindexEntry(ctx context.Context, q Tx, id int64) error {
	for _, t := range searchTables {
		if _, err := q.ExecContext(ctx, "DELETE FROM "+t+" WHERE rowid = ?", id); err != nil {
			return err
		}
	}
	return nil
}
