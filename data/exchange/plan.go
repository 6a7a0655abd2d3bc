package exchange

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/danvankheo/danvankheo/data"
)

// Duplicate says what to do with a row matching an entry already stored
// (same name, unit and phase, ignoring case and diacritics).
type Duplicate int

// Choices for duplicates.
const (
	SkipDuplicates Duplicate = iota
	UpdateDuplicates
)

// Options shape an import. The zero value detects the columns, skips
// duplicates and creates nothing missing.
type Options struct {
	Mapping       *Mapping         // nil: detected from the headings
	PhaseID       int64            // when the sheet has no phase: 0 picks the phase of the row's year
	UnitID        int64            // when the sheet has no unit column
	FieldID       int64            // when the sheet has no field column
	Kind          data.Kind        // when the sheet has no kind column ("" means mô hình)
	Year          int              // when the sheet has no year column
	OnDuplicate   Duplicate        // skip (default) or update
	CreateMissing bool             // create the units and fields the archive lacks
	Units         map[string]int64 // the person's choice for a unit name (folded) the archive lacks
	Fields        map[string]int64 // likewise for fields
}

// Fate is what happens to a row.
type Fate int

// Fates of rows, in the order a summary lists them.
const (
	FateNew Fate = iota
	FateUpdate
	FateDuplicate
	FateSkipped
	FateError
)

// Label names a fate in Vietnamese.
func (f Fate) Label() string {
	return [...]string{"Thêm mới", "Cập nhật", "Trùng, bỏ qua", "Bỏ qua", "Lỗi"}[f]
}

// RowPlan is one row's fate, with the entry read from it.
type RowPlan struct {
	Row        int // row number in the sheet, from 1
	Fate       Fate
	Reason     string // why skipped or in error, naming the cell; for a row that imports, what to know about it
	Entry      data.Entry
	ExistingID int64
	Converted  bool   // text in a legacy encoding was converted
	NewUnit    string // a unit to create (CreateMissing)
	NewField   string // a field to create
	// An individual exemplar's person: read from its title ("Ông Nguyễn
	// Văn An – trưởng ấp …") when the row has none, or still missing, in
	// which case the row imports all the same, to be completed later.
	PersonFromTitle, PersonMissing bool
}

// Missing is a unit or field named in the sheet that the archive lacks,
// with the archive's nearest names as suggestions.
type Missing struct {
	Name        string
	Rows        []int
	Suggestions []string
}

// Plan is a dry run: every row's fate; nothing has been written.
type Plan struct {
	File, Sheet   string
	Mapping       *Mapping
	Rows          []RowPlan
	Counts        [5]int // by Fate
	MissingUnits  []Missing
	MissingFields []Missing
	Converted     int // rows with converted legacy text
	FromTitle     int // rows to import whose person was read from the title
	NoPerson      int // individual exemplars to import without a person, to complete later
	opts          Options
}

// catalogue is the archive's units, fields and phases, by folded name.
type catalogue struct {
	units  map[string]*data.Unit
	fields map[string]*data.Field
	phases []*data.Phase
	keys   map[string]data.EntryKey // folded name|unit|phase → entry
}

func loadCatalogue(ctx context.Context, a *data.Archive) (*catalogue, error) {
	c := &catalogue{units: map[string]*data.Unit{}, fields: map[string]*data.Field{}, keys: map[string]data.EntryKey{}}
	units, err := a.Units(ctx)
	if err != nil {
		return nil, err
	}
	for _, u := range units {
		if _, dup := c.units[folded(u.Name)]; !dup || u.Active {
			c.units[folded(u.Name)] = u
		}
	}
	fields, err := a.Fields(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range fields {
		c.fields[folded(f.Name)] = f
	}
	if c.phases, err = a.Phases(ctx); err != nil {
		return nil, err
	}
	keys, err := a.EntryKeys(ctx)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		c.keys[entryKey(k.Name, k.UnitID, k.PhaseID)] = k
	}
	return c, nil
}

func entryKey(name string, unit, phase int64) string {
	return fmt.Sprintf("%s|%d|%d", folded(name), unit, phase)
}

