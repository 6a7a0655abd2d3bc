package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/merge"
)

// mergeCopy gives a colleague's copy of the test archive: it adds a model
// and edits the first two entries; here the second is edited too.
func mergeCopy(t *testing.T, ta *testApp) (path string, ids []int64) {
	t.Helper()
	ctx := context.Background()
	a := ta.env.Archive()
	bk, err := a.Backup(ctx, "thu-cong")
	must(t, err)
	path = filepath.Join(t.TempDir(), "kho-huyen.dvk")
	must(t, data.RestoreBackupTo(ctx, bk, path))
	b, err := data.Open(ctx, path, data.Options{BackupDir: t.TempDir(), Actor: data.Actor{User: "hung.nv", Display: "Nguyễn Văn Hùng"}})
	must(t, err)
	defer b.Close()
	rows, _, err := b.FindEntries(ctx, data.EntryFilter{Limit: 2})
	must(t, err)
	for i, r := range rows {
		e, err := b.GetEntry(ctx, r.ID)
		must(t, err)
		e.Notes = "Ghi chú của huyện"
		must(t, b.SaveEntry(ctx, e))
		ids = append(ids, r.ID)
		if i == 1 {
			mine, err := a.GetEntry(ctx, r.ID)
			must(t, err)
			mine.Notes = "Ghi chú của Ban"
			must(t, a.SaveEntry(ctx, mine))
		}
	}
	e, err := b.GetEntry(ctx, rows[0].ID)
	must(t, err)
	e.ID, e.UID, e.Version, e.Name = 0, "", 0, "Mô hình “Chợ phiên nông sản sạch” của huyện"
	must(t, b.SaveEntry(ctx, e))
	return path, ids
}

func TestMergeWizardPreviewChooseMerge(t *testing.T) {
	ta := newTestApp(t, 20)
	other, ids := mergeCopy(t, ta)
	w := newMergeWizard(ta.env, ta.shell)
	if !w.Apply.Disabled() || w.AllTheirs.Disabled() == false {
		t.Fatal("buttons enabled before any preview")
	}
	test.Tap(w.Preview)
	if !strings.Contains(w.Status.Text, "Hãy chọn tệp") {
		t.Fatalf("no file: %q", w.Status.Text)
	}
	test.Type(w.Path, other)
	test.Tap(w.Preview)
	if w.Plan == nil {
		t.Fatalf("no plan: %q %v", w.Status.Text, ta.ask.errors)
	}
	want := "Kho “kho-huyen.dvk” (lần gộp đầu tiên với kho này): sẽ thêm 1, cập nhật 1 bản ghi; 1 bản ghi sửa ở cả hai kho cần bạn chọn"
	if !strings.HasPrefix(w.Summary.Text, want) || w.Tabs.Items[1].Text != "Xung đột (1)" || w.Tabs.SelectedIndex() != 1 {
		t.Fatalf("summary %q, tab %q", w.Summary.Text, w.Tabs.Items[1].Text)
	}
	if got := w.countCell(len(w.counts)-1, 0) + " " + w.countCell(len(w.counts)-1, 1); got != "Cộng 1" {
		t.Fatalf("total row %q", got)
	}
	if w.conflictCell(0, 1) != "Ghi chú" || w.conflictCell(0, 4) != mergeMine || !strings.Contains(w.conflictCell(0, 3), "Nguyễn Văn Hùng") {
		t.Fatalf("conflict row %q %q %q", w.conflictCell(0, 1), w.conflictCell(0, 4), w.conflictCell(0, 3))
	}
	if len(w.Detail.Objects) != 4 {
		t.Fatalf("detail of the first conflict: %d rows", len(w.Detail.Objects))
	}
	// The choice column: a recycled cell answers for its own row.
	cell := w.Conflicts.CreateCell()
	w.Conflicts.UpdateCell(widget.TableCellID{Row: 0, Col: 4}, cell)
	rg := cell.(*fyne.Container).Objects[1].(*widget.RadioGroup)
	if rg.Hidden || rg.Selected != mergeMine {
		t.Fatalf("choice cell %v %q", rg.Hidden, rg.Selected)
	}
	rg.SetSelected(mergeTheirs)
	if w.Choices[w.Plan.Conflicts[0].Key] != merge.TakeTheirs {
		t.Fatal("choosing in the cell did not count")
	}
	test.Tap(w.AllMine)
	if w.conflictCell(0, 4) != mergeMine {
		t.Fatal("“all mine” did not apply")
	}
	test.Tap(w.AllTheirs)

	test.Tap(w.Apply)
	if len(ta.ask.asked) == 0 || ta.ask.asked[len(ta.ask.asked)-1] != "Gộp kho" {
		t.Fatalf("asked %v", ta.ask.asked)
	}
	if len(ta.ask.errors) > 0 || !strings.HasPrefix(ta.shell.notes.Text, "Đã gộp kho “kho-huyen.dvk”: thêm 1, cập nhật 2 bản ghi.") {
		t.Fatalf("after merging: %q %v", ta.shell.notes.Text, ta.ask.errors)
	}
	for _, id := range ids {
		e, err := ta.env.Archive().GetEntry(context.Background(), id)
		must(t, err)
		if e.Notes != "Ghi chú của huyện" {
			t.Errorf("entry %d: %q", id, e.Notes)
		}
	}
	if _, n, _ := ta.env.Archive().FindEntries(context.Background(), data.EntryFilter{Text: "cho phien nong san"}); n != 1 {
		t.Fatal("merged entry not found")
	}
	// A second look finds nothing new.
	test.Tap(w.Preview)
	if !strings.Contains(w.Summary.Text, "không có gì mới để gộp") || !w.Apply.Disabled() {
		t.Fatalf("second preview %q", w.Summary.Text)
	}
}

