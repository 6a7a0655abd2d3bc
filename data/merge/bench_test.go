package merge_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/merge"
)

func copyArchive(tb testing.TB, from, to string) {
	tb.Helper()
	in, err := os.Open(from)
	must(tb, err)
	defer in.Close()
	out, err := os.Create(to)
	must(tb, err)
	if _, err := io.Copy(out, in); err != nil {
		tb.Fatal(err)
	}
	must(tb, out.Close())
}

// editCopy copies the demo archive to path and edits it as someone would:
// the entries at ids get new results, and n new entries are registered.
func editCopy(tb testing.TB, src, path string, actor data.Actor, ids []int64, n int) {
	tb.Helper()
	copyArchive(tb, src, path)
	o := testOptions(tb)
	o.Actor = actor
	a, err := data.Open(ctx, path, o)
	must(tb, err)
	defer a.Close()
	for _, id := range ids {
		e, err := a.GetEntry(ctx, id)
		must(tb, err)
		e.Results += "\nCập nhật của " + actor.Display
		must(tb, a.SaveEntry(ctx, e))
	}
	for i := range n {
		e, err := a.GetEntry(ctx, ids[i%len(ids)])
		must(tb, err)
		e.ID, e.UID, e.Version = 0, "", 0
		e.Name = fmt.Sprintf("%s (%s, bản %d)", e.Name, actor.Display, i+1)
		must(tb, a.SaveEntry(ctx, e))
	}
}

// BenchmarkMerge10k merges a colleague's copy of a 10,000-entry archive
// (plan and apply, with the backup taken before applying): 200 entries
// edited there, 200 here, 20 on both sides (conflicts, taken from there),
// 50 registered on each side. Target: 3 s.
func BenchmarkMerge10k(b *testing.B) {
	src, err := demo.CachedArchive(ctx, 10_000)
	must(b, err)
	dir := tempDir(b)
	var theirIDs, myIDs []int64
	for i := int64(1); i <= 220; i++ {
		theirIDs = append(theirIDs, i*40) // 40, 80, …
		myIDs = append(myIDs, i*40+20)    // 60, 100, …
	}
	myIDs = append(myIDs[:200], theirIDs[:20]...) // 20 edited on both sides
	theirIDs = theirIDs[:200]
	theirs := filepath.Join(dir, "kho-huyen.dvk")
	editCopy(b, src, theirs, colleague, theirIDs, 50)
	mine := filepath.Join(dir, "kho-ban.dvk")
	editCopy(b, src, mine, tester, myIDs, 50)
	var planTime, applyTime time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		work := filepath.Join(dir, fmt.Sprintf("gop-%d.dvk", i))
		copyArchive(b, mine, work)
		a, err := data.Open(ctx, work, testOptions(b))
		must(b, err)
		b.StartTimer()
		t0 := time.Now()
		plan, err := merge.NewPlan(ctx, a, theirs)
		must(b, err)
		t1 := time.Now()
		choices := map[string]merge.Choice{}
		for _, c := range plan.Conflicts {
			choices[c.Key] = merge.TakeTheirs
		}
		res, err := merge.Apply(ctx, a, plan, choices)
		must(b, err)
		planTime += t1.Sub(t0)
		applyTime += time.Since(t1)
		b.StopTimer()
		ent := countOf(res.Tables, "entries")
		if ent.Added != 50 || ent.Updated != 200 || res.Theirs != 20 {
			b.Fatalf("merge result %+v, conflicts taken %d", ent, res.Theirs)
		}
		a.Close()
		os.Remove(work)
		b.StartTimer()
	}
	b.ReportMetric(planTime.Seconds()/float64(b.N), "s-plan/op")
	b.ReportMetric(applyTime.Seconds()/float64(b.N), "s-apply/op")
}
