package data_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestOpenRefusesForeignAndDamagedFiles checks every kind of file that is not
// a sound archive: each gives a clear error and stays byte-identical, with
// no journal left beside it.
func TestOpenRefusesForeignAndDamagedFiles(t *testing.T) {
	dir := tempDir(t)
	good, goodPath := newArchive(t)
	fx := seed(t, good)
	for i := 0; i < 300; i++ {
		fx.entry(t, "Mô hình số "+itoa(i), func(e *data.Entry) { e.Method = longText(i) })
	}
	good.Close()
	goodBytes, err := os.ReadFile(goodPath)
	must(t, err)
	if len(goodBytes) < 8*4096 {
		t.Fatalf("archive only %d bytes: too small for the truncation cases", len(goodBytes))
	}

	foreign := filepath.Join(dir, "khac.sqlite")
	db, err := sql.Open("sqlite", foreign)
	must(t, err)
	_, err = db.Exec("CREATE TABLE ke_toan (id INTEGER PRIMARY KEY, so_tien REAL); INSERT INTO ke_toan VALUES (1, 2.5)")
	must(t, err)
	db.Close()
	// Another program's database in WAL mode: a writable SQLite connection
	// would turn it back to a rollback journal, that is, write to it.
	foreignWAL := filepath.Join(dir, "khac-wal.sqlite")
	db, err = sql.Open("sqlite", foreignWAL)
	must(t, err)
	_, err = db.Exec("PRAGMA journal_mode = WAL; CREATE TABLE so_cai (id INTEGER PRIMARY KEY, ten TEXT); INSERT INTO so_cai VALUES (1, 'Sổ cái')")
	must(t, err)
	db.Close()

	corruptSchema := append([]byte(nil), goodBytes...)
	for i := 100; i < 4096; i++ { // page 1 past the header: the schema table
		corruptSchema[i] = byte(i * 7)
	}
	badPageSize := append([]byte(nil), goodBytes...)
	badPageSize[16], badPageSize[17] = 0x03, 0x00 // 768: not a power of two

	cases := []struct {
		name    string
		content []byte
		path    string
		code    data.Code
	}{
		{"tệp rỗng", []byte{}, "", data.ENotArchive},
		{"tệp văn bản", []byte("Báo cáo kết quả phong trào thi đua\n"), "", data.ENotArchive},
		{"tệp Word cũ", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0}, "", data.ENotArchive},
		{"cơ sở dữ liệu khác", nil, foreign, data.ENotArchive},
		{"cơ sở dữ liệu khác ở chế độ WAL", nil, foreignWAL, data.ENotArchive},
		{"bị cắt đôi", goodBytes[:len(goodBytes)/2], "", data.ECorrupt},
		{"bị cắt lẻ trang", goodBytes[:len(goodBytes)-100], "", data.ECorrupt},
		{"chỉ còn phần đầu", goodBytes[:60], "", data.ECorrupt},
		{"cỡ trang hỏng", badPageSize, "", data.ECorrupt},
		{"bảng lược đồ hỏng", corruptSchema, "", data.ECorrupt},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.path
			if path == "" {
				path = filepath.Join(dir, "tep"+itoa(i)+".dvk")
				must(t, os.WriteFile(path, c.content, 0o644))
			}
			before := fileSum(t, path)
			_, err := data.Open(ctx, path, testOptions(t))
			wantCode(t, err, c.code)
			if fileSum(t, path) != before {
				t.Fatal("the file changed")
			}
			for _, suffix := range []string{"-journal", "-wal", "-shm"} {
				if _, err := os.Stat(path + suffix); err == nil {
					t.Fatalf("%s left behind", suffix)
				}
			}
		})
	}
}

// TestCorruptDataPagesAreReported damages pages after the schema: opening
// may succeed (the damage is not read yet), but the integrity check finds
// it, a query over the damage says the archive is damaged, and nothing is
// written.
func TestCorruptDataPagesAreReported(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	for i := 0; i < 400; i++ {
		fx.entry(t, "Mô hình số "+itoa(i), func(e *data.Entry) { e.Method = longText(i) })
	}
	a.Close()
	b, err := os.ReadFile(path)
	must(t, err)
	for i := len(b) / 2; i < len(b)/2+3*4096; i++ {
		b[i] = 0xA5
	}
	must(t, os.WriteFile(path, b, 0o644))
	before := fileSum(t, path)
	o := testOptions(t)
	o.ReadOnly = true
	a2, err := data.Open(ctx, path, o)
	if err != nil {
		wantCode(t, err, data.ECorrupt)
	} else {
		rep, err := a2.Check(ctx)
		if err == nil && rep.OK {
			t.Fatal("integrity check found nothing")
		}
		if err != nil {
			wantCode(t, err, data.ECorrupt)
		}
		a2.Close()
	}
	if fileSum(t, path) != before {
		t.Fatal("the damaged file was modified")
	}
}

func TestNewerSchemaOpensReadOnly(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	e := fx.entry(t, "Tổ tự quản an ninh trật tự")
	a.Close()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	_, err = db.Exec("PRAGMA user_version = 99")
	must(t, err)
	db.Close()
	before := fileSum(t, path)

	b, err := data.Open(ctx, path, testOptions(t))
	must(t, err)
	defer b.Close()
	ro, why := b.ReadOnly()
	if !ro || why == "" {
		t.Fatalf("read-only %v, reason %q", ro, why)
	}
	got, err := b.GetEntry(ctx, e.ID)
	must(t, err)
	if got.Name != e.Name {
		t.Fatalf("read %q", got.Name)
	}
	got.Name = "Đổi tên"
	wantCode(t, b.SaveEntry(ctx, got), data.EReadOnly)
	wantCode(t, b.Delete(ctx, "entries", e.ID), data.EReadOnly)
	_, err = b.NextDocNumber(ctx, "BC", 2026)
	wantCode(t, err, data.EReadOnly)
	if fileSum(t, path) != before {
		t.Fatal("a newer archive was written to")
	}
}

func TestExplicitReadOnly(t *testing.T) {
	_, path := newArchive(t)
	o := testOptions(t)
	o.ReadOnly = true
	b, err := data.Open(ctx, path, o)
	must(t, err)
	defer b.Close()
	wantCode(t, b.SaveField(ctx, &data.Field{Name: "Xây dựng nông thôn mới"}), data.EReadOnly)
}

func itoa(i int) string {
	return string(rune('0'+i/100%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10))
}

// longText makes content big enough to fill many pages.
func longText(i int) string {
	s := "Vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn; "
	out := ""
	for j := 0; j < 20+i%5; j++ {
		out += s
	}
	return out
}
