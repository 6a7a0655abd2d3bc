package data_test

import (
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

func TestSearchIgnoresCaseDiacriticsAndOrder(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	fx.entry(t, "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới")
	fx.entry(t, "Tổ tự quản an ninh trật tự", func(e *data.Entry) { e.UnitID = fx.commune2.ID; e.Place = "ấp Bàu Ké" })
	fx.entry(t, "Điển hình cá nhân", func(e *data.Entry) {
		e.Kind, e.Person, e.UnitID = data.KindIndividual, "Nguyễn Thị Đào", fx.dept.ID
		e.Results = "Vận động 126 hộ hiến 12.500 m² đất làm đường"
	})
	// Decomposed text stored from another keyboard is found too.
	fx.entry(t, "Chi bo\u0302\u0323 a\u0302\u0301p Đồng Tiến")
	cases := []struct {
		q    string
		want []string
	}{
		{"dan van kheo", []string{"Mô hình “Dân vận khéo” trong xây dựng nông thôn mới"}},
		{"DÂN VẬN KHÉO", []string{"Mô hình “Dân vận khéo” trong xây dựng nông thôn mới"}},
		{"kheo dan", []string{"Mô hình “Dân vận khéo” trong xây dựng nông thôn mới"}},
		{"nong tho", []string{"Mô hình “Dân vận khéo” trong xây dựng nông thôn mới"}},
		{"dang uy phu loc", []string{"Tổ tự quản an ninh trật tự"}}, // the unit's name
		{"bau ke", []string{"Tổ tự quản an ninh trật tự"}},          // the place
		{"dao", []string{"Điển hình cá nhân"}},                      // the person
		{"hien dat", []string{"Điển hình cá nhân"}},                 // the content
		{"12.500", []string{"Điển hình cá nhân"}},
		{"ap dong tien", []string{"Chi bộ ấp Đồng Tiến"}},
		{"đồng tiến", []string{"Chi bộ ấp Đồng Tiến"}},
		{"kheo xyz", nil},
		{"  ", []string{"Chi bộ ấp Đồng Tiến", "Điển hình cá nhân", "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới", "Tổ tự quản an ninh trật tự"}},
		{`"*) OR (`, nil},
	}
	for _, c := range cases {
		rows, total, err := a.FindEntries(ctx, data.EntryFilter{Text: c.q})
		if err != nil {
			t.Fatalf("%q: %v", c.q, err)
		}
		if got := names(rows); total != len(c.want) || strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("search %q: got %q (total %d), want %q", c.q, got, total, c.want)
		}
	}
}

func TestListOrderIsVietnamese(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	for _, n := range []string{"Đông Hòa", "Dương Minh Châu", "Zô", "Ấp Ân Phú", "An Bình", "Ăn ở sạch", "“Bắc” cầu", "Ơn nghĩa", "Ông Tư", "Ung dung", "Ưng thuận"} {
		fx.entry(t, n)
	}
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	want := "An Bình|Ăn ở sạch|Ấp Ân Phú|“Bắc” cầu|Dương Minh Châu|Đông Hòa|Ông Tư|Ơn nghĩa|Ung dung|Ưng thuận|Zô"
	if got := strings.Join(names(rows), "|"); got != want {
		t.Fatalf("order\n got %s\nwant %s", got, want)
	}
	rows, _, err = a.FindEntries(ctx, data.EntryFilter{Desc: true, Limit: 2})
	must(t, err)
	if strings.Join(names(rows), "|") != "Zô|Ưng thuận" {
		t.Fatalf("descending %v", names(rows))
	}
}

