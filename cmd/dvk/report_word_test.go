package main

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wordXML returns the document part of a .docx: its WordprocessingML.
func wordXML(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s is not a Word file: %v", path, err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("%s has no word/document.xml", path)
	return ""
}

// TestReportWord makes each of the four documents that go out as Word
// with -o FILE.docx: the extension chooses the format.
func TestReportWord(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kho.dvk")
	if _, e, c := dvk(t, "demo", path); c != 0 {
		t.Fatal(e)
	}
	form := []string{"--year", "2025", "--form", "Bằng khen của Ban Thường vụ Tỉnh ủy", "--number", "21"}
	for _, c := range []struct {
		kind  string
		args  []string
		title string
		want  []string
	}{
		{"bao-cao", []string{"--phase", "2016-2020", "--number", "12"}, "Báo cáo kết quả phong trào",
			[]string{"Số 12-BC/BTGDVTU", "BÁO CÁO", "Bảng 1. Số mô hình, điển hình đăng ký theo đơn vị và lĩnh vực"}},
		{"bao-cao", []string{"--year", "2020"}, "Báo cáo kết quả phong trào", []string{"BÁO CÁO", "năm 2020"}},
		{"danh-sach", []string{"--phase", "2016-2020", "--group", "unit"}, "Danh sách mô hình, điển hình",
			[]string{"DANH SÁCH", "Tổng cộng: 1.045 mô hình, điển hình", "landscape"}},
		{"to-trinh", form, "Tờ trình đề nghị khen thưởng", []string{"TỜ TRÌNH", "Số 21-TTr/BTGDVTU", "DANH SÁCH", "landscape"}},
		{"danh-sach-de-nghi", form, "Danh sách đề nghị khen thưởng",
			[]string{"(Kèm theo Tờ trình số 21-TTr/BTGDVTU ngày 05/02/2026", "landscape"}},
	} {
		out := filepath.Join(dir, c.kind+" "+strings.Join(c.args[:2], "")+".docx")
		args := append(append([]string{"report", c.kind, path}, c.args...), "--date", "05/02/2026", "-o", out)
		stdout, errOut, code := dvk(t, args...)
		if code != 0 || !strings.Contains(stdout, "Đã ghi "+out+": "+c.title) || !strings.Contains(stdout, "tệp Word") {
			t.Fatalf("%s: %d %s %s", c.kind, code, stdout, errOut)
		}
		xml := wordXML(t, out)
		for _, want := range append(c.want, "ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Sơn, ngày 05 tháng 02 năm 2026", "<w:tblHeader/>") {
			if !strings.Contains(xml, want) {
				t.Errorf("%s %v: the Word file lacks %q", c.kind, c.args, want)
			}
		}
		if _, err := os.Stat(out + ".tam"); err == nil {
			t.Errorf("%s: the temporary file is left", c.kind)
		}
	}
	// The old .doc is not written under that name; nor is a document that
	// has no Word form.
	_, errOut, code := dvk(t, "report", "bao-cao", path, "--year", "2020", "-o", filepath.Join(dir, "cu.doc"))
	if code != 2 || !strings.Contains(errOut, ".docx") {
		t.Fatalf(".doc: %d %s", code, errOut)
	}
	bad := filepath.Join(dir, "phieu.docx")
	_, errOut, code = dvk(t, "report", "phieu-danh-gia", path, "--year", "2025", "--all", "-o", bad)
	if code == 0 || !strings.Contains(errOut, "chỉ xuất được ra PDF") {
		t.Fatalf("an evaluation sheet as Word: %d %s", code, errOut)
	}
	if _, err := os.Stat(bad); err == nil {
		t.Fatal("a Word file written for a document that has none")
	}
}
