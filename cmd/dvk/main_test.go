package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// dvkBin is the dvk program built once for these tests and run as a real
// process, as administrators and scripts run it.
var dvkBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "dvk-bin-")
	if err != nil {
		panic(err)
	}
	dvkBin = filepath.Join(dir, "dvk")
	if out, err := exec.Command("go", "build", "-o", dvkBin, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func dvk(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(dvkBin, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "XDG_CONFIG_HOME="+t.TempDir())
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

func TestDemoCheckListStats(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Kho mẫu Dân vận.dvk")
	out, errOut, code := dvk(t, "demo", path)
	if code != 0 || !strings.Contains(out, "1.805 mô hình, điển hình") {
		t.Fatalf("demo: %d %s %s", code, out, errOut)
	}
	// The SQLite shell agrees that the file is sound.
	sq, err := exec.Command("sqlite3", path, "PRAGMA integrity_check").CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3 (make test installs it): %v %s", err, sq)
	}
	if strings.TrimSpace(string(sq)) != "ok" {
		t.Fatalf("sqlite3 integrity_check: %s", sq)
	}
	out, _, code = dvk(t, "check", path)
	if code != 0 || !strings.Contains(out, "Kiểm tra toàn vẹn: tốt (ok).") || !strings.Contains(out, "1.805") {
		t.Fatalf("check: %d %s", code, out)
	}
	out, _, code = dvk(t, "list", path, "--phase", "2016-2020", "--search", "dan van kheo", "--limit", "5")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 7 || !strings.HasPrefix(lines[0], "STT\tTên mô hình") {
		t.Fatalf("list: %d %q", code, lines)
	}
	for i, l := range lines[1:6] {
		cols := strings.Split(l, "\t")
		if len(cols) != 7 || cols[0] != string(rune('1'+i)) || cols[1] == "" || cols[5] < "2016" || cols[5] > "2020" {
			t.Fatalf("row %q", l)
		}
	}
	if !strings.Contains(lines[6], "trong tổng số") {
		t.Fatalf("last line %q", lines[6])
	}
	// Searching ranks: the phrase as typed first.
	out, _, code = dvk(t, "list", path, "--search", "Thanh Hòa", "--limit", "3")
	lines = strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 5 {
		t.Fatalf("list --search: %d %q", code, lines)
	}
	for _, l := range lines[1:4] {
		if !strings.Contains(l, "Thanh Hòa") {
			t.Fatalf("ranked row %q", l)
		}
	}
	out, _, code = dvk(t, "stats", path, "--unit", "Thành ủy Tân Phước")
	if code != 0 || !strings.Contains(out, "Theo lĩnh vực:") || !strings.Contains(out, "Đảng ủy") {
		t.Fatalf("stats: %d %s", code, out)
	}
	bk := filepath.Join(dir, "saoluu")
	out, _, code = dvk(t, "backup", path, "--to", bk)
	if code != 0 || !strings.Contains(out, "Đã sao lưu vào "+bk) {
		t.Fatalf("backup: %d %s", code, out)
	}
	matches, _ := filepath.Glob(filepath.Join(bk, "*", "*_thu-cong.dvk"))
	if len(matches) != 1 {
		t.Fatalf("backup files %v", matches)
	}
	restored := filepath.Join(dir, "khoi-phuc.dvk")
	out, _, code = dvk(t, "restore", matches[0], restored)
	if code != 0 || !strings.Contains(out, "Đã tạo lại kho") {
		t.Fatalf("restore: %d %s", code, out)
	}
	out, _, code = dvk(t, "check", restored)
	if code != 0 || !strings.Contains(out, "1.805") {
		t.Fatalf("check restored: %d %s", code, out)
	}
}

func TestErrorsAreVietnameseAndChangeNothing(t *testing.T) {
	dir := t.TempDir()
	notArchive := filepath.Join(dir, "bao-cao.xlsx")
	content := []byte("PK\x03\x04 không phải kho")
	if err := os.WriteFile(notArchive, content, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"check", notArchive}, {"list", notArchive}, {"backup", notArchive}, {"stats", notArchive},
	} {
		_, errOut, code := dvk(t, args...)
		if code != 1 || !strings.Contains(errOut, "không phải là kho dữ liệu Dân vận khéo") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	if b, _ := os.ReadFile(notArchive); !bytes.Equal(b, content) {
		t.Fatal("a file we did not write was modified")
	}
	_, errOut, code := dvk(t, "demo", notArchive)
	if code != 1 || !strings.Contains(errOut, "đã có") {
		t.Errorf("demo over an existing file: %d %q", code, errOut)
	}
	_, errOut, code = dvk(t, "xoa-het")
	if code != 2 || !strings.Contains(errOut, "Lệnh \"xoa-het\" không có") {
		t.Errorf("unknown command: %d %q", code, errOut)
	}
	_, errOut, code = dvk(t, "list")
	if code != 2 || !strings.Contains(errOut, "cần: TỆP") {
		t.Errorf("missing file: %d %q", code, errOut)
	}
	_, errOut, code = dvk(t, "list", filepath.Join(dir, "khong-co.dvk"))
	if code != 1 || !strings.Contains(errOut, "Không tìm thấy tệp") {
		t.Errorf("missing archive: %d %q", code, errOut)
	}
	path := filepath.Join(dir, "kho.dvk")
	if _, e, c := dvk(t, "new", path); c != 0 {
		t.Fatal(e)
	}
	_, errOut, code = dvk(t, "list", path, "--kind", "khac")
	if code != 2 || !strings.Contains(errOut, "mo-hinh, tap-the hoặc ca-nhan") {
		t.Errorf("bad kind: %d %q", code, errOut)
	}
	_, errOut, code = dvk(t, "list", path, "--unit", "Huyện ủy không có")
	if code != 1 || !strings.Contains(errOut, "Không tìm thấy đơn vị") {
		t.Errorf("unknown unit: %d %q", code, errOut)
	}
	_, errOut, code = dvk(t, "list", path, "--year")
	if code != 2 || !strings.Contains(errOut, "cần một giá trị") {
		t.Errorf("flag without value: %d %q", code, errOut)
	}
}
