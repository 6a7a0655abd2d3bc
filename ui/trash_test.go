package ui

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
)

func trashOf(ta *testApp) *Trash { return ta.screen(screenTrash).(*Trash) }

func TestTrashRestorePurgeEmpty(t *testing.T) {
	ta := newTestApp(t, 10)
	ctx := context.Background()
	a := ta.env.Archive()
	ids := entriesOf(ta).Rows()
	e0, err := a.GetEntry(ctx, ids[0])
	must(t, err)
	must(t, a.Delete(ctx, "entries", ids[0]))
	s := trashOf(ta)
	if len(s.Items) != 1 || s.Items[0].Label != e0.Name || s.Count.Text != "1 bản ghi trong thùng rác" {
		t.Fatalf("bin %+v, %q", s.Items, s.Count.Text)
	}
	if trashCell(s.Items[0], 0) != "Mô hình, điển hình" || trashCell(s.Items[0], 3) != "Nguyễn Thị Lan" {
		t.Fatalf("cells %q %q", trashCell(s.Items[0], 0), trashCell(s.Items[0], 3))
	}
	if !s.RestoreButton.Disabled() || !s.PurgeButton.Disabled() || s.EmptyButton.Disabled() {
		t.Fatal("buttons with nothing selected")
	}
	// Restore brings it back into the list.
	s.SelectRow(0)
	test.Tap(s.RestoreButton)
	if len(s.Items) != 0 || s.Count.Text != "Thùng rác trống." || len(entriesOf(ta).Rows()) != 10 {
		t.Fatalf("after restore: %d in bin, %d listed", len(s.Items), len(entriesOf(ta).Rows()))
	}
	if e, _ := a.GetEntry(ctx, ids[0]); e.Deleted() {
		t.Fatal("still deleted")
	}

	// Purge asks, then removes for good.
	must(t, a.Delete(ctx, "entries", ids[0]))
	must(t, a.Delete(ctx, "entries", ids[1]))
	ta.shell.ExternalChange()
	if len(s.Items) != 2 {
		t.Fatalf("%d in bin", len(s.Items))
	}
	row := slices.IndexFunc(s.Items, func(it data.TrashItem) bool { return it.ID == ids[0] })
	s.SelectRow(row)
	test.Tap(s.PurgeButton)
	if ta.ask.asked[len(ta.ask.asked)-1] != "Xóa hẳn" {
		t.Fatalf("asked %v", ta.ask.asked)
	}
	if _, err := a.GetEntry(ctx, ids[0]); data.ErrorCode(err) != data.ENotFound {
		t.Fatalf("purged entry still there: %v", err)
	}
	if len(s.Items) != 1 || s.Items[0].ID != ids[1] {
		t.Fatalf("bin %+v", s.Items)
	}
	// Emptying asks with the count and removes everything.
	test.Tap(s.EmptyButton)
	if ta.ask.asked[len(ta.ask.asked)-1] != "Dọn sạch thùng rác" || len(s.Items) != 0 || !s.EmptyButton.Disabled() {
		t.Fatalf("after emptying: %d, asked %v", len(s.Items), ta.ask.asked)
	}
	if _, err := a.GetEntry(ctx, ids[1]); data.ErrorCode(err) != data.ENotFound {
		t.Fatal("emptied entry still there")
	}
}

func TestTrashRestoreTakenPlace(t *testing.T) {
	ta := newTestApp(t, 30)
	ctx := context.Background()
	a := ta.env.Archive()
	var rec *data.Recognition
	for _, id := range entriesOf(ta).Rows() {
		recs, err := a.EntryRecognitions(ctx, id)
		must(t, err)
		if len(recs) > 0 {
			rec = recs[0]
			break
		}
	}
	if rec == nil {
		t.Skip("no recognition in the demo archive")
	}
	must(t, a.Delete(ctx, "recognitions", rec.ID))
	levels, err := a.Levels(ctx)
	must(t, err)
	again := &data.Recognition{EntryID: rec.EntryID, Year: rec.Year, LevelID: levels[0].ID, Status: data.RecRecognised}
	must(t, a.SaveRecognition(ctx, again))
	var shown error
	ta.ask.onError = func(err error) { shown = err }
	s := trashOf(ta)
	s.SelectRow(0)
	test.Tap(s.RestoreButton)
	if data.ErrorCode(shown) != data.EExists || len(s.Items) != 1 {
		t.Fatalf("restore over a taken place: %v, %d in bin", shown, len(s.Items))
	}
}

func TestTrashReadOnly(t *testing.T) {
	ta := newTestApp(t, 3)
	ar := ta.env.Archive()
	must(t, ar.Delete(context.Background(), "entries", entriesOf(ta).Rows()[0]))
	path := ar.Path()
	ta.env.closeArchive()
	ro, err := data.Open(context.Background(), path, data.Options{ReadOnly: true, BackupDir: t.TempDir()})
	must(t, err)
	ta.opened(ro)
	s := trashOf(ta)
	s.SelectRow(0)
	if len(s.Items) != 1 || !s.RestoreButton.Disabled() || !s.PurgeButton.Disabled() || !s.EmptyButton.Disabled() {
		t.Fatal("read-only bin can be changed")
	}
}
