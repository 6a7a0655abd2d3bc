package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
)

func TestKeysOnTheList(t *testing.T) {
	ta := newTestApp(t, 15)
	s := entriesOf(ta)
	s.SelectRow(2)
	id := s.selected
	// Enter opens the selected entry, Escape goes back.
	s.Table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.Form == nil || s.Form.entry.ID != id {
		t.Fatal("Enter did not open the entry")
	}
	s.Form.Place.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if s.Form != nil {
		t.Fatal("Escape in an unchanged form did not return to the list")
	}
	// Escape with unsaved changes asks first.
	s.Open(id)
	test.Type(s.Form.Place, " (sửa)")
	asked := len(ta.ask.asked)
	s.Form.Place.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(ta.ask.asked) != asked+1 || ta.ask.asked[asked] != "Chưa lưu thay đổi" {
		t.Fatalf("asked %v", ta.ask.asked)
	}
	// Delete on the table asks, then moves the entry to the bin.
	s.SelectRow(0)
	gone := s.selected
	s.Table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if _, err := ta.env.Archive().GetEntry(context.Background(), gone); err != nil {
		t.Fatal(err)
	}
	e, _ := ta.env.Archive().GetEntry(context.Background(), gone)
	if !e.Deleted() || len(s.Rows()) != 14 {
		t.Fatalf("deleted %v, %d rows", e.Deleted(), len(s.Rows()))
	}
}

func TestFiltersAndColumnsAreRemembered(t *testing.T) {
	ta := newTestApp(t, 40)
	s := entriesOf(ta)
	s.Kind.SetSelected(data.KindCollective.Label())
	s.SortBy(data.SortUnit)
	s.Table.SetColumnWidth(1, 420)
	w := test.NewWindow(s.Content())
	w.Resize(fyne.NewSize(1300, 700))
	s.saveWidths()
	if got := ta.env.Prefs.ColumnWidths("entries"); len(got) != len(entryColumns) || got[1] < 400 {
		t.Fatalf("widths %v", got)
	}
	// The list made anew (the next time the archive opens) has them back.
	s2 := newEntries(ta.env, ta.shell)
	if s2.Filter.Kind != data.KindCollective || s2.Filter.Sort != data.SortUnit || s2.Kind.SelectedIndex() != 2 {
		t.Fatalf("filter %+v", s2.Filter)
	}
	if len(s2.Rows()) != len(s.Rows()) {
		t.Fatalf("%d rows vs %d", len(s2.Rows()), len(s.Rows()))
	}
}

func TestStartOpensAndRemembers(t *testing.T) {
	ta := newTestApp(t, 3)
	path := ta.env.Archive().Path()
	if ta.env.Prefs.LastArchive() != path || ta.env.Prefs.Recent()[0] != path {
		t.Fatalf("last %q recent %v", ta.env.Prefs.LastArchive(), ta.env.Prefs.Recent())
	}
	ta.CloseArchive()
	if ta.shell != nil || ta.start == nil || ta.env.Prefs.LastArchive() != "" {
		t.Fatal("closing the archive did not return to the start page")
	}
	// A typed path with quotes and spaces around it opens.
	ta.start.Path.SetText(`  "` + path + `"  `)
	ta.Open(ta.start.Path.Text)
	if ta.shell == nil || ta.env.Archive().Path() != path {
		t.Fatal("typed path did not open")
	}
	// A missing archive gives the error and leaves the recent list.
	ta.CloseArchive()
	missing := filepath.Join(t.TempDir(), "khong-co.dvk")
	ta.env.Prefs.Opened(missing)
	var shown error
	ta.ask.onError = func(err error) { shown = err }
	ta.Open(missing)
	if data.ErrorCode(shown) != data.ENotFound || ta.shell != nil {
		t.Fatalf("error %v", shown)
	}
	for _, r := range ta.env.Prefs.Recent() {
		if r == missing {
			t.Fatal("a missing archive stays in the recent list")
		}
	}
	// A new archive is created and opened.
	newPath := filepath.Join(t.TempDir(), "kho moi")
	ta.Create(newPath)
	if ta.shell == nil || filepath.Base(ta.env.Archive().Path()) != "kho moi.dvk" {
		t.Fatal("new archive not opened")
	}
}
