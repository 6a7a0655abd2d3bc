package demo_test

import (
	"context"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
)

// TestPhaseSplit checks Options.Phase1: the first entries go to 2016–2020,
// the rest to 2021–2025, and an archive of the seed's size is its first
// phase alone (as benchmarks of 1,045 entries expect).
func TestPhaseSplit(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		entries, phase1, want1 int
	}{
		{40, 0, 40}, {40, 25, 25}, {40, -1, 0}, {40, 90, 40},
	} {
		dir := tempDir(t)
		a, err := data.Create(ctx, dir+"/kho.dvk", data.Options{BackupDir: dir + "/bk"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := demo.Generate(ctx, a, demo.Options{Entries: c.entries, Phase1: c.phase1, Seed: 2}); err != nil {
			t.Fatal(err)
		}
		rows, _, err := a.FindEntries(ctx, data.EntryFilter{})
		if err != nil {
			t.Fatal(err)
		}
		n1 := 0
		for _, r := range rows {
			if r.Year <= 2020 {
				n1++
			}
		}
		if len(rows) != c.entries || n1 != c.want1 {
			t.Errorf("Entries %d, Phase1 %d: %d entries, %d in 2016–2020, want %d", c.entries, c.phase1, len(rows), n1, c.want1)
		}
		a.Close()
	}
}
