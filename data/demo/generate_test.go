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
	if s.Entries != demo.DefaultEntries {
		t.Fatalf("entries %d", s.Entries)
	}
	phases, err := a.Phases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Each phase holds its own registrations, in its own years: the seed's
	// 1,045 in 2016–2020, LaterEntries in 2021–2025.
	want := map[string]int{"2016–2020": demo.SeedEntries, "2021–2025": demo.LaterEntries}
	for _, p := range phases {
		rows, total, err := a.FindEntries(ctx, data.EntryFilter{PhaseID: p.ID})
		if err != nil || total != want[p.Name] || len(rows) != total {
			t.Fatalf("phase %s: %d entries, want %d, %v", p.Name, total, want[p.Name], err)
		}
		years := map[int]int{}
		for _, r := range rows {
			if r.Year < p.StartYear || r.Year > p.EndYear {
				t.Errorf("phase %s: entry registered in %d", p.Name, r.Year)
			}
			years[r.Year]++
		}
		if len(years) != 5 {
			t.Errorf("phase %s: registrations in %d years only: %v", p.Name, len(years), years)
		}
	}
	st, err := a.Stats(ctx, data.EntryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Total != demo.DefaultEntries || len(st.ByUnit) < 10 {
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
