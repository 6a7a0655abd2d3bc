package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

func TestReportListFollowsTheListFilter(t *testing.T) {
	ta := newTestApp(t, 80)
	e := entriesOf(ta)
	e.Kind.SetSelected(data.KindIndividual.Label())
	want := len(e.Rows())
	r := ta.screen(screenReports).(*Reports)
	var lr *listReport
	for i, m := range r.makers {
		if l, ok := m.(*listReport); ok {
			lr = l
			r.Kinds.Select(i)
		}
	}
	lr.takeList()
	lr.Group.SetSelectedIndex(0)
	r.ShowPreview()
	if r.Doc == nil || r.Preview.Image == nil || !strings.Contains(r.PageInfo.Text, "Trang 1") {
		t.Fatalf("no preview: %q", r.PageInfo.Text)
	}
	path := filepath.Join(t.TempDir(), "danh sach")
	r.Export(path)
	if r.LastPDF != path+".pdf" || r.OpenBtn.Disabled() {
		t.Fatalf("exported to %q", r.LastPDF)
	}
	out, err := exec.Command("pdftotext", "-layout", r.LastPDF, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(out)
	if !strings.Contains(text, "Tổng cộng: "+vntext.FormatInt(int64(want))+" mô hình, điển hình") {
		t.Fatalf("the PDF does not count the %d listed entries:\n%s", want, text[:min(len(text), 2000)])
	}
	// Exporting over an existing file asks first.
	before, _ := os.Stat(r.LastPDF)
	r.Export(r.LastPDF)
	if ta.ask.asked[len(ta.ask.asked)-1] != "Tệp đã có" {
		t.Fatalf("asked %v", ta.ask.asked)
	}
	after, _ := os.Stat(r.LastPDF)
	if before == nil || after == nil {
		t.Fatal("file gone")
	}
}
