package report_test

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strconv"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// sheetPicture encodes a w×h picture with a gradient, as PNG (16-bit if
// deep) or JPEG.
func sheetPicture(t *testing.T, w, h int, format string, deep bool) []byte {
	t.Helper()
	var img image.Image
	if deep {
		m := image.NewRGBA64(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				m.Set(x, y, color.RGBA64{uint16(x * 65535 / w), uint16(y * 65535 / h), 30000, 65535})
			}
		}
		img = m
	} else {
		m := image.NewRGBA(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				m.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 120, 255})
			}
		}
		img = m
	}
	var buf bytes.Buffer
	var err error
	if format == "jpeg" {
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90})
	} else {
		err = png.Encode(&buf, img)
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sheetCommendedEntry returns an entry with a granted commendation (and so
// recognitions), with a long method text, no notes, a broken picture and
// a photo.
func sheetCommendedEntry(t *testing.T, a *data.Archive) (*data.Entry, []byte) {
	t.Helper()
	rows, _, err := a.FindCommendations(ctx, data.CommendationFilter{Status: data.AwardGranted})
	if err != nil || len(rows) == 0 {
		t.Fatalf("no granted commendation: %v", err)
	}
	e, err := a.GetEntry(ctx, rows[0].EntryID)
	if err != nil {
		t.Fatal(err)
	}
	var long []string
	for i := 1; i <= 14; i++ {
		long = append(long, "Bước "+strconv.Itoa(i)+": cấp ủy chỉ đạo, Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội phối hợp "+
			"vận động nhân dân tham gia, bàn bạc công khai, dân chủ từng việc; kết quả được báo cáo định kỳ với cấp ủy, "+
			"chính quyền và được nhân dân giám sát, đánh giá qua các buổi họp tổ dân cư hằng tháng.")
	}
	e.Method = strings.Join(long, "\n")
	e.Notes = ""
	if err := a.SaveEntry(ctx, e); err != nil {
		t.Fatal(err)
	}
	if _, err := a.AddAttachment(ctx, e.ID, "anh-hong.png", "", []byte("\x89PNG\r\n\x1a\nkhông phải ảnh")); err != nil {
		t.Fatal(err)
	}
	photo := sheetPicture(t, 300, 200, "png", false)
	if _, err := a.AddAttachment(ctx, e.ID, "ra-mat.png", "Lễ ra mắt mô hình tại nhà văn hóa ấp", photo); err != nil {
		t.Fatal(err)
	}
	if e, err = a.GetEntry(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	return e, photo
}

func TestProfile(t *testing.T) {
	a := demoArchive(t, 40)
	e, photo := sheetCommendedEntry(t, a)
	d, err := report.Profile(ctx, a, report.ProfileParams{EntryID: e.ID, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) < 3 {
		t.Fatalf("a long file on %d pages", len(d.Pages))
	}
	sheetCheckPages(t, d, map[int]bool{0: true})
	s := report.DefaultSpec()

	// The photo: the readable one, its own bytes, fitted in the box with
	// its proportions.
	var images []report.Image
	for _, p := range d.Pages {
		for _, it := range p.Items {
			if im, ok := it.(report.Image); ok {
				images = append(images, im)
			}
		}
	}
	if len(images) != 1 || !bytes.Equal(images[0].Data, photo) || images[0].Type != "PNG" {
		t.Fatalf("photos %d", len(images))
	}
	if im := images[0]; im.W > s.ProfilePhotoW+0.01 || im.H > s.ProfilePhotoH+0.01 || sheetAbs(im.W/im.H-1.5) > 0.001 {
		t.Fatalf("photo %.1f × %.1f mm", im.W, im.H)
	}

	// Every non-empty section under its heading, in the form's order; no
	// heading ends a page.
	var headings []string
	for i := range d.Pages {
		var last report.Text
		for _, tx := range d.PageTexts(i) {
			if tx.Y == s.PageNumberY {
				continue
			}
			if tx.Text == "I. THÔNG TIN CHUNG" {
				headings = headings[:0]
			}
			if tx.Style.Bold && tx.Size == s.Body && tx.X < s.PageW/2 { // not the signature, on the right
				headings = append(headings, tx.Text)
			}
			last = tx
		}
		if last.Style.Bold && last.Size == s.Body && i < len(d.Pages)-1 {
			t.Errorf("page %d ends with the heading %q", i+1, last.Text)
		}
	}
	want := []string{"I. THÔNG TIN CHUNG", "II. NỘI DUNG MÔ HÌNH, ĐIỂN HÌNH"}
	n := 0
	for _, col := range []string{"situation", "objectives", "criteria", "method", "scope", "forces", "resources", "time_frame", "results", "replication", "notes"} {
		text := map[string]string{"situation": e.Situation, "objectives": e.Objectives, "criteria": e.Criteria, "method": e.Method,
			"scope": e.Scope, "forces": e.Forces, "resources": e.Resources, "time_frame": e.TimeFrame, "results": e.Results,
			"replication": e.Replication, "notes": e.Notes}[col]
		if strings.TrimSpace(text) != "" {
			n++
			want = append(want, strconv.Itoa(n)+". "+data.EntryFieldLabels[col])
		}
	}
	want = append(want, "III. QUÁ TRÌNH CÔNG NHẬN", "IV. KHEN THƯỞNG", "V. ĐÁNH GIÁ, CHẤM ĐIỂM")
	if strings.Join(headings, "|") != strings.Join(want, "|") || n < 8 || strings.Contains(strings.Join(headings, "|"), "Ghi chú") {
		t.Errorf("headings\n got %q\nwant %q", headings, want)
	}

	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	sheetWriteOut(t, "ho-so.pdf", pdf)
	flat := strings.Join(strings.Fields(pdfText(t, pdf)), " ")
	wantText := []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "HỒ SƠ MÔ HÌNH, ĐIỂN HÌNH", e.Name, "Đơn vị thực hiện", "Năm đăng ký " + strconv.Itoa(e.Year),
		"Lễ ra mắt mô hình tại nhà văn hóa ấp", "Bước 14: cấp ủy chỉ đạo", "Hồ sơ in ngày 05/02/2026 từ kho dữ liệu Dân vận khéo.",
		// The office confirms the file: place and date, and its signature.
		"Phước Sơn, ngày 05 tháng 02 năm 2026", "XÁC NHẬN CỦA BAN TUYÊN GIÁO", "VÀ DÂN VẬN", "K/T TRƯỞNG BAN", "Nguyễn Thị Thanh Hương"}
	recs, _ := a.EntryRecognitions(ctx, e.ID)
	for _, r := range recs {
		wantText = append(wantText, strconv.Itoa(r.Year)+" "+r.Status.Label())
	}
	coms, _ := a.EntryCommendations(ctx, e.ID)
	for _, c := range coms {
		wantText = append(wantText, strings.Fields(c.DecisionNo)[0], c.Status.Label())
	}
	evs, _ := a.EntryEvaluations(ctx, e.ID)
	for _, ev := range evs {
		wantText = append(wantText, vntext.FormatScore(ev.Total)+"/100")
	}
	if len(recs) == 0 || len(coms) == 0 {
		t.Fatalf("%d recognitions, %d commendations", len(recs), len(coms))
	}
	for _, w := range wantText {
		if !strings.Contains(flat, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	if strings.Contains(flat, "Số ") && !strings.Contains(flat, "Số nơi nhân rộng") {
		t.Error("a file carries a document number")
	}

	// The same file again gives the same bytes.
	d2, err := report.Profile(ctx, a, report.ProfileParams{EntryID: e.ID, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	pdf2, err := report.RenderPDF(d2, report.Liberation())
	if err != nil || !bytes.Equal(pdf, pdf2) {
		t.Fatalf("the same file gives different bytes (%v)", err)
	}
}

func TestProfileBatchAndPhotos(t *testing.T) {
	a := demoArchive(t, 20)
	ids, err := a.EntryIDs(ctx, data.EntryFilter{})
	if err != nil || len(ids) < 3 {
		t.Fatal(err)
	}
	// A phone photo is scaled down to print resolution; a 16-bit PNG,
	// which the PDF writer cannot embed, is written again as 8-bit.
	big := sheetPicture(t, 3000, 2000, "jpeg", false)
	if _, err := a.AddAttachment(ctx, ids[1], "anh-lon.jpg", "", big); err != nil {
		t.Fatal(err)
	}
	if _, err := a.AddAttachment(ctx, ids[2], "anh-16bit.png", "", sheetPicture(t, 120, 90, "png", true)); err != nil {
		t.Fatal(err)
	}
	d, err := report.Profile(ctx, a, report.ProfileParams{EntryIDs: ids[:3], Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	first := map[int]bool{}
	var images []report.Image
	for i, p := range d.Pages {
		for _, it := range p.Items {
			if tx, ok := it.(report.Text); ok && tx.Text == "HỒ SƠ MÔ HÌNH, ĐIỂN HÌNH" {
				first[i] = true
			}
			if im, ok := it.(report.Image); ok {
				images = append(images, im)
			}
		}
	}
	if len(first) != 3 || !first[0] {
		t.Fatalf("3 files start on pages %v", first)
	}
	sheetCheckPages(t, d, first)
	if len(images) != 2 || images[0].Type != "JPG" || len(images[0].Data) >= len(big) {
		t.Fatalf("images %d", len(images))
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(images[0].Data))
	s := report.DefaultSpec()
	if err != nil || cfg.Width > int(s.ProfilePhotoW/25.4*s.ProfilePhotoDPI)+1 {
		t.Fatalf("scaled photo %v %v", cfg, err)
	}
	if b := images[1].Data; images[1].Type != "PNG" || len(b) < 29 || b[24] != 8 {
		t.Fatal("the 16-bit PNG was not written again as 8-bit")
	}
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	sheetWriteOut(t, "ho-so-nhieu.pdf", pdf)
	if _, err := report.Profile(ctx, a, report.ProfileParams{}, report.Liberation()); data.ErrorCode(err) != data.EInvalid {
		t.Fatalf("no entry: %v", err)
	}
}
