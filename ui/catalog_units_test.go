package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// catTestDistrict returns a unit with sub-units (a district of the demo).
func catTestDistrict(t *testing.T, s *CatalogScreen) (*data.Unit, *data.Unit) {
	t.Helper()
	for _, u := range s.cat.Units {
		if kids := s.cat.Children(u.ID); len(kids) > 0 && u.ParentID == 0 && strings.Contains(u.Kind, "Huyện") {
			return u, kids[0]
		}
	}
	t.Fatal("no district with communes in the demo")
	return nil, nil
}

// catTestUsedUnit returns the unit of an entry.
func catTestUsedUnit(t *testing.T, ta *testApp) data.EntryRow {
	t.Helper()
	rows, _, err := ta.env.Archive().FindEntries(context.Background(), data.EntryFilter{})
	must(t, err)
	if len(rows) == 0 {
		t.Fatal("no entries")
	}
	return rows[0]
}

func TestCatalogAddUnitUnderDistrict(t *testing.T) {
	ta := newTestApp(t, 50)
	s := catalogOf(ta)
	u := s.Units
	district, commune := catTestDistrict(t, s)
	u.Select(district.ID)
	if u.Title.Text != district.Name || u.AddChildBtn.Disabled() {
		t.Fatalf("title %q", u.Title.Text)
	}
	test.Tap(u.AddChildBtn)
	if u.Parent.Selected() != district.ID || u.Kind.Text != commune.Kind || !strings.Contains(u.Title.Text, district.Name) {
		t.Fatalf("new sub-unit: parent %d kind %q title %q", u.Parent.Selected(), u.Kind.Text, u.Title.Text)
	}
	test.Type(u.Name, "Đảng ủy xã Thử Nghiệm")
	u.ValidFrom.SetText("1/7/2025")
	if !u.Dirty() || !ta.shell.Dirty() {
		t.Fatal("a filled form is not marked unsaved")
	}
	u.Save()
	if u.base.ID == 0 || u.Dirty() {
		t.Fatalf("not saved: %q", u.form.Notice.Text)
	}
	found := false
	for _, k := range s.cat.Children(district.ID) {
		if k.ID == u.base.ID && k.Name == "Đảng ủy xã Thử Nghiệm" && k.ValidFrom == "2025-07-01" {
			found = true
		}
	}
	if !found || !u.IsShown(u.base.ID) || !u.Tree.IsBranchOpen(catUnitUID(district.ID)) {
		t.Fatal("the new unit is not under its district in the tree")
	}
	if !strings.Contains(ta.shell.notes.Text, "Đã thêm đơn vị") {
		t.Fatalf("notice %q", ta.shell.notes.Text)
	}
	// The search (without diacritics) finds it too.
	test.Type(u.Search, "thu nghiem")
	if len(u.Matched()) != 1 || u.Matched()[0].ID != u.base.ID || u.side.Objects[0] != u.Matches {
		t.Fatalf("search found %d", len(u.Matched()))
	}
	// With diacritics, only that spelling: "thứ" is not "Thử".
	u.Search.SetText("xã thử")
	if len(u.Matched()) != 1 {
		t.Fatalf("%q found %d", u.Search.Text, len(u.Matched()))
	}
	u.Search.SetText("xã thứ")
	if len(u.Matched()) != 0 {
		t.Fatalf("%q found %d", u.Search.Text, len(u.Matched()))
	}
	u.Search.SetText("")
	if u.side.Objects[0] != u.Tree {
		t.Fatal("clearing the search does not bring the tree back")
	}
	// The other screens' catalogue has it (they reloaded).
	if ta.env.catalog.Unit(u.base.ID) == nil {
		t.Fatal("shared catalogue not reloaded")
	}
}

func TestCatalogRenameUnitFindsEntries(t *testing.T) {
	ta := newTestApp(t, 50)
	s := catalogOf(ta)
	row := catTestUsedUnit(t, ta)
	u := s.Units
	u.Select(row.UnitID)
	u.Name.SetText("Đảng ủy phường Hoa Sen Mới")
	u.Save()
	if u.Dirty() || u.form.notice.Visible() {
		t.Fatalf("rename failed: %q", u.form.Notice.Text)
	}
	rows, total, err := ta.env.Archive().FindEntries(context.Background(), data.EntryFilter{Text: "hoa sen moi"})
	must(t, err)
	has := false
	for _, r := range rows {
		has = has || r.ID == row.ID
	}
	if total == 0 || !has {
		t.Fatalf("searching the new name finds %d entries", total)
	}
}

