package store

import (
	"context"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (u *Unit) table() Table  { return Units }
func (u *Unit) label() string { return u.Name }
func (u *Unit) columns() []Column {
	return []Column{
		{Name: "name", Ptr: &u.Name},
		{Name: "name_key", Ptr: &u.nameKey, Derived: true},
		{Name: "kind", Ptr: &u.Kind},
		{Name: "parent_id", Ptr: &u.ParentID, NullID: true},
		{Name: "valid_from", Ptr: &u.ValidFrom},
		{Name: "valid_to", Ptr: &u.ValidTo},
		{Name: "successor_id", Ptr: &u.SuccessorID, NullID: true},
		{Name: "active", Ptr: &u.Active},
	}
}

func (u *Unit) check(ctx context.Context, q Tx) error {
	var v validator
	v.required("name", "Tên đơn vị", u.Name)
	v.maxLen("name", "Tên đơn vị", u.Name, 300)
	if !u.ValidFrom.Valid() {
		v.add("valid_from", "Ngày bắt đầu hiệu lực không hợp lệ.")
	}
	if !u.ValidTo.Valid() {
		v.add("valid_to", "Ngày hết hiệu lực không hợp lệ.")
	}
	if u.ValidFrom != "" && u.ValidTo != "" && u.ValidTo < u.ValidFrom {
		v.add("valid_to", "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")
	}
	if u.SuccessorID != 0 && u.SuccessorID == u.ID {
		v.add("successor_id", "Đơn vị kế thừa không thể là chính đơn vị này.")
	} else if u.SuccessorID != 0 && !exists(ctx, q, Units, u.SuccessorID) {
		v.add("successor_id", "Đơn vị kế thừa không còn trong danh mục.")
	}
	if u.ParentID != 0 {
		// Walk up from the new parent: meeting this unit means a cycle.
		p, steps := u.ParentID, 0
		for p != 0 && steps < 1000 {
			if p == u.ID && u.ID != 0 {
				v.add("parent_id", "Đơn vị cấp trên không thể là chính đơn vị này hoặc đơn vị cấp dưới của nó.")
				break
			}
			var next *int64
			if err := q.QueryRowContext(ctx, "SELECT parent_id FROM units WHERE id = ?", p).Scan(&next); err != nil {
				v.add("parent_id", "Đơn vị cấp trên không còn trong danh mục.")
				break
			}
			p, steps = 0, steps+1
			if next != nil {
				p = *next
			}
		}
	}
	return v.err()
}

func (u *Unit) normalize() {
	u.Name, u.Kind = vntext.Clean(u.Name), vntext.Clean(u.Kind)
	u.nameKey = SortKey(u.Name)
	if u.ID == 0 && u.Version == 0 {
		u.Active = true
	}
}

// afterSave rewrites the search documents of the unit's entries when its
// name changed (the name is searched with them); a new unit has none, and
// other changes (validity, successor) leave the documents as they were.
func (u *Unit) afterSave(ctx context.Context, q Tx, before Record) error {
	if b, ok := before.(*Unit); !ok || b.Name == u.Name {
		return nil
	}
	return ReindexWhere(ctx, q, "unit_id = ?", u.ID)
}

// ReindexWhere rebuilds the search documents of the entries matching cond.
func ReindexWhere(ctx context.Context, q Tx, cond string, args ...any) error {
	rows, err := q.QueryContext(ctx, "SELECT id FROM entries WHERE "+cond, args...)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		if err := IndexEntry(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}
