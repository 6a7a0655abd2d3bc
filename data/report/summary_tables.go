package report

import (
	"strconv"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// tableOf makes one of the report's tables and its numbered caption.
func (w *summaryWriter) tableOf(name string) (Table, string, bool) {
	var t Table
	var caption string
	switch name {
	case "bang_don_vi":
		t, caption = w.unitTable(), "Số mô hình, điển hình đăng ký theo đơn vị và lĩnh vực"
	case "bang_loai":
		t, caption = w.kindTable(), "Số mô hình, điển hình đăng ký theo loại"
	case "bang_cong_nhan":
		t, caption = w.recognitionTable(), "Kết quả công nhận mô hình, điển hình theo năm và cấp"
	case "bang_khen_thuong":
		t, caption = w.commendationTable(), "Khen thưởng theo hình thức và năm"
	default:
		return t, "", false
	}
	return t, "Bảng " + strconv.Itoa(w.tables+1) + ". " + caption, true
}

// tableStart is the height of a table's caption, header and first row:
// what must fit on a page for the table to start there.
func (w *summaryWriter) tableStart(name string) float64 {
	t, caption, ok := w.tableOf(name)
	if !ok {
		return 0
	}
	b, s := w.b, w.b.spec
	capH := float64(len(b.wrap(caption, s.SummaryCaption, Style{Bold: true}, b.width(), b.width()))) * s.lineH(s.SummaryCaption)
	return capH + s.SummaryCaptionGap + b.tableStart(t)
}

// table lays out one of the report's tables with its numbered caption,
// kept on the page of the table's header and first row.
func (w *summaryWriter) table(name string) {
	t, caption, ok := w.tableOf(name)
	if !ok {
		return
	}
	b, s := w.b, w.b.spec
	b.ensure(w.tableStart(name))
	w.placed[name] = true
	w.tables++
	b.paragraph(caption, para{size: s.SummaryCaption, style: Style{Bold: true}, align: Center, after: s.SummaryCaptionGap,
		role: RoleCaption})
	b.table(t)
	b.space(s.SummaryAfterTable)
}

// num formats a count of a table.
func summaryNum(n int) string { return vntext.FormatInt(int64(n)) }

// unitTable is the field × unit table of the entries registered in the
// period, one row per unit (sub-units rolled up) and a total row. Many
// fields make the numbers narrow: the unit column then gives way and the
// type gets smaller, so the table stays on an A4 portrait page.
func (w *summaryWriter) unitTable() Table {
	b, s, st := w.b, w.b.spec, w.d.reg
	nNum := float64(len(st.Fields) + 1)
	numW := (b.width() - s.SummarySTTCol - s.SummaryUnitCol) / nNum
	t := Table{}
	if numW < s.SummaryNumCol {
		t.Size = s.SummarySmallText
		unitW := max(s.SummaryUnitColMin, b.width()-s.SummarySTTCol-nNum*s.SummaryNumCol)
		numW = (b.width() - s.SummarySTTCol - unitW) / nNum
	}
	t.Cols = []Column{{Title: "STT", W: s.SummarySTTCol, Align: Center, Fit: true}, {Title: "Đơn vị", Align: Left}}
	for _, f := range st.Fields {
		t.Cols = append(t.Cols, Column{Title: f.Label, W: numW, Align: Center, Fit: true})
	}
	t.Cols = append(t.Cols, Column{Title: "Cộng", W: numW, Align: Center, Fit: true})
	for i, r := range st.ByUnit {
		cells := []string{strconv.Itoa(i + 1), r.Unit}
		for _, n := range r.ByField {
			cells = append(cells, summaryNum(n))
		}
		t.Rows = append(t.Rows, Row{Cells: append(cells, summaryNum(r.Total))})
	}
	total := []string{"", "Tổng cộng"}
	for _, f := range st.Fields {
		total = append(total, summaryNum(f.N))
	}
	t.Rows = append(t.Rows, SubtotalRow(append(total, summaryNum(st.Total))...))
	return t
}

// kindTable counts the entries registered in the period by kind, with each
// kind's share.
func (w *summaryWriter) kindTable() Table {
	s, st := w.b.spec, w.d.reg
	t := Table{Cols: []Column{
		{Title: "STT", W: s.SummarySTTCol, Align: Center, Fit: true},
		{Title: "Loại", Align: Left},
		{Title: "Số lượng", W: s.SummaryCountCol, Align: Center},
		{Title: "Tỷ lệ (%)", W: s.SummaryCountCol, Align: Center},
	}}
	share := func(n int) string {
		if st.Total == 0 {
			return ""
		}
		return vntext.FormatDecimal(float64(n)*100/float64(st.Total), 1)
	}
	for i, c := range st.ByKind {
		t.Rows = append(t.Rows, Row{Cells: []string{strconv.Itoa(i + 1), c.Label, summaryNum(c.N), share(c.N)}})
	}
	t.Rows = append(t.Rows, SubtotalRow("", "Tổng cộng", summaryNum(st.Total), share(st.Total)))
	return t
}

// recognitionTable counts the recognitions of each year of the period: the
// recognised ones at each level (tiêu biểu included), their total, the
// tiêu biểu among them, and those not recognised or dropped.
func (w *summaryWriter) recognitionTable() Table {
	s, d := w.b.spec, w.d
	type key struct {
		year  int
		level int64
	}
	rec := map[key]int{}
	used := map[int64]bool{}
	for _, c := range d.all.Recognitions {
		if c.Status.Recognised() && d.in(c.Year) {
			rec[key{c.Year, c.LevelID}] += c.N
			used[c.LevelID] = true
		}
	}
	var levels []*data.Level
	for _, l := range d.levels {
		if l.Active || used[l.ID] {
			levels = append(levels, l)
		}
	}
	if used[0] { // recognised without a level recorded
		levels = append(levels, &data.Level{Name: "Chưa ghi cấp"})
	}
	t := Table{Cols: []Column{{Title: "Năm", W: s.SummaryYearCol, Align: Center, Fit: true}}}
	for _, l := range levels {
		t.Cols = append(t.Cols, Column{Title: "Công nhận " + summaryLowerFirst(l.Name), Align: Center})
	}
	for _, h := range []string{"Tổng số được công nhận", "Trong đó tiêu biểu", "Không công nhận", "Loại bỏ"} {
		t.Cols = append(t.Cols, Column{Title: h, Align: Center})
	}
	sums := make([]int, len(levels)+4)
	for _, y := range d.years {
		cells := []string{strconv.Itoa(y)}
		vals := make([]int, 0, len(sums))
		total := 0
		for _, l := range levels {
			n := rec[key{y, l.ID}]
			total += n
			vals = append(vals, n)
		}
		vals = append(vals, total, d.all.Recognised(y, data.RecOutstanding),
			d.all.Recognised(y, data.RecNotRecognised), d.all.Recognised(y, data.RecDropped))
		for i, v := range vals {
			sums[i] += v
			cells = append(cells, summaryNum(v))
		}
		t.Rows = append(t.Rows, Row{Cells: cells})
	}
	if len(d.years) == 0 {
		t.Rows = append(t.Rows, GroupRow("Chưa có kết quả công nhận trong kỳ báo cáo."))
	}
	if len(d.years) > 1 {
		cells := []string{"Cộng"}
		for _, v := range sums {
			cells = append(cells, summaryNum(v))
		}
		t.Rows = append(t.Rows, SubtotalRow(cells...))
	}
	return t
}

// commendationTable counts the commendations of the period by form: those
// granted and those still proposed, a group of rows per year.
func (w *summaryWriter) commendationTable() Table {
	s, d := w.b.spec, w.d
	t := Table{Cols: []Column{
		{Title: "STT", W: s.SummarySTTCol, Align: Center, Fit: true},
		{Title: "Hình thức khen thưởng", Align: Left},
		{Title: "Đã khen thưởng", W: s.SummaryCountCol, Align: Center},
		{Title: "Đang đề nghị", W: s.SummaryCountCol, Align: Center},
	}}
	type row struct {
		form              string
		granted, proposed int
	}
	var years []int
	byYear := map[int][]*row{}
	index := map[[2]int64]*row{}
	for _, c := range d.all.Commendations { // by year, then the highest form first
		if !d.in(c.Year) || (c.Status != data.AwardGranted && c.Status != data.AwardProposed) {
			continue
		}
		k := [2]int64{int64(c.Year), c.FormID}
		r := index[k]
		if r == nil {
			if len(byYear[c.Year]) == 0 {
				years = append(years, c.Year)
			}
			r = &row{form: c.Form}
			index[k] = r
			byYear[c.Year] = append(byYear[c.Year], r)
		}
		if c.Status == data.AwardGranted {
			r.granted += c.N
		} else {
			r.proposed += c.N
		}
	}
	if len(years) == 0 {
		t.Rows = append(t.Rows, GroupRow("Không có khen thưởng trong kỳ báo cáo."))
		return t
	}
	granted, proposed := 0, 0
	for _, y := range years {
		if d.year == 0 {
			t.Rows = append(t.Rows, GroupRow("Năm "+strconv.Itoa(y)))
		}
		g, p := 0, 0
		for i, r := range byYear[y] {
			t.Rows = append(t.Rows, Row{Cells: []string{strconv.Itoa(i + 1), r.form, summaryNum(r.granted), summaryNum(r.proposed)}})
			g, p = g+r.granted, p+r.proposed
		}
		if len(years) > 1 && len(byYear[y]) > 1 {
			t.Rows = append(t.Rows, SubtotalRow("", "Cộng năm "+strconv.Itoa(y), summaryNum(g), summaryNum(p)))
		}
		granted, proposed = granted+g, proposed+p
	}
	return Table{Cols: t.Cols, Rows: append(t.Rows, SubtotalRow("", "Tổng cộng", summaryNum(granted), summaryNum(proposed)))}
}
