package ui

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
)

func settingsOf(ta *testApp) *Settings { return ta.screen(screenSettings).(*Settings) }

func TestSettingsSaveAndReload(t *testing.T) {
	defer func(f func() time.Time) { nowFunc = f }(nowFunc)
	nowFunc = func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.Local) }
	ta := newTestApp(t, 5)
	s := settingsOf(ta)
	if s.Issuer.Text != "BAN TUYÊN GIÁO VÀ DÂN VẬN" || s.SignAuthority.Text != "K/T TRƯỞNG BAN" || s.Dirty() {
		t.Fatalf("loaded %q / %q, dirty %v", s.Issuer.Text, s.SignAuthority.Text, s.Dirty())
	}
	// Decomposed text from another keyboard, with stray spaces.
	s.Place.SetText("  Ta\u0302n Phu\u031bo\u031b\u0301c ")
	s.Superior.SetText("TỈNH ỦY PHƯỚC SƠN")
	s.Symbol.SetText("BDVTU ")
	s.SignAuthority.SetText("")
	s.Recipients.SetText("- Thường trực Tỉnh ủy (để b/c),\n\n  - Lưu Văn phòng.  ")
	if s.PreviewDate.Text != "Tân Phước, ngày 25 tháng 11 năm 2026" || s.PreviewNumber.Text != "Số …-BC/BDVTU" {
		t.Fatalf("preview %q / %q", s.PreviewDate.Text, s.PreviewNumber.Text)
	}
	if !s.Dirty() || !ta.shell.Dirty() {
		t.Fatal("changes not marked unsaved")
	}
	s.Save()
	if s.Dirty() || s.Notice.Visible() {
		t.Fatalf("still dirty after save; notice %q", s.Notice.Text)
	}
	got, err := ta.env.Archive().Settings(context.Background())
	must(t, err)
	if got.Place != "Tân Phước" || got.Symbol != "BDVTU" || got.SignAuthority != "" ||
		!slices.Equal(got.Recipients, []string{"- Thường trực Tỉnh ủy (để b/c),", "- Lưu Văn phòng."}) {
		t.Fatalf("stored %+v", got)
	}
	if s.Place.Text != "Tân Phước" || s.Recipients.Text != "- Thường trực Tỉnh ủy (để b/c),\n- Lưu Văn phòng." {
		t.Fatalf("form shows %q / %q", s.Place.Text, s.Recipients.Text)
	}
	// Reading again shows the same.
	ta.shell.ExternalChange()
	if s.Place.Text != "Tân Phước" || s.Symbol.Text != "BDVTU" || s.Dirty() {
		t.Fatal("reload changed the form")
	}

	// This computer's settings.
	s.DisplayName.SetText("Lan – Văn phòng")
	s.BackupKeep.SetText("0")
	s.Save()
	if !s.LocalNotice.Visible() || ta.env.Prefs.DisplayName() != "" {
		t.Fatal("0 copies accepted")
	}
	s.BackupKeep.SetText("5")
	s.BackupDir.SetText("saoluu")
	s.Save()
	if ta.env.Prefs.BackupDir() != "" {
		t.Fatal("a relative backup folder was accepted")
	}
	dir := t.TempDir()
	s.BackupDir.SetText(dir)
	s.Save()
	p := ta.env.Prefs
	if p.DisplayName() != "Lan – Văn phòng" || p.BackupKeep() != 5 || p.BackupDir() != dir || s.Dirty() {
		t.Fatalf("prefs %q %d %q", p.DisplayName(), p.BackupKeep(), p.BackupDir())
	}
	if o := p.ArchiveOptions(); o.Actor.Display != "Lan – Văn phòng" || o.BackupKeep != 5 {
		t.Fatalf("options %+v", o)
	}
}

