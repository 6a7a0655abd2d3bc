package exchange_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/exchange"
	"github.com/danvankheo/danvankheo/data/internal/testdir"
	"github.com/danvankheo/danvankheo/data/vntext"
)

var ctx = context.Background()

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// archive makes a demo archive of n entries (0: the catalogues only).
func archive(t testing.TB, n int) *data.Archive {
	t.Helper()
	dir := tempDir(t)
	a, err := data.Create(ctx, filepath.Join(dir, "kho.dvk"), data.Options{BackupDir: filepath.Join(dir, "bk")})
	must(t, err)
	t.Cleanup(func() { a.Close() })
	if n >= 0 {
		_, err = demo.Generate(ctx, a, demo.Options{Entries: max(n, 1)})
		must(t, err)
	}
	return a
}

// workbook builds an .xlsx the way a district office would: title rows,
// a merged title, then headings and rows.
func workbook(t testing.TB, rows [][]any) []byte {
	t.Helper()
	x := excelize.NewFile()
	defer x.Close()
	x.SetCellValue("Sheet1", "A1", "ĐẢNG BỘ HUYỆN ĐỒNG TÂM")
	x.SetCellValue("Sheet1", "A2", "DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” NĂM 2024")
	must(t, x.MergeCell("Sheet1", "A2", "F2"))
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+4)
		must(t, x.SetSheetRow("Sheet1", cell, &r))
	}
	var b bytes.Buffer
	_, err := x.WriteTo(&b)
	must(t, err)
	return b.Bytes()
}

