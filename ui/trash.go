package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// Trash is the "Thùng rác" screen: what was deleted, by whom and when.
// Deleting elsewhere only moves records here, so a slip of the hand on a
// shared archive can be undone; only this screen destroys for good, and it
// asks first.
type Trash struct {
	env *Env
	nav navigator

	Items         []data.TrashItem
	Table         *widget.Table
	Count         *widget.Label
	RestoreButton *widget.Button
	PurgeButton   *widget.Button
	EmptyButton   *widget.Button

	selected trashKey // the item selected; zero when none
	empty    *widget.Label
	view     fyne.CanvasObject
}

// trashKey identifies an item across reloads.
type trashKey struct {
	table data.Table
	id    int64
}

var trashColumns = [...]struct {
	title string
	width float32
}{{"Loại", 170}, {"Tên", 400}, {"Ngày xóa", 140}, {"Người xóa", 220}} // the name fills the width left

func newTrash(env *Env, nav navigator) screen {
	s := &Trash{env: env, nav: nav}
	s.Count = widget.NewLabel("")
	s.RestoreButton = widget.NewButtonWithIcon("Khôi phục", theme.ContentUndoIcon(), s.Restore)
	s.RestoreButton.Importance = widget.HighImportance
	s.PurgeButton = widget.NewButtonWithIcon("Xóa hẳn…", theme.DeleteIcon(), s.Purge)
	s.EmptyButton = widget.NewButtonWithIcon("Dọn sạch thùng rác…", theme.ContentClearIcon(), s.Empty)
	s.Table = s.newTable()
	hint := widget.NewLabel("Mô hình bị xóa mang theo kết quả công nhận, đánh giá, khen thưởng và tệp đính kèm của nó; " +
		"khôi phục mô hình là khôi phục cả những mục đó.")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	top := container.NewBorder(nil, nil, nil, container.NewHBox(s.RestoreButton, s.PurgeButton, s.EmptyButton), s.Count)
	s.empty = widget.NewLabel("Chưa có gì bị xóa, hoặc thùng rác đã được dọn sạch.")
	s.empty.Hide()
	s.view = container.NewBorder(container.NewVBox(top, hint), nil, nil, nil,
		container.NewStack(fillColumn(s.Table, tableColumns(trashColumns[:]).widths(), 1), container.NewCenter(s.empty)))
	s.updateButtons()
	s.load()
	return s
}

func (s *Trash) newTable() *widget.Table {
	t := newTextTable(trashColumns[:], false, func() int { return len(s.Items) },
		func(row, col int) string { return trashCell(s.Items[row], col) })
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(s.Items) {
			it := s.Items[id.Row]
			s.selected = trashKey{it.Table, it.ID}
		}
		s.updateButtons()
	}
	return t
}

func trashCell(it data.TrashItem, col int) string {
	switch col {
	case 0:
		return it.Table.Label()
	case 1:
		return it.Label
	case 2:
		return it.DeletedAt.Local().Format("02/01/2006 15:04")
	}
	return it.DeletedBy
}

// Content is the screen.
func (s *Trash) Content() fyne.CanvasObject { return s.view }

// Reload reads the bin again, keeping the selected item if it is still there.
func (s *Trash) Reload() { s.load() }

func (s *Trash) load() {
	background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) ([]data.TrashItem, error) {
		return ar.Trash(ctx)
	}, func(items []data.TrashItem, err error) {
		if err != nil {
			s.env.ShowError(err)
			return
		}
		s.Items = items
		// An empty table would only show its column lines behind the message.
		adminShow(s.empty, len(items) == 0)
		adminShow(s.Table, len(items) > 0)
		if len(items) == 0 {
			s.Count.SetText("Thùng rác trống.")
		} else {
			s.Count.SetText(countText(len(items), "bản ghi trong thùng rác"))
		}
		s.Table.Refresh()
		s.reselect()
	})
}

func (s *Trash) reselect() {
	for i, it := range s.Items {
		if (trashKey{it.Table, it.ID}) == s.selected {
			s.Table.Select(widget.TableCellID{Row: i, Col: 1})
			s.updateButtons()
			return
		}
	}
	s.selected = trashKey{}
	s.Table.UnselectAll()
	s.updateButtons()
}

