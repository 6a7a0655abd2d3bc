package data

import (
	"context"
	"fmt"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// startWatch keeps one reader connection aside for PRAGMA data_version,
// whose value only means something when asked on the same connection.
func (a *Archive) startWatch(ctx context.Context) error {
	c, err := a.rdb.Conn(ctx)
	if err != nil {
		return store.MapErr(err)
	}
	err = a.retryRead(ctx, a.opts.WriteWait, func() error {
		return store.MapErr(c.QueryRowContext(ctx, "PRAGMA data_version").Scan(&a.dataVersion))
	})
	if err != nil {
		c.Close()
		return err
	}
	a.watch = c
	return nil
}

// Changed reports whether anyone (another program on the network, or this
// program through another connection) committed a change since the last
// call. It costs one tiny query, so a window can poll it every second or two
// and refresh its lists only when it returns true.
func (a *Archive) Changed(ctx context.Context) (bool, error) {
	a.watchMu.Lock()
	defer a.watchMu.Unlock()
	if a.watch == nil {
		return false, &Error{Code: EInternal, Message: "Kho đã đóng."}
	}
	var v int64
	err := a.retryRead(ctx, a.opts.BusyTimeout, func() error {
		return store.MapErr(a.watch.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v))
	})
	if err != nil {
		return false, err
	}
	changed := v != a.dataVersion
	a.dataVersion = v
	return changed, nil
}

// CheckReport is what an integrity check found.
type CheckReport struct {
	OK            bool
	Problems      []string // SQLite's findings, at most 100
	SchemaVersion int
	Counts        []Count // records per table, labelled in Vietnamese
	Deleted       int     // entries in the recycle bin
	Size          int64   // bytes
}

// Check runs SQLite's full integrity check (which covers the search index),
// the foreign-key check, and counts the records. It only reads.
func (a *Archive) Check(ctx context.Context) (*CheckReport, error) {
	r := &CheckReport{}
	err := a.read(ctx, func(q store.Tx) error {
		r.Problems = nil
		rows, err := q.QueryContext(ctx, "PRAGMA integrity_check(100)")
		if err != nil {
			return err
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				rows.Close()
				return err
			}
			if s != "ok" {
				r.Problems = append(r.Problems, s)
			}
		}
		rows.Close()
		rows, err = q.QueryContext(ctx, "PRAGMA foreign_key_check")
		if err != nil {
			return err
		}
		for rows.Next() {
			var table, parent string
			var rowid, fk any
			if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
				rows.Close()
				return err
			}
			r.Problems = append(r.Problems, fmt.Sprintf("Bản ghi %v của bảng %s trỏ tới %s không tồn tại", rowid, table, parent))
		}
		rows.Close()
		if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&r.SchemaVersion); err != nil {
			return err
		}
		var pages, size int64
		q.QueryRowContext(ctx, "PRAGMA page_count").Scan(&pages)
		q.QueryRowContext(ctx, "PRAGMA page_size").Scan(&size)
		r.Size = pages * size
		r.Counts = nil
		for _, t := range []Table{TableEntries, TableUnits, TableFields, TablePhases, TableRecognitions, TableEvaluations, TableCommendations, TableAttachments, TableAwardForms, TableCriteriaSets} {
			var n int
			if err := q.QueryRowContext(ctx, "SELECT count(*) FROM "+string(t)+" WHERE deleted_at = ''").Scan(&n); err != nil {
				return err
			}
			r.Counts = append(r.Counts, Count{Label: t.Label(), N: n})
		}
		var n int
		if err := q.QueryRowContext(ctx, "SELECT count(*) FROM audit_log").Scan(&n); err != nil {
			return err
		}
		r.Counts = append(r.Counts, Count{Label: "Dòng nhật ký", N: n})
		return q.QueryRowContext(ctx, "SELECT count(*) FROM entries WHERE deleted_at <> ''").Scan(&r.Deleted)
	})
	if err != nil {
		return nil, err
	}
	r.OK = len(r.Problems) == 0
	return r, nil
}

// Optimize refreshes the statistics SQLite's query planner uses (ANALYZE).
// Run after loading much data at once; Close runs SQLite's lighter PRAGMA
// optimize itself.
func (a *Archive) Optimize(ctx context.Context) error {
	return a.write(ctx, func(q store.Tx) error {
		_, err := q.ExecContext(ctx, "ANALYZE")
		return err
	})
}