func TestImportDistrictList(t *testing.T) {
	a := archive(t, 0)
	units, _ := a.Units(ctx)
	var commune string
	for _, u := range units {
		if strings.HasPrefix(u.Name, "Đảng ủy xã") && u.ValidTo != "" {
			commune = u.Name
			break
		}
	}
	legacyName := vntext.EncodeLegacy("Mô hình “Dân vận khéo” vận động hiến đất làm đường", vntext.TCVN3)
	b := workbook(t, [][]any{
		{"STT", "Tên mô hình, điển hình", "Đơn vị thực hiện", "Lĩnh vực", "Loại", "Năm", "Ghi chú"},
		{1, "Tổ tự quản an ninh trật tự ấp 3", commune, "Quốc phòng – an ninh", "Mô hình", 2018, ""},
		{2, legacyName, strings.ToUpper(commune), "kinh te", "mô hình", 43466.0, "năm 2019 theo ngày"}, // 01/01/2019 as an Excel date
		{3, "Chi hội phụ nu\u031b\u0303 ấp 5", commune, "Văn hóa – xã hội", "Điển hình tập thể", "2017", ""},
		{},
		{4, "Ông Lê Văn Tám", commune, "Xây dựng hệ thống chính trị", "Điển hình cá nhân", 2018, ""}, // the person is in the title
		{5, "Vận động hiến đất", commune, "Kinh tế", "Mô hình", "năm ngoái", ""},                     // no year: error
		{"", "Tổng cộng", "", "", "", "", ""},
	})
	s, err := exchange.Read("danh-sach.xlsx", b)
	must(t, err)
	p, err := exchange.PlanImport(ctx, a, s, exchange.Options{})
	must(t, err)
	if p.Mapping.HeaderRow != 3 {
		t.Fatalf("heading row %d", p.Mapping.HeaderRow)
	}
	fates := map[int]exchange.Fate{}
	for _, r := range p.Rows {
		fates[r.Row] = r.Fate
	}
	if fates[5] != exchange.FateNew || fates[6] != exchange.FateNew || fates[7] != exchange.FateNew ||
		fates[8] != exchange.FateSkipped || fates[9] != exchange.FateNew || fates[10] != exchange.FateError || fates[11] != exchange.FateSkipped {
		t.Fatalf("fates %v\n%+v", fates, p.Rows)
	}
	if !strings.Contains(p.Rows[5].Reason, "Ô F10") {
		t.Fatalf("error without its cell: %q", p.Rows[5].Reason)
	}
	if p.Rows[4].Entry.Person != "Lê Văn Tám" || !p.Rows[4].PersonFromTitle {
		t.Fatalf("person of the title: %+v", p.Rows[4])
	}
	if p.Converted != 1 || p.Rows[1].Entry.Name != "Mô hình “Dân vận khéo” vận động hiến đất làm đường" || p.Rows[1].Entry.Year != 2019 {
		t.Fatalf("legacy row %+v", p.Rows[1])
	}
	// A plan with an error row is refused and writes nothing.
	_, err = exchange.Apply(ctx, a, p)
	if data.ErrorCode(err) != data.EInvalid {
		t.Fatalf("apply with errors: %v", err)
	}
	if _, n, _ := a.FindEntries(ctx, data.EntryFilter{}); n != 1 {
		t.Fatalf("%d entries after a refused import", n)
	}
	// Fix the file (a person for the individual, no bad year) and import.
	b = workbook(t, [][]any{
		{"STT", "Tên mô hình, điển hình", "Đơn vị thực hiện", "Lĩnh vực", "Loại", "Năm", "Cá nhân, tập thể"},
		{1, "Tổ tự quản an ninh trật tự ấp 3", commune, "Quốc phòng – an ninh", "Mô hình", 2018, ""},
		{2, "Ông Lê Văn Tám", commune, "Xây dựng hệ thống chính trị", "Điển hình cá nhân", 2018, "Lê Văn Tám"},
	})
	s, err = exchange.Read("danh-sach.xlsx", b)
	must(t, err)
	p, err = exchange.PlanImport(ctx, a, s, exchange.Options{})
	must(t, err)
	res, err := exchange.Apply(ctx, a, p)
	must(t, err)
	if res.Added != 2 {
		t.Fatalf("added %d", res.Added)
	}
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{Text: "to tu quan an ninh"})
	must(t, err)
	if len(rows) != 1 || rows[0].Unit != commune || rows[0].Field != "Quốc phòng – an ninh" {
		t.Fatalf("imported %+v", rows)
	}
	// The same file again: duplicates, skipped; then updated on request.
	p, err = exchange.PlanImport(ctx, a, s, exchange.Options{})
	must(t, err)
	if p.Counts[exchange.FateDuplicate] != 2 || p.Counts[exchange.FateNew] != 0 {
		t.Fatalf("second import counts %v", p.Counts)
	}
	p, err = exchange.PlanImport(ctx, a, s, exchange.Options{OnDuplicate: exchange.UpdateDuplicates})
	must(t, err)
	if p.Counts[exchange.FateUpdate] != 2 {
		t.Fatalf("update counts %v", p.Counts)
	}
	res, err = exchange.Apply(ctx, a, p)
	must(t, err)
	if res.Updated != 2 {
		t.Fatalf("updated %d", res.Updated)
	}
	log, _, err := a.FindAudit(ctx, data.AuditFilter{Table: "archive"})
	must(t, err)
	if !strings.HasPrefix(log[0].Label, "Nhập 2 mô hình, điển hình từ tệp danh-sach.xlsx") {
		t.Fatalf("audit %q", log[0].Label)
	}
}

func TestImportMissingUnits(t *testing.T) {
	a := archive(t, 0)
	b := workbook(t, [][]any{
		{"Tên mô hình", "Đơn vị", "Lĩnh vực", "Năm đăng ký"},
		{"Dân vận khéo trong xây dựng nông thôn mới", "Xã Tân Hòa", "Kinh tế", 2019},
		{"Mô hình mới của đơn vị mới", "Ban Dân vận Huyện ủy Núi Cao", "Kinh tế", 2019},
	})
	s, err := exchange.Read("ds.xlsx", b)
	must(t, err)
	p, err := exchange.PlanImport(ctx, a, s, exchange.Options{})
	must(t, err)
	if p.Counts[exchange.FateError] != 2 || len(p.MissingUnits) != 2 {
		t.Fatalf("counts %v missing %+v", p.Counts, p.MissingUnits)
	}
	if p.MissingUnits[0].Name != "Xã Tân Hòa" || len(p.MissingUnits[0].Suggestions) == 0 || p.MissingUnits[0].Suggestions[0] != "Đảng ủy xã Tân Hòa" {
		t.Fatalf("suggestions %+v", p.MissingUnits[0])
	}
	units, _ := a.Units(ctx)
	var tanHoa int64
	for _, u := range units {
		if u.Name == "Đảng ủy xã Tân Hòa" {
			tanHoa = u.ID
		}
	}
	p, err = exchange.PlanImport(ctx, a, s, exchange.Options{Units: map[string]int64{"xa tan hoa": tanHoa}, CreateMissing: true})
	must(t, err)
	if p.Counts[exchange.FateNew] != 2 {
		t.Fatalf("counts %v %+v", p.Counts, p.Rows)
	}
	before := len(units)
	res, err := exchange.Apply(ctx, a, p)
	must(t, err)
	units, _ = a.Units(ctx)
	if res.Units != 1 || len(units) != before+1 {
		t.Fatalf("units created %d (%d → %d)", res.Units, before, len(units))
	}
}

