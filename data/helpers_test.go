package data_test

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

// tempDir is t.TempDir, also under wine.
var tempDir = testdir.New

var tester = data.Actor{User: "lan.nt", Machine: "MAY-VP-01", Display: "Nguyễn Thị Lan"}

func testOptions(t testing.TB) data.Options {
	return data.Options{BackupDir: filepath.Join(tempDir(t), "saoluu"), Actor: tester}
}

// newArchive creates an empty archive in a temporary folder.
func newArchive(t testing.TB) (*data.Archive, string) {
	t.Helper()
	path := filepath.Join(tempDir(t), "kho.dvk")
	a, err := data.Create(ctx, path, testOptions(t))
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	t.Cleanup(func() { a.Close() })
	return a, path
}

// openAgain opens a second handle on the same file, as a colleague's
// program on another computer would.
func openAgain(t testing.TB, path string, actor data.Actor) *data.Archive {
	t.Helper()
	o := testOptions(t)
	o.Actor = actor
	b, err := data.Open(ctx, path, o)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

type fixture struct {
	a                            *data.Archive
	phase1, phase2               *data.Phase
	district, commune1, commune2 *data.Unit
	dept                         *data.Unit
	fields                       []*data.Field
	levels                       []*data.Level
	forms                        []*data.AwardForm
}

// seed fills the catalogues: two phases, a district with two communes, a
// department, and the default fields, levels and award forms.
func seed(t testing.TB, a *data.Archive) *fixture {
	t.Helper()
	fx := &fixture{a: a}
	fx.phase1 = &data.Phase{Name: "2016–2020", StartYear: 2016, EndYear: 2020, Plan: "Kế hoạch số 20-KH/TU ngày 12/8/2016"}
	fx.phase2 = &data.Phase{Name: "2021–2025", StartYear: 2021, EndYear: 2025}
	for _, p := range []*data.Phase{fx.phase1, fx.phase2} {
		must(t, a.SavePhase(ctx, p))
	}
	fx.district = &data.Unit{Name: "Huyện ủy Tân Lập", Kind: "Huyện ủy", ValidTo: "2025-06-30"}
	must(t, a.SaveUnit(ctx, fx.district))
	fx.commune1 = &data.Unit{Name: "Đảng ủy xã Tân Hòa", Kind: "Đảng ủy xã", ParentID: fx.district.ID}
	fx.commune2 = &data.Unit{Name: "Đảng ủy xã Phú Lộc", Kind: "Đảng ủy xã", ParentID: fx.district.ID}
	fx.dept = &data.Unit{Name: "Hội Nông dân tỉnh", Kind: "Đoàn thể"}
	for _, u := range []*data.Unit{fx.commune1, fx.commune2, fx.dept} {
		must(t, a.SaveUnit(ctx, u))
	}
	var err error
	if fx.fields, err = a.Fields(ctx); err != nil {
		t.Fatal(err)
	}
	if fx.levels, err = a.Levels(ctx); err != nil {
		t.Fatal(err)
	}
	if fx.forms, err = a.AwardForms(ctx); err != nil {
		t.Fatal(err)
	}
	return fx
}

// entry saves a model in commune1, field 0, phase1, 2018, changed by mods.
func (fx *fixture) entry(t testing.TB, name string, mods ...func(*data.Entry)) *data.Entry {
	t.Helper()
	e := &data.Entry{Kind: data.KindModel, Name: name, UnitID: fx.commune1.ID, FieldID: fx.fields[0].ID,
		PhaseID: fx.phase1.ID, Year: 2018}
	for _, m := range mods {
		m(e)
	}
	if err := fx.a.SaveEntry(ctx, e); err != nil {
		t.Fatalf("SaveEntry(%q): %v", name, err)
	}
	return e
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantCode(t testing.TB, err error, code data.Code) {
	t.Helper()
	if got := data.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	if code != "" && data.ErrorMessage(err) == "" {
		t.Fatalf("error %v has no message for the user", err)
	}
}

func fileSum(t testing.TB, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func names(rows []data.EntryRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.Name
	}
	return out
}
