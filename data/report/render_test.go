package report_test

import (
	"bytes"
	"testing"

	"github.com/danvankheo/danvankheo/data/report"
)

func TestPDFIsDeterministic(t *testing.T) {
	a := demoArchive(t, 30)
	var out [][]byte
	for i := 0; i < 2; i++ {
		d, err := report.List(ctx, a, report.ListParams{Group: report.GroupField, Date: fixedDate}, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := report.RenderPDF(d, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, pdf)
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Fatal("the same document gives different bytes")
	}
}
