package ui

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
)

// TestSaveWaitingForAColleagueShowsAndCancels: while a colleague holds the
// archive's write lock, a save says in the status bar that it waits for
// them, with a button to stop; the button ends the save with "đã bị hủy"
// and nothing is written.
func TestSaveWaitingForAColleagueShowsAndCancels(t *testing.T) {
	ta := newLiveTestApp(t, 5) // the save runs in the background, as in the program
	s := entriesOf(ta)
	ta.until(t, "the list", func() bool { return len(s.Rows()) == 5 })
	s.Open(s.Rows()[0])
	ta.until(t, "the form", func() bool { return s.Form != nil })
	f := s.Form
	before := f.entry

	db, err := sql.Open("sqlite", ta.Path)
	must(t, err)
	defer db.Close()
	hold, err := db.Conn(context.Background())
	must(t, err)
	_, err = hold.ExecContext(context.Background(), "BEGIN IMMEDIATE") // the colleague's save
	must(t, err)

	var waits []bool
	show := ta.env.onWait
	ta.env.onWait = func(on bool) { show(on); waits = append(waits, on) }
	f.Place.SetText("ấp 9, xã Tân Hòa")
	f.Save()
	ta.until(t, "the notice of the wait", func() bool { return len(waits) > 0 })
	if !waits[0] {
		t.Fatal("first notice is not the wait")
	}
	if !strings.Contains(ta.shell.busyText.Text, "Đang chờ người khác lưu xong") || !ta.shell.stopWait.Visible() {
		t.Fatalf("status %q, button shown %v", ta.shell.busyText.Text, ta.shell.stopWait.Visible())
	}
	test.Tap(ta.shell.stopWait)
	ta.until(t, "the end of the save", func() bool { return len(ta.ask.errors) > 0 })
	if len(waits) != 2 || waits[1] {
		t.Fatalf("notices %v: the second is not the end of the wait", waits)
	}
	if err := ta.ask.errors[0]; data.ErrorCode(err) != data.ECanceled {
		t.Fatalf("the save ended with %v", err)
	}
	_, err = hold.ExecContext(context.Background(), "ROLLBACK")
	must(t, err)
	hold.Close()
	got, err := ta.env.Archive().GetEntry(context.Background(), before.ID)
	must(t, err)
	if got.Place != before.Place || got.Version != before.Version {
		t.Fatalf("a cancelled save wrote: %q v%d", got.Place, got.Version)
	}
	if ta.shell.stopWait.Visible() {
		t.Fatal("the stop button stays after the wait")
	}
}

// TestOpeningAfterACrashSaysItRolledBack: an archive left with a hot journal
// (copied while a spilled write transaction was open on it) opens, and the
// status line says an unfinished write was undone.
func TestOpeningAfterACrashSaysItRolledBack(t *testing.T) {
	ta := newTestApp(t, 5)
	ta.env.closeArchive()
	db, err := sql.Open("sqlite", ta.Path+"?_pragma=cache_size(2)")
	must(t, err)
	defer db.Close()
	c, err := db.Conn(context.Background())
	must(t, err)
	for _, q := range []string{"BEGIN IMMEDIATE", "CREATE TABLE dang_do(b)",
		"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 300) INSERT INTO dang_do SELECT randomblob(3000) FROM n"} {
		_, err := c.ExecContext(context.Background(), q)
		must(t, err)
	}
	crashed := filepath.Join(t.TempDir(), "kho.dvk")
	for _, suffix := range []string{"", "-journal"} {
		b, err := os.ReadFile(ta.Path + suffix)
		must(t, err)
		must(t, os.WriteFile(crashed+suffix, b, 0o644))
	}
	c.ExecContext(context.Background(), "ROLLBACK")
	c.Close()

	ar, err := data.Open(context.Background(), crashed, ta.env.Prefs.ArchiveOptions())
	must(t, err)
	ta.opened(ar)
	if !strings.Contains(ta.shell.notes.Text, data.RecoveredNote) {
		t.Fatalf("status line %q", ta.shell.notes.Text)
	}
}

// TestViewOnlyWindowRefreshesWhileAColleagueWrites: a window open for
// viewing only polls and reloads its screens while another connection saves
// 300 entries; no error reaches the person and, once the colleague is
// done, the list shows every entry.
func TestViewOnlyWindowRefreshesWhileAColleagueWrites(t *testing.T) {
	ta := newTestApp(t, 5)
	ta.env.closeArchive()
	o := ta.env.Prefs.ArchiveOptions()
	o.ReadOnly = true
	ro, err := data.Open(context.Background(), ta.Path, o)
	must(t, err)
	ta.opened(ro)
	s := entriesOf(ta)
	other := ta.other(t)
	const saves = 300
	done := make(chan error, 1)
	unit, field := s.cat.Units[0].ID, s.cat.Fields[0].ID // the screen reloads its catalogue meanwhile
	go func() {
		for i := 0; i < saves; i++ {
			e := &data.Entry{Kind: data.KindModel, Name: "Mô hình của đồng nghiệp " + strconv.Itoa(i), UnitID: unit, FieldID: field, Year: 2024}
			if err := other.SaveEntry(context.Background(), e); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	poll := func() {
		changed, err := ro.Changed(context.Background())
		must(t, err)
		if changed {
			ta.shell.ExternalChange()
		}
	}
	refreshes := 0
	for writing := true; writing; refreshes++ {
		select {
		case err := <-done:
			must(t, err)
			writing = false
		default:
		}
		poll()
	}
	poll()
	if len(ta.ask.errors) > 0 {
		t.Fatalf("errors shown while a colleague wrote: %v", ta.ask.errors)
	}
	if n := len(s.Rows()); n != 5+saves {
		t.Fatalf("the list shows %d entries, want %d", n, 5+saves)
	}
	t.Logf("%d polls while the colleague saved %d entries", refreshes, saves)
}
