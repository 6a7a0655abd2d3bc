package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestImportPersonsInTitles: a district list naming its individual
// exemplars only in their titles imports whole; the dry run says whose
// person was read from the title, and the import lists the exemplar to
// complete.
func TestImportPersonsInTitles(t *testing.T) {
	dir := t.TempDir()
	archive := demoArchive(t, dir, "1")
	x := excelize.NewFile()
	for i, r := range [][]any{
		{"TT", "Tên mô hình, điển hình", "Loại", "Đơn vị", "Lĩnh vực", "Năm"},
		{1, "Ông Nguyễn Văn An – trưởng ấp 3", "Điển hình cá nhân", "Sở Y tế", "Kinh tế", 2024},
		{2, "Người gom rác thuê giữ sạch đường làng", "Điển hình cá nhân", "Sở Y tế", "Kinh tế", 2024},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	sheet := filepath.Join(dir, "huyen.xlsx")
	if err := x.SaveAs(sheet); err != nil {
		t.Fatal(err)
	}
	out, e, c := dvk(t, "import", archive, sheet, "--dry-run")
	if c != 0 || !strings.Contains(out, "Thêm mới: 2") || !strings.Contains(out, "Dòng 2: Họ và tên lấy từ tên điển hình: Nguyễn Văn An.") ||
		!strings.Contains(out, "Dòng 3: Chưa có họ và tên") {
		t.Fatalf("dry run: %d\n%s%s", c, out, e)
	}
	out, e, c = dvk(t, "import", archive, sheet)
	if c != 0 || !strings.Contains(out, "Đã nhập: 2 thêm mới") ||
		!strings.Contains(out, "Cần bổ sung họ và tên người được ghi nhận cho 1 điển hình cá nhân:") ||
		!strings.Contains(out, "Dòng 3 (mã ") {
		t.Fatalf("import: %d\n%s%s", c, out, e)
	}
}

// demoArchive makes a demo archive of n entries in dir.
func demoArchive(t *testing.T, dir, n string) string {
	t.Helper()
	path := filepath.Join(dir, "kho.dvk")
	if _, e, c := dvk(t, "demo", path, "--entries", n); c != 0 {
		t.Fatal(e)
	}
	return path
}
