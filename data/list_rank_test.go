package data_test

import (
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestRecordListsRank: the award and evaluation lists, searched with Rank,
// put the entries holding the words as a phrase first, like the entry
// list; without Rank they keep their order; paging applies to the ranked
// order.
func TestRecordListsRank(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	set := scoringSet(t, fx)
	dept := func(e *data.Entry) { e.UnitID = fx.dept.ID } // a unit without these words
	scattered := fx.entry(t, "Ấp hòa thuận ở Thanh Xuân", dept)
	phrase := fx.entry(t, "Xóm Thanh Hòa sạch đẹp", dept)
	_, err := a.ProposeCommendations(ctx, []int64{scattered.ID, phrase.ID}, 2025, fx.forms[0].ID, "Thành tích xuất sắc")
	must(t, err)
	for _, e := range []*data.Entry{scattered, phrase} {
		must(t, a.SaveEvaluation(ctx, &data.Evaluation{EntryID: e.ID, Year: 2023, SetID: set.ID, Evaluator: "Trần Minh Tâm",
			Date: "2023-12-05", Scores: map[int64]float64{set.Criteria[0].ID: 10}}))
	}
	const alphabetical, ranked = "Ấp hòa thuận ở Thanh Xuân|Xóm Thanh Hòa sạch đẹp", "Xóm Thanh Hòa sạch đẹp|Ấp hòa thuận ở Thanh Xuân"
	for _, c := range []struct {
		rank          bool
		limit, offset int
		want          string
	}{{false, 0, 0, alphabetical}, {true, 0, 0, ranked}, {true, 1, 1, "Ấp hòa thuận ở Thanh Xuân"}} {
		rows, total, err := a.FindCommendations(ctx, data.CommendationFilter{Text: "Thanh Hòa", Rank: c.rank, Limit: c.limit, Offset: c.offset})
		must(t, err)
		if got := comNames(rows); got != c.want || total != 2 {
			t.Errorf("commendations, rank %v, page %d+%d: %d %s, want %s", c.rank, c.offset, c.limit, total, got, c.want)
		}
		ev, total, err := a.FindEvaluations(ctx, data.EvaluationFilter{Text: "Thanh Hòa", Rank: c.rank, Limit: c.limit, Offset: c.offset})
		must(t, err)
		if got := evalNames(ev); got != c.want || total != 2 {
			t.Errorf("evaluations, rank %v, page %d+%d: %d %s, want %s", c.rank, c.offset, c.limit, total, got, c.want)
		}
	}
}
