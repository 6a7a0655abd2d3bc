package exchange_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/exchange"
)

// sheetXML reads a worksheet part as a strict reader does: the range its
// <dimension> declares, and the last row and column its cells really use.
func sheetXML(t *testing.T, book []byte, part string) (declared string, lastRow, lastCol int) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	must(t, err)
	f, err := z.Open(part)
	must(t, err)
	defer f.Close()
	d := xml.NewDecoder(f)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return declared, lastRow, lastCol
		}
		must(t, err)
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		for _, at := range el.Attr {
			switch {
			case el.Name.Local == "dimension" && at.Name.Local == "ref":
				declared = at.Value
			case el.Name.Local == "c" && at.Name.Local == "r":
				c, r, err := excelize.CellNameToCoordinates(at.Value)
				must(t, err)
				lastRow, lastCol = max(lastRow, r), max(lastCol, c)
			}
		}
	}
}

// checkDimension fails unless the part declares "A1:<last cell used>".
func checkDimension(t *testing.T, what string, book []byte, part string, wantRows int) {
	t.Helper()
	declared, rows, cols := sheetXML(t, book, part)
	want, _ := excelize.CoordinatesToCellName(cols, rows)
	if declared != "A1:"+want || (wantRows > 0 && rows != wantRows) {
		t.Errorf("%s %s: <dimension ref=%q>, cells reach %s (%d rows; want %d)", what, part, declared, want, rows, wantRows)
	}
}

func TestExportsDeclareTheirDimension(t *testing.T) {
	a := archive(t, 60)
	var list bytes.Buffer
	n, err := exchange.ExportEntries(ctx, a, data.EntryFilter{}, &list)
	must(t, err)
	if n != 60 {
		t.Fatalf("exported %d of 60", n)
	}
	checkDimension(t, "list", list.Bytes(), "xl/worksheets/sheet1.xml", n+1)
	var empty bytes.Buffer
	_, err = exchange.ExportEntries(ctx, a, data.EntryFilter{Text: "không có mô hình nào tên thế này"}, &empty)
	must(t, err)
	checkDimension(t, "empty list", empty.Bytes(), "xl/worksheets/sheet1.xml", 1)

	var st bytes.Buffer
	must(t, exchange.ExportStats(ctx, a, data.EntryFilter{}, &st))
	for i := 1; i <= 5; i++ {
		checkDimension(t, "statistics", st.Bytes(), fmt.Sprintf("xl/worksheets/sheet%d.xml", i), 0)
	}
	var tpl bytes.Buffer
	must(t, exchange.Template(ctx, a, &tpl))
	checkDimension(t, "template", tpl.Bytes(), "xl/worksheets/sheet1.xml", 4)
	checkDimension(t, "template lists", tpl.Bytes(), "xl/worksheets/sheet2.xml", 0)
}
