package exchange_test

import (
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/exchange"
)

// TestImportNamesAsTyped: the units and the entries already stored are
// found by the search's rule for diacritics. A cell written with marks
// names that spelling only (the old tone placement aside), so "Tân Hóa" is
// not "Tân Hòa"; one written without marks names any spelling, and when
// two units share it the person chooses.
func TestImportNamesAsTyped(t *testing.T) {
	a := archive(t, 0)
	units, err := a.Units(ctx)
	must(t, err)
	var hoa *data.Unit
	for _, u := range units {
		if u.Name == "Đảng ủy xã Tân Hòa" {
			hoa = u
		}
	}
	if hoa == nil {
		t.Fatal("the demo has no Đảng ủy xã Tân Hòa")
	}
	hoa2 := &data.Unit{Name: "Đảng ủy xã Tân Hóa", Kind: hoa.Kind, ParentID: hoa.ParentID}
	must(t, a.SaveUnit(ctx, hoa2))
	stored := &data.Entry{Kind: data.KindModel, Name: "Xóm Thanh Hòa sạch đẹp", UnitID: hoa.ID, FieldID: 1, Year: 2024}
	must(t, a.SaveEntry(ctx, stored))

	b := workbook(t, [][]any{
		{"Tên mô hình", "Đơn vị", "Lĩnh vực", "Năm đăng ký"},
		{"Chợ sạch", "Đảng ủy xã Tân Hóa", "Kinh tế", 2024},
		{"Đường hoa", "Đảng ủy xã Tân Hoà", "Kinh tế", 2024}, // old tone placement: Tân Hòa
		{"Ngõ xanh", "Dang uy xa Tan Hoa", "Kinh tế", 2024},  // both: the person chooses
		{"Xóm Thanh Hóa sạch đẹp", "Đảng ủy xã Tân Hòa", "Kinh tế", 2024},
		{"Xom Thanh Hoa sach dep", "Đảng ủy xã Tân Hòa", "Kinh tế", 2024},
	})
	s, err := exchange.Read("ds.xlsx", b)
	must(t, err)
	p, err := exchange.PlanImport(ctx, a, s, exchange.Options{})
	must(t, err)
	want := []struct {
		fate exchange.Fate
		unit int64
	}{{exchange.FateNew, hoa2.ID}, {exchange.FateNew, hoa.ID}, {exchange.FateError, 0}, {exchange.FateNew, hoa.ID}, {exchange.FateDuplicate, hoa.ID}}
	if len(p.Rows) != len(want) {
		t.Fatalf("%d rows", len(p.Rows))
	}
	for i, w := range want {
		r := p.Rows[i]
		if r.Fate != w.fate || w.unit != 0 && r.Entry.UnitID != w.unit {
			t.Errorf("row %d %q: fate %v unit %d (%s), want %v unit %d", r.Row, r.Entry.Name, r.Fate, r.Entry.UnitID, r.Reason, w.fate, w.unit)
		}
	}
	if len(p.MissingUnits) != 1 || p.MissingUnits[0].Name != "Dang uy xa Tan Hoa" {
		t.Errorf("missing %+v", p.MissingUnits)
	}
}
