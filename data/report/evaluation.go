package report

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// EvaluationParams choose the evaluation sheets to print: one evaluation,
// an entry's evaluation of a year, or every evaluation of a year.
type EvaluationParams struct {
	EvaluationID int64 // this evaluation;
	EntryID      int64 // or this entry's evaluation of Year;
	Year         int   // or, with neither ID, every evaluation of Year, one sheet after another
	// Blank leaves the points, total, conclusion and comments empty so
	// assessors can score by hand; it is required for an entry not yet
	// scored in Year (the criteria are then those of the year's phase).
	Blank bool
}

// evalSheet is one evaluation sheet to lay out; ev is nil for a blank one.
type evalSheet struct {
	entry *data.Entry
	set   *data.CriteriaSet
	ev    *data.Evaluation
	year  int
}

// Evaluation lays out evaluation sheets (A4 portrait): the entry's
// identification, the criteria table with maximum and awarded points, the
// total, the conclusion with the thresholds, the comments and the
// evaluator's signature. Several sheets follow one another, each from a
// new page and numbered from its own second page, so a year's sheets can
// be printed at once and filed separately.
func Evaluation(ctx context.Context, a *data.Archive, p EvaluationParams, f *Fonts) (*Doc, error) {
	m, err := newMeasurer(f)
	if err != nil {
		return nil, err
	}
	lk, err := newSheetLookup(ctx, a)
	if err != nil {
		return nil, err
	}
	sheets, err := lk.sheets(ctx, p)
	if err != nil {
		return nil, err
	}
	out := &Doc{Title: "Phiếu đánh giá, chấm điểm"}
	if len(sheets) == 1 {
		out.Subject = sheets[0].entry.Name
	} else {
		out.Subject = fmt.Sprintf("Các phiếu chấm điểm năm %d", sheets[0].year)
	}
	for _, sh := range sheets {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out.Pages = append(out.Pages, lk.layoutSheet(m, sh).Pages...)
	}
	return out, nil
}

// sheets finds what p asks to print.
func (lk *sheetLookup) sheets(ctx context.Context, p EvaluationParams) ([]evalSheet, error) {
	var evs []*data.Evaluation
	switch {
	case p.EvaluationID != 0:
		ev, err := lk.a.GetEvaluation(ctx, p.EvaluationID)
		if err != nil {
			return nil, err
		}
		evs = append(evs, ev)
	case p.EntryID != 0:
		if p.Year == 0 {
			return nil, data.Errorf(data.EInvalid, "Hãy chọn năm chấm điểm.")
		}
		all, err := lk.a.EntryEvaluations(ctx, p.EntryID)
		if err != nil {
			return nil, err
		}
		for _, ev := range all {
			if ev.Year == p.Year {
				evs = append(evs, ev)
			}
		}
		if len(evs) == 0 {
			return lk.blankSheet(ctx, p)
		}
	case p.Year != 0:
		rows, _, err := lk.a.FindEvaluations(ctx, data.EvaluationFilter{Year: p.Year})
		if err != nil {
			return nil, err
		}
		if len(rows) == 0 {
			return nil, data.Errorf(data.ENotFound, "Năm %d chưa có phiếu chấm điểm nào.", p.Year)
		}
		for _, r := range rows {
			ev, err := lk.a.GetEvaluation(ctx, r.ID)
			if err != nil {
				return nil, err
			}
			evs = append(evs, ev)
		}
	default:
		return nil, data.Errorf(data.EInvalid, "Hãy chọn mô hình, điển hình và năm chấm điểm, hoặc in cả năm.")
	}
	out := make([]evalSheet, 0, len(evs))
	for _, ev := range evs {
		e, err := lk.a.GetEntry(ctx, ev.EntryID)
		if err != nil {
			return nil, err
		}
		set, err := lk.set(ctx, ev.SetID)
		if err != nil {
			return nil, err
		}
		sh := evalSheet{entry: e, set: set, ev: ev, year: ev.Year}
		if p.Blank {
			sh.ev = nil
		}
		out = append(out, sh)
	}
	return out, nil
}

// blankSheet is the sheet of an entry not scored in p.Year, with the
// criteria set of the year's phase.
func (lk *sheetLookup) blankSheet(ctx context.Context, p EvaluationParams) ([]evalSheet, error) {
	e, err := lk.a.GetEntry(ctx, p.EntryID)
	if err != nil {
		return nil, err
	}
	if !p.Blank {
		return nil, data.Errorf(data.ENotFound, "“%s” chưa được chấm điểm năm %d; có thể in phiếu trắng để chấm tay.", e.Name, p.Year)
	}
	for _, ph := range lk.phaseList {
		if p.Year < ph.StartYear || p.Year > ph.EndYear {
			continue
		}
		sets, err := lk.a.CriteriaSets(ctx, ph.ID)
		if err != nil {
			return nil, err
		}
		if len(sets) > 0 {
			return []evalSheet{{entry: e, set: sets[0], year: p.Year}}, nil
		}
	}
	return nil, data.Errorf(data.ENotFound, "Chưa có bộ tiêu chí chấm điểm cho năm %d.", p.Year)
}