func TestFiltersAndPaging(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e1 := fx.entry(t, "A – xã Tân Hòa, kinh tế, 2017", func(e *data.Entry) { e.Year = 2017 })
	e2 := fx.entry(t, "B – xã Phú Lộc, văn hóa", func(e *data.Entry) { e.UnitID = fx.commune2.ID; e.FieldID = fx.fields[1].ID })
	e3 := fx.entry(t, "C – huyện, cá nhân", func(e *data.Entry) {
		e.UnitID, e.Kind, e.Person = fx.district.ID, data.KindIndividual, "Lê Văn Tám"
	})
	e4 := fx.entry(t, "D – hội nông dân, 2021–2025", func(e *data.Entry) { e.UnitID, e.PhaseID, e.Year = fx.dept.ID, fx.phase2.ID, 2022 })
	must(t, a.SaveRecognition(ctx, &data.Recognition{EntryID: e1.ID, Year: 2019, Status: data.RecOutstanding, LevelID: fx.levels[2].ID}))
	must(t, a.SaveRecognition(ctx, &data.Recognition{EntryID: e2.ID, Year: 2019, Status: data.RecRecognised, LevelID: fx.levels[0].ID}))
	must(t, a.SaveRecognition(ctx, &data.Recognition{EntryID: e2.ID, Year: 2020, Status: data.RecDropped}))
	must(t, a.SaveRecognition(ctx, &data.Recognition{EntryID: e3.ID, Year: 2020, Status: data.RecNotRecognised}))

	check := func(name string, f data.EntryFilter, want ...*data.Entry) {
		t.Helper()
		rows, total, err := a.FindEntries(ctx, f)
		must(t, err)
		var got, exp []string
		for _, r := range rows {
			got = append(got, r.Name)
		}
		for _, e := range want {
			exp = append(exp, e.Name)
		}
		if total != len(want) || strings.Join(got, "|") != strings.Join(exp, "|") {
			t.Errorf("%s: got %v (%d), want %v", name, got, total, exp)
		}
	}
	check("phase", data.EntryFilter{PhaseID: fx.phase1.ID}, e1, e2, e3)
	check("year", data.EntryFilter{Year: 2017}, e1)
	check("district with its communes", data.EntryFilter{UnitID: fx.district.ID}, e1, e2, e3)
	check("one commune", data.EntryFilter{UnitID: fx.commune2.ID}, e2)
	check("field", data.EntryFilter{FieldID: fx.fields[1].ID}, e2)
	check("kind", data.EntryFilter{Kind: data.KindIndividual}, e3)
	check("recognised in 2019", data.EntryFilter{RecYear: 2019, RecStatuses: []data.RecStatus{data.RecRecognised, data.RecOutstanding}}, e1, e2)
	check("outstanding", data.EntryFilter{RecStatuses: []data.RecStatus{data.RecOutstanding}}, e1)
	check("province level", data.EntryFilter{RecLevelID: fx.levels[2].ID}, e1)
	check("dropped in 2020", data.EntryFilter{RecYear: 2020, RecStatuses: []data.RecStatus{data.RecDropped}}, e2)
	check("combined", data.EntryFilter{UnitID: fx.district.ID, RecYear: 2020}, e2, e3)
	check("by unit", data.EntryFilter{Sort: data.SortUnit}, e2, e1, e4, e3)
	check("by year", data.EntryFilter{Sort: data.SortYear}, e1, e2, e3, e4)

	rows, total, err := a.FindEntries(ctx, data.EntryFilter{Limit: 2, Offset: 2})
	must(t, err)
	if total != 4 || len(rows) != 2 || rows[0].Name != e3.Name {
		t.Fatalf("page 2: %v of %d", names(rows), total)
	}
	// The row shows the latest recognition, or the filter's year.
	rows, _, err = a.FindEntries(ctx, data.EntryFilter{Text: "phu loc"})
	must(t, err)
	if rows[0].RecStatus != data.RecDropped || rows[0].RecYear != 2020 {
		t.Fatalf("latest recognition %+v", rows[0])
	}
	rows, _, err = a.FindEntries(ctx, data.EntryFilter{Text: "phu loc", RecYear: 2019})
	must(t, err)
	if rows[0].RecStatus != data.RecRecognised || rows[0].RecLevel != "Cấp cơ sở" {
		t.Fatalf("2019 recognition %+v", rows[0])
	}
}

