package data

import (
	"context"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// EvaluationSort orders the list of evaluations.
type EvaluationSort int

// Orders of the evaluation list. Names sort in Vietnamese alphabetical order.
const (
	SortEvalName  EvaluationSort = iota // by the entry's name
	SortEvalTotal                       // by total, then name
)

// EvaluationFilter selects evaluations for the year view of the scoring
// sheets. Zero fields match everything.
type EvaluationFilter struct {
	Year    int    // evaluated for this year
	Text    string // the entry matches these words, as EntryFilter.Text
	UnitID  int64  // the entry is run by this unit or one of its sub-units
	EntryID int64  // of this entry
	// EntryIDs, when not empty, keeps the evaluations of these entries (a
	// page of a list: a few hundred, not the whole archive).
	EntryIDs []int64
	Locked   Tri // locked (Yes) or still open (No)
	Sort     EvaluationSort
	Desc     bool
	// Rank puts the entries that match Text best first (as
	// EntryFilter.Rank), each group in Sort's order.
	Rank   bool
	Limit  int // 0 means all
	Offset int
}

// EvaluationRow is an evaluation as the list shows it, with its entry's name
// and unit.
type EvaluationRow struct {
	ID         int64
	EntryID    int64
	Entry      string // the entry's name
	Kind       Kind
	UnitID     int64
	Unit       string
	Year       int
	SetID      int64
	Total      float64
	Conclusion string
	Evaluator  string
	Date       Date
	Locked     bool
	Version    int64
}

// where renders the filter as SQL over "evaluations v JOIN entries e".
func (f EvaluationFilter) where() (string, []any) {
	w := []string{"v.deleted_at = ''", "e.deleted_at = ''"}
	var args []any
	if f.Year != 0 {
		w = append(w, "v.year = ?")
		args = append(args, f.Year)
	}
	w, args = entryConds(w, args, f.UnitID, f.Text)
	if f.EntryID != 0 {
		w = append(w, "v.entry_id = ?")
		args = append(args, f.EntryID)
	}
	if len(f.EntryIDs) > 0 {
		w = append(w, "v.entry_id IN (?"+strings.Repeat(", ?", len(f.EntryIDs)-1)+")")
		for _, id := range f.EntryIDs {
			args = append(args, id)
		}
	}
	switch f.Locked {
	case Yes:
		w = append(w, "v.locked <> 0")
	case No:
		w = append(w, "v.locked = 0")
	}
	return strings.Join(w, " AND "), args
}

func (f EvaluationFilter) orderBy() string {
	dir := ""
	if f.Desc {
		dir = " DESC"
	}
	keys := []string{"e.name_key", "e.id", "v.year"}
	if f.Sort == SortEvalTotal {
		keys = []string{"v.total", "e.name_key", "e.id", "v.year"}
	}
	return strings.Join(keys, dir+", ") + dir
}

// FindEvaluations returns one page of the evaluations f selects, in f's
// order (entries in Vietnamese name order by default), and how many match in
// all, read in one transaction so the two agree. Errors: ECanceled, EBusy,
// EIO as any read.
func (a *Archive) FindEvaluations(ctx context.Context, f EvaluationFilter) ([]EvaluationRow, int, error) {
	var out []EvaluationRow
	var total int
	err := a.read(ctx, func(q store.Tx) error {
		cond, args := f.where()
		ranked := f.Rank && !parseSearch(f.Text).empty()
		limit, offset := f.Limit, f.Offset
		if ranked {
			limit, offset = 0, 0 // every row, ranked below
		}
		var err error
		out, total, err = findPage(ctx, q, `v.id, v.entry_id, e.name, e.kind, e.unit_id, u.name, v.year, v.set_id,
			v.total, v.conclusion, v.evaluator, v.eval_date, v.locked, v.version`,
			" FROM evaluations v JOIN entries e ON e.id = v.entry_id JOIN units u ON u.id = e.unit_id WHERE "+cond,
			f.orderBy(), args, limit, offset, func(r *EvaluationRow) []any {
				return []any{&r.ID, &r.EntryID, &r.Entry, &r.Kind, &r.UnitID, &r.Unit, &r.Year, &r.SetID,
					&r.Total, &r.Conclusion, &r.Evaluator, &r.Date, &r.Locked, &r.Version}
			})
		if err == nil && ranked {
			out, total, err = rankedPage(ctx, q, f.Text, out, func(r *EvaluationRow) int64 { return r.EntryID }, f.Limit, f.Offset)
		}
		return err
	})
	return out, total, err
}
