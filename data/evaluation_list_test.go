package data_test

import (
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// scoringSet saves a three-criterion set (100 points) for phase2.
func scoringSet(t *testing.T, fx *fixture) *data.CriteriaSet {
	t.Helper()
	set := &data.CriteriaSet{PhaseID: fx.phase2.ID, Name: "Tiêu chí 2021–2025",
		Criteria: []data.Criterion{
			{Group: "I", Name: "Tính pháp lý", MaxPoints: 20},
			{Group: "II", Name: "Cách làm", MaxPoints: 30},
			{Group: "III", Name: "Hiệu quả", MaxPoints: 50},
		},
		Thresholds: []data.Threshold{{Conclusion: "Xuất sắc", MinPoints: 90}, {Conclusion: "Đạt", MinPoints: 50}, {Conclusion: "Không đạt", MinPoints: 0}},
	}
	must(t, fx.a.SaveCriteriaSet(ctx, set))
	return set
}

func evalNames(rows []data.EvaluationRow) string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Entry)
	}
	return strings.Join(out, "|")
}

func TestFindEvaluations(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	set := scoringSet(t, fx)
	c := set.Criteria
	score := func(e *data.Entry, year int, a1, a2, a3 float64) *data.Evaluation {
		ev := &data.Evaluation{EntryID: e.ID, Year: year, SetID: set.ID, Evaluator: "Trần Minh Tâm", Date: "2023-12-05",
			Scores: map[int64]float64{c[0].ID: a1, c[1].ID: a2, c[2].ID: a3}}
		must(t, a.SaveEvaluation(ctx, ev))
		return ev
	}
	e1 := fx.entry(t, "Đường hoa nông thôn mới")
	e2 := fx.entry(t, "Dân vận khéo trong cải cách hành chính", func(e *data.Entry) { e.UnitID = fx.dept.ID })
	e3 := fx.entry(t, "Ấp văn hóa kiểu mẫu", func(e *data.Entry) { e.UnitID = fx.commune2.ID })
	gone := fx.entry(t, "Mô hình đã xóa")
	score(e1, 2023, 18, 27.5, 45)
	v2 := score(e2, 2023, 10, 20, 30)
	score(e3, 2023, 15, 15, 15)
	score(e1, 2024, 20, 30, 50)
	score(gone, 2023, 1, 1, 1)
	must(t, a.Delete(ctx, "entries", gone.ID))
	must(t, a.LockEvaluation(ctx, v2.ID, v2.Version))

	rows, total, err := a.FindEvaluations(ctx, data.EvaluationFilter{Year: 2023})
	must(t, err)
	// Vietnamese order: "Ấp" before "Dân" before "Đường"; the deleted entry's evaluation is left out.
	if total != 3 || evalNames(rows) != "Ấp văn hóa kiểu mẫu|Dân vận khéo trong cải cách hành chính|Đường hoa nông thôn mới" {
		t.Fatalf("total %d rows %s", total, evalNames(rows))
	}
	r := rows[2]
	if r.Total != 90.5 || r.Conclusion != "Xuất sắc" || r.Unit != fx.commune1.Name || r.Evaluator != "Trần Minh Tâm" ||
		r.Date != "2023-12-05" || r.Locked || r.EntryID != e1.ID || r.Year != 2023 || r.SetID != set.ID || r.Kind != data.KindModel {
		t.Fatalf("row %+v", r)
	}
	if !rows[1].Locked {
		t.Fatal("locked evaluation not marked")
	}

	cases := []struct {
		f    data.EvaluationFilter
		want string
		n    int
	}{
		{data.EvaluationFilter{Year: 2023, Sort: data.SortEvalTotal, Desc: true}, "Đường hoa nông thôn mới|Dân vận khéo trong cải cách hành chính|Ấp văn hóa kiểu mẫu", 3},
		{data.EvaluationFilter{Year: 2023, Text: "duong hoa"}, "Đường hoa nông thôn mới", 1},
		{data.EvaluationFilter{Year: 2023, Locked: data.Yes}, "Dân vận khéo trong cải cách hành chính", 1},
		{data.EvaluationFilter{Year: 2023, Locked: data.No}, "Ấp văn hóa kiểu mẫu|Đường hoa nông thôn mới", 2},
		{data.EvaluationFilter{Year: 2023, UnitID: fx.district.ID}, "Ấp văn hóa kiểu mẫu|Đường hoa nông thôn mới", 2},
		{data.EvaluationFilter{EntryID: e1.ID}, "Đường hoa nông thôn mới|Đường hoa nông thôn mới", 2},
		{data.EvaluationFilter{Year: 2023, EntryIDs: []int64{e1.ID, e3.ID, gone.ID}}, "Ấp văn hóa kiểu mẫu|Đường hoa nông thôn mới", 2},
		{data.EvaluationFilter{Year: 2023, Limit: 1, Offset: 1}, "Dân vận khéo trong cải cách hành chính", 3},
		{data.EvaluationFilter{Year: 2025}, "", 0},
		{data.EvaluationFilter{Year: 2023, Offset: 2}, "Đường hoa nông thôn mới", 3},
	}
	for _, c := range cases {
		rows, total, err := a.FindEvaluations(ctx, c.f)
		must(t, err)
		if total != c.n || evalNames(rows) != c.want {
			t.Errorf("%+v: total %d rows %s, want %d %s", c.f, total, evalNames(rows), c.n, c.want)
		}
	}
}
