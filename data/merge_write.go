package data

import (
	"context"
	"fmt"
	"strings"
)

// saveCriteria makes the set's criteria here those of the other archive,
// keeping their UIDs (scores refer to criteria through them).
func (m *merger) saveCriteria(ctx context.Context, q dbtx, s *CriteriaSet) error {
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
	rows, err := q.QueryContext(ctx, "SELECT id, name FROM criteria WHERE set_id = ?", s.ID)
	if err != nil {
		return err
	}
	drop := map[int64]string{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return err
		}
		if !keep[id] {
			drop[id] = name
		}
	}
	rows.Close()
	for id, name := range drop {
		if _, err := q.ExecContext(ctx, "DELETE FROM criteria WHERE id = ?", id); err != nil {
			if ErrorCode(mapErr(err)) == EInUse {
				return &Error{Code: EInUse, Message: fmt.Sprintf("Tiêu chí %q đã được dùng để chấm điểm ở kho này nhưng kho kia đã bỏ nó.", name), Err: err}
			}
			return err
		}
	}
	if _, err := q.ExecContext(ctx, "DELETE FROM thresholds WHERE set_id = ?", s.ID); err != nil {
		return err
	}
	for i := range s.Thresholds {
		t := &s.Thresholds[i]
		t.UID = newUID() // thresholds are replaced on every save; nothing refers to them
		res, err := q.ExecContext(ctx, "INSERT INTO thresholds (uid, set_id, conclusion, min_points) VALUES (?, ?, ?, ?)", t.UID, s.ID, t.Conclusion, t.MinPoints)
		if err != nil {
			return err
		}
		t.ID, _ = res.LastInsertId()
	}
	return nil
}

// linkUnits sets the parents and successors of the units just written, now
// that all of them exist, and checks them (a parent chain must not loop).
func (m *merger) linkUnits(ctx context.Context, q dbtx, units []*Unit) error {
	for _, u := range units {
		row := m.remote.byUID["units"][u.UID]
		r := row.full.(*Unit)
		for _, f := range []struct {
			p   *int64
			rid int64
		}{{&u.ParentID, r.ParentID}, {&u.SuccessorID, r.SuccessorID}} {
			if f.rid == 0 {
				continue
			}
			if *f.p = m.local.id("units", m.ref(true, "units", f.rid)); *f.p == 0 {
				return m.refuse("units", row, Errorf(EInvalid, "đơn vị cấp trên hoặc kế thừa không có ở cả hai kho."))
			}
		}
		if _, err := q.ExecContext(ctx, "UPDATE units SET parent_id = ?, successor_id = ? WHERE id = ?",
			nullID(u.ParentID), nullID(u.SuccessorID), u.ID); err != nil {
			return m.refuse("units", row, mapErr(err))
		}
	}
	for _, u := range units {
		if err := u.check(ctx, m.a, q); err != nil {
			return m.refuse("units", m.remote.byUID["units"][u.UID], err)
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

// cloneRecord copies a record of the other archive, with its own children.
func cloneRecord(r record) record {
	switch x := r.(type) {
	case *Unit:
		c := *x
		return &c
	case *Field:
		c := *x
		return &c
	case *Level:
		c := *x
		return &c
	case *Phase:
		c := *x
		return &c
	case *AwardForm:
		c := *x
		return &c
	case *CriteriaSet:
		c := *x
		c.Criteria = append([]Criterion(nil), x.Criteria...)
		c.Thresholds = append([]Threshold(nil), x.Thresholds...)
		return &c
	case *Entry:
		c := *x
		return &c
	case *Recognition:
		c := *x
		return &c
	case *Evaluation:
		c := *x
		return &c
	case *Commendation:
		c := *x
		return &c
	case *Attachment:
		c := *x
		return &c
	}
	panic(fmt.Sprintf("merge: cannot copy %T", r))
}

type mbaseRow struct {
	table, uid string
	b          mbase
}

// saveBase records both sides' state for the next merge, a hundred rows a
// statement.
func (m *merger) saveBase(ctx context.Context, q dbtx, rows []mbaseRow) error {
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
