package exchange

import (
	"context"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/danvankheo/danvankheo/data"
)

// exportColumns are the columns of an exported list: the same headings
// the importer recognises, so an exported list can be imported again.
var exportColumns = []struct {
	title string
	width float64
}{
	{"STT", 6}, {"Tên mô hình, điển hình", 60}, {"Loại", 20}, {"Đơn vị thực hiện", 34}, {"Lĩnh vực", 24},
	{"Giai đoạn", 12}, {"Năm đăng ký", 12}, {"Địa bàn thực hiện", 30}, {"Cá nhân, tập thể", 26}, {"Chức vụ", 26},
	{"Công nhận gần nhất", 22}, {"Năm công nhận", 14}, {"Cấp công nhận", 16}, {"Đã khen thưởng", 15}, {"Ghi chú", 40},
	{"Cập nhật lần cuối", 16},
}

// ExportEntries writes the entries f selects (the list on screen) to an
// .xlsx workbook: Vietnamese headings, a frozen heading row with filter
// buttons, column widths for the content, years as numbers and dates as
// dates. Rows are streamed, so 100,000 entries fit in little memory.
func ExportEntries(ctx context.Context, a *data.Archive, f data.EntryFilter, w io.Writer) (int, error) {
	f.Limit, f.Offset = 0, 0
	// A streamed sheet declares its used range before its first row, from
	// the ids listed first; an entry deleted by someone else meanwhile makes
	// the count wrong, so the list is read again (nothing reaches w before).
	for try := 0; try < 3; try++ {
		ids, err := a.EntryIDs(ctx, f)
		if err != nil {
			return 0, err
		}
		x, n, err := entriesBook(ctx, a, f, ids)
		if err != nil {
			return 0, err
		}
		if n == len(ids) {
			_, err = x.WriteTo(w)
			x.Close()
			return n, err
		}
		x.Close()
	}
	return 0, &data.Error{Code: data.EBusy, Message: "Danh sách thay đổi liên tục trong khi xuất (có người đang sửa kho); hãy xuất lại."}
}

// entriesBook builds the workbook of the entries ids, in their order, and
// says how many of them it found.
func entriesBook(ctx context.Context, a *data.Archive, f data.EntryFilter, ids []int64) (_ *excelize.File, n int, err error) {
	x := excelize.NewFile()
	defer func() {
		if err != nil {
			x.Close()
		}
	}()
	const sheet = "Danh sách"
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		return nil, 0, err
	}
	if err := x.SetSheetDimension(sheet, usedRange(len(exportColumns), len(ids)+1)); err != nil {
		return nil, 0, err
	}
	sw, err := x.NewStreamWriter(sheet)
	if err != nil {
		return nil, 0, err
	}
	styles, err := newStyles(x)
	if err != nil {
		return nil, 0, err
	}
	for i, c := range exportColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return nil, 0, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, 0, err
	}
	head := make([]any, len(exportColumns))
	for i, c := range exportColumns {
		head[i] = excelize.Cell{Value: c.title, StyleID: styles.head}
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 30}); err != nil {
		return nil, 0, err
	}
	for start := 0; start < len(ids); start += 1000 {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		part := ids[start:min(start+1000, len(ids))]
		rows, err := a.EntryRowsByID(ctx, part, f)
		if err != nil {
			return nil, 0, err
		}
		notes, err := a.EntryNotes(ctx, part)
		if err != nil {
			return nil, 0, err
		}
		for _, r := range rows {
			n++
			cell, _ := excelize.CoordinatesToCellName(1, n+1)
			vals := []any{n, excelize.Cell{Value: r.Name, StyleID: styles.wrap}, r.Kind.Label(), r.Unit, r.Field, r.Phase, r.Year,
				r.Place, r.Person, "", recLabel(r), yearOrEmpty(r.RecYear), r.RecLevel, yesNo(r.Commended), notes[r.ID],
				excelize.Cell{Value: r.UpdatedAt.Local(), StyleID: styles.date}}
			if err := sw.SetRow(cell, vals); err != nil {
				return nil, 0, err
			}
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(exportColumns), max(n+1, 2))
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: "DanhSachMoHinh", StyleName: "TableStyleLight1", ShowRowStripes: boolPtr(true)}); err != nil {
		return nil, 0, err
	}
	if err := sw.Flush(); err != nil {
		return nil, 0, err
	}
	if err := setProps(x, "Danh sách mô hình, điển hình"); err != nil {
		return nil, 0, err
	}
	return x, n, nil
}

func boolPtr(b bool) *bool { return &b }

