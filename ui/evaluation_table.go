package ui

import (
	"context"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

func evalCell(i int, r data.EvaluationRow, col int) string {
	switch col {
	case 0:
		return strconv.Itoa(i + 1)
	case 1:
		return r.Entry
	case 2:
		return r.Unit
	case 3:
		return vntext.FormatScore(r.Total)
	case 4:
		return r.Conclusion
	case 5:
		return r.Evaluator
	case 6:
		return r.Date.Text()
	}
	if r.Locked {
		return "Đã khóa"
	}
	return ""
}

func (s *Evaluations) newTable() *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(s.rows), len(evalColumns) },
		func() fyne.CanvasObject { return newCellLabel(s.openRow) },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			c := o.(*cellLabel)
			c.row = id.Row
			if id.Row >= len(s.rows) {
				c.SetText("")
				return
			}
			c.Alignment = fyne.TextAlignLeading
			if id.Col == 3 {
				c.Alignment = fyne.TextAlignTrailing
			}
			c.SetText(evalCell(id.Row, s.rows[id.Row], id.Col))
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = newHeaderButton
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		h := o.(*headerButton)
		h.OnTapped = nil
		if id.Col < 0 {
			return
		}
		col := evalColumns[id.Col]
		h.SetText(sortTitle(col.title, col.sorts && s.Filter.Sort == col.sort, s.Filter.Desc))
		if col.sorts {
			h.OnTapped = func() { s.SortBy(col.sort) }
		}
	}
	for i, c := range evalColumns {
		t.SetColumnWidth(i, c.width)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(s.rows) {
			s.selected = s.rows[id.Row].ID
		}
		s.updateButtons()
	}
	return t
}

// SelectRow selects the evaluation at position i (tests, keyboard).
func (s *Evaluations) SelectRow(i int) {
	s.Table.Select(widget.TableCellID{Row: i, Col: 1})
}

func (s *Evaluations) openRow(row int) {
	if row >= 0 && row < len(s.rows) {
		s.selected = s.rows[row].ID
		s.Open(s.selected)
	}
}

// evalChooser finds the entry to score: the person types part of its name,
// unit, place or person and picks it from the matches. Entries that already
// have a sheet for the year say so (choosing one opens that sheet).
type evalChooser struct {
	s       *Evaluations
	Search  *widget.Entry
	List    *widget.List
	Info    *widget.Label
	rows    []data.EntryRow
	scored  map[int64]float64 // entry → total of its sheet for the year
	chosen  int64
	reads   latestRead
	typing  debouncer
	onFound func() // the matches changed (the dialog disables its button)
}

// chooserLimit bounds the matches listed; typing more narrows them.
const chooserLimit = 200

func (s *Evaluations) newChooser() *evalChooser {
	c := &evalChooser{s: s, scored: map[int64]float64{}}
	c.Search = newSearchEntry("Gõ tên mô hình, đơn vị, người… (không cần dấu)", c.typed)
	c.Info = widget.NewLabel("")
	c.List = widget.NewList(func() int { return len(c.rows) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("Mô hình “Dân vận khéo”")
			name.Truncation = fyne.TextTruncateEllipsis
			unit := widget.NewLabel("Đảng ủy xã Tân Hòa")
			unit.Truncation = fyne.TextTruncateEllipsis
			mark := widget.NewLabel("đã chấm 100 điểm")
			mark.Importance = widget.HighImportance
			right := container.NewHBox(mark, container.New(layout.NewGridWrapLayout(fyne.NewSize(220, unit.MinSize().Height)), unit))
			return container.NewBorder(nil, nil, nil, right, name)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			right := row.Objects[1].(*fyne.Container)
			mark := right.Objects[0].(*widget.Label)
			r := c.rows[i]
			row.Objects[0].(*widget.Label).SetText(r.Name)
			right.Objects[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(r.Unit)
			if t, ok := c.scored[r.ID]; ok {
				mark.SetText("đã chấm " + vntext.FormatScore(t) + " điểm")
				mark.Show()
			} else {
				mark.Hide()
			}
		})
	c.List.OnSelected = func(i widget.ListItemID) { c.chosen = c.rows[i].ID }
	c.find("")
	return c
}

// typed waits for a pause in typing before searching (at once in tests).
func (c *evalChooser) typed(text string) {
	c.typing.after(c.s.env, 150*time.Millisecond, func() { c.find(text) })
}

// find lists the entries matching text, and which of them have a sheet. A
// newer search cancels an older one still running.
func (c *evalChooser) find(text string) {
	year := c.s.Filter.Year
	type found struct {
		rows   []data.EntryRow
		total  int
		scored map[int64]float64
	}
	readLatest(c.s.env, &c.reads, func(ctx context.Context, ar *data.Archive) (found, error) {
		var f found
		var err error
		f.rows, f.total, err = ar.FindEntries(ctx, data.EntryFilter{Text: text, Rank: true, Limit: chooserLimit})
		if err != nil {
			return f, err
		}
		f.scored = map[int64]float64{}
		if len(f.rows) == 0 {
			return f, nil
		}
		ids := make([]int64, len(f.rows))
		for i, r := range f.rows {
			ids[i] = r.ID
		}
		evs, _, err := ar.FindEvaluations(ctx, data.EvaluationFilter{Year: year, EntryIDs: ids})
		for _, e := range evs {
			f.scored[e.EntryID] = e.Total
		}
		return f, err
	}, func(f found) {
		c.rows, c.scored, c.chosen = f.rows, f.scored, 0
		if c.onFound != nil {
			c.onFound()
		}
		c.List.UnselectAll()
		c.List.Refresh()
		switch {
		case f.total == 0:
			c.Info.SetText("Không có mô hình, điển hình nào khớp.")
		case f.total > len(f.rows):
			c.Info.SetText("Hiện " + vntext.FormatInt(int64(len(f.rows))) + " trong " + countText(f.total, "mô hình, điển hình") + "; gõ thêm để thu hẹp.")
		default:
			c.Info.SetText(countText(f.total, "mô hình, điển hình"))
		}
	})
}

// chooseEntry asks which entry to score, then opens its sheet.
func (s *Evaluations) chooseEntry() {
	if s.cat == nil || s.env.Win == nil {
		return
	}
	c := s.newChooser()
	var d dialog.Dialog
	ok := widget.NewButtonWithIcon("Chấm điểm", theme.ConfirmIcon(), func() {
		if c.chosen != 0 {
			d.Hide()
			s.ScoreEntry(c.chosen)
		}
	})
	ok.Importance = widget.HighImportance
	ok.Disable()
	cancel := widget.NewButton("Hủy", func() { d.Hide() })
	c.List.OnSelected = func(i widget.ListItemID) { c.chosen = c.rows[i].ID; ok.Enable() }
	c.onFound = ok.Disable
	c.Search.OnSubmitted = func(string) {
		if len(c.rows) == 1 {
			d.Hide()
			s.ScoreEntry(c.rows[0].ID)
		}
	}
	head := widget.NewLabel("Chọn mô hình, điển hình để chấm điểm năm " + strconv.Itoa(s.Filter.Year) + ":")
	content := container.NewBorder(container.NewVBox(head, c.Search), container.NewBorder(nil, nil, nil, container.NewHBox(cancel, ok), c.Info), nil, nil, c.List)
	d = dialog.NewCustomWithoutButtons("Chấm điểm mô hình, điển hình", content, s.env.Win)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
	s.env.Win.Canvas().Focus(c.Search)
}
