package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// Criterion is one scored criterion of a set.
type Criterion struct {
	ID        int64
	UID       string
	Group     string // criteria group heading, e.g. "I. Tính hiệu quả"
	Name      string
	MaxPoints float64
	Position  int
}

// Threshold turns a total into a conclusion: the highest threshold whose
// MinPoints the total reaches gives the conclusion.
type Threshold struct {
	ID         int64
	UID        string
	Conclusion string // e.g. "Xuất sắc", "Tốt", "Đạt", "Không đạt"
	MinPoints  float64
}

// CriteriaSet is the scoring grid of a phase. Provinces set their own
// criteria, maximum points and thresholds, so all of it is data.
type CriteriaSet struct {
	Meta
	PhaseID    int64
	Name       string
	Criteria   []Criterion // in Position order
	Thresholds []Threshold // any order; Conclude sorts
}

func (s *CriteriaSet) table() Table  { return CriteriaSets }
func (s *CriteriaSet) label() string { return s.Name }
func (s *CriteriaSet) columns() []Column {
	return []Column{{Name: "phase_id", Ptr: &s.PhaseID}, {Name: "name", Ptr: &s.Name}}
}

// MaxTotal is the sum of the criteria's maximum points.
func (s *CriteriaSet) MaxTotal() float64 {
	var t float64
	for _, c := range s.Criteria {
		t += c.MaxPoints
	}
	return t
}

// Conclude returns the conclusion a total earns, or "" below every threshold.
func (s *CriteriaSet) Conclude(total float64) string {
	for _, t := range s.Descending() {
		if total+1e-9 >= t.MinPoints {
			return t.Conclusion
		}
	}
	return ""
}

// Descending lists the set's thresholds from the highest, the order in which
// a total is concluded and in which sheets explain them.
func (s *CriteriaSet) Descending() []Threshold {
	ts := append([]Threshold(nil), s.Thresholds...)
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].MinPoints > ts[j].MinPoints })
	return ts
}

func (s *CriteriaSet) loadChildren(ctx context.Context, q Tx) error {
	s.Criteria, s.Thresholds = nil, nil
	rows, err := q.QueryContext(ctx, "SELECT id, uid, grp, name, max_points, position FROM criteria WHERE set_id = ? ORDER BY position, id", s.ID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var c Criterion
		if err := rows.Scan(&c.ID, &c.UID, &c.Group, &c.Name, &c.MaxPoints, &c.Position); err != nil {
			rows.Close()
			return err
		}
		s.Criteria = append(s.Criteria, c)
	}
	rows.Close()
	rows, err = q.QueryContext(ctx, "SELECT id, uid, conclusion, min_points FROM thresholds WHERE set_id = ? ORDER BY min_points DESC", s.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var t Threshold
		if err := rows.Scan(&t.ID, &t.UID, &t.Conclusion, &t.MinPoints); err != nil {
			return err
		}
		s.Thresholds = append(s.Thresholds, t)
	}
	return rows.Err()
}

// gridText renders the criteria and thresholds for the audit log.
func (s *CriteriaSet) gridText() (string, string) {
	var c, t []string
	for _, x := range s.Criteria {
		c = append(c, fmt.Sprintf("%s%s (%s điểm)", prefixed(x.Group), x.Name, vntext.FormatScore(x.MaxPoints)))
	}
	for _, x := range s.Thresholds {
		t = append(t, fmt.Sprintf("%s: từ %s điểm", x.Conclusion, vntext.FormatScore(x.MinPoints)))
	}
	return strings.Join(c, "; "), strings.Join(t, "; ")
}

func prefixed(g string) string {
	if g == "" {
		return ""
	}
	return g + " – "
}

func (s *CriteriaSet) childChanges(ctx context.Context, q Tx) ([]Change, error) {
	old := &CriteriaSet{Meta: Meta{ID: s.ID}}
	if s.ID != 0 {
		if err := old.loadChildren(ctx, q); err != nil {
			return nil, err
		}
	}
	oc, ot := old.gridText()
	nc, nt := s.gridText()
	var ch []Change
	if oc != nc {
		ch = append(ch, Change{Field: "criteria", Old: oc, New: nc})
	}
	if ot != nt {
		ch = append(ch, Change{Field: "thresholds", Old: ot, New: nt})
	}
	return ch, nil
}