// PlanImport reads every row of s and decides its fate without writing.
func PlanImport(ctx context.Context, a *data.Archive, s *Sheet, o Options) (*Plan, error) {
	m := o.Mapping
	if m == nil {
		var err error
		if m, err = DetectMapping(s); err != nil {
			return nil, err
		}
	}
	if m.Column(TName) < 0 {
		return nil, readErr(data.EInvalid, "Chưa chọn cột “Tên mô hình, điển hình”.")
	}
	cat, err := loadCatalogue(ctx, a)
	if err != nil {
		return nil, err
	}
	p := &Plan{File: s.File, Sheet: s.Name, Mapping: m, opts: o}
	missingUnits, missingFields := map[string]*Missing{}, map[string]*Missing{}
	inFile := map[string]int{}
	for r := m.HeaderRow + 1; r < len(s.Rows); r++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rp := planRow(cat, m, s.Rows[r], r+1, o, missingUnits, missingFields)
		if rp.Fate == FateNew || rp.Fate == FateUpdate {
			k := entryKey(rp.Entry.Name, rp.Entry.UnitID, rp.Entry.PhaseID) + "|" + rp.NewUnit
			if first, ok := inFile[k]; ok {
				rp.Fate, rp.Reason, rp.ExistingID = FateDuplicate, fmt.Sprintf("Trùng với dòng %d của tệp.", first), 0
			} else {
				inFile[k] = rp.Row
			}
		}
		if rp.Converted {
			p.Converted++
		}
		if rp.Fate == FateNew || rp.Fate == FateUpdate {
			p.FromTitle += btoi(rp.PersonFromTitle)
			p.NoPerson += btoi(rp.PersonMissing)
		}
		p.Counts[rp.Fate]++
		p.Rows = append(p.Rows, rp)
	}
	p.MissingUnits = missingList(missingUnits, cat.unitNames())
	p.MissingFields = missingList(missingFields, cat.fieldNames())
	return p, nil
}

func (c *catalogue) unitNames() []string {
	var out []string
	for _, u := range c.units {
		out = append(out, u.Name)
	}
	return out
}

func (c *catalogue) fieldNames() []string {
	var out []string
	for _, f := range c.fields {
		out = append(out, f.Name)
	}
	return out
}

func missingList(m map[string]*Missing, names []string) []Missing {
	var out []Missing
	for _, x := range m {
		x.Suggestions = suggest(x.Name, names)
		out = append(out, *x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Rows[0] < out[j].Rows[0] })
	return out
}

// planRow reads one row into an entry and decides its fate.
func planRow(c *catalogue, m *Mapping, row []Cell, n int, o Options, mu, mf map[string]*Missing) RowPlan {
	rp := RowPlan{Row: n}
	get := func(t Target) (Cell, bool) {
		i := m.Column(t)
		if i < 0 || i >= len(row) {
			return Cell{}, false
		}
		return row[i], true
	}
	blank := true
	for _, cl := range row {
		if strings.TrimSpace(cl.Text) != "" {
			blank = false
		}
	}
	if blank {
		rp.Fate, rp.Reason = FateSkipped, "Dòng trống."
		return rp
	}
	fail := func(cl Cell, format string, args ...any) RowPlan {
		rp.Fate = FateError
		rp.Reason = fmt.Sprintf("Ô %s: ", cl.Ref) + fmt.Sprintf(format, args...)
		return rp
	}
	for _, t := range m.Columns {
		if cl, ok := get(t); ok && t != Ignore && cl.Err {
			return fail(cl, "có lỗi công thức (%s); hãy sửa trong Excel.", strings.TrimSpace(cl.Text))
		}
	}
	nameCell, _ := get(TName)
	e := &rp.Entry
	text := func(t Target) string {
		cl, ok := get(t)
		if !ok {
			return ""
		}
		v, conv := clean(cl)
		rp.Converted = rp.Converted || conv
		return v
	}
	e.Name = strings.Join(strings.Fields(text(TName)), " ")
	if e.Name == "" {
		rp.Fate, rp.Reason = FateSkipped, "Không có tên mô hình, điển hình."
		return rp
	}
	if isTotalRow(e.Name) {
		rp.Fate, rp.Reason = FateSkipped, "Dòng tổng cộng."
		return rp
	}
	if len([]rune(e.Name)) > 500 {
		return fail(nameCell, "tên dài quá 500 ký tự.")
	}
	for _, t := range []Target{TPlace, TPerson, TPosition, TSituation, TObjectives, TCriteria, TMethod, TScope,
		TForces, TResources, TTimeFrame, TResults, TReplicate, TNotes} {
		*textField(e, t) = text(t)
	}
	kindCell, _ := get(TKind)
	k, err := parseKind(text(TKind))
	if err != nil {
		return fail(kindCell, "%s.", err)
	}
	e.Kind = firstKind(k, o.Kind, data.KindModel)
	note := personNote(&rp)
	yearCell, _ := get(TYear)
	if e.Year, err = parseYear(text(TYear)); err != nil {
		return fail(yearCell, "%s.", err)
	}
	if e.Year == 0 {
		e.Year = o.Year
	}
	if e.Year == 0 {
		return fail(yearCell, "thiếu năm đăng ký.")
	}
	repCell, _ := get(TRepCount)
	if e.ReplicationCount, err = parseCount(text(TRepCount)); err != nil {
		return fail(repCell, "%s.", err)
	}
	// Phase: the column, the default, or the phase holding the year.
	if ph := text(TPhase); ph != "" {
		phCell, _ := get(TPhase)
		fph := folded(ph)
		for _, p := range c.phases {
			if fp := folded(p.Name); strings.Contains(fph, fp) { // equal, or the name within "Giai đoạn 2016–2020"
				e.PhaseID = p.ID
			}
		}
		if e.PhaseID == 0 {
			return fail(phCell, "không có giai đoạn “%s” trong danh mục.", ph)
		}
	} else if o.PhaseID != 0 {
		e.PhaseID = o.PhaseID
	} else {
		for _, p := range c.phases {
			if e.Year >= p.StartYear && e.Year <= p.EndYear {
				e.PhaseID = p.ID
			}
		}
	}
	for _, p := range c.phases {
		if p.ID == e.PhaseID && (e.Year < p.StartYear || e.Year > p.EndYear) {
			return fail(yearCell, "năm %d không thuộc giai đoạn %s.", e.Year, p.Name)
		}
	}
	if !resolveRef(&rp, TUnit, text(TUnit), o.UnitID, o.Units, o.CreateMissing, mu, func(f string) int64 {
		if u, ok := c.units[f]; ok {
			return u.ID
		}
		return 0
	}) {
		cl, _ := get(TUnit)
		return fail(cl, "%s", rp.Reason)
	}
	if !resolveRef(&rp, TField, text(TField), o.FieldID, o.Fields, o.CreateMissing, mf, func(f string) int64 {
		if x, ok := c.fields[f]; ok {
			return x.ID
		}
		return 0
	}) {
		cl, _ := get(TField)
		return fail(cl, "%s", rp.Reason)
	}
	rp.Fate = FateNew
	if rp.NewUnit == "" {
		if k, ok := c.keys[entryKey(e.Name, e.UnitID, e.PhaseID)]; ok {
			rp.ExistingID = k.ID
			e.ID, e.Version = k.ID, k.Version
			rp.Fate, rp.Reason = FateDuplicate, "Đã có trong kho."
			if o.OnDuplicate == UpdateDuplicates {
				rp.Fate, rp.Reason = FateUpdate, "Đã có trong kho; sẽ cập nhật theo tệp."
			}
		}
	}
	rp.Reason = strings.TrimSpace(rp.Reason + " " + note)
	return rp
}

