package exchange

import (
	"github.com/xuri/excelize/v2"
)

// usedRange is the range a worksheet declares in its <dimension> element,
// "A1:P1806" for 16 columns and 1,806 rows. excelize leaves "A1" there,
// and readers that trust the element (openpyxl in read-only mode, some
// import tools) then see one cell of a whole list.
func usedRange(cols, rows int) string {
	last, _ := excelize.CoordinatesToCellName(max(cols, 1), max(rows, 1))
	return "A1:" + last
}

// setDimensions declares every worksheet's true used range: the last row
// and column that hold a value. For workbooks built in memory (statistics,
// template), whose sheets are small; a streamed sheet declares its range
// before its first row instead (see ExportEntries).
func setDimensions(x *excelize.File) error {
	for _, sh := range x.GetSheetList() {
		rows, err := x.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		cols := 0
		for _, r := range rows {
			cols = max(cols, len(r))
		}
		if err := x.SetSheetDimension(sh, usedRange(cols, len(rows))); err != nil {
			return err
		}
	}
	return nil
}
