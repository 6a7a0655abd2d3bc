package report_test

import (
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/report"
)

// BenchmarkSummary100k makes the report of the 2021–2025 phase and of its
// last year over a national roll-up of 100,000 entries, PDF included: the
// target is 2 s each. The archive is made once and cached (about three
// minutes the first time).
func BenchmarkSummary100k(b *testing.B) {
	path, err := demo.CachedArchive(ctx, 100_000)
	if err != nil {
		b.Fatal(err)
	}
	a, err := data.Open(ctx, path, data.Options{BackupDir: tempDir(b), ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	phases, err := a.Phases(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var phase *data.Phase
	for _, p := range phases {
		if p.Name == "2021–2025" {
			phase = p
		}
	}
	for _, c := range []struct {
		name string
		year int
	}{{"giai-doan", 0}, {"nam", 2025}} {
		b.Run(c.name, func(b *testing.B) {
			pages := 0
			for b.Loop() {
				d, err := report.Summary(ctx, a, report.SummaryParams{PhaseID: phase.ID, Year: c.year, Date: fixedDate}, report.Liberation())
				if err != nil {
					b.Fatal(err)
				}
				if _, err := report.RenderPDF(d, report.Liberation()); err != nil {
					b.Fatal(err)
				}
				pages = len(d.Pages)
			}
			b.ReportMetric(float64(pages), "pages")
		})
	}
}
