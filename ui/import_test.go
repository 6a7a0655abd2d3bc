package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/exchange"
)

func writeWorkbook(t *testing.T, rows [][]any) string {
	t.Helper()
	x := excelize.NewFile()
	defer x.Close()
	x.SetCellValue("Sheet1", "A1", "DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” CỦA HUYỆN")
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		if err := x.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "danh sach huyen.xlsx")
	if err := x.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportWizard(t *testing.T) {
	ta := newTestApp(t, 5)
	path := writeWorkbook(t, [][]any{
		{"STT", "Tên mô hình, điển hình", "Đơn vị", "Lĩnh vực", "Năm"},
		{1, "Mô hình nhập từ Excel thứ nhất", "Sở Y tế", "Kinh tế", 2019},
		{2, "Mô hình nhập từ Excel thứ hai", "Xã Tân Hòa", "Văn hóa – xã hội", 2019},
	})
	im := OpenImport(ta.env, ta.shell, path)
	if im.Map == nil || len(im.Columns) != 5 || im.Columns[1].Selected != "Tên mô hình, điển hình" {
		t.Fatalf("columns %v", im.Columns)
	}
	// The person leaves the field column out and gives one field for all.
	im.Columns[3].SetSelected(exchange.Ignore.Label())
	im.Field.SetSelected("Xây dựng hệ thống chính trị")
	im.Preview()
	if im.Plan == nil || im.Plan.Counts[exchange.FateError] != 1 || !im.ImportBtn.Disabled() {
		t.Fatalf("plan %+v", im.Plan)
	}
	// Choose the unit the archive calls “Đảng ủy xã Tân Hòa”.
	sel := im.Missing["Xã Tân Hòa"]
	if sel == nil || sel.Options[0] != "Đảng ủy xã Tân Hòa" {
		t.Fatalf("suggestions %v", sel)
	}
	sel.SetSelected(sel.Options[0])
	im.Preview()
	if im.Plan.Counts[exchange.FateNew] != 2 || im.ImportBtn.Disabled() {
		t.Fatalf("after choosing: %v", im.Plan.Counts)
	}
	im.Import()
	if im.Result == nil || im.Result.Added != 2 {
		t.Fatalf("result %+v (errors %v)", im.Result, ta.ask.errors)
	}
	e := entriesOf(ta)
	if len(e.Rows()) != 7 {
		t.Fatalf("the list shows %d", len(e.Rows()))
	}
	// The corrected mapping is remembered for the next file of this shape.
	im2 := OpenImport(ta.env, ta.shell, path)
	if im2.Columns[3].Selected != exchange.Ignore.Label() || im2.Columns[4].Selected != "Năm đăng ký" {
		t.Fatalf("remembered %q, %q", im2.Columns[3].Selected, im2.Columns[4].Selected)
	}
	rows, _, err := ta.env.Archive().FindEntries(context.Background(), data.EntryFilter{Text: "nhap tu excel"})
	if err != nil || len(rows) != 2 || rows[0].Field != "Xây dựng hệ thống chính trị" {
		t.Fatalf("imported %+v %v", rows, err)
	}
}

func TestExportFromTheList(t *testing.T) {
	ta := newTestApp(t, 40)
	e := entriesOf(ta)
	e.Kind.SetSelected(data.KindModel.Label())
	path := filepath.Join(t.TempDir(), "xuat.xlsx")
	e.ExportList(path)
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := x.GetRows("Danh sách")
	x.Close()
	if len(rows) != len(e.Rows())+1 {
		t.Fatalf("%d rows for %d listed", len(rows), len(e.Rows()))
	}
	if _, err := os.Stat(path + ".tam"); err == nil {
		t.Fatal("temporary file left")
	}
}

// TestImportNamesFromTitles: the preview says which persons were read from
// the titles and which exemplar still lacks one; the import goes through
// and lists what to complete.
func TestImportNamesFromTitles(t *testing.T) {
	ta := newTestApp(t, 5)
	path := writeWorkbook(t, [][]any{
		{"STT", "Tên mô hình, điển hình", "Loại", "Đơn vị", "Lĩnh vực", "Năm"},
		{1, "Ông Nguyễn Văn An – trưởng ấp 3", "Điển hình cá nhân", "Sở Y tế", "Kinh tế", 2024},
		{2, "Người gom rác thuê giữ sạch đường làng", "Điển hình cá nhân", "Sở Y tế", "Kinh tế", 2024},
	})
	im := OpenImport(ta.env, ta.shell, path)
	im.Preview()
	if im.Plan == nil || im.Plan.Counts[exchange.FateNew] != 2 || im.ImportBtn.Disabled() {
		t.Fatalf("plan %+v", im.Plan)
	}
	if got := im.rowCell(0, 3); !strings.Contains(got, "Nguyễn Văn An") {
		t.Errorf("note of the first row %q", got)
	}
	if got := im.rowCell(1, 1); got != "Thêm mới, cần bổ sung" {
		t.Errorf("fate of the unnamed row %q", got)
	}
	if s := im.Summary.Text; !strings.Contains(s, "từ tên điển hình ở 1 dòng") || !strings.Contains(s, "1 điển hình cá nhân chưa có họ và tên") {
		t.Errorf("summary %q", s)
	}
	im.Import()
	if im.Result == nil || im.Result.Added != 2 || len(im.Result.NoPerson) != 1 {
		t.Fatalf("result %+v (errors %v)", im.Result, ta.ask.errors)
	}
	if s := ta.shell.notes.Text; !strings.Contains(s, "Cần bổ sung họ và tên") || !strings.Contains(s, "dòng 5") {
		t.Errorf("notice %q", s)
	}
}