func TestMergeWizardRefusals(t *testing.T) {
	ta := newTestApp(t, 5)
	w := newMergeWizard(ta.env, ta.shell)
	text := filepath.Join(t.TempDir(), "ghi-chu.dvk")
	must(t, os.WriteFile(text, []byte("không phải kho"), 0o644))
	w.Path.SetText(text)
	test.Tap(w.Preview)
	if w.Plan != nil || !strings.Contains(w.Status.Text, "không phải là kho dữ liệu Dân vận khéo") || !w.Apply.Disabled() {
		t.Fatalf("not an archive: %q", w.Status.Text)
	}
	w.Path.SetText(ta.Path)
	test.Tap(w.Preview)
	if !strings.Contains(w.Status.Text, "chính nó") {
		t.Fatalf("itself: %q", w.Status.Text)
	}

	// The other file changes between the preview and the merge.
	other, _ := mergeCopy(t, ta)
	w.Path.SetText(other)
	test.Tap(w.Preview)
	b, err := data.Open(context.Background(), other, data.Options{BackupDir: t.TempDir()})
	must(t, err)
	must(t, b.SaveField(context.Background(), &data.Field{Name: "Xây dựng nông thôn mới", Position: 5}))
	b.Close()
	test.Tap(w.Apply)
	if len(ta.ask.errors) != 1 || !strings.Contains(w.Status.Text, "hãy xem trước lại") || w.Plan != nil || !w.Apply.Disabled() {
		t.Fatalf("changed since the preview: %q %v", w.Status.Text, ta.ask.errors)
	}

	// Read-only: the preview works, merging does not.
	ro, err := data.Open(context.Background(), ta.Path, data.Options{ReadOnly: true, BackupDir: t.TempDir()})
	must(t, err)
	defer ro.Close()
	saved := ta.env.session
	ta.env.session = newSession(ro)
	defer func() { ta.env.session = saved }()
	test.Tap(w.Preview)
	if w.Plan == nil || !w.Apply.Disabled() || !strings.Contains(w.Summary.Text, "chỉ để xem") {
		t.Fatalf("read-only: %q %q", w.Summary.Text, w.Status.Text)
	}
}
