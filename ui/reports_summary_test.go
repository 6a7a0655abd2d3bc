package ui

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// summaryOf shows the Báo cáo screen with the summary report chosen. The
// maker is added here when newReports does not list it yet.
func summaryOf(t *testing.T, ta *testApp) (*Reports, *summaryReport) {
	t.Helper()
	r := ta.screen(screenReports).(*Reports)
	for i, m := range r.makers {
		if sr, ok := m.(*summaryReport); ok {
			r.Kinds.Select(i)
			return r, sr
		}
	}
	sr := newSummaryReport(r)
	r.makers = append(r.makers, sr)
	r.Reload()
	r.Kinds.Select(len(r.makers) - 1)
	return r, sr
}

func summaryPDFWords(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestReportSummaryEditSaveExport(t *testing.T) {
	ta := newTestApp(t, 80)
	r, sr := summaryOf(t, ta)
	if sr.Phase.Selected == "" || sr.Year.Selected != allYearsLabel || sr.Narrative.Text != report.DefaultSummaryNarrative() {
		t.Fatalf("start: %q %q", sr.Phase.Selected, sr.Year.Selected)
	}
	if !strings.Contains(sr.State.Text, "mẫu") || len(ta.ask.errors) > 0 {
		t.Fatalf("state %q, errors %v", sr.State.Text, ta.ask.errors)
	}
	sr.Phase.SetSelected("Giai đoạn 2016–2020")
	sr.Year.SetSelected("Năm 2018")
	if sr.Year.Options[0] != allYearsLabel || len(sr.Year.Options) != 6 {
		t.Fatalf("years of the phase: %v", sr.Year.Options)
	}
	// The person writes their own text: figures and a misspelt placeholder.
	sr.Narrative.SetText("")
	test.Type(sr.Narrative, "I. TÌNH HÌNH\nNăm {nam} có {tong_so} mô hình, điển hình; {tong_sô} sai.\n{bang_loai}")
	if !sr.Dirty() || !strings.Contains(sr.State.Text, "chưa lưu") {
		t.Fatalf("not dirty: %q", sr.State.Text)
	}
	test.Tap(sr.SaveBtn)
	a := ta.env.Archive()
	ph := sr.phases.id("Giai đoạn 2016–2020")
	stored, err := a.DocSetting(context.Background(), report.SummaryNarrativeKey(ph, 2018))
	if err != nil || !strings.HasPrefix(stored, "I. TÌNH HÌNH\nNăm {nam}") || sr.Dirty() {
		t.Fatalf("stored %q (%v), dirty %v", stored, err, sr.Dirty())
	}
	if !strings.Contains(sr.State.Text, "đã lưu") {
		t.Fatalf("state %q", sr.State.Text)
	}
	st, _ := a.Stats(context.Background(), data.EntryFilter{PhaseID: ph, Year: 2018})

	r.ShowPreview()
	if r.Doc == nil || r.Preview.Image == nil || !strings.Contains(r.PageInfo.Text, "Trang 1") {
		t.Fatalf("no preview: %q %v", r.PageInfo.Text, ta.ask.errors)
	}
	path := filepath.Join(t.TempDir(), sr.FileName())
	if sr.FileName() != "Bao cao ket qua Dan van kheo nam 2018.pdf" {
		t.Fatalf("file name %q", sr.FileName())
	}
	r.Export(path)
	if r.LastPDF != path {
		t.Fatalf("exported to %q, errors %v", r.LastPDF, ta.ask.errors)
	}
	text := summaryPDFWords(t, path)
	for _, want := range []string{"BÁO CÁO", "kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2018",
		"Năm 2018 có " + vntext.FormatInt(int64(st.Total)) + " mô hình, điển hình; {tong_sô} sai.",
		"Bảng 1. Số mô hình, điển hình đăng ký theo loại", "Tổng cộng " + vntext.FormatInt(int64(st.Total)) + " 100,0",
		"Bảng 4. Khen thưởng theo hình thức và năm", "Nơi nhận:"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}

	// The whole phase has its own text; coming back to 2018 finds the saved one.
	sr.Year.SetSelected(allYearsLabel)
	if sr.Narrative.Text != report.DefaultSummaryNarrative() {
		t.Fatal("the phase report shows the year's text")
	}
	sr.Year.SetSelected("Năm 2018")
	if !strings.HasPrefix(sr.Narrative.Text, "I. TÌNH HÌNH") {
		t.Fatalf("the saved text was not read back: %q", sr.Narrative.Text)
	}
	// Restoring the template is an edit; moving away asks before dropping it.
	test.Tap(sr.RestoreBtn)
	if sr.Narrative.Text != report.DefaultSummaryNarrative() || !sr.Dirty() {
		t.Fatal("the template was not restored")
	}
	sr.Year.SetSelected("Năm 2019")
	if ta.ask.asked[len(ta.ask.asked)-1] != "Nội dung chưa lưu" || sr.Dirty() || sr.Period().year != 2019 {
		t.Fatalf("asked %v, dirty %v", ta.ask.asked, sr.Dirty())
	}
	// A colleague saves the 2019 text: Reload shows it.
	other := ta.other(t)
	if err := report.SaveSummaryNarrative(context.Background(), other, ph, 2019, "Nội dung của đồng nghiệp: {tong_so}."); err != nil {
		t.Fatal(err)
	}
	r.Reload()
	if sr.Narrative.Text != "Nội dung của đồng nghiệp: {tong_so}." {
		t.Fatalf("after reload: %q", sr.Narrative.Text)
	}
	// A wrong date is refused in Vietnamese.
	sr.Date.SetText("31/02/2026")
	r.ShowPreview()
	if len(ta.ask.errors) == 0 || !strings.Contains(data.ErrorMessage(ta.ask.errors[len(ta.ask.errors)-1]), "Ngày ban hành") {
		t.Fatalf("errors %v", ta.ask.errors)
	}
}

func TestReportSummaryReadOnly(t *testing.T) {
	ta := newTestApp(t, 20)
	path := ta.env.Archive().Path()
	ta.env.closeArchive()
	ro, err := data.Open(context.Background(), path, data.Options{ReadOnly: true, BackupDir: t.TempDir()})
	must(t, err)
	ta.opened(ro)
	r, sr := summaryOf(t, ta)
	if !sr.SaveBtn.Disabled() || sr.RestoreBtn.Disabled() {
		t.Fatal("saving is possible on a read-only archive")
	}
	r.ShowPreview() // printing still works
	if r.Doc == nil || len(ta.ask.errors) > 0 {
		t.Fatalf("no document: %v", ta.ask.errors)
	}
}
