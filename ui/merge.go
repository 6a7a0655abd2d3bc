package ui

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/merge"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// MergeWizard merges another archive (a district's, a colleague's copy)
// into the open one: choose the file, see what merging would do (nothing is
// written until then, and the other file never is), answer the conflicts,
// merge. The merge is one transaction, preceded by a backup.
type MergeWizard struct {
	env *Env
	nav navigator

	Path      *widget.Entry
	Browse    *widget.Button
	Preview   *widget.Button
	Summary   *widget.Label
	Counts    *widget.Table
	Conflicts *widget.Table
	AllMine   *widget.Button
	AllTheirs *widget.Button
	Detail    *fyne.Container // the fields of the selected conflict
	Others    *widget.List    // possible duplicates and records going to the bin
	Tabs      *container.AppTabs
	Status    *widget.Label
	Apply     *widget.Button
	Close     *widget.Button

	Plan    *merge.Plan
	Choices map[string]merge.Choice
	counts  []merge.Count // the tables with something to report, then the total
	others  []string
	noneC   *widget.Label // shown when there is no conflict
	noneO   *widget.Label
	working *widget.ProgressBarInfinite
	d       dialog.Dialog
	view    fyne.CanvasObject
}

// showMergeWizard opens the wizard over the window.
func showMergeWizard(env *Env, nav navigator) { newMergeWizard(env, nav).show() }

func (w *MergeWizard) show() {
	if w.env.Win == nil {
		return
	}
	w.d = dialog.NewCustomWithoutButtons("Gộp kho khác vào kho này", w.view, w.env.Win)
	w.d.Resize(fyne.NewSize(1240, 680))
	w.d.Show()
}

var (
	mergeCountColumns = tableColumns{{"Loại bản ghi", 230}, {"Thêm", 110}, {"Cập nhật", 110}, {"Giống nhau", 120},
		{"Giữ bản này", 125}, {"Khớp theo tên", 135}, {"Xung đột", 110}, {"Vào thùng rác", 135}}
	mergeConflictColumns = tableColumns{{"Bản ghi", 0}, {"Khác nhau ở", 170}, {"Sửa ở kho này", 205},
		{"Sửa ở kho kia", 205}, {"Giữ bản nào", 270}}
)

func newMergeWizard(env *Env, nav navigator) *MergeWizard {
	w := &MergeWizard{env: env, nav: nav, Choices: map[string]merge.Choice{}}
	w.Path = widget.NewEntry()
	w.Path.SetPlaceHolder(`Ví dụ: D:\Gui ve\kho-huyen.dvk`)
	w.Path.OnSubmitted = func(string) { w.Load() }
	w.Browse = widget.NewButtonWithIcon("Chọn tệp…", theme.FolderOpenIcon(), w.browse)
	w.Preview = widget.NewButtonWithIcon("Xem trước", theme.SearchIcon(), w.Load)
	w.Summary = widget.NewLabel("")
	w.Status = widget.NewLabel("")
	w.Summary.Wrapping, w.Status.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	w.Counts = newTextTable(mergeCountColumns, true, func() int { return len(w.counts) }, w.countCell)
	w.Conflicts = w.newConflictTable()
	w.AllMine = widget.NewButton("Tất cả giữ bản của tôi", func() { w.ChooseAll(merge.KeepMine) })
	w.AllTheirs = widget.NewButton("Tất cả lấy bản của kho kia", func() { w.ChooseAll(merge.TakeTheirs) })
	w.Detail = container.NewVBox()
	w.Others = widget.NewList(func() int { return len(w.others) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(w.others[i]) })
	w.noneC = widget.NewLabel("Không có bản ghi nào bị sửa ở cả hai kho.")
	w.noneO = widget.NewLabel("Không có bản ghi nào trùng năm hay có thể đăng ký trùng.")
	split := container.NewVSplit(container.NewStack(fillColumn(w.Conflicts, mergeConflictColumns.widths(), 0), container.NewCenter(w.noneC)),
		container.NewVScroll(w.Detail))
	split.Offset = 0.45
	conflicts := container.NewBorder(container.NewHBox(widget.NewLabel("Với mỗi bản ghi sửa ở cả hai kho, chọn giữ bản nào:"),
		layoutSpacer(), w.AllMine, w.AllTheirs), nil, nil, nil, split)
	w.Tabs = container.NewAppTabs(
		container.NewTabItem("Tổng hợp", w.Counts),
		container.NewTabItem("Xung đột", conflicts),
		container.NewTabItem("Cần xem lại", container.NewStack(w.Others, container.NewCenter(w.noneO))))
	w.working = widget.NewProgressBarInfinite()
	w.setWorking(false, "")
	w.Apply = widget.NewButtonWithIcon("Gộp", theme.ConfirmIcon(), w.Merge)
	w.Apply.Importance = widget.HighImportance
	w.Close = widget.NewButton("Đóng", w.hide)
	pick := container.NewBorder(nil, nil, widget.NewLabel("Kho kia:"), container.NewHBox(w.Browse, w.Preview), w.Path)
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(w.Close, w.Apply), container.NewVBox(w.working, w.Status))
	w.view = container.NewBorder(container.NewVBox(pick, w.Summary), bottom, nil, nil, w.Tabs)
	w.update()
	return w
}

