package report_test

import (
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// BenchmarkCertificates1000 lays out and renders the certificates of 1,000
// granted commendations, a year's awards of a large province: the target
// is 5 s for the lot.
func BenchmarkCertificates1000(b *testing.B) {
	a := demoArchive(b, 1000)
	state, _, _ := certForms(b, a)
	ids, err := a.EntryIDs(ctx, data.EntryFilter{})
	if err != nil {
		b.Fatal(err)
	}
	cs, err := a.ProposeCommendations(ctx, ids[:1000], 2026, state.ID,
		"Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025.")
	if err != nil {
		b.Fatal(err)
	}
	cids := make([]int64, len(cs))
	for i, c := range cs {
		cids[i] = c.ID
	}
	if err := a.GrantCommendations(ctx, cids, "3125/QĐ-UBND", "2026-03-05"); err != nil {
		b.Fatal(err)
	}
	f := report.Liberation()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := report.Certificates(ctx, a, report.CertificateParams{Year: 2026, FormID: state.ID}, f)
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Pages) != 1000 {
			b.Fatalf("%d pages", len(d.Pages))
		}
		pdf, err := report.RenderPDF(d, f)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(pdf))/1e6, "MB")
	}
}
