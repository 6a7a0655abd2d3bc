package report

// Column is a table column: its heading, width (0: share what the other
// columns leave) and alignment. Fit widens the column to its widest value
// as printed, so a number ("1.045", "2026") never wraps inside its cell;
// W is then the least width.
type Column struct {
	Title string
	W     float64
	Align Align
	Fit   bool
}

// rowKind says how a table row is drawn.
type rowKind int

const (
	rowNormal   rowKind = iota
	rowGroup            // a heading spanning the table, kept with the row after it
	rowSubtotal         // bold
)

// Row is one row of a table.
type Row struct {
	Cells []string
	kind  rowKind
}

// GroupRow makes a heading row that spans the table.
func GroupRow(title string) Row { return Row{Cells: []string{title}, kind: rowGroup} }

// SubtotalRow makes a bold row.
func SubtotalRow(cells ...string) Row { return Row{Cells: cells, kind: rowSubtotal} }

// Table is what table lays out: its header row is repeated on every page.
type Table struct {
	Cols []Column
	Rows []Row
	Size float64 // type size; 0 means Spec.TableText
	Pad  float64 // cell padding; 0 means Spec.CellPadding
	// Keep is the height of what must follow the last row on its page
	// (the signature of a list). When it does not fit there, the table's
	// tail goes to a new page with it, so the page signed holds rows of
	// the table: a signature alone on a page would sign nothing. The tail
	// is the last two rows of entries and the rows after them (subtotals),
	// or the last group from its heading when it has fewer.
	Keep float64
}

// metrics returns the table's type size, cell padding and line height.
func (b *builder) metrics(t Table) (size, pad, lh float64) {
	size, pad = t.Size, t.Pad
	if size == 0 {
		size = b.spec.TableText
	}
	if pad == 0 {
		pad = b.spec.CellPadding
	}
	return size, pad, size * ptMM * b.spec.TableLine
}

// headings returns the titles of the columns: the heading row.
func (t Table) headings() []string {
	out := make([]string, len(t.Cols))
	for i, c := range t.Cols {
		out[i] = c.Title
	}
	return out
}

// rowH is the height table gives a row of these cells, not spanning the
// table.
func (b *builder) rowH(t Table, cells []string, st Style) float64 {
	size, pad, lh := b.metrics(t)
	widths := b.colWidths(t)
	n := 1
	for i, c := range cells {
		if i < len(widths) {
			n = max(n, len(b.wrap(c, size, st, widths[i]-2*pad, widths[i]-2*pad)))
		}
	}
	return float64(n)*lh + 2*pad
}

// tableStart is the height of t's heading row and first row, the least of
// it that may start a page: a heading or caption before t needs that much
// room under it. When the whole table is its tail (see Keep), that is all
// of it and what it keeps.
func (b *builder) tableStart(t Table) float64 {
	h := b.rowH(t, t.headings(), Style{Bold: true})
	if len(t.Rows) > 0 {
		h += b.rowH(t, t.Rows[0].Cells, Style{Bold: t.Rows[0].kind != rowNormal})
	}
	if len(t.Rows) > 1 && t.tail() == 0 {
		h = b.rowH(t, t.headings(), Style{Bold: true}) + t.Keep
		for _, r := range t.Rows {
			if r.kind == rowGroup {
				h += b.spanH(t, r.Cells[0])
				continue
			}
			h += b.rowH(t, r.Cells, Style{Bold: r.kind != rowNormal})
		}
	}
	return h
}

// spanH is the height of a row spanning the table.
func (b *builder) spanH(t Table, text string) float64 {
	size, pad, lh := b.metrics(t)
	return float64(len(b.wrap(text, size, Style{Bold: true}, b.width()-2*pad, b.width()-2*pad)))*lh + 2*pad
}

// tail is the index of the first row of the table's tail: the last two
// rows of entries and what follows them, from the last group's heading
// when that group has fewer.
func (t Table) tail() int {
	entries := 0
	for i := len(t.Rows) - 1; i >= 0; i-- {
		switch t.Rows[i].kind {
		case rowGroup:
			return i
		case rowNormal:
			if entries++; entries == 2 {
				return i
			}
		}
	}
	return 0
}