// layoutSheet lays out one sheet as a document of its own.
func (lk *sheetLookup) layoutSheet(m *measurer, sh evalSheet) *Doc {
	s := DefaultSpec()
	b := newBuilder(s, m, false, "Phiếu đánh giá, chấm điểm")
	h := lk.header()
	h.DateLine = lk.settings.Place + ", ngày        tháng        năm " + strconv.Itoa(sh.year) // written by hand
	if sh.ev != nil {
		if t, ok := sh.ev.Date.Time(); ok {
			h.DateLine = vntext.PlaceDate(lk.settings.Place, t, vntext.PartyStyle)
		}
	}
	b.partyHeader(h)
	b.title("PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM", fmt.Sprintf("mô hình, điển hình “Dân vận khéo” năm %d", sh.year))
	e := sh.entry
	sheetLabel(b, "Tên mô hình, điển hình:", e.Name, s.Body, Style{Bold: true})
	sheetLabel(b, "Đơn vị thực hiện:", lk.units[e.UnitID], s.Body, Style{})
	sheetPair(b, "Loại:", e.Kind.Label(), "Lĩnh vực:", lk.fields[e.FieldID])
	sheetLabel(b, "Địa bàn:", sheetOrDots(b, e.Place, "Địa bàn:"), s.Body, Style{})
	b.y += s.ParaSpace
	b.table(sheetTable(s, sh.set, sh.ev))
	b.y += s.ParaSpace
	if sh.ev == nil {
		sheetLabel(b, "Kết luận:", sheetOrDots(b, "", "Kết luận:"), s.Body, Style{})
	} else {
		c := sh.ev.Conclusion
		if c == "" {
			c = "chưa xếp loại"
		}
		sheetLabel(b, "Kết luận:", c, s.Body, Style{Bold: true})
	}
	if note := sheetThresholds(sh.set); note != "" {
		b.paragraph(note, para{size: s.FormNote, style: Style{Italic: true}, align: Justify, indent: s.Indent, after: s.ParaSpace})
	}
	switch {
	case sh.ev == nil:
		sheetLabel(b, "Nhận xét:", sheetOrDots(b, "", "Nhận xét:"), s.Body, Style{})
		for i := 0; i < s.SheetBlankLines; i++ {
			b.paragraph(sheetDots(b, s.Body, b.width()), para{size: s.Body})
		}
	case strings.TrimSpace(sh.ev.Comments) != "":
		paras := sheetParas(sh.ev.Comments)
		sheetLabel(b, "Nhận xét:", paras[0], s.Body, Style{})
		for _, pr := range paras[1:] {
			b.paragraph(pr, para{size: s.Body, align: Justify, indent: s.Indent})
		}
	}
	signer, note, left := "", "(Ký, ghi rõ họ tên)", ""
	if sh.ev != nil {
		signer = sh.ev.Evaluator
		if signer != "" {
			note = ""
		}
		if sh.ev.Locked {
			left = "Phiếu đã khóa ngày " + vntext.FormatDate(sh.ev.UpdatedAt) + ", điểm không còn sửa được."
		}
	}
	sheetSign(b, "Người chấm", note, signer, left)
	return b.finish()
}

// sheetTable is the criteria table: a row per criterion under its group,
// and the total. A blank sheet leaves the awarded points empty.
func sheetTable(s Spec, set *data.CriteriaSet, ev *data.Evaluation) Table {
	t := Table{Size: s.SheetTable, Pad: s.SheetCellPadding, Cols: []Column{
		{Title: "STT", W: s.SheetNoW, Align: Center, Fit: true},
		{Title: "Tiêu chí", Align: Left},
		{Title: "Điểm tối đa", W: s.SheetPointsW, Align: Center},
		{Title: "Điểm chấm", W: s.SheetPointsW, Align: Center},
	}}
	groupMax := map[string]float64{}
	for _, c := range set.Criteria {
		groupMax[c.Group] += c.MaxPoints
	}
	group := ""
	for i, c := range set.Criteria {
		if c.Group != group && c.Group != "" {
			t.Rows = append(t.Rows, GroupRow(c.Group+" (tối đa "+vntext.FormatScore(groupMax[c.Group])+" điểm)"))
		}
		group = c.Group
		score := ""
		if ev != nil {
			if v, ok := ev.Scores[c.ID]; ok {
				score = vntext.FormatScore(v)
			}
		}
		t.Rows = append(t.Rows, Row{Cells: []string{strconv.Itoa(i + 1), c.Name, vntext.FormatScore(c.MaxPoints), score}})
	}
	total := ""
	if ev != nil {
		total = vntext.FormatScore(ev.Total)
	}
	t.Rows = append(t.Rows, SubtotalRow("", "Tổng cộng", vntext.FormatScore(set.MaxTotal()), total))
	return t
}

