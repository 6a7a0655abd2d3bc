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
)

// certMakers adds the two certificate makers to the Báo cáo screen, as the
// makers list of newReports will, after granting the People's Committee's
// Bằng khen for 2026 to two individuals and a collective.
func certMakers(t *testing.T, ta *testApp) (*Reports, *certReport, *certCalibration, *data.AwardForm, []*data.Entry) {
	t.Helper()
	ctx := context.Background()
	a := ta.env.Archive()
	var state *data.AwardForm
	forms, _ := a.AwardForms(ctx)
	for _, f := range forms {
		if f.Header == data.HeaderState {
			state = f
		}
	}
	var entries []*data.Entry
	// In this order: the tests expect the individuals first (a map's order
	// would change from run to run).
	for _, kn := range []struct {
		k data.Kind
		n int
	}{{data.KindIndividual, 2}, {data.KindCollective, 1}} {
		k, n := kn.k, kn.n
		ids, err := a.EntryIDs(ctx, data.EntryFilter{Kind: k})
		must(t, err)
		cs, err := a.ProposeCommendations(ctx, ids[:n], 2026, state.ID, "Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.")
		must(t, err)
		var cids []int64
		for i, c := range cs {
			cids = append(cids, c.ID)
			e, err := a.GetEntry(ctx, ids[i])
			must(t, err)
			entries = append(entries, e)
		}
		must(t, a.GrantCommendations(ctx, cids, "3125/QĐ-UBND", "2026-03-05"))
	}
	r := ta.screen(screenReports).(*Reports)
	m, c := newCertReport(r), newCertCalibration(r)
	r.makers = append(r.makers, m, c)
	r.Kinds.Refresh()
	r.Reload()
	r.Kinds.Select(len(r.makers) - 2)
	return r, m, c, state, entries
}

func certPDFText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestReportCertificatesMaker(t *testing.T) {
	ta := newTestApp(t, 60)
	ctx := context.Background()
	r, m, _, state, es := certMakers(t, ta)
	// It starts from the latest award, with the form's default signer.
	if m.Year.Selected != "Năm 2026" || m.Award.Selected != state.Name || m.SignAuthority.Text != "KT. CHỦ TỊCH" ||
		m.SignPlace.Text != "Phước Sơn" || m.Prefix.Selected != "Không ghi danh xưng" || m.SaveBtn.Disabled() {
		t.Fatalf("started from %q, %q, %q, %q", m.Year.Selected, m.Award.Selected, m.SignAuthority.Text, m.Prefix.Selected)
	}
	// What is typed is previewed and printed before it is saved.
	m.SignName.SetText("Lê Văn Tám")
	m.Prefix.SetSelected("Ông (Bà)")
	r.ShowPreview()
	if r.Doc == nil || len(r.Doc.Pages) != 3 || r.Preview.Image == nil {
		t.Fatalf("preview: %v", ta.ask.errors)
	}
	path := filepath.Join(t.TempDir(), m.FileName())
	r.Export(path)
	text := certPDFText(t, r.LastPDF)
	for _, want := range []string{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHƯỚC SƠN", "TẶNG", "Lê Văn Tám", "Ông (Bà) " + es[0].Person,
		"Quyết định số: 3125/QĐ-UBND, ngày 05/03/2026", "Phước Sơn, ngày 05 tháng 3 năm 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	if s, _ := report.LoadCertSigner(ctx, ta.env.Archive(), state.ID); s.Name == "Lê Văn Tám" {
		t.Fatalf("saved before “Lưu”: %+v", s)
	}
	test.Tap(m.SaveBtn)
	other := ta.other(t)
	s, err := report.LoadCertSigner(ctx, other, state.ID)
	must(t, err)
	l, err := report.LoadCertLayout(ctx, other, state.ID)
	must(t, err)
	if s.Name != "Lê Văn Tám" || s.Authority != "KT. CHỦ TỊCH" || l.Prefix != "Ông (Bà)" {
		t.Fatalf("a colleague reads %+v, prefix %q", s, l.Prefix)
	}
	// The screen reloads after the save and keeps the form as it is.
	if m.SignName.Text != "Lê Văn Tám" || m.Award.Selected != state.Name {
		t.Fatalf("after reload: %q", m.SignName.Text)
	}
	// On pre-printed forms only the variable texts are printed.
	m.Overlay.SetChecked(true)
	r.ShowPreview()
	for _, x := range r.Doc.Texts() {
		if x.Text == "TẶNG" || x.Text == "BẰNG KHEN" || strings.Contains(x.Text, "CHỦ TỊCH") {
			t.Fatalf("overlay prints %q", x.Text)
		}
	}
	// Every form: each page follows its own form; nothing to set here.
	m.Award.SetSelectedIndex(0)
	if !m.SaveBtn.Disabled() || !m.SignName.Disabled() {
		t.Fatal("per-form settings still enabled for every form")
	}
	// A year without awards says so.
	m.Year.SetSelected("Năm 2019")
	n := len(ta.ask.errors)
	r.ShowPreview()
	if len(ta.ask.errors) != n+1 || !strings.Contains(data.ErrorMessage(ta.ask.errors[n]), "Không có khen thưởng nào") {
		t.Fatalf("errors %v", ta.ask.errors)
	}
}