func adminShow(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// SelectRow selects the item at position i (tests, keyboard).
func (s *Trash) SelectRow(i int) {
	s.Table.Select(widget.TableCellID{Row: i, Col: 1})
}

func (s *Trash) current() (data.TrashItem, bool) {
	for _, it := range s.Items {
		if (trashKey{it.Table, it.ID}) == s.selected {
			return it, true
		}
	}
	return data.TrashItem{}, false
}

func (s *Trash) updateButtons() {
	ro := s.env.ReadOnly()
	_, ok := s.current()
	setEnabled(s.RestoreButton, !ro && ok)
	setEnabled(s.PurgeButton, !ro && ok)
	setEnabled(s.EmptyButton, !ro && len(s.Items) > 0)
}

// run does a change in the background, then tells and reloads every screen.
func (s *Trash) run(work func(ctx context.Context, ar *data.Archive) error, done string) {
	background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (struct{}, error) {
		return struct{}{}, work(ctx, ar)
	}, func(_ struct{}, err error) {
		if err != nil {
			s.env.ShowError(err) // EExists says what holds the place
			s.load()
			return
		}
		s.nav.notice(done)
		s.load()
		s.env.changed()
	})
}

// Restore takes the selected item out of the bin.
func (s *Trash) Restore() {
	it, ok := s.current()
	if !ok || s.env.ReadOnly() {
		return
	}
	s.run(func(ctx context.Context, ar *data.Archive) error { return ar.Restore(ctx, it.Table, it.ID) },
		"Đã khôi phục “"+it.Label+"”.")
}

// Purge deletes the selected item for good, after asking.
func (s *Trash) Purge() {
	it, ok := s.current()
	if !ok || s.env.ReadOnly() {
		return
	}
	var msg string
	switch it.Table {
	case data.TableEntries:
		msg = "Xóa vĩnh viễn mô hình, điển hình “" + it.Label + "” cùng kết quả công nhận, đánh giá, khen thưởng và tệp đính kèm của nó?"
	case data.TableAttachments:
		msg = "Xóa vĩnh viễn tệp “" + it.Label + "”?"
	default:
		msg = "Xóa vĩnh viễn “" + it.Label + "”?"
	}
	confirm(s.env, "Xóa hẳn", msg+" Không thể hoàn tác.", "Xóa hẳn", func() {
		s.run(func(ctx context.Context, ar *data.Archive) error { return ar.Purge(ctx, it.Table, it.ID) },
			"Đã xóa hẳn “"+it.Label+"”.")
	})
}

// Empty deletes everything in the bin for good, after asking.
func (s *Trash) Empty() {
	n := len(s.Items)
	if n == 0 || s.env.ReadOnly() {
		return
	}
	msg := "Xóa vĩnh viễn " + countText(n, "bản ghi") + " trong thùng rác? Không thể hoàn tác."
	confirm(s.env, "Dọn sạch thùng rác", msg, "Xóa hẳn tất cả", func() {
		background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (int, error) {
			return ar.EmptyTrash(ctx)
		}, func(gone int, err error) {
			if err != nil {
				s.env.ShowError(err)
				s.load()
				return
			}
			s.nav.notice("Đã dọn sạch thùng rác (" + countText(gone, "bản ghi") + ").")
			s.load()
			s.env.changed()
		})
	})
}

// fillLayout gives one column of a table the width the others leave, so
// the longest text gets the room on a wide window and a 1280-pixel one shows
// every column without scrolling sideways.
type fillLayout struct {
	table *widget.Table
	col   int
	min   float32
	fixed float32 // the other columns' widths
	last  float32
	n     int // columns
}

// fillColumn wraps t, whose columns have the given widths; column col
// takes what the others leave, and at least its width.
func fillColumn(t *widget.Table, widths []float32, col int) fyne.CanvasObject {
	l := &fillLayout{table: t, col: col, min: widths[col], n: len(widths)}
	for i, w := range widths {
		if i != col {
			l.fixed += w
		}
	}
	return container.New(l, t)
}

func (l *fillLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	// Room for the gaps between cells (a padding each) and the scroll bar.
	w := max(l.min, size.Width-l.fixed-float32(l.n)*theme.Padding()-theme.ScrollBarSize()-4)
	if w != l.last {
		l.last = w
		l.table.SetColumnWidth(l.col, w)
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *fillLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }
