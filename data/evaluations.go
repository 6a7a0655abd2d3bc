package data

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
	Date       string // "YYYY-MM-DD"
	Comments   string
	Locked     bool
}

func (e *Evaluation) table() string { return "evaluations" }
func (e *Evaluation) label() string { return fmt.Sprintf("Đánh giá năm %d", e.Year) }
func (e *Evaluation) columns() []column {
	return []column{
		{name: "entry_id", ptr: &e.EntryID}, {name: "year", ptr: &e.Year}, {name: "set_id", ptr: &e.SetID},
		{name: "total", ptr: &e.Total}, {name: "conclusion", ptr: &e.Conclusion}, {name: "evaluator", ptr: &e.Evaluator},
		{name: "eval_date", ptr: &e.Date}, {name: "comments", ptr: &e.Comments}, {name: "locked", ptr: &e.Locked},
	}
}

func (e *Evaluation) loadChildren(ctx context.Context, q dbtx) error {
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

func (e *Evaluation) childChanges(ctx context.Context, q dbtx) ([]Change, error) {
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

func (e *Evaluation) saveChildren(ctx context.Context, q dbtx) error {
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

// SaveEvaluation stores an evaluation with its scores, computing the total
// and the conclusion from the criteria set. A locked evaluation is refused
// with ELocked; other errors as SaveEntry.
func (a *Archive) SaveEvaluation(ctx context.Context, e *Evaluation) error { return save(ctx, a, e) }

func (e *Evaluation) normalize() {
	e.Evaluator, e.Comments, e.Date = vntext.Clean(e.Evaluator), vntext.CleanText(e.Comments), vntext.Clean(e.Date)
}

func (e *Evaluation) check(ctx context.Context, a *Archive, q dbtx) error {
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
	if !validDate(e.Date) {
		v.add("eval_date", "Ngày đánh giá không hợp lệ.")
	}
	set := &CriteriaSet{}
	if e.SetID == 0 {
		v.add("set_id", "Hãy chọn bộ tiêu chí.")
	} else if err := loadRecord(ctx, q, set, e.SetID); err != nil {
		v.add("set_id", "Bộ tiêu chí đã chọn không còn trong kho.")
	} else {
		e.score(set, &v)
	}
	uniqueYear(ctx, q, &v, "evaluations", e.ID, e.EntryID, e.Year, "phiếu đánh giá")
	return v.err()
}

// GetEvaluation returns an evaluation with its scores.
func (a *Archive) GetEvaluation(ctx context.Context, id int64) (*Evaluation, error) {
	return get[Evaluation](ctx, a, id)
}

// EntryEvaluations returns an entry's live evaluations with their scores,
// newest year first.
func (a *Archive) EntryEvaluations(ctx context.Context, entryID int64) ([]*Evaluation, error) {
	var out []*Evaluation
	err := a.read(ctx, func(q dbtx) error {
		var err error
		out, err = loadRecords(ctx, q, func() *Evaluation { return new(Evaluation) },
			"WHERE entry_id = ? AND deleted_at = '' ORDER BY year DESC", entryID)
		if err != nil {
			return err
		}
		for _, e := range out {
			if err := e.loadChildren(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// LockEvaluation makes an evaluation final. The archive refuses any later
// change to it, in this program and in any other. Errors: ENotFound,
// EConflict when it changed since it was loaded (version), EReadOnly.
func (a *Archive) LockEvaluation(ctx context.Context, id, version int64) error {
	return a.write(ctx, func(q dbtx) error {
		cur := &Evaluation{}
		if err := loadRecord(ctx, q, cur, id); err != nil {
			return err
		}
		if cur.Locked {
			return nil
		}
		if cur.Version != version {
			return &ConflictError{Table: "evaluations", Mine: nil, Theirs: cur}
		}
		upd := *cur
		upd.Locked = true
		_, err := a.updateRecord(ctx, q, &upd, &Evaluation{})
		return err
	})
}
