package exchange

import (
	"context"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/danvankheo/danvankheo/data"
)

// templateColumns are the template's columns: headings the importer maps
// without asking, and the registration form's fields in its order.
var templateColumns = []struct {
	title string
	width float64
	hint  string
}{
	{"STT", 6, ""},
	{"Tên mô hình, điển hình", 50, "Bắt buộc"},
	{"Loại", 22, "Chọn trong danh sách"},
	{"Đơn vị thực hiện", 36, "Chọn trong danh sách"},
	{"Lĩnh vực", 26, "Chọn trong danh sách"},
	{"Năm đăng ký", 13, "Ví dụ 2026"},
	{"Địa bàn thực hiện", 30, ""},
	{"Cá nhân, tập thể", 28, "Điển hình cá nhân: họ và tên"},
	{"Chức vụ", 24, ""},
	{"Thực trạng, lý do", 40, ""},
	{"Mục tiêu", 40, ""},
	{"Nội dung, cách làm", 50, ""},
	{"Phạm vi, đối tượng", 30, ""},
	{"Lực lượng tham gia", 30, ""},
	{"Nguồn lực", 30, ""},
	{"Thời gian thực hiện", 24, ""},
	{"Kết quả, hiệu quả", 50, ""},
	{"Nhân rộng", 30, ""},
	{"Ghi chú", 30, ""},
}

const templateRows = 500 // rows with drop-down lists

// Template writes a blank workbook for units to fill in: a title, the
// headings, and drop-down lists for kind, unit and field fed from a hidden
// sheet of the archive's catalogues. The importer reads it back without
// asking about columns.
func Template(ctx context.Context, a *data.Archive, w io.Writer) error {
	units, err := a.Units(ctx)
	if err != nil {
		return err
	}
	fields, err := a.Fields(ctx)
	if err != nil {
		return err
	}
	set, err := a.Settings(ctx)
	if err != nil {
		return err
	}
	x := excelize.NewFile()
	defer x.Close()
	const sheet, lists = "Đăng ký", "Danh mục"
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	if _, err := x.NewSheet(lists); err != nil {
		return err
	}
	styles, err := newStyles(x)
	if err != nil {
		return err
	}
	// The lists the drop-downs read, on a hidden sheet: a unit list is too
	// long to write into the validation itself.
	col := func(c int, head string, vals []string) string {
		name, _ := excelize.ColumnNumberToName(c)
		x.SetCellValue(lists, name+"1", head)
		for i, v := range vals {
			x.SetCellValue(lists, fmt.Sprintf("%s%d", name, i+2), v)
		}
		return fmt.Sprintf("'%s'!$%s$2:$%s$%d", lists, name, name, max(len(vals)+1, 2))
	}
	var kinds, unitNames, fieldNames []string
	for _, k := range data.Kinds {
		kinds = append(kinds, k.Label())
	}
	for _, u := range units {
		if u.Active {
			unitNames = append(unitNames, u.Name)
		}
	}
	for _, f := range fields {
		if f.Active {
			fieldNames = append(fieldNames, f.Name)
		}
	}
	kindRef, unitRef, fieldRef := col(1, "Loại", kinds), col(2, "Đơn vị", unitNames), col(3, "Lĩnh vực", fieldNames)
	if err := x.SetSheetVisible(lists, false); err != nil {
		return err
	}
	x.SetCellValue(sheet, "A1", "DANH SÁCH ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO”")
	x.SetCellStyle(sheet, "A1", "A1", styles.title)
	x.SetCellValue(sheet, "A2", "Đơn vị gửi: ……………………   Gửi về "+set.Issuer+". Mỗi dòng một mô hình, điển hình; các cột có danh sách chọn thì chọn, không gõ.")
	const head = 4
	for i, c := range templateColumns {
		name, _ := excelize.ColumnNumberToName(i + 1)
		cell := fmt.Sprintf("%s%d", name, head)
		x.SetCellValue(sheet, cell, c.title)
		x.SetCellStyle(sheet, cell, cell, styles.head)
		x.SetColWidth(sheet, name, name, c.width)
		if c.hint != "" {
			x.SetCellValue(sheet, fmt.Sprintf("%s%d", name, head-1), c.hint)
		}
	}
	drop := func(colIdx int, ref, title string) error {
		name, _ := excelize.ColumnNumberToName(colIdx)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s%d:%s%d", name, head+1, name, head+templateRows)
		dv.SetSqrefDropList(ref)
		dv.SetError(excelize.DataValidationErrorStyleStop, title, "Hãy chọn một giá trị trong danh sách.")
		return x.AddDataValidation(sheet, dv)
	}
	if err := drop(3, kindRef, "Loại"); err != nil {
		return err
	}
	if err := drop(4, unitRef, "Đơn vị thực hiện"); err != nil {
		return err
	}
	if err := drop(5, fieldRef, "Lĩnh vực"); err != nil {
		return err
	}
	year := excelize.NewDataValidation(true)
	year.Sqref = fmt.Sprintf("F%d:F%d", head+1, head+templateRows)
	if err := year.SetRange(1990, 2100, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	year.SetError(excelize.DataValidationErrorStyleStop, "Năm đăng ký", "Năm từ 1990 đến 2100, ví dụ 2026.")
	if err := x.AddDataValidation(sheet, year); err != nil {
		return err
	}
	if err := x.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: head, TopLeftCell: fmt.Sprintf("A%d", head+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := setDimensions(x); err != nil {
		return err
	}
	if err := setProps(x, "Mẫu đăng ký mô hình, điển hình Dân vận khéo"); err != nil {
		return err
	}
	_, err = x.WriteTo(w)
	return err
}
