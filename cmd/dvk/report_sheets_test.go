package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// sheetPDFWords runs pdftotext on a written PDF and returns its words joined by
// single spaces, so wrapped lines compare as one text.
func sheetPDFWords(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestReportSheetsAndProfiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kho.dvk")
	if _, e, c := dvk(t, "demo", path, "--entries", "40"); c != 0 {
		t.Fatal(e)
	}
	ctx := context.Background()
	a, err := data.Open(ctx, path, data.Options{ReadOnly: true, BackupDir: filepath.Join(dir, "bk")})
	if err != nil {
		t.Fatal(err)
	}
	rows, n, err := a.FindEvaluations(ctx, data.EvaluationFilter{Year: 2023})
	if err != nil || n < 2 {
		t.Fatalf("%d evaluations: %v", n, err)
	}
	ev := rows[0]
	ids, _ := a.EntryIDs(ctx, data.EntryFilter{})
	var unscored int64
	for _, id := range ids {
		if evs, _ := a.EntryEvaluations(ctx, id); len(evs) == 0 {
			unscored = id
			break
		}
	}
	a.Close()
	if unscored == 0 {
		t.Fatal("every entry is scored")
	}
	pdf := filepath.Join(dir, "phieu.pdf")

	// One sheet, by evaluation or by entry and year: the same sheet.
	for _, args := range [][]string{
		{"--evaluation", strconv.FormatInt(ev.ID, 10)},
		{"--entry", strconv.FormatInt(ev.EntryID, 10), "--year", "2023"},
	} {
		out, errOut, code := dvk(t, append([]string{"report", "phieu-danh-gia", path, "-o", pdf}, args...)...)
		if code != 0 || !strings.Contains(out, "Đã ghi "+pdf+": Phiếu đánh giá, chấm điểm (A4 dọc), 1 trang.") {
			t.Fatalf("%v: %d %s %s", args, code, out, errOut)
		}
		text := sheetPDFWords(t, pdf)
		for _, want := range []string{"PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM", ev.Entry, "Tổng cộng", vntext.FormatScore(ev.Total), "Kết luận: " + ev.Conclusion, ev.Evaluator} {
			if !strings.Contains(text, want) {
				t.Errorf("%v: the sheet lacks %q", args, want)
			}
		}
	}
	// Every sheet of the year, one per page.
	out, errOut, code := dvk(t, "report", "phieu-danh-gia", path, "--year", "2023", "--all", "-o", pdf)
	if code != 0 || !strings.Contains(out, fi(n)+" trang") {
		t.Fatalf("year: %d %s %s", code, out, errOut)
	}
	// An entry not scored: refused, or a blank sheet when asked.
	unscoredID := strconv.FormatInt(unscored, 10)
	_, errOut, code = dvk(t, "report", "phieu-danh-gia", path, "--entry", unscoredID, "--year", "2024", "-o", pdf)
	if code != 1 || !strings.Contains(errOut, "chưa được chấm điểm năm 2024") || !strings.Contains(errOut, "--blank") {
		t.Fatalf("unscored: %d %q", code, errOut)
	}
	out, errOut, code = dvk(t, "report", "phieu-danh-gia", path, "--entry", unscoredID, "--year", "2024", "--blank", "-o", pdf)
	if code != 0 || !strings.Contains(sheetPDFWords(t, pdf), "Kết luận: ....") {
		t.Fatalf("blank: %d %s %s", code, out, errOut)
	}
	_, errOut, code = dvk(t, "report", "phieu-danh-gia", path, "--year", "2023", "-o", pdf)
	if code != 2 || !strings.Contains(errOut, "--year NĂM --all") {
		t.Fatalf("no choice: %d %q", code, errOut)
	}

	// Files: chosen one by one, or by a filter.
	out, errOut, code = dvk(t, "report", "ho-so", path, "--entry", strconv.FormatInt(ids[0], 10), "--entry", strconv.FormatInt(ids[1], 10),
		"--date", "05/02/2026", "-o", pdf)
	if code != 0 || !strings.Contains(out, "Hồ sơ mô hình, điển hình (A4 dọc)") {
		t.Fatalf("files: %d %s %s", code, out, errOut)
	}
	text := sheetPDFWords(t, pdf)
	if strings.Count(text, "HỒ SƠ MÔ HÌNH, ĐIỂN HÌNH") != 2 || !strings.Contains(text, "Hồ sơ in ngày 05/02/2026 từ kho dữ liệu Dân vận khéo.") {
		t.Fatalf("files text: %s", text[:min(len(text), 600)])
	}
	out, errOut, code = dvk(t, "report", "ho-so", path, "--kind", "ca-nhan", "--limit", "3", "-o", pdf)
	if code != 0 || strings.Count(sheetPDFWords(t, pdf), "HỒ SƠ MÔ HÌNH, ĐIỂN HÌNH") != 3 {
		t.Fatalf("filtered files: %d %s %s", code, out, errOut)
	}
	_, errOut, code = dvk(t, "report", "ho-so", path, "-o", pdf)
	if code != 2 || !strings.Contains(errOut, "--entry MÃ") {
		t.Fatalf("no entry: %d %q", code, errOut)
	}
	_, errOut, code = dvk(t, "report", "ho-so", path, "--entry", "abc", "-o", pdf)
	if code != 2 || !strings.Contains(errOut, "không phải là số") {
		t.Fatalf("bad id: %d %q", code, errOut)
	}
	if _, err := os.Stat(pdf + ".tam"); err == nil {
		t.Fatal("a temporary file was left behind")
	}
}

func TestReportProfilesAreCapped(t *testing.T) {
	if testing.Short() {
		t.Skip("makes the full demo archive")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "kho.dvk")
	if _, e, c := dvk(t, "demo", path); c != 0 {
		t.Fatal(e)
	}
	pdf := filepath.Join(dir, "ho-so.pdf")
	_, errOut, code := dvk(t, "report", "ho-so", path, "--phase", "2016-2020", "-o", pdf)
	if code != 1 || !strings.Contains(errOut, "Có 1.045 mô hình, điển hình khớp bộ lọc; mỗi lần chỉ in tối đa 500 hồ sơ.") {
		t.Fatalf("cap: %d %q", code, errOut)
	}
	if _, err := os.Stat(pdf); err == nil {
		t.Fatal("a refused report wrote a file")
	}
}
