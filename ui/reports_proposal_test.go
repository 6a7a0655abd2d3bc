package ui

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
)

// proposalMaker returns the Báo cáo screen with the proposal maker chosen,
// adding it when newReports does not list it yet.
func proposalMaker(t *testing.T, ta *testApp) (*Reports, *proposalReport) {
	t.Helper()
	r := ta.screen(screenReports).(*Reports)
	var m *proposalReport
	at := -1
	for i, x := range r.makers {
		if p, ok := x.(*proposalReport); ok {
			m, at = p, i
		}
	}
	if m == nil {
		m = newProposalReport(r)
		r.makers = append(r.makers, m)
		at = len(r.makers) - 1
	}
	r.Kinds.Refresh()
	r.Reload()
	r.Kinds.Select(at)
	return r, m
}

func TestReportProposalMakerFillsDefaultsAndExports(t *testing.T) {
	ta := newTestApp(t, 80)
	ctx := context.Background()
	a := ta.env.Archive()
	var btv, ubnd *data.AwardForm
	forms, _ := a.AwardForms(ctx)
	for _, f := range forms {
		switch f.Name {
		case "Bằng khen của Ban Thường vụ Tỉnh ủy":
			btv = f
		case "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh":
			ubnd = f
		}
	}
	var names []string
	for _, k := range []data.Kind{data.KindCollective, data.KindIndividual} {
		rows, _, err := a.FindEntries(ctx, data.EntryFilter{Kind: k, Limit: 3})
		must(t, err)
		var ids []int64
		for _, row := range rows {
			ids = append(ids, row.ID)
		}
		cs, err := a.ProposeCommendations(ctx, ids, 2026, btv.ID, "Đã có thành tích xuất sắc năm 2026.")
		must(t, err)
		for _, c := range cs { // the list names who is honoured
			names = append(names, c.Recipient.Name, c.Recipient.Position)
		}
	}

	r, m := proposalMaker(t, ta)
	if r.makers[r.current] != reportMaker(m) || m.Title() != "Tờ trình đề nghị khen thưởng" {
		t.Fatalf("maker not chosen: %d", r.current)
	}
	// It starts from the latest proposal: year and form.
	if m.Year.Selected != "Năm 2026" || m.Award.Selected != btv.Name {
		t.Fatalf("started from %q, %q", m.Year.Selected, m.Award.Selected)
	}
	if m.Recipient.Text != "Ban Thường vụ Tỉnh ủy" || !strings.Contains(m.Body.Text, "cho 03 tập thể và 03 cá nhân") ||
		!strings.Contains(m.Body.Text, "kính trình Ban Thường vụ Tỉnh ủy xem xét, quyết định./.") || m.Info.Text != "6 tập thể, cá nhân ở trạng thái “đề nghị”." {
		t.Fatalf("defaults: %q / %q / %q", m.Recipient.Text, m.Body.Text, m.Info.Text)
	}
	// Another form: the recipient follows it; nothing is proposed there.
	m.Award.SetSelected(ubnd.Name)
	if m.Recipient.Text != "Ủy ban nhân dân tỉnh" || !strings.HasPrefix(m.Info.Text, "Không có tập thể, cá nhân nào") {
		t.Fatalf("UBND: %q %q", m.Recipient.Text, m.Info.Text)
	}
	m.Award.SetSelected(btv.Name)
	// A recipient typed by the office goes into the default text; an edited
	// text is kept when the choice changes, until asked for the default.
	m.Recipient.SetText("Thường trực Tỉnh ủy")
	if !strings.Contains(m.Body.Text, "kính trình Thường trực Tỉnh ủy xem xét") {
		t.Fatalf("body does not follow the recipient: %q", m.Body.Text)
	}
	m.Body.SetText("Văn phòng soạn lại nội dung này.\nKính trình xem xét./.")
	m.Status.SetSelectedIndex(0)
	if m.Body.Text != "Văn phòng soạn lại nội dung này.\nKính trình xem xét./." {
		t.Fatalf("edited text replaced: %q", m.Body.Text)
	}
	m.Number.SetText("15")
	m.Date.SetText("05/02/2026")

	r.ShowPreview()
	if r.Doc == nil || r.Preview.Image == nil || !strings.HasPrefix(r.PageInfo.Text, "Trang 1 trên") || len(ta.ask.errors) > 0 {
		t.Fatalf("no preview: %q %v", r.PageInfo.Text, ta.ask.errors)
	}
	if d := r.Doc.Pages; d[0].W > d[0].H || d[len(d)-1].W < d[len(d)-1].H {
		t.Fatal("the submission should be portrait and the list landscape")
	}
	if m.FileName() != "To trinh de nghi khen thuong 2026.pdf" {
		t.Fatalf("file name %q", m.FileName())
	}
	path := filepath.Join(t.TempDir(), "to trinh")
	r.Export(path)
	if r.LastPDF != path+".pdf" {
		t.Fatalf("exported to %q (%v)", r.LastPDF, ta.ask.errors)
	}
	out, err := exec.Command("pdftotext", "-raw", r.LastPDF, "-").Output()
	must(t, err)
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range append([]string{"TỜ TRÌNH", "Số 15-TTr/BTGDVTU", "Phước Sơn, ngày 05 tháng 02 năm 2026",
		"Kính gửi: Thường trực Tỉnh ủy", "Văn phòng soạn lại nội dung này.", "DANH SÁCH", "I. TẬP THỂ", "II. CÁ NHÂN",
		"Tổng cộng: 03 tập thể và 03 cá nhân./."}, names...) {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	// The default text again, and the list alone.
	test.Tap(m.ResetBody)
	if !strings.Contains(m.Body.Text, "kính trình Thường trực Tỉnh ủy") {
		t.Fatalf("default text not restored: %q", m.Body.Text)
	}
	m.Parts.SetSelectedIndex(1)
	lay, err := m.Build()
	must(t, err)
	d, err := lay(ctx, ta.env.Archive())
	if err != nil || d.Pages[0].W < d.Pages[0].H || m.FileName() != "Danh sach de nghi khen thuong 2026.pdf" {
		t.Fatalf("list alone: %v %q", err, m.FileName())
	}
}

func TestReportProposalMakerSaysWhatIsMissing(t *testing.T) {
	ta := newTestApp(t, 120)
	r, m := proposalMaker(t, ta)
	// The awards made in a review year, to print their papers again: the
	// count says how many.
	m.Year.SetSelected("Năm 2018")
	m.Status.SetSelectedIndex(1)
	made, _, err := ta.env.Archive().FindCommendations(context.Background(), data.CommendationFilter{Year: 2018, Status: data.AwardGranted})
	must(t, err)
	if len(made) == 0 {
		t.Fatal("no awards in 2018")
	}
	m.Award.SetSelected(made[0].Form)
	_, n, err := ta.env.Archive().FindCommendations(context.Background(), data.CommendationFilter{Year: 2018,
		FormID: m.forms.id(m.Award.Selected), Status: data.AwardGranted})
	must(t, err)
	if n == 0 || m.Info.Text != countText(n, "tập thể, cá nhân")+" ở trạng thái “đã khen thưởng”." {
		t.Fatalf("info %q for %d", m.Info.Text, n)
	}
	m.Year.SetSelected("Năm 2017")
	m.Status.SetSelectedIndex(0)
	if !strings.HasPrefix(m.Info.Text, "Không có tập thể, cá nhân nào ở trạng thái “đề nghị”") {
		t.Fatalf("info %q", m.Info.Text)
	}
	r.ShowPreview()
	if len(ta.ask.errors) != 1 || !strings.Contains(data.ErrorMessage(ta.ask.errors[0]), "Không có tập thể, cá nhân nào được đề nghị tặng") {
		t.Fatalf("errors %v", ta.ask.errors)
	}
	m.Date.SetText("31/02/2026")
	r.ShowPreview()
	if len(ta.ask.errors) != 2 || !strings.Contains(data.ErrorMessage(ta.ask.errors[1]), "Ngày ban hành không hợp lệ") {
		t.Fatalf("errors %v", ta.ask.errors)
	}
}
