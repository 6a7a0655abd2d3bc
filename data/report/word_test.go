package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/internal/docxtest"
	"github.com/danvankheo/danvankheo/data/report"
)

// wordDoc is a document rendered as .docx and read back.
type wordDoc struct {
	file *docxtest.File
	doc  *docxtest.Node // word/document.xml
	body []*docxtest.Node
}

// renderWord renders d as .docx, checks what every Word document must be
// (wordCommon) and returns it read back. DVK_REPORT_OUT keeps a copy.
func renderWord(t *testing.T, d *report.Doc, name string) *wordDoc {
	t.Helper()
	b, err := report.RenderDOCX(d)
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("DVK_REPORT_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	f := docxtest.Open(t, b)
	w := &wordDoc{file: f, doc: f.XML(t, "word/document.xml")}
	w.body = w.doc.First("body").Kids
	wordCommon(t, d, w)
	return w
}

// wordCommon checks the format and the text of a Word document: A4 and the
// margins of the format on each of its sections (a list landscape), Times
// New Roman, the styles named in Vietnamese, nothing positioned, its text
// in NFC, and the same words as the PDF's layout.
func wordCommon(t *testing.T, d *report.Doc, w *wordDoc) {
	t.Helper()
	sects := w.doc.All("sectPr")
	if len(sects) != len(d.Sections) {
		t.Fatalf("%d sections in Word, %d documents", len(sects), len(d.Sections))
	}
	for i, s := range sects {
		sz, mar := s.First("pgSz"), s.First("pgMar")
		wide, high := "11906", "16838" // A4 in twips
		if d.Sections[i].Landscape {
			wide, high = high, wide
		}
		if sz.Attr["w"] != wide || sz.Attr["h"] != high || (sz.Attr["orient"] == "landscape") != d.Sections[i].Landscape {
			t.Errorf("section %d: paper %v", i+1, sz.Attr)
		}
		// 20, 20, 30, 15 mm
		if mar.Attr["top"] != "1134" || mar.Attr["bottom"] != "1134" || mar.Attr["left"] != "1701" || mar.Attr["right"] != "850" {
			t.Errorf("section %d: margins %v", i+1, mar.Attr)
		}
		if s.Val("titlePg") != "on" || s.First("pgNumType").Attr["start"] != "1" {
			t.Errorf("section %d does not number its pages from the second", i+1)
		}
	}
	styles := w.file.XML(t, "word/styles.xml")
	if h := w.file.XML(t, "word/header1.xml"); h.First("instrText") == nil || !strings.Contains(h.First("instrText").Chars, "PAGE") ||
		styleVal(styles, h.Val("pStyle"), "sz") != "28" || styleVal(styles, h.Val("pStyle"), "jc") != "center" {
		t.Error("the page number is not a PAGE field in 14 pt, centred")
	}
	fonts := styles.First("docDefaults").First("rFonts")
	for _, k := range []string{"ascii", "hAnsi", "cs", "eastAsia"} {
		if fonts.Attr[k] != "Times New Roman" {
			t.Errorf("font %s: %q", k, fonts.Attr[k])
		}
	}
	ids := map[string]string{}
	for _, s := range styles.All("style") {
		ids[s.Val("name")] = s.Attr["styleId"]
	}
	for name, size := range map[string]string{"Nội dung": "28", "Tiêu đề bảng": "22", "Nội dung bảng": "22", "Đề mục": "28",
		"Tên loại văn bản": "32", "Trích yếu": "28", "Nơi nhận": "24", "Chữ ký": "28"} {
		if got := styleVal(styles, ids[name], "sz"); ids[name] == "" || got != size {
			t.Errorf("style %q missing or %s half-points, not %s", name, got, size)
		}
	}
	if body := ids["Nội dung"]; styleVal(styles, body, "jc") != "both" || styleVal(styles, body, "ind") != "567" {
		t.Error("Nội dung is not justified with a 10 mm first-line indent")
	}
	xml := string(w.file.Parts["word/document.xml"])
	for _, shape := range []string{"txbxContent", "<w:drawing", "<w:pict", "framePr", "tblpPr", "wp:anchor", "positionH"} {
		if strings.Contains(xml, shape) {
			t.Errorf("the document holds %s: a positioned shape, not editable text", shape)
		}
	}
	var words []string
	for _, p := range w.doc.Paragraphs() {
		if !norm.NFC.IsNormalString(p) {
			t.Errorf("not NFC: %q", p)
		}
		words = append(words, strings.Fields(p)...)
	}
	var laid []string
	for _, x := range d.Texts() {
		if x.Y == report.DefaultSpec().PageNumberY { // page numbers: a field in Word
			continue
		}
		laid = append(laid, strings.Fields(x.Text)...)
	}
	if missing, extra := setDiff(laid, words), setDiff(words, laid); len(missing)+len(extra) > 0 {
		t.Errorf("Word and PDF say different things: only in the PDF %q, only in Word %q", missing, extra)
	}
}

// styleVal is the w:val of a property of a style as it applies, through
// the styles it is based on: for "ind", the first-line indent.
func styleVal(styles *docxtest.Node, id, prop string) string {
	for id != "" {
		var st *docxtest.Node
		for _, s := range styles.All("style") {
			if s.Attr["styleId"] == id {
				st = s
			}
		}
		if st == nil {
			return ""
		}
		if prop == "ind" {
			if ind := st.First("ind"); ind != nil {
				return ind.Attr["firstLine"]
			}
		} else if v := st.Val(prop); v != "" {
			return v
		}
		id = st.Val("basedOn")
	}
	return ""
}

// setDiff returns the words of a that are not in b.
func setDiff(a, b []string) []string {
	in := map[string]bool{}
	for _, w := range b {
		in[w] = true
	}
	var out []string
	for _, w := range a {
		if !in[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// cells returns the texts of a table row's cells.
func cells(tr *docxtest.Node) []string {
	var out []string
	for _, tc := range tr.Children("tc") {
		out = append(out, tc.Text())
	}
	return out
}

// wordHeader checks the two columns of the header: a borderless table
// whose left column holds the superior and issuing bodies and the star
// over the number, and whose right column holds the motto over its rule
// and the place and date.
func wordHeader(t *testing.T, w *wordDoc, tbl *docxtest.Node, number string) {
	t.Helper()
	if tbl.Name != "tbl" || tbl.First("tblBorders").Val("top") != "nil" {
		t.Fatal("the header is not a borderless table")
	}
	rows := tbl.Children("tr")
	left := rows[0].Children("tc")[0].Children("p")
	want := []struct {
		text, size string
		bold       bool
	}{{"TỈNH ỦY PHƯỚC SƠN", "28", false}, {"BAN TUYÊN GIÁO VÀ DÂN VẬN", "28", true}, {"*", "28", false}}
	if len(left) != len(want) {
		t.Fatalf("left column %q", rows[0].Children("tc")[0].Paragraphs())
	}
	for i, p := range left {
		if p.Text() != want[i].text || p.Val("sz") != want[i].size && !(p.Val("sz") == "" && want[i].size == "28") ||
			(p.Val("b") == "on") != want[i].bold {
			t.Errorf("left line %d: %q size %q bold %q", i+1, p.Text(), p.Val("sz"), p.Val("b"))
		}
	}
	right := rows[0].Children("tc")
	motto := right[len(right)-1].Children("p")
	if motto[0].Text() != "ĐẢNG CỘNG SẢN VIỆT NAM" || motto[0].Val("b") != "on" || motto[0].Val("sz") != "30" ||
		motto[1].First("pBdr") == nil || motto[1].Text() != "" {
		t.Errorf("motto %q not bold 15 pt over a rule", motto[0].Text())
	}
	low := cells(rows[1])
	if low[0] != number || low[len(low)-1] != "Phước Sơn, ngày 05 tháng 02 năm 2026" {
		t.Errorf("number and date %q", low)
	}
	if date := rows[1].Children("tc")[len(low)-1].First("p"); date.Val("i") != "on" {
		t.Error("the date is not italic")
	}
}

// wordParas returns the body's paragraphs of a style, by their text.
func (w *wordDoc) styled(style string) []string {
	var out []string
	for _, p := range w.doc.All("p") {
		if p.Val("pStyle") == style {
			out = append(out, p.Text())
		}
	}
	return out
}

// signature returns the cells of the signature table: the last table with
// "Nơi nhận:" or the signer's name.
func (w *wordDoc) signature(t *testing.T, name string) (left, right *docxtest.Node) {
	t.Helper()
	tbls := w.doc.All("tbl")
	for i := len(tbls) - 1; i >= 0; i-- {
		tcs := tbls[i].Children("tr")[0].Children("tc")
		if len(tcs) == 2 && strings.HasSuffix(tcs[1].Text(), name) {
			return tcs[0], tcs[1]
		}
	}
	t.Fatalf("no signature of %s", name)
	return nil, nil
}

func TestWordSummary(t *testing.T) {
	a := demoArchive(t, 300)
	for _, c := range []struct {
		name   string
		p      report.SummaryParams
		number string
	}{
		{"bao-cao-giai-doan.docx", report.SummaryParams{PhaseID: summaryPhaseID(t, a, "2016–2020"), Number: "12", Date: fixedDate},
			"Số 12-BC/BTGDVTU"},
		{"bao-cao-nam.docx", report.SummaryParams{Year: 2020, Date: fixedDate}, "Số        -BC/BTGDVTU"},
	} {
		d, err := report.Summary(ctx, a, c.p, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		w := renderWord(t, d, c.name)
		wordHeader(t, w, w.body[0], c.number)
		if k := w.styled("TenLoaiVanBan"); len(k) != 1 || k[0] != "BÁO CÁO" {
			t.Errorf("%s: type %q", c.name, k)
		}
		if s := w.styled("TrichYeu"); len(s) != 1 || !strings.HasPrefix(s[0], "kết quả thực hiện phong trào thi đua “Dân vận khéo”") {
			t.Errorf("%s: trích yếu %q", c.name, s)
		}
		if h := w.styled("DeMuc"); len(h) < 6 || h[0] != "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN" {
			t.Errorf("%s: headings %q", c.name, h)
		}
		if b := w.styled("NoiDung"); len(b) < 8 {
			t.Errorf("%s: %d body paragraphs", c.name, len(b))
		}
		captions := w.styled("TenBang")
		tables := 0
		for _, tbl := range w.doc.All("tbl") {
			if first := tbl.Children("tr")[0]; first.Val("tblHeader") == "on" {
				tables++
				if h := cells(first); h[0] != "STT" && h[0] != "Năm" {
					t.Errorf("%s: heading row %q", c.name, h)
				}
			}
		}
		if len(captions) != 4 || tables != 4 || captions[3] != "Bảng 4. Khen thưởng theo hình thức và năm" {
			t.Errorf("%s: %d tables with a repeated heading row, captions %q", c.name, tables, captions)
		}
		left, right := w.signature(t, "Nguyễn Thị Thanh Hương")
		if label := left.First("p"); label.Text() != "Nơi nhận:" || label.Val("u") != "single" {
			t.Errorf("%s: recipients label %q not underlined", c.name, label.Text())
		}
		if r := right.Paragraphs(); r[0] != "K/T TRƯỞNG BAN" || r[1] != "PHÓ TRƯỞNG BAN" {
			t.Errorf("%s: signature %q", c.name, r)
		}
	}
}

func TestWordList(t *testing.T) {
	a := demoArchive(t, demo.SeedEntries)
	d, err := report.List(ctx, a, report.ListParams{Group: report.GroupUnit, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	w := renderWord(t, d, "danh-sach.docx")
	wordHeader(t, w, w.body[0], "")
	if k := w.styled("TenLoaiVanBan"); len(k) != 1 || k[0] != "DANH SÁCH" {
		t.Errorf("type %q", k)
	}
	var list *docxtest.Node
	for _, tbl := range w.doc.All("tbl") {
		if cells(tbl.Children("tr")[0])[0] == "STT" {
			list = tbl
		}
	}
	rows := list.Children("tr")
	if h := cells(rows[0]); !slices.Equal(h, []string{"STT", "Tên mô hình, điển hình", "Đơn vị thực hiện", "Lĩnh vực", "Loại", "Năm",
		"Công nhận gần nhất", "Ghi chú"}) || rows[0].Val("tblHeader") != "on" || rows[0].First("shd").Attr["fill"] != "EBEBEB" {
		t.Fatalf("heading row %q not repeated on grey", h)
	}
	entries, _, err := a.FindEntries(ctx, data.EntryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]int{}
	for _, e := range entries {
		names[e.Name]++
	}
	n, groups := 0, 0
	for i, r := range rows[1:] {
		c := cells(r)
		if i > 0 && r.First("tblHeader") != nil || r.Val("cantSplit") != "on" {
			t.Fatalf("row %d: heading again, or may split", i+1)
		}
		switch {
		case len(c) == 1: // a unit's heading across the table
			groups++
			if r.Val("gridSpan") != "8" || !strings.HasPrefix(c[0], roman(groups)+". ") || r.First("p").Val("keepNext") != "on" {
				t.Errorf("group row %q", c[0])
			}
		case c[0] != "":
			n++
			if c[0] != strconv.Itoa(n) || names[c[1]] == 0 {
				t.Fatalf("row %d: %q, want number %d and an entry's name", i+1, c[:2], n)
			}
			names[c[1]]--
		}
	}
	last := cells(rows[len(rows)-1])
	if n != demo.SeedEntries || groups < 5 || last[1] != "Tổng cộng: 1.045 mô hình, điển hình" {
		t.Errorf("%d entries in %d groups, last row %q", n, groups, last)
	}
	// The last rows stay with the signature; the first rows are free.
	if rows[len(rows)-1].First("p").Val("keepNext") != "on" || rows[1].First("p").Val("keepNext") == "on" && groups == 0 ||
		rows[2].First("p").Val("keepNext") == "on" {
		t.Error("the table's tail is not kept with the signature, or its head is")
	}
}

// roman numbers a list's groups, as far as a province has units.
func roman(n int) string {
	tens := []string{"", "X", "XX", "XXX", "XL", "L"}
	ones := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	return tens[n/10] + ones[n%10]
}

func TestWordProposal(t *testing.T) {
	a, btv, _ := proposalArchive(t)
	ex := propExpect(t, a, data.CommendationFilter{Year: 2025, FormID: btv.ID, Status: data.AwardProposed})
	p := report.ProposalParams{Year: 2025, FormID: btv.ID, Number: "15", Date: fixedDate}
	d, err := report.Proposal(ctx, a, p, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	w := renderWord(t, d, "to-trinh.docx")
	if len(d.Sections) != 2 || d.Sections[0].Landscape || !d.Sections[1].Landscape {
		t.Fatal("the Tờ trình is not portrait and its list landscape")
	}
	// The Tờ trình's section ends in a paragraph; the list starts with its own header.
	var split int
	for i, k := range w.body {
		if k.Name == "p" && k.First("sectPr") != nil {
			split = i
		}
	}
	if split == 0 {
		t.Fatal("no section break")
	}
	wordHeader(t, w, w.body[0], "Số 15-TTr/BTGDVTU")
	wordHeader(t, w, w.body[split+1], "")
	if k := w.styled("TenLoaiVanBan"); !slices.Equal(k, []string{"TỜ TRÌNH", "DANH SÁCH"}) {
		t.Errorf("types %q", k)
	}
	var to *docxtest.Node
	for _, p := range w.doc.All("p") {
		if strings.HasPrefix(p.Text(), "Kính gửi:") {
			to = p
		}
	}
	if to == nil || to.Text() != "Kính gửi: Ban Thường vụ Tỉnh ủy" || to.Children("r")[1].Val("b") != "on" || to.First("ind").Attr["hanging"] == "" {
		t.Fatal("no “Kính gửi:” with the addressee in bold after a hanging label")
	}
	note := "(Kèm theo Tờ trình số 15-TTr/BTGDVTU ngày 05/02/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy)"
	if s := w.styled("TrichYeu"); len(s) != 3 || s[2] != note {
		t.Errorf("trích yếu and note %q", s)
	}
	if parts := w.styled("DeMuc"); !slices.Equal(parts, []string{"I. TẬP THỂ", "II. CÁ NHÂN"}) {
		t.Errorf("parts %q", parts)
	}
	var counts []int
	for _, tbl := range w.doc.All("tbl") {
		if rows := tbl.Children("tr"); rows[0].Val("tblHeader") == "on" {
			counts = append(counts, len(rows)-2) // less the heading and the subtotal
			if sub := cells(rows[len(rows)-1]); !strings.HasPrefix(sub[1], "Cộng: ") {
				t.Errorf("a part ends with %q", sub)
			}
		}
	}
	if !slices.Equal(counts, []int{len(ex.collectives), len(ex.individuals)}) {
		t.Errorf("rows %v, want %d collectives and %d individuals", counts, len(ex.collectives), len(ex.individuals))
	}
	if name := ex.individuals[0].Recipient.Name; !strings.Contains(w.doc.Text(), name) {
		t.Errorf("the list does not name %s", name)
	}
	w.signature(t, "Nguyễn Thị Thanh Hương")

	alone, err := report.ProposalList(ctx, a, p, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	wl := renderWord(t, alone, "danh-sach-de-nghi.docx")
	if len(alone.Sections) != 1 || !alone.Sections[0].Landscape || wl.styled("TenLoaiVanBan")[0] != "DANH SÁCH" {
		t.Error("the list alone is not one landscape document")
	}
}

// TestWordOnlyForItsDocuments: a document without a Word form is refused
// with a message, not written half.
func TestWordOnlyForItsDocuments(t *testing.T) {
	a := demoArchive(t, 30)
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	d, err := report.Evaluation(ctx, a, report.EvaluationParams{EntryID: rows[0].ID, Year: 2024, Blank: true}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	_, err = report.RenderDOCX(d)
	if data.ErrorCode(err) != data.EInvalid || !strings.Contains(data.ErrorMessage(err), "chỉ xuất được ra PDF") {
		t.Fatalf("an evaluation sheet as Word: %v", err)
	}
}

func TestWordIsDeterministic(t *testing.T) {
	a := demoArchive(t, 30)
	var out [][]byte
	for range 2 {
		d, err := report.List(ctx, a, report.ListParams{Group: report.GroupField, Date: fixedDate}, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		b, err := report.RenderDOCX(d)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Fatal("the same document gives different bytes")
	}
}
