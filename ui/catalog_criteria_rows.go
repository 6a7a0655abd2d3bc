package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// The rows of the criteria-set editor, and saving the set.

func (p *catCriteria) newRow(c data.Criterion) *catCriterionRow {
	r := &catCriterionRow{id: c.ID, uid: c.UID}
	r.No = widget.NewLabel("")
	r.Group = widget.NewEntry()
	r.Group.SetPlaceHolder("Ví dụ: I. Hiệu quả")
	r.Group.SetText(c.Group)
	r.Name = widget.NewEntry()
	r.Name.SetPlaceHolder("Nội dung tiêu chí")
	r.Name.SetText(c.Name)
	r.Max = widget.NewEntry()
	r.Max.SetText(vntext.FormatScore(c.MaxPoints))
	r.Max.OnChanged = func(string) { p.updateTotal() }
	index := func() int {
		for i, x := range p.Rows {
			if x == r {
				return i
			}
		}
		return -1
	}
	r.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { p.MoveRow(index(), -1) })
	r.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { p.MoveRow(index(), +1) })
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.RemoveRow(index()) })
	for _, b := range []*widget.Button{r.up, r.down, r.remove} {
		b.Importance = widget.LowImportance
	}
	r.box = container.New(catCriteriaCols, r.No, r.Group, r.Name, r.Max, container.NewHBox(r.up, r.down, r.remove))
	return r
}

// relayRows shows the rows in their order, numbered, with the total.
func (p *catCriteria) relayRows() {
	p.rowsBox.Objects = nil
	for i, r := range p.Rows {
		r.No.SetText(strconv.Itoa(i+1) + ".")
		p.rowsBox.Objects = append(p.rowsBox.Objects, r.box)
		catButtons(p.scr.env, i > 0, r.up)
		catButtons(p.scr.env, i < len(p.Rows)-1, r.down)
	}
	p.rowsBox.Refresh()
	p.updateTotal()
}

// AddRow appends an empty criterion in the group of the last one.
func (p *catCriteria) AddRow() *catCriterionRow {
	if p.base == nil {
		return nil
	}
	c := data.Criterion{}
	if n := len(p.Rows); n > 0 {
		c.Group = p.Rows[n-1].Group.Text
	}
	r := p.newRow(c)
	r.Max.SetText("")
	p.Rows = append(p.Rows, r)
	p.relayRows()
	if w := p.scr.env.Win; w != nil {
		w.Canvas().Focus(r.Name)
	}
	return r
}

// MoveRow moves row i one place up (delta -1) or down (+1).
func (p *catCriteria) MoveRow(i, delta int) {
	j := i + delta
	if i < 0 || j < 0 || i >= len(p.Rows) || j >= len(p.Rows) {
		return
	}
	p.Rows[i], p.Rows[j] = p.Rows[j], p.Rows[i]
	p.relayRows()
}

// RemoveRow takes row i out of the set; the archive refuses, on saving,
// to remove a criterion that evaluations already scored.
func (p *catCriteria) RemoveRow(i int) {
	if i < 0 || i >= len(p.Rows) {
		return
	}
	p.Rows = append(p.Rows[:i:i], p.Rows[i+1:]...)
	p.relayRows()
}

func (p *catCriteria) addThreshold(t data.Threshold) *catThresholdRow {
	r := &catThresholdRow{Conclusion: widget.NewEntry(), Min: widget.NewEntry()}
	r.Conclusion.SetPlaceHolder("Ví dụ: Xuất sắc")
	r.Conclusion.SetText(t.Conclusion)
	if t.Conclusion != "" || t.MinPoints != 0 {
		r.Min.SetText(vntext.FormatScore(t.MinPoints))
	}
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		for i, x := range p.Thresholds {
			if x == r {
				p.Thresholds = append(p.Thresholds[:i:i], p.Thresholds[i+1:]...)
				p.thrBox.Remove(r.box)
			}
		}
	})
	r.remove.Importance = widget.LowImportance
	catButtons(p.scr.env, true, r.remove)
	r.box = container.New(catThresholdCols, r.Conclusion, widget.NewLabel("từ"), r.Min, widget.NewLabel("điểm"), r.remove)
	p.Thresholds = append(p.Thresholds, r)
	p.thrBox.Add(r.box)
	return r
}

// updateTotal shows the sum of the maximum points as they are typed.
func (p *catCriteria) updateTotal() {
	var total float64
	for _, r := range p.Rows {
		if x, ok := catNumber(r.Max.Text); ok {
			total += x
		}
	}
	p.Total.SetText("Tổng điểm tối đa: " + vntext.FormatScore(total) + " điểm")
}

