package merge

import (
	"context"
	"fmt"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// mfork is what the audit logs tell when one archive is a copy of the
// other: both logs begin with the same lines up to the copy, and each
// record edited since has its own line after it.
type mfork struct {
	known   bool
	touched [2]map[string]bool // local, remote: UIDs of records written since the copy
	quiet   [2]bool            // a batch (import, merge, restore) since the copy: anything may have changed
	purged  map[string]bool    // UIDs deleted for good here since the copy
}

// untouched reports whether side (0 here, 1 there) certainly did not change
// record uid since the copy.
func (f *mfork) untouched(side int, uid string) bool {
	return f.known && !f.quiet[side] && !f.touched[side][uid]
}

func auditLine(ctx context.Context, q store.Tx, id int64) string {
	var s string
	q.QueryRowContext(ctx, `SELECT at || '|' || os_user || '|' || machine || '|' || display_name || '|' || action || '|' ||
		table_name || '|' || record_id || '|' || record_uid || '|' || label || '|' || changes FROM audit_log WHERE id = ?`, id).Scan(&s)
	return s
}

// readFork finds the last audit line both archives share (a binary search:
// copies agree up to a point and differ after it) and what each side wrote
// since.
func readFork(ctx context.Context, lq, rq store.Tx) (*mfork, error) {
	f := &mfork{purged: map[string]bool{}}
	var nl, nr int64
	if err := lq.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM audit_log").Scan(&nl); err != nil {
		return nil, err
	}
	if err := rq.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM audit_log").Scan(&nr); err != nil {
		return nil, err
	}
	same := func(id int64) bool {
		l := auditLine(ctx, lq, id)
		return l != "" && l == auditLine(ctx, rq, id)
	}
	hi := min(nl, nr)
	if hi == 0 || !same(1) {
		return f, nil
	}
	lo := int64(1)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if same(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	f.known = true
	for side, q := range []store.Tx{lq, rq} {
		f.touched[side] = map[string]bool{}
		rows, err := q.QueryContext(ctx, "SELECT action, table_name, record_uid FROM audit_log WHERE id > ?", lo)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var action, uid string
			var table store.Table
			if err := rows.Scan(&action, &table, &uid); err != nil {
				rows.Close()
				return nil, err
			}
			switch {
			// A migration or a rolled-back write changes no record.
			case table == store.ArchiveFile && action != "migrate" && action != "recover":
				f.quiet[side] = true
			case uid != "":
				f.touched[side][uid] = true
				if action == "purge" && side == 0 {
					f.purged[uid] = true
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// labelOf names a record for the person: entries and catalogue items by
// their name, an entry's records with the entry's name.
func (s *mside) labelOf(table store.Table, r *mrow) string {
	if r == nil {
		return ""
	}
	entry := ""
	if e := s.byID[store.Entries][r.entry]; e != nil {
		entry = e.name
	}
	switch table {
	case store.Entries:
		return r.name
	case store.Attachments:
		return r.name + " – " + entry
	case store.Recognitions, store.Evaluations, store.Commendations:
		return fmt.Sprintf("%s năm %d – %s", table.Label(), r.year, entry)
	}
	if r.full != nil {
		return store.LabelOf(r.full)
	}
	return r.uid
}
