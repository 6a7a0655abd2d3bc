package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestReportCertificates prints a year's certificates of one form from
// the command line, in full and onto pre-printed forms, and the
// calibration page.
func TestReportCertificates(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "kho.dvk")
	if _, e, c := dvk(t, "demo", path); c != 0 {
		t.Fatal(e)
	}
	a, err := data.Open(ctx, path, data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var formID int64
	forms, _ := a.AwardForms(ctx)
	for _, f := range forms {
		if f.Name == "Bằng khen của Ban Thường vụ Tỉnh ủy" {
			formID = f.ID
		}
	}
	rows, n, err := a.FindCommendations(ctx, data.CommendationFilter{Year: 2025, Status: data.AwardGranted, FormID: formID})
	a.Close()
	if err != nil || n == 0 {
		t.Fatalf("%d granted in 2025: %v", n, err)
	}
	pdfText := func(p string) string {
		out, err := exec.Command("pdftotext", "-layout", p, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		return string(out)
	}

	out := filepath.Join(dir, "Bằng khen.pdf")
	stdout, errOut, code := dvk(t, "report", "giay-khen", path, "--year", "2025", "--form", "bang khen cua ban thuong vu", "-o", out)
	if code != 0 || !strings.Contains(stdout, "Đã ghi "+out+": Giấy khen, bằng khen") || !strings.Contains(stdout, fi(n)+" trang") {
		t.Fatalf("giay-khen: %d %s %s", code, stdout, errOut)
	}
	text := pdfText(out)
	for _, want := range []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY PHƯỚC SƠN", "TẶNG", "BẰNG KHEN", "Quyết định số " + rows[0].DecisionNo,
		"T/M BAN THƯỜNG VỤ"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	if c := strings.Count(text, "TẶNG"); c != n {
		t.Errorf("%d certificates for %d commendations", c, n)
	}

	over := filepath.Join(dir, "phoi.pdf")
	_, errOut, code = dvk(t, "report", "giay-khen", path, "--year", "2025", "--form", "bang khen cua ban thuong vu",
		"--overlay", "--prefix", "khong", "-o", over)
	if code != 0 {
		t.Fatalf("overlay: %d %s", code, errOut)
	}
	if text := pdfText(over); strings.Contains(text, "TẶNG") || strings.Contains(text, "Đồng chí") ||
		!strings.Contains(text, "Quyết định số "+rows[0].DecisionNo) {
		t.Errorf("overlay prints the form's own texts or lacks the variable ones:\n%s", text[:min(len(text), 800)])
	}

	cal := filepath.Join(dir, "hieu chinh.pdf")
	if _, errOut, code = dvk(t, "report", "hieu-chinh", path, "--form", "giay khen cua ban tuyen giao", "-o", cal); code != 0 {
		t.Fatalf("hieu-chinh: %d %s", code, errOut)
	}
	if text := pdfText(cal); !strings.Contains(text, "TRANG HIỆU CHỈNH VỊ TRÍ IN – GIẤY KHEN") || !strings.Contains(text, "Họ tên người ký") {
		t.Errorf("calibration page:\n%s", text[:min(len(text), 800)])
	}
	if _, errOut, code = dvk(t, "report", "hieu-chinh", path, "-o", cal); code != 2 || !strings.Contains(errOut, "--form") {
		t.Errorf("no form: %d %s", code, errOut)
	}
	if _, errOut, code = dvk(t, "report", "giay-khen", path, "--year", "2019", "-o", out); code == 0 ||
		!strings.Contains(errOut, "Không có khen thưởng nào") {
		t.Errorf("a year without awards: %d %s", code, errOut)
	}
}
