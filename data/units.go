package data

import (
	"context"
	"time"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (u *Unit) table() string { return "units" }
func (u *Unit) label() string { return u.Name }
func (u *Unit) columns() []column {
	return []column{
		{name: "name", ptr: &u.Name},
		{name: "name_key", ptr: &u.nameKey, derived: true},
		{name: "kind", ptr: &u.Kind},
		{name: "parent_id", ptr: &u.ParentID, nullID: true},
		{name: "valid_from", ptr: &u.ValidFrom},
		{name: "valid_to", ptr: &u.ValidTo},
		{name: "successor_id", ptr: &u.SuccessorID, nullID: true},
		{name: "active", ptr: &u.Active},
	}
}

func validDate(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func (u *Unit) check(ctx context.Context, a *Archive, q dbtx) error {
	var v validator
	v.required("name", "Tên đơn vị", u.Name)
	v.maxLen("name", "Tên đơn vị", u.Name, 300)
	if !validDate(u.ValidFrom) {
		v.add("valid_from", "Ngày bắt đầu hiệu lực không hợp lệ.")
	}
	if !validDate(u.ValidTo) {
		v.add("valid_to", "Ngày hết hiệu lực không hợp lệ.")
	}
	if u.ValidFrom != "" && u.ValidTo != "" && u.ValidTo < u.ValidFrom {
		v.add("valid_to", "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")
	}
	if u.SuccessorID != 0 && u.SuccessorID == u.ID {
		v.add("successor_id", "Đơn vị kế thừa không thể là chính đơn vị này.")
	} else if u.SuccessorID != 0 && !exists(ctx, q, "units", u.SuccessorID) {
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

// SaveUnit creates or updates a unit. Renaming a unit re-indexes its entries
// so searching by the new name finds them. Errors as SaveEntry.
func (a *Archive) SaveUnit(ctx context.Context, u *Unit) error {
	return save(ctx, a, u)
}

func (u *Unit) normalize() {
	u.Name, u.Kind = vntext.Clean(u.Name), vntext.Clean(u.Kind)
	u.nameKey = sortKey(u.Name)
	if u.ID == 0 && u.Version == 0 {
		u.Active = true
	}
}

// afterSave rewrites the search documents of the unit's entries when its
// name changed (the name is searched with them); a new unit has none, and
// other changes (validity, successor) leave the documents as they were.
func (u *Unit) afterSave(ctx context.Context, q dbtx, before record) error {
	if b, ok := before.(*Unit); !ok || b.Name == u.Name {
		return nil
	}
	return reindexWhere(ctx, q, "unit_id = ?", u.ID)
}

// reindexWhere rebuilds the search documents of the entries matching cond.
func reindexWhere(ctx context.Context, q dbtx, cond string, args ...any) error {
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
		if err := indexEntry(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

// GetUnit returns one unit; ENotFound if none.
func (a *Archive) GetUnit(ctx context.Context, id int64) (*Unit, error) {
	return get[Unit](ctx, a, id)
}

// Units returns every unit in Vietnamese alphabetical order.
func (a *Archive) Units(ctx context.Context) ([]*Unit, error) {
	return list[Unit](ctx, a, "ORDER BY name_key, id")
}

// DeleteUnit removes a unit that nothing refers to; a unit in use gets an
// EInUse error telling the user to deactivate it instead.
func (a *Archive) DeleteUnit(ctx context.Context, id int64) error {
	return a.deleteUnused(ctx, "units", id, "Đơn vị này đang được dùng (có mô hình, đơn vị cấp dưới hoặc đơn vị kế thừa trỏ tới). Hãy ngừng sử dụng đơn vị thay vì xóa.")
}

// deleteUnused hard-deletes a catalogue row; foreign keys refuse it while
// anything refers to it, and that refusal becomes inUseMsg.
func (a *Archive) deleteUnused(ctx context.Context, table string, id int64, inUseMsg string) error {
	return a.write(ctx, func(q dbtx) error {
		var uid, label string
		if err := q.QueryRowContext(ctx, "SELECT uid, name FROM "+table+" WHERE id = ?", id).Scan(&uid, &label); err != nil {
			return mapErr(err)
		}
		if _, err := q.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = ?", id); err != nil {
			if ErrorCode(mapErr(err)) == EInUse {
				return &Error{Code: EInUse, Message: inUseMsg, Err: err}
			}
			return err
		}
		return audit(ctx, q, a.opts.Actor, a.now(), "purge", table, id, uid, label, nil)
	})
}
