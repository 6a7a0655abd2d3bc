package merge

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// apply writes the merge inside the write transaction q (rq reads the other
// archive's attachment data). Records are written with the column lists
// the rest of the archive uses, but keep what the generic save would
// reset: the creator, the other archive's last editor, the recycle-bin
// state, and a version that never goes back. Each record still passes its
// type's checks, so a record the archive's rules refuse stops the whole
// merge. One audit line records the merge.
func (m *merger) apply(ctx context.Context, q, rq store.Tx, path string) (*Result, error) {
	name := filepath.Base(path)
	now, actor := m.s.Now(), m.s.Actor.Name()
	res := &Result{Tables: m.counts()}
	for _, t := range mergeTables {
		var units []*store.Unit
		var todo []*mitem
		var ls, rs []*mrow
		for _, pass := range []mop{opTake, opAdd} {
			for _, it := range m.items[t.name] {
				if it.op == pass {
					todo, ls, rs = append(todo, it), append(ls, it.local), append(rs, it.remote)
				}
			}
		}
		if err := m.local.load(ctx, q, t, ls); err != nil {
			return nil, err
		}
		if err := m.remote.load(ctx, rq, t, rs); err != nil {
			return nil, err
		}
		for _, it := range todo {
			w, err := m.write(ctx, q, rq, it, now, actor)
			if err != nil {
				return nil, err
			}
			if u, ok := w.(*store.Unit); ok {
				units = append(units, u)
			}
		}
		if err := m.linkUnits(ctx, q, units); err != nil {
			return nil, err
		}
	}
	var rows []mbaseRow
	for _, t := range mergeTables {
		for _, it := range m.items[t.name] {
			if it.chosen && it.op == opTake {
				res.Theirs++
			} else if it.chosen {
				res.Mine++
			}
			l := m.local.byUID[t.name][it.uid]
			if l == nil || it.op == opMatched {
				continue
			}
			b := mbase{lv: l.version, rv: it.remote.version, lat: l.at, rat: it.remote.at}
			if old, ok := m.base[baseKey(t.name, it.uid)]; !ok || old != b {
				rows = append(rows, mbaseRow{t.name, it.uid, b})
			}
		}
	}
	if err := m.saveBase(ctx, q, rows); err != nil {
		return nil, err
	}
	_, err := q.ExecContext(ctx, `INSERT INTO merge_peers (peer_uid, name, path, merged_at, merged_by) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (peer_uid) DO UPDATE SET name = excluded.name, path = excluded.path, merged_at = excluded.merged_at, merged_by = excluded.merged_by`,
		m.remote.uid, name, path, store.FmtTime(now), actor)
	if err != nil {
		return nil, err
	}
	var changes []store.Change
	for _, c := range res.Tables {
		if c.Changes() > 0 {
			s := fmt.Sprintf("thêm %s, cập nhật %s", vntext.FormatInt(int64(c.Added)), vntext.FormatInt(int64(c.Updated)))
			if c.Parked > 0 {
				s += fmt.Sprintf(" (%s vào thùng rác vì trùng năm)", vntext.FormatInt(int64(c.Parked)))
			}
			changes = append(changes, store.Change{Field: c.Label, New: s})
		}
	}
	if res.Mine+res.Theirs > 0 {
		changes = append(changes, store.Change{Field: "Xung đột", New: fmt.Sprintf("giữ bản của kho này %d, lấy bản của kho kia %d", res.Mine, res.Theirs)})
	}
	tot := res.Total()
	label := fmt.Sprintf("Gộp kho “%s”: thêm %s, cập nhật %s bản ghi", name, vntext.FormatInt(int64(tot.Added)), vntext.FormatInt(int64(tot.Updated)))
	return res, store.Audit(ctx, q, m.s.Actor, now, "merge", store.ArchiveFile, 0, m.remote.uid, label, changes)
}

// write stores the other archive's version of it here and returns the
// record as stored.
func (m *merger) write(ctx context.Context, q, rq store.Tx, it *mitem, now time.Time, actor string) (store.Record, error) {
	t := it.t
	w := cloneRecord(it.remote.full)
	wm, rm := store.MetaOf(w), store.MetaOf(it.remote.full)
	if it.local == nil {
		wm.ID = 0
	} else {
		lm := store.MetaOf(it.local.full)
		wm.ID, wm.Version = lm.ID, max(lm.Version+1, rm.Version)
	}
	if it.park && !rm.Deleted() {
		wm.DeletedAt, wm.DeletedBy = now, actor
	}
	for _, f := range t.refs {
		p := refPtr(w, f.col)
		if *p == 0 {
			continue
		}
		id := m.local.id(f.table, m.ref(true, f.table, *p))
		if id == 0 && t.name != store.Units {
			return nil, m.refuse(t.name, it.remote, store.Errorf(store.EInvalid, "%s không có ở cả hai kho.", fieldLabel(t.name, f.col)))
		}
		*p = id // a unit not added yet is linked by linkUnits
	}
	locked := false
	switch x := w.(type) {
	case *store.CriteriaSet:
		for i := range x.Criteria {
			c := &x.Criteria[i]
			c.UID = m.critRef(true, c.ID)
			c.ID = m.local.critID[c.UID]
		}
	case *store.Evaluation:
		scores := map[int64]float64{}
		for id, p := range x.Scores {
			lid := m.local.critID[m.critRef(true, id)]
			if lid == 0 {
				return nil, m.refuse(t.name, it.remote, store.Errorf(store.EInvalid, "có điểm cho một tiêu chí không có ở cả hai kho."))
			}
			scores[lid] = p
		}
		x.Scores, locked = scores, x.Locked
	}
	store.Normalize(w)
	if err := m.check(ctx, q, t.name, w, it.remote); err != nil {
		return nil, err
	}
	if ev, ok := w.(*store.Evaluation); ok {
		ev.Locked = false // the scores go in first: a locked evaluation refuses them
	}
	if err := writeRow(ctx, q, t.name, w, it.local == nil); err != nil {
		return nil, m.refuse(t.name, it.remote, store.MapErr(err))
	}
	if err := m.writeChildren(ctx, q, rq, it, w, locked); err != nil {
		return nil, m.refuse(t.name, it.remote, store.MapErr(err))
	}
	m.local.put(t.name, w)
	return w, nil
}

