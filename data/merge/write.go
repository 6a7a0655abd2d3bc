package merge

import (
	"context"
	"reflect"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// saveCriteria makes the set's criteria here those of the other archive,
// keeping their UIDs (scores refer to criteria through them).
func (m *merger) saveCriteria(ctx context.Context, q store.Tx, s *store.CriteriaSet) error {
	keep := map[int64]bool{}
	for i := range s.Criteria {
		c := &s.Criteria[i]
		if c.ID == 0 {
			res, err := q.ExecContext(ctx, "INSERT INTO criteria (uid, set_id, grp, name, max_points, position) VALUES (?, ?, ?, ?, ?, ?)",
				c.UID, s.ID, c.Group, c.Name, c.MaxPoints, c.Position)
			if err != nil {
				return err
			}
			c.ID, _ = res.LastInsertId()
		} else if _, err := q.ExecContext(ctx, "UPDATE criteria SET set_id = ?, grp = ?, name = ?, max_points = ?, position = ? WHERE id = ?",
			s.ID, c.Group, c.Name, c.MaxPoints, c.Position, c.ID); err != nil {
			return err
		}
		keep[c.ID] = true
		m.local.crit[c.ID], m.local.critID[c.UID], m.local.critNm[c.ID] = c.UID, c.ID, c.Name
	}
	if err := store.DropCriteria(ctx, q, s.ID, keep, "Tiêu chí %q đã được dùng để chấm điểm ở kho này nhưng kho kia đã bỏ nó."); err != nil {
		return err
	}
	return store.ReplaceThresholds(ctx, q, s)
}

// linkUnits sets the parents and successors of the units just written, now
// that all of them exist, and checks them (a parent chain must not loop).
func (m *merger) linkUnits(ctx context.Context, q store.Tx, units []*store.Unit) error {
	for _, u := range units {
		row := m.remote.byUID[store.Units][u.UID]
		r := row.full.(*store.Unit)
		for _, f := range []struct {
			p   *int64
			rid int64
		}{{&u.ParentID, r.ParentID}, {&u.SuccessorID, r.SuccessorID}} {
			if f.rid == 0 {
				continue
			}
			if *f.p = m.local.id(store.Units, m.ref(true, store.Units, f.rid)); *f.p == 0 {
				return m.refuse(store.Units, row, store.Errorf(store.EInvalid, "đơn vị cấp trên hoặc kế thừa không có ở cả hai kho."))
			}
		}
		if _, err := q.ExecContext(ctx, "UPDATE units SET parent_id = ?, successor_id = ? WHERE id = ?",
			nullID(u.ParentID), nullID(u.SuccessorID), u.ID); err != nil {
			return m.refuse(store.Units, row, store.MapErr(err))
		}
	}
	for _, u := range units {
		if err := store.Check(ctx, q, u); err != nil {
			return m.refuse(store.Units, m.remote.byUID[store.Units][u.UID], err)
		}
	}
	return nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// cloneRecord copies a record of the other archive; a criteria set gets
// its own criteria and thresholds, as writing gives them this archive's IDs.
func cloneRecord(r store.Record) store.Record {
	v := reflect.New(reflect.TypeOf(r).Elem())
	v.Elem().Set(reflect.ValueOf(r).Elem())
	c := v.Interface().(store.Record)
	if s, ok := c.(*store.CriteriaSet); ok {
		s.Criteria = append([]store.Criterion(nil), s.Criteria...)
		s.Thresholds = append([]store.Threshold(nil), s.Thresholds...)
	}
	return c
}

type mbaseRow struct {
	table store.Table
	uid   string
	b     mbase
}

// saveBase records both sides' state for the next merge, a hundred rows a
// statement.
func (m *merger) saveBase(ctx context.Context, q store.Tx, rows []mbaseRow) error {
	for len(rows) > 0 {
		n := min(len(rows), 100)
		args := make([]any, 0, n*7)
		for _, r := range rows[:n] {
			args = append(args, m.remote.uid, r.table, r.uid, r.b.lv, r.b.rv, r.b.lat, r.b.rat)
		}
		_, err := q.ExecContext(ctx, `INSERT INTO merge_base (peer_uid, table_name, record_uid, local_version, remote_version, local_changed_at, remote_changed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`+strings.Repeat(", (?, ?, ?, ?, ?, ?, ?)", n-1)+`
			ON CONFLICT (peer_uid, table_name, record_uid) DO UPDATE SET local_version = excluded.local_version,
			remote_version = excluded.remote_version, local_changed_at = excluded.local_changed_at, remote_changed_at = excluded.remote_changed_at`, args...)
		if err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}
