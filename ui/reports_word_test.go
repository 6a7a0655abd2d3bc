package ui

import (
	"archive/zip"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestReportWordExport: "Xuất Word…" stands beside "Xuất PDF…" for the
// documents that go out as Word, is off for the others, and writes the
// document chosen as a .docx.
func TestReportWordExport(t *testing.T) {
	ta := newTestApp(t, 80)
	r := ta.screen(screenReports).(*Reports)
	for i, m := range r.makers {
		r.Kinds.Select(i)
		if r.WordBtn.Disabled() == hasWord(m) {
			t.Errorf("%s: Word button enabled %v", m.Title(), !r.WordBtn.Disabled())
		}
	}
	if n := len(r.makers); !hasWord(r.makers[0]) || !hasWord(r.makers[1]) || !hasWord(r.makers[2]) || hasWord(r.makers[n-1]) {
		t.Fatal("the report, the list and the proposal do not go out as Word, or a sheet does")
	}
	for i, want := range map[int]string{0: "BÁO CÁO", 1: "DANH SÁCH"} {
		r.Kinds.Select(i)
		path := filepath.Join(t.TempDir(), "van ban")
		r.ExportWord(path)
		if len(ta.ask.errors) > 0 {
			t.Fatalf("%s: %v", r.makers[i].Title(), ta.ask.errors)
		}
		if xml := docxPart(t, path+".docx"); !strings.Contains(xml, want) || !strings.Contains(xml, "ĐẢNG CỘNG SẢN VIỆT NAM") {
			t.Errorf("%s: the Word file lacks %q", r.makers[i].Title(), want)
		}
		if !strings.Contains(r.PageInfo.Text, "tệp Word") || r.LastPDF == path+".docx" {
			t.Errorf("after the Word export: %q, last PDF %q", r.PageInfo.Text, r.LastPDF)
		}
		r.ExportWord(path + ".docx")
		if ta.ask.asked[len(ta.ask.asked)-1] != "Tệp đã có" {
			t.Fatalf("replaced without asking: %v", ta.ask.asked)
		}
	}
	// The button asks where, suggesting the PDF's name as .docx.
	folder := t.TempDir()
	ta.env.Prefs.SetString("reports.folder", folder)
	name := ""
	ta.ask.onForm = func(title string, items []*widget.FormItem) { name = items[1].Widget.(*widget.Entry).Text }
	r.Kinds.Select(1)
	test.Tap(r.WordBtn)
	if ta.ask.asked[len(ta.ask.asked)-1] != "Xuất văn bản ra Word" || !strings.HasPrefix(name, "Danh sach mo hinh dien hinh ") ||
		!strings.HasSuffix(name, ".docx") {
		t.Fatalf("the button asks %v for %q", ta.ask.asked, name)
	}
	docxPart(t, filepath.Join(folder, name))
}

// docxPart returns the WordprocessingML of a .docx.
func docxPart(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, _ := io.ReadAll(r)
			return string(b)
		}
	}
	t.Fatalf("%s holds no document", path)
	return ""
}
