package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

func entriesOf(ta *testApp) *Entries { return ta.screen(screenEntries).(*Entries) }

func TestEntriesListSearchAndFilter(t *testing.T) {
	ta := newTestApp(t, 120)
	s := entriesOf(ta)
	if len(s.Rows()) != 120 || s.Count.Text != "120 mô hình, điển hình" {
		t.Fatalf("%d rows, count %q", len(s.Rows()), s.Count.Text)
	}
	// The first row is drawn from the archive.
	r, ok := s.row(0)
	if !ok || r.cells[0] != "1" || r.cells[1] == "" || r.cells[3] == "" {
		t.Fatalf("row 0 %+v", r)
	}
	// Search as you type, without diacritics.
	test.Type(s.Search, "hien dat")
	n := len(s.Rows())
	if n == 0 || n == 120 {
		t.Fatalf("search kept %d rows", n)
	}
	for i := 0; i < min(n, 20); i++ {
		if _, ok := s.row(i); !ok {
			t.Fatalf("row %d not loaded", i)
		}
	}
	// The rows picked from the kept order are those the archive selects,
	// the best matches first.
	if !s.Filter.Rank || s.headers[1] != nil && strings.Contains(s.headers[1].Text, "▲") {
		t.Fatal("searching does not rank")
	}
	sameRows(t, ta, s)
	// A header click sorts by its column while the search stays.
	s.SortBy(data.SortYear)
	if s.Filter.Rank || len(s.Rows()) != n {
		t.Fatalf("header click while searching: rank %v, %d rows", s.Filter.Rank, len(s.Rows()))
	}
	sameRows(t, ta, s)
	s.Search.SetText("")
	if len(s.Rows()) != 120 || s.Filter.Rank {
		t.Fatalf("clearing the search shows %d", len(s.Rows()))
	}
	test.Type(s.Search, "hien dat")
	if !s.Filter.Rank {
		t.Fatal("a new search does not rank")
	}
	s.Search.SetText("")
	s.SortBy(data.SortName)
	// A filter: individual exemplars only.
	s.Kind.SetSelected(data.KindIndividual.Label())
	for i := range s.Rows() {
		r, _ := s.row(i)
		if r.cells[2] != data.KindIndividual.ShortLabel() {
			t.Fatalf("row %d is %q", i, r.cells[2])
		}
	}
	s.ClearFilters()
	if len(s.Rows()) != 120 || s.Kind.SelectedIndex() != 0 {
		t.Fatal("clearing filters")
	}
	// Sorting by year, then reversed.
	s.SortBy(data.SortYear)
	first, _ := s.row(0)
	s.SortBy(data.SortYear)
	last, _ := s.row(0)
	if first.cells[5] > last.cells[5] {
		t.Fatalf("years %s then %s", first.cells[5], last.cells[5])
	}
}

// sameRows checks that the list shows what the archive selects for its
// filter, in the same order.
func sameRows(t *testing.T, ta *testApp, s *Entries) {
	t.Helper()
	want, err := ta.env.Archive().EntryIDs(context.Background(), s.Filter)
	must(t, err)
	if len(want) != len(s.Rows()) {
		t.Fatalf("%d rows, archive says %d", len(s.Rows()), len(want))
	}
	for i := range want {
		if want[i] != s.Rows()[i] {
			t.Fatalf("row %d: %d, archive %d", i, s.Rows()[i], want[i])
		}
	}
}