func (w *MergeWizard) browse() {
	if w.env.Win == nil {
		return
	}
	askOpenPath(w.env, dvkExts, func(path string) {
		w.Path.SetText(path)
		w.Load()
	})
}

// Load reads the other archive and shows what merging it would do.
func (w *MergeWizard) Load() {
	path := strings.TrimSpace(w.Path.Text)
	if path == "" {
		w.Status.SetText("Hãy chọn tệp kho kia (tệp .dvk).")
		return
	}
	w.setWorking(true, "Đang đọc và so sánh hai kho…")
	background(w.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*merge.Plan, error) {
		return merge.NewPlan(ctx, ar, path)
	}, func(p *merge.Plan, err error) {
		w.setWorking(false, "")
		if err != nil {
			w.Plan = nil
			w.Status.SetText(data.ErrorMessage(err))
			w.update()
			return
		}
		w.Plan, w.Choices = p, map[string]merge.Choice{}
		w.update()
	})
}

// Choose answers conflict i of the plan.
func (w *MergeWizard) Choose(i int, c merge.Choice) {
	if i >= 0 && i < len(w.conflicts()) {
		w.Choices[w.conflicts()[i].Key] = c
		w.Conflicts.Refresh()
	}
}

// ChooseAll answers every conflict the same way, redrawing the table once.
func (w *MergeWizard) ChooseAll(c merge.Choice) {
	for _, x := range w.conflicts() {
		w.Choices[x.Key] = c
	}
	w.Conflicts.Refresh()
}

// Merge asks, then merges in the background; the window is told of the
// change and the wizard closes.
func (w *MergeWizard) Merge() {
	p := w.Plan
	if p == nil || p.Empty() || w.env.ReadOnly() {
		return
	}
	t := p.Total()
	theirs := 0
	for _, c := range p.Conflicts {
		if w.Choices[c.Key] == merge.TakeTheirs {
			theirs++
		}
	}
	msg := fmt.Sprintf("Thêm %s và cập nhật %s bản ghi từ kho “%s”", mergeInt(t.Added), mergeInt(t.Updated+theirs), filepath.Base(p.Other))
	if n := len(p.Conflicts); n > 0 {
		msg += fmt.Sprintf("; %d xung đột lấy bản của kho kia, %d giữ bản của tôi", theirs, n-theirs)
	}
	msg += ".\nKho được sao lưu trước khi gộp. Tiếp tục?"
	confirm(w.env, "Gộp kho", msg, "Gộp", func() {
		choices := maps.Clone(w.Choices)
		w.setWorking(true, "Đang gộp… Kho được sao lưu trước, rồi mọi thay đổi được ghi trong một lần.")
		background(w.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*merge.Result, error) {
			return merge.Apply(ctx, ar, p, choices)
		}, func(r *merge.Result, err error) {
			w.setWorking(false, "")
			if err != nil {
				w.Status.SetText(data.ErrorMessage(err))
				w.env.ShowError(err)
				if data.ErrorCode(err) == data.EConflict {
					w.Plan = nil // the preview no longer holds
				}
				w.update()
				return
			}
			t := r.Total()
			w.hide()
			w.env.changed()
			w.nav.notice(fmt.Sprintf("Đã gộp kho “%s”: thêm %s, cập nhật %s bản ghi.", filepath.Base(p.Other), mergeInt(t.Added), mergeInt(t.Updated)))
		})
	})
}

func (w *MergeWizard) hide() {
	if w.d != nil {
		w.d.Hide()
	}
}

// setWorking shows the wait indicator with text while the archives are
// read or written, and keeps the buttons from starting a second job.
func (w *MergeWizard) setWorking(on bool, text string) {
	setEnabled(w.Preview, !on)
	setEnabled(w.Browse, !on)
	w.Status.SetText(text)
	if on {
		w.Apply.Disable()
		w.working.Show()
		w.working.Start()
	} else {
		w.working.Stop()
		w.working.Hide()
	}
}

// The two answers to a conflict, as the choice column shows them.
const (
	mergeMine   = "Của tôi"
	mergeTheirs = "Của kho kia"
)

func mergeChoiceOf(s string) merge.Choice {
	if s == mergeTheirs {
		return merge.TakeTheirs
	}
	return merge.KeepMine
}