func TestCatalogUnitParentCycleRefused(t *testing.T) {
	ta := newTestApp(t, 50)
	s := catalogOf(ta)
	district, commune := catTestDistrict(t, s)
	u := s.Units
	u.Select(district.ID)
	u.Parent.choose(commune.ID)
	u.Save()
	if msg := u.form.ErrorText("parent_id"); !strings.Contains(msg, "cấp dưới") {
		t.Fatalf("parent message %q", msg)
	}
	got, err := ta.env.Archive().GetUnit(context.Background(), district.ID)
	must(t, err)
	if got.ParentID != 0 || !u.Dirty() {
		t.Fatal("the cycle was stored or the form lost the change")
	}
	// A bad date shows beside its field.
	u.Parent.choose(0)
	u.ValidTo.SetText("31/02/2025")
	u.Save()
	if u.form.ErrorText("valid_to") == "" {
		t.Fatal("no message for an impossible date")
	}
}

func TestCatalogDeleteUnitInUseThenDeactivate(t *testing.T) {
	ta := newTestApp(t, 50)
	s := catalogOf(ta)
	row := catTestUsedUnit(t, ta)
	u := s.Units
	u.Select(row.UnitID)
	u.Delete()
	if len(ta.ask.asked) == 0 || ta.ask.asked[len(ta.ask.asked)-1] != "Xóa đơn vị?" {
		t.Fatalf("no confirmation: %v", ta.ask.asked)
	}
	if !u.form.notice.Visible() || !strings.Contains(u.form.Notice.Text, "ngừng sử dụng") {
		t.Fatalf("in-use message %q", u.form.Notice.Text)
	}
	if _, err := ta.env.Archive().GetUnit(context.Background(), row.UnitID); err != nil {
		t.Fatal("a unit in use was deleted")
	}
	if !strings.Contains(u.Usage.Text, "Mô hình, điển hình") {
		t.Fatalf("usage %q", u.Usage.Text)
	}
	// Deactivating keeps it, marked in the tree.
	test.Tap(u.DeactBtn)
	got, err := ta.env.Archive().GetUnit(context.Background(), row.UnitID)
	must(t, err)
	if got.Active || u.Active.Checked || u.DeactBtn.Text != "Dùng lại" {
		t.Fatal("not deactivated")
	}
	cell := widget.NewLabel("")
	catUnitCell(cell, s.cat.Unit(row.UnitID), "")
	if !strings.Contains(cell.Text, "(ngừng sử dụng)") || cell.Importance != widget.LowImportance {
		t.Fatalf("tree label %q", cell.Text)
	}
	// A unit nothing uses can be deleted.
	u.Add(0)
	u.Name.SetText("Đơn vị tạm")
	u.Save()
	id := u.base.ID
	u.Delete()
	if _, err := ta.env.Archive().GetUnit(context.Background(), id); data.ErrorCode(err) != data.ENotFound {
		t.Fatalf("unused unit not deleted: %v", err)
	}
	if s.cat.Unit(id) != nil || u.base.ID != 0 {
		t.Fatal("deleted unit still shown")
	}
}

func TestCatalogUnitConflictShowsTheirs(t *testing.T) {
	ta := newTestApp(t, 20)
	s := catalogOf(ta)
	u := s.Units
	district, _ := catTestDistrict(t, s)
	u.Select(district.ID)
	other := ta.other(t)
	theirs, err := other.GetUnit(context.Background(), district.ID)
	must(t, err)
	theirs.Name = "Huyện ủy Đổi Tên"
	must(t, other.SaveUnit(context.Background(), theirs))
	u.Kind.SetText("Loại mới của tôi")
	u.Save()
	if !strings.Contains(u.form.Notice.Text, "Nguyễn Văn Hùng") || u.Name.Text != "Huyện ủy Đổi Tên" || u.Dirty() {
		t.Fatalf("conflict: notice %q, name %q", u.form.Notice.Text, u.Name.Text)
	}
}
