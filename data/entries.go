package data

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (e *Entry) table() string { return "entries" }
func (e *Entry) label() string { return e.Name }

// nameKey is stored beside the name so lists sort in Vietnamese order from
// an index instead of sorting every row in Go.
func (e *Entry) columns() []column {
	return []column{
		{name: "kind", ptr: &e.Kind},
		{name: "name", ptr: &e.Name},
		{name: "name_key", ptr: &e.nameKey, derived: true},
		{name: "unit_id", ptr: &e.UnitID},
		{name: "field_id", ptr: &e.FieldID},
		{name: "phase_id", ptr: &e.PhaseID, nullID: true},
		{name: "year", ptr: &e.Year},
		{name: "place", ptr: &e.Place},
		{name: "person", ptr: &e.Person},
		{name: "position", ptr: &e.Position},
		{name: "replication_count", ptr: &e.ReplicationCount},
	}
}

// textColumns are the long fields of the registration form, stored in
// entry_texts and saved with the entry as its children.
func (e *Entry) textColumns() []column {
	return []column{
		{name: "situation", ptr: &e.Situation},
		{name: "objectives", ptr: &e.Objectives},
		{name: "criteria", ptr: &e.Criteria},
		{name: "method", ptr: &e.Method},
		{name: "scope", ptr: &e.Scope},
		{name: "forces", ptr: &e.Forces},
		{name: "resources", ptr: &e.Resources},
		{name: "time_frame", ptr: &e.TimeFrame},
		{name: "results", ptr: &e.Results},
		{name: "replication", ptr: &e.Replication},
		{name: "notes", ptr: &e.Notes},
	}
}

func textColumnList() string {
	return strings.Join(colNames((&Entry{}).textColumns()), ", ")
}

func (e *Entry) loadChildren(ctx context.Context, q dbtx) error {
	cols := e.textColumns()
	dest := make([]any, len(cols))
	for i, c := range cols {
		dest[i] = c.ptr
	}
	err := q.QueryRowContext(ctx, "SELECT "+textColumnList()+" FROM entry_texts WHERE entry_id = ?", e.ID).Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	return err
}

func (e *Entry) childChanges(ctx context.Context, q dbtx) ([]Change, error) {
	old := &Entry{Meta: Meta{ID: e.ID}}
	if e.ID != 0 {
		if err := old.loadChildren(ctx, q); err != nil {
			return nil, err
		}
	}
	var ch []Change
	oc := old.textColumns()
	for i, c := range e.textColumns() {
		if o, n := *oc[i].ptr.(*string), *c.ptr.(*string); o != n {
			ch = append(ch, Change{Field: c.name, Old: o, New: n})
		}
	}
	return ch, nil
}

func (e *Entry) saveChildren(ctx context.Context, q dbtx) error {
	cols := e.textColumns()
	args := []any{e.ID}
	for _, c := range cols {
		args = append(args, *c.ptr.(*string))
	}
	_, err := q.ExecContext(ctx, "INSERT OR REPLACE INTO entry_texts (entry_id, "+textColumnList()+") VALUES (?"+
		strings.Repeat(", ?", len(cols))+")", args...)
	return err
}

// EntryFieldLabels names the entry's columns in Vietnamese, for forms,
// validation messages and the history of a record.
var EntryFieldLabels = map[string]string{
	"kind":              "Loại",
	"name":              "Tên mô hình, điển hình",
	"unit_id":           "Đơn vị",
	"field_id":          "Lĩnh vực",
	"phase_id":          "Giai đoạn",
	"year":              "Năm đăng ký",
	"place":             "Địa bàn thực hiện",
	"person":            "Cá nhân, tập thể",
	"position":          "Chức vụ",
	"situation":         "Thực trạng, lý do",
	"objectives":        "Mục tiêu",
	"criteria":          "Tiêu chí",
	"method":            "Nội dung, cách làm",
	"scope":             "Phạm vi, đối tượng",
	"forces":            "Lực lượng tham gia",
	"resources":         "Nguồn lực",
	"time_frame":        "Thời gian thực hiện",
	"results":           "Kết quả, hiệu quả",
	"replication":       "Nhân rộng",
	"replication_count": "Số nơi nhân rộng",
	"notes":             "Ghi chú",
}

// texts returns pointers to the entry's free-text fields with whether each is
// a single line.
func (e *Entry) texts() []struct {
	p    *string
	line bool
} {
	return []struct {
		p    *string
		line bool
	}{
		{&e.Name, true}, {&e.Place, true}, {&e.Person, true}, {&e.Position, true},
		{&e.Situation, false}, {&e.Objectives, false}, {&e.Criteria, false}, {&e.Method, false},
		{&e.Scope, false}, {&e.Forces, false}, {&e.Resources, false}, {&e.TimeFrame, false},
		{&e.Results, false}, {&e.Replication, false}, {&e.Notes, false},
	}
}

func (e *Entry) normalize() {
	for _, t := range e.texts() {
		if t.line {
			*t.p = vntext.Clean(*t.p)
		} else {
			*t.p = vntext.CleanText(*t.p)
		}
	}
	e.nameKey = sortKey(e.Name)
}

func (e *Entry) check(ctx context.Context, a *Archive, q dbtx) error {
	var v validator
	if !e.Kind.Valid() {
		v.add("kind", "Hãy chọn loại: mô hình, điển hình tập thể hoặc điển hình cá nhân.")
	}
	v.required("name", "Tên mô hình, điển hình", e.Name)
	v.maxLen("name", "Tên mô hình, điển hình", e.Name, 500)
	if e.UnitID == 0 {
		v.add("unit_id", "Hãy chọn đơn vị.")
	} else if !exists(ctx, q, "units", e.UnitID) {
		v.add("unit_id", "Đơn vị đã chọn không còn trong danh mục.")
	}
	if e.FieldID == 0 {
		v.add("field_id", "Hãy chọn lĩnh vực.")
	} else if !exists(ctx, q, "fields", e.FieldID) {
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
	if e.Kind == KindIndividual && e.Person == "" {
		v.add("person", "Điển hình cá nhân cần có họ và tên người được ghi nhận.")
	}
	if e.ReplicationCount < 0 || e.ReplicationCount > 1_000_000 {
		v.add("replication_count", "Số nơi nhân rộng phải là số không âm.")
	}
	return v.err()
}

func exists(ctx context.Context, q dbtx, table string, id int64) bool {
	var n int
	q.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&n)
	return n > 0
}

// SaveEntry creates the entry (ID 0) or updates it. Text is normalised to
// NFC and trimmed first. It returns an EInvalid *Error naming each bad field,
// a *ConflictError when someone else saved the entry since it was loaded, or
// EReadOnly.
func (a *Archive) SaveEntry(ctx context.Context, e *Entry) error {
	return save(ctx, a, e)
}

func (e *Entry) afterSave(ctx context.Context, q dbtx, _ record) error {
	return indexEntry(ctx, q, e.ID)
}

// GetEntry returns the entry with id, deleted or not; ENotFound if none.
func (a *Archive) GetEntry(ctx context.Context, id int64) (*Entry, error) {
	return get[Entry](ctx, a, id)
}
