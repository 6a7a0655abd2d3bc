package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// SaveUnit creates or updates a unit. Renaming a unit re-indexes its entries
// so searching by the new name finds them. Errors as SaveEntry.
func (a *Archive) SaveUnit(ctx context.Context, u *Unit) error {
	return save(ctx, a, u)
}

// GetUnit returns one unit; ENotFound if none.
func (a *Archive) GetUnit(ctx context.Context, id int64) (*Unit, error) {
	return get[Unit](ctx, a, id)
}

// Units returns every unit in Vietnamese alphabetical order.
func (a *Archive) Units(ctx context.Context) ([]*Unit, error) {
	return list[Unit](ctx, a, unitOrder)
}

// DeleteUnit removes a unit that nothing refers to; a unit in use gets an
// EInUse error telling the user to deactivate it instead.
func (a *Archive) DeleteUnit(ctx context.Context, id int64) error {
	return a.deleteUnused(ctx, TableUnits, id, "Đơn vị này đang được dùng (có mô hình, đơn vị cấp dưới hoặc đơn vị kế thừa trỏ tới). Hãy ngừng sử dụng đơn vị thay vì xóa.")
}

// deleteUnused hard-deletes a catalogue row; foreign keys refuse it while
// anything refers to it, and that refusal becomes inUseMsg.
func (a *Archive) deleteUnused(ctx context.Context, table Table, id int64, inUseMsg string) error {
	return a.write(ctx, func(q store.Tx) error {
		var uid, label string
		if err := q.QueryRowContext(ctx, "SELECT uid, name FROM "+string(table)+" WHERE id = ?", id).Scan(&uid, &label); err != nil {
			return store.MapErr(err)
		}
		if _, err := q.ExecContext(ctx, "DELETE FROM "+string(table)+" WHERE id = ?", id); err != nil {
			if ErrorCode(store.MapErr(err)) == EInUse {
				return &Error{Code: EInUse, Message: inUseMsg, Err: err}
			}
			return err
		}
		return store.Audit(ctx, q, a.opts.Actor, a.now(), "purge", table, id, uid, label, nil)
	})
}
