package report

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// SummaryParams choose the period and the unit of the report on the
// movement's results, and its number, date and text.
type SummaryParams struct {
	PhaseID int64 // 0: every phase
	Year    int   // 0: the whole phase; else the report of that year
	UnitID  int64 // 0: the whole province; else this unit and its sub-units
	Number  string
	Date    time.Time // zero: today
	// Narrative is the text with its placeholders; "" takes the one saved
	// for the phase and year (SummaryNarrative), else the default.
	Narrative string
}

// Summary lays out the "Báo cáo kết quả phong trào thi đua “Dân vận khéo”"
// of a year or a phase (A4 portrait): the header, the narrative the office
// wrote with the archive's figures filled in, the statistics tables placed
// where the narrative marks them (or after it), the signature and the
// recipients.
func Summary(ctx context.Context, a *data.Archive, p SummaryParams, f *Fonts) (*Doc, error) {
	m, err := newMeasurer(f)
	if err != nil {
		return nil, err
	}
	set, err := a.Settings(ctx)
	if err != nil {
		return nil, err
	}
	date := p.Date
	if date.IsZero() {
		date = time.Now()
	}
	d, err := summaryFigures(ctx, a, p, set, date)
	if err != nil {
		return nil, err
	}
	text := p.Narrative
	if strings.TrimSpace(text) == "" {
		if text, err = SummaryNarrative(ctx, a, p.PhaseID, p.Year); err != nil {
			return nil, err
		}
	}
	spec := DefaultSpec()
	b := newBuilder(spec, m, false, "Báo cáo kết quả phong trào thi đua “Dân vận khéo”")
	b.recordFlow()
	b.doc.Subject = upperFirst(d.title)
	b.partyHeader(Header{Superior: set.Superior, Issuer: set.Issuer, Number: p.Number, Code: "BC", Symbol: set.Symbol,
		Place: set.Place, Date: date})
	b.title("BÁO CÁO", d.title)
	w := &summaryWriter{b: b, d: d, placed: map[string]bool{}}
	if err := w.narrative(ctx, vntext.CleanText(text)); err != nil {
		return nil, err
	}
	for _, mk := range summaryTables { // the tables the text did not place
		if !w.placed[mk] {
			w.table(mk)
		}
	}
	b.space(spec.ParaSpace)
	b.signature(Signer{Authority: set.SignAuthority, Title: set.SignerTitle, Name: set.SignerName}, set.Recipients)
	return b.finish(), nil
}

// summaryData is what the report says: the period, its figures and the
// values of the placeholders.
type summaryData struct {
	year     int
	phase    *data.Phase // the chosen phase, or the phase of the year; nil for every phase
	from, to int         // the years of the period; 0 for every year
	reg      *data.Stats // the entries registered in the period
	all      *data.Stats // the unit's entries of every phase: the decisions of the period
	levels   []*data.Level
	forms    map[int64]*data.AwardForm
	years    []int // the years of the period, for the recognition table
	title    string
	values   map[string]string
}

// summaryFigures reads the statistics of the period. Registrations are
// those of the phase (and year) chosen; recognitions and commendations are
// those decided in the period's years, whatever phase the entry was
// registered in: a 2019 model recognised again in 2022 is one of 2022's
// recognitions.
func summaryFigures(ctx context.Context, a *data.Archive, p SummaryParams, set *data.OrgSettings, date time.Time) (*summaryData, error) {
	d := &summaryData{year: p.Year, forms: map[int64]*data.AwardForm{}}
	var err error
	if d.reg, err = a.Stats(ctx, data.EntryFilter{PhaseID: p.PhaseID, Year: p.Year, UnitID: p.UnitID}); err != nil {
		return nil, err
	}
	d.all = d.reg
	if p.PhaseID != 0 || p.Year != 0 {
		if d.all, err = a.Stats(ctx, data.EntryFilter{UnitID: p.UnitID}); err != nil {
			return nil, err
		}
	}
	phases, err := a.Phases(ctx)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(phases, func(i, j int) bool { return phases[i].StartYear < phases[j].StartYear })
	for _, ph := range phases {
		if ph.ID == p.PhaseID || (p.PhaseID == 0 && p.Year != 0 && p.Year >= ph.StartYear && p.Year <= ph.EndYear) {
			d.phase = ph
		}
	}
	if p.PhaseID != 0 && d.phase == nil {
		return nil, &data.Error{Code: data.ENotFound, Message: "Không tìm thấy giai đoạn đã chọn."}
	}
	switch {
	case p.Year != 0:
		d.from, d.to = p.Year, p.Year
	case p.PhaseID != 0:
		d.from, d.to = d.phase.StartYear, d.phase.EndYear
	}
	if d.levels, err = a.Levels(ctx); err != nil {
		return nil, err
	}
	forms, err := a.AwardForms(ctx)
	if err != nil {
		return nil, err
	}
	for _, fm := range forms {
		d.forms[fm.ID] = fm
	}
	unit := ""
	if p.UnitID != 0 {
		u, err := a.GetUnit(ctx, p.UnitID)
		if err != nil {
			return nil, err
		}
		unit = u.Name
	}
	stage, plan := d.stage(phases)
	period := "giai đoạn " + stage
	if p.Year != 0 {
		period = "năm " + strconv.Itoa(p.Year)
	}
	// A trích yếu starts lower-case (36-HD Phụ lục 3: "về quy hoạch…").
	d.title = "kết quả thực hiện phong trào thi đua “Dân vận khéo” " + period
	if unit != "" {
		d.title += " của " + unit
	}
	d.years = d.periodYears()
	d.values = d.placeholders(set, date, stage, plan, period, unit)
	return d, nil
}

