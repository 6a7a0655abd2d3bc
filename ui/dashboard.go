package ui

import (
	"context"
	"image/color"
	"slices"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Dashboard ("Tổng quan") is the first page a person sees: the headline
// figures of a phase and a year, and the registrations by field, unit and
// year. Every figure and bar opens the list filtered to the entries behind
// it, so the office can go from "how many" to "which" in one click. The
// statistics of a phase are read in the background (they cover every entry);
// changing the year only recounts what was read.
type Dashboard struct {
	env *Env
	nav navigator
	cat *Catalog

	Phase   *widget.Select
	Year    *widget.Select
	Updated *canvas.Text // when the figures were read

	Registered  *dashCard
	Recognised  *dashCard
	Outstanding *dashCard
	Commended   *dashCard

	ByField *BarChart
	ByUnit  *BarChart
	ByYear  *BarChart

	Stats   *data.Stats // the figures shown, of PhaseID
	PhaseID int64       // the phase shown (0: every phase)
	YearNum int         // the year of the recognitions and commendations shown

	phaseSet bool // PhaseID was chosen (by default or by the person)
	phases   *choice
	recYears *choice // the years Year offers
	fieldIDs []int64
	unitIDs  []int64
	years    []int
	unitHead *canvas.Text
	reads    latestRead
	view     fyne.CanvasObject
}

func newDashboard(env *Env, nav navigator) screen {
	s := &Dashboard{env: env, nav: nav}
	s.Phase = newSelect(nil, func(string) { s.phaseChanged() })
	s.Phase.PlaceHolder = "Chọn giai đoạn"
	s.Year = newSelect(nil, func(string) { s.yearChanged() })
	s.Year.PlaceHolder = "Chọn năm"
	s.Updated = dashNote("")
	s.Registered = newDashCard(func() { s.open(data.EntryFilter{}) })
	s.Recognised = newDashCard(func() {
		s.open(data.EntryFilter{RecYear: s.YearNum, RecStatuses: []data.RecStatus{data.RecRecognised, data.RecOutstanding}})
	})
	s.Outstanding = newDashCard(func() {
		s.open(data.EntryFilter{RecYear: s.YearNum, RecStatuses: []data.RecStatus{data.RecOutstanding}})
	})
	s.Commended = newDashCard(func() { s.open(data.EntryFilter{Commended: data.Yes, CommendYear: s.YearNum}) })
	s.ByField = newBarChart(true, func(i int) { s.open(data.EntryFilter{FieldID: s.fieldIDs[i]}) })
	s.ByUnit = newBarChart(true, func(i int) { s.open(data.EntryFilter{UnitID: s.unitIDs[i]}) })
	s.ByYear = newBarChart(false, func(i int) { s.open(data.EntryFilter{Year: s.years[i]}) })
	s.view = s.layout()
	s.load()
	return s
}

func (s *Dashboard) layout() fyne.CanvasObject {
	selectors := container.NewHBox(
		widget.NewLabel("Giai đoạn:"), dashMinWidth(s.Phase, 210),
		widget.NewLabel("Năm công nhận, khen thưởng:"), dashMinWidth(s.Year, 120),
		layout.NewSpacer(), container.NewCenter(s.Updated))
	cards := container.NewGridWithColumns(4, s.Registered, s.Recognised, s.Outstanding, s.Commended)
	field := dashPanel(dashHeading("Theo lĩnh vực"), "Bấm vào một lĩnh vực để xem danh sách", s.ByField)
	year := dashPanel(dashHeading("Theo năm đăng ký"), "Bấm vào một năm để xem danh sách", container.NewHScroll(s.ByYear))
	s.unitHead = dashHeading("Theo đơn vị")
	unit := dashPanel(s.unitHead, "Gộp cả các đơn vị trực thuộc · bấm vào một đơn vị để xem danh sách", container.NewVScroll(s.ByUnit))
	charts := container.NewGridWithColumns(2, container.NewBorder(field, nil, nil, nil, year), unit)
	page := container.NewBorder(container.NewVBox(selectors, cards), nil, nil, nil, charts)
	return container.NewVScroll(page)
}

// Content is the screen.
func (s *Dashboard) Content() fyne.CanvasObject { return s.view }

// Reload reads the figures again, keeping the phase and year chosen.
func (s *Dashboard) Reload() { s.load() }

// dashData is what one background read returns.
type dashData struct {
	cat     *Catalog
	phaseID int64
	stats   *data.Stats
}

// load reads the catalogue and the statistics of the chosen phase (on the
// first load, the one defaultPhase picks; a phase since deleted falls back
// to every phase). A newer load cancels an older one still running.
func (s *Dashboard) load() {
	phaseID, chosen, year := s.PhaseID, s.phaseSet, currentYear()
	readLatest(s.env, &s.reads, func(ctx context.Context, ar *data.Archive) (dashData, error) {
		c, err := loadCatalog(ctx, ar)
		if err != nil {
			return dashData{}, err
		}
		if !chosen || !slices.ContainsFunc(c.Phases, func(p *data.Phase) bool { return p.ID == phaseID }) {
			phaseID = 0
		}
		if !chosen {
			if phaseID, err = defaultPhase(ctx, ar, c, year); err != nil {
				return dashData{}, err
			}
		}
		st, err := ar.Stats(ctx, data.EntryFilter{PhaseID: phaseID})
		return dashData{c, phaseID, st}, err
	}, func(d dashData) {
		s.cat = s.env.remember(d.cat)
		s.phases = phaseChoice(d.cat, "Mọi giai đoạn")
		s.PhaseID, s.phaseSet = d.phaseID, true
		setOptions(s.Phase, s.phases, s.PhaseID)
		s.show(d.stats)
	})
}

// defaultPhase is the phase of the year, or else the latest phase; a phase
// with no entries yet (a new one just opened, or a small archive) gives way
// to the newest one that has some, so the first page is never blank.
func defaultPhase(ctx context.Context, a *data.Archive, c *Catalog, year int) (int64, error) {
	phases := slices.Clone(c.Phases)
	sort.SliceStable(phases, func(i, j int) bool { return phases[i].StartYear > phases[j].StartYear })
	if p := c.PhaseOf(year); p != nil {
		phases = slices.DeleteFunc(phases, func(x *data.Phase) bool { return x.ID == p.ID })
		phases = append([]*data.Phase{p}, phases...)
	}
	for _, p := range phases {
		n, err := a.CountEntries(ctx, data.EntryFilter{PhaseID: p.ID})
		if err != nil {
			return 0, err
		}
		if n > 0 {
			return p.ID, nil
		}
	}
	if len(phases) == 0 {
		return 0, nil
	}
	return phases[0].ID, nil
}

func (s *Dashboard) phaseChanged() {
	if s.phases == nil {
		return
	}
	s.PhaseID = s.phases.id(s.Phase.Selected)
	s.load()
}

func (s *Dashboard) yearChanged() {
	if s.recYears == nil || s.Stats == nil {
		return
	}
	s.YearNum = int(s.recYears.id(s.Year.Selected))
	s.showCards()
}

// show puts freshly read statistics on the screen. The years offered are
// those with recognitions among the phase's entries; the year chosen stays
// if it is still offered, else the current year or the latest one is shown.
func (s *Dashboard) show(st *data.Stats) {
	s.Stats = st
	now := currentYear()
	seen := map[int]bool{}
	var years []int
	for _, r := range st.Recognitions {
		if !seen[r.Year] {
			seen[r.Year] = true
			years = append(years, r.Year)
		}
	}
	if len(years) == 0 {
		years = []int{now}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	switch {
	case slices.Contains(years, s.YearNum):
	case slices.Contains(years, now):
		s.YearNum = now
	default:
		s.YearNum = years[0]
	}
	s.recYears = newChoice("")
	for _, y := range years {
		s.recYears.add("Năm "+strconv.Itoa(y), int64(y))
	}
	setOptions(s.Year, s.recYears, int64(s.YearNum))
	s.showCards()
	s.showCharts()
	t := nowFunc()
	s.Updated.Text = "Số liệu lúc " + t.Format("15:04") + " ngày " + vntext.FormatDate(t)
	s.Updated.Refresh()
}

// showCards writes the four headline figures for the phase and year.
func (s *Dashboard) showCards() {
	st, y := s.Stats, strconv.Itoa(s.YearNum)
	phase := "Tất cả các giai đoạn"
	if s.PhaseID != 0 {
		phase = s.phases.label(s.PhaseID)
	}
	s.Registered.set("Mô hình, điển hình đã đăng ký", st.Total, phase)
	rec := st.Recognised(s.YearNum, data.RecRecognised, data.RecOutstanding)
	s.Recognised.set("Được công nhận năm "+y, rec, "Kể cả mô hình, điển hình tiêu biểu")
	out := st.Recognised(s.YearNum, data.RecOutstanding)
	note := "Chưa có mô hình, điển hình tiêu biểu"
	if rec > 0 && out > 0 {
		note = "Chiếm " + vntext.FormatDecimal(100*float64(out)/float64(rec), 1) + "% số được công nhận"
	}
	s.Outstanding.set("Tiêu biểu năm "+y, out, note)
	s.Commended.set("Được khen thưởng năm "+y, st.Commended(s.YearNum, data.AwardGranted), commendNote(st, s.cat, s.YearNum))
}

// commendNote splits a year's commendations by the kind of certificate
// ("Bằng khen 12 · Giấy khen 30"), highest form first as the archive orders
// them; the forms' full names are too long for a card.
func commendNote(st *data.Stats, c *Catalog, year int) string {
	kind := map[int64]string{}
	for _, f := range c.Forms {
		if t := []rune(strings.ToLower(f.Title)); len(t) > 0 {
			kind[f.ID] = strings.ToUpper(string(t[0])) + string(t[1:])
		}
	}
	var kinds []string
	n := map[string]int{}
	for _, r := range st.Commendations {
		if r.Year != year || r.Status != data.AwardGranted {
			continue
		}
		k := kind[r.FormID]
		if k == "" {
			k = r.Form
		}
		if _, ok := n[k]; !ok {
			kinds = append(kinds, k)
		}
		n[k] += r.N
	}
	if len(kinds) == 0 {
		return "Chưa có quyết định khen thưởng"
	}
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = k + " " + vntext.FormatInt(int64(n[k]))
	}
	return strings.Join(parts, " · ")
}

// showCharts fills the three charts. Units are sorted by count, largest
// first (the archive's Vietnamese order stays among equals); the years run
// without gaps over the phase, so a year with no registration shows as 0.
func (s *Dashboard) showCharts() {
	st := s.Stats
	var labels []string
	var values []int
	s.fieldIDs = nil
	for _, f := range st.Fields {
		labels, values = append(labels, f.Label), append(values, f.N)
		s.fieldIDs = append(s.fieldIDs, f.ID)
	}
	s.ByField.SetData(labels, values)

	units := slices.Clone(st.ByUnit)
	sort.SliceStable(units, func(i, j int) bool { return units[i].Total > units[j].Total })
	labels, values, s.unitIDs = nil, nil, nil
	for _, u := range units {
		labels, values = append(labels, u.Unit), append(values, u.Total)
		s.unitIDs = append(s.unitIDs, u.UnitID)
	}
	s.ByUnit.SetData(labels, values)
	s.unitHead.Text = "Theo đơn vị"
	if len(units) > 0 {
		s.unitHead.Text += " (" + countText(len(units), "đơn vị") + ")"
	}
	s.unitHead.Refresh()

	byYear := map[int]int{}
	var span []int
	for _, c := range st.ByYear {
		byYear[int(c.ID)] = c.N
		span = append(span, int(c.ID))
	}
	for _, p := range s.cat.Phases {
		if p.ID == s.PhaseID {
			span = append(span, p.StartYear, p.EndYear)
		}
	}
	labels, values, s.years = nil, nil, nil
	if len(span) > 0 {
		for y := slices.Min(span); y <= slices.Max(span); y++ {
			labels, values = append(labels, strconv.Itoa(y)), append(values, byYear[y])
			s.years = append(s.years, y)
		}
	}
	s.ByYear.SetData(labels, values)
}

// open shows the list of entries filtered as f within the phase shown.
func (s *Dashboard) open(f data.EntryFilter) {
	f.PhaseID = s.PhaseID
	s.nav.showEntries(f)
}

// dashHeading is a panel's title.
func dashHeading(text string) *canvas.Text {
	t := canvas.NewText(text, theme.Color(theme.ColorNameForeground))
	t.TextStyle = fyne.TextStyle{Bold: true}
	t.TextSize = theme.TextSubHeadingSize()
	return t
}

// dashPanel frames a chart with its title and a hint, on a bordered card
// so the page reads as separate blocks.
func dashPanel(head *canvas.Text, hint string, body fyne.CanvasObject) fyne.CanvasObject {
	// Indented like the chart's first label, so titles and names line up.
	top := container.New(layout.NewCustomPaddedLayout(0, 0, theme.Padding(), 0), container.NewVBox(head, dashNote(hint)))
	return dashFrame(container.NewBorder(top, nil, nil, nil, body))
}

// dashGrey is for hints and notes: quieter than the figures, yet readable
// on an office projector (the theme's placeholder grey is too faint).
var dashGrey = color.NRGBA{R: 0x5f, G: 0x63, B: 0x68, A: 0xff}

func dashNote(text string) *canvas.Text {
	t := canvas.NewText(text, dashGrey)
	t.TextSize = theme.CaptionTextSize()
	return t
}

// dashMinWidth keeps a select wide enough for its longest option, which
// Fyne would otherwise cut to the width of the placeholder.
func dashMinWidth(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 0))
	return container.NewStack(r, o)
}

// dashFrame puts content on a white card with a thin border.
func dashFrame(content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	bg.CornerRadius = 6
	return container.NewPadded(container.NewStack(bg, container.NewPadded(content)))
}