// saveChildren updates criteria in place (scores refer to them), inserts new
// ones and deletes removed ones; a criterion already scored cannot be
// removed. Thresholds are replaced.
func (s *CriteriaSet) saveChildren(ctx context.Context, q Tx) error {
	keep := map[int64]bool{}
	for i := range s.Criteria {
		c := &s.Criteria[i]
		c.Position = i + 1
		if c.ID == 0 {
			c.UID = NewUID()
			res, err := q.ExecContext(ctx, "INSERT INTO criteria (uid, set_id, grp, name, max_points, position) VALUES (?, ?, ?, ?, ?, ?)",
				c.UID, s.ID, c.Group, c.Name, c.MaxPoints, c.Position)
			if err != nil {
				return err
			}
			c.ID, _ = res.LastInsertId()
		} else if _, err := q.ExecContext(ctx, "UPDATE criteria SET grp = ?, name = ?, max_points = ?, position = ? WHERE id = ? AND set_id = ?",
			c.Group, c.Name, c.MaxPoints, c.Position, c.ID, s.ID); err != nil {
			return err
		}
		keep[c.ID] = true
	}
	if err := DropCriteria(ctx, q, s.ID, keep, "Tiêu chí %q đã được dùng để chấm điểm nên không xóa được."); err != nil {
		return err
	}
	return s.replaceThresholds(ctx, q)
}

// DropCriteria deletes the criteria of set setID that keep does not hold.
// A criterion already scored cannot go: the error is inUse with its name.
func DropCriteria(ctx context.Context, q Tx, setID int64, keep map[int64]bool, inUse string) error {
	rows, err := q.QueryContext(ctx, "SELECT id, name FROM criteria WHERE set_id = ?", setID)
	if err != nil {
		return err
	}
	type gone struct {
		id   int64
		name string
	}
	var drop []gone
	for rows.Next() {
		var g gone
		if err := rows.Scan(&g.id, &g.name); err != nil {
			rows.Close()
			return err
		}
		if !keep[g.id] {
			drop = append(drop, g)
		}
	}
	rows.Close()
	for _, g := range drop {
		if _, err := q.ExecContext(ctx, "DELETE FROM criteria WHERE id = ?", g.id); err != nil {
			if ErrorCode(MapErr(err)) == EInUse {
				return &Error{Code: EInUse, Message: fmt.Sprintf(inUse, g.name), Err: err}
			}
			return err
		}
	}
	return nil
}

// replaceThresholds stores the set's thresholds in place of the stored
// ones, under new UIDs: nothing refers to them.
func (s *CriteriaSet) replaceThresholds(ctx context.Context, q Tx) error {
	if _, err := q.ExecContext(ctx, "DELETE FROM thresholds WHERE set_id = ?", s.ID); err != nil {
		return err
	}
	for i := range s.Thresholds {
		t := &s.Thresholds[i]
		t.UID = NewUID()
		res, err := q.ExecContext(ctx, "INSERT INTO thresholds (uid, set_id, conclusion, min_points) VALUES (?, ?, ?, ?)",
			t.UID, s.ID, t.Conclusion, t.MinPoints)
		if err != nil {
			return err
		}
		t.ID, _ = res.LastInsertId()
	}
	return nil
}

func (s *CriteriaSet) check(ctx context.Context, q Tx) error {
	var v validator
	v.required("name", "Tên bộ tiêu chí", s.Name)
	if s.PhaseID == 0 || !exists(ctx, q, Phases, s.PhaseID) {
		v.add("phase_id", "Hãy chọn giai đoạn của bộ tiêu chí.")
	}
	if len(s.Criteria) == 0 {
		v.add("criteria", "Bộ tiêu chí cần ít nhất một tiêu chí.")
	}
	for i, c := range s.Criteria {
		if c.Name == "" {
			v.add("criteria", "Tiêu chí thứ %d chưa có tên.", i+1)
		}
		if c.MaxPoints <= 0 || c.MaxPoints > 1000 {
			v.add("criteria", "Điểm tối đa của tiêu chí thứ %d phải lớn hơn 0 và không quá 1.000.", i+1)
		}
	}
	seen := map[string]bool{}
	for _, t := range s.Thresholds {
		if t.Conclusion == "" {
			v.add("thresholds", "Mỗi ngưỡng điểm cần có tên kết luận.")
		}
		if seen[t.Conclusion] {
			v.add("thresholds", "Kết luận %q bị lặp.", t.Conclusion)
		}
		seen[t.Conclusion] = true
		if t.MinPoints < 0 || t.MinPoints > s.MaxTotal() {
			v.add("thresholds", "Ngưỡng %q phải nằm trong khoảng 0 đến %s điểm.", t.Conclusion, vntext.FormatScore(s.MaxTotal()))
		}
	}
	return v.err()
}

func (s *CriteriaSet) normalize() {
	s.Name = vntext.Clean(s.Name)
	for i := range s.Criteria {
		s.Criteria[i].Name, s.Criteria[i].Group = vntext.Clean(s.Criteria[i].Name), vntext.Clean(s.Criteria[i].Group)
	}
	for i := range s.Thresholds {
		s.Thresholds[i].Conclusion = vntext.Clean(s.Thresholds[i].Conclusion)
	}
}

// GridText renders a set's criteria and thresholds as the audit log and a
// merge's conflicts show them.
func GridText(s *CriteriaSet) (criteria, thresholds string) { return s.gridText() }

// ReplaceThresholds stores the set's thresholds in place of the stored
// ones.
func ReplaceThresholds(ctx context.Context, q Tx, s *CriteriaSet) error {
	return s.replaceThresholds(ctx, q)
}
