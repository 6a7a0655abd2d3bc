package report_test

import (
	"testing"

	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/report"
)

// BenchmarkList1045 lays out and renders the list of the demo archive's
// 1,045 entries grouped by unit, the size of the province's 2016–2020
// list: the target is 1 s and 1 MB.
func BenchmarkList1045(b *testing.B) {
	a := demoArchive(b, demo.SeedEntries) // the 2016–2020 phase alone
	f := report.Liberation()
	var pages, size int
	for b.Loop() {
		d, err := report.List(ctx, a, report.ListParams{Group: report.GroupUnit, Date: fixedDate}, f)
		if err != nil {
			b.Fatal(err)
		}
		pdf, err := report.RenderPDF(d, f)
		if err != nil {
			b.Fatal(err)
		}
		pages, size = len(d.Pages), len(pdf)
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(size)/1e6, "MB")
}
