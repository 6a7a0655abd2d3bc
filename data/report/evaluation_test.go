package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// sheetScoredEvaluation returns an evaluation of the latest year that has any,
// scored against a criteria set with groups, with a comment and locked.
func sheetScoredEvaluation(t *testing.T, a *data.Archive) (*data.Evaluation, *data.CriteriaSet) {
	t.Helper()
	for y := 2025; y >= 2021; y-- {
		rows, _, err := a.FindEvaluations(ctx, data.EvaluationFilter{Year: y})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 0 {
			continue
		}
		ev, err := a.GetEvaluation(ctx, rows[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		ev.Comments = "Mô hình có cách làm sáng tạo, được nhân dân đồng tình ủng hộ.\nCần tiếp tục nhân rộng ra các xã lân cận."
		if err := a.SaveEvaluation(ctx, ev); err != nil {
			t.Fatal(err)
		}
		if err := a.LockEvaluation(ctx, ev.ID, ev.Version); err != nil {
			t.Fatal(err)
		}
		if ev, err = a.GetEvaluation(ctx, ev.ID); err != nil {
			t.Fatal(err)
		}
		set, err := a.GetCriteriaSet(ctx, ev.SetID)
		if err != nil {
			t.Fatal(err)
		}
		return ev, set
	}
	t.Fatal("the demo archive has no evaluation from 2021 on")
	return nil, nil
}

// sheetColumn returns the texts of a page whose left edge is at x (a
// table column), bold or not.
func sheetColumn(d *report.Doc, page int, x float64, bold bool) []string {
	var out []string
	for _, tx := range d.PageTexts(page) {
		if sheetAbs(tx.X-x) < 0.01 && tx.Style.Bold == bold && tx.Text != "" {
			out = append(out, tx.Text)
		}
	}
	return out
}

func sheetAbs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// sheetCheckPages checks what every document must respect: text inside the
// margins of Spec, page numbers only from page 2, centred at the top.
func sheetCheckPages(t *testing.T, d *report.Doc, firstPages map[int]bool) {
	t.Helper()
	s := report.DefaultSpec()
	for i, p := range d.Pages {
		numbered := false
		for _, it := range p.Items {
			switch x := it.(type) {
			case report.Text:
				if x.Y == s.PageNumberY {
					numbered = true
					continue
				}
				if x.X < s.MarginLeft-0.01 || x.X+x.W > s.PageW-s.MarginRight+0.01 ||
					x.Y-0.93*x.Size*25.4/72 < s.MarginTop-0.01 || x.Y > s.PageH-s.MarginBottom+0.01 {
					t.Errorf("page %d: %q at (%.1f, %.1f) w %.1f leaves the margins", i+1, x.Text, x.X, x.Y, x.W)
				}
			case report.Image:
				if x.X < s.MarginLeft || x.X+x.W > s.PageW-s.MarginRight || x.Y < s.MarginTop || x.Y+x.H > s.PageH-s.MarginBottom {
					t.Errorf("page %d: the photo leaves the margins", i+1)
				}
			}
		}
		if numbered == firstPages[i] {
			t.Errorf("page %d: numbered %v, first page of a document %v", i+1, numbered, firstPages[i])
		}
	}
}

func sheetWriteOut(t *testing.T, name string, pdf []byte) {
	if dir := os.Getenv("DVK_REPORT_OUT"); dir != "" {
		os.MkdirAll(dir, 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
			t.Error(err)
		}
	}
}

func TestEvaluationSheet(t *testing.T) {
	a := demoArchive(t, 40)
	ev, set := sheetScoredEvaluation(t, a)
	e, err := a.GetEntry(ctx, ev.EntryID)
	if err != nil {
		t.Fatal(err)
	}
	d, err := report.Evaluation(ctx, a, report.EvaluationParams{EvaluationID: ev.ID}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	sheetWriteOut(t, "phieu-danh-gia.pdf", pdf)
	if len(d.Pages) != 1 {
		t.Fatalf("one sheet on %d pages", len(d.Pages))
	}
	sheetCheckPages(t, d, map[int]bool{0: true})

	// The table: a row per criterion with its maximum and awarded points,
	// in the set's order, then the total.
	s := report.DefaultSpec()
	pad := s.SheetCellPadding
	right := s.PageW - s.MarginRight
	var wantNo, wantMax, wantScore, wantNames []string
	groups := 0
	for i, c := range set.Criteria {
		if i == 0 || c.Group != set.Criteria[i-1].Group {
			groups++
		}
		wantNo = append(wantNo, strconv.Itoa(i+1))
		wantMax = append(wantMax, vntext.FormatScore(c.MaxPoints))
		wantScore = append(wantScore, vntext.FormatScore(ev.Scores[c.ID]))
		wantNames = append(wantNames, c.Name)
	}
	if groups < 2 {
		t.Fatalf("the set has %d groups", groups)
	}
	check := func(what string, got, want []string) {
		t.Helper()
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", what, got, want)
		}
	}
	check("STT", sheetColumn(d, 0, s.MarginLeft+pad, false), wantNo)
	check("criteria", []string{strings.Join(sheetColumn(d, 0, s.MarginLeft+s.SheetNoW+pad, false), " ")}, []string{strings.Join(wantNames, " ")})
	check("maximum", sheetColumn(d, 0, right-2*s.SheetPointsW+pad, false), wantMax)
	check("awarded", sheetColumn(d, 0, right-s.SheetPointsW+pad, false), wantScore)
	totals := sheetColumn(d, 0, right-s.SheetPointsW+pad, true)
	if totals[len(totals)-1] != vntext.FormatScore(ev.Total) {
		t.Errorf("total %q, want %q", totals[len(totals)-1], vntext.FormatScore(ev.Total))
	}
	if ev.Conclusion != set.Conclude(ev.Total) || ev.Conclusion == "" {
		t.Fatalf("conclusion %q for %v", ev.Conclusion, ev.Total)
	}

	text := pdfText(t, pdf)
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM",
		"mô hình, điển hình “Dân vận khéo” năm " + strconv.Itoa(ev.Year),
		"Tên mô hình, điển hình: " + e.Name, "Phước Sơn, ngày ", " tháng 12 năm " + strconv.Itoa(ev.Year),
		"Tổng cộng " + vntext.FormatScore(set.MaxTotal()) + " " + vntext.FormatScore(ev.Total),
		"Kết luận: " + ev.Conclusion, "Xuất sắc: từ 90 điểm trở lên; Tốt: từ 75 đến dưới 90; Đạt: từ 50 đến dưới 75;",
		"Không đạt: dưới 50 điểm", "Nhận xét: Mô hình có cách làm sáng tạo", "Cần tiếp tục nhân rộng",
		"NGƯỜI CHẤM", ev.Evaluator, "Phiếu đã khóa ngày " + vntext.FormatDate(ev.UpdatedAt)} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if strings.Contains(text, "Số ") || strings.Contains(text, "(Ký, ghi rõ họ tên)") {
		t.Error("a scored sheet carries a number line or a blank signature note")
	}
}

func TestEvaluationBlankSheet(t *testing.T) {
	a := demoArchive(t, 40)
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var entry int64
	for _, r := range rows {
		evs, _ := a.EntryEvaluations(ctx, r.ID)
		if len(evs) == 0 {
			entry = r.ID
			break
		}
	}
	if entry == 0 {
		t.Fatal("every demo entry is scored")
	}
	_, err = report.Evaluation(ctx, a, report.EvaluationParams{EntryID: entry, Year: 2024}, report.Liberation())
	if data.ErrorCode(err) != data.ENotFound || !strings.Contains(data.ErrorMessage(err), "phiếu trắng") {
		t.Fatalf("an entry not scored: %v", err)
	}
	d, err := report.Evaluation(ctx, a, report.EvaluationParams{EntryID: entry, Year: 2024, Blank: true}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	sheetCheckPages(t, d, map[int]bool{0: true})
	s := report.DefaultSpec()
	right := s.PageW - s.MarginRight
	if got := sheetColumn(d, 0, right-s.SheetPointsW+s.SheetCellPadding, false); len(got) != 0 {
		t.Fatalf("a blank sheet has scores %q", got)
	}
	if got := sheetColumn(d, 0, right-2*s.SheetPointsW+s.SheetCellPadding, false); len(got) != 8 {
		t.Fatalf("the 2021–2025 set has 8 criteria, the sheet %q", got)
	}
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	sheetWriteOut(t, "phieu-trang.pdf", pdf)
	flat := strings.Join(strings.Fields(pdfText(t, pdf)), " ")
	for _, want := range []string{"năm 2024", "Tổng cộng 100", "Kết luận: ....", "Nhận xét: ....", "NGƯỜI CHẤM (Ký, ghi rõ họ tên)",
		"Phước Sơn, ngày tháng năm 2024"} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
}

func TestEvaluationSheetsOfAYear(t *testing.T) {
	a := demoArchive(t, 40)
	rows, n, err := a.FindEvaluations(ctx, data.EvaluationFilter{Year: 2023})
	if err != nil || n < 2 {
		t.Fatalf("%d evaluations in 2023: %v", n, err)
	}
	var out [][]byte
	for i := 0; i < 2; i++ {
		d, err := report.Evaluation(ctx, a, report.EvaluationParams{Year: 2023}, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		// Each sheet starts a page of its own with its header; none is numbered.
		first := map[int]bool{}
		for p := range d.Pages {
			for _, tx := range d.PageTexts(p) {
				if tx.Text == "PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM" {
					first[p] = true
				}
			}
		}
		if len(first) != len(rows) {
			t.Fatalf("%d sheets for %d evaluations", len(first), len(rows))
		}
		sheetCheckPages(t, d, first)
		pdf, err := report.RenderPDF(d, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, pdf)
		if i == 0 {
			sheetWriteOut(t, "phieu-ca-nam.pdf", pdf)
			flat := strings.Join(strings.Fields(pdfText(t, pdf)), " ")
			for _, r := range rows {
				if !strings.Contains(flat, r.Entry) || !strings.Contains(flat, vntext.FormatScore(r.Total)) {
					t.Errorf("the sheet of %q (%v) is missing", r.Entry, r.Total)
				}
			}
		}
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Fatal("the same sheets give different bytes")
	}
	if _, err := report.Evaluation(ctx, a, report.EvaluationParams{Year: 1999}, report.Liberation()); data.ErrorCode(err) != data.ENotFound {
		t.Fatalf("a year without sheets: %v", err)
	}
}
