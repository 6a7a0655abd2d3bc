package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// hotCopy copies src while the SQLite shell holds a large write transaction
// on it, past the point where SQLite has synced its journal and changed the
// file: the copy and its journal are what a program killed mid-write
// leaves behind, with no process holding a lock on them.
func hotCopy(t *testing.T, src, dst string) {
	script := `PRAGMA cache_size=2;
BEGIN IMMEDIATE;
CREATE TABLE dang_do(b);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 400) INSERT INTO dang_do SELECT randomblob(3000) FROM n;
.shell cp ` + src + ` ` + dst + `
.shell cp ` + src + `-journal ` + dst + `-journal
ROLLBACK;
`
	cmd := exec.Command("sqlite3", src)
	cmd.Stdin = strings.NewReader(script)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("sqlite3 (make test installs it): %v %s", err, out)
	}
	if _, err := os.Stat(dst + "-journal"); err != nil {
		t.Fatal("no journal was copied")
	}
}

// TestCheckUndoesAnUnfinishedWrite: "dvk check" on a writable folder where a
// program stopped mid-write rolls the write back, says so, finds the file
// sound, and "dvk list" then reads it; nothing of the write is left.
func TestCheckUndoesAnUnfinishedWrite(t *testing.T) {
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "goc.dvk"), filepath.Join(dir, "kho.dvk")
	if _, e, c := dvk(t, "demo", src, "--entries", "50"); c != 0 {
		t.Fatal(e)
	}
	hotCopy(t, src, dst)
	out, errOut, code := dvk(t, "check", dst)
	if code != 0 || !strings.Contains(out, data.RecoveredNote) || !strings.Contains(out, "Kiểm tra toàn vẹn: tốt (ok).") {
		t.Fatalf("check: %d %s %s", code, out, errOut)
	}
	if strings.Contains(out+errOut, "chỉ cho phép đọc") {
		t.Fatalf("check calls a writable folder read-only: %s %s", out, errOut)
	}
	if _, err := os.Stat(dst + "-journal"); err == nil {
		t.Fatal("the journal is still there")
	}
	sq, err := exec.Command("sqlite3", dst, "SELECT count(*) FROM sqlite_schema WHERE name = 'dang_do'").CombinedOutput()
	if err != nil || strings.TrimSpace(string(sq)) != "0" {
		t.Fatalf("the unfinished write survived: %v %s", err, sq)
	}
	out, _, code = dvk(t, "list", dst, "--limit", "3")
	if code != 0 || !strings.Contains(out, "trong tổng số") {
		t.Fatalf("list after the rollback: %d %s", code, out)
	}
	out, _, _ = dvk(t, "check", dst)
	if strings.Contains(out, data.RecoveredNote) {
		t.Fatal("the second check reports the rollback again")
	}
}
