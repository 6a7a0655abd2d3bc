package exchange

import (
	"context"
	"fmt"
	"sort"

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
		c.keys[entryKey(foldClean(k.Name), k.UnitID, k.PhaseID)] = k
	}
	return c, nil
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

// unitID and fieldID find a unit or field by folded name; 0 if none.
func (c *catalogue) unitID(f string) int64 {
	if u, ok := c.units[f]; ok {
		return u.ID
	}
	return 0
}

func (c *catalogue) fieldID(f string) int64 {
	if x, ok := c.fields[f]; ok {
		return x.ID
	}
	return 0
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