// stage names the phase ("2021–2025") and its plan; for every phase, the
// span of all of them and their plans together.
func (d *summaryData) stage(phases []*data.Phase) (string, string) {
	if d.phase != nil {
		return d.phase.Name, d.phase.Plan
	}
	var plans []string
	first, last := 0, 0
	for _, ph := range phases {
		if first == 0 || ph.StartYear < first {
			first = ph.StartYear
		}
		last = max(last, ph.EndYear)
		if ph.Plan != "" {
			plans = append(plans, ph.Plan)
		}
	}
	for _, c := range d.all.ByYear {
		if first == 0 || int(c.ID) < first {
			first = int(c.ID)
		}
		last = max(last, int(c.ID))
	}
	if first == 0 {
		return "", strings.Join(plans, " và ")
	}
	return strconv.Itoa(first) + "–" + strconv.Itoa(last), strings.Join(plans, " và ")
}

// periodYears lists the rows of the recognition table: the years of the
// period, or for every phase each year with a recognition.
func (d *summaryData) periodYears() []int {
	seen := map[int]bool{}
	for y := d.from; d.to != 0 && y <= d.to && y-d.from < 50; y++ {
		seen[y] = true
	}
	for _, c := range d.all.Recognitions {
		seen[c.Year] = d.in(c.Year)
	}
	var ys []int
	for y, ok := range seen {
		if ok {
			ys = append(ys, y)
		}
	}
	sort.Ints(ys)
	return ys
}

// in reports whether a decision of year y falls in the period.
func (d *summaryData) in(y int) bool { return d.to == 0 || (y >= d.from && y <= d.to) }

// recognised counts the recognitions of the period with the outcomes.
func (d *summaryData) recognised(statuses ...data.RecStatus) int {
	n := 0
	for _, c := range d.all.Recognitions {
		if d.in(c.Year) && slices.Contains(statuses, c.Status) {
			n += c.N
		}
	}
	return n
}

// commended counts the commendations of the period in a state.
func (d *summaryData) commended(status data.AwardStatus) int {
	n := 0
	for _, c := range d.all.Commendations {
		if d.in(c.Year) && c.Status == status {
			n += c.N
		}
	}
	return n
}

// placeholders computes the value of every placeholder of the narrative.
func (d *summaryData) placeholders(set *data.OrgSettings, date time.Time, stage, plan, period, unit string) map[string]string {
	n := func(v int) string { return vntext.FormatInt(int64(v)) }
	kinds := map[string]int{}
	for i, k := range data.Kinds {
		if i < len(d.reg.ByKind) {
			kinds[string(k)] = d.reg.ByKind[i].N
		}
	}
	var fields []string
	for _, c := range d.reg.Fields {
		fields = append(fields, summaryLowerFirst(c.Label)+" "+n(c.N))
	}
	granted := map[string]int{}
	for _, c := range d.all.Commendations {
		if d.in(c.Year) && c.Status == data.AwardGranted {
			if fm := d.forms[c.FormID]; fm != nil {
				granted[strings.ToUpper(fm.Title)] += c.N
			}
		}
	}
	year := d.year
	if year == 0 {
		year = date.Year()
	}
	province, area := summaryProvince(set.Superior)
	scope := "toàn " + area
	if unit != "" {
		scope = unit
	}
	return map[string]string{
		"tong_so":           n(d.reg.Total),
		"mo_hinh":           n(kinds[string(data.KindModel)]),
		"dien_hinh_tap_the": n(kinds[string(data.KindCollective)]),
		"dien_hinh_ca_nhan": n(kinds[string(data.KindIndividual)]),
		"dien_hinh":         n(kinds[string(data.KindCollective)] + kinds[string(data.KindIndividual)]),
		"theo_linh_vuc":     strings.Join(fields, "; "),
		"cong_nhan":         n(d.recognised(data.RecRecognised, data.RecOutstanding)),
		"tieu_bieu":         n(d.recognised(data.RecOutstanding)),
		"khong_cong_nhan":   n(d.recognised(data.RecNotRecognised)),
		"loai_bo":           n(d.recognised(data.RecDropped)),
		"khen_thuong":       n(d.commended(data.AwardGranted)),
		"bang_khen":         n(granted["BẰNG KHEN"]),
		"giay_khen":         n(granted["GIẤY KHEN"]),
		"de_nghi":           n(d.commended(data.AwardProposed)),
		"nam":               strconv.Itoa(year),
		"giai_doan":         stage,
		"ky_bao_cao":        period,
		"ke_hoach":          plan,
		"tinh":              province,
		"pham_vi":           scope,
	}
}

// summaryProvince reads the province's name from the superior body ("TỈNH
// ỦY PHƯỚC SƠN" → "Phước Sơn") and says whether it is a province or a city
// ("tỉnh", "thành phố").
func summaryProvince(superior string) (name, area string) {
	name, city := provinceName(superior)
	if city {
		return name, "thành phố"
	}
	return name, "tỉnh"
}

// summaryLowerFirst puts a field's name inside a sentence ("Kinh tế" → "kinh tế").
func summaryLowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
