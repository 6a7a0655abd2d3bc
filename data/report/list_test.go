package report_test

import (
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/internal/testdir"
	"github.com/danvankheo/danvankheo/data/report"
)

var ctx = context.Background()

// demoArchive makes a demo archive of n entries in a temporary folder.
func demoArchive(t testing.TB, n int) *data.Archive {
	t.Helper()
	dir := tempDir(t)
	a, err := data.Create(ctx, filepath.Join(dir, "kho.dvk"), data.Options{BackupDir: filepath.Join(dir, "bk")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	if _, err := demo.Generate(ctx, a, demo.Options{Entries: n}); err != nil {
		t.Fatal(err)
	}
	return a
}

// pdfText writes a PDF and returns what pdftotext reads from it.
func pdfText(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(tempDir(t), "tai-lieu.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return string(pdftotext(t, "-layout", path))
}

// pdftotext runs poppler's pdftotext with the option given on the PDF at
// path and returns the text. make test installs it, so a missing pdftotext
// fails the test; but the Windows test binaries (.ci/windows-tests) run
// under wine, where there is none: there the test ends here, skipped,
// after every check that came before.
func pdftotext(t testing.TB, option, path string) []byte {
	t.Helper()
	if runtime.GOOS == "windows" {
		if _, err := exec.LookPath("pdftotext"); err != nil {
			t.Skip("pdftotext is not installed on this Windows machine: the PDF's text is not checked")
		}
	}
	out, err := exec.Command("pdftotext", option, path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (make test installs poppler-utils): %v", err)
	}
	return out
}

var fixedDate = time.Date(2026, 2, 5, 9, 0, 0, 0, time.Local)

func TestListOfTheSeedPhase(t *testing.T) {
	a := demoArchive(t, demo.SeedEntries) // the seed's 2016–2020 registrations alone
	d, err := report.List(ctx, a, report.ListParams{Group: report.GroupUnit, Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := report.RenderPDF(d, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("DVK_REPORT_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, "danh-sach.pdf"), pdf, 0o644)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY PHƯỚC SƠN", "Phước Sơn, ngày 05 tháng 02 năm 2026",
		"DANH SÁCH", "mô hình, điển hình “Dân vận khéo”", "Tổng cộng: 1.045 mô hình, điển hình", "Nơi nhận:", "Nguyễn Thị Thanh Hương"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	// A danh sách is no document type of 36-HD: it has no number.
	if regexp.MustCompile(`Số\s*\d*\s*-\w+/`).MatchString(text) {
		t.Error("the list carries a number")
	}
	t.Logf("%d pages, %d bytes", len(d.Pages), len(pdf))
}

func TestPreviewImage(t *testing.T) {
	a := demoArchive(t, 40)
	d, err := report.List(ctx, a, report.ListParams{Date: fixedDate}, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	img, err := report.RenderPage(d, 0, 60, report.Liberation())
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	// A4 landscape at 60 dpi: 297 × 210 mm.
	if b.Dx() != 701 || b.Dy() != 496 {
		t.Fatalf("size %v", b)
	}
	// The page is white with black text in the header area.
	dark := 0
	for y := 30; y < 100; y++ {
		for x := 40; x < 660; x++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x4000 {
				dark++
			}
		}
	}
	if dark < 200 {
		t.Fatalf("only %d dark pixels in the header", dark)
	}
	if dir := os.Getenv("DVK_REPORT_OUT"); dir != "" {
		f, _ := os.Create(filepath.Join(dir, "xem-truoc.png"))
		png.Encode(f, img)
		f.Close()
	}
}

// tempDir is t.TempDir, also under wine.
var tempDir = testdir.New