// table lays out t across pages. A row never splits; a group heading never
// ends a page.
func (b *builder) table(t Table) {
	size, pad, lh := b.metrics(t)
	widths := b.colWidths(t)
	if b.sec != nil {
		tail := -1
		if t.Keep > 0 {
			tail = t.tail()
		}
		b.rec(TableBlock{Cols: t.Cols, Widths: widths, Rows: t.Rows, Size: size, Pad: pad, Line: b.spec.TableLine, Tail: tail})
	}
	layout := func(cells []string, st Style, span bool) ([][]string, float64) {
		out := make([][]string, len(cells))
		n := 1
		for i, c := range cells {
			w := widths[i]
			if span {
				w = b.width()
			}
			out[i] = b.wrap(c, size, st, w-2*pad, w-2*pad)
			n = max(n, len(out[i]))
		}
		return out, float64(n)*lh + 2*pad
	}
	headStyle := Style{Bold: true}
	headLines, headH := layout(t.headings(), headStyle, false)
	drawRow := func(lines [][]string, h float64, st Style, aligns func(i int) Align, fill uint8, span bool) {
		x := b.left
		for i := range lines {
			w := widths[i]
			if span {
				w = b.width()
			}
			b.add(Rect{X: x, Y: b.y, W: w, H: h, Width: 0.2, Fill: fill})
			for k, l := range lines[i] {
				b.line(x+pad, b.y+pad+float64(k)*lh, w-2*pad, l, size, st, aligns(i))
			}
			x += w
		}
		b.y += h
	}
	header := func() {
		drawRow(headLines, headH, headStyle, func(int) Align { return Center }, 235, false)
	}
	// The heading row never stands alone at the foot of a page: it needs
	// the first row (and a group heading its first row) below it.
	first := lh + 2*pad
	if len(t.Rows) > 0 {
		_, first = layout(t.Rows[0].Cells, Style{Bold: t.Rows[0].kind != rowNormal}, t.Rows[0].kind == rowGroup)
		if t.Rows[0].kind == rowGroup && len(t.Rows) > 1 {
			_, next := layout(t.Rows[1].Cells, Style{}, t.Rows[1].kind == rowGroup)
			first += next
		}
	}
	tail := t.tail()
	rowStyle := func(r Row) Style { return Style{Bold: r.kind != rowNormal} }
	tailH := t.Keep
	for _, r := range t.Rows[tail:] {
		_, h := layout(r.Cells, rowStyle(r), r.kind == rowGroup)
		tailH += h
	}
	if tail == 0 && len(t.Rows) > 0 {
		first = max(first, tailH)
	}
	b.ensure(headH + first)
	header()
	fresh := true // the page holds only the heading row
	colAlign := func(i int) Align { return t.Cols[i].Align }
	for i, r := range t.Rows {
		st := rowStyle(r)
		span := r.kind == rowGroup
		lines, h := layout(r.Cells, st, span)
		need := h
		if span && i+1 < len(t.Rows) {
			_, next := layout(t.Rows[i+1].Cells, Style{}, t.Rows[i+1].kind == rowGroup)
			need += next
		}
		// The tail starts a page with the header when it and what it keeps
		// do not fit under the rows already here.
		if i == tail && !fresh && tailH > b.room() {
			need = b.room() + 1
		}
		if need > b.room() {
			b.addPage()
			header()
		}
		fresh = false
		fill := uint8(0)
		if span {
			fill = 248
			drawRow(lines, h, st, func(int) Align { return Left }, fill, true)
			continue
		}
		drawRow(lines, h, st, colAlign, fill, false)
	}
}

// colWidths shares the text width among the columns without a width,
// after widening each Fit column to its widest value.
func (b *builder) colWidths(t Table) []float64 {
	cols := t.fitted(b)
	fixed, free := 0.0, 0
	for _, c := range cols {
		if c.W > 0 {
			fixed += c.W
		} else {
			free++
		}
	}
	out := make([]float64, len(cols))
	for i, c := range cols {
		out[i] = c.W
		if c.W == 0 {
			out[i] = max(10, (b.width()-fixed)/float64(max(free, 1)))
		}
	}
	return out
}

// fitted returns the columns with each Fit column as wide as its widest
// cell, measured with the font the PDF uses (in bold on subtotal rows).
// Headings do not count: they are words and may wrap; group headings span
// the table.
func (t Table) fitted(b *builder) []Column {
	cols := t.Cols
	fit := false
	for _, c := range cols {
		fit = fit || c.Fit
	}
	if !fit {
		return cols
	}
	size, pad, _ := b.metrics(t)
	cols = append([]Column(nil), cols...)
	for i := range cols {
		if !cols[i].Fit {
			continue
		}
		w := 0.0
		seen := map[string]bool{}
		for _, r := range t.Rows {
			if r.kind == rowGroup || i >= len(r.Cells) || seen[r.Cells[i]] {
				continue
			}
			seen[r.Cells[i]] = true
			w = max(w, b.m.width(r.Cells[i], size, Style{Bold: r.kind != rowNormal}))
		}
		// A hair over the text: wrap breaks a line wider than its cell.
		cols[i].W = max(cols[i].W, w+2*pad+0.2)
	}
	return cols
}