// sheetThresholds explains the conclusions: "(Xuất sắc: từ 90 điểm trở lên;
// Tốt: từ 75 đến dưới 90; …; Không đạt: dưới 50 điểm.)"
func sheetThresholds(set *data.CriteriaSet) string {
	ts := set.Descending()
	var parts []string
	for i, t := range ts {
		min := vntext.FormatScore(t.MinPoints)
		switch {
		case i == 0:
			parts = append(parts, t.Conclusion+": từ "+min+" điểm trở lên")
		case t.MinPoints <= 0:
			parts = append(parts, t.Conclusion+": dưới "+vntext.FormatScore(ts[i-1].MinPoints)+" điểm")
		default:
			parts = append(parts, t.Conclusion+": từ "+min+" đến dưới "+vntext.FormatScore(ts[i-1].MinPoints))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, "; ") + ".)"
}

// sheetLabel writes "label value" as one paragraph with a first-line
// indent: the label in regular type, the value in st, its lines after the
// first starting at the margin, as on a filled-in form.
func sheetLabel(b *builder, label, value string, size float64, st Style) {
	s := b.spec
	lead := s.Indent + b.m.width(label+" ", size, Style{})
	lh := s.lineH(size)
	lines := b.wrap(value, size, st, b.width()-lead, b.width())
	for i, l := range lines {
		b.ensure(lh)
		x, w := b.left, b.width()
		if i == 0 {
			b.line(b.left+s.Indent, b.y, lead-s.Indent, label, size, Style{}, Left)
			x, w = b.left+lead, b.width()-lead
		}
		al := Justify
		if i == len(lines)-1 {
			al = Left
		}
		b.line(x, b.y, w, l, size, st, al)
		b.y += lh
	}
}

// sheetPair writes two short labelled values on one line, the second from
// the middle of the line, or on two lines when they do not fit.
func sheetPair(b *builder, l1, v1, l2, v2 string) {
	s := b.spec
	w1 := b.m.width(l1+" "+v1, s.Body, Style{})
	w2 := b.m.width(l2+" "+v2, s.Body, Style{})
	x2 := max(b.left+s.Indent+w1+s.Indent, b.left+b.width()*0.45)
	if x2+w2 > b.right {
		sheetLabel(b, l1, v1, s.Body, Style{})
		sheetLabel(b, l2, v2, s.Body, Style{})
		return
	}
	b.ensure(s.lineH(s.Body))
	b.line(b.left+s.Indent, b.y, x2-b.left-s.Indent, l1+" "+v1, s.Body, Style{}, Left)
	b.line(x2, b.y, b.right-x2, l2+" "+v2, s.Body, Style{}, Left)
	b.y += s.lineH(s.Body)
}

// sheetDots is a dotted line w wide, to write on by hand.
func sheetDots(b *builder, size, w float64) string {
	n := int(w / b.m.width(".", size, Style{}))
	return strings.Repeat(".", max(n-1, 3))
}

// sheetOrDots returns value, or dots to the end of the line after label.
func sheetOrDots(b *builder, value, label string) string {
	if strings.TrimSpace(value) != "" {
		return value
	}
	s := b.spec
	return sheetDots(b, s.Body, b.width()-s.Indent-b.m.width(label+" ", s.Body, Style{}))
}

// sheetSign lays out a person's signature on the right ("NGƯỜI CHẤM", an
// optional note such as "(Ký, ghi rõ họ tên)", the signing space, the
// name) and a note on the left, kept together on one page.
func sheetSign(b *builder, title, note, name, left string) {
	s := b.spec
	h := s.lineH(s.SignTitle) + s.SheetSignSpace + s.lineH(s.SignName)
	if note != "" {
		h += s.lineH(s.FormNote)
	}
	lw := b.width() - s.SignW - 5
	var leftLines []string
	if left != "" {
		leftLines = b.wrap(left, s.FormNote, Style{Italic: true}, lw, lw)
	}
	h = max(h, float64(len(leftLines))*s.lineH(s.FormNote))
	b.ensure(h + 1)
	top := b.y + min(2*s.ParaSpace, max(1, b.room()-h)) // some air above it when the page has room
	rx := b.right - s.SignW
	y := top
	b.line(rx, y, s.SignW, strings.ToUpper(title), s.SignTitle, Style{Bold: true}, Center)
	y += s.lineH(s.SignTitle)
	if note != "" {
		b.line(rx, y, s.SignW, note, s.FormNote, Style{Italic: true}, Center)
		y += s.lineH(s.FormNote)
	}
	b.line(rx, y+s.SheetSignSpace, s.SignW, name, s.SignName, Style{Bold: true}, Center)
	for i, l := range leftLines {
		b.line(b.left, top+float64(i)*s.lineH(s.FormNote), lw, l, s.FormNote, Style{Italic: true}, Left)
	}
	b.y = top + h
}
