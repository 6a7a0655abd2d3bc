package data_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
)

// benchEntries is the size the targets are set for: a national roll-up
// holds hundreds of thousands, a province thousands.
const benchEntries = 100_000

// benchArchive returns the path of a demo archive with n entries, made
// once and kept in the user's cache folder (about three minutes to make).
func benchArchive(b *testing.B, n int) string {
	b.Helper()
	path, err := demo.CachedArchive(ctx, n)
	must(b, err)
	return path
}

func openBench(b *testing.B) *data.Archive {
	a, err := data.Open(ctx, benchArchive(b, benchEntries), data.Options{BackupDir: tempDir(b), ReadOnly: true})
	must(b, err)
	b.Cleanup(func() { a.Close() })
	return a
}

func BenchmarkOpen(b *testing.B) {
	path := benchArchive(b, benchEntries)
	o := data.Options{BackupDir: tempDir(b)}
	b.ResetTimer()
	for b.Loop() {
		a, err := data.Open(ctx, path, o)
		must(b, err)
		a.Close()
	}
}

func benchFind(b *testing.B, f data.EntryFilter) {
	a := openBench(b)
	f.Limit = 50
	rows, total, err := a.FindEntries(ctx, f)
	must(b, err)
	b.ReportMetric(float64(total), "matches")
	_ = rows
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := a.FindEntries(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFirstPage(b *testing.B) {
	b.Run("name", func(b *testing.B) { benchFind(b, data.EntryFilter{}) })
	b.Run("unit", func(b *testing.B) { benchFind(b, data.EntryFilter{Sort: data.SortUnit}) })
	b.Run("year", func(b *testing.B) { benchFind(b, data.EntryFilter{Sort: data.SortYear}) })
	b.Run("updated", func(b *testing.B) { benchFind(b, data.EntryFilter{Sort: data.SortUpdated, Desc: true}) })
	b.Run("last-page", func(b *testing.B) { benchFind(b, data.EntryFilter{Offset: benchEntries - 50}) })
}

func BenchmarkSearch(b *testing.B) {
	for _, q := range []string{"d", "da", "dan", "dan van", "tan hoa", "cay gao hien dat"} {
		b.Run(q, func(b *testing.B) { benchFind(b, data.EntryFilter{Text: q}) })
	}
}

// BenchmarkSearchRanked: the best matches first (issue 10). "groups" is
// what the list window asks at each keystroke (it then picks each group
// out of the order it keeps); "page" is the first page of 50 as dvk list
// and the choosers read it, ranked by SQL.
func BenchmarkSearchRanked(b *testing.B) {
	for _, q := range []string{"d", "dan van", "tan hoa", "Thanh Hòa", "thanh hoa", "hiến đất", "môi trường", "cay gao hien dat"} {
		b.Run("groups/"+q, func(b *testing.B) {
			a := openBench(b)
			r, err := a.SearchRanked(ctx, q)
			must(b, err)
			b.ReportMetric(float64(r.Len()), "matches")
			b.ResetTimer()
			for b.Loop() {
				if _, err := a.SearchRanked(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("page/"+q, func(b *testing.B) { benchFind(b, data.EntryFilter{Text: q, Rank: true}) })
	}
}

func BenchmarkFilter(b *testing.B) {
	a := openBench(b)
	units, err := a.Units(ctx)
	must(b, err)
	var district int64
	for _, u := range units {
		if u.Name == "Thành ủy Tân Phước" {
			district = u.ID
		}
	}
	b.Run("unit-subtree", func(b *testing.B) { benchFind(b, data.EntryFilter{UnitID: district}) })
	b.Run("recognised-2024", func(b *testing.B) {
		benchFind(b, data.EntryFilter{RecYear: 2024, RecStatuses: []data.RecStatus{data.RecRecognised, data.RecOutstanding}})
	})
	b.Run("search-in-unit", func(b *testing.B) { benchFind(b, data.EntryFilter{UnitID: district, Text: "dan van"}) })
}

func BenchmarkStats(b *testing.B) {
	a := openBench(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := a.Stats(ctx, data.EntryFilter{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInsert(b *testing.B) {
	src := benchArchive(b, benchEntries)
	path := filepath.Join(tempDir(b), "ghi.dvk")
	copyFile(b, src, path)
	a, err := data.Open(ctx, path, data.Options{BackupDir: tempDir(b)})
	must(b, err)
	defer a.Close()
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{Limit: 1})
	must(b, err)
	tmpl, err := a.GetEntry(ctx, rows[0].ID)
	must(b, err)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		e := *tmpl
		e.Meta = data.Meta{}
		e.Name = fmt.Sprintf("Mô hình mới số %d", i)
		i++
		if err := a.SaveEntry(ctx, &e); err != nil {
			b.Fatal(err)
		}
	}
}

func copyFile(b *testing.B, src, dst string) {
	in, err := os.Open(src)
	must(b, err)
	defer in.Close()
	out, err := os.Create(dst)
	must(b, err)
	_, err = io.Copy(out, in)
	must(b, err)
	must(b, out.Close())
}

// BenchmarkScrollToEnd is what a window does to show the last rows of
// 100,000: the ordered ID list once per filter, then the rows on screen.
func BenchmarkScrollToEnd(b *testing.B) {
	a := openBench(b)
	b.Run("ids", func(b *testing.B) {
		for b.Loop() {
			ids, err := a.EntryIDs(ctx, data.EntryFilter{})
			if err != nil || len(ids) != benchEntries {
				b.Fatal(err, len(ids))
			}
		}
	})
	ids, err := a.EntryIDs(ctx, data.EntryFilter{})
	must(b, err)
	b.Run("last-rows", func(b *testing.B) {
		for b.Loop() {
			rows, err := a.EntryRowsByID(ctx, ids[len(ids)-50:], data.EntryFilter{})
			if err != nil || len(rows) != 50 {
				b.Fatal(err, len(rows))
			}
		}
	})
}
