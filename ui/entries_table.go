package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// cellLabel is a table cell that opens its entry on a double click.
type cellLabel struct {
	widget.Label
	row      int
	onDouble func(row int)
}

func newCellLabel(onDouble func(int)) *cellLabel {
	c := &cellLabel{onDouble: onDouble}
	c.Truncation = fyne.TextTruncateEllipsis
	c.ExtendBaseWidget(c)
	return c
}

// DoubleTapped opens the row; a single tap still selects it (the table
// handles that).
func (c *cellLabel) DoubleTapped(*fyne.PointEvent) {
	if c.onDouble != nil {
		c.onDouble(c.row)
	}
}

// headerButton is a column title; sortable columns sort when clicked.
type headerButton struct {
	widget.Button
	col int
}

// newHeaderButton is a header cell of a sortable table: a flat button
// with its title at the left, like the cells under it.
func newHeaderButton() fyne.CanvasObject {
	h := &headerButton{}
	h.Importance = widget.LowImportance
	h.Alignment = widget.ButtonAlignLeading
	h.ExtendBaseWidget(h)
	return h
}

// sortTitle is a column's title, with an arrow when the list is sorted by
// it (down: descending).
func sortTitle(title string, sorted, desc bool) string {
	switch {
	case !sorted:
		return title
	case desc:
		return title + " ▼"
	}
	return title + " ▲"
}

// keyTable is a table that also answers Enter and Delete on its selected
// row (the plain table keeps every key for moving around).
type keyTable struct {
	widget.Table
	onKey     func(*fyne.KeyEvent) bool // true when handled
	onResized func()                    // a column was resized by dragging its header
}

// DragEnd remembers the new column widths after the person resizes one.
func (t *keyTable) DragEnd() {
	t.Table.DragEnd()
	if t.onResized != nil {
		t.onResized()
	}
}

// TypedKey passes the keys the table's owner does not take to the table.
func (t *keyTable) TypedKey(k *fyne.KeyEvent) {
	if t.onKey != nil && t.onKey(k) {
		return
	}
	t.Table.TypedKey(k)
}

func (s *Entries) newTable() *keyTable {
	t := &keyTable{onKey: s.tableKey, onResized: s.saveWidths}
	t.Length = func() (int, int) { return len(s.ids), len(entryColumns) }
	t.CreateCell = func() fyne.CanvasObject { return newCellLabel(s.openRow) }
	t.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		c := o.(*cellLabel)
		c.row = id.Row
		r, ok := s.row(id.Row)
		if !ok {
			c.SetText("…")
			return
		}
		c.SetText(r.cells[id.Col])
	}
	t.ShowHeaderRow = true
	t.ExtendBaseWidget(t)
	t.CreateHeader = newHeaderButton
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		h := o.(*headerButton)
		h.col = id.Col
		if id.Col < 0 {
			return
		}
		s.headers[id.Col] = h
		col := entryColumns[id.Col]
		h.SetText(sortTitle(col.title, col.sorts && s.Filter.Sort == col.sort && !s.ranked(), s.Filter.Desc))
		h.OnTapped = func() {
			if col.sorts {
				s.SortBy(col.sort)
			}
		}
	}
	widths := s.env.Prefs.ColumnWidths("entries")
	for i, c := range entryColumns {
		w := c.width
		if i < len(widths) && widths[i] >= 40 {
			w = float32(widths[i])
		}
		t.SetColumnWidth(i, w)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if r, ok := s.pages.rows[id.Row]; ok {
			s.selected = r.id
		}
		s.updateButtons()
	}
	return t
}

// saveWidths stores the widths the headers now have, so the list opens
// with them next time.
func (s *Entries) saveWidths() {
	w := make([]float64, len(entryColumns))
	for i, c := range entryColumns {
		w[i] = float64(c.width)
		if h, ok := s.headers[i]; ok && h.Size().Width > 0 {
			w[i] = float64(h.Size().Width)
		}
	}
	s.env.Prefs.SetColumnWidths("entries", w)
}

// SortBy sorts by a column; choosing the same column again reverses it.
// While searching, the first click leaves the best-matches-first order for
// the column's, until the search is cleared.
func (s *Entries) SortBy(by data.EntrySort) {
	if s.ranked() {
		s.byColumn = true
		s.Filter.Sort, s.Filter.Desc = by, by == data.SortUpdated
	} else if s.Filter.Sort == by {
		s.Filter.Desc = !s.Filter.Desc
	} else {
		s.Filter.Sort, s.Filter.Desc = by, by == data.SortUpdated
	}
	s.saveFilter()
	s.reload()
}

