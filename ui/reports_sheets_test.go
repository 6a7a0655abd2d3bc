package ui

import (
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// sheetMakers returns the reports screen with the sheet and file makers
// chosen from it, adding them when newReports does not list them yet.
func sheetMakers(ta *testApp) (*Reports, *sheetReport, *profileReport) {
	r := ta.screen(screenReports).(*Reports)
	var sr *sheetReport
	var pr *profileReport
	for _, m := range r.makers {
		switch x := m.(type) {
		case *sheetReport:
			sr = x
		case *profileReport:
			pr = x
		}
	}
	if sr == nil {
		sr = newSheetReport(r)
		r.makers = append(r.makers, sr)
	}
	if pr == nil {
		pr = newProfileReport(r)
		r.makers = append(r.makers, pr)
	}
	r.Kinds.Refresh()
	r.loadCatalog()
	return r, sr, pr
}

// sheetsChoose shows a maker's form as a click on its name would.
func sheetsChoose(r *Reports, m reportMaker) {
	for i, x := range r.makers {
		if x == m {
			r.Kinds.Select(i)
		}
	}
}

// sheetsPick types part of an entry's name in a picker and chooses it among the
// matches.
func sheetsPick(t *testing.T, p *sheetPicker, id int64, name string) {
	t.Helper()
	p.Search.SetText("")
	test.Type(p.Search, strings.Join(strings.Fields(name)[:min(4, len(strings.Fields(name)))], " "))
	for i, row := range p.rows {
		if row.ID == id {
			p.Results.Select(i)
			if p.ID != id || !strings.Contains(p.Chosen.Text, name) {
				t.Fatalf("chose %d %q", p.ID, p.Chosen.Text)
			}
			return
		}
	}
	t.Fatalf("%q is not among the %d matches", name, len(p.rows))
}

func sheetsExportText(t *testing.T, r *Reports, name string) string {
	t.Helper()
	r.Export(filepath.Join(t.TempDir(), name))
	if r.LastPDF == "" || r.OpenBtn.Disabled() {
		t.Fatal("nothing exported")
	}
	out, err := exec.Command("pdftotext", "-layout", r.LastPDF, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestReportEvaluationSheetMaker(t *testing.T) {
	ta := newTestApp(t, 40)
	ctx := context.Background()
	a := ta.env.Archive()
	rows, n, err := a.FindEvaluations(ctx, data.EvaluationFilter{Year: 2023})
	if err != nil || n < 2 {
		t.Fatalf("%d evaluations: %v", n, err)
	}
	ev := rows[0]
	r, sr, _ := sheetMakers(ta)
	sheetsChoose(r, sr)
	if sr.Year.Selected == "" || sr.Picker.Chosen.Text != "Chưa chọn mô hình, điển hình." {
		t.Fatalf("year %q, chosen %q", sr.Year.Selected, sr.Picker.Chosen.Text)
	}
	// Nothing chosen: a Vietnamese message, no document.
	r.ShowPreview()
	if len(ta.ask.errors) != 1 || !strings.Contains(data.ErrorMessage(ta.ask.errors[0]), "Hãy chọn mô hình") {
		t.Fatalf("errors %v", ta.ask.errors)
	}
	sheetsPick(t, sr.Picker, ev.EntryID, ev.Entry)
	if !strings.Contains(sr.Scored.Text, "2023") {
		t.Fatalf("scored years %q", sr.Scored.Text)
	}
	sr.Year.SetSelected("Năm 2023")
	r.ShowPreview()
	if r.Doc == nil || r.Preview.Image == nil || r.PageInfo.Text != "Trang 1 trên 1 trang." {
		t.Fatalf("preview: %q", r.PageInfo.Text)
	}
	if !strings.HasPrefix(sr.FileName(), "Phieu cham diem - ") || !strings.HasSuffix(sr.FileName(), " - nam 2023.pdf") {
		t.Fatalf("file name %q", sr.FileName())
	}
	text := sheetsExportText(t, r, "phieu")
	for _, want := range []string{"PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM", ev.Entry, "Tổng cộng 100 " + vntext.FormatScore(ev.Total), "Kết luận: " + ev.Conclusion, ev.Evaluator} {
		if !strings.Contains(text, want) {
			t.Errorf("the sheet lacks %q", want)
		}
	}
	// Every sheet of the year, one a page.
	sr.AllYear.SetChecked(true)
	r.ShowPreview()
	if len(r.Doc.Pages) < n || r.PageInfo.Text != "Trang 1 trên "+countText(len(r.Doc.Pages), "trang")+"." {
		t.Fatalf("%d pages for %d sheets", len(r.Doc.Pages), n)
	}
	if sr.FileName() != "Phieu cham diem nam 2023.pdf" {
		t.Fatalf("file name %q", sr.FileName())
	}
	sr.AllYear.SetChecked(false)

	// An entry never scored: the message points to the blank sheet.
	ids, _ := a.EntryIDs(ctx, data.EntryFilter{})
	var unscored *data.Entry
	for _, id := range ids {
		if evs, _ := a.EntryEvaluations(ctx, id); len(evs) == 0 {
			unscored, _ = a.GetEntry(ctx, id)
			break
		}
	}
	sheetsPick(t, sr.Picker, unscored.ID, unscored.Name)
	if !strings.Contains(sr.Scored.Text, "phiếu trắng") {
		t.Fatalf("scored %q", sr.Scored.Text)
	}
	sr.Year.SetSelected("Năm 2024")
	before := len(ta.ask.errors)
	r.ShowPreview()
	if len(ta.ask.errors) != before+1 || !strings.Contains(data.ErrorMessage(ta.ask.errors[before]), "phiếu trắng") {
		t.Fatalf("errors %v", ta.ask.errors)
	}
	sr.Blank.SetChecked(true)
	text = sheetsExportText(t, r, "phieu trang")
	if !strings.Contains(text, "Kết luận: ....") || !strings.Contains(text, "năm 2024") {
		t.Fatalf("blank sheet: %s", text[:min(600, len(text))])
	}
}

func TestReportSheetsTakeTheListSelection(t *testing.T) {
	ta := newTestApp(t, 30)
	e := entriesOf(ta)
	e.SelectRow(2)
	if e.selected == 0 {
		t.Fatal("no entry selected on the list")
	}
	want, _ := ta.env.Archive().GetEntry(context.Background(), e.selected)
	r, sr, pr := sheetMakers(ta)
	sheetsChoose(r, pr)
	if pr.Picker.ID != want.ID || sr.Picker.ID != 0 {
		t.Fatalf("file of %d, sheet of %d; want %d", pr.Picker.ID, sr.Picker.ID, want.ID)
	}
	sheetsChoose(r, sr)
	if sr.Picker.ID != want.ID {
		t.Fatalf("sheet of %d", sr.Picker.ID)
	}
	// A choice made here wins over the list's selection.
	other, _ := ta.env.Archive().GetEntry(context.Background(), e.Rows()[5])
	sheetsPick(t, pr.Picker, other.ID, other.Name)
	sheetsChoose(r, sr)
	sheetsChoose(r, pr)
	if pr.Picker.ID != other.ID {
		t.Fatalf("the list's selection replaced the choice: %d", pr.Picker.ID)
	}
}

func TestReportProfileMaker(t *testing.T) {
	ta := newTestApp(t, 40)
	ctx := context.Background()
	r, _, pr := sheetMakers(ta)
	sheetsChoose(r, pr)
	rows, _, err := ta.env.Archive().FindCommendations(ctx, data.CommendationFilter{Status: data.AwardGranted})
	if err != nil || len(rows) == 0 {
		t.Fatal(err)
	}
	e, _ := ta.env.Archive().GetEntry(ctx, rows[0].EntryID)
	sheetsPick(t, pr.Picker, e.ID, e.Name)
	r.ShowPreview()
	if r.Doc == nil || r.Preview.Image == nil {
		t.Fatalf("preview: %q %v", r.PageInfo.Text, ta.ask.errors)
	}
	text := sheetsExportText(t, r, "ho so")
	for _, want := range []string{"HỒ SƠ MÔ HÌNH, ĐIỂN HÌNH", e.Name, "QUÁ TRÌNH CÔNG NHẬN", "KHEN THƯỞNG", strings.Fields(rows[0].DecisionNo)[0],
		"Hồ sơ in ngày " + vntext.FormatDate(nowFunc())} {
		if !strings.Contains(text, want) {
			t.Errorf("the file lacks %q", want)
		}
	}
	// The files of what the list screen shows, one after another.
	list := entriesOf(ta)
	list.Kind.SetSelected(data.KindIndividual.Label())
	n := len(list.Rows())
	pr.FromList.SetChecked(true)
	if !strings.Contains(pr.ListInfo.Text, "Sẽ in "+strconv.Itoa(n)+" hồ sơ") || !pr.Picker.Search.Disabled() {
		t.Fatalf("list info %q", pr.ListInfo.Text)
	}
	r.ShowPreview()
	titles := 0
	for _, tx := range r.Doc.Texts() {
		if tx.Text == "HỒ SƠ MÔ HÌNH, ĐIỂN HÌNH" {
			titles++
		}
	}
	if titles != n || n == 0 {
		t.Fatalf("%d files for %d listed entries", titles, n)
	}
}
