package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// xw writes WordprocessingML into a buffer. Elements are written by hand,
// in the order the schema requires, rather than with encoding/xml: a list
// of a thousand rows is tens of thousands of elements, and the writer is
// the simpler for knowing only the few it needs.
type xw struct {
	strings.Builder
	styles map[string]*Style
}

func (w *xw) s(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// text writes s escaped, in NFC (Vietnamese typed decomposed would show
// its marks apart in some fonts), without the characters XML 1.0 cannot
// hold.
func (w *xw) text(s string) {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	for _, r := range s {
		switch {
		case r == '&':
			w.WriteString("&amp;")
		case r == '<':
			w.WriteString("&lt;")
		case r == '>':
			w.WriteString("&gt;")
		case r == '"':
			w.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r':
			w.WriteByte(' ')
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			// not allowed in XML
		default:
			w.WriteRune(r)
		}
	}
}

// para writes a paragraph; sect, when not empty, is the sectPr that ends
// its section.
func (w *xw) para(p *Paragraph, sect string) {
	st := w.style(p.Style)
	w.s("<w:p>")
	pp := w.pPr(p.Style, p.Props, st.Para)
	if pp != "" || sect != "" {
		w.s("<w:pPr>", pp, sect, "</w:pPr>")
	}
	for _, r := range p.Runs {
		w.run(r, st.Run)
	}
	w.s("</w:p>")
}

// style returns the style of the ID, or the default (first) style.
func (w *xw) style(id string) *Style {
	if s := w.styles[id]; s != nil {
		return s
	}
	return w.styles[""]
}

// pPr is the inside of a paragraph's pPr: its style and what differs from
// it (base).
func (w *xw) pPr(style string, p, base ParaProps) string {
	var b strings.Builder
	if style != "" {
		b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
	}
	b.WriteString(paraDiff(p, base))
	return b.String()
}

// paraDiff writes the properties of p that differ from base, in the
// schema's order.
func paraDiff(p, base ParaProps) string {
	var b strings.Builder
	onOff := func(name string, v, was bool) {
		if v != was {
			b.WriteString("<w:" + name + onOffVal(v) + "/>")
		}
	}
	onOff("keepNext", p.KeepNext, base.KeepNext)
	onOff("keepLines", p.KeepLines, base.KeepLines)
	if p.TopRule != base.TopRule {
		if p.TopRule > 0 {
			b.WriteString(`<w:pBdr><w:top w:val="single" w:sz="` + itoa(p.TopRule) + `" w:space="0" w:color="000000"/></w:pBdr>`)
		} else {
			b.WriteString(`<w:pBdr><w:top w:val="nil"/></w:pBdr>`)
		}
	}
	if p.Before != base.Before || p.After != base.After || p.Line != base.Line || p.Exact != base.Exact {
		b.WriteString(`<w:spacing w:before="` + itoa(int(p.Before)) + `" w:after="` + itoa(int(p.After)) + `"`)
		switch {
		case p.Line == 0:
			b.WriteString(` w:line="240" w:lineRule="auto"`)
		case p.Exact:
			b.WriteString(` w:line="` + itoa(int(p.Line)) + `" w:lineRule="exact"`)
		default:
			b.WriteString(` w:line="` + itoa(int(p.Line)) + `" w:lineRule="atLeast"`)
		}
		b.WriteString("/>")
	}
	if p.Left != base.Left || p.Right != base.Right || p.FirstLine != base.FirstLine || p.Hanging != base.Hanging {
		b.WriteString(`<w:ind w:left="` + itoa(int(p.Left)) + `" w:right="` + itoa(int(p.Right)) + `"`)
		if p.Hanging > 0 {
			b.WriteString(` w:hanging="` + itoa(int(p.Hanging)) + `"`)
		} else {
			b.WriteString(` w:firstLine="` + itoa(int(p.FirstLine)) + `"`)
		}
		b.WriteString("/>")
	}
	if p.Align != base.Align {
		b.WriteString(`<w:jc w:val="` + [...]string{"left", "center", "right", "both"}[p.Align] + `"/>`)
	}
	return b.String()
}

func onOffVal(v bool) string {
	if v {
		return ""
	}
	return ` w:val="0"`
}

// runDiff writes the properties of r that differ from base.
func runDiff(r, base RunProps) string {
	var b strings.Builder
	if r.Bold != base.Bold {
		b.WriteString("<w:b" + onOffVal(r.Bold) + "/><w:bCs" + onOffVal(r.Bold) + "/>")
	}
	if r.Italic != base.Italic {
		b.WriteString("<w:i" + onOffVal(r.Italic) + "/><w:iCs" + onOffVal(r.Italic) + "/>")
	}
	if r.Size != base.Size && r.Size > 0 {
		hp := itoa(int(r.Size*2 + 0.5))
		b.WriteString(`<w:sz w:val="` + hp + `"/><w:szCs w:val="` + hp + `"/>`)
	}
	if r.Underline != base.Underline {
		u := "none"
		if r.Underline {
			u = "single"
		}
		b.WriteString(`<w:u w:val="` + u + `"/>`)
	}
	return b.String()
}

func (w *xw) run(r Run, base RunProps) {
	w.s("<w:r>")
	if rp := runDiff(r.Props, base); rp != "" {
		w.s("<w:rPr>", rp, "</w:rPr>")
	}
	if r.Break {
		w.s("<w:br/>")
	}
	if r.Field != "" {
		w.s(`<w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> `, r.Field,
			` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>`)
	} else if r.Text != "" {
		w.s(`<w:t xml:space="preserve">`)
		w.text(r.Text)
		w.s("</w:t>")
	}
	w.s("</w:r>")
}

// table writes a table with fixed column widths.
func (w *xw) table(t *Table) {
	total := 0
	for _, c := range t.Widths {
		total += int(c)
	}
	w.s(`<w:tbl><w:tblPr><w:tblW w:w="`, itoa(total), `" w:type="dxa"/>`)
	if t.Indent != 0 {
		w.s(`<w:tblInd w:w="`, itoa(int(t.Indent)), `" w:type="dxa"/>`)
	}
	line := `w:val="nil"`
	if t.Border > 0 {
		line = `w:val="single" w:sz="` + itoa(t.Border) + `" w:space="0" w:color="000000"`
	}
	w.s("<w:tblBorders>")
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		w.s("<w:", side, " ", line, "/>")
	}
	w.s(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>`,
		`<w:top w:w="`, itoa(int(t.CellY)), `" w:type="dxa"/><w:left w:w="`, itoa(int(t.CellX)), `" w:type="dxa"/>`,
		`<w:bottom w:w="`, itoa(int(t.CellY)), `" w:type="dxa"/><w:right w:w="`, itoa(int(t.CellX)), `" w:type="dxa"/>`,
		`</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, c := range t.Widths {
		w.s(`<w:gridCol w:w="`, itoa(int(c)), `"/>`)
	}
	w.s("</w:tblGrid>")
	for _, r := range t.Rows {
		w.s("<w:tr>")
		if r.Header || r.CantSplit {
			w.s("<w:trPr>")
			if r.CantSplit {
				w.s("<w:cantSplit/>")
			}
			if r.Header {
				w.s("<w:tblHeader/>")
			}
			w.s("</w:trPr>")
		}
		col := 0
		for _, c := range r.Cells {
			span := max(c.Span, 1)
			width := 0
			for i := col; i < col+span && i < len(t.Widths); i++ {
				width += int(t.Widths[i])
			}
			col += span
			w.s(`<w:tc><w:tcPr><w:tcW w:w="`, itoa(width), `" w:type="dxa"/>`)
			if span > 1 {
				w.s(`<w:gridSpan w:val="`, itoa(span), `"/>`)
			}
			if c.Fill != "" {
				w.s(`<w:shd w:val="clear" w:color="auto" w:fill="`, c.Fill, `"/>`)
			}
			w.s("</w:tcPr>")
			if len(c.Paras) == 0 {
				w.s("<w:p/>") // a cell holds at least one paragraph
			}
			for i := range c.Paras {
				w.para(&c.Paras[i], "")
			}
			w.s("</w:tc>")
		}
		w.s("</w:tr>")
	}
	w.s("</w:tbl>")
}
