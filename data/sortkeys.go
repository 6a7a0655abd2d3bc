package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// refreshSortKeys recomputes the stored Vietnamese sort keys when the
// collation rules of this program differ from those that wrote them (a newer
// golang.org/x/text), so lists never come out in a mixed order.
func (a *Archive) refreshSortKeys(ctx context.Context) error {
	var cur string
	err := a.rdb.QueryRowContext(ctx, "SELECT coalesce((SELECT value FROM settings WHERE key = 'collation.version'), '')").Scan(&cur)
	if err != nil {
		return store.MapErr(err)
	}
	if cur == store.SortKeyVersion {
		return nil
	}
	return a.write(ctx, func(q store.Tx) error {
		for _, t := range []Table{TableEntries, TableUnits} {
			if err := rekey(ctx, q, t); err != nil {
				return err
			}
		}
		_, err := q.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('collation.version', ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, store.SortKeyVersion)
		return err
	})
}

func rekey(ctx context.Context, q store.Tx, table Table) error {
	rows, err := q.QueryContext(ctx, "SELECT id, name FROM "+string(table))
	if err != nil {
		return err
	}
	type row struct {
		id   int64
		name string
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.name); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	for _, r := range all {
		if _, err := q.ExecContext(ctx, "UPDATE "+string(table)+" SET name_key = ? WHERE id = ?", store.SortKey(r.name), r.id); err != nil {
			return err
		}
	}
	return nil
}