func TestCreateEditDeleteEntry(t *testing.T) {
	ta := newTestApp(t, 30)
	s := entriesOf(ta)
	s.New()
	f := s.Form
	if f == nil {
		t.Fatal("no form")
	}
	// Saving an empty form shows the messages beside the fields.
	f.Save()
	if f.errs["name"].Text == "" || !f.errs["name"].Visible() || f.errs["unit_id"].Text == "" {
		t.Fatalf("name error %q, unit error %q", f.errs["name"].Text, f.errs["unit_id"].Text)
	}
	// Decomposed text typed with another keyboard is stored NFC.
	test.Type(f.Name, "Mo\u0302 hi\u0300nh thu\u031b\u0309 nghie\u0323\u0302m")
	f.Unit.choose(s.cat.Units[0].ID)
	f.Field.SetSelectedIndex(1)
	f.Year.SetText("2018")
	f.Phase.SetSelected("Giai đoạn 2016–2020")
	f.Texts["method"].SetText("Họp dân, bàn bạc dân chủ.")
	if !f.Dirty() || !ta.shell.Dirty() {
		t.Fatal("a filled form is not marked unsaved")
	}
	f.Save()
	if f.errs["name"].Visible() || f.entry.ID == 0 {
		t.Fatalf("save failed: %q", f.errs["name"].Text)
	}
	if f.Dirty() {
		t.Fatal("a saved form is still marked unsaved")
	}
	e, err := ta.env.Archive().GetEntry(context.Background(), f.entry.ID)
	must(t, err)
	if e.Name != "Mô hình thử nghiệm" || e.Method != "Họp dân, bàn bạc dân chủ." {
		t.Fatalf("stored %q / %q", e.Name, e.Method)
	}
	if len(s.Rows()) != 31 {
		t.Fatalf("list has %d rows after adding", len(s.Rows()))
	}
	// A recognition added from the form.
	ta.ask.onForm = func(title string, items []*widget.FormItem) {
		items[2].Widget.(*widget.Select).SetSelectedIndex(1) // a level
	}
	f.related.editRecognition(nil)
	if len(f.related.Recognitions) != 1 || f.related.Recognitions[0].Year != currentYear() {
		t.Fatalf("recognitions %+v", f.related.Recognitions)
	}
	if len(f.related.History) < 1 {
		t.Fatal("no history")
	}
	// Delete asks first: "Không" keeps the entry.
	ta.ask.yes = false
	s.deleteSelected()
	if s.Form == nil || len(s.Rows()) != 31 {
		t.Fatalf("deleted without the person's yes: form %v, %d rows", s.Form != nil, len(s.Rows()))
	}
	// Yes moves it to the bin.
	ta.ask.yes = true
	s.deleteSelected()
	if len(ta.ask.asked) == 0 || !strings.Contains(ta.ask.asked[len(ta.ask.asked)-1], "Xóa") {
		t.Fatalf("no confirmation: %v", ta.ask.asked)
	}
	if s.Form != nil || len(s.Rows()) != 30 {
		t.Fatalf("after delete: form %v, %d rows", s.Form != nil, len(s.Rows()))
	}
	_, total, err := ta.env.Archive().FindEntries(context.Background(), data.EntryFilter{Deleted: true})
	must(t, err)
	if total != 1 {
		t.Fatalf("%d in the bin", total)
	}
}

// savedElsewhere opens an entry's form, then has another person change and
// save that entry, so that the form's next save meets their version.
func savedElsewhere(t *testing.T, change func(*data.Entry)) (*testApp, *EntryForm, *data.Archive) {
	ta := newTestApp(t, 10)
	s := entriesOf(ta)
	s.Open(s.Rows()[0])
	other := ta.other(t)
	theirs, err := other.GetEntry(context.Background(), s.Form.entry.ID)
	must(t, err)
	change(theirs)
	must(t, other.SaveEntry(context.Background(), theirs))
	return ta, s.Form, other
}

// TestConflictChooseFieldByField: both change the place, only they the
// results, only I the notes. The dialog lists the place alone, with the value
// both started from; the results are theirs and the notes mine without
// asking, and a choice of theirs for the place is kept.
func TestConflictChooseFieldByField(t *testing.T) {
	ta, f, other := savedElsewhere(t, func(e *data.Entry) {
		e.Place = "ấp 5, xã Tân Hòa"
		e.Results = "Kết quả do người kia ghi"
	})
	id := f.entry.ID
	startPlace := f.saved.Place

	f.Place.SetText("ấp 7, xã Tân Hòa")
	f.Texts["notes"].SetText("Ghi chú của tôi")
	var seen []*conflictField
	ta.ask.onConflict = func(fields []*conflictField, save func()) {
		seen = fields
		for _, c := range fields {
			c.choice = newChoiceFor(true)
		}
		save()
	}
	f.Save()
	if len(seen) != 1 || seen[0].col != "place" || seen[0].base != startPlace || seen[0].mine != "ấp 7, xã Tân Hòa" || seen[0].theirs != "ấp 5, xã Tân Hòa" {
		t.Fatalf("the dialog listed %+v", seen)
	}
	got, err := other.GetEntry(context.Background(), id)
	must(t, err)
	if got.Place != "ấp 5, xã Tân Hòa" || got.Notes != "Ghi chú của tôi" || got.Results != "Kết quả do người kia ghi" {
		t.Fatalf("merged: place %q notes %q results %q", got.Place, got.Notes, got.Results)
	}
	if f.Dirty() {
		t.Fatal("form still unsaved after the merge")
	}
}

// TestConflictMergesWhatOnlyOneChanged: when no field was changed by both,
// the save goes through without a dialog, keeps both people's changes and
// says that it merged.
func TestConflictMergesWhatOnlyOneChanged(t *testing.T) {
	ta, f, other := savedElsewhere(t, func(e *data.Entry) { e.Results = "Kết quả do người kia ghi" })
	id := f.entry.ID

	f.Place.SetText("ấp 7, xã Tân Hòa")
	asked := false
	ta.ask.onConflict = func([]*conflictField, func()) { asked = true }
	f.Save()
	if asked {
		t.Fatal("a dialog for fields only one person changed")
	}
	got, err := other.GetEntry(context.Background(), id)
	must(t, err)
	if got.Place != "ấp 7, xã Tân Hòa" || got.Results != "Kết quả do người kia ghi" || f.Dirty() {
		t.Fatalf("merged: place %q results %q, dirty %v", got.Place, got.Results, f.Dirty())
	}
	if n := ta.shell.notes.Text; !strings.Contains(n, "Đã gộp") || !strings.Contains(n, "Kết quả, hiệu quả") {
		t.Fatalf("notice %q", n)
	}
}

