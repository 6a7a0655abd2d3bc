package report

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Grouping says how a list is divided.
type Grouping int

// Groupings of a list.
const (
	GroupNone  Grouping = iota
	GroupUnit           // by top-level unit (district, department…)
	GroupField          // by field of work
)

// ListParams choose the entries of a list and how it looks.
type ListParams struct {
	Filter  data.EntryFilter // the same filter as the list on screen
	Group   Grouping
	Summary string    // the line under "DANH SÁCH"; "" makes one from the filter
	Date    time.Time // zero: today
}

// List lays out the list of models and exemplars (A4 landscape): STT,
// name, unit, field, kind, year, recognition, notes; the heading row on
// every page; grouped by unit or field with a count per group. A danh
// sách is no document type of 36-HD (nor of Quy định 66), so it carries no
// number: its number line stays blank.
func List(ctx context.Context, a *data.Archive, p ListParams, f *Fonts) (*Doc, error) {
	m, err := newMeasurer(f)
	if err != nil {
		return nil, err
	}
	set, err := a.Settings(ctx)
	if err != nil {
		return nil, err
	}
	filter := p.Filter
	filter.Limit, filter.Offset = 0, 0
	if p.Group == GroupUnit {
		filter.Sort, filter.Desc = data.SortUnit, false
	}
	rows, _, err := a.FindEntries(ctx, filter)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	notes, err := a.EntryNotes(ctx, ids)
	if err != nil {
		return nil, err
	}
	groups, err := groupRows(ctx, a, rows, p.Group)
	if err != nil {
		return nil, err
	}
	summary := p.Summary
	if summary == "" {
		summary, err = listSummary(ctx, a, p.Filter)
		if err != nil {
			return nil, err
		}
	}
	date := p.Date
	if date.IsZero() {
		date = time.Now()
	}
	spec := DefaultSpec()
	b := newBuilder(spec, m, true, "Danh sách mô hình, điển hình")
	b.recordFlow()
	b.partyHeader(Header{Superior: set.Superior, Issuer: set.Issuer, NoNumber: true, Place: set.Place, Date: date})
	b.title("DANH SÁCH", summary)
	t := Table{Cols: []Column{
		{Title: "STT", W: 10, Align: Center, Fit: true},
		{Title: "Tên mô hình, điển hình", Align: Left},
		{Title: "Đơn vị thực hiện", W: 40, Align: Left},
		{Title: "Lĩnh vực", W: 24, Align: Left},
		{Title: "Loại", W: 19, Align: Left},
		{Title: "Năm", W: 11, Align: Center, Fit: true},
		{Title: "Công nhận gần nhất", W: 29, Align: Left},
		{Title: "Ghi chú", W: 45, Align: Left},
	}}
	n := 0
	for gi, g := range groups {
		if p.Group != GroupNone {
			t.Rows = append(t.Rows, GroupRow(fmt.Sprintf("%s. %s (%s)", roman(gi+1), g.title, vntext.FormatInt(int64(len(g.rows))))))
		}
		for _, r := range g.rows {
			n++
			rec := ""
			if r.RecStatus != "" {
				rec = fmt.Sprintf("%s năm %d", r.RecStatus.Label(), r.RecYear)
				if r.RecLevel != "" {
					rec += " (" + strings.ToLower(r.RecLevel) + ")"
				}
			}
			t.Rows = append(t.Rows, Row{Cells: []string{strconv.Itoa(n), r.Name, r.Unit, r.Field, r.Kind.ShortLabel(),
				strconv.Itoa(r.Year), rec, notes[r.ID]}})
		}
		if p.Group != GroupNone {
			t.Rows = append(t.Rows, SubtotalRow("", "Cộng: "+vntext.FormatInt(int64(len(g.rows)))+" mô hình, điển hình", "", "", "", "", "", ""))
		}
	}
	t.Rows = append(t.Rows, SubtotalRow("", "Tổng cộng: "+vntext.FormatInt(int64(n))+" mô hình, điển hình", "", "", "", "", "", ""))
	sg := Signer{Authority: set.SignAuthority, Title: set.SignerTitle, Name: set.SignerName}
	const gap = 4 // between the table and the signature
	signH, _, _ := b.signatureH(sg, set.Recipients)
	t.Keep = gap + signH
	b.table(t)
	b.space(gap)
	b.signature(sg, set.Recipients)
	return b.finish(), nil
}

// listGroup is the rows of one group of a list.
type listGroup struct {
	title string
	rows  []data.EntryRow
}

// groupRows divides rows, keeping their order within each group.
func groupRows(ctx context.Context, a *data.Archive, rows []data.EntryRow, g Grouping) ([]listGroup, error) {
	if g == GroupNone {
		return []listGroup{{rows: rows}}, nil
	}
	var key func(r data.EntryRow) (int64, string)
	var order []int64
	switch g {
	case GroupField:
		fields, err := a.Fields(ctx)
		if err != nil {
			return nil, err
		}
		for _, f := range fields {
			order = append(order, f.ID)
		}
		key = func(r data.EntryRow) (int64, string) { return r.FieldID, r.Field }
	case GroupUnit:
		units, err := a.Units(ctx)
		if err != nil {
			return nil, err
		}
		parent, name := map[int64]int64{}, map[int64]string{}
		for _, u := range units {
			parent[u.ID], name[u.ID] = u.ParentID, u.Name
			if u.ParentID == 0 {
				order = append(order, u.ID)
			}
		}
		key = func(r data.EntryRow) (int64, string) {
			id := r.UnitID
			for i := 0; i < 100 && parent[id] != 0; i++ {
				id = parent[id]
			}
			return id, name[id]
		}
	}
	byKey := map[int64]*listGroup{}
	for _, r := range rows {
		k, title := key(r)
		if byKey[k] == nil {
			byKey[k] = &listGroup{title: title}
		}
		byKey[k].rows = append(byKey[k].rows, r)
	}
	var out []listGroup
	for _, k := range order {
		if g := byKey[k]; g != nil {
			out = append(out, *g)
		}
	}
	return out, nil
}

// listSummary describes the filter: "mô hình, điển hình “Dân vận khéo”
// giai đoạn 2016–2020, lĩnh vực Kinh tế", starting lower-case as a trích
// yếu does (36-HD Phụ lục 3: "về quy hoạch cán bộ…").
func listSummary(ctx context.Context, a *data.Archive, f data.EntryFilter) (string, error) {
	s := "mô hình, điển hình “Dân vận khéo”"
	if f.Kind != "" {
		s = strings.ToLower(f.Kind.Label()) + " “Dân vận khéo”"
	}
	if f.PhaseID != 0 {
		ps, err := a.Phases(ctx)
		if err != nil {
			return "", err
		}
		for _, p := range ps {
			if p.ID == f.PhaseID {
				s += " giai đoạn " + p.Name
			}
		}
	}
	if f.Year != 0 {
		s += " đăng ký năm " + strconv.Itoa(f.Year)
	}
	if f.RecYear != 0 {
		s += " được công nhận năm " + strconv.Itoa(f.RecYear)
	}
	if f.UnitID != 0 {
		u, err := a.GetUnit(ctx, f.UnitID)
		if err != nil {
			return "", err
		}
		s += " của " + u.Name
	}
	if f.FieldID != 0 {
		fs, err := a.Fields(ctx)
		if err != nil {
			return "", err
		}
		for _, x := range fs {
			if x.ID == f.FieldID {
				s += ", lĩnh vực " + x.Name
			}
		}
	}
	return s, nil
}

// upperFirst capitalises the first letter (which may be "đ").
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// roman numbers the groups I, II, III…
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
