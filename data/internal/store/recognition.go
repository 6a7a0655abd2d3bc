package store

import (
	"context"
	"fmt"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (r *Recognition) table() Table  { return Recognitions }
func (r *Recognition) label() string { return fmt.Sprintf("Công nhận năm %d", r.Year) }
func (r *Recognition) columns() []Column {
	return []Column{
		{Name: "entry_id", Ptr: &r.EntryID}, {Name: "year", Ptr: &r.Year},
		{Name: "level_id", Ptr: &r.LevelID, NullID: true}, {Name: "status", Ptr: &r.Status},
		{Name: "decision", Ptr: &r.Decision}, {Name: "notes", Ptr: &r.Notes},
	}
}

// liveEntry checks that an entry exists and is not in the recycle bin.
func liveEntry(ctx context.Context, q Tx, v *validator, id int64) {
	var deleted string
	if id == 0 {
		v.add("entry_id", "Hãy chọn mô hình, điển hình.")
	} else if err := q.QueryRowContext(ctx, "SELECT deleted_at FROM entries WHERE id = ?", id).Scan(&deleted); err != nil {
		v.add("entry_id", "Mô hình, điển hình không còn trong kho.")
	} else if deleted != "" {
		v.add("entry_id", "Mô hình, điển hình đang ở trong thùng rác.")
	}
}

// uniqueYear refuses a second live record of table for the same entry and
// year; the partial unique index would refuse it too, with a vaguer message.
func uniqueYear(ctx context.Context, q Tx, v *validator, table Table, id, entryID int64, year int, what string) {
	var n int
	q.QueryRowContext(ctx, "SELECT count(*) FROM "+string(table)+" WHERE entry_id = ? AND year = ? AND deleted_at = '' AND id <> ?",
		entryID, year, id).Scan(&n)
	if n > 0 {
		v.add("year", "Mô hình, điển hình này đã có %s năm %d.", what, year)
	}
}

func (r *Recognition) normalize() {
	r.Decision, r.Notes = vntext.Clean(r.Decision), vntext.CleanText(r.Notes)
}

func (r *Recognition) check(ctx context.Context, q Tx) error {
	var v validator
	liveEntry(ctx, q, &v, r.EntryID)
	v.yearRange("year", "Năm công nhận", r.Year, true)
	if !r.Status.Valid() {
		v.add("status", "Hãy chọn kết quả: công nhận, tiêu biểu, không công nhận hoặc loại bỏ.")
	}
	if r.LevelID != 0 && !exists(ctx, q, Levels, r.LevelID) {
		v.add("level_id", "Cấp công nhận đã chọn không còn trong danh mục.")
	}
	if r.Status.Recognised() && r.LevelID == 0 {
		v.add("level_id", "Hãy chọn cấp công nhận.")
	}
	uniqueYear(ctx, q, &v, Recognitions, r.ID, r.EntryID, r.Year, "kết quả công nhận")
	return v.err()
}