func TestBadFilesGiveClearMessages(t *testing.T) {
	a := archive(t, 0)
	long := strings.Repeat("Mô hình rất dài ", 40)
	errWB := workbook(t, [][]any{{"Tên mô hình, điển hình", "Đơn vị", "Năm"}, {"Có lỗi", "#REF!", 2019}, {long, "Sở Y tế", 2019}})
	empty := func() []byte {
		x := excelize.NewFile()
		var b bytes.Buffer
		x.WriteTo(&b)
		return b.Bytes()
	}()
	enc := append(append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...)
	xls := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1024)...)
	cases := []struct {
		name string
		b    []byte
		code data.Code
		say  string
	}{
		{"rac.xlsx", []byte("\x00\x01\x02 không phải bảng tính \xff\xfe"), data.EUnsupported, "không phải bảng tính"},
		{"hong.xlsx", []byte("PK\x03\x04 garbage zip"), data.EUnsupported, "bị hỏng"},
		{"cu.xls", xls, data.EUnsupported, ".xls"},
		{"mat-khau.xlsx", enc, data.EUnsupported, "mật khẩu"},
		{"trong.xlsx", empty, data.EInvalid, "không có dữ liệu"},
		{"rong.csv", []byte("   \n"), data.EInvalid, "rỗng"},
	}
	for _, c := range cases {
		_, err := exchange.Read(c.name, c.b)
		if data.ErrorCode(err) != c.code || !strings.Contains(data.ErrorMessage(err), c.say) {
			t.Errorf("%s: %v (%s)", c.name, err, data.ErrorCode(err))
		}
	}
	s, err := exchange.Read("loi.xlsx", errWB)
	must(t, err)
	p, err := exchange.PlanImport(ctx, a, s, exchange.Options{})
	must(t, err)
	if p.Rows[0].Fate != exchange.FateError || !strings.Contains(p.Rows[0].Reason, "#REF!") ||
		p.Rows[1].Fate != exchange.FateError || !strings.Contains(p.Rows[1].Reason, "500") {
		t.Fatalf("rows %+v", p.Rows)
	}
	// No heading row at all.
	s, err = exchange.Read("khong-tieu-de.csv", []byte("a,b,c\n1,2,3\n"))
	must(t, err)
	_, err = exchange.PlanImport(ctx, a, s, exchange.Options{})
	if data.ErrorCode(err) != data.EInvalid || !strings.Contains(data.ErrorMessage(err), "dòng tiêu đề") {
		t.Fatalf("no headings: %v", err)
	}
}

