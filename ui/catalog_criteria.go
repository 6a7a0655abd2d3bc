package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// catCriteria is the criteria-sets tab: choose a phase and its set, edit
// the criteria (group, name, maximum points, order) and the thresholds that
// turn a total into a conclusion. No national scale exists, so provinces
// write their own grid for each phase. A set has a handful of criteria,
// so its rows are ordinary widgets in a box rather than a virtual table.
type catCriteria struct {
	scr     *CatalogScreen
	form    *catForm
	cat     *Catalog
	phases  *choice
	sets    []*data.CriteriaSet // of the chosen phase
	base    *data.CriteriaSet   // shown, as stored (ID 0: new); nil: none
	state   string              // what the form showed when loaded or saved
	phaseID int64               // the phase whose sets are listed

	Phase      *widget.Select
	Set        *widget.Select
	NewBtn     *widget.Button
	SaveBtn    *widget.Button
	AddRowBtn  *widget.Button
	AddThrBtn  *widget.Button
	Name       *widget.Entry
	Rows       []*catCriterionRow
	Thresholds []*catThresholdRow
	Total      *widget.Label
	Empty      *widget.Label
	Stamp      *widget.Label

	rowsBox, thrBox *fyne.Container
	body            *fyne.Container
	editor          fyne.CanvasObject
	content         fyne.CanvasObject
}

// catCriterionRow is one criterion being edited; ID and UID tie it to the
// stored criterion, whose scores must survive renaming and reordering.
type catCriterionRow struct {
	id  int64
	uid string

	No               *widget.Label
	Group, Name, Max *widget.Entry
	up, down, remove *widget.Button
	box              fyne.CanvasObject
}

// catThresholdRow is one conclusion and the points it needs.
type catThresholdRow struct {
	Conclusion, Min *widget.Entry
	remove          *widget.Button
	box             fyne.CanvasObject
}

// The criteria grid's columns: number, group, name (takes the rest),
// maximum points, buttons.
var catCriteriaCols = catColumns{widths: []float32{44, 210, 0, 110, 132}, flex: 2}
var catThresholdCols = catColumns{widths: []float32{260, 40, 110, 50, 44}, flex: -1}

func newCatCriteria(scr *CatalogScreen) *catCriteria {
	p := &catCriteria{scr: scr, form: newCatForm(), phases: &choice{}}
	p.Phase = newSelect(nil, func(string) { p.phaseChosen() })
	p.Phase.PlaceHolder = "(Chọn giai đoạn)"
	p.Set = newSelect(nil, func(string) { p.setChosen() })
	p.Set.PlaceHolder = "(Chưa có bộ tiêu chí)"
	p.NewBtn = widget.NewButtonWithIcon("Tạo bộ tiêu chí mới", theme.ContentAddIcon(), p.New)
	p.SaveBtn = widget.NewButtonWithIcon("Lưu (Ctrl+S)", theme.DocumentSaveIcon(), p.Save)
	p.SaveBtn.Importance = widget.HighImportance
	p.AddRowBtn = widget.NewButtonWithIcon("Thêm tiêu chí", theme.ContentAddIcon(), func() { p.AddRow() })
	p.AddThrBtn = widget.NewButtonWithIcon("Thêm ngưỡng", theme.ContentAddIcon(), func() { p.addThreshold(data.Threshold{}) })
	p.Name = widget.NewEntry()
	p.Total = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	p.Empty = widget.NewLabel("Giai đoạn này chưa có bộ tiêu chí. Bấm “Tạo bộ tiêu chí mới” để lập (chương trình chép sẵn tiêu chí của bộ gần nhất để sửa).")
	p.Empty.Wrapping = fyne.TextWrapWord
	p.Stamp = widget.NewLabel("")
	p.Stamp.TextStyle.Italic = true
	p.rowsBox, p.thrBox = container.NewVBox(), container.NewVBox()
	p.content = p.layout()
	p.show(nil)
	return p
}

