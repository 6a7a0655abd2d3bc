package ui

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// The scoring sheet's layout: the criteria in their groups on the left, the
// live total, conclusion and the evaluator's fields on the right.

func errorText() *canvas.Text {
	t := canvas.NewText("", theme.Color(theme.ColorNameError))
	t.TextSize = theme.CaptionTextSize()
	t.Hide()
	return t
}

func setError(t *canvas.Text, msg string) {
	if t.Text == msg && t.Visible() == (msg != "") {
		return
	}
	t.Text = msg
	if msg == "" {
		t.Hide()
	} else {
		t.Show()
	}
	t.Refresh()
}

// updateLock shows the banner and disables editing on a locked sheet or a
// read-only archive.
func (f *EvaluationForm) updateLock() {
	ro := f.readOnly()
	if f.eval.Locked {
		f.Banner.Show()
	} else {
		f.Banner.Hide()
	}
	for _, e := range f.Scores {
		setEnabled(e, !ro)
	}
	for _, w := range []fyne.Disableable{f.Evaluator, f.Date, f.Comments, f.SaveBtn, f.LockBtn} {
		setEnabled(w, !ro)
	}
	for _, p := range f.shownAs {
		if ro {
			p.label.SetText(orDash(p.entry.Text))
			p.entry.Hide()
			p.label.Show()
		} else {
			p.label.Hide()
			p.entry.Show()
		}
	}
}

func (f *EvaluationForm) focusFirst() {
	if f.env.Win == nil || f.readOnly() || len(f.set.Criteria) == 0 {
		return
	}
	f.env.Win.Canvas().Focus(f.Scores[f.set.Criteria[0].ID])
}

// Content is the sheet.
func (f *EvaluationForm) Content() fyne.CanvasObject { return f.content }

func (f *EvaluationForm) layout() fyne.CanvasObject {
	back := widget.NewButtonWithIcon("Danh sách phiếu", theme.NavigateBackIcon(), f.list.BackToList)
	title := widget.NewLabelWithStyle("Phiếu đánh giá năm "+strconv.Itoa(f.eval.Year), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	bar := container.NewBorder(nil, nil, back, container.NewHBox(f.LockBtn, f.SaveBtn), title)
	name := widget.NewLabelWithStyle(f.entry.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	unit := ""
	if u := f.list.cat.Unit(f.entry.UnitID); u != nil {
		unit = "Đơn vị: " + u.Name + " · "
	}
	info := widget.NewLabel(unit + f.set.Name)
	info.Truncation = fyne.TextTruncateEllipsis

	grid := container.NewVBox()
	group := "\x00"
	for i, c := range f.set.Criteria {
		if c.Group != group && c.Group != "" {
			h := widget.NewLabelWithStyle(c.Group, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			grid.Add(h)
		}
		group = c.Group
		label := widget.NewLabel(strconv.Itoa(i+1) + ". " + c.Name)
		label.Wrapping = fyne.TextWrapWord
		maxL := widget.NewLabel("tối đa " + vntext.FormatScore(c.MaxPoints) + " điểm")
		entry := container.New(layout.NewGridWrapLayout(fyne.NewSize(96, f.Scores[c.ID].MinSize().Height)), f.readable(f.Scores[c.ID], true))
		msg := container.NewHBox(layoutSpacer(), f.scoreErrs[c.ID])
		grid.Add(container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(maxL, entry), label), msg))
		grid.Add(widget.NewSeparator())
	}

	var levels []string
	for _, t := range f.set.Descending() {
		levels = append(levels, t.Conclusion+" từ "+vntext.FormatScore(t.MinPoints))
	}
	thresholds := widget.NewLabel("Ngưỡng: " + strings.Join(levels, "; ") + " điểm.")
	thresholds.Wrapping = fyne.TextWrapWord
	side := container.NewVBox(
		widget.NewLabelWithStyle("Tổng điểm (tối đa "+vntext.FormatScore(f.set.MaxTotal())+")", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		f.Total, f.Conclusion, f.Progress, thresholds,
		widget.NewSeparator(),
		widget.NewLabelWithStyle("Người chấm", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), f.readable(f.Evaluator, false),
		widget.NewLabelWithStyle("Ngày chấm", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), f.readable(f.Date, false),
		widget.NewLabelWithStyle("Nhận xét", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), f.readable(f.Comments, false),
	)
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(300, 0))
	right := container.NewStack(width, container.NewVScroll(container.NewPadded(side)))
	body := container.NewBorder(nil, nil, nil, right, container.NewVScroll(container.NewPadded(grid)))
	notice := container.NewBorder(nil, nil, nil, f.TakeBtn, f.Notice)
	top := container.NewVBox(bar, name, info, f.Banner, notice, f.Message)
	f.updateLock()
	return container.NewBorder(top, nil, nil, nil, body)
}

// readOnlyPair shows an entry's text as a label on a locked sheet: a
// disabled entry's pale text is hard to read, and a locked sheet is read.
type readOnlyPair struct {
	entry *widget.Entry
	label *widget.Label
}

func (f *EvaluationForm) readable(e *widget.Entry, bold bool) fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle.Bold = bold
	l.Hide()
	f.shownAs = append(f.shownAs, readOnlyPair{e, l})
	return container.NewStack(e, l)
}
