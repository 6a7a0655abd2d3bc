package main

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// TestUpgradeShowsProgress: a command that upgrades an archive says so on
// the terminal, with how far the rebuilding of the search index has come,
// rather than sit silent for minutes on a large archive.
func TestUpgradeShowsProgress(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kho.dvk")
	if out, errOut, code := dvk(t, "demo", path, "--entries", "40"); code != 0 {
		t.Fatalf("demo: %s %s", out, errOut)
	}
	before, _, _ := dvk(t, "list", path, "--search", "khuyen nong")
	if !strings.Contains(before, "Tổng số: ") {
		t.Fatalf("list before: %s", before)
	}
	// Back to schema 4: the folded index with positions, no pairs.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"DROP TABLE entry_fts_pairs", "DROP TABLE entry_fts",
		"CREATE VIRTUAL TABLE entry_fts USING fts5(name, person, place, unit, body, content = '', contentless_delete = 1, detail = full)",
		"PRAGMA user_version = 4"} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(s, err)
		}
	}
	db.Close()
	out, errOut, code := dvk(t, "backup", path, "--to", t.TempDir())
	if code != 0 {
		t.Fatalf("backup: %s %s", out, errOut)
	}
	for _, want := range []string{"Đang sao lưu kho trước khi nâng cấp…", "Đang nâng cấp kho lên phiên bản 5…", "  40/40\n"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	// The index the upgrade filled finds what the new archive found.
	if after, _, _ := dvk(t, "list", path, "--search", "khuyen nong"); after != before {
		t.Errorf("search after the upgrade:\n%s\nbefore:\n%s", after, before)
	}
}