// personNote fills an individual exemplar's missing person from its title
// and says so; a title that names nobody leaves the row to import without
// one, to be completed later, rather than stop the whole file.
func personNote(rp *RowPlan) string {
	e := &rp.Entry
	if e.Kind != data.KindIndividual || e.Person != "" {
		return ""
	}
	if e.Person = data.PersonOfTitle(e.Name); e.Person != "" {
		rp.PersonFromTitle = true
		return "Họ và tên lấy từ tên điển hình: " + e.Person + "."
	}
	rp.PersonMissing = true
	return "Chưa có họ và tên người được ghi nhận: vẫn nhập, cần bổ sung sau."
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// resolveRef finds the unit or field a cell names. An empty cell takes the
// default; a name the archive lacks takes the person's choice, or is
// created when allowed, or is an error listing near names.
func resolveRef(rp *RowPlan, t Target, name string, def int64, choices map[string]int64, create bool, missing map[string]*Missing, find func(string) int64) bool {
	what := map[Target]string{TUnit: "đơn vị", TField: "lĩnh vực"}[t]
	set := func(id int64) {
		if t == TUnit {
			rp.Entry.UnitID = id
		} else {
			rp.Entry.FieldID = id
		}
	}
	if name == "" {
		if def == 0 {
			rp.Reason = "thiếu " + what + "."
			return false
		}
		set(def)
		return true
	}
	f := folded(name)
	if id := find(f); id != 0 {
		set(id)
		return true
	}
	if id := choices[f]; id != 0 {
		set(id)
		return true
	}
	if missing[f] == nil {
		missing[f] = &Missing{Name: name}
	}
	missing[f].Rows = append(missing[f].Rows, rp.Row)
	if create {
		if t == TUnit {
			rp.NewUnit = name
		} else {
			rp.NewField = name
		}
		return true
	}
	rp.Reason = fmt.Sprintf("không có %s “%s” trong danh mục (chọn đơn vị tương ứng, hoặc cho phép tạo mới).", what, name)
	return false
}

func firstKind(ks ...data.Kind) data.Kind {
	for _, k := range ks {
		if k != "" {
			return k
		}
	}
	return data.KindModel
}

// textField returns the entry's field a text target fills.
func textField(e *data.Entry, t Target) *string {
	switch t {
	case TPlace:
		return &e.Place
	case TPerson:
		return &e.Person
	case TPosition:
		return &e.Position
	case TSituation:
		return &e.Situation
	case TObjectives:
		return &e.Objectives
	case TCriteria:
		return &e.Criteria
	case TMethod:
		return &e.Method
	case TScope:
		return &e.Scope
	case TForces:
		return &e.Forces
	case TResources:
		return &e.Resources
	case TTimeFrame:
		return &e.TimeFrame
	case TResults:
		return &e.Results
	case TReplicate:
		return &e.Replication
	}
	return &e.Notes
}
