package exchange

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// planner reads the rows of one sheet against the archive's catalogue.
// It cleans a cell of the columns whose values repeat down a list (unit,
// field, kind, year…) once per distinct text, and finds each target's
// column once: per cell, legacy detection, NFC and folding were most of
// the dry run's time.
type planner struct {
	c      *catalogue
	o      Options
	col    map[Target]int
	mapped []int // the mapped columns, in their order
	memo   map[string]cleaned
	folds  map[string]string
	mu, mf map[string]*Missing
}

// cleaned is a cell's text as stored, and whether it was converted from a
// legacy encoding.
type cleaned struct {
	text string
	conv bool
}

// repeating are the targets whose values recur from row to row.
var repeating = map[Target]bool{TKind: true, TUnit: true, TField: true, TPhase: true, TYear: true,
	TPlace: true, TPosition: true, TRepCount: true}

func newPlanner(c *catalogue, m *Mapping, o Options) *planner {
	p := &planner{c: c, o: o, col: map[Target]int{}, memo: map[string]cleaned{}, folds: map[string]string{},
		mu: map[string]*Missing{}, mf: map[string]*Missing{}}
	for i, t := range m.Columns {
		if _, seen := p.col[t]; !seen && t != Ignore {
			p.col[t] = i
			p.mapped = append(p.mapped, i)
		}
	}
	return p
}

// fold is folded for text already cleaned (legacy text converted), with
// the names of units and fields remembered.
func (p *planner) fold(s string) string {
	if f, ok := p.folds[s]; ok {
		return f
	}
	f := foldClean(s)
	p.folds[s] = f
	return f
}

// foldClean is the folded words of text already in Unicode.
func foldClean(s string) string { return strings.Join(vntext.Words(s), " ") }

// entryKey identifies an entry as the duplicate check sees it: its name
// folded, its unit and its phase.
func entryKey(foldedName string, unit, phase int64) string {
	return foldedName + "|" + strconv.FormatInt(unit, 10) + "|" + strconv.FormatInt(phase, 10)
}

// row reads one row into an entry and decides its fate.
func (p *planner) row(row []Cell, n int) RowPlan {
	c, o := p.c, p.o
	rp := RowPlan{Row: n}
	get := func(t Target) (Cell, bool) {
		i, ok := p.col[t]
		if !ok || i >= len(row) {
			return Cell{}, false
		}
		return row[i], true
	}
	blank := true
	for _, cl := range row {
		if strings.TrimSpace(cl.Text) != "" {
			blank = false
			break
		}
	}
	if blank {
		rp.Fate, rp.Reason = FateSkipped, "Dòng trống."
		return rp
	}
	fail := func(cl Cell, format string, args ...any) RowPlan {
		rp.Fate = FateError
		rp.Reason = fmt.Sprintf(format, args...)
		if ref := cl.Ref(); ref != "" {
			rp.Reason = "Ô " + ref + ": " + rp.Reason
		}
		return rp
	}
	for _, i := range p.mapped {
		if i < len(row) && row[i].Err {
			return fail(row[i], "có lỗi công thức (%s); hãy sửa trong Excel.", strings.TrimSpace(row[i].Text))
		}
	}
	nameCell, _ := get(TName)
	e := &rp.Entry
	text := func(t Target) string {
		cl, ok := get(t)
		if !ok || cl.Text == "" {
			return ""
		}
		var v cleaned
		if repeating[t] {
			var seen bool
			if v, seen = p.memo[cl.Text]; !seen {
				v.text, v.conv = clean(cl)
				p.memo[cl.Text] = v
			}
		} else {
			v.text, v.conv = clean(cl)
		}
		rp.Converted = rp.Converted || v.conv
		return v.text
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
	if len(e.Name) > 500 && len([]rune(e.Name)) > 500 {
		return fail(nameCell, "tên dài quá 500 ký tự.")
	}
	for _, f := range data.EntryFields() {
		if p := f.Text(e); p != nil && targetOf(f) != TName {
			*p = text(targetOf(f))
		}
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
		fph := p.fold(ph)
		for _, ap := range c.phases {
			if fp := p.fold(ap.Name); strings.Contains(fph, fp) { // equal, or the name within "Giai đoạn 2016–2020"
				e.PhaseID = ap.ID
			}
		}
		if e.PhaseID == 0 {
			return fail(phCell, "không có giai đoạn “%s” trong danh mục.", ph)
		}
	} else if o.PhaseID != 0 {
		e.PhaseID = o.PhaseID
	} else {
		for _, ap := range c.phases {
			if e.Year >= ap.StartYear && e.Year <= ap.EndYear {
				e.PhaseID = ap.ID
			}
		}
	}
	for _, ap := range c.phases {
		if ap.ID == e.PhaseID && (e.Year < ap.StartYear || e.Year > ap.EndYear) {
			return fail(yearCell, "năm %d không thuộc giai đoạn %s.", e.Year, ap.Name)
		}
	}
	for _, r := range []struct {
		t       Target
		def     int64
		choices map[string]int64
		missing map[string]*Missing
		find    func(name, folded string) int64
	}{
		{TUnit, o.UnitID, o.Units, p.mu, c.unitID},
		{TField, o.FieldID, o.Fields, p.mf, c.fieldID},
	} {
		if !p.resolveRef(&rp, r.t, text(r.t), r.def, r.choices, r.missing, r.find) {
			cl, _ := get(r.t)
			return fail(cl, "%s", rp.Reason)
		}
	}
	rp.Fate = FateNew
	rp.key = entryKey(foldClean(e.Name), e.UnitID, e.PhaseID)
	if rp.NewUnit == "" {
		if k, ok := c.existing(rp.key, e.Name); ok {
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
func (p *planner) resolveRef(rp *RowPlan, t Target, name string, def int64, choices map[string]int64, missing map[string]*Missing, find func(name, folded string) int64) bool {
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
	f := p.fold(name)
	if id := find(name, f); id != 0 {
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
	if p.o.CreateMissing {
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