func TestReadOnlyArchiveDisablesEditing(t *testing.T) {
	ta := newTestApp(t, 5)
	ar := ta.env.Archive()
	path := ar.Path()
	ta.env.closeArchive()
	o := data.Options{ReadOnly: true, BackupDir: t.TempDir()}
	ro, err := data.Open(context.Background(), path, o)
	must(t, err)
	ta.opened(ro)
	s := entriesOf(ta)
	if !s.NewButton.Disabled() || len(ta.shell.banner.Objects) == 0 {
		t.Fatal("editing enabled on a read-only archive")
	}
	s.Open(s.Rows()[0])
	if !s.Form.SaveBtn.Disabled() {
		t.Fatal("save enabled on a read-only archive")
	}
}

// highlightedRow returns the row tb shows selected, or -1. The table does
// not say, so its selection is taken away to see which cell loses it, and
// then given back.
func highlightedRow(tb *widget.Table) int {
	row := -1
	var cell widget.TableCellID
	keep := tb.OnUnselected
	tb.OnUnselected = func(id widget.TableCellID) { row, cell = id.Row, id }
	tb.UnselectAll()
	tb.OnUnselected = keep
	if row >= 0 {
		tb.Select(cell)
	}
	return row
}

func TestExternalChangeKeepsSelectionAndForm(t *testing.T) {
	ta := newTestApp(t, 20)
	s := entriesOf(ta)
	s.SelectRow(3)
	sel := s.selected
	other := ta.other(t)
	e := &data.Entry{Kind: data.KindModel, Name: "AAA mô hình mới của người khác", UnitID: s.cat.Units[0].ID, FieldID: s.cat.Fields[0].ID, Year: 2024}
	must(t, other.SaveEntry(context.Background(), e))
	ta.shell.ExternalChange()
	// The new entry comes first, so the selected one moved down a row: the
	// table must show it selected there, not whatever took its old row.
	if len(s.Rows()) != 21 || s.selected != sel || s.Rows()[0] != e.ID {
		t.Fatalf("%d rows, first %d, selection %d → %d", len(s.Rows()), s.Rows()[0], sel, s.selected)
	}
	if row := highlightedRow(&s.Table.Table); row != 4 || s.Rows()[row] != sel {
		t.Fatalf("the table shows row %d selected, entry %d is at row 4", row, sel)
	}
	// An open form with unsaved work keeps it and says someone else saved.
	s.Open(s.Rows()[5])
	s.Form.Place.SetText("Đang sửa dở")
	id := s.Form.entry.ID
	x, _ := other.GetEntry(context.Background(), id)
	x.Notes = "sửa từ máy khác"
	must(t, other.SaveEntry(context.Background(), x))
	ta.shell.ExternalChange()
	if s.Form == nil || s.Form.Place.Text != "Đang sửa dở" || !s.Form.Notice.Visible() {
		t.Fatal("unsaved work lost or not warned")
	}
}

// Each fixed filter shown by SetFilter is the option that made it, so the
// dashboard's and the saved filters show in the selects as chosen.
func TestEntriesFixedFiltersRoundTrip(t *testing.T) {
	ta := newTestApp(t, 5)
	s := entriesOf(ta)
	for _, sel := range []*widget.Select{s.Kind, s.Rec, s.Commended} {
		for i := range sel.Options {
			sel.SetSelectedIndex(i)
			f := s.Filter
			s.ClearFilters()
			if sel.SelectedIndex() != 0 {
				t.Fatalf("%q kept after clearing", sel.Selected)
			}
			s.SetFilter(f)
			if sel.SelectedIndex() != i {
				t.Fatalf("option %d (%q) shows as %d, filter %+v", i, sel.Options[i], sel.SelectedIndex(), f)
			}
		}
		sel.SetSelectedIndex(0)
	}
}

// A catalogue with nothing to offer (every award form deleted) leaves its
// select empty, quietly.
func TestSetOptionsEmptyChoice(t *testing.T) {
	sel := widget.NewSelect([]string{"Giai đoạn cũ"}, nil)
	sel.SetSelected("Giai đoạn cũ")
	sel.OnChanged = func(string) { t.Fatal("OnChanged ran") }
	setOptions(sel, newChoice(""), 5)
	if len(sel.Options) != 0 || sel.Selected != "" {
		t.Fatalf("options %v, selected %q", sel.Options, sel.Selected)
	}
}
