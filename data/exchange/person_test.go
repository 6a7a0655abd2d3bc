package exchange_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/exchange"
)

// TestImportPersonsFromTitles: a district list with no column for the
// person names its individual exemplars in their titles. The persons are
// taken from the titles and said in the plan; a title that names nobody
// imports all the same, listed to complete; only what cannot be imported
// (an unknown unit, a year that is no year) stops the file.
func TestImportPersonsFromTitles(t *testing.T) {
	a := archive(t, 0)
	before := map[string]int{} // what the demo's one entry matches
	for _, text := range []string{"so y te", "le thi ba", "nguoi gom rac le thi ba"} {
		_, before[text], _ = a.FindEntries(ctx, data.EntryFilter{Text: text})
	}
	rows := [][]any{
		{"STT", "Tên mô hình, điển hình", "Loại", "Đơn vị thực hiện", "Lĩnh vực", "Năm đăng ký"},
		{1, "Ông Nguyễn Văn An – trưởng ấp 3 vận động hiến đất làm đường", "Điển hình cá nhân", "Sở Y tế", "Kinh tế", 2024},
		{2, "Bà Trần Thị Bích, Chi hội trưởng Chi hội Phụ nữ ấp 5", "Điển hình cá nhân", "Sở Y tế", "Văn hóa – xã hội", 2024},
		{3, "Đ/c Lê Văn Tám (Bí thư Chi bộ ấp 2)", "ĐH cá nhân", "Sở Y tế", "Xây dựng hệ thống chính trị", 2024},
		{4, "Đồng chí Võ Thị Sáu - công an viên xã", "Điển hình cá nhân", "Sở Y tế", "Quốc phòng – an ninh", 2024},
		{5, "Người gom rác thuê giữ sạch đường làng", "Điển hình cá nhân", "Sở Y tế", "Kinh tế", 2024},
		{6, "Tổ tự quản đường hoa ấp 1", "Mô hình", "Sở Y tế", "Kinh tế", 2024},
		{7, "Chị Hồ Thị Lan: người giữ đê", "Điển hình cá nhân", "Đảng ủy xã Không Có", "Kinh tế", 2024},
		{8, "Anh Phạm Văn Hai – dân quân", "Điển hình cá nhân", "Sở Y tế", "Kinh tế", "năm ngoái"},
	}
	dir := tempDir(t)
	path := filepath.Join(dir, "danh-sach-huyen.xlsx")
	must(t, os.WriteFile(path, workbook(t, rows), 0o644))
	s, err := exchange.ReadFile(path)
	must(t, err)
	p, err := exchange.PlanImport(ctx, a, s, exchange.Options{})
	must(t, err)
	persons := map[int]string{}
	for _, r := range p.Rows[:4] {
		if r.Fate != exchange.FateNew || !r.PersonFromTitle || !strings.Contains(r.Reason, "lấy từ tên điển hình") {
			t.Errorf("row %d: %+v", r.Row, r)
		}
		persons[r.Row] = r.Entry.Person
	}
	want := map[int]string{5: "Nguyễn Văn An", 6: "Trần Thị Bích", 7: "Lê Văn Tám", 8: "Võ Thị Sáu"}
	for row, name := range want {
		if persons[row] != name {
			t.Errorf("row %d: person %q, want %q", row, persons[row], name)
		}
	}
	if r := p.Rows[4]; r.Fate != exchange.FateNew || !r.PersonMissing || r.Entry.Person != "" || !strings.Contains(r.Reason, "cần bổ sung") {
		t.Errorf("unnamed row: %+v", r)
	}
	if r := p.Rows[5]; r.Fate != exchange.FateNew || r.PersonFromTitle || r.PersonMissing || r.Reason != "" {
		t.Errorf("model row: %+v", r)
	}
	if p.Rows[6].Fate != exchange.FateError || p.Rows[7].Fate != exchange.FateError || !strings.Contains(p.Rows[7].Reason, "F12") {
		t.Errorf("unknown unit, bad year: %+v\n%+v", p.Rows[6], p.Rows[7])
	}
	if p.FromTitle != 4 || p.NoPerson != 1 || p.Counts[exchange.FateNew] != 6 || p.Counts[exchange.FateError] != 2 {
		t.Fatalf("counts %v, %d from titles, %d without", p.Counts, p.FromTitle, p.NoPerson)
	}
	if _, err := exchange.Apply(ctx, a, p); data.ErrorCode(err) != data.EInvalid {
		t.Fatalf("a plan with errors applied: %v", err)
	}

	// Without the two rows that cannot be imported, the file imports whole.
	must(t, os.WriteFile(path, workbook(t, rows[:7]), 0o644))
	s, err = exchange.ReadFile(path)
	must(t, err)
	p, err = exchange.PlanImport(ctx, a, s, exchange.Options{})
	must(t, err)
	res, err := exchange.Apply(ctx, a, p)
	must(t, err)
	if res.Added != 6 || len(res.NoPerson) != 1 || res.NoPerson[0].Row != 9 || res.NoPerson[0].ID == 0 {
		t.Fatalf("result %+v", res)
	}
	got, _, err := a.FindEntries(ctx, data.EntryFilter{Kind: data.KindIndividual})
	must(t, err)
	stored := map[string]string{}
	for _, r := range got {
		stored[r.Name] = r.Person
	}
	if stored["Ông Nguyễn Văn An – trưởng ấp 3 vận động hiến đất làm đường"] != "Nguyễn Văn An" ||
		stored["Đ/c Lê Văn Tám (Bí thư Chi bộ ấp 2)"] != "Lê Văn Tám" || stored["Người gom rác thuê giữ sạch đường làng"] != "" {
		t.Fatalf("stored %v", stored)
	}

	// Updating from a later list with a person column fills the missing one
	// and never erases a known person with an empty cell.
	rows2 := [][]any{
		{"Tên mô hình, điển hình", "Loại", "Đơn vị thực hiện", "Năm đăng ký", "Cá nhân, tập thể"},
		{"Người gom rác thuê giữ sạch đường làng", "Điển hình cá nhân", "Sở Y tế", 2024, "Lê Thị Ba"},
		{"Bà Trần Thị Bích, Chi hội trưởng Chi hội Phụ nữ ấp 5", "Điển hình cá nhân", "Sở Y tế", 2024, ""},
	}
	must(t, os.WriteFile(path, workbook(t, rows2), 0o644))
	s, err = exchange.ReadFile(path)
	must(t, err)
	p, err = exchange.PlanImport(ctx, a, s, exchange.Options{OnDuplicate: exchange.UpdateDuplicates, FieldID: 1})
	must(t, err)
	res, err = exchange.Apply(ctx, a, p)
	must(t, err)
	got, _, err = a.FindEntries(ctx, data.EntryFilter{Kind: data.KindIndividual})
	must(t, err)
	for _, r := range got {
		stored[r.Name] = r.Person
	}
	if res.Updated != 2 || len(res.NoPerson) != 0 || stored["Người gom rác thuê giữ sạch đường làng"] != "Lê Thị Ba" ||
		stored["Bà Trần Thị Bích, Chi hội trưởng Chi hội Phụ nữ ấp 5"] != "Trần Thị Bích" {
		t.Fatalf("after the update %+v: %v", res, stored)
	}
	// The search index has what the batches wrote: the unit's name, and
	// the person the update added (its old document replaced).
	for text, want := range map[string]int{"so y te": 6, "le thi ba": 1, "nguoi gom rac le thi ba": 1} {
		if _, n, err := a.FindEntries(ctx, data.EntryFilter{Text: text}); err != nil || n != before[text]+want {
			t.Errorf("search %q: %d entries, want %d more than %d (%v)", text, n, want, before[text], err)
		}
	}
}
