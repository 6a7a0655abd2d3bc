package data_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	_ "modernc.org/sqlite"
)

func TestCreateMarksFileAndSeedsCatalogues(t *testing.T) {
	a, path := newArchive(t)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var appID, version int64
	var journal string
	must(t, db.QueryRow("PRAGMA application_id").Scan(&appID))
	must(t, db.QueryRow("PRAGMA user_version").Scan(&version))
	must(t, db.QueryRow("PRAGMA journal_mode").Scan(&journal))
	if appID != data.ApplicationID || version != int64(data.SchemaVersion()) || journal != "delete" {
		t.Fatalf("application_id %x, user_version %d, journal %s", appID, version, journal)
	}
	fields, err := a.Fields(ctx)
	must(t, err)
	want := []string{"Kinh tế", "Văn hóa – xã hội", "Quốc phòng – an ninh", "Xây dựng hệ thống chính trị"}
	if len(fields) != len(want) {
		t.Fatalf("%d fields", len(fields))
	}
	for i, f := range fields {
		if f.Name != want[i] || f.UID == "" || len(f.UID) != 32 {
			t.Errorf("field %d = %q uid %q", i, f.Name, f.UID)
		}
	}
	levels, err := a.Levels(ctx)
	must(t, err)
	if len(levels) != 3 || levels[0].Name != "Cấp cơ sở" || levels[2].Name != "Cấp tỉnh" {
		t.Fatalf("levels %v", levels)
	}
	s, err := a.Settings(ctx)
	must(t, err)
	if s.Issuer != "BAN TUYÊN GIÁO VÀ DÂN VẬN" || s.Symbol != "BTGDVTU" || len(s.Recipients) != 2 {
		t.Fatalf("default settings %+v", s)
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Fatal("a -wal file exists: the archive must use the rollback journal")
	}
}

func TestCreateRefusesExistingFile(t *testing.T) {
	path := filepath.Join(tempDir(t), "co-san.dvk")
	must(t, os.WriteFile(path, []byte("không phải kho"), 0o644))
	before := fileSum(t, path)
	_, err := data.Create(ctx, path, testOptions(t))
	wantCode(t, err, data.EExists)
	if fileSum(t, path) != before {
		t.Fatal("Create modified an existing file")
	}
}

func TestOpenMissingFile(t *testing.T) {
	path := filepath.Join(tempDir(t), "khong-co.dvk")
	_, err := data.Open(ctx, path, testOptions(t))
	wantCode(t, err, data.ENotFound)
	if _, err := os.Stat(path); err == nil {
		t.Fatal("Open created a missing file")
	}
}
