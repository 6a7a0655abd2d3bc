package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestReportProposal makes the submission and the list from the command
// line, as a script would after the office entered its proposals.
func TestReportProposal(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "kho.dvk")
	if _, e, c := dvk(t, "demo", path, "--entries", "60"); c != 0 {
		t.Fatal(e)
	}
	a, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	forms, _ := a.AwardForms(ctx)
	var formID int64
	for _, f := range forms {
		if f.Name == "Bằng khen của Ban Thường vụ Tỉnh ủy" {
			formID = f.ID
		}
	}
	var names []string
	for _, k := range []data.Kind{data.KindModel, data.KindIndividual} {
		rows, _, err := a.FindEntries(ctx, data.EntryFilter{Kind: k, Limit: 3})
		if err != nil || len(rows) == 0 {
			t.Fatalf("%s: %v", k, err)
		}
		var ids []int64
		for _, r := range rows {
			ids = append(ids, r.ID)
		}
		cs, err := a.ProposeCommendations(ctx, ids, 2025, formID, "Thành tích xuất sắc năm 2025.")
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs { // the list names who is honoured, not the model
			names = append(names, c.Recipient.Name)
		}
	}
	a.Close()

	out := filepath.Join(dir, "Tờ trình.pdf")
	stdout, errOut, code := dvk(t, "report", "to-trinh", path, "--year", "2025", "--form", "bang khen cua ban thuong vu",
		"--number", "15", "--date", "05/02/2026", "-o", out)
	if code != 0 || !strings.Contains(stdout, "Đã ghi "+out+": Tờ trình đề nghị khen thưởng, kèm danh sách") {
		t.Fatalf("to-trinh: %d %s %s", code, stdout, errOut)
	}
	text := pdfToText(t, out)
	for _, want := range append([]string{"TỈNH ỦY PHƯỚC SƠN", "TỜ TRÌNH", "Số 15-TTr/BTGDVTU", "Kính gửi: Ban Thường vụ Tỉnh ủy",
		"(Kèm theo Tờ trình số 15-TTr/BTGDVTU ngày 05/02/2026", "Phước Sơn, ngày 05 tháng 02 năm 2026", "I. TẬP THỂ", "II. CÁ NHÂN", "Tổng cộng: 03 tập thể và 03 cá nhân./."}, names...) {
		if !strings.Contains(text, want) {
			t.Errorf("to-trinh lacks %q", want)
		}
	}

	// The list alone, from a body file and a typed recipient that the list
	// does not print.
	out = filepath.Join(dir, "danh-sach.pdf")
	stdout, errOut, code = dvk(t, "report", "danh-sach-de-nghi", path, "--year", "2025", "--form", "Bằng khen của Ban Thường vụ Tỉnh ủy",
		"--number", "15", "--date", "05/02/2026", "-o", out)
	if code != 0 || !strings.Contains(stdout, "Danh sách đề nghị khen thưởng") {
		t.Fatalf("danh-sach-de-nghi: %d %s %s", code, stdout, errOut)
	}
	if text = pdfToText(t, out); strings.Contains(text, "TỜ TRÌNH") || !strings.Contains(text, "(Kèm theo Tờ trình số 15-TTr/BTGDVTU") {
		t.Errorf("list alone:\n%s", text)
	}

	body := filepath.Join(dir, "noi-dung.txt")
	os.WriteFile(body, []byte("\ufeffĐoạn văn do Văn phòng soạn sẵn.\r\nKính trình xem xét./.\r\n"), 0o644)
	out = filepath.Join(dir, "to-trinh-2.pdf")
	_, errOut, code = dvk(t, "report", "to-trinh", path, "--year", "2025", "--form", "Ban Thường vụ", "--body-file", body,
		"--recipient", `Thường trực Tỉnh ủy\nBan Thường vụ Tỉnh ủy`, "-o", out)
	if code != 0 {
		t.Fatal(errOut)
	}
	if text = pdfToText(t, out); !strings.Contains(text, "Đoạn văn do Văn phòng soạn sẵn.") || !strings.Contains(text, "Kính gửi: Thường trực Tỉnh ủy") {
		t.Errorf("body file:\n%s", text)
	}

	// Mistakes are told in Vietnamese and write nothing.
	bad := filepath.Join(dir, "khong-ghi.pdf")
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--year", "2025"}, 2, "Hãy cho biết hình thức khen thưởng"},
		{[]string{"--year", "2025", "--form", "Bằng khen"}, 1, "Có nhiều hình thức khen thưởng khớp"},
		{[]string{"--year", "2025", "--form", "Huân chương"}, 1, "Không tìm thấy hình thức khen thưởng"},
		{[]string{"--year", "2019", "--form", "Ban Thường vụ"}, 1, "Không có tập thể, cá nhân nào được đề nghị tặng"},
		{[]string{"--year", "2025", "--form", "Ban Thường vụ", "--status", "xong"}, 2, "--status"},
		{[]string{"--year", "2025", "--form", "Ban Thường vụ", "--unit", "Sở Y tế"}, 2, "chỉ chọn theo --year"},
		{[]string{"--year", "2025", "--form", "Ban Thường vụ", "--date", "31/02/2026"}, 2, "Ngày không hợp lệ"},
	} {
		_, errOut, code := dvk(t, append(append([]string{"report", "to-trinh", path}, c.args...), "-o", bad)...)
		if code != c.code || !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: exit %d, %q", c.args, code, errOut)
		}
	}
	if _, err := os.Stat(bad); err == nil {
		t.Error("a failed report wrote its file")
	}
}

// pdfToText is a PDF's text in drawing order, white space made one space.
func pdfToText(t *testing.T, path string) string {
	t.Helper()
	b, err := exec.Command("pdftotext", "-raw", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(b)), " ") // a name wrapped in its cell reads whole

}
