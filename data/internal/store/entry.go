package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (e *Entry) table() Table  { return Entries }
func (e *Entry) label() string { return e.Name }

// columns are the entries table's: the fields of EntryFields but the long
// texts, and nameKey, stored beside the name so lists sort in Vietnamese
// order from an index instead of sorting every row in Go.
func (e *Entry) columns() []Column {
	cols := make([]Column, 0, 11)
	for _, f := range EntryFields {
		if f.Type != FieldText {
			cols = append(cols, f.column(e))
		}
	}
	return append(cols, Column{Name: "name_key", Ptr: &e.nameKey, Derived: true})
}

// textColumns are the long fields of the registration form, stored in
// entry_texts and saved with the entry as its children.
func (e *Entry) textColumns() []Column {
	cols := make([]Column, 0, 11)
	for _, f := range EntryFields {
		if f.Type == FieldText {
			cols = append(cols, f.column(e))
		}
	}
	return cols
}

// TextColumnList is "situation, objectives, …", made once: a batch asks
// for it thousands of times.
var TextColumnList = sync.OnceValue(func() string {
	return strings.Join(ColNames((&Entry{}).textColumns()), ", ")
})

// saveTextsSQL writes an entry's long texts.
var saveTextsSQL = sync.OnceValue(func() string {
	n := len((&Entry{}).textColumns())
	return "INSERT OR REPLACE INTO entry_texts (entry_id, " + TextColumnList() + ") VALUES (?" + strings.Repeat(", ?", n) + ")"
})

func (e *Entry) loadChildren(ctx context.Context, q Tx) error {
	cols := e.textColumns()
	dest := make([]any, len(cols))
	for i, c := range cols {
		dest[i] = c.Ptr
	}
	err := q.QueryRowContext(ctx, "SELECT "+TextColumnList()+" FROM entry_texts WHERE entry_id = ?", e.ID).Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	return err
}

func (e *Entry) childChanges(ctx context.Context, q Tx) ([]Change, error) {
	old := &Entry{Meta: Meta{ID: e.ID}}
	if e.ID != 0 {
		if err := old.loadChildren(ctx, q); err != nil {
			return nil, err
		}
	}
	var ch []Change
	oc := old.textColumns()
	for i, c := range e.textColumns() {
		if o, n := *oc[i].Ptr.(*string), *c.Ptr.(*string); o != n {
			ch = append(ch, Change{Field: c.Name, Old: o, New: n})
		}
	}
	return ch, nil
}

func (e *Entry) saveChildren(ctx context.Context, q Tx) error {
	cols := e.textColumns()
	args := []any{e.ID}
	for _, c := range cols {
		args = append(args, *c.Ptr.(*string))
	}
	_, err := q.ExecContext(ctx, saveTextsSQL(), args...)
	return err
}

// normalize tidies the text the form's fields hold: one line, or
// paragraphs.
func (e *Entry) normalize() {
	for _, f := range EntryFields {
		switch f.Type {
		case FieldLine:
			*f.Text(e) = vntext.Clean(*f.Text(e))
		case FieldText:
			*f.Text(e) = vntext.CleanText(*f.Text(e))
		}
	}
	e.nameKey = SortKey(e.Name)
}

func (e *Entry) check(ctx context.Context, q Tx) error {
	var v validator
	if !e.Kind.Valid() {
		v.add("kind", "Hãy chọn loại: mô hình, điển hình tập thể hoặc điển hình cá nhân.")
	}
	v.required("name", "Tên mô hình, điển hình", e.Name)
	v.maxLen("name", "Tên mô hình, điển hình", e.Name, 500)
	if e.UnitID == 0 {
		v.add("unit_id", "Hãy chọn đơn vị.")
	} else if !exists(ctx, q, Units, e.UnitID) {
		v.add("unit_id", "Đơn vị đã chọn không còn trong danh mục.")
	}
	if e.FieldID == 0 {
		v.add("field_id", "Hãy chọn lĩnh vực.")
	} else if !exists(ctx, q, Fields, e.FieldID) {
		v.add("field_id", "Lĩnh vực đã chọn không còn trong danh mục.")
	}
	v.yearRange("year", "Năm đăng ký", e.Year, true)
	if e.PhaseID != 0 {
		var name string
		var from, to int
		err := q.QueryRowContext(ctx, "SELECT name, start_year, end_year FROM phases WHERE id = ?", e.PhaseID).Scan(&name, &from, &to)
		if err != nil {
			v.add("phase_id", "Giai đoạn đã chọn không còn trong danh mục.")
		} else if e.Year != 0 && (e.Year < from || e.Year > to) {
			v.add("year", "Năm đăng ký %d không thuộc giai đoạn %s.", e.Year, name)
		}
	}
	if e.Kind == KindIndividual && e.Person == "" && e.byHand {
		v.add("person", "Điển hình cá nhân cần có họ và tên người được ghi nhận.")
	}
	if e.ReplicationCount < 0 || e.ReplicationCount > 1_000_000 {
		v.add("replication_count", "Số nơi nhân rộng phải là số không âm.")
	}
	return v.err()
}

// exists reports whether table has the row id. A batch remembers the rows
// it found: an import checks the same few units and fields for every entry.
func exists(ctx context.Context, q Tx, table Table, id int64) bool {
	b, inBatch := q.(quietTx)
	key := string(table) + "#" + strconv.FormatInt(id, 10)
	if inBatch && b.found[key] {
		return true
	}
	var n int
	q.QueryRowContext(ctx, "SELECT count(*) FROM "+string(table)+" WHERE id = ?", id).Scan(&n)
	if n > 0 && inBatch && b.found != nil {
		b.found[key] = true
	}
	return n > 0
}

func (e *Entry) afterSave(ctx context.Context, q Tx, before Record) error {
	if b, ok := q.(quietTx); ok && b.index != nil {
		b.index.addEntry(e, before == nil)
		return nil
	}
	return IndexEntry(ctx, q, e.ID)
}

// TextColumns are the long fields of e's registration form, stored in
// entry_texts.
func TextColumns(e *Entry) []Column { return e.textColumns() }

// ByHand marks e as saved from the entry form (on) or not: whoever types an
// individual exemplar names its person, while an imported list may not.
func ByHand(e *Entry, on bool) { e.byHand = on }