func TestCSVEncodings(t *testing.T) {
	a := archive(t, 0)
	utf := "\xEF\xBB\xBFTên mô hình;Đơn vị;Năm\nTổ hòa giải giỏi;Sở Y tế;2018\n"
	s, err := exchange.Read("ds.csv", []byte(utf))
	must(t, err)
	p, err := exchange.PlanImport(ctx, a, s, exchange.Options{FieldID: 1})
	must(t, err)
	if p.Counts[exchange.FateNew] != 1 || p.Rows[0].Entry.Name != "Tổ hòa giải giỏi" {
		t.Fatalf("%+v", p.Rows)
	}
	// Windows-1258 (Excel's plain CSV on a Vietnamese Windows): the vowels
	// â ê ô ơ ư ă and đ are one byte each, a tone is a combining mark after
	// its vowel. Every byte above 0x7F here means another letter in
	// Windows-1252 (ơ õ, ư ý, đ ð, the hook above Ò, the grave Ì…), so a
	// file read as Windows-1252 has no known headings and wrong names.
	w1258 := []byte("T\xEAn m\xF4 hi\xCCnh,\xD0\xF5n vi\xF2,N\xE3m\n" +
		"T\xF4\xD2 ho\xCCa gia\xD2i gio\xD2i,S\xF5\xD2 Y t\xEA\xEC,2018\n" +
		"\xD0\xFD\xF5\xCCng hoa \xF0\xF4\xF2i t\xFD\xF2 qua\xD2n,S\xF5\xD2 Y t\xEA\xEC,2019\n")
	s, err = exchange.Read("ds-ansi.csv", w1258)
	must(t, err)
	p, err = exchange.PlanImport(ctx, a, s, exchange.Options{FieldID: 1})
	must(t, err)
	want := []string{"Tổ hòa giải giỏi", "Đường hoa đội tự quản"}
	if p.Counts[exchange.FateNew] != 2 || len(p.Rows) != 2 {
		t.Fatalf("Windows-1258: %+v", p.Rows)
	}
	for i, r := range p.Rows {
		if r.Entry.Name != want[i] || r.NewUnit != "" {
			t.Errorf("Windows-1258 row %d: %q (new unit %q), want %q in Sở Y tế", i, r.Entry.Name, r.NewUnit, want[i])
		}
	}
}

func TestExportThenImportAgain(t *testing.T) {
	a := archive(t, 120)
	var buf bytes.Buffer
	n, err := exchange.ExportEntries(ctx, a, data.EntryFilter{Kind: data.KindModel}, &buf)
	must(t, err)
	x, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	must(t, err)
	panes, err := x.GetPanes("Danh sách")
	must(t, err)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Fatalf("panes %+v", panes)
	}
	head, _ := x.GetCellValue("Danh sách", "B1")
	if head != "Tên mô hình, điển hình" {
		t.Fatalf("heading %q", head)
	}
	x.Close()
	s, err := exchange.Read("xuat.xlsx", buf.Bytes())
	must(t, err)
	if len(s.Rows) != n+1 {
		t.Fatalf("%d rows for %d entries", len(s.Rows), n)
	}
	b := archive(t, 1) // another archive with the same catalogues (same demo province)
	p, err := exchange.PlanImport(ctx, b, s, exchange.Options{})
	must(t, err)
	if p.Counts[exchange.FateError] != 0 {
		t.Fatalf("errors importing an export: %+v", p.Rows[:3])
	}
	// The statistics and the template are workbooks too.
	var st, tpl bytes.Buffer
	must(t, exchange.ExportStats(ctx, a, data.EntryFilter{}, &st))
	must(t, exchange.Template(ctx, a, &tpl))
	xt, err := excelize.OpenReader(bytes.NewReader(tpl.Bytes()))
	must(t, err)
	dvs, err := xt.GetDataValidations("Đăng ký")
	must(t, err)
	if len(dvs) != 4 {
		t.Fatalf("%d drop-down lists", len(dvs))
	}
	// A unit fills the template in; the importer needs no mapping.
	must(t, xt.SetSheetRow("Đăng ký", "A5", &[]any{1, "Mô hình điền vào mẫu", "Mô hình", "Sở Y tế", "Kinh tế", 2019}))
	var filled bytes.Buffer
	_, err = xt.WriteTo(&filled)
	must(t, err)
	xt.Close()
	fs, err := exchange.Read("mau-da-dien.xlsx", filled.Bytes())
	must(t, err)
	p, err = exchange.PlanImport(ctx, b, fs, exchange.Options{})
	must(t, err)
	if p.Counts[exchange.FateNew] != 1 || p.Mapping.Column(exchange.Target("results")) < 0 || p.Mapping.Column(exchange.TKind) != 2 {
		t.Fatalf("template read back: %v %+v", p.Counts, p.Mapping)
	}
}

// tempDir is t.TempDir, also under wine.
var tempDir = testdir.New
