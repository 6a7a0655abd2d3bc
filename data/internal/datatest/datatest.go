// Package datatest makes the archives the tests of data and of the
// packages under it (merging) work on: real files in a temporary folder,
// with a few catalogue items to refer to.
package datatest

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/internal/testdir"
)

var ctx = context.Background()

// Tester is who the tests' archives record as making changes.
var Tester = data.Actor{User: "lan.nt", Machine: "MAY-VP-01", Display: "Nguyễn Thị Lan"}

// Options are the options of a test's archive: backups in a temporary
// folder, changes made by Tester.
func Options(t testing.TB) data.Options {
	return data.Options{BackupDir: filepath.Join(testdir.New(t), "saoluu"), Actor: Tester}
}

// NewArchive creates an empty archive in a temporary folder and returns it
// with its path; it is closed when the test ends.
func NewArchive(t testing.TB) (*data.Archive, string) {
	t.Helper()
	path := filepath.Join(testdir.New(t), "kho.dvk")
	a, err := data.Create(ctx, path, Options(t))
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	t.Cleanup(func() { a.Close() })
	return a, path
}

// OpenAgain opens a second handle on the same file, as a colleague's
// program on another computer would.
func OpenAgain(t testing.TB, path string, actor data.Actor) *data.Archive {
	t.Helper()
	o := Options(t)
	o.Actor = actor
	b, err := data.Open(ctx, path, o)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// Fixture is the catalogue Seed fills an archive with.
type Fixture struct {
	A                            *data.Archive
	Phase1, Phase2               *data.Phase
	District, Commune1, Commune2 *data.Unit
	Dept                         *data.Unit
	Fields                       []*data.Field
	Levels                       []*data.Level
	Forms                        []*data.AwardForm
}

// Seed fills the catalogues: two phases, a district with two communes, a
// department, and the default fields, levels and award forms.
func Seed(t testing.TB, a *data.Archive) *Fixture {
	t.Helper()
	fx := &Fixture{A: a}
	fx.Phase1 = &data.Phase{Name: "2016–2020", StartYear: 2016, EndYear: 2020, Plan: "Kế hoạch số 20-KH/TU ngày 12/8/2016"}
	fx.Phase2 = &data.Phase{Name: "2021–2025", StartYear: 2021, EndYear: 2025}
	for _, p := range []*data.Phase{fx.Phase1, fx.Phase2} {
		Must(t, a.SavePhase(ctx, p))
	}
	fx.District = &data.Unit{Name: "Huyện ủy Tân Lập", Kind: "Huyện ủy", ValidTo: "2025-06-30"}
	Must(t, a.SaveUnit(ctx, fx.District))
	fx.Commune1 = &data.Unit{Name: "Đảng ủy xã Tân Hòa", Kind: "Đảng ủy xã", ParentID: fx.District.ID}
	fx.Commune2 = &data.Unit{Name: "Đảng ủy xã Phú Lộc", Kind: "Đảng ủy xã", ParentID: fx.District.ID}
	fx.Dept = &data.Unit{Name: "Hội Nông dân tỉnh", Kind: "Đoàn thể"}
	for _, u := range []*data.Unit{fx.Commune1, fx.Commune2, fx.Dept} {
		Must(t, a.SaveUnit(ctx, u))
	}
	var err error
	if fx.Fields, err = a.Fields(ctx); err != nil {
		t.Fatal(err)
	}
	if fx.Levels, err = a.Levels(ctx); err != nil {
		t.Fatal(err)
	}
	if fx.Forms, err = a.AwardForms(ctx); err != nil {
		t.Fatal(err)
	}
	return fx
}

// Entry saves a model in Commune1, the first field, Phase1, 2018, changed
// by mods.
func (fx *Fixture) Entry(t testing.TB, name string, mods ...func(*data.Entry)) *data.Entry {
	t.Helper()
	e := &data.Entry{Kind: data.KindModel, Name: name, UnitID: fx.Commune1.ID, FieldID: fx.Fields[0].ID,
		PhaseID: fx.Phase1.ID, Year: 2018}
	for _, m := range mods {
		m(e)
	}
	if err := fx.A.SaveEntry(ctx, e); err != nil {
		t.Fatalf("SaveEntry(%q): %v", name, err)
	}
	return e
}

// Must stops the test on an error.
func Must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// WantCode stops the test unless err has code, with a message for the user.
func WantCode(t testing.TB, err error, code data.Code) {
	t.Helper()
	if got := data.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	if code != "" && data.ErrorMessage(err) == "" {
		t.Fatalf("error %v has no message for the user", err)
	}
}

// FileSum is the SHA-256 of a file's bytes.
func FileSum(t testing.TB, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// Undo5 takes a new archive back to schema 4: the folded index with
// positions, without the pairs (its rows are left out: the upgrade fills
// the new tables from the entries).
var Undo5 = []string{"DROP TABLE entry_fts_pairs", "DROP TABLE entry_fts",
	`CREATE VIRTUAL TABLE entry_fts USING fts5(name, person, place, unit, body, content = '', contentless_delete = 1,
		detail = full, prefix = '1 2 3', tokenize = 'unicode61 remove_diacritics 0')`}

// Undo4 takes a new archive back to schema 3: the search index of schema 1.
var Undo4 = []string{"DROP TABLE entry_fts_pairs", "DROP TABLE entry_fts_exact", "DROP TABLE entry_fts",
	"CREATE VIRTUAL TABLE entry_fts USING fts5(doc, content = '', contentless_delete = 1, detail = none, prefix = '1 2 3')"}

// Schema1 takes an archive back to schema version 1: the old search index
// (4), without the merge tables (2) and the commendations' recipients (3).
var Schema1 = append(Undo4[:len(Undo4):len(Undo4)], "DROP TABLE merge_base", "DROP TABLE merge_peers", "DELETE FROM settings WHERE key = 'archive.uid'",
	"DROP INDEX commendations_review", "ALTER TABLE commendations DROP COLUMN recipient_kind",
	"ALTER TABLE commendations DROP COLUMN recipient_name", "ALTER TABLE commendations DROP COLUMN recipient_position",
	"ALTER TABLE commendations DROP COLUMN recipient_place", "ALTER TABLE commendations DROP COLUMN recipient_review",
	"ALTER TABLE commendations DROP COLUMN gold_book_no", "PRAGMA user_version = 1")