// check runs the record type's own rules on a live record. Units are
// checked once linked; records of an entry in the recycle bin are not (the
// rules ask for a live entry).
func (m *merger) check(ctx context.Context, q store.Tx, table store.Table, w store.Record, remote *mrow) error {
	if store.MetaOf(w).Deleted() || table == store.Units {
		return nil
	}
	switch table {
	case store.Recognitions, store.Evaluations, store.Commendations, store.Attachments:
		if e := m.local.byID[store.Entries][*refPtr(w, "entry_id")]; e == nil || e.deleted {
			return nil
		}
	}
	ev, isEval := w.(*store.Evaluation)
	var keep store.Evaluation
	if isEval {
		keep = *ev
	}
	if err := store.Check(ctx, q, w); err != nil {
		return m.refuse(table, remote, err)
	}
	if isEval && keep.Locked {
		// A locked evaluation is final as signed: its total stays.
		ev.Total, ev.Conclusion, ev.Locked = keep.Total, keep.Conclusion, true
	}
	return nil
}

func (m *merger) refuse(table store.Table, r *mrow, err error) error {
	return &store.Error{Code: store.ErrorCode(err), Fields: store.FieldErrors(err), Err: err,
		Message: fmt.Sprintf("Không gộp được %s “%s” của kho kia: %s Kho chưa bị thay đổi gì.",
			strings.ToLower(table.Label()), m.remote.labelOf(table, r), store.LowerFirst(store.ErrorMessage(err)))}
}

// writeRow inserts or updates w's row with all its columns and bookkeeping.
func writeRow(ctx context.Context, q store.Tx, table store.Table, w store.Record, insert bool) error {
	wm := store.MetaOf(w)
	names := []string{"uid", "version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by"}
	args := []any{wm.UID, wm.Version, store.FmtTime(wm.CreatedAt), wm.CreatedBy, store.FmtTime(wm.UpdatedAt), wm.UpdatedBy, store.FmtTime(wm.DeletedAt), wm.DeletedBy}
	for _, c := range store.ColumnsOf(w) {
		names = append(names, c.Name)
		args = append(args, store.ColValue(c))
	}
	if insert {
		res, err := q.ExecContext(ctx, "INSERT INTO "+string(table)+" ("+strings.Join(names, ", ")+") VALUES (?"+strings.Repeat(", ?", len(names)-1)+")", args...)
		if err != nil {
			return err
		}
		wm.ID, err = res.LastInsertId()
		return err
	}
	var sets []string
	var vals []any
	for i, n := range names[1:] {
		if n != "created_at" && n != "created_by" { // the record was created here
			sets, vals = append(sets, n+" = ?"), append(vals, args[i+1])
		}
	}
	_, err := q.ExecContext(ctx, "UPDATE "+string(table)+" SET "+strings.Join(sets, ", ")+" WHERE id = ?", append(vals, wm.ID)...)
	return err
}

// writeChildren stores what belongs to the record and keeps derived data
// (the search index) in step.
func (m *merger) writeChildren(ctx context.Context, q, rq store.Tx, it *mitem, w store.Record, locked bool) error {
	switch x := w.(type) {
	case *store.Entry:
		if err := store.SaveChildren(ctx, q, x); err != nil {
			return err
		}
		return store.IndexEntry(ctx, q, x.ID)
	case *store.Unit:
		if it.local != nil {
			return store.ReindexWhere(ctx, q, "unit_id = ?", x.ID)
		}
	case *store.CriteriaSet:
		return m.saveCriteria(ctx, q, x)
	case *store.Evaluation:
		if err := store.SaveChildren(ctx, q, x); err != nil {
			return err
		}
		if locked {
			x.Locked = true
			_, err := q.ExecContext(ctx, "UPDATE evaluations SET locked = 1 WHERE id = ?", x.ID)
			return err
		}
	case *store.Attachment:
		if it.local != nil && it.local.full.(*store.Attachment).SHA256 == x.SHA256 {
			return nil
		}
		var data []byte
		if err := rq.QueryRowContext(ctx, "SELECT data FROM attachments WHERE id = ?", it.remote.id).Scan(&data); err != nil {
			return err
		}
		_, err := q.ExecContext(ctx, "UPDATE attachments SET data = ? WHERE id = ?", data, x.ID)
		return err
	}
	return nil
}