func (p *catCriteria) layout() fyne.CanvasObject {
	f := p.form
	bold := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	head := container.New(catCriteriaCols, bold("STT"), bold("Nhóm tiêu chí"), bold("Tiêu chí"), bold("Điểm tối đa"), layoutSpacer())
	criteria := container.NewVBox(head, p.rowsBox, container.NewBorder(nil, nil, p.AddRowBtn, nil, p.Total))
	hint := widget.NewLabel("Tổng điểm đạt ngưỡng nào cao nhất thì nhận kết luận của ngưỡng đó.")
	hint.TextStyle.Italic = true
	thresholds := container.NewVBox(
		container.New(catThresholdCols, bold("Kết luận"), layoutSpacer(), bold("Điểm tối thiểu"), layoutSpacer(), layoutSpacer()),
		p.thrBox, container.NewHBox(p.AddThrBtn), hint)
	p.editor = container.NewVScroll(container.NewPadded(container.NewVBox(
		f.row("name", "Tên bộ tiêu chí", p.Name),
		f.row("criteria", "Các tiêu chí", criteria),
		widget.NewSeparator(),
		f.row("thresholds", "Ngưỡng điểm và kết luận", thresholds),
		p.Stamp)))
	p.body = container.NewStack(p.editor)
	phase := container.NewGridWrap(fyne.NewSize(210, p.Phase.MinSize().Height), p.Phase)
	choose := container.NewHBox(widget.NewLabel("Giai đoạn"), phase, widget.NewLabel("Bộ tiêu chí"))
	bar := container.NewBorder(nil, nil, choose, container.NewHBox(p.NewBtn, p.SaveBtn), p.Set)
	return container.NewBorder(container.NewVBox(bar, widget.NewSeparator(), f.notice), nil, nil, nil, p.body)
}

// setCatalog offers the phases and reads the chosen phase's sets again.
func (p *catCriteria) setCatalog(c *Catalog) {
	first := p.cat == nil
	p.cat = c
	id := p.phases.id(p.Phase.Selected)
	p.phases = phaseChoice(c, "")
	if first || p.phases.label(id) == "" {
		id = 0
		if ph := c.PhaseOf(currentYear()); ph != nil {
			id = ph.ID
		} else if len(c.Phases) > 0 {
			id = c.Phases[0].ID
		}
	}
	catSelectQuiet(p.Phase, p.phases.labels, p.phases.label(id))
	p.loadSets(false)
}

// PhaseID is the phase chosen.
func (p *catCriteria) PhaseID() int64 { return p.phases.id(p.Phase.Selected) }

// phaseChosen shows the sets of the phase the person chose, asking first
// if the shown set holds unsaved changes.
func (p *catCriteria) phaseChosen() {
	next := p.Phase.Selected
	if next == p.phases.label(p.phaseID) {
		return
	}
	dirty := p.Dirty()
	if dirty {
		catSelectQuiet(p.Phase, p.phases.labels, p.phases.label(p.phaseID))
	}
	catLeave(p.scr.env, dirty, func() {
		catSelectQuiet(p.Phase, p.phases.labels, next)
		p.loadSets(true)
	})
}

// loadSets reads the sets of the chosen phase. fresh: the person chose
// another phase, so the first set shows; else the shown set stays, and an
// untouched form takes the stored version.
func (p *catCriteria) loadSets(fresh bool) {
	phaseID := p.PhaseID()
	p.phaseID = phaseID
	background(p.scr.env, context.Background(), func(ctx context.Context, ar *data.Archive) ([]*data.CriteriaSet, error) {
		if phaseID == 0 {
			return nil, nil
		}
		return ar.CriteriaSets(ctx, phaseID)
	}, func(sets []*data.CriteriaSet, err error) {
		if err != nil {
			p.scr.env.ShowError(err)
			return
		}
		if phaseID != p.PhaseID() {
			return // another phase was chosen meanwhile
		}
		p.sets = sets
		var labels []string
		for i, s := range sets {
			if len(sets) > 1 {
				labels = append(labels, fmt.Sprintf("%d. %s", i+1, s.Name))
			} else {
				labels = append(labels, s.Name)
			}
		}
		var pick *data.CriteriaSet
		if !fresh && p.base != nil {
			for _, s := range sets {
				if s.ID == p.base.ID {
					pick = s
				}
			}
		}
		if pick == nil && len(sets) > 0 {
			pick = sets[0]
		}
		keep := !fresh && p.base != nil && (p.base.ID == 0 || p.Dirty())
		switch {
		case keep && pick != nil && pick.ID == p.base.ID && pick.Version != p.base.Version:
			p.form.say("Bộ tiêu chí này vừa được " + pick.UpdatedBy + " sửa và lưu. Khi bạn lưu, chương trình sẽ báo và hiện lại bản của họ.")
		case keep:
		case pick == nil || p.base == nil || pick.ID != p.base.ID || pick.Version != p.base.Version:
			p.show(pick)
		}
		p.markSet(labels)
	})
}

// markSet fills the set chooser and marks the shown set.
func (p *catCriteria) markSet(labels []string) {
	sel := ""
	for i, s := range p.sets {
		if p.base != nil && s.ID == p.base.ID {
			sel = labels[i]
		}
	}
	p.Set.PlaceHolder = "(Chưa có bộ tiêu chí)"
	if p.base != nil && p.base.ID == 0 {
		p.Set.PlaceHolder = "(Bộ tiêu chí mới, chưa lưu)"
	}
	catSelectQuiet(p.Set, labels, sel)
}