// snapshot is the form's text, to tell unsaved changes.
func (p *catCriteria) snapshot() string {
	if p.base == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(p.Name.Text)
	for _, r := range p.Rows {
		fmt.Fprintf(&b, "\x00%d\x01%s\x01%s\x01%s", r.id, r.Group.Text, r.Name.Text, r.Max.Text)
	}
	for _, t := range p.Thresholds {
		fmt.Fprintf(&b, "\x02%s\x01%s", t.Conclusion.Text, t.Min.Text)
	}
	return b.String()
}

// Dirty reports whether the set differs from what was loaded or saved.
func (p *catCriteria) Dirty() bool { return p.base != nil && p.snapshot() != p.state }

// collect reads the form into a copy of the shown set; points that are not
// numbers become messages.
func (p *catCriteria) collect() (*data.CriteriaSet, []data.FieldError) {
	s := *p.base
	s.Name = p.Name.Text
	s.Criteria, s.Thresholds = nil, nil
	var errs []data.FieldError
	for i, r := range p.Rows {
		x, ok := catNumber(r.Max.Text)
		if !ok {
			errs = append(errs, data.FieldError{Field: "criteria",
				Message: fmt.Sprintf("Điểm tối đa của tiêu chí thứ %d phải là số, ví dụ 10 hoặc 12,5.", i+1)})
		}
		s.Criteria = append(s.Criteria, data.Criterion{ID: r.id, UID: r.uid, Group: r.Group.Text, Name: r.Name.Text, MaxPoints: x, Position: i + 1})
	}
	for _, t := range p.Thresholds {
		if strings.TrimSpace(t.Conclusion.Text) == "" && strings.TrimSpace(t.Min.Text) == "" {
			continue // an empty line left over
		}
		x, ok := catNumber(t.Min.Text)
		if !ok {
			errs = append(errs, data.FieldError{Field: "thresholds",
				Message: fmt.Sprintf("Điểm tối thiểu của “%s” phải là số.", t.Conclusion.Text)})
		}
		s.Thresholds = append(s.Thresholds, data.Threshold{Conclusion: t.Conclusion.Text, MinPoints: x})
	}
	return &s, errs
}

// Save stores the set with its criteria and thresholds in one go.
func (p *catCriteria) Save() {
	env := p.scr.env
	if p.base == nil || env.ReadOnly() {
		return
	}
	s, errs := p.collect()
	if len(errs) > 0 {
		p.form.showErrors(errs)
		return
	}
	isNew := s.ID == 0
	type result struct {
		saved, theirs *data.CriteriaSet
	}
	background(env, context.Background(), func(ctx context.Context, ar *data.Archive) (result, error) {
		err := ar.SaveCriteriaSet(ctx, s)
		if data.ErrorCode(err) == data.EConflict {
			theirs, gerr := ar.GetCriteriaSet(ctx, s.ID)
			if gerr == nil {
				return result{theirs: theirs}, err
			}
		}
		return result{saved: s}, err
	}, func(r result, err error) {
		if _, msg, ok := conflictNotice(err, "bộ tiêu chí"); ok {
			if r.theirs != nil {
				p.show(r.theirs)
			}
			p.form.say(msg)
			return
		}
		if err != nil {
			p.form.refused(env, err)
			return
		}
		p.show(r.saved)
		verb := "Đã lưu "
		if isNew {
			verb = "Đã tạo "
		}
		p.scr.saved(verb + "bộ tiêu chí “" + r.saved.Name + "” (tổng điểm tối đa " + vntext.FormatScore(r.saved.MaxTotal()) + ").")
	})
}

// catColumns lays out a row in columns of fixed widths; the flex column
// (if any) takes the width left over. Rows laid out with the same columns
// line up like a table.
type catColumns struct {
	widths []float32
	flex   int
}

func (l catColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	for i, o := range objs {
		if i >= len(l.widths) {
			break
		}
		cw := l.widths[i]
		if i == l.flex {
			cw = 200
		}
		w += cw + pad
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w, h)
}

func (l catColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	rest := size.Width
	for i := range objs {
		if i < len(l.widths) && i != l.flex {
			rest -= l.widths[i]
		}
		rest -= pad
	}
	x := float32(0)
	for i, o := range objs {
		if i >= len(l.widths) {
			o.Hide()
			continue
		}
		w := l.widths[i]
		if i == l.flex {
			w = max(rest, 100)
		}
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos(x, 0))
		x += w + pad
	}
}