func TestSettingsConflict(t *testing.T) {
	ta := newTestApp(t, 3)
	s := settingsOf(ta)
	ctx := context.Background()
	other := ta.other(t)
	theirs, err := other.Settings(ctx)
	must(t, err)
	theirs.SignerName = "Trần Văn Bình"
	must(t, other.SaveSettings(ctx, theirs))

	s.Symbol.SetText("BDVTU")
	ta.shell.ExternalChange() // the watcher noticed: the unsaved edit stays
	if s.Symbol.Text != "BDVTU" || !s.Notice.Visible() {
		t.Fatalf("reload lost the edit or gave no warning: %q", s.Symbol.Text)
	}
	s.Save()
	if !strings.Contains(s.Notice.Text, "Nguyễn Văn Hùng (hung.nv) đã lưu") {
		t.Fatalf("notice %q", s.Notice.Text)
	}
	if s.SignerName.Text != "Trần Văn Bình" || s.Symbol.Text != "BTGDVTU" || s.Dirty() {
		t.Fatalf("form after conflict: %q %q", s.SignerName.Text, s.Symbol.Text)
	}
	got, err := ta.env.Archive().Settings(ctx)
	must(t, err)
	if got.SignerName != "Trần Văn Bình" || got.Symbol != "BTGDVTU" {
		t.Fatalf("stored %+v", got)
	}
	// Saving again on top of theirs works.
	s.Symbol.SetText("BDVTU")
	s.Save()
	got, _ = ta.env.Archive().Settings(ctx)
	if got.SignerName != "Trần Văn Bình" || got.Symbol != "BDVTU" || s.Notice.Visible() {
		t.Fatalf("second save: %+v", got)
	}
}

func TestBackupRestoreAndCheck(t *testing.T) {
	ta := newTestApp(t, 10)
	s := settingsOf(ta)
	ctx := context.Background()
	a := ta.env.Archive()
	n := len(s.Backups)
	test.Tap(s.BackupNow)
	if len(s.Backups) != n+1 || s.Backups[0].Reason != "thu-cong" {
		t.Fatalf("backups %+v", s.Backups)
	}
	if _, err := os.Stat(s.Backups[0].Path); err != nil {
		t.Fatal(err)
	}
	if !s.RestoreButton.Disabled() {
		t.Fatal("restore enabled with no backup chosen")
	}
	// An entry deleted for good after the backup…
	id := entriesOf(ta).Rows()[0]
	must(t, a.Delete(ctx, "entries", id))
	must(t, a.Purge(ctx, "entries", id))
	if _, err := a.GetEntry(ctx, id); data.ErrorCode(err) != data.ENotFound {
		t.Fatalf("purged entry: %v", err)
	}
	// …comes back with the backup, after a question.
	s.BackupList.Select(0)
	test.Tap(s.RestoreButton)
	if !slices.Contains(ta.ask.asked, "Khôi phục bản sao lưu") {
		t.Fatalf("not asked: %v", ta.ask.asked)
	}
	e, err := a.GetEntry(ctx, id)
	if err != nil || e.Deleted() {
		t.Fatalf("entry after restore: %v", err)
	}
	if len(entriesOf(ta).Rows()) != 10 {
		t.Fatalf("list shows %d after restore", len(entriesOf(ta).Rows()))
	}
	// The content before the restore was kept, and the list says so.
	if len(s.Backups) != n+2 || s.Backups[0].Reason != "truoc-khoi-phuc" {
		t.Fatalf("backups after restore %+v", s.Backups)
	}

	test.Tap(s.CheckButton)
	if s.LastCheck == nil || !s.LastCheck.OK || !strings.Contains(s.CheckText, "Kho không có lỗi") ||
		!strings.Contains(s.CheckText, "Mô hình, điển hình: 10") {
		t.Fatalf("check: %q", s.CheckText)
	}
}

func TestSettingsReadOnly(t *testing.T) {
	ta := newTestApp(t, 3)
	ar := ta.env.Archive()
	path := ar.Path()
	ta.env.closeArchive()
	ro, err := data.Open(context.Background(), path, data.Options{ReadOnly: true, BackupDir: t.TempDir()})
	must(t, err)
	ta.opened(ro)
	s := settingsOf(ta)
	if !s.SaveButton.Disabled() || !s.Superior.Disabled() || s.BackupNow.Disabled() || s.CheckButton.Disabled() {
		t.Fatal("read-only: wrong buttons enabled")
	}
	test.Tap(s.BackupNow)
	if len(s.Backups) != 1 {
		t.Fatalf("backup of a read-only archive: %d", len(s.Backups))
	}
	s.BackupList.Select(0)
	if !s.RestoreButton.Disabled() {
		t.Fatal("restore enabled on a read-only archive")
	}
	test.Tap(s.CheckButton)
	if s.LastCheck == nil || !s.LastCheck.OK {
		t.Fatal("check on a read-only archive")
	}
}
