package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// certForms returns the seeded award forms: the People's Committee's
// Bằng khen (state header), the provincial Standing Committee's Bằng khen
// and the office's Giấy khen (Party header).
func certForms(t testing.TB, a *data.Archive) (state, party, office *data.AwardForm) {
	t.Helper()
	forms, err := a.AwardForms(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range forms {
		switch {
		case f.Header == data.HeaderState:
			state = f
		case strings.Contains(f.Authority, "THƯỜNG VỤ"):
			party = f
		default:
			office = f
		}
	}
	// Who signs the People's Committee's and the Standing Committee's
	// certificates is not the office's own signer: the office names them
	// once per form (the office's own form is signed as its reports are).
	for _, sg := range []struct {
		f    *data.AwardForm
		name string
	}{{state, "Lê Văn Thành"}, {party, "Trần Quốc Bình"}} {
		cur, err := report.LoadCertSigner(ctx, a, sg.f.ID)
		certMust(t, err)
		if cur.Name == "" {
			cur.Name = sg.name
			certMust(t, report.SaveCertSigner(ctx, a, sg.f.ID, cur))
		}
	}
	return state, party, office
}

// certRecipients returns the recipients of the entries' commendations of
// the year, in the entries' order.
func certRecipients(t testing.TB, a *data.Archive, es []*data.Entry, year int) []data.Recipient {
	t.Helper()
	var out []data.Recipient
	for _, e := range es {
		cs, err := a.EntryCommendations(ctx, e.ID)
		certMust(t, err)
		for _, c := range cs {
			if c.Year == year {
				out = append(out, c.Recipient)
				break
			}
		}
	}
	if len(out) != len(es) {
		t.Fatalf("%d recipients for %d entries", len(out), len(es))
	}
	return out
}

// grant proposes and grants one award form for 2026 (a year the demo
// leaves empty) to n entries of a kind, and returns the entries.
func certGrant(t testing.TB, a *data.Archive, kind data.Kind, n int, form *data.AwardForm, no string, date data.Date) []*data.Entry {
	t.Helper()
	ids, err := a.EntryIDs(ctx, data.EntryFilter{Kind: kind})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) < n {
		t.Fatalf("only %d entries of kind %s", len(ids), kind)
	}
	ids = ids[:n]
	cs, err := a.ProposeCommendations(ctx, ids, 2026, form.ID,
		"Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025.")
	if err != nil {
		t.Fatal(err)
	}
	var cids []int64
	for _, c := range cs {
		cids = append(cids, c.ID)
	}
	if err := a.GrantCommendations(ctx, cids, no, date); err != nil {
		t.Fatal(err)
	}
	var out []*data.Entry
	for _, id := range ids {
		e, err := a.GetEntry(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	return out
}

// render writes the PDF (to DVK_REPORT_OUT when set, to look at) and
// returns its text.
func certRender(t *testing.T, d *report.Doc, name string) string {
	t.Helper()
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("DVK_REPORT_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, name), pdf, 0o644)
	}
	return pdfText(t, pdf)
}

func certPageHas(d *report.Doc, i int, s string) bool {
	for _, t := range d.PageTexts(i) {
		if strings.Contains(t.Text, s) {
			return true
		}
	}
	return false
}

// inside checks that every item of every page lies within the box
// [m, W-m] × [m, H-m].
func certInside(t *testing.T, d *report.Doc, m float64) {
	t.Helper()
	for i, p := range d.Pages {
		if p.W != 297 || p.H != 210 {
			t.Fatalf("page %d is %gx%g, not A4 landscape", i+1, p.W, p.H)
		}
		for _, it := range p.Items {
			if x, ok := it.(report.Text); ok && (x.X < m || x.X+x.W > p.W-m || x.Y < m || x.Y > p.H-m) {
				t.Errorf("page %d: %q at %.1f,%.1f w %.1f outside the border", i+1, x.Text, x.X, x.Y, x.W)
			}
		}
	}
}

func TestCertificatesStateForm(t *testing.T) {
	a := demoArchive(t, 60)
	state, _, _ := certForms(t, a)
	ind := certGrant(t, a, data.KindIndividual, 2, state, "3125/QĐ-UBND", "2026-03-05")
	col := certGrant(t, a, data.KindCollective, 1, state, "3125/QĐ-UBND", "2026-03-05")
	d, err := report.Certificates(ctx, a, report.CertificateParams{Year: 2026, FormID: state.ID}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) != 3 {
		t.Fatalf("%d pages for 3 commendations", len(d.Pages))
	}
	spec := report.DefaultSpec()
	certInside(t, d, spec.CertBorder+spec.CertInnerGap)
	for i := range d.Pages {
		rects := 0
		for _, it := range d.Pages[i].Items {
			if x, ok := it.(report.Rect); ok && x.Width > 0 {
				rects++
			} else if x, ok := it.(report.Text); ok && x.Y < spec.CertHeaderY-3 {
				t.Errorf("page %d: %q above the header (certificates have no page number)", i+1, x.Text)
			}
		}
		if rects != 2 {
			t.Errorf("page %d has %d border boxes, want the double border", i+1, rects)
		}
		for _, want := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
			"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHƯỚC SƠN", "TẶNG", "BẰNG KHEN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"} {
			if !certPageHas(d, i, want) {
				t.Errorf("page %d lacks %q", i+1, want)
			}
		}
		if certPageHas(d, i, "ĐẢNG CỘNG SẢN") || certPageHas(d, i, "Đồng chí") {
			t.Errorf("page %d: a state certificate carries the Party header or prefix", i+1)
		}
	}
	// The title is the largest type.
	var title report.Text
	for _, x := range d.PageTexts(0) {
		if x.Size > title.Size {
			title = x
		}
	}
	if title.Text != "BẰNG KHEN" || !title.Style.Bold {
		t.Errorf("largest type is %q", title.Text)
	}
	text := certRender(t, d, "bang-khen-ubnd.pdf")
	colR := certRecipients(t, a, col, 2026)[0]
	if strings.Contains(text, col[0].Name) && colR.Name != col[0].Name {
		t.Errorf("the certificate names the exemplar's title %q", col[0].Name)
	}
	for _, want := range []string{ind[0].Person, ind[1].Person, colR.Name, ind[0].Position, "Lê Văn Thành",
		"Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” giai đoạn",
		"Quyết định số: 3125/QĐ-UBND, ngày 05/03/2026", "Phước Sơn, ngày 05 tháng 3 năm 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if strings.Count(text, "TẶNG") != 3 {
		t.Errorf("“TẶNG” %d times in 3 pages", strings.Count(text, "TẶNG"))
	}
}

func TestCertificatesPartyForms(t *testing.T) {
	a := demoArchive(t, 60)
	_, party, office := certForms(t, a)
	ind := certGrant(t, a, data.KindIndividual, 1, party, "125-QĐ/TU", "2026-03-05")
	certGrant(t, a, data.KindModel, 1, office, "37-QĐ/BTGDVTU", "2026-03-06")
	d, err := report.Certificates(ctx, a, report.CertificateParams{Year: 2026}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) != 2 {
		t.Fatalf("%d pages", len(d.Pages))
	}
	certInside(t, d, report.DefaultSpec().CertBorder)
	text := certRender(t, d, "bang-khen-dang.pdf")
	for _, want := range []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY PHƯỚC SƠN", "BAN THƯỜNG VỤ", "BAN TUYÊN GIÁO VÀ DÂN VẬN",
		"BẰNG KHEN", "GIẤY KHEN", "Đồng chí " + ind[0].Person, "Quyết định số 125-QĐ/TU, ngày 05/03/2026",
		"Phước Sơn, ngày 05 tháng 03 năm 2026", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ",
		// the office's own Giấy khen is signed as its reports are
		"K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Thanh Hương"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if strings.Contains(text, "CỘNG HÒA") || strings.Contains(text, "Số:") {
		t.Error("a Party certificate carries the state header")
	}
	// Centred Party header: the authority in full above "TẶNG"; the
	// signer saved for the form replaces the default.
	l, err := report.LoadCertLayout(ctx, a, party.ID)
	if err != nil {
		t.Fatal(err)
	}
	l.Centred, l.Prefix, l.GoldBook = true, "Ông (Bà)", true
	certMust(t, report.SaveCertLayout(ctx, a, party.ID, l))
	certMust(t, report.SaveCertSigner(ctx, a, party.ID, &report.CertSigner{Authority: "T/M BAN THƯỜNG VỤ",
		Title: "Phó Bí thư Thường trực", Name: "Trần Văn Hòa", Place: "Tân Phước"}))
	d, err = report.Certificates(ctx, a, report.CertificateParams{Year: 2026, FormID: party.ID}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	certRender(t, d, "bang-khen-dang-giua.pdf")
	for _, want := range []string{"BAN THƯỜNG VỤ TỈNH ỦY PHƯỚC SƠN", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Văn Hòa", "Ông (Bà) " + ind[0].Person,
		"Số sổ vàng: ……………"} {
		if !certPageHas(d, 0, want) {
			t.Errorf("centred header: page lacks %q", want)
		}
	}
	if certPageHas(d, 0, "TỈNH ỦY PHƯỚC SƠN") && !certPageHas(d, 0, "BAN THƯỜNG VỤ TỈNH ỦY PHƯỚC SƠN") {
		t.Error("centred header still in two columns")
	}
	// A prefix chosen for this print wins over the saved one.
	d, err = report.Certificates(ctx, a, report.CertificateParams{Year: 2026, FormID: party.ID, Prefix: report.PrefixNone}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if certPageHas(d, 0, "Ông (Bà)") || !certPageHas(d, 0, ind[0].Person) {
		t.Error("PrefixNone still prints a prefix")
	}
}

func TestCertificatesSelection(t *testing.T) {
	a := demoArchive(t, 60)
	state, _, _ := certForms(t, a)
	es := certGrant(t, a, data.KindIndividual, 3, state, "3125/QĐ-UBND", "2026-03-05")
	d, err := report.Certificates(ctx, a, report.CertificateParams{Year: 2026, EntryIDs: []int64{es[1].ID}}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) != 1 || !certPageHas(d, 0, es[1].Person) {
		t.Fatalf("EntryIDs: %d pages", len(d.Pages))
	}
	_, err = report.Certificates(ctx, a, report.CertificateParams{Year: 2026, Status: data.AwardProposed}, report.Liberation())
	if data.ErrorCode(err) != data.ENotFound {
		t.Fatalf("no proposals: %v", err)
	}
}

func TestCertificateLongNamesFit(t *testing.T) {
	a := demoArchive(t, 60)
	state, _, _ := certForms(t, a)
	es := certGrant(t, a, data.KindCollective, 1, state, "3125/QĐ-UBND", "2026-03-05")
	cs, err := a.EntryCommendations(ctx, es[0].ID)
	certMust(t, err)
	cs[0].Recipient.Name = strings.Repeat("Hội Liên hiệp Phụ nữ khu phố Xuân Bình, phường Tân Thiện ", 3)
	certMust(t, a.SaveCommendation(ctx, cs[0]))
	d, err := report.Certificates(ctx, a, report.CertificateParams{Year: 2026}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	spec := report.DefaultSpec()
	certInside(t, d, spec.CertBorder+spec.CertInnerGap)
	var lines []report.Text
	for _, x := range d.PageTexts(0) {
		if x.Style.Bold && x.Style.Italic {
			lines = append(lines, x)
		}
	}
	if len(lines) != 2 || lines[0].Size >= spec.CertRecipient || lines[0].Size < spec.CertMinSize {
		t.Fatalf("a long name takes %d lines at %v pt", len(lines), lines[0].Size)
	}
	// The name's second line ends above the position and unit.
	if last := lines[1].Y + lines[1].Size*25.4/72*0.3; last >= spec.CertDetailsY-spec.CertDetails*25.4/72*0.75 {
		t.Errorf("the name runs into the next line: %.1f", last)
	}
	certRender(t, d, "ten-dai.pdf")
}

func TestCertificatesDeterministic(t *testing.T) {
	a := demoArchive(t, 30)
	state, _, _ := certForms(t, a)
	certGrant(t, a, data.KindModel, 3, state, "3125/QĐ-UBND", "2026-03-05")
	var out [][]byte
	for i := 0; i < 2; i++ {
		d, err := report.Certificates(ctx, a, report.CertificateParams{Year: 2026}, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := report.RenderPDF(d, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, pdf)
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Fatal("the same certificates give different bytes")
	}
}

func certMust(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestCertificateOverlayCalibrated(t *testing.T) {
	a := demoArchive(t, 60)
	state, _, _ := certForms(t, a)
	es := certGrant(t, a, data.KindIndividual, 2, state, "3125/QĐ-UBND", "2026-03-05")
	p := report.CertificateParams{Year: 2026, FormID: state.ID, Overlay: true}
	d, err := report.Certificates(ctx, a, p, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) != 2 {
		t.Fatalf("%d pages", len(d.Pages))
	}
	for i, pg := range d.Pages {
		for _, it := range pg.Items {
			if _, ok := it.(report.Text); !ok {
				t.Fatalf("page %d: %T on a pre-printed form", i+1, it)
			}
		}
		for _, no := range []string{"TẶNG", "BẰNG KHEN", "CỘNG HÒA", "CHỦ TỊCH"} {
			if certPageHas(d, i, no) {
				t.Errorf("page %d prints %q, which the form has", i+1, no)
			}
		}
	}
	text := certRender(t, d, "phoi.pdf")
	for _, want := range []string{es[0].Person, es[1].Person, "Quyết định số: 3125/QĐ-UBND, ngày 05/03/2026",
		"Phước Sơn, ngày 05 tháng 3 năm 2026", "Đã có thành tích xuất sắc"} {
		if !strings.Contains(text, want) {
			t.Errorf("overlay lacks %q", want)
		}
	}
	before := map[string]report.Text{}
	for _, x := range d.PageTexts(0) {
		before[x.Text] = x
	}
	// Calibrate: the printer shifts the sheet, the name sits 4 mm lower on
	// this form and is set smaller; the signer's name is pre-printed.
	l, err := report.LoadCertLayout(ctx, a, state.ID)
	if err != nil {
		t.Fatal(err)
	}
	l.OffsetX, l.OffsetY = 2, -1.5
	r := l.Fields[report.CertFieldRecipient]
	r.Y += 4
	r.Size = 20
	l.Fields[report.CertFieldRecipient] = r
	certMust(t, report.SaveCertLayout(ctx, a, state.ID, l))
	back, err := report.LoadCertLayout(ctx, a, state.ID)
	if err != nil {
		t.Fatal(err)
	}
	if back.OffsetX != 2 || back.Fields[report.CertFieldRecipient].Y != r.Y || back.Fields[report.CertFieldRecipient].Size != 20 {
		t.Fatalf("read back %+v", back)
	}
	d, err = report.Certificates(ctx, a, p, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	moved := 0
	for _, x := range d.PageTexts(0) {
		old, ok := before[x.Text]
		if !ok {
			t.Fatalf("%q was not printed before", x.Text)
		}
		dy := -1.5
		if strings.Contains(x.Text, es[0].Person) {
			dy += 4
			if x.Size != 20 {
				t.Errorf("name size %v", x.Size)
			}
		}
		if d := x.X - old.X; d < 1.99 || d > 2.01 {
			t.Errorf("%q moved %.2f mm across", x.Text, d)
		}
		if d := x.Y - old.Y; d < dy-0.01 || d > dy+0.01 {
			t.Errorf("%q moved %.2f mm down, want %.2f", x.Text, d, dy)
		}
		moved++
	}
	if moved < 5 {
		t.Fatalf("%d texts", moved)
	}
	// Off the paper is refused, naming the field.
	r.X = 400
	l.Fields[report.CertFieldRecipient] = r
	err = report.SaveCertLayout(ctx, a, state.ID, l)
	if fe := data.FieldErrors(err); data.ErrorCode(err) != data.EInvalid || len(fe) != 1 || fe[0].Field != report.CertFieldRecipient {
		t.Fatalf("off the paper: %v", err)
	}
}

func TestCalibrationPage(t *testing.T) {
	a := demoArchive(t, 10)
	state, _, _ := certForms(t, a)
	d, err := report.CalibrationPage(ctx, a, state.ID, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) != 1 || d.Pages[0].W != 297 {
		t.Fatalf("%d pages", len(d.Pages))
	}
	var grid, cross []report.Line
	for _, it := range d.Pages[0].Items {
		if l, ok := it.(report.Line); ok {
			if l.Width < 0.2 && l.Y1 == 0 && l.Y2 == 210 {
				grid = append(grid, l)
			} else if l.Width >= 0.3 {
				cross = append(cross, l)
			}
		}
	}
	if len(grid) != 30 { // a line every 10 mm across 297 mm: 0, 10, …, 290
		t.Errorf("%d vertical grid lines", len(grid))
	}
	spec := report.DefaultSpec()
	hasCross := func(x, y float64) bool {
		for _, l := range cross {
			if l.X1 == x && l.X2 == x && l.Y1 < y && l.Y2 > y {
				return true
			}
		}
		return false
	}
	if !hasCross(297.0/2, spec.CertRecipientY) {
		t.Error("no crosshair at the name's default position")
	}
	text := certRender(t, d, "hieu-chinh.pdf")
	for _, want := range []string{"TRANG HIỆU CHỈNH VỊ TRÍ IN", "10", "200", "290", "Người (tập thể) được khen: x 148,5",
		"Họ tên người ký", "Độ lệch toàn trang hiện nay: ngang 0 mm, dọc 0 mm"} {
		if !strings.Contains(text, want) {
			t.Errorf("calibration page lacks %q", want)
		}
	}
	l, _ := report.LoadCertLayout(ctx, a, state.ID)
	l.OffsetX = 3
	certMust(t, report.SaveCertLayout(ctx, a, state.ID, l))
	d, _ = report.CalibrationPage(ctx, a, state.ID, report.Liberation())
	cross = cross[:0]
	for _, it := range d.Pages[0].Items {
		if l, ok := it.(report.Line); ok && l.Width >= 0.3 {
			cross = append(cross, l)
		}
	}
	if !hasCross(297.0/2+3, spec.CertRecipientY) || hasCross(297.0/2, spec.CertRecipientY) {
		t.Error("the crosshair does not follow the sheet's offset")
	}
}
