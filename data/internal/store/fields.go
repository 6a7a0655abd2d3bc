package store

import (
	"strconv"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// FieldType is what a field of an entry holds, and so how it is stored,
// tidied, shown and compared.
type FieldType int

// The types of the entry's fields.
const (
	FieldChoice FieldType = iota // one of Kinds
	FieldLine                    // one line of text (a name, a place)
	FieldText                    // a long text of the form, stored in entry_texts
	FieldYear                    // a year, shown without grouping
	FieldCount                   // a whole number, shown with the thousands grouped
	FieldRef                     // the ID of a catalogue item (Refers names its table)
)

// EntryField describes one field of an entry: its column, its Vietnamese
// label (the words of the form, the file, the spreadsheets, the conflicts),
// and the type of its value. EntryFields lists them all; the entry's
// columns, the form, its file (report), the spreadsheet columns, the save
// conflicts and the merging of archives all go through it, so a field
// added to Entry is added there once.
type EntryField struct {
	Name     string    // column, e.g. "time_frame"
	Label    string    // e.g. "Thời gian thực hiện"
	Type     FieldType // what the value is
	Refers   Table     // for FieldRef: the table referred to, e.g. Units
	Optional bool      // for FieldRef: 0 stands for none (NULL in the table)
	ptr      func(e *Entry) any
}

// EntryFields are the fields of an entry in the order of its registration
// form, which is also the order of its columns: the entries table's, then
// the long texts of entry_texts.
var EntryFields = []EntryField{
	{Name: "kind", Label: "Loại", Type: FieldChoice, ptr: func(e *Entry) any { return &e.Kind }},
	{Name: "name", Label: "Tên mô hình, điển hình", Type: FieldLine, ptr: func(e *Entry) any { return &e.Name }},
	{Name: "unit_id", Label: "Đơn vị thực hiện", Type: FieldRef, Refers: Units, ptr: func(e *Entry) any { return &e.UnitID }},
	{Name: "field_id", Label: "Lĩnh vực", Type: FieldRef, Refers: Fields, ptr: func(e *Entry) any { return &e.FieldID }},
	{Name: "phase_id", Label: "Giai đoạn", Type: FieldRef, Refers: Phases, Optional: true, ptr: func(e *Entry) any { return &e.PhaseID }},
	{Name: "year", Label: "Năm đăng ký", Type: FieldYear, ptr: func(e *Entry) any { return &e.Year }},
	{Name: "place", Label: "Địa bàn thực hiện", Type: FieldLine, ptr: func(e *Entry) any { return &e.Place }},
	{Name: "person", Label: "Cá nhân, tập thể", Type: FieldLine, ptr: func(e *Entry) any { return &e.Person }},
	{Name: "position", Label: "Chức vụ", Type: FieldLine, ptr: func(e *Entry) any { return &e.Position }},
	{Name: "replication_count", Label: "Số nơi nhân rộng", Type: FieldCount, ptr: func(e *Entry) any { return &e.ReplicationCount }},
	{Name: "situation", Label: "Thực trạng, lý do", Type: FieldText, ptr: func(e *Entry) any { return &e.Situation }},
	{Name: "objectives", Label: "Mục tiêu", Type: FieldText, ptr: func(e *Entry) any { return &e.Objectives }},
	{Name: "criteria", Label: "Tiêu chí", Type: FieldText, ptr: func(e *Entry) any { return &e.Criteria }},
	{Name: "method", Label: "Nội dung, cách làm", Type: FieldText, ptr: func(e *Entry) any { return &e.Method }},
	{Name: "scope", Label: "Phạm vi, đối tượng", Type: FieldText, ptr: func(e *Entry) any { return &e.Scope }},
	{Name: "forces", Label: "Lực lượng tham gia", Type: FieldText, ptr: func(e *Entry) any { return &e.Forces }},
	{Name: "resources", Label: "Nguồn lực", Type: FieldText, ptr: func(e *Entry) any { return &e.Resources }},
	{Name: "time_frame", Label: "Thời gian thực hiện", Type: FieldText, ptr: func(e *Entry) any { return &e.TimeFrame }},
	{Name: "results", Label: "Kết quả, hiệu quả", Type: FieldText, ptr: func(e *Entry) any { return &e.Results }},
	{Name: "replication", Label: "Nhân rộng", Type: FieldText, ptr: func(e *Entry) any { return &e.Replication }},
	{Name: "notes", Label: "Ghi chú", Type: FieldText, ptr: func(e *Entry) any { return &e.Notes }},
}

// column is the field as e stores it.
func (f EntryField) column(e *Entry) Column {
	return Column{Name: f.Name, Ptr: f.ptr(e), NullID: f.Optional}
}

// Value returns the field's value in e: a Kind, a string, an int (year,
// count) or an int64 (an ID).
func (f EntryField) Value(e *Entry) any {
	switch p := f.ptr(e).(type) {
	case *Kind:
		return *p
	case *string:
		return *p
	case *int:
		return *p
	case *int64:
		return *p
	}
	return nil
}

// Text returns the field of e it describes when it holds text (FieldLine,
// FieldText), else nil.
func (f EntryField) Text(e *Entry) *string {
	p, _ := f.ptr(e).(*string)
	return p
}

// Set copies the field's value from src to dst.
func (f EntryField) Set(dst, src *Entry) {
	switch p := f.ptr(dst).(type) {
	case *Kind:
		*p = *f.ptr(src).(*Kind)
	case *string:
		*p = *f.ptr(src).(*string)
	case *int:
		*p = *f.ptr(src).(*int)
	case *int64:
		*p = *f.ptr(src).(*int64)
	}
}

// Show renders the field of e for a person: a kind by its label, a year as
// written, a count with its thousands grouped, a reference by the name
// name gives the item of that table (which is "" for 0, none).
func (f EntryField) Show(e *Entry, name func(table Table, id int64) string) string {
	switch v := f.Value(e).(type) {
	case Kind:
		return v.Label()
	case string:
		return v
	case int:
		if f.Type == FieldCount {
			return vntext.FormatInt(int64(v))
		}
		return strconv.Itoa(v)
	case int64:
		return name(f.Refers, v)
	}
	return ""
}

// EntryFieldNamed returns the field of the column name.
func EntryFieldNamed(name string) (EntryField, bool) {
	for _, f := range EntryFields {
		if f.Name == name {
			return f, true
		}
	}
	return EntryField{}, false
}