// newConflictTable lists the conflicts with a choice in the last column.
func (w *MergeWizard) newConflictTable() *widget.Table {
	last := len(mergeConflictColumns) - 1
	t := newTextTable(mergeConflictColumns, false, func() int { return len(w.conflicts()) }, w.conflictCell)
	t.CreateCell = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		rg := widget.NewRadioGroup([]string{mergeMine, mergeTheirs}, nil)
		rg.Horizontal, rg.Required = true, true
		return container.NewStack(l, rg)
	}
	t.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		st := o.(*fyne.Container)
		l, rg := st.Objects[0].(*widget.Label), st.Objects[1].(*widget.RadioGroup)
		if id.Col != last {
			rg.Hide()
			l.Show()
			l.SetText(w.conflictCell(id.Row, id.Col))
			return
		}
		l.Hide()
		rg.Show()
		rg.OnChanged = nil // recycled: the old row must not hear this
		rg.SetSelected(w.conflictCell(id.Row, id.Col))
		row := id.Row
		rg.OnChanged = func(s string) { w.Choose(row, mergeChoiceOf(s)) }
	}
	t.OnSelected = func(id widget.TableCellID) { w.showDetail(id.Row) }
	return t
}

// conflicts returns the plan's conflicts, none without a plan.
func (w *MergeWizard) conflicts() []merge.Conflict {
	if w.Plan == nil {
		return nil
	}
	return w.Plan.Conflicts
}

func (w *MergeWizard) conflictCell(row, col int) string {
	if row >= len(w.conflicts()) {
		return ""
	}
	c := w.conflicts()[row]
	switch col {
	case 0:
		return c.Title()
	case 1:
		var f []string
		for _, x := range c.Fields {
			f = append(f, x.Label)
		}
		return strings.Join(f, ", ")
	case 2, 3:
		mine, theirs := c.Changes()
		return [...]string{mine, theirs}[col-2]
	}
	if w.Choices[c.Key] == merge.TakeTheirs {
		return mergeTheirs
	}
	return mergeMine
}

func (w *MergeWizard) countCell(row, col int) string {
	c := w.counts[row]
	if col == 0 {
		return c.Label
	}
	n := [...]int{c.Added, c.Updated, c.Unchanged, c.KeptLocal, c.Matched, c.Conflicts, c.Parked}[col-1]
	if n == 0 {
		return "–"
	}
	return mergeInt(n)
}

func mergeInt(n int) string { return vntext.FormatInt(int64(n)) }

// showDetail shows every field of conflict i that differs, in full.
func (w *MergeWizard) showDetail(i int) {
	w.Detail.Objects = nil
	if i >= 0 && i < len(w.conflicts()) {
		c := w.conflicts()[i]
		head := mergeBold(c.Title())
		head.Wrapping = fyne.TextWrapWord
		w.Detail.Add(head)
		mine, theirs := c.Changes()
		w.Detail.Add(widget.NewLabel("Sửa lần cuối ở kho này: " + mine + "   ·   ở kho kia: " + theirs))
		w.Detail.Add(container.NewGridWithColumns(3, mergeBold("Trường"), mergeBold("Kho này"), mergeBold("Kho kia")))
		for _, f := range c.Fields {
			m, t := widget.NewLabel(orDash(f.Mine)), widget.NewLabel(orDash(f.Theirs))
			m.Wrapping, t.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
			w.Detail.Add(container.NewGridWithColumns(3, widget.NewLabel(f.Label), m, t))
		}
	}
	w.Detail.Refresh()
}

func mergeBold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// update shows the plan (or its absence) in every part of the wizard.
func (w *MergeWizard) update() {
	p := w.Plan
	w.counts, w.others = nil, nil
	for _, b := range []*widget.Button{w.Apply, w.AllMine, w.AllTheirs} {
		b.Disable()
	}
	w.Tabs.Items[1].Text, w.Tabs.Items[2].Text = "Xung đột", "Cần xem lại"
	w.Summary.SetText("Chọn tệp kho kia rồi bấm “Xem trước”. Chương trình chỉ đọc kho kia, không ghi gì vào đó; " +
		"kho này chỉ thay đổi khi bạn bấm “Gộp”, và được sao lưu trước.")
	if p != nil {
		for _, c := range p.Tables {
			if c.Added+c.Updated+c.KeptLocal+c.Matched+c.Conflicts+c.Parked > 0 {
				w.counts = append(w.counts, c)
			}
		}
		t := p.Total()
		t.Label = "Cộng"
		w.counts, w.others = append(w.counts, t), p.Notes()
		text := p.Summary()
		if w.env.ReadOnly() {
			text += " Kho này đang mở chỉ để xem nên không gộp được."
		}
		w.Summary.SetText(text)
		setEnabled(w.Apply, !p.Empty() && !w.env.ReadOnly())
		setEnabled(w.AllMine, len(p.Conflicts) > 0)
		setEnabled(w.AllTheirs, len(p.Conflicts) > 0)
		w.Tabs.Items[1].Text = "Xung đột (" + mergeInt(len(p.Conflicts)) + ")"
		w.Tabs.Items[2].Text = "Cần xem lại (" + mergeInt(len(w.others)) + ")"
		w.Tabs.SelectIndex(min(len(p.Conflicts), 1)) // the conflicts when there are some
	}
	w.noneC.Hidden = p == nil || len(p.Conflicts) > 0
	w.noneO.Hidden = p == nil || len(w.others) > 0
	w.Conflicts.UnselectAll()
	w.showDetail(0)
	for _, x := range []fyne.Widget{w.Tabs, w.Counts, w.Conflicts, w.Others} {
		x.Refresh()
	}
}
