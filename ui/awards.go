package ui

import (
	"context"
	"sort"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Awards is the commendation screen, in the order the work is done: choose
// recognised entries and propose them for an award, enter the decision for
// many proposals at once when it comes, and look up what was granted.
type Awards struct {
	env *Env
	nav navigator
	cat *Catalog

	Tabs    *container.AppTabs
	Propose *awardPropose
	Decide  *comList // proposals waiting for a decision
	Granted *comList // decided ones, by year
}

func newAwards(env *Env, nav navigator) screen {
	s := &Awards{env: env, nav: nav}
	s.Propose = newAwardPropose(s)
	s.Decide = newComList(s, true)
	s.Granted = newComList(s, false)
	s.Tabs = container.NewAppTabs(
		container.NewTabItem("Đề nghị khen thưởng", s.Propose.content),
		container.NewTabItem("Nhập quyết định", s.Decide.content),
		container.NewTabItem("Đã khen thưởng", s.Granted.content),
	)
	s.loadCatalog()
	return s
}

// Content is the screen.
func (s *Awards) Content() fyne.CanvasObject { return s.Tabs }

// Reload reads the archive again, keeping the filters and the picks.
func (s *Awards) Reload() { s.loadCatalog() }

func (s *Awards) loadCatalog() {
	readCatalog(s.env, func(c *Catalog) {
		first := s.cat == nil
		s.cat = c
		s.Propose.setCatalog(c, first)
		s.Decide.setCatalog(c, first)
		s.Granted.setCatalog(c, first)
	})
}

// awardPropose lists entries by recognition and lets the person pick the
// ones to propose. The list is virtual like the entries screen's: the
// ordered IDs of the whole selection, rows read a page at a time. Picks are
// kept while the filters change, so entries found by several searches can
// be proposed together.
type awardPropose struct {
	s *Awards

	Filter data.EntryFilter
	ids    []int64
	pages  entryPages[data.EntryRow] // the rows read, by position in ids
	reads  latestRead
	typing debouncer
	Picked map[int64]bool

	Phase        *widget.Select
	Year         *widget.Select
	Status       *widget.Select
	NotCommended *widget.Check
	Unit         *unitPicker
	Search       *widget.Entry
	Table        *widget.Table
	Count        *widget.Label
	PickAll      *widget.Button
	PickNone     *widget.Button
	ProposeBtn   *widget.Button

	phases, years *choice
	content       fyne.CanvasObject
}

var proposeStatusOptions = []string{"Tiêu biểu", "Được công nhận", "Mọi kết quả công nhận"}

var proposeColumns = tableColumns{
	{"", 40}, {"STT", 52}, {"Tên mô hình, điển hình", 300}, {"Loại", 140}, {"Đơn vị", 200},
	{"Công nhận", 130}, {"Khen thưởng", 110},
}

func newAwardPropose(s *Awards) *awardPropose {
	p := &awardPropose{s: s, Picked: map[int64]bool{}}
	p.pages = entryPages[data.EntryRow]{env: s.env, reads: &p.reads, redraw: func() { p.Table.Refresh() },
		newRow: func(_ int, id int64, r data.EntryRow, found bool) data.EntryRow {
			if !found {
				r = data.EntryRow{ID: id, Name: "(đã bị xóa)"}
			}
			return r
		}}
	p.pages.reset()
	changed := func(string) { p.filtersChanged() }
	p.Phase = newSelect(nil, changed)
	p.Year = newSelect(nil, changed)
	p.Status = newSelect(proposeStatusOptions, changed)
	p.Status.SetSelectedIndex(0)
	p.NotCommended = widget.NewCheck("Chưa được khen thưởng", func(bool) { p.filtersChanged() })
	p.Unit = newUnitPicker(s.env, "Tất cả đơn vị", func(int64) { p.filtersChanged() })
	p.Search = newSearchEntry("Tìm theo tên, đơn vị, người, địa bàn…", p.searchChanged)
	p.Count = widget.NewLabel("")
	p.PickAll = widget.NewButtonWithIcon("Chọn tất cả", theme.CheckButtonCheckedIcon(), p.pickAll)
	p.PickNone = widget.NewButtonWithIcon("Bỏ chọn", theme.CheckButtonIcon(), p.pickNone)
	p.ProposeBtn = widget.NewButtonWithIcon("Đề nghị khen thưởng…", theme.MailSendIcon(), p.propose)
	p.ProposeBtn.Importance = widget.HighImportance
	p.Table = newPickTable(proposeColumns, func() int { return len(p.ids) }, p.cell, p.picked, p.setPicked)
	search := container.NewBorder(nil, nil, nil, p.NotCommended, p.Search)
	filters := container.NewGridWithColumns(4, p.Phase, p.Year, p.Status, p.Unit.Button)
	actions := container.NewHBox(p.PickAll, p.PickNone, p.ProposeBtn)
	p.content = container.NewBorder(container.NewVBox(search, filters), container.NewBorder(nil, nil, p.Count, actions),
		nil, nil, p.Table)
	p.updateButtons()
	return p
}

func (p *awardPropose) setCatalog(c *Catalog, first bool) {
	p.phases, p.years = phaseChoice(c, "Mọi giai đoạn"), yearChoice(c, currentYear(), "Mọi năm công nhận")
	if first {
		p.Filter.RecYear = defaultYear(c)
	}
	setOptions(p.Phase, p.phases, p.Filter.PhaseID)
	setOptions(p.Year, p.years, int64(p.Filter.RecYear))
	p.Unit.SetCatalog(c)
	p.filtersChanged()
}

func (p *awardPropose) searchChanged(string) {
	p.typing.after(p.s.env, 150*time.Millisecond, p.filtersChanged)
}

// filtersChanged reads the filter widgets into Filter and reloads.
func (p *awardPropose) filtersChanged() {
	if p.phases == nil {
		return
	}
	f := data.EntryFilter{Text: p.Search.Text, Rank: true, PhaseID: p.phases.id(p.Phase.Selected), UnitID: p.Unit.Selected()}
	f.RecYear = int(p.years.id(p.Year.Selected))
	switch p.Status.SelectedIndex() {
	case 0:
		f.RecStatuses = []data.RecStatus{data.RecOutstanding}
	case 1:
		f.RecStatuses = []data.RecStatus{data.RecRecognised, data.RecOutstanding}
	}
	if p.NotCommended.Checked {
		f.Commended = data.No
	}
	p.Filter = f
	p.reload()
}

// reload reads the ordered IDs of the selection; the table reads the rows
// it shows. A newer reload cancels an older one still running.
func (p *awardPropose) reload() {
	f := p.Filter
	readLatest(p.s.env, &p.reads, func(ctx context.Context, ar *data.Archive) ([]int64, error) {
		return ar.EntryIDs(ctx, f)
	}, func(ids []int64) {
		p.ids = ids
		p.pages.reset()
		p.Table.Refresh()
		p.updateButtons()
	})
}

// Rows returns the IDs listed (tests).
func (p *awardPropose) Rows() []int64 { return p.ids }

// row returns the entry at position i, reading its page if needed.
func (p *awardPropose) row(i int) (data.EntryRow, bool) { return p.pages.row(p.ids, p.Filter, i) }

func (p *awardPropose) cell(i, col int) string {
	r, ok := p.row(i)
	if !ok {
		return "…"
	}
	switch col {
	case 1:
		return strconv.Itoa(i + 1)
	case 2:
		return r.Name
	case 3:
		return r.Kind.Label()
	case 4:
		return r.Unit
	case 5:
		if r.RecStatus != "" {
			return r.RecStatus.Label() + " " + strconv.Itoa(r.RecYear)
		}
	case 6:
		if r.Commended {
			return "Đã khen"
		}
	}
	return ""
}

func (p *awardPropose) picked(i int) bool { return i < len(p.ids) && p.Picked[p.ids[i]] }

func (p *awardPropose) setPicked(i int, on bool) {
	if i >= len(p.ids) {
		return
	}
	if on {
		p.Picked[p.ids[i]] = true
	} else {
		delete(p.Picked, p.ids[i])
	}
	p.Table.RefreshItem(widget.TableCellID{Row: i, Col: 0})
	p.updateButtons()
}

func (p *awardPropose) pickAll() {
	for _, id := range p.ids {
		p.Picked[id] = true
	}
	p.Table.Refresh()
	p.updateButtons()
}

func (p *awardPropose) pickNone() {
	p.Picked = map[int64]bool{}
	p.Table.Refresh()
	p.updateButtons()
}

func (p *awardPropose) updateButtons() {
	n := len(p.Picked)
	p.Count.SetText(countText(len(p.ids), "mô hình, điển hình") + " · đã chọn " + vntext.FormatInt(int64(n)))
	p.PickAll.SetText("Chọn tất cả (" + vntext.FormatInt(int64(len(p.ids))) + ")")
	p.ProposeBtn.SetText("Đề nghị khen thưởng (" + vntext.FormatInt(int64(n)) + ")…")
	setEnabled(p.PickAll, len(p.ids) > 0)
	setEnabled(p.PickNone, n > 0)
	setEnabled(p.ProposeBtn, n > 0 && !p.s.env.ReadOnly())
}

// pickedIDs returns the picks in the list's order, then any picked under
// other filters.
func (p *awardPropose) pickedIDs() []int64 {
	var out []int64
	seen := map[int64]bool{}
	for _, id := range p.ids {
		if p.Picked[id] {
			out = append(out, id)
			seen[id] = true
		}
	}
	var rest []int64
	for id := range p.Picked {
		if !seen[id] {
			rest = append(rest, id)
		}
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i] < rest[j] })
	return append(out, rest...)
}

