package report_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// proposalArchive is a demo archive with proposals for the Bằng khen of the
// Ban Thường vụ Tỉnh ủy in 2025, made as the awards screen makes them:
// models and collective exemplars, and individuals, with long citations so
// the list runs over several pages; and, to be left out, a proposal of
// another form and a granted one.
func proposalArchive(t *testing.T) (*data.Archive, *data.AwardForm, *data.AwardForm) {
	t.Helper()
	a := demoArchive(t, 120)
	forms, err := a.AwardForms(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var btv, ubnd *data.AwardForm
	for _, f := range forms {
		switch f.Name {
		case "Bằng khen của Ban Thường vụ Tỉnh ủy":
			btv = f
		case "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh":
			ubnd = f
		}
	}
	ids := func(k data.Kind, n int) []int64 {
		rows, _, err := a.FindEntries(ctx, data.EntryFilter{Kind: k, Limit: n})
		if err != nil || len(rows) < min(n, 5) {
			t.Fatalf("%s: %d rows, %v", k, len(rows), err)
		}
		var out []int64
		for _, r := range rows {
			out = append(out, r.ID)
		}
		return out
	}
	long := "Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2025, góp phần vận động nhân dân " +
		"hiến đất, góp công làm đường giao thông nông thôn và giữ vững an ninh trật tự ở cơ sở."
	propose := func(ids []int64, f *data.AwardForm, citation string) []*data.Commendation {
		cs, err := a.ProposeCommendations(ctx, ids, 2025, f.ID, citation)
		if err != nil {
			t.Fatal(err)
		}
		return cs
	}
	propose(ids(data.KindModel, 16), btv, long)
	propose(ids(data.KindCollective, 6), btv, "Đã có thành tích xuất sắc trong xây dựng mô hình “Dân vận khéo” năm 2025.")
	propose(ids(data.KindIndividual, 12), btv, "Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2025.")
	propose(ids(data.KindModel, 30)[20:22], ubnd, "Không thuộc tờ trình này.")
	granted := propose(ids(data.KindModel, 30)[25:26], btv, "Đã được khen.")
	if err := a.GrantCommendations(ctx, []int64{granted[0].ID}, "125-QĐ/TU", "2025-12-20"); err != nil {
		t.Fatal(err)
	}
	// A collective named apart from its entry, with a name that runs over
	// several lines, and an individual with a long position.
	base, err := a.GetEntry(ctx, ids(data.KindModel, 1)[0])
	if err != nil {
		t.Fatal(err)
	}
	coll := &data.Entry{Kind: data.KindCollective, UnitID: base.UnitID, FieldID: base.FieldID, PhaseID: base.PhaseID, Year: base.Year,
		Person: "Chi hội Phụ nữ ấp Bàu Sen", Name: "Điển hình “Dân vận khéo” trong vận động hội viên phụ nữ tham gia xây dựng " +
			"nông thôn mới nâng cao, đô thị văn minh, giữ gìn vệ sinh môi trường, phân loại rác thải tại nguồn và chăm lo trẻ em có hoàn cảnh khó khăn"}
	ind := &data.Entry{Kind: data.KindIndividual, UnitID: base.UnitID, FieldID: base.FieldID, PhaseID: base.PhaseID, Year: base.Year,
		Person: "Tôn Nữ Thị Bích Ngọc", Position: "Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội đồng nhân dân xã, kiêm Trưởng ban Chỉ đạo phong trào",
		Name: "Bà Tôn Nữ Thị Bích Ngọc với cách làm “Dân vận khéo”"}
	for _, e := range []*data.Entry{coll, ind} {
		if err := a.SaveEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	propose([]int64{coll.ID, ind.ID}, btv, long)
	return a, btv, ubnd
}

// propExpected are the rows the papers must hold: what the archive holds.
type propExpected struct {
	collectives, individuals []data.CommendationRow
	entries                  map[int64]*data.Entry
}

func propExpect(t *testing.T, a *data.Archive, f data.CommendationFilter) propExpected {
	t.Helper()
	rows, _, err := a.FindCommendations(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	ex := propExpected{entries: map[int64]*data.Entry{}}
	for _, r := range rows {
		if ex.entries[r.EntryID], err = a.GetEntry(ctx, r.EntryID); err != nil {
			t.Fatal(err)
		}
		if r.Recipient.Kind == data.RecipientPerson {
			ex.individuals = append(ex.individuals, r)
		} else {
			ex.collectives = append(ex.collectives, r)
		}
	}
	// Individuals are listed in the order of their names.
	sort.SliceStable(ex.individuals, func(i, j int) bool {
		return vntext.Compare(ex.individuals[i].Recipient.Name, ex.individuals[j].Recipient.Name) < 0
	})
	return ex
}

// propFlat is pdftotext's text in drawing order with all white space made one
// space, so a name wrapped over lines of a cell reads as typed.
func propFlat(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(tempDir(t), "to-trinh.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(pdftotext(t, "-raw", path))), " ")
}

func propPad2(n int) string { return fmt.Sprintf("%02d", n) }

func TestProposalSubmissionAndList(t *testing.T) {
	a, btv, _ := proposalArchive(t)
	ex := propExpect(t, a, data.CommendationFilter{Year: 2025, FormID: btv.ID, Status: data.AwardProposed})
	nc, ni := len(ex.collectives), len(ex.individuals)
	p := report.ProposalParams{Year: 2025, FormID: btv.ID, Number: "15", Date: fixedDate}
	d, err := report.Proposal(ctx, a, p, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("DVK_REPORT_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, "to-trinh.pdf"), pdf, 0o644)
	}
	// The same proposal gives the same bytes.
	again, err := report.Proposal(ctx, a, p, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if pdf2, err := report.RenderPDF(again, report.Liberation()); err != nil || !bytes.Equal(pdf, pdf2) {
		t.Fatalf("the same proposal gives different bytes (%v)", err)
	}

	// The submission is portrait; the list starts on a new, landscape page.
	first := -1
	for i, pg := range d.Pages {
		if pg.W > pg.H && first < 0 {
			first = i
		}
		if first >= 0 && pg.W < pg.H {
			t.Fatalf("page %d is portrait after the list began", i+1)
		}
	}
	if first < 1 {
		t.Fatalf("list starts at page %d of %d", first+1, len(d.Pages))
	}
	if len(d.Pages)-first < 2 {
		t.Fatalf("the list should run over several pages for this test: %d", len(d.Pages)-first)
	}
	checkProposalPages(t, d, 0, first)
	checkProposalPages(t, d, first, len(d.Pages))
	if !propHasText(d, 0, "TỜ TRÌNH") || !propHasText(d, first, "DANH SÁCH") || !propHasText(d, 0, "Số 15-TTr/BTGDVTU") ||
		!propHasText(d, first, "(Kèm theo Tờ trình số 15-TTr/BTGDVTU ngày 05/02/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy)") ||
		!propHasText(d, first, "Phước Sơn, ngày 05 tháng 02 năm 2026") {
		t.Fatal("header or title missing on the first page of a document")
	}
	// Page 1 holds the whole submission: addressee, text and signature.
	if !propHasText(d, 0, "Kính gửi: ") || !propHasText(d, 0, "Nơi nhận:") || !propHasText(d, 0, "Nguyễn Thị Thanh Hương") {
		t.Error("the submission does not fit its first page")
	}
	// A part's heading never ends a page: its table's first row follows it;
	// the signature stands on a page with rows of the list.
	for i := first; i < len(d.Pages); i++ {
		for _, head := range []string{"I. TẬP THỂ", "II. CÁ NHÂN"} {
			if propHasText(d, i, head) && !propHasText(d, i, "1") {
				t.Errorf("page %d ends with the heading %q", i+1, head)
			}
		}
	}
	// A subtotal stands with a row of its part.
	for i := first; i < len(d.Pages); i++ {
		sub, row := false, false
		for _, tx := range d.PageTexts(i) {
			if strings.HasPrefix(tx.Text, "Cộng: ") {
				sub = true
			}
			if _, err := strconv.Atoi(tx.Text); err == nil && tx.Size == report.DefaultSpec().TableText {
				row = true
			}
		}
		if sub && !row {
			t.Errorf("page %d holds a subtotal without rows", i+1)
		}
	}
	if last := len(d.Pages) - 1; !propHasText(d, last, "Nguyễn Thị Thanh Hương") || !propHasText(d, last, "STT") {
		t.Error("the list's signature is not on a page with rows")
	}
	// Every list page with rows repeats the table's heading row.
	for i := first; i < len(d.Pages); i++ {
		rows := false
		for _, tx := range d.PageTexts(i) {
			if tx.Size == report.DefaultSpec().TableText && tx.Style == (report.Style{}) {
				rows = true
			}
		}
		if rows && !propHasText(d, i, "STT") {
			t.Errorf("page %d has rows but no heading row", i+1)
		}
	}

	text := propFlat(t, pdf)
	for _, want := range []string{"TỈNH ỦY PHƯỚC SƠN", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "ĐẢNG CỘNG SẢN VIỆT NAM",
		"Số 15-TTr/BTGDVTU", "TỜ TRÌNH",
		"về việc đề nghị tặng Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2025",
		"Kính gửi: Ban Thường vụ Tỉnh ủy",
		"Căn cứ Kế hoạch số 112-KH/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy về thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025;",
		"đề nghị tặng Bằng khen của Ban Thường vụ Tỉnh ủy cho " + propPad2(nc) + " tập thể và " + propPad2(ni) + " cá nhân có thành tích xuất sắc (có danh sách kèm theo).",
		"Ban Tuyên giáo và Dân vận Tỉnh ủy kính trình Ban Thường vụ Tỉnh ủy xem xét, quyết định./.",
		"Nơi nhận:", "- Như trên,", "- Lưu Văn phòng.", "K/T TRƯỞNG BAN", "Nguyễn Thị Thanh Hương",
		"DANH SÁCH", "tập thể, cá nhân được đề nghị tặng Bằng khen của Ban Thường vụ Tỉnh ủy có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2025",
		"(Kèm theo Tờ trình số 15-TTr/BTGDVTU ngày 05/02/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy)",
		"Cộng: " + propPad2(nc) + " tập thể", "Cộng: " + propPad2(ni) + " cá nhân",
		"Tổng cộng: " + propPad2(nc) + " tập thể và " + propPad2(ni) + " cá nhân./.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	for _, bad := range []string{"Không thuộc tờ trình này.", "Đã được khen."} {
		if strings.Contains(text, bad) {
			t.Errorf("PDF holds %q, which is not proposed for this form", bad)
		}
	}
	// Collectives in part I, individuals with their position in part II,
	// numbered from 1 in each part.
	partI, partII := strings.Index(text, "I. TẬP THỂ"), strings.Index(text, "II. CÁ NHÂN")
	if partI < 0 || partII < partI {
		t.Fatalf("parts at %d and %d", partI, partII)
	}
	for i, r := range ex.collectives {
		// The collective honoured, never the exemplar's or model's title.
		name, where := r.Recipient.Name, r.Recipient.Place
		if where == "" {
			where = r.Unit
		}
		if !strings.Contains(text[partI:partII], strconv.Itoa(i+1)+" "+name+" "+where+" "+r.Citation) {
			t.Errorf("part I lacks row %d: %s", i+1, name)
		}
	}
	for i, r := range ex.individuals {
		rc := r.Recipient
		where := rc.Place
		if where == "" {
			where = r.Unit
		}
		row := strconv.Itoa(i+1) + " " + rc.Name + " " + rc.Position + " " + where + " " + r.Citation
		if rc.Name == "" || !strings.Contains(text[partII:], row) {
			t.Errorf("part II lacks row %q", row)
		}
	}
}

// checkProposalPages checks the pages [from, to) of one document: everything in the
// margins, page numbers from its second page counted from its first.
func checkProposalPages(t *testing.T, d *report.Doc, from, to int) {
	t.Helper()
	s := report.DefaultSpec()
	for i := from; i < to; i++ {
		pg := d.Pages[i]
		left, right, top, bottom := s.MarginLeft, pg.W-s.MarginRight, s.MarginTop, pg.H-s.MarginBottom
		if pg.W > pg.H {
			left, right, top, bottom = s.LandLeft, pg.W-s.LandRight, s.LandTop, pg.H-s.LandBottom
		}
		number := ""
		for _, it := range pg.Items {
			switch x := it.(type) {
			case report.Text:
				if x.Y == s.PageNumberY {
					number = x.Text
					continue
				}
				if x.X < left-0.01 || x.X+x.W > right+0.01 || x.Y < top || x.Y > bottom {
					t.Errorf("page %d: %q at (%.1f, %.1f) width %.1f is outside the margins", i+1, x.Text, x.X, x.Y, x.W)
				}
			case report.Rect:
				if x.X < left-0.01 || x.X+x.W > right+0.01 || x.Y < top-0.01 || x.Y+x.H > bottom+0.01 {
					t.Errorf("page %d: box at (%.1f, %.1f) is outside the margins", i+1, x.X, x.Y)
				}
			}
		}
		want := ""
		if i > from {
			want = strconv.Itoa(i - from + 1)
		}
		if number != want {
			t.Errorf("page %d is numbered %q, want %q", i+1, number, want)
		}
	}
}

func propHasText(d *report.Doc, page int, s string) bool {
	for _, tx := range d.PageTexts(page) {
		if tx.Text == s {
			return true
		}
	}
	return false
}

func TestProposalListAloneAndReprint(t *testing.T) {
	a, btv, ubnd := proposalArchive(t)
	// The list alone: its own header, a number left to fill by hand, the
	// submission it belongs to cited likewise.
	d, err := report.ProposalList(ctx, a, report.ProposalParams{Year: 2025, FormID: btv.ID, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if d.Pages[0].W < d.Pages[0].H || propHasText(d, 0, "TỜ TRÌNH") || !propHasText(d, 0, "DANH SÁCH") {
		t.Fatal("the list alone should start with its own landscape page")
	}
	checkProposalPages(t, d, 0, len(d.Pages))
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	text := propFlat(t, pdf)
	for _, want := range []string{"(Kèm theo Tờ trình số -TTr/BTGDVTU ngày 05/02/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy)"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if strings.Contains(text, "-DS/") || strings.Contains(text, "Số -") {
		t.Error("the list alone carries a number of its own")
	}
	// Reprinting the awards made: the granted proposals only, ours among them.
	ex := propExpect(t, a, data.CommendationFilter{Year: 2025, FormID: btv.ID, Status: data.AwardGranted})
	d, err = report.Proposal(ctx, a, report.ProposalParams{Year: 2025, FormID: btv.ID, Status: data.AwardGranted, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	checkProposalPages(t, d, 0, 1)
	if pdf, err = report.RenderPDF(d, report.Liberation()); err != nil {
		t.Fatal(err)
	}
	text = propFlat(t, pdf)
	total := propPad2(len(ex.collectives)) + " tập thể"
	if len(ex.individuals) > 0 {
		total += " và " + propPad2(len(ex.individuals)) + " cá nhân"
	}
	for _, want := range []string{"Đã được khen.", "cho " + total + " có thành tích", "Tổng cộng: " + total + "./."} {
		if !strings.Contains(text, want) {
			t.Errorf("reprint lacks %q", want)
		}
	}
	if strings.Contains(text, "Đã có thành tích xuất sắc trong xây dựng mô hình “Dân vận khéo” năm 2025.") {
		t.Error("the reprint holds proposals not granted")
	}
	// The UBND form goes to the provincial People's Committee.
	d, err = report.Proposal(ctx, a, report.ProposalParams{Year: 2025, FormID: ubnd.ID, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if pdf, err = report.RenderPDF(d, report.Liberation()); err != nil {
		t.Fatal(err)
	}
	if text = propFlat(t, pdf); !strings.Contains(text, "Kính gửi: Ủy ban nhân dân tỉnh") ||
		!strings.Contains(text, "kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.") {
		t.Errorf("UBND submission:\n%s", text[:min(len(text), 1500)])
	}
}

func TestProposalDefaultsAndErrors(t *testing.T) {
	a, btv, _ := proposalArchive(t)
	forms, _ := a.AwardForms(ctx)
	var gk *data.AwardForm
	for _, f := range forms {
		if strings.HasPrefix(f.Name, "Giấy khen") {
			gk = f
		}
	}
	if _, err := a.ProposeCommendations(ctx, []int64{1}, 2024, gk.ID, "Đã có thành tích."); err != nil {
		t.Fatal(err)
	}
	to, body, err := report.ProposalDefaults(ctx, a, report.ProposalParams{Year: 2024, FormID: gk.ID})
	if err != nil || to != "Ban Tuyên giáo và Dân vận Tỉnh ủy" || !strings.Contains(body, "cho 01 ") {
		t.Fatalf("defaults: %q %q %v", to, body, err)
	}
	// A recipient and a body typed by the office are printed as typed;
	// several recipients stand one a line.
	p := report.ProposalParams{Year: 2025, FormID: btv.ID, Date: fixedDate,
		Recipient: "- Thường trực Tỉnh ủy,\n- Ban Thường vụ Tỉnh ủy.",
		Body:      "Đoạn thứ nhất do Văn phòng soạn.\nĐoạn thứ hai, kính trình xem xét./."}
	d, err := report.Proposal(ctx, a, p, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if !propHasText(d, 0, "Thường trực Tỉnh ủy") || !propHasText(d, 0, "Ban Thường vụ Tỉnh ủy") ||
		!propHasText(d, 0, "Đoạn thứ nhất do Văn phòng soạn.") || !propHasText(d, 0, "Đoạn thứ hai, kính trình xem xét./.") {
		t.Fatal("typed recipient or body not printed")
	}
	checkProposalPages(t, d, 0, 1)
	// Nothing proposed, or no form: a Vietnamese message.
	_, err = report.Proposal(ctx, a, report.ProposalParams{Year: 2019, FormID: btv.ID}, report.Liberation())
	if data.ErrorCode(err) != data.ENotFound || !strings.Contains(data.ErrorMessage(err), "Không có tập thể, cá nhân nào được đề nghị tặng Bằng khen của Ban Thường vụ Tỉnh ủy năm 2019") {
		t.Errorf("empty: %v", err)
	}
	if _, err = report.Proposal(ctx, a, report.ProposalParams{Year: 2025}, report.Liberation()); data.ErrorCode(err) != data.EInvalid {
		t.Errorf("no form: %v", err)
	}
}