func (p *catCriteria) setChosen() {
	i := p.Set.SelectedIndex()
	if i < 0 || i >= len(p.sets) || (p.base != nil && p.sets[i].ID == p.base.ID) {
		return
	}
	next := p.sets[i]
	dirty := p.Dirty()
	if dirty {
		p.markSet(p.Set.Options) // stay until the person agrees to drop the changes
	}
	catLeave(p.scr.env, dirty, func() {
		p.show(next)
		p.markSet(p.Set.Options)
	})
}

// catSelectQuiet sets a select's options and choice without running its
// OnChanged.
func catSelectQuiet(sel *widget.Select, options []string, selected string) {
	f := sel.OnChanged
	sel.OnChanged = nil
	sel.Options = options
	if selected == "" {
		sel.ClearSelected()
	} else {
		sel.SetSelected(selected)
	}
	sel.Refresh()
	sel.OnChanged = f
}

// New starts a set for the chosen phase, copying the criteria and
// thresholds of the most recent set: provinces mostly adjust last term's.
func (p *catCriteria) New() {
	phaseID := p.PhaseID()
	if phaseID == 0 || p.cat == nil {
		return
	}
	start := func() {
		s := &data.CriteriaSet{PhaseID: phaseID}
		for _, ph := range p.cat.Phases {
			if ph.ID == phaseID {
				s.Name = "Tiêu chí đánh giá, chấm điểm mô hình, điển hình giai đoạn " + ph.Name
			}
		}
		var from *data.CriteriaSet
		for _, ph := range p.cat.Phases { // most recent first
			for _, x := range p.cat.Sets {
				if x.PhaseID == ph.ID && from == nil {
					from = x
				}
			}
		}
		if from != nil {
			for _, c := range from.Criteria {
				s.Criteria = append(s.Criteria, data.Criterion{Group: c.Group, Name: c.Name, MaxPoints: c.MaxPoints})
			}
			for _, t := range from.Thresholds {
				s.Thresholds = append(s.Thresholds, data.Threshold{Conclusion: t.Conclusion, MinPoints: t.MinPoints})
			}
		} else {
			s.Criteria = []data.Criterion{{MaxPoints: 10}}
		}
		p.show(s)
		p.markSet(p.Set.Options)
		if from != nil {
			p.form.say("Đã chép các tiêu chí và ngưỡng điểm của bộ “" + from.Name + "”. Hãy sửa cho phù hợp rồi bấm Lưu.")
		}
	}
	catLeave(p.scr.env, p.Dirty(), func() {
		if len(p.sets) == 0 {
			start()
			return
		}
		confirm(p.scr.env, "Tạo thêm bộ tiêu chí?", "Giai đoạn này đã có bộ tiêu chí “"+p.sets[0].Name+
			"”. Mỗi giai đoạn thường chỉ dùng một bộ; vẫn tạo thêm một bộ nữa?", "Tạo thêm", start)
	})
}

// show puts a set into the form (nil: the phase has none) and takes it as
// the saved state.
func (p *catCriteria) show(s *data.CriteriaSet) {
	p.base = s
	p.form.quiet()
	if s == nil {
		p.body.Objects = []fyne.CanvasObject{container.NewPadded(container.NewVBox(p.Empty))}
		p.body.Refresh()
		p.Rows, p.Thresholds = nil, nil
		p.state = ""
		p.updateButtons()
		return
	}
	if len(p.body.Objects) == 0 || p.body.Objects[0] != p.editor {
		p.body.Objects = []fyne.CanvasObject{p.editor}
		p.body.Refresh()
	}
	p.Name.SetText(s.Name)
	p.Rows = nil
	for _, c := range s.Criteria {
		p.Rows = append(p.Rows, p.newRow(c))
	}
	p.Thresholds = nil
	p.thrBox.Objects = nil
	for _, t := range s.Thresholds {
		p.addThreshold(t)
	}
	p.relayRows()
	p.Stamp.SetText(catStamp(&s.Meta))
	p.state = p.snapshot()
	p.updateButtons()
}

func (p *catCriteria) updateButtons() {
	catButtons(p.scr.env, p.PhaseID() != 0, p.NewBtn)
	catButtons(p.scr.env, p.base != nil, p.SaveBtn, p.AddRowBtn, p.AddThrBtn)
	for i, r := range p.Rows {
		catButtons(p.scr.env, i > 0, r.up)
		catButtons(p.scr.env, i < len(p.Rows)-1, r.down)
		catButtons(p.scr.env, true, r.remove)
	}
	for _, t := range p.Thresholds {
		catButtons(p.scr.env, true, t.remove)
	}
}
