package ui

import (
	"database/sql"
	"slices"
	"testing"
)

// TestOpenShowsAnUpgrade: opening an archive of an older schema shows the
// upgrade (what is done, how far) until it is done, then the archive;
// opening one that is up to date shows nothing of the kind.
func TestOpenShowsAnUpgrade(t *testing.T) {
	ta := newTestApp(t, 20)
	ta.env.closeArchive()
	ta.Open(ta.Path)
	if ta.env.Archive() == nil || len(ta.ask.waited) != 0 {
		t.Fatalf("an up-to-date archive: open %v, waits %q", ta.env.Archive() != nil, ta.ask.waited)
	}
	ta.env.closeArchive()
	// Back to schema 4: the folded index with positions, no pairs.
	db, err := sql.Open("sqlite", ta.Path)
	must(t, err)
	for _, s := range []string{"DROP TABLE entry_fts_pairs", "DROP TABLE entry_fts",
		"CREATE VIRTUAL TABLE entry_fts USING fts5(name, person, place, unit, body, content = '', contentless_delete = 1, detail = full)",
		"PRAGMA user_version = 4"} {
		_, err := db.Exec(s)
		must(t, err)
	}
	db.Close()
	ta.Open(ta.Path)
	if ta.env.Archive() == nil || len(ta.ask.errors) > 0 {
		t.Fatalf("the upgrade did not open the archive: %v", ta.ask.errors)
	}
	if !slices.Equal(ta.ask.waited, []string{"Đang nâng cấp kho dữ liệu"}) || ta.ask.closed != 1 {
		t.Fatalf("waits shown %q, closed %d", ta.ask.waited, ta.ask.closed)
	}
}
