package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// summaryPDF lays out and renders a summary report, keeps it in
// DVK_REPORT_OUT when set, and returns the layout, the bytes and the text
// pdftotext reads with its white space collapsed (justified lines and line
// breaks then read as the sentences typed).
func summaryPDF(t *testing.T, a *data.Archive, p report.SummaryParams, name string) (*report.Doc, []byte, string) {
	t.Helper()
	d, err := report.Summary(ctx, a, p, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("DVK_REPORT_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, name), pdf, 0o644)
	}
	return d, pdf, strings.Join(strings.Fields(pdfText(t, pdf)), " ")
}

func summaryPhaseID(t *testing.T, a *data.Archive, name string) int64 {
	t.Helper()
	ps, err := a.Phases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Name == name {
			return p.ID
		}
	}
	t.Fatalf("no phase %s", name)
	return 0
}

// summaryHeadingLine matches the first line of a section heading.
var summaryHeadingLine = regexp.MustCompile(`^([IVX]+|[0-9]{1,2})\. `)

func sumN(v int) string { return vntext.FormatInt(int64(v)) }

func TestSummaryOfThePhase(t *testing.T) {
	a := demoArchive(t, 0)
	ph := summaryPhaseID(t, a, "2016–2020")
	st, err := a.Stats(ctx, data.EntryFilter{PhaseID: ph}) // registered in the phase
	if err != nil {
		t.Fatal(err)
	}
	dec, err := a.Stats(ctx, data.EntryFilter{}) // decided in the phase's years, whenever registered
	if err != nil {
		t.Fatal(err)
	}
	d, _, text := summaryPDF(t, a, report.SummaryParams{PhaseID: ph, Number: "Số 12-BC/BTGDVTU", Date: fixedDate}, "bao-cao-giai-doan.pdf")
	sums := summaryRecognitionSums(dec, 2016, 2020)
	rec := sums[len(sums)-4]
	for _, want := range []string{
		"ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Sơn, ngày 05 tháng 02 năm 2026", "Số 12-BC/BTGDVTU", "BÁO CÁO",
		"kết quả thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2016–2020",
		"Thực hiện Kế hoạch số 20-KH/TU ngày 12/8/2016 của Ban Thường vụ Tỉnh ủy về thực hiện",
		"Trong giai đoạn 2016–2020, toàn tỉnh đã đăng ký xây dựng 1.045 mô hình, điển hình “Dân vận khéo”, trong đó có " +
			sumN(st.ByKind[0].N) + " mô hình, " + sumN(st.ByKind[1].N) + " điển hình tập thể và " + sumN(st.ByKind[2].N) + " điển hình cá nhân.",
		"Phân theo lĩnh vực: kinh tế " + sumN(st.Fields[0].N) + "; văn hóa – xã hội " + sumN(st.Fields[1].N),
		"có " + sumN(rec) + " lượt mô hình, điển hình được công nhận, trong đó " + sumN(sums[len(sums)-3]) + " lượt được công nhận tiêu biểu",
		"có " + sumN(summaryCommended(dec, 2016, 2020, data.AwardGranted)) + " lượt tập thể, cá nhân được khen thưởng",
		"Tổng cộng " + sumN(summaryCommended(dec, 2016, 2020, data.AwardGranted)) + " " + sumN(summaryCommended(dec, 2016, 2020, data.AwardProposed)),
		"Bảng 1. Số mô hình, điển hình đăng ký theo đơn vị và lĩnh vực",
		"Bảng 2. Số mô hình, điển hình đăng ký theo loại", "Bảng 3. Kết quả công nhận mô hình, điển hình theo năm và cấp",
		"Bảng 4. Khen thưởng theo hình thức và năm",
		"Tổng cộng " + sumN(st.Fields[0].N) + " " + sumN(st.Fields[1].N) + " " + sumN(st.Fields[2].N) + " " + sumN(st.Fields[3].N) + " 1.045",
		"Tổng cộng 1.045 100,0",
		"trên địa bàn tỉnh Phước Sơn.", "Nơi nhận:", "K/T TRƯỞNG BAN", "Nguyễn Thị Thanh Hương",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if strings.Contains(text, "{") {
		t.Errorf("a placeholder is left in the default text: %s", text[strings.Index(text, "{"):][:40])
	}
	// The recognition table's total row adds up the years.
	total := "Cộng"
	for _, s := range sums {
		total += " " + sumN(s)
	}
	if !strings.Contains(text, total) {
		t.Errorf("PDF text lacks the recognition totals %q", total)
	}
	checkSummaryLayout(t, d, st)
}

// summaryRecognitionSums are the totals of the recognition table over the years
// from–to: each level, all recognised, tiêu biểu, not recognised, dropped.
func summaryRecognitionSums(st *data.Stats, from, to int) []int {
	var levels []int64
	by := map[int64]int{}
	count := func(s data.RecStatus) int {
		n := 0
		for y := from; y <= to; y++ {
			n += st.Recognised(y, s)
		}
		return n
	}
	for _, c := range st.Recognitions {
		if c.Status.Recognised() && c.Year >= from && c.Year <= to {
			if _, ok := by[c.LevelID]; !ok {
				levels = append(levels, c.LevelID)
			}
			by[c.LevelID] += c.N
		}
	}
	var out []int
	for _, l := range levels { // the demo's levels come in rank order
		out = append(out, by[l])
	}
	return append(out, count(data.RecRecognised)+count(data.RecOutstanding), count(data.RecOutstanding),
		count(data.RecNotRecognised), count(data.RecDropped))
}

// commended counts the commendations of the years from–to in a state.
func summaryCommended(st *data.Stats, from, to int, s data.AwardStatus) int {
	n := 0
	for y := from; y <= to; y++ {
		n += st.Commended(y, s)
	}
	return n
}

// checkSummaryLayout checks what a reader sees: everything inside the
// margins, page numbers from page 2, bold headings kept with their text,
// captions on the page of their table, the unit table's header repeated.
func checkSummaryLayout(t *testing.T, d *report.Doc, st *data.Stats) {
	t.Helper()
	s := report.DefaultSpec()
	left, right := s.MarginLeft, s.PageW-s.MarginRight
	for i, p := range d.Pages {
		texts := d.PageTexts(i)
		var body []report.Text
		for _, x := range texts {
			if x.Y == s.PageNumberY {
				if i == 0 || x.Text != strconv.Itoa(i+1) || x.Align != report.Center {
					t.Errorf("page %d: page number %q", i+1, x.Text)
				}
				continue
			}
			body = append(body, x)
			if x.X < left-0.01 || x.X+x.W > right+0.01 || x.Y < s.MarginTop || x.Y > s.PageH-s.MarginBottom {
				t.Errorf("page %d: %q outside the margins (x %.1f w %.1f y %.1f)", i+1, x.Text, x.X, x.W, x.Y)
			}
		}
		if n := len(texts) - len(body); (i == 0 && n != 0) || (i > 0 && n != 1) {
			t.Errorf("page %d has %d page numbers", i+1, n)
		}
		if p.W != s.PageW || p.H != s.PageH {
			t.Errorf("page %d is not A4 portrait", i+1)
		}
		for k, x := range body {
			heading := x.Style.Bold && (summaryHeadingLine.MatchString(x.Text) || strings.HasPrefix(x.Text, "Bảng "))
			if heading && k >= len(body)-2 {
				t.Errorf("page %d ends with the heading %q", i+1, x.Text)
			}
		}
	}
	var heading, bodyLine int
	unitRows, unitHeads := map[int]bool{}, map[int]bool{}
	for i := range d.Pages {
		for _, x := range d.PageTexts(i) {
			switch {
			case x.Text == "II. KẾT QUẢ THỰC HIỆN" || x.Text == "1. Xây dựng, đăng ký mô hình, điển hình" || x.Text == "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI":
				heading++
				if !x.Style.Bold || x.Size != s.Body {
					t.Errorf("heading %q is not bold %g pt", x.Text, s.Body)
				}
			case strings.HasPrefix(x.Text, "Phong trào thi đua “Dân vận khéo” được các cấp ủy"):
				bodyLine++
				if x.Style.Bold || x.Align != report.Justify || x.Size != s.Body || x.X != s.MarginLeft+s.Indent {
					t.Errorf("body line %+v", x)
				}
			case x.Text == "Đơn vị" && x.Style.Bold:
				unitHeads[i] = true
			}
			for _, r := range st.ByUnit {
				if x.Text == r.Unit {
					unitRows[i] = true
				}
			}
		}
	}
	if heading != 3 || bodyLine != 1 {
		t.Errorf("found %d headings, %d first body lines", heading, bodyLine)
	}
	if len(unitRows) == 0 {
		t.Error("no unit rows")
	}
	for i := range unitRows {
		if !unitHeads[i] {
			t.Errorf("page %d has unit rows without the table's header", i+1)
		}
	}
}

func TestSummaryOfAYear(t *testing.T) {
	a := demoArchive(t, 2500)
	ph := summaryPhaseID(t, a, "2021–2025")
	phase, err := a.Stats(ctx, data.EntryFilter{PhaseID: ph})
	if err != nil {
		t.Fatal(err)
	}
	all, err := a.Stats(ctx, data.EntryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	year, err := a.Stats(ctx, data.EntryFilter{PhaseID: ph, Year: 2024})
	if err != nil {
		t.Fatal(err)
	}
	registered := 0
	for _, c := range phase.ByYear {
		if c.ID == 2024 {
			registered = c.N
		}
	}
	if registered == 0 || registered != year.Total {
		t.Fatalf("registered in 2024: %d by year, %d selected", registered, year.Total)
	}
	d, _, text := summaryPDF(t, a, report.SummaryParams{PhaseID: ph, Year: 2024, Date: fixedDate}, "bao-cao-nam.pdf")
	for _, want := range []string{
		"kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2024", "Số -BC/BTGDVTU",
		"Trong năm 2024, toàn tỉnh đã đăng ký xây dựng " + sumN(registered) + " mô hình, điển hình",
		"có " + sumN(all.Recognised(2024, data.RecRecognised, data.RecOutstanding)) + " lượt mô hình, điển hình được công nhận, trong đó " +
			sumN(all.Recognised(2024, data.RecOutstanding)) + " lượt",
		"có " + sumN(all.Commended(2024, data.AwardGranted)) + " lượt tập thể, cá nhân được khen thưởng",
		"Tổng cộng " + sumN(registered) + " 100,0",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	// One row of recognitions: the year's.
	if !strings.Contains(text, " 2024 ") || strings.Contains(text, "Cộng năm") {
		t.Error("the recognition or commendation table covers more than the year")
	}
	checkSummaryLayout(t, d, year)
	// A unit's report rolls its sub-units up and names the unit.
	units, _ := a.Units(ctx)
	var unit *data.Unit
	for _, u := range units {
		if strings.HasPrefix(u.Name, "Huyện ủy") && u.ParentID == 0 {
			unit = u
			break
		}
	}
	ust, _ := a.Stats(ctx, data.EntryFilter{PhaseID: ph, Year: 2024, UnitID: unit.ID})
	_, _, text = summaryPDF(t, a, report.SummaryParams{PhaseID: ph, Year: 2024, UnitID: unit.ID, Date: fixedDate}, "bao-cao-don-vi.pdf")
	if !strings.Contains(text, "năm 2024 của "+unit.Name) || !strings.Contains(text, "Trong năm 2024, "+unit.Name+" đã đăng ký xây dựng "+sumN(ust.Total)) {
		t.Errorf("the unit's report: %s", text[:min(len(text), 1500)])
	}
}

func TestSummaryNarrativeSavedAndFilled(t *testing.T) {
	a := demoArchive(t, 60)
	ph := summaryPhaseID(t, a, "2016–2020")
	got, err := report.SummaryNarrative(ctx, a, ph, 2018)
	if err != nil || got != report.DefaultSummaryNarrative() {
		t.Fatalf("unsaved narrative is not the default: %v", err)
	}
	mine := "I. TÌNH HÌNH CHUNG\nNăm {nam}, {pham_vi} có {tong_so} mô hình, điển hình; {so_lieu_la} chưa có.\n{bang_loai}\n{bang_loai}"
	if err := report.SaveSummaryNarrative(ctx, a, ph, 2018, mine); err != nil {
		t.Fatal(err)
	}
	if got, _ := report.SummaryNarrative(ctx, a, ph, 2018); got != mine {
		t.Fatalf("read back %q", got)
	}
	if key, _ := a.DocSetting(ctx, report.SummaryNarrativeKey(ph, 2018)); key != mine || report.SummaryNarrativeKey(ph, 2018) != "report.summary."+strconv.FormatInt(ph, 10)+".2018" {
		t.Fatalf("stored under %s: %q", report.SummaryNarrativeKey(ph, 2018), key)
	}
	if other, _ := report.SummaryNarrative(ctx, a, ph, 0); other != report.DefaultSummaryNarrative() {
		t.Fatal("the phase report took the year's text")
	}
	st, _ := a.Stats(ctx, data.EntryFilter{PhaseID: ph, Year: 2018})
	d, _, text := summaryPDF(t, a, report.SummaryParams{PhaseID: ph, Year: 2018, Date: fixedDate}, "bao-cao-rieng.pdf")
	for _, want := range []string{"I. TÌNH HÌNH CHUNG", "Năm 2018, toàn tỉnh có " + sumN(st.Total) + " mô hình, điển hình; {so_lieu_la} chưa có.",
		"Bảng 1. Số mô hình, điển hình đăng ký theo loại", "{bang_loai}",
		"Bảng 2. Số mô hình, điển hình đăng ký theo đơn vị và lĩnh vực", "Bảng 4. Khen thưởng theo hình thức và năm"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	// The unknown placeholder is set as typed, in the body's face.
	for _, x := range d.Texts() {
		if strings.Contains(x.Text, "{so_lieu_la}") && x.Style.Bold {
			t.Error("the unknown placeholder is bold")
		}
	}
	// Params.Narrative overrides the saved text; saving the default stores nothing.
	_, _, text = summaryPDF(t, a, report.SummaryParams{PhaseID: ph, Year: 2018, Date: fixedDate, Narrative: "Tổng số: {tong_so}."}, "x.pdf")
	if !strings.Contains(text, "Tổng số: "+sumN(st.Total)+".") || strings.Contains(text, "TÌNH HÌNH CHUNG") {
		t.Error("the given narrative was not used")
	}
	if err := report.SaveSummaryNarrative(ctx, a, ph, 2018, report.DefaultSummaryNarrative()); err != nil {
		t.Fatal(err)
	}
	if v, _ := a.DocSetting(ctx, report.SummaryNarrativeKey(ph, 2018)); v != "" {
		t.Fatalf("the default was stored: %q", v[:20])
	}
}

func TestSummaryIsDeterministic(t *testing.T) {
	a := demoArchive(t, 200)
	var out [][]byte
	for range 2 {
		_, pdf, _ := summaryPDF(t, a, report.SummaryParams{Date: fixedDate}, "bao-cao-tat-ca.pdf")
		out = append(out, pdf)
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Fatal("the same report gives different bytes")
	}
}

func TestSummaryWithManyFields(t *testing.T) {
	a := demoArchive(t, 100)
	for _, name := range []string{"Xây dựng nông thôn mới", "Chuyển đổi số", "Bảo vệ môi trường"} {
		if err := a.SaveField(ctx, &data.Field{Name: name, Active: true}); err != nil {
			t.Fatal(err)
		}
	}
	st, _ := a.Stats(ctx, data.EntryFilter{})
	d, _, text := summaryPDF(t, a, report.SummaryParams{Date: fixedDate}, "bao-cao-nhieu-linh-vuc.pdf")
	if !strings.Contains(text, "Tổng cộng "+sumN(st.Fields[0].N)) || !strings.Contains(text, "chuyển đổi số 0") {
		t.Error("the fields added are not in the report")
	}
	// Seven fields do not fit at the usual size: the table's type is smaller,
	// every cell stays inside the text width, and no word is cut.
	s := report.DefaultSpec()
	words := map[string]bool{}
	for _, f := range st.Fields {
		for _, w := range strings.Fields(f.Label) {
			words[w] = true
		}
	}
	for _, u := range st.ByUnit {
		for _, w := range strings.Fields(u.Unit) {
			words[w] = true
		}
	}
	small := 0
	for _, x := range d.Texts() {
		if x.Size != s.SummarySmallText {
			continue
		}
		small++
		if x.X+x.W > s.PageW-s.MarginRight+0.01 {
			t.Errorf("%q runs off the text width", x.Text)
		}
		for _, w := range strings.Fields(x.Text) {
			if _, err := vntext.ParseNumber(w); err != nil && !words[w] && w != "STT" && w != "Cộng" && w != "Tổng" && w != "cộng" && w != "Đơn" && w != "vị" {
				t.Errorf("a word is cut: %q", w)
			}
		}
	}
	if small == 0 {
		t.Error("the field × unit table kept the usual type size")
	}
	checkSummaryLayout(t, d, st)
}

// TestSummaryHeadingsStayWithWhatFollows moves a run of headings and a
// table down the page line by line: no page may end with a heading or a
// caption, whatever falls at the foot.
func TestSummaryHeadingsStayWithWhatFollows(t *testing.T) {
	a := demoArchive(t, 60)
	st, _ := a.Stats(ctx, data.EntryFilter{})
	for k := 30; k < 60; k++ {
		text := strings.Repeat("Đoạn văn đệm.\n", k) + "II. KẾT QUẢ THỰC HIỆN\n1. Xây dựng, đăng ký mô hình, điển hình\n{bang_khen_thuong}\n" +
			"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI\nPhong trào thi đua “Dân vận khéo” được các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, " +
			"các đoàn thể chính trị – xã hội quan tâm lãnh đạo, chỉ đạo, triển khai nghiêm túc, sâu rộng."
		d, err := report.Summary(ctx, a, report.SummaryParams{Date: fixedDate, Narrative: text}, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		checkSummaryLayout(t, d, st)
		if t.Failed() {
			t.Fatalf("with %d lines before the headings", k)
		}
	}
}
