package report_test

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/jung-kurt/gofpdf"

	"github.com/danvankheo/danvankheo/data"
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

// BenchmarkListDOCX1045 lays out the same list and writes it as Word
// (.docx): the target is 1 s.
func BenchmarkListDOCX1045(b *testing.B) {
	a := demoArchive(b, demo.SeedEntries)
	f := report.Liberation()
	var size int
	for b.Loop() {
		d, err := report.List(ctx, a, report.ListParams{Group: report.GroupUnit, Date: fixedDate}, f)
		if err != nil {
			b.Fatal(err)
		}
		docx, err := report.RenderDOCX(d)
		if err != nil {
			b.Fatal(err)
		}
		size = len(docx)
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}

// BenchmarkBareGofpdfList1045 reads the same rows as BenchmarkList1045
// and writes them in the same font as a bare gofpdf table (one CellFormat
// a cell, no wrapping, the heading row on each page): the floor the list
// is measured against (it may take at most twice as long). Both read the
// rows from the archive each time, so the ratio compares the documents.
func BenchmarkBareGofpdfList1045(b *testing.B) {
	a := demoArchive(b, demo.SeedEntries)
	f := report.Liberation()
	widths := []float64{11, 64, 40, 24, 19, 11, 29, 45}
	heads := []string{"STT", "Tên mô hình, điển hình", "Đơn vị thực hiện", "Lĩnh vực", "Loại", "Năm", "Công nhận gần nhất", "Ghi chú"}
	var size int
	for b.Loop() {
		cells := bareRows(b, a)
		pdf := gofpdf.New("L", "mm", "A4", "")
		pdf.AddUTF8FontFromBytes("serif", "", f.Regular)
		pdf.AddUTF8FontFromBytes("serif", "B", f.Bold)
		pdf.SetMargins(30, 20, 15)
		pdf.SetAutoPageBreak(true, 20)
		pdf.SetCompression(true)
		heading := func() {
			pdf.SetFont("serif", "B", 11)
			for i, h := range heads {
				pdf.CellFormat(widths[i], 7, h, "1", 0, "C", false, 0, "")
			}
			pdf.Ln(-1)
			pdf.SetFont("serif", "", 11)
		}
		pdf.SetHeaderFunc(heading)
		pdf.AddPage()
		for _, r := range cells {
			for i, c := range r {
				pdf.CellFormat(widths[i], 7, c, "1", 0, "L", false, 0, "")
			}
			pdf.Ln(-1)
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}

// bareRows reads the list's rows as BenchmarkList1045's list shows them.
func bareRows(b *testing.B, a *data.Archive) [][]string {
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{Sort: data.SortUnit})
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	notes, err := a.EntryNotes(ctx, ids)
	if err != nil {
		b.Fatal(err)
	}
	cells := make([][]string, len(rows))
	for i, r := range rows {
		rec := ""
		if r.RecStatus != "" {
			rec = r.RecStatus.Label() + " năm " + strconv.Itoa(r.RecYear)
		}
		cells[i] = []string{strconv.Itoa(i + 1), r.Name, r.Unit, r.Field, r.Kind.ShortLabel(), strconv.Itoa(r.Year), rec, notes[r.ID]}
	}
	return cells
}
