package data_test

import (
	"context"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/internal/datatest"
	"github.com/danvankheo/danvankheo/data/internal/testdir"
)

var ctx = context.Background()

// tempDir is t.TempDir, also under wine.
var tempDir = testdir.New

// The archives of these tests come from datatest, which merging's tests
// share.
var (
	tester      = datatest.Tester
	testOptions = datatest.Options
	newArchive  = datatest.NewArchive
	openAgain   = datatest.OpenAgain
	must        = datatest.Must
	wantCode    = datatest.WantCode
	fileSum     = datatest.FileSum
	undo4       = datatest.Undo4
	undo5       = datatest.Undo5
	schema1     = datatest.Schema1
)

// fixture is datatest's catalogue under the names these tests use.
type fixture struct {
	a                            *data.Archive
	phase1, phase2               *data.Phase
	district, commune1, commune2 *data.Unit
	dept                         *data.Unit
	fields                       []*data.Field
	levels                       []*data.Level
	forms                        []*data.AwardForm
	fx                           *datatest.Fixture
}

// seed fills the catalogues: two phases, a district with two communes, a
// department, and the default fields, levels and award forms.
func seed(t testing.TB, a *data.Archive) *fixture {
	t.Helper()
	f := datatest.Seed(t, a)
	return &fixture{a: a, phase1: f.Phase1, phase2: f.Phase2, district: f.District, commune1: f.Commune1,
		commune2: f.Commune2, dept: f.Dept, fields: f.Fields, levels: f.Levels, forms: f.Forms, fx: f}
}

// entry saves a model in commune1, field 0, phase1, 2018, changed by mods.
func (fx *fixture) entry(t testing.TB, name string, mods ...func(*data.Entry)) *data.Entry {
	t.Helper()
	return fx.fx.Entry(t, name, mods...)
}

func names(rows []data.EntryRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.Name
	}
	return out
}
