package demo_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/internal/testdir"
)

func generate(t *testing.T, n int, seed uint64) (*data.Archive, *demo.Summary) {
	t.Helper()
	ctx := context.Background()
	dir := tempDir(t)
	a, err := data.Create(ctx, filepath.Join(dir, "demo.dvk"), data.Options{BackupDir: filepath.Join(dir, "bk")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	s, err := demo.Generate(ctx, a, demo.Options{Entries: n, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return a, s
}

func TestGenerateSeedProvince(t *testing.T) {
	ctx := context.Background()
	a, s := generate(t, 0, 1)
	if s.Entries != demo.SeedEntries {
		t.Fatalf("entries %d", s.Entries)
	}
	phases, err := a.Phases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var p1 *data.Phase
	for _, p := range phases {
		if p.Name == "2016–2020" {
			p1 = p
		}
	}
	rows, total, err := a.FindEntries(ctx, data.EntryFilter{PhaseID: p1.ID, Limit: 10})
	if err != nil || total != 1045 || len(rows) != 10 {
		t.Fatalf("phase 2016–2020: %d entries, %v", total, err)
	}
	st, err := a.Stats(ctx, data.EntryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Total != 1045 || len(st.ByUnit) < 10 {
		t.Fatalf("stats total %d, %d unit rows", st.Total, len(st.ByUnit))
	}
	for _, k := range st.ByKind {
		if k.N == 0 {
			t.Errorf("no entries of kind %s", k.Label)
		}
	}
	for y := 2016; y <= 2025; y++ {
		if st.Recognised(y, data.RecRecognised, data.RecOutstanding) == 0 {
			t.Errorf("no recognitions in %d", y)
		}
	}
	if st.Commended(0, data.AwardGranted) == 0 || s.Evaluations == 0 {
		t.Errorf("commendations %d evaluations %d", st.Commended(0, data.AwardGranted), s.Evaluations)
	}
	rep, err := a.Check(ctx)
	if err != nil || !rep.OK {
		t.Fatalf("check: %v %+v", err, rep)
	}
	t.Logf("%+v", s)
}

func TestGenerateIsDeterministic(t *testing.T) {
	ctx := context.Background()
	a, _ := generate(t, 300, 7)
	b, _ := generate(t, 300, 7)
	ra, _, err := a.FindEntries(ctx, data.EntryFilter{Sort: data.SortYear})
	if err != nil {
		t.Fatal(err)
	}
	rb, _, err := b.FindEntries(ctx, data.EntryFilter{Sort: data.SortYear})
	if err != nil {
		t.Fatal(err)
	}
	if len(ra) != 300 || len(rb) != 300 {
		t.Fatalf("%d and %d rows", len(ra), len(rb))
	}
	for i := range ra {
		if ra[i].Name != rb[i].Name || ra[i].Unit != rb[i].Unit || ra[i].RecStatus != rb[i].RecStatus {
			t.Fatalf("row %d differs: %+v vs %+v", i, ra[i], rb[i])
		}
	}
}

// tempDir is t.TempDir, also under wine.
var tempDir = testdir.New