func recLabel(r data.EntryRow) string {
	if r.RecStatus == "" {
		return ""
	}
	return r.RecStatus.Label()
}

func yearOrEmpty(y int) any {
	if y == 0 {
		return ""
	}
	return y
}

func yesNo(b bool) string {
	if b {
		return "Có"
	}
	return ""
}

type styleIDs struct{ head, wrap, date, bold, title int }

func newStyles(x *excelize.File) (styleIDs, error) {
	var s styleIDs
	var err error
	border := []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	if s.head, err = x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Family: "Times New Roman", Size: 12},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8E8E8"}}, Border: border}); err != nil {
		return s, err
	}
	if s.wrap, err = x.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		return s, err
	}
	dateFmt := "dd/mm/yyyy"
	if s.date, err = x.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt}); err != nil {
		return s, err
	}
	if s.bold, err = x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
		return s, err
	}
	s.title, err = x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Family: "Times New Roman"}})
	return s, err
}

func setProps(x *excelize.File, title string) error {
	return x.SetDocProps(&excelize.DocProperties{Title: title, Creator: "Dân vận khéo", Language: "vi-VN"})
}

// ExportStats writes the statistics of the entries f selects, one table a
// sheet: by unit and field, by kind, by year, recognitions, commendations.
func ExportStats(ctx context.Context, a *data.Archive, f data.EntryFilter, w io.Writer) error {
	st, err := a.Stats(ctx, f)
	if err != nil {
		return err
	}
	x := excelize.NewFile()
	defer x.Close()
	styles, err := newStyles(x)
	if err != nil {
		return err
	}
	first := true
	table := func(name string, head []string, rows [][]any, widths ...float64) error {
		if first {
			if err := x.SetSheetName("Sheet1", name); err != nil {
				return err
			}
			first = false
		} else if _, err := x.NewSheet(name); err != nil {
			return err
		}
		for i, h := range head {
			c, _ := excelize.CoordinatesToCellName(i+1, 1)
			x.SetCellValue(name, c, h)
			x.SetCellStyle(name, c, c, styles.head)
			w := 14.0
			if i < len(widths) {
				w = widths[i]
			}
			col, _ := excelize.ColumnNumberToName(i + 1)
			x.SetColWidth(name, col, col, w)
		}
		for r, row := range rows {
			c, _ := excelize.CoordinatesToCellName(1, r+2)
			if err := x.SetSheetRow(name, c, &row); err != nil {
				return err
			}
		}
		x.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
		last, _ := excelize.CoordinatesToCellName(len(head), len(rows)+1)
		return x.AutoFilter(name, "A1:"+last, nil)
	}
	head := []string{"Đơn vị"}
	for _, fd := range st.Fields {
		head = append(head, fd.Label)
	}
	head = append(head, "Cộng")
	var rows [][]any
	for _, u := range st.ByUnit {
		row := []any{u.Unit}
		for _, n := range u.ByField {
			row = append(row, n)
		}
		rows = append(rows, append(row, u.Total))
	}
	total := []any{"Tổng cộng"}
	for _, fd := range st.Fields {
		total = append(total, fd.N)
	}
	rows = append(rows, append(total, st.Total))
	if err := table("Theo đơn vị, lĩnh vực", head, rows, 40); err != nil {
		return err
	}
	rows = nil
	for _, k := range st.ByKind {
		rows = append(rows, []any{k.Label, k.N})
	}
	if err := table("Theo loại", []string{"Loại", "Số lượng"}, rows, 24); err != nil {
		return err
	}
	rows = nil
	for _, y := range st.ByYear {
		rows = append(rows, []any{int(y.ID), y.N})
	}
	if err := table("Theo năm đăng ký", []string{"Năm", "Số lượng"}, rows); err != nil {
		return err
	}
	rows = nil
	for _, r := range st.Recognitions {
		rows = append(rows, []any{r.Year, r.Level, r.Status.Label(), r.N})
	}
	if err := table("Công nhận", []string{"Năm", "Cấp", "Kết quả", "Số lượng"}, rows, 8, 16, 18); err != nil {
		return err
	}
	rows = nil
	for _, c := range st.Commendations {
		rows = append(rows, []any{c.Year, c.Form, c.Status.Label(), c.N})
	}
	if err := table("Khen thưởng", []string{"Năm", "Hình thức", "Trạng thái", "Số lượng"}, rows, 8, 46, 18); err != nil {
		return err
	}
	if err := setDimensions(x); err != nil {
		return err
	}
	if err := setProps(x, "Thống kê mô hình, điển hình"); err != nil {
		return err
	}
	_, err = x.WriteTo(w)
	return err
}
