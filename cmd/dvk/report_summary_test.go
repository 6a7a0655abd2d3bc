package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// summaryPDFWords is what pdftotext reads from a PDF, its white space collapsed.
func summaryPDFWords(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// TestReportSummary makes the report of a phase, of a year with its text
// from a file, and of a year with the text saved in the archive, as a
// script would at the end of a year.
func TestReportSummary(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "kho.dvk")
	if _, e, c := dvk(t, "demo", path); c != 0 {
		t.Fatal(e)
	}
	pdf := filepath.Join(dir, "bao cao.pdf")
	out, errOut, code := dvk(t, "report", "bao-cao", path, "--phase", "2016-2020", "--number", "Số 12-BC/BTGDVTU",
		"--date", "05/02/2026", "-o", pdf)
	if code != 0 || !strings.Contains(out, "Đã ghi "+pdf+": Báo cáo kết quả phong trào") {
		t.Fatalf("phase report: %d %s %s", code, out, errOut)
	}
	text := summaryPDFWords(t, pdf)
	for _, want := range []string{"Số 12-BC/BTGDVTU", "ngày 05 tháng 02 năm 2026", "BÁO CÁO",
		"kết quả thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2016–2020",
		"toàn tỉnh đã đăng ký xây dựng 1.045 mô hình, điển hình", "Bảng 4. Khen thưởng theo hình thức và năm", "Nơi nhận:"} {
		if !strings.Contains(text, want) {
			t.Errorf("phase report lacks %q", want)
		}
	}

	a, err := data.Open(ctx, path, data.Options{BackupDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	st, err := a.Stats(ctx, data.EntryFilter{Year: 2018})
	if err != nil {
		t.Fatal(err)
	}
	if err := report.SaveSummaryNarrative(ctx, a, 0, 2018, "Văn bản đã lưu: {tong_so} mô hình, điển hình năm {nam}."); err != nil {
		t.Fatal(err)
	}
	a.Close()
	total := vntext.FormatInt(int64(st.Total))

	narrative := filepath.Join(dir, "noi dung.txt")
	os.WriteFile(narrative, []byte("I. KẾT QUẢ\r\nTrong năm {nam} có {tong_so} mô hình, điển hình; {chua_co}.\r\n"), 0o644)
	if out, errOut, code = dvk(t, "report", "bao-cao", path, "--year", "2018", "--narrative", narrative, "-o", pdf); code != 0 {
		t.Fatalf("year report: %d %s %s", code, out, errOut)
	}
	text = summaryPDFWords(t, pdf)
	if !strings.Contains(text, "Trong năm 2018 có "+total+" mô hình, điển hình; {chua_co}.") || strings.Contains(text, "Văn bản đã lưu") {
		t.Errorf("the file's text was not used: %s", text[:min(len(text), 800)])
	}
	if _, _, code = dvk(t, "report", "bao-cao", path, "--year", "2018", "-o", pdf); code != 0 {
		t.Fatal("year report with the saved text")
	}
	if text = summaryPDFWords(t, pdf); !strings.Contains(text, "Văn bản đã lưu: "+total+" mô hình, điển hình năm 2018.") {
		t.Errorf("the saved text was not used: %s", text[:min(len(text), 800)])
	}

	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--field", "Kinh tế"}, 2, "chỉ chọn theo --phase, --year và --unit"},
		{[]string{"--date", "31/02/2026"}, 2, "Ngày không hợp lệ"},
		{[]string{"--narrative", filepath.Join(dir, "khong-co.txt")}, 1, "Không đọc được tệp nội dung báo cáo"},
		{[]string{"--phase", "2030-2035"}, 1, "Không tìm thấy giai đoạn"},
	} {
		args := append([]string{"report", "bao-cao", path, "-o", filepath.Join(dir, "x.pdf")}, c.args...)
		_, errOut, code := dvk(t, args...)
		if code != c.code || !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: exit %d %q", c.args, code, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
		t.Error("a failed report left a file")
	}
}
