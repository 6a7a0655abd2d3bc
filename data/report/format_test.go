package report_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// The tests of the document format (docs/document-format.md) measure each
// rule on the PDF itself, as pdftotext and pdftoppm read it.

func textWidth(s string, size float64, bold, italic bool) float64 {
	return report.TextWidth(s, size, report.Style{Bold: bold, Italic: italic})
}

// formatProposal renders the Tờ trình numbered 15 with its list.
func formatProposal(t *testing.T) (*report.Doc, []byte) {
	t.Helper()
	a, btv, _ := proposalArchive(t)
	d, err := report.Proposal(ctx, a, report.ProposalParams{Year: 2025, FormID: btv.ID, Number: "15", Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	return d, pdf
}

// firstLandscape is the index of the first landscape page.
func firstLandscape(d *report.Doc) int {
	for i, p := range d.Pages {
		if p.W > p.H {
			return i
		}
	}
	return -1
}

// below returns the line right under l, overlapping it across.
func (p pdfPage) below(l pdfLine) (pdfLine, bool) {
	var best pdfLine
	found := false
	for _, c := range p.Lines {
		if c.Y0 > l.Y1-0.5 && c.X0 < l.X1 && c.X1 > l.X0 && (!found || c.Y0 < best.Y0) {
			best, found = c, true
		}
	}
	return best, found
}

// checkFace fails unless the line starting with prefix is set in size and style.
func checkFace(t *testing.T, p pdfPage, where, prefix string, size float64, bold, italic bool) pdfLine {
	t.Helper()
	l, ok := p.find(prefix)
	if !ok {
		t.Errorf("%s: no line %q", where, prefix)
		return l
	}
	if s, b, i := pdfFace(l); s != size || b != bold || i != italic {
		t.Errorf("%s: %q is set in %s, want %s", where, l.Text, faceName(s, b, i), faceName(size, bold, italic))
	}
	return l
}

// underlined says whether a rule runs under the whole line.
func underlined(g grayPage, l pdfLine) bool {
	step := 25.4 / g.DPI
	for y := l.Y0 + (l.Y1-l.Y0)*0.5; y <= l.Y1+1; y += step / 2 {
		n, dark := 0, 0
		for x := l.X0 + 0.3; x <= l.X1-0.3; x += step {
			n++
			if g.dark(x, y) {
				dark++
			}
		}
		if n > 0 && float64(dark) >= 0.9*float64(n) {
			return true
		}
	}
	return false
}

// TestFormatSizesAndStyles measures the type size and style of each line
// of the header, title, body, signature and "Nơi nhận" on the first pages
// of a Tờ trình and of its list (36-HD Phụ lục 3; practice where it says
// nothing), and that the superior body heads the issuer.
func TestFormatSizesAndStyles(t *testing.T) {
	d, pdf := formatProposal(t)
	first := firstLandscape(d)
	pages := pdfLayout(t, pdf, 0, 0)
	sub, list := pages[0], pages[first]
	for _, p := range []struct {
		where string
		page  pdfPage
	}{{"Tờ trình", sub}, {"danh sách", list}} {
		checkFace(t, p.page, p.where, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false)
		sup := checkFace(t, p.page, p.where, "TỈNH ỦY PHƯỚC SƠN", 14, false, false)
		iss := checkFace(t, p.page, p.where, "BAN TUYÊN GIÁO VÀ DÂN VẬN", 14, true, false)
		if !(sup.Y1 <= iss.Y0+0.5 && sup.X0 < iss.X1 && iss.X0 < sup.X1) {
			t.Errorf("%s: the superior body does not stand over the issuer: %+v, %+v", p.where, sup.pdfWord, iss.pdfWord)
		}
		checkFace(t, p.page, p.where, "Phước Sơn, ngày 05 tháng 02 năm 2026", 14, false, true)
	}
	checkFace(t, sub, "Tờ trình", "Số 15-TTr/BTGDVTU", 14, false, false)
	checkFace(t, sub, "Tờ trình", "TỜ TRÌNH", 16, true, false)
	checkFace(t, sub, "Tờ trình", "về việc đề nghị tặng", 14, true, false)
	checkFace(t, sub, "Tờ trình", "Căn cứ Kế hoạch", 14, false, false)
	checkFace(t, sub, "Tờ trình", "- Như trên,", 12, false, false)
	checkFace(t, sub, "Tờ trình", "K/T TRƯỞNG BAN", 14, true, false)
	label := checkFace(t, sub, "Tờ trình", "Nơi nhận:", 14, false, false)
	checkFace(t, list, "danh sách", "DANH SÁCH", 16, true, false)
	checkFace(t, list, "danh sách", "tập thể, cá nhân được đề nghị", 14, true, false)
	checkFace(t, list, "danh sách", "(Kèm theo Tờ trình số 15-TTr/BTGDVTU ngày 05/02/2026", 14, false, true)

	g := pdfGray(t, pdfWritten(t, pdf), 1, 200)
	if !underlined(g, label) {
		t.Error(`"Nơi nhận:" is not underlined`)
	}
	if l, ok := sub.find("- Như trên,"); !ok || underlined(g, l) {
		t.Error(`the recipients' lines should not be underlined (or the measure sees underlines everywhere)`)
	}
}

// TestFormatTrichYeuLowerCase checks that the line under each document's
// type starts with a lower-case letter, as 36-HD's "về quy hoạch…".
func TestFormatTrichYeuLowerCase(t *testing.T) {
	d, pdf := formatProposal(t)
	a := demoArchive(t, 60)
	list, err := report.List(ctx, a, report.ListParams{Group: report.GroupUnit, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	sum, err := report.Summary(ctx, a, report.SummaryParams{Year: 2018, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	evs, _, err := a.FindEvaluations(ctx, data.EvaluationFilter{})
	if err != nil || len(evs) == 0 {
		t.Fatalf("no evaluation to print: %v", err)
	}
	sheet, err := report.Evaluation(ctx, a, report.EvaluationParams{EvaluationID: evs[0].ID}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, pdf []byte, page int, kind string) {
		p := pdfLayout(t, pdf, page, page)[0]
		l, ok := p.find(kind)
		if !ok {
			t.Errorf("%s: no %q", name, kind)
			return
		}
		next, ok := p.below(l)
		r := []rune(next.Text)
		if !ok || len(r) == 0 || !unicode.IsLower(r[0]) {
			t.Errorf("%s: the trích yếu under %q starts %q", name, kind, next.Text)
		}
	}
	check("Tờ trình", pdf, 1, "TỜ TRÌNH")
	check("danh sách kèm tờ trình", pdf, firstLandscape(d)+1, "DANH SÁCH")
	for _, c := range []struct {
		name string
		d    *report.Doc
		kind string
	}{{"danh sách", list, "DANH SÁCH"}, {"báo cáo", sum, "BÁO CÁO"}, {"phiếu", sheet, "PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM"}} {
		b, err := report.RenderPDF(c.d, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		check(c.name, b, 1, c.kind)
	}
}

// The margins, portrait and landscape alike (the left edge is bound).
const top, bottom, left, right = 20.0, 20.0, 30.0, 15.0

// TestFormatMargins checks that nothing is inked in the margins of the
// portrait Tờ trình (top 20, bottom 20, left 30, right 15 mm) and of its
// landscape list (the same, left the binding edge), page numbers aside.
func TestFormatMargins(t *testing.T) {
	d, pdf := formatProposal(t)
	path := pdfWritten(t, pdf)
	layout := pdfLayout(t, pdf, 0, 0)
	const tol = 0.8 // anti-aliased edges of rules on the margin
	for i := range d.Pages {
		p := layout[i]
		if p.W > p.H && (p.W < 296 || p.H > 211) || p.W < p.H && (p.W > 211 || p.H < 296) {
			t.Errorf("page %d: %.0f × %.0f mm, not A4", i+1, p.W, p.H)
		}
		var numbers []pdfWord
		for _, l := range p.Lines {
			if l.Y1 < top {
				numbers = append(numbers, l.pdfWord)
			}
		}
		g := pdfGray(t, path, i+1, 50)
		if x, y, ok := g.inkOutside(left-tol, top-tol, p.W-right+tol, p.H-bottom+tol, numbers...); ok {
			t.Errorf("page %d: ink at %.1f, %.1f mm, in the margins", i+1, x, y)
		}
	}
}

// TestFormatPageNumbers checks that pages are numbered from the second,
// in the top margin, centred over the text (between the margins).
func TestFormatPageNumbers(t *testing.T) {
	d, pdf := formatProposal(t)
	first := firstLandscape(d)
	if first < 1 || len(d.Pages)-first < 2 {
		t.Fatalf("the list should start on page 2 or later and run over pages: %d of %d", first+1, len(d.Pages))
	}
	for i, p := range pdfLayout(t, pdf, 0, 0) {
		n := i + 1 // each document numbers its own pages
		if i >= first {
			n = i - first + 1
		}
		var num []pdfLine
		for _, l := range p.Lines {
			if l.Y1 < top {
				num = append(num, l)
			}
		}
		if n == 1 {
			if len(num) > 0 {
				t.Errorf("page %d: %q in the top margin of a first page", i+1, num[0].Text)
			}
			continue
		}
		if len(num) != 1 || num[0].Text != strconv.Itoa(n) {
			t.Errorf("page %d: top margin holds %+v, want the number %d", i+1, num, n)
			continue
		}
		if c, mid := (num[0].X0+num[0].X1)/2, (left+p.W-right)/2; abs(c-mid) > 0.5 {
			t.Errorf("page %d: number centred at %.1f mm, the text at %.1f", i+1, c, mid)
		}
	}
}

// signTop is the top of the signature block on a page: its "Nơi nhận:" or
// the first line of the signer's authority.
func signTop(p pdfPage, authority string) (float64, bool) {
	top, found := 1e9, false
	for _, prefix := range []string{"Nơi nhận:", authority} {
		if l, ok := p.find(prefix); ok {
			top, found = min(top, l.Y0), true
		}
	}
	return top, found
}

// sttAbove counts the row numbers (STT column) above y on a page.
func sttAbove(p pdfPage, left, y float64) int {
	n := 0
	for _, l := range p.Lines {
		for _, w := range l.Words {
			if _, err := strconv.Atoi(w.Text); err == nil && w.X0 < left+8 && w.Y1 < y {
				n++
			}
		}
	}
	return n
}

// TestFormatListsEndWithRows renders lists of many sizes and groupings,
// and the lists of proposals, and checks that the last page holds rows of
// the table above the signature.
func TestFormatListsEndWithRows(t *testing.T) {
	a := demoArchive(t, 400)
	s := report.DefaultSpec()
	check := func(name string, d *report.Doc, authority string) {
		pdf, err := report.RenderPDF(d, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		n := len(d.Pages)
		last := pdfLayout(t, pdf, n, n)[0]
		top, ok := signTop(last, authority)
		if !ok {
			t.Errorf("%s: no signature on the last page", name)
			return
		}
		if rows := sttAbove(last, s.LandLeft, top); rows < 1 {
			t.Errorf("%s: the last page (%d) holds the signature without rows", name, n)
		}
	}
	set, err := a.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lists := 0
	for _, g := range []report.Grouping{report.GroupNone, report.GroupUnit, report.GroupField} {
		for _, y := range []int{0, 2016, 2017, 2018, 2019, 2020} {
			d, err := report.List(ctx, a, report.ListParams{Filter: data.EntryFilter{Year: y}, Group: g, Date: fixedDate}, report.Liberation())
			if err != nil {
				t.Fatal(err)
			}
			check("danh sách nhóm "+strconv.Itoa(int(g))+" năm "+strconv.Itoa(y), d, set.SignAuthority)
			lists++
		}
	}
	pa, btv, _ := proposalArchive(t)
	for _, st := range []data.AwardStatus{data.AwardProposed, data.AwardGranted} {
		d, err := report.ProposalList(ctx, pa, report.ProposalParams{Year: 2025, FormID: btv.ID, Status: st, Date: fixedDate}, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		check("danh sách đề nghị "+string(st), d, set.SignAuthority)
	}
	t.Logf("%d lists", lists+2)
}

// TestFormatNumbersFit checks that every row number of a list of 1,045
// stands whole in its column: each of 1…1045 read exactly once there.
func TestFormatNumbersFit(t *testing.T) {
	a := demoArchive(t, 1045)
	d, err := report.List(ctx, a, report.ListParams{Group: report.GroupUnit, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	s := report.DefaultSpec()
	seen := map[string]int{}
	for _, p := range pdfLayout(t, pdf, 0, 0) {
		for _, l := range p.Lines {
			for _, w := range l.Words {
				if _, err := strconv.Atoi(w.Text); err == nil && w.X0 < s.LandLeft+8 && w.Y0 > s.LandTop {
					seen[w.Text]++
				}
			}
		}
	}
	for i := 1; i <= 1045; i++ {
		if k := strconv.Itoa(i); seen[k] != 1 {
			t.Errorf("row number %s read %d times in its column", k, seen[k])
		}
		delete(seen, strconv.Itoa(i))
	}
	for k := range seen {
		t.Errorf("%q in the number column: a number broken over lines", k)
	}
}

// TestPDFCreatedToday checks that a PDF says it was made today, and on the
// date SOURCE_DATE_EPOCH gives when that is set (tests, make samples).
func TestPDFCreatedToday(t *testing.T) {
	a := demoArchive(t, 10)
	d, err := report.List(ctx, a, report.ListParams{Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	created := func() string {
		pdf, err := report.RenderPDF(d, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		i := bytes.Index(pdf, []byte("/CreationDate (D:"))
		if i < 0 {
			t.Fatal("no CreationDate")
		}
		return string(pdf[i+17 : i+25])
	}
	if got := created(); got != "20260205" {
		t.Errorf("with SOURCE_DATE_EPOCH of 05/02/2026 the PDF says %s", got)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "")
	before := time.Now()
	got := created()
	if got != before.Format("20060102") && got != time.Now().Format("20060102") {
		t.Errorf("a fresh PDF says it was made on %s, today is %s", got, before.Format("20060102"))
	}
	if strings.HasPrefix(got, "2000") {
		t.Error("the PDF still says 2000")
	}
}