func (s *Entries) openRow(row int) {
	if r, ok := s.pages.rows[row]; ok {
		s.selected = r.id
		s.Open(r.id)
	}
}

func (s *Entries) updateButtons() {
	ro := s.env.ReadOnly()
	setEnabled(s.NewButton, !ro)
	setEnabled(s.OpenButton, s.selected != 0)
	setEnabled(s.DelButton, !ro && s.selected != 0)
}

func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

// SelectRow selects the entry at position i of the list (tests, keyboard).
func (s *Entries) SelectRow(i int) {
	s.row(i)
	s.Table.Select(widget.TableCellID{Row: i, Col: 1})
}

// FocusSearch puts the cursor in the search box.
func (s *Entries) FocusSearch() {
	s.closeForm()
	s.env.Win.Canvas().Focus(s.Search)
}

// New opens an empty form for a new entry.
func (s *Entries) New() {
	if s.env.ReadOnly() || s.cat == nil {
		return
	}
	s.showForm(newEntryForm(s.env, s, s.cat, nil))
}

// Open opens the editor on an entry.
func (s *Entries) Open(id int64) {
	if id == 0 || s.cat == nil {
		return
	}
	background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.Entry, error) {
		return ar.GetEntry(ctx, id)
	}, func(e *data.Entry, err error) {
		if err != nil {
			s.env.ShowError(err)
			return
		}
		s.showForm(newEntryForm(s.env, s, s.cat, e))
	})
}

func (s *Entries) showForm(f *EntryForm) {
	s.Form = f
	s.view.Objects = []fyne.CanvasObject{f.Content()}
	s.view.Refresh()
	f.focusFirst()
}

// closeForm returns to the list (the caller has dealt with unsaved work).
func (s *Entries) closeForm() {
	if s.Form == nil {
		return
	}
	s.Form = nil
	s.view.Objects = []fyne.CanvasObject{s.list}
	s.view.Refresh()
}

// BackToList closes the editor, asking first if it holds unsaved changes.
func (s *Entries) BackToList() {
	if s.Form != nil && s.Form.Dirty() {
		confirm(s.env, "Chưa lưu thay đổi", "Bạn đang sửa dở và chưa lưu. Bỏ các thay đổi đó?", "Bỏ thay đổi", s.closeForm)
		return
	}
	s.closeForm()
}

// Dirty reports unsaved changes in the open editor.
func (s *Entries) Dirty() bool { return s.Form != nil && s.Form.Dirty() }

// Save saves the open editor (Ctrl+S).
func (s *Entries) Save() {
	if s.Form != nil {
		s.Form.Save()
	}
}

func (s *Entries) deleteSelected() {
	id := s.selected
	r, ok := s.rowByID(id)
	if id == 0 || !ok || s.env.ReadOnly() {
		return
	}
	confirm(s.env, "Xóa mô hình, điển hình", "Chuyển “"+r.cells[1]+"” vào thùng rác? Có thể khôi phục lại từ Thùng rác.", "Xóa", func() {
		background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (struct{}, error) {
			return struct{}{}, ar.Delete(ctx, data.TableEntries, id)
		}, func(_ struct{}, err error) {
			if err != nil {
				s.env.ShowError(err)
				return
			}
			s.selected = 0
			s.nav.notice("Đã chuyển “" + r.cells[1] + "” vào thùng rác.")
			s.closeForm()
			s.env.changed()
		})
	})
}

func (s *Entries) rowByID(id int64) (listRow, bool) {
	for _, r := range s.pages.rows {
		if r.id == id {
			return r, true
		}
	}
	if s.Form != nil && s.Form.entry.ID == id {
		return listRow{id: id, cells: [len(entryColumns)]string{1: s.Form.entry.Name}}, true
	}
	return listRow{}, false
}

func (s *Entries) tableKey(k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		s.Open(s.selected)
		return true
	case fyne.KeyDelete:
		s.deleteSelected()
		return true
	}
	return false
}

// TypedKey handles Escape (back to the list) and Delete (the selected
// entry) when no field has the cursor.
func (s *Entries) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		s.BackToList()
	case fyne.KeyDelete:
		if s.Form == nil {
			s.deleteSelected()
		}
	}
}
