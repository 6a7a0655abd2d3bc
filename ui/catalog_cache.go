package ui

import (
	"context"
	"sort"
	"strconv"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Catalog is a snapshot of the archive's catalogues that forms and filters
// choose from. Screens load it in the background and again after a change.
type Catalog struct {
	Phases []*data.Phase
	Units  []*data.Unit // in Vietnamese order
	Fields []*data.Field
	Levels []*data.Level
	Forms  []*data.AwardForm
	Sets   []*data.CriteriaSet

	unitByID  map[int64]*data.Unit
	children  map[int64][]*data.Unit
	unitWords map[int64][]string // words of each unit's name (vntext.ExactWords), for searching
}

func loadCatalog(ctx context.Context, a *data.Archive) (*Catalog, error) {
	all, err := a.Catalogue(ctx) // one read: every list of the same moment
	if err != nil {
		return nil, err
	}
	c := &Catalog{Phases: all.Phases, Units: all.Units, Fields: all.Fields, Levels: all.Levels, Forms: all.Forms, Sets: all.Sets}
	c.index()
	return c, nil
}

// readCatalog reads the catalogue in the background for a screen, keeps
// it as the environment's latest and hands it to then; an error is shown
// instead.
func readCatalog(env *Env, then func(c *Catalog)) {
	background(env, context.Background(), func(ctx context.Context, ar *data.Archive) (*Catalog, error) {
		return loadCatalog(ctx, ar)
	}, func(c *Catalog, err error) {
		if err != nil {
			env.ShowError(err)
			return
		}
		then(env.remember(c))
	})
}

// remember keeps c as the environment's latest catalogue.
func (e *Env) remember(c *Catalog) *Catalog {
	e.catalog = c
	return c
}

func (c *Catalog) index() {
	c.unitByID = map[int64]*data.Unit{}
	c.children = map[int64][]*data.Unit{}
	c.unitWords = map[int64][]string{}
	for _, u := range c.Units {
		c.unitByID[u.ID] = u
		c.unitWords[u.ID] = vntext.ExactWords(u.Name)
	}
	for _, u := range c.Units { // already in Vietnamese order
		c.children[u.ParentID] = append(c.children[u.ParentID], u)
	}
}

// Unit returns a unit by ID, or nil.
func (c *Catalog) Unit(id int64) *data.Unit { return c.unitByID[id] }

// UnitsMatching lists, in order, the units whose name has words beginning
// with each of the words typed, diacritics as typed (the unit pickers'
// search). The names are split once, when the catalogue is read, not at
// every keystroke.
func (c *Catalog) UnitsMatching(q vntext.Query, into []*data.Unit) []*data.Unit {
	into = into[:0]
	for _, u := range c.Units {
		if q.BeginsAll(c.unitWords[u.ID]) {
			into = append(into, u)
		}
	}
	return into
}

// Children returns a unit's sub-units (0: the top-level units), in order.
func (c *Catalog) Children(id int64) []*data.Unit { return c.children[id] }

// Years lists the years of the phases and the current one, newest first.
func (c *Catalog) Years(now int) []int {
	seen := map[int]bool{now: true}
	for _, p := range c.Phases {
		for y := p.StartYear; y <= p.EndYear; y++ {
			seen[y] = true
		}
	}
	var ys []int
	for y := range seen {
		ys = append(ys, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	return ys
}

// PhaseOf returns the phase a year belongs to, or nil.
func (c *Catalog) PhaseOf(year int) *data.Phase {
	for _, p := range c.Phases {
		if year >= p.StartYear && year <= p.EndYear {
			return p
		}
	}
	return nil
}

// SetFor returns the criteria set of the phase of a year, or nil.
func (c *Catalog) SetFor(year int) *data.CriteriaSet {
	p := c.PhaseOf(year)
	if p == nil {
		return nil
	}
	for _, s := range c.Sets {
		if s.PhaseID == p.ID {
			return s
		}
	}
	return nil
}

// choice maps the options of a widget.Select to IDs; the first option is
// "all" (ID 0) when the list is a filter.
type choice struct {
	labels []string
	ids    []int64
}

// newChoice starts the options with "all" (ID 0), unless all is empty.
func newChoice(all string) *choice {
	ch := &choice{}
	if all != "" {
		ch.add(all, 0)
	}
	return ch
}

func (ch *choice) add(label string, id int64) {
	ch.labels = append(ch.labels, label)
	ch.ids = append(ch.ids, id)
}

func (ch *choice) id(label string) int64 {
	for i, l := range ch.labels {
		if l == label {
			return ch.ids[i]
		}
	}
	return 0
}

func (ch *choice) label(id int64) string {
	for i, x := range ch.ids {
		if x == id {
			return ch.labels[i]
		}
	}
	return ""
}

func phaseChoice(c *Catalog, all string) *choice {
	ch := newChoice(all)
	for _, p := range c.Phases {
		ch.add("Giai đoạn "+p.Name, p.ID)
	}
	return ch
}

func fieldChoice(c *Catalog, all string) *choice {
	ch := newChoice(all)
	for _, f := range c.Fields {
		if f.Active {
			ch.add(f.Name, f.ID)
		}
	}
	return ch
}

func levelChoice(c *Catalog, all string) *choice {
	ch := newChoice(all)
	for _, l := range c.Levels {
		if l.Active {
			ch.add(l.Name, l.ID)
		}
	}
	return ch
}

// formChoice lists every award form, those no longer in use too (lists,
// documents and records may be of one), after an "all" option unless all
// is empty.
func formChoice(c *Catalog, all string) *choice {
	ch := newChoice(all)
	for _, f := range c.Forms {
		ch.add(f.Name, f.ID)
	}
	return ch
}

func yearChoice(c *Catalog, now int, all string) *choice {
	ch := newChoice(all)
	for _, y := range c.Years(now) {
		ch.add("Năm "+strconv.Itoa(y), int64(y))
	}
	return ch
}

// labelsOf lists the labels of statuses or kinds, in order, as the
// options of a widget.Select.
func labelsOf[T interface{ Label() string }](items []T) []string {
	var labels []string
	for _, it := range items {
		labels = append(labels, it.Label())
	}
	return labels
}