func TestStats(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e1 := fx.entry(t, "1", func(e *data.Entry) { e.Year = 2017 })
	fx.entry(t, "2", func(e *data.Entry) { e.UnitID = fx.commune2.ID; e.FieldID = fx.fields[1].ID })
	fx.entry(t, "3", func(e *data.Entry) { e.UnitID = fx.district.ID; e.Kind = data.KindCollective })
	e4 := fx.entry(t, "4", func(e *data.Entry) { e.UnitID = fx.dept.ID; e.FieldID = fx.fields[3].ID })
	must(t, a.SaveRecognition(ctx, &data.Recognition{EntryID: e1.ID, Year: 2019, Status: data.RecOutstanding, LevelID: fx.levels[2].ID}))
	must(t, a.SaveRecognition(ctx, &data.Recognition{EntryID: e4.ID, Year: 2019, Status: data.RecRecognised, LevelID: fx.levels[0].ID}))
	cs, err := a.ProposeCommendations(ctx, []int64{e1.ID}, 2020, fx.forms[1].ID, "")
	must(t, err)
	must(t, a.GrantCommendations(ctx, []int64{cs[0].ID}, "12-QĐ/TU", "2020-12-01"))

	st, err := a.Stats(ctx, data.EntryFilter{})
	must(t, err)
	if st.Total != 4 || st.ByKind[0].N != 3 || st.ByKind[1].N != 1 || st.ByKind[2].N != 0 {
		t.Fatalf("by kind %+v", st.ByKind)
	}
	// Communes roll up into their district at the top level.
	if len(st.ByUnit) != 2 || st.ByUnit[0].Unit != "Hội Nông dân tỉnh" || st.ByUnit[1].Unit != "Huyện ủy Tân Lập" ||
		st.ByUnit[1].Total != 3 || st.ByUnit[1].ByField[0] != 2 || st.ByUnit[1].ByField[1] != 1 || st.ByUnit[0].ByField[3] != 1 {
		t.Fatalf("by unit %+v", st.ByUnit)
	}
	if st.Fields[0].N != 2 || st.Fields[1].N != 1 || st.Fields[3].N != 1 {
		t.Fatalf("fields %+v", st.Fields)
	}
	if len(st.ByYear) != 2 || st.ByYear[0].ID != 2017 || st.ByYear[1].N != 3 {
		t.Fatalf("years %+v", st.ByYear)
	}
	if st.Recognised(2019, data.RecRecognised, data.RecOutstanding) != 2 || st.Recognised(2019, data.RecOutstanding) != 1 {
		t.Fatalf("recognitions %+v", st.Recognitions)
	}
	if st.Commended(2020, data.AwardGranted) != 1 || st.Commendations[0].Form != fx.forms[1].Name {
		t.Fatalf("commendations %+v", st.Commendations)
	}
	// Under a district, its communes are the rows.
	st, err = a.Stats(ctx, data.EntryFilter{UnitID: fx.district.ID})
	must(t, err)
	if st.Total != 3 || len(st.ByUnit) != 3 || st.ByUnit[0].Unit != "Đảng ủy xã Phú Lộc" {
		t.Fatalf("district rows %+v", st.ByUnit)
	}
}

func TestChangedSeesOtherWriters(t *testing.T) {
	a, path := newArchive(t)
	b := openAgain(t, path, tester)
	changed, err := a.Changed(ctx)
	must(t, err)
	if changed {
		t.Fatal("changed before anything happened")
	}
	must(t, b.SaveField(ctx, &data.Field{Name: "Xây dựng nông thôn mới", Position: 5}))
	changed, err = a.Changed(ctx)
	must(t, err)
	if !changed {
		t.Fatal("another writer's commit was not noticed")
	}
	changed, err = a.Changed(ctx)
	must(t, err)
	if changed {
		t.Fatal("reported twice")
	}
}

func TestSearchIDsAgreeWithFindEntries(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	for _, n := range []string{"Dân vận khéo ở ấp 1", "Tổ tự quản", "Dân vận khéo ở ấp 2", "Chi hội phụ nữ"} {
		fx.entry(t, n)
	}
	ids, err := a.SearchIDs(ctx, "dan van")
	must(t, err)
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{Text: "dan van", Sort: data.SortUpdated})
	must(t, err)
	if len(ids) != 2 || len(rows) != 2 || ids[0] >= ids[1] {
		t.Fatalf("ids %v rows %v", ids, names(rows))
	}
	for _, r := range rows {
		if r.ID != ids[0] && r.ID != ids[1] {
			t.Fatalf("%d not in %v", r.ID, ids)
		}
	}
	if ids, err := a.SearchIDs(ctx, " – "); err != nil || ids != nil {
		t.Fatalf("no words: %v %v", ids, err)
	}
	if ids, err := a.SearchIDs(ctx, "khong co dau"); err != nil || ids == nil || len(ids) != 0 {
		t.Fatalf("no match: %v %v", ids, err)
	}
}