// propose asks for the year, the award form and the achievement text, then
// proposes every picked entry, all or none.
func (p *awardPropose) propose() {
	ids := p.pickedIDs()
	c := p.s.cat
	if len(ids) == 0 || c == nil || p.s.env.ReadOnly() {
		return
	}
	year := p.Filter.RecYear
	if year == 0 {
		year = defaultYear(c)
	}
	yearE := widget.NewEntry()
	yearE.SetText(strconv.Itoa(year))
	forms := &choice{}
	for _, f := range c.Forms {
		if f.Active {
			forms.add(f.Name, f.ID)
		}
	}
	form := newSelect(forms.labels, nil)
	form.PlaceHolder = "Chọn hình thức khen thưởng"
	citation := widget.NewMultiLineEntry()
	citation.Wrapping = fyne.TextWrapWord
	citation.SetMinRowsVisible(3)
	// Left empty, each proposal gets the usual text for its kind: a model's
	// names the model, so one text typed here would lose that.
	citation.SetPlaceHolder("Để trống: mỗi mô hình, điển hình được ghi nội dung thành tích thường dùng, có tên mô hình và giai đoạn")
	items := []*widget.FormItem{
		widget.NewFormItem("Năm khen thưởng", yearE),
		widget.NewFormItem("Hình thức khen thưởng", form),
		widget.NewFormItem("Nội dung thành tích", citation),
	}
	title := "Đề nghị khen thưởng " + countText(len(ids), "mô hình, điển hình")
	formDialog(p.s.env, title, items, func() {
		y, formID, text := parseCount(yearE.Text), forms.id(form.Selected), citation.Text
		if formID == 0 {
			p.s.env.ShowError(data.Errorf(data.EInvalid, "Hãy chọn hình thức khen thưởng."))
			return
		}
		background(p.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) ([]*data.Commendation, error) {
			return ar.ProposeCommendations(ctx, ids, y, formID, text)
		}, func(out []*data.Commendation, err error) {
			if err != nil {
				p.s.env.ShowError(err)
				return
			}
			p.pickNone()
			p.s.nav.notice("Đã đề nghị khen thưởng (" + form.Selected + ") cho " + countText(len(out), "mô hình, điển hình") + ".")
			p.s.env.changed()
		})
	})
}
