package data

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

func checkTrashTable(table Table) error {
	if !table.Binned() {
		return &Error{Code: EInvalid, Message: fmt.Sprintf("Không thể xóa loại bản ghi %q.", table)}
	}
	return nil
}

// recordLabel describes a record for the bin and the audit log: children
// carry the name of their entry.
func recordLabel(ctx context.Context, q store.Tx, table Table, id int64) (uid, label string, err error) {
	switch table {
	case TableEntries:
		err = q.QueryRowContext(ctx, "SELECT uid, name FROM entries WHERE id = ?", id).Scan(&uid, &label)
	case TableAttachments:
		err = q.QueryRowContext(ctx, "SELECT t.uid, t.file_name || ' – ' || e.name FROM attachments t JOIN entries e ON e.id = t.entry_id WHERE t.id = ?", id).Scan(&uid, &label)
	default:
		var year int
		err = q.QueryRowContext(ctx, "SELECT t.uid, t.year, e.name FROM "+string(table)+" t JOIN entries e ON e.id = t.entry_id WHERE t.id = ?", id).Scan(&uid, &year, &label)
		label = fmt.Sprintf("%s năm %d – %s", table.Label(), year, label)
	}
	return uid, label, err
}

// Delete moves a record to the recycle bin. Deleting an entry hides its
// recognitions, evaluations, commendations and attachments with it. A locked
// evaluation cannot be deleted (ELocked).
func (a *Archive) Delete(ctx context.Context, table Table, id int64) error {
	return a.setDeleted(ctx, table, id, true)
}

// Restore takes a record out of the recycle bin. It fails with EExists when
// a live record now holds its place (the same entry and year).
func (a *Archive) Restore(ctx context.Context, table Table, id int64) error {
	return a.setDeleted(ctx, table, id, false)
}

func (a *Archive) setDeleted(ctx context.Context, table Table, id int64, del bool) error {
	if err := checkTrashTable(table); err != nil {
		return err
	}
	return a.write(ctx, func(q store.Tx) error {
		uid, label, err := recordLabel(ctx, q, table, id)
		if err != nil {
			return store.MapErr(err)
		}
		now := a.now()
		at, by, action, cond := store.FmtTime(now), a.opts.Actor.Name(), "delete", "deleted_at = ''"
		if !del {
			at, by, action, cond = "", "", "restore", "deleted_at <> ''"
		}
		res, err := q.ExecContext(ctx, "UPDATE "+string(table)+" SET deleted_at = ?, deleted_by = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND "+cond,
			at, by, store.FmtTime(now), a.opts.Actor.Name(), id)
		if err != nil {
			if ErrorCode(store.MapErr(err)) == EExists {
				return &Error{Code: EExists, Message: "Không khôi phục được: đã có một bản ghi cùng năm cho mô hình này. Hãy xóa hoặc sửa bản ghi đó trước.", Err: err}
			}
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil // already in the requested state
		}
		if table == TableEntries {
			if err := store.IndexEntry(ctx, q, id); err != nil {
				return err
			}
		}
		return store.Audit(ctx, q, a.opts.Actor, now, action, table, id, uid, label, nil)
	})
}

// Purge deletes a record from the recycle bin for good; records not in the
// bin are refused, so nothing is destroyed in one step.
func (a *Archive) Purge(ctx context.Context, table Table, id int64) error {
	if err := checkTrashTable(table); err != nil {
		return err
	}
	return a.write(ctx, func(q store.Tx) error { return a.purge(ctx, q, table, id) })
}

func (a *Archive) purge(ctx context.Context, q store.Tx, table Table, id int64) error {
	var deleted string
	if err := q.QueryRowContext(ctx, "SELECT deleted_at FROM "+string(table)+" WHERE id = ?", id).Scan(&deleted); err != nil {
		return store.MapErr(err)
	}
	if deleted == "" {
		return &Error{Code: EInvalid, Message: "Chỉ xóa hẳn được bản ghi đã nằm trong thùng rác."}
	}
	uid, label, err := recordLabel(ctx, q, table, id)
	if err != nil {
		return err
	}
	if table == TableEntries {
		if err := store.UnindexEntry(ctx, q, id); err != nil {
			return err
		}
	}
	if _, err := q.ExecContext(ctx, "DELETE FROM "+string(table)+" WHERE id = ?", id); err != nil {
		return err
	}
	return store.Audit(ctx, q, a.opts.Actor, a.now(), "purge", table, id, uid, label, nil)
}

// TrashItem is a record in the recycle bin.
type TrashItem struct {
	Table     Table
	ID        int64
	Label     string
	DeletedAt time.Time
	DeletedBy string
}

// Trash lists the recycle bin, most recently deleted first. Children of a
// deleted entry are not listed separately: they come back with it.
func (a *Archive) Trash(ctx context.Context) ([]TrashItem, error) {
	var parts []string
	for _, t := range []Table{TableRecognitions, TableEvaluations, TableCommendations} {
		parts = append(parts, fmt.Sprintf(`SELECT '%s', t.id, '%s năm ' || t.year || ' – ' || e.name, t.deleted_at, t.deleted_by
			FROM %s t JOIN entries e ON e.id = t.entry_id WHERE t.deleted_at <> '' AND e.deleted_at = ''`, t, t.Label(), t))
	}
	parts = append(parts, `SELECT 'attachments', t.id, t.file_name || ' – ' || e.name, t.deleted_at, t.deleted_by
			FROM attachments t JOIN entries e ON e.id = t.entry_id WHERE t.deleted_at <> '' AND e.deleted_at = ''`,
		`SELECT 'entries', id, name, deleted_at, deleted_by FROM entries WHERE deleted_at <> ''`)
	var out []TrashItem
	err := a.read(ctx, func(q store.Tx) error {
		rows, err := q.QueryContext(ctx, strings.Join(parts, " UNION ALL ")+" ORDER BY 4 DESC")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var it TrashItem
			var at string
			if err := rows.Scan(&it.Table, &it.ID, &it.Label, &at, &it.DeletedBy); err != nil {
				return err
			}
			it.DeletedAt = store.ParseTime(at)
			out = append(out, it)
		}
		return rows.Err()
	})
	return out, err
}

// EmptyTrash purges everything in the recycle bin in one transaction and
// returns how many records went.
func (a *Archive) EmptyTrash(ctx context.Context) (int, error) {
	items, err := a.Trash(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	err = a.write(ctx, func(q store.Tx) error {
		n = 0
		for _, it := range items {
			if err := a.purge(ctx, q, it.Table, it.ID); err != nil {
				if ErrorCode(err) == ENotFound {
					continue // removed meanwhile by someone else
				}
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}
