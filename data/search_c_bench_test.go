package data_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// BenchmarkSearchVsC puts a ranked first page (what `dvk list --search`
// reads: FindEntries with Rank, 50 rows) beside the C SQLite engine running
// the very statements it ran, recorded, on the same file (bin/csqlite, made
// by .ci/csqlite; skipped without it). The C side is a process of its own,
// so "c-start" is what opening costs it with no query, to subtract. The
// issue's target: the Go side within 3× the C side.
func BenchmarkSearchVsC(b *testing.B) {
	csqlite, err := filepath.Abs("../bin/csqlite")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(csqlite); err != nil {
		b.Skip("bin/csqlite is missing: run .ci/csqlite")
	}
	path := benchArchive(b, benchEntries)
	a := openBench(b)
	b.Run("c-start", func(b *testing.B) {
		for b.Loop() {
			if out, err := exec.Command(csqlite, path, "SELECT 1").CombinedOutput(); err != nil {
				b.Fatalf("%v: %s", err, out)
			}
		}
	})
	for _, text := range []string{"d", "dan van", "Thanh Hòa", "thanh hoa", "hiến đất", "môi trường", "xoay vòng"} {
		f := data.EntryFilter{Text: text, Rank: true, Limit: 50}
		stmts, err := data.RankedStatements(ctx, a, f)
		must(b, err)
		name := strings.ReplaceAll(text, " ", "_")
		b.Run("go/"+name, func(b *testing.B) {
			for b.Loop() {
				_, _, err := a.FindEntries(ctx, f)
				must(b, err)
			}
			b.ReportMetric(float64(len(stmts)), "statements")
		})
		b.Run("c/"+name, func(b *testing.B) {
			for b.Loop() {
				if out, err := exec.Command(csqlite, append([]string{path}, stmts...)...).CombinedOutput(); err != nil {
					b.Fatalf("%v: %s", err, out)
				}
			}
		})
	}
}
