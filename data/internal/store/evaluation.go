package store

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// Evaluation is an entry's score for a year against a criteria set. Total
// and Conclusion are computed from the scores when it is saved.
type Evaluation struct {
	Meta
	EntryID    int64
	Year       int
	SetID      int64
	Scores     map[int64]float64 // criterion ID → points awarded
	Total      float64
	Conclusion string
	Evaluator  string
	Date       Date
	Comments   string
	Locked     bool
}

func (e *Evaluation) table() Table  { return Evaluations }
func (e *Evaluation) label() string { return fmt.Sprintf("Đánh giá năm %d", e.Year) }
func (e *Evaluation) columns() []Column {
	return []Column{
		{Name: "entry_id", Ptr: &e.EntryID}, {Name: "year", Ptr: &e.Year}, {Name: "set_id", Ptr: &e.SetID},
		{Name: "total", Ptr: &e.Total}, {Name: "conclusion", Ptr: &e.Conclusion}, {Name: "evaluator", Ptr: &e.Evaluator},
		{Name: "eval_date", Ptr: &e.Date}, {Name: "comments", Ptr: &e.Comments}, {Name: "locked", Ptr: &e.Locked},
	}
}

func (e *Evaluation) loadChildren(ctx context.Context, q Tx) error {
	e.Scores = map[int64]float64{}
	rows, err := q.QueryContext(ctx, "SELECT criterion_id, points FROM evaluation_scores WHERE evaluation_id = ?", e.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var p float64
		if err := rows.Scan(&id, &p); err != nil {
			return err
		}
		e.Scores[id] = p
	}
	return rows.Err()
}

func (e *Evaluation) childChanges(ctx context.Context, q Tx) ([]Change, error) {
	old := &Evaluation{Meta: Meta{ID: e.ID}}
	if e.ID != 0 {
		if err := old.loadChildren(ctx, q); err != nil {
			return nil, err
		}
	}
	ids := map[int64]bool{}
	for id := range e.Scores {
		ids[id] = true
	}
	for id := range old.Scores {
		ids[id] = true
	}
	sorted := make([]int64, 0, len(ids))
	for id := range ids {
		sorted = append(sorted, id)
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	var ch []Change
	for _, id := range sorted {
		o, hadO := old.Scores[id]
		n, hasN := e.Scores[id]
		if hadO == hasN && o == n {
			continue
		}
		var name string
		q.QueryRowContext(ctx, "SELECT name FROM criteria WHERE id = ?", id).Scan(&name)
		c := Change{Field: "score:" + name}
		if hadO {
			c.Old = vntext.FormatScore(o)
		}
		if hasN {
			c.New = vntext.FormatScore(n)
		}
		ch = append(ch, c)
	}
	return ch, nil
}

func (e *Evaluation) saveChildren(ctx context.Context, q Tx) error {
	if _, err := q.ExecContext(ctx, "DELETE FROM evaluation_scores WHERE evaluation_id = ?", e.ID); err != nil {
		return err
	}
	for id, p := range e.Scores {
		if _, err := q.ExecContext(ctx, "INSERT INTO evaluation_scores (evaluation_id, criterion_id, points) VALUES (?, ?, ?)", e.ID, id, p); err != nil {
			return err
		}
	}
	return nil
}

// score fills Total and Conclusion from the scores and the set, and checks
// every score against its criterion's maximum.
func (e *Evaluation) score(set *CriteriaSet, v *validator) {
	byID := map[int64]Criterion{}
	for _, c := range set.Criteria {
		byID[c.ID] = c
	}
	var total float64
	for id, p := range e.Scores {
		c, ok := byID[id]
		switch {
		case !ok:
			v.add("scores", "Có điểm cho một tiêu chí không thuộc bộ tiêu chí %q.", set.Name)
		case math.IsNaN(p) || p < 0 || p > c.MaxPoints+1e-9:
			v.add("scores", "Điểm của tiêu chí %q phải từ 0 đến %s.", c.Name, vntext.FormatScore(c.MaxPoints))
		}
		total += p
	}
	e.Total = math.Round(total*100) / 100
	e.Conclusion = set.Conclude(e.Total)
}

func (e *Evaluation) normalize() {
	e.Evaluator, e.Comments, e.Date = vntext.Clean(e.Evaluator), vntext.CleanText(e.Comments), Date(vntext.Clean(string(e.Date)))
}

func (e *Evaluation) check(ctx context.Context, q Tx) error {
	if e.ID != 0 {
		var locked bool
		if err := q.QueryRowContext(ctx, "SELECT locked FROM evaluations WHERE id = ?", e.ID).Scan(&locked); err != nil {
			return err
		}
		if locked {
			return &Error{Code: ELocked, Message: "Phiếu đánh giá đã khóa, không thể thay đổi."}
		}
	}
	// Locking is its own step (LockEvaluation), after the scores are in.
	e.Locked = false
	var v validator
	liveEntry(ctx, q, &v, e.EntryID)
	v.yearRange("year", "Năm đánh giá", e.Year, true)
	if !e.Date.Valid() {
		v.add("eval_date", "Ngày đánh giá không hợp lệ.")
	}
	set := &CriteriaSet{}
	if e.SetID == 0 {
		v.add("set_id", "Hãy chọn bộ tiêu chí.")
	} else if err := LoadRecord(ctx, q, set, e.SetID); err != nil {
		v.add("set_id", "Bộ tiêu chí đã chọn không còn trong kho.")
	} else {
		e.score(set, &v)
	}
	uniqueYear(ctx, q, &v, Evaluations, e.ID, e.EntryID, e.Year, "phiếu đánh giá")
	return v.err()
}
