package exchange

import (
	"context"
	"fmt"
	"sort"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Duplicate says what to do with a row matching an entry already stored
// (same name, unit and phase; the name as search matches it: any case, and
// the diacritics typed, if any, as written).
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
	key        string // name, unit and phase as the duplicate check sees them
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
// Several may share a folded name ("Tân Hòa", "Tân Hóa"): which one a cell
// names follows the search's rule for diacritics (vntext.MatchesAsTyped).
type catalogue struct {
	units  map[string][]*data.Unit
	fields map[string][]*data.Field
	phases []*data.Phase
	keys   map[string][]data.EntryKey // folded name|unit|phase → entries
}

func loadCatalogue(ctx context.Context, a *data.Archive) (*catalogue, error) {
	c := &catalogue{units: map[string][]*data.Unit{}, fields: map[string][]*data.Field{}, keys: map[string][]data.EntryKey{}}
	units, err := a.Units(ctx)
	if err != nil {
		return nil, err
	}
	for _, u := range units {
		c.units[folded(u.Name)] = append(c.units[folded(u.Name)], u)
	}
	fields, err := a.Fields(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range fields {
		c.fields[folded(f.Name)] = append(c.fields[folded(f.Name)], f)
	}
	if c.phases, err = a.Phases(ctx); err != nil {
		return nil, err
	}
	keys, err := a.EntryKeys(ctx)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		key := entryKey(foldClean(k.Name), k.UnitID, k.PhaseID)
		c.keys[key] = append(c.keys[key], k)
	}
	return c, nil
}

// named returns the one of candidates (all of one folded name) that typed
// names, as search matches it: spelled as typed where typed has marks, the
// active one where several remain; ok is false when none or several do,
// which the person then chooses among.
func named[T any](candidates []T, typed string, name func(T) string, active func(T) bool) (_ T, ok bool) {
	var match []T
	for _, c := range candidates {
		if vntext.MatchesAsTyped(typed, name(c)) {
			match = append(match, c)
		}
	}
	if len(match) > 1 {
		var act []T
		for _, c := range match {
			if active(c) {
				act = append(act, c)
			}
		}
		if len(act) > 0 {
			match = act
		}
	}
	if len(match) != 1 {
		var zero T
		return zero, false
	}
	return match[0], true
}

// existing finds the entry a row repeats: the same name (as search matches
// it), unit and phase.
func (c *catalogue) existing(key, name string) (data.EntryKey, bool) {
	return named(c.keys[key], name, func(k data.EntryKey) string { return k.Name }, func(data.EntryKey) bool { return true })
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
	p := &Plan{File: s.File, Sheet: s.Name, Mapping: m, opts: o, Rows: make([]RowPlan, 0, len(s.Rows))}
	pl := newPlanner(cat, m, o)
	inFile := map[string]int{}
	for r := m.HeaderRow + 1; r < len(s.Rows); r++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rp := pl.row(s.Rows[r], r+1)
		if rp.Fate == FateNew || rp.Fate == FateUpdate {
			k := rp.key + "|" + rp.NewUnit
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
	p.MissingUnits = missingList(pl.mu, cat.unitNames())
	p.MissingFields = missingList(pl.mf, cat.fieldNames())
	return p, nil
}

// unitID and fieldID find the unit or field a cell names (its text and
// folded form); 0 if none, or if several do and none stands out.
func (c *catalogue) unitID(name, f string) int64 {
	u, ok := named(c.units[f], name, func(u *data.Unit) string { return u.Name }, func(u *data.Unit) bool { return u.Active })
	if !ok {
		return 0
	}
	return u.ID
}

func (c *catalogue) fieldID(name, f string) int64 {
	x, ok := named(c.fields[f], name, func(x *data.Field) string { return x.Name }, func(x *data.Field) bool { return x.Active })
	if !ok {
		return 0
	}
	return x.ID
}

func (c *catalogue) unitNames() []string {
	var out []string
	for _, us := range c.units {
		for _, u := range us {
			out = append(out, u.Name)
		}
	}
	return out
}

func (c *catalogue) fieldNames() []string {
	var out []string
	for _, fs := range c.fields {
		for _, f := range fs {
			out = append(out, f.Name)
		}
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
