package data_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/danvankheo/danvankheo/data"
)

func TestBackupRotationAndDaily(t *testing.T) {
	dir := tempDir(t)
	clock := time.Date(2026, 2, 5, 9, 0, 0, 0, time.Local)
	o := data.Options{BackupDir: filepath.Join(dir, "saoluu"), BackupKeep: 3, Actor: tester, Now: func() time.Time { return clock }}
	a, err := data.Create(ctx, filepath.Join(dir, "kho.dvk"), o)
	must(t, err)
	defer a.Close()
	fx := seed(t, a)
	fx.entry(t, "Mô hình sao lưu")

	p, err := a.DailyBackup(ctx)
	must(t, err)
	if p == "" || !strings.HasSuffix(p, "_hang-ngay.dvk") {
		t.Fatalf("daily backup %q", p)
	}
	clock = clock.Add(2 * time.Hour)
	p, err = a.DailyBackup(ctx)
	must(t, err)
	if p != "" {
		t.Fatalf("second daily backup the same day: %q", p)
	}
	for i := 0; i < 4; i++ {
		clock = clock.Add(time.Minute)
		_, err := a.Backup(ctx, "thu-cong")
		must(t, err)
	}
	bs, err := a.Backups()
	must(t, err)
	if len(bs) != 3 {
		t.Fatalf("%d backups kept, want 3", len(bs))
	}
	if !bs[0].Time.After(bs[2].Time) || bs[0].ReasonLabel() != "Sao lưu thủ công" {
		t.Fatalf("backups %+v", bs)
	}
	clock = clock.Add(24 * time.Hour)
	p, err = a.DailyBackup(ctx)
	must(t, err)
	if p == "" {
		t.Fatal("no daily backup on the next day")
	}
	// Every backup is a sound archive of its own.
	b, err := data.Open(ctx, p, data.Options{ReadOnly: true, BackupDir: o.BackupDir})
	must(t, err)
	defer b.Close()
	rows, _, err := b.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if len(rows) != 1 || rows[0].Name != "Mô hình sao lưu" {
		t.Fatalf("backup holds %v", names(rows))
	}
	if filepath.Dir(filepath.Dir(p)) != o.BackupDir {
		t.Fatalf("backup outside the configured folder: %s", p)
	}
}

func TestRestoreBackup(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	kept := fx.entry(t, "Mô hình có trong bản sao lưu")
	bk, err := a.Backup(ctx, "thu-cong")
	must(t, err)
	lost := fx.entry(t, "Mô hình nhập sau khi sao lưu")
	other := openAgain(t, path, tester)

	must(t, a.RestoreBackup(ctx, bk))
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if len(rows) != 1 || rows[0].ID != kept.ID {
		t.Fatalf("after restore: %v", names(rows))
	}
	// A colleague with the archive open sees the restored content.
	_, err = other.GetEntry(ctx, lost.ID)
	wantCode(t, err, data.ENotFound)
	// The state before the restore was kept, so the restore can be undone.
	bs, err := a.Backups()
	must(t, err)
	var before string
	for _, b := range bs {
		if b.Reason == "truoc-khoi-phuc" {
			before = b.Path
		}
	}
	if before == "" {
		t.Fatal("no backup of the state before the restore")
	}
	must(t, a.RestoreBackup(ctx, before))
	_, total, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 2 {
		t.Fatalf("undoing the restore gives %d entries", total)
	}
	log, _, err := a.FindAudit(ctx, data.AuditFilter{Table: "archive"})
	must(t, err)
	if log[0].Action != "restore_backup" {
		t.Fatalf("last audit line %+v", log[0])
	}

	// A damaged backup is refused and the archive is left as it was.
	bad := filepath.Join(tempDir(t), "hong.dvk")
	b, err := os.ReadFile(bk)
	must(t, err)
	must(t, os.WriteFile(bad, b[:len(b)/2], 0o644))
	wantCode(t, a.RestoreBackup(ctx, bad), data.ECorrupt)
	notArchive := filepath.Join(tempDir(t), "bao-cao.docx")
	must(t, os.WriteFile(notArchive, []byte("PK\x03\x04 word"), 0o644))
	wantCode(t, a.RestoreBackup(ctx, notArchive), data.ENotArchive)
	_, total, err = a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 2 {
		t.Fatal("a refused restore changed the archive")
	}

	// A lost archive is recreated from its backup.
	target := filepath.Join(tempDir(t), "kho-moi.dvk")
	must(t, data.RestoreBackupTo(ctx, bk, target))
	c := openAgain(t, target, tester)
	_, total, err = c.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 1 {
		t.Fatalf("recreated archive holds %d", total)
	}
	wantCode(t, data.RestoreBackupTo(ctx, bk, target), data.EExists)
}