func TestReportCertificateCalibration(t *testing.T) {
	ta := newTestApp(t, 60)
	ctx := context.Background()
	r, _, c, state, _ := certMakers(t, ta)
	r.Kinds.Select(len(r.makers) - 1)
	c.Award.SetSelected(state.Name)
	rec := report.CertFieldRecipient
	if c.X[rec].Text != "148,5" || c.OffsetX.Text != "0" || c.Print[report.CertFieldSign].Checked || !c.Print[rec].Checked {
		t.Fatalf("defaults: x %q offset %q", c.X[rec].Text, c.OffsetX.Text)
	}
	c.X[rec].SetText("150,5")
	c.OffsetX.SetText("2")
	c.Print[report.CertFieldSigner].SetChecked(false)
	r.ShowPreview()
	if r.Doc == nil || len(r.Doc.Pages) != 1 {
		t.Fatalf("calibration preview: %v", ta.ask.errors)
	}
	found := false
	for _, x := range r.Doc.Texts() {
		found = found || strings.HasPrefix(x.Text, "Người (tập thể) được khen: x 150,5")
	}
	if !found {
		t.Fatal("the page does not show the typed position")
	}
	if l, _ := report.LoadCertLayout(ctx, ta.env.Archive(), state.ID); l.Fields[rec].X != 148.5 {
		t.Fatal("saved before “Lưu vị trí”")
	}
	test.Tap(c.SaveBtn)
	l, err := report.LoadCertLayout(ctx, ta.other(t), state.ID)
	must(t, err)
	if l.Fields[rec].X != 150.5 || l.OffsetX != 2 || !l.Fields[report.CertFieldSigner].Skip {
		t.Fatalf("saved %+v", l)
	}
	// Not a number, or off the paper: said in Vietnamese, nothing saved.
	c.Y[rec].SetText("chín mươi")
	n := len(ta.ask.errors)
	test.Tap(c.SaveBtn)
	if len(ta.ask.errors) != n+1 || !strings.Contains(data.ErrorMessage(ta.ask.errors[n]), "không phải là số") {
		t.Fatalf("errors %v", ta.ask.errors)
	}
	c.Y[rec].SetText("400")
	test.Tap(c.SaveBtn)
	if len(ta.ask.errors) != n+2 || !strings.Contains(data.ErrorMessage(ta.ask.errors[n+1]), "nằm trong tờ giấy") {
		t.Fatalf("errors %v", ta.ask.errors)
	}
	test.Tap(c.ResetBtn)
	if c.X[rec].Text != "148,5" || c.Y[rec].Text != "87" {
		t.Fatalf("reset: %q %q", c.X[rec].Text, c.Y[rec].Text)
	}
}
