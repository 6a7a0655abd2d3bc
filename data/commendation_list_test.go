package data_test

import (
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

func comNames(rows []data.CommendationRow) string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Entry)
	}
	return strings.Join(out, "|")
}

func TestFindCommendationsAndRefuse(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e1 := fx.entry(t, "Đường hoa nông thôn mới")
	e2 := fx.entry(t, "Dân vận khéo trong cải cách hành chính", func(e *data.Entry) { e.UnitID = fx.dept.ID })
	e3 := fx.entry(t, "Ấp văn hóa kiểu mẫu", func(e *data.Entry) { e.UnitID = fx.commune2.ID })
	const citation = "Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025"
	props, err := a.ProposeCommendations(ctx, []int64{e1.ID, e2.ID, e3.ID}, 2025, fx.forms[0].ID, citation)
	must(t, err)
	old := &data.Commendation{EntryID: e1.ID, Year: 2023, FormID: fx.forms[1].ID, Status: data.AwardGranted,
		DecisionNo: "125/QĐ-UBND", DecisionDate: "2023-12-20"}
	must(t, a.SaveCommendation(ctx, old))

	rows, total, err := a.FindCommendations(ctx, data.CommendationFilter{Status: data.AwardProposed})
	must(t, err)
	if total != 3 || comNames(rows) != "Ấp văn hóa kiểu mẫu|Dân vận khéo trong cải cách hành chính|Đường hoa nông thôn mới" {
		t.Fatalf("total %d rows %s", total, comNames(rows))
	}
	r := rows[0]
	if r.EntryID != e3.ID || r.Unit != fx.commune2.Name || r.Form != fx.forms[0].Name || r.Status != data.AwardProposed ||
		r.Year != 2025 || r.Citation != citation || r.Kind != data.KindModel || r.FormID != fx.forms[0].ID {
		t.Fatalf("row %+v", r)
	}

	cases := []struct {
		f    data.CommendationFilter
		want string
		n    int
	}{
		// Newest year first.
		{data.CommendationFilter{Text: "duong hoa"}, "Đường hoa nông thôn mới|Đường hoa nông thôn mới", 2},
		{data.CommendationFilter{Year: 2023}, "Đường hoa nông thôn mới", 1},
		{data.CommendationFilter{FormID: fx.forms[1].ID}, "Đường hoa nông thôn mới", 1},
		{data.CommendationFilter{Status: data.AwardGranted}, "Đường hoa nông thôn mới", 1},
		{data.CommendationFilter{UnitID: fx.district.ID, Status: data.AwardProposed}, "Ấp văn hóa kiểu mẫu|Đường hoa nông thôn mới", 2},
		{data.CommendationFilter{Year: 2025, Limit: 2, Offset: 2}, "Đường hoa nông thôn mới", 3},
	}
	for _, c := range cases {
		rows, total, err := a.FindCommendations(ctx, c.f)
		must(t, err)
		if total != c.n || comNames(rows) != c.want {
			t.Errorf("%+v: total %d rows %s, want %d %s", c.f, total, comNames(rows), c.n, c.want)
		}
	}
	if rows, _, _ := a.FindCommendations(ctx, data.CommendationFilter{Status: data.AwardGranted}); rows[0].DecisionNo != "125/QĐ-UBND" || rows[0].DecisionDate != "2023-12-20" {
		t.Fatalf("decision %+v", rows[0])
	}

	// Refusing is all or none: an unknown ID leaves the others proposed.
	wantCode(t, a.RefuseCommendations(ctx, []int64{props[0].ID, 999999}), data.ENotFound)
	if _, n, _ := a.FindCommendations(ctx, data.CommendationFilter{Status: data.AwardProposed}); n != 3 {
		t.Fatalf("%d proposed after a failed refusal", n)
	}
	must(t, a.RefuseCommendations(ctx, []int64{props[0].ID, props[1].ID}))
	rows, _, err = a.FindCommendations(ctx, data.CommendationFilter{Status: data.AwardRefused})
	must(t, err)
	if comNames(rows) != "Dân vận khéo trong cải cách hành chính|Đường hoa nông thôn mới" {
		t.Fatalf("refused %s", comNames(rows))
	}
	coms, err := a.EntryCommendations(ctx, e1.ID)
	must(t, err)
	var got *data.Commendation
	for _, c := range coms {
		if c.ID == props[0].ID {
			got = c
		}
	}
	if got == nil || got.Status != data.AwardRefused || got.Version != props[0].Version+1 {
		t.Fatalf("stored %+v", got)
	}
	// A deleted entry's commendations leave the lists.
	must(t, a.Delete(ctx, "entries", e3.ID))
	if _, n, _ := a.FindCommendations(ctx, data.CommendationFilter{Status: data.AwardProposed}); n != 0 {
		t.Fatalf("%d proposed after deleting the entry", n)
	}
	// A read-only archive refuses.
	ro, err := data.Open(ctx, a.Path(), data.Options{ReadOnly: true, BackupDir: tempDir(t)})
	must(t, err)
	defer ro.Close()
	wantCode(t, ro.RefuseCommendations(ctx, []int64{props[2].ID}), data.EReadOnly)
}
