package report

import (
	"strings"

	"github.com/danvankheo/danvankheo/data/docx"
)

// header lays the two columns out as a borderless table of two rows: the
// bodies and the Party's name over its rule above, the number and the
// place and date below, so the number and the date share a line as in
// the PDF. Where the columns of the PDF overlap (portrait: 80 + 95 mm on
// 165), the right one gives way: the issuing body's name fills the left
// one (75.6 mm of 80), and the motto and the date are narrower than the
// right one's 85 mm, which then stands 5 mm right of the PDF's.
func (w *wordWriter) header(h HeaderBlock) {
	s := w.spec
	left, right := s.HeaderLeftW, s.HeaderRightW
	cols := []float64{left, w.width - left - right, right}
	if left+right > w.width {
		right = w.width - left
		cols = []float64{left, right}
	}
	last := len(cols) - 1
	cell := func(ps ...docx.Paragraph) docx.Cell { return docx.Cell{Paras: ps} }
	top := make([]docx.Cell, len(cols))
	bottom := make([]docx.Cell, len(cols))
	var lines []docx.Paragraph
	for _, l := range h.Left {
		lines = append(lines, w.para(wsHeader, func(p *docx.ParaProps) { p.Line = docx.Pt(l.Size * s.LineFactor) },
			w.textRun(wsHeader, l.Text, l.Size, l.Style)))
	}
	top[0] = cell(lines...)
	top[last] = cell(
		w.para(wsHeader, func(p *docx.ParaProps) { p.Line = docx.Pt(s.PartyMotto * s.LineFactor) },
			w.textRun(wsHeader, h.Motto, s.PartyMotto, Style{Bold: true})),
		w.rule(h.MottoRule, right, 0.3, 0))
	if h.Number != "" {
		bottom[0] = cell(w.para(wsHeader, func(*docx.ParaProps) {}, w.textRun(wsHeader, h.Number, s.Number, Style{})))
	}
	if h.Date != "" {
		bottom[last] = cell(w.para(wsHeader, func(*docx.ParaProps) {}, w.textRun(wsHeader, h.Date, s.PlaceDate, Style{Italic: true})))
	}
	w.addTable(&docx.Table{Widths: widths(cols), Rows: []docx.Row{{Cells: top, CantSplit: true}, {Cells: bottom, CantSplit: true}}})
	w.space = s.AfterHeader
}

// title lays out the document type, its trích yếu and note, and the short
// rule under them.
func (w *wordWriter) title(t TitleBlock) {
	s := w.spec
	w.add(w.para(wsKind, func(*docx.ParaProps) {}, docx.Run{Text: t.Kind, Props: w.run(wsKind)}))
	if t.Summary != "" {
		w.add(w.para(wsSummary, func(*docx.ParaProps) {}, docx.Run{Text: t.Summary, Props: w.run(wsSummary)}))
	}
	if t.Note != "" {
		w.add(w.para(wsSummary, func(*docx.ParaProps) {}, w.textRun(wsSummary, t.Note, s.AttachNote, Style{Italic: true})))
	}
	w.add(w.rule(titleRule, w.width, titleRuleGap, s.AfterTitle))
}

// wordRoles name the style of each role of paragraph.
var wordRoles = map[Role]string{RoleBody: wsBody, RoleHeading: wsHeading, RoleCaption: wsCaption}

// wordAligns are the PDF's alignments in Word.
var wordAligns = map[Align]docx.Align{Left: docx.Left, Center: docx.Center, Right: docx.Right, Justify: docx.Both}

// paragraph is a paragraph of its role's style, as the PDF sets it.
func (w *wordWriter) paragraph(b ParagraphBlock) {
	style := wordRoles[b.Role]
	w.add(w.para(style, func(p *docx.ParaProps) {
		p.Align, p.FirstLine, p.Left, p.Right = wordAligns[b.Align], docx.MM(b.Indent), docx.MM(b.Left), docx.MM(b.Right)
		p.After, p.Line = docx.MM(b.After), docx.Pt(b.Size*w.spec.LineFactor)
	}, w.textRun(style, b.Text, b.Size, b.Style)))
}

// addressee is "Kính gửi:" with whom to in bold, one a line after the
// label: a hanging indent as wide as the label, where the PDF puts it.
func (w *wordWriter) addressee(a AddresseeBlock) {
	runs := []docx.Run{w.textRun(wsText, a.Label, a.Size, Style{})}
	for i, l := range a.Lines {
		r := w.textRun(wsText, l, a.Size, Style{Bold: true})
		r.Break = i > 0
		runs = append(runs, r)
	}
	w.add(w.para(wsText, func(p *docx.ParaProps) {
		p.Left, p.Hanging, p.After = docx.MM(a.Left+a.LabelW), docx.MM(a.LabelW), docx.MM(a.After)
		p.Line = docx.Pt(a.Size * w.spec.LineFactor)
	}, runs...))
}

// table is a table as the PDF draws it: the heading row bold on grey and
// repeated on every page, group headings across the table and kept with
// their first row, subtotals bold, no row split across pages, and the
// tail kept with what follows the table.
func (w *wordWriter) table(t TableBlock) {
	out := &docx.Table{Widths: widths(t.Widths), Border: 4, CellX: docx.MM(t.Pad), CellY: docx.MM(t.Pad)}
	line := docx.Pt(t.Size * t.Line)
	cellPara := func(style, text string, al Align, st Style, keep bool) docx.Paragraph {
		return w.para(style, func(p *docx.ParaProps) { p.Align, p.Line, p.KeepNext = wordAligns[al], line, keep },
			w.textRun(style, strings.Join(strings.Fields(text), " "), t.Size, st))
	}
	head := docx.Row{Header: true, CantSplit: true}
	for _, c := range t.Cols {
		head.Cells = append(head.Cells, docx.Cell{Fill: "EBEBEB", Paras: []docx.Paragraph{cellPara(wsTableHd, c.Title, Center, Style{Bold: true}, false)}})
	}
	out.Rows = append(out.Rows, head)
	for i, r := range t.Rows {
		keep := t.Tail >= 0 && i >= t.Tail
		row := docx.Row{CantSplit: true}
		switch r.kind {
		case rowGroup:
			row.Cells = []docx.Cell{{Span: len(t.Cols), Fill: "F8F8F8",
				Paras: []docx.Paragraph{cellPara(wsTableTx, r.Cells[0], Left, Style{Bold: true}, true)}}}
		default:
			for j, c := range t.Cols {
				text := ""
				if j < len(r.Cells) {
					text = r.Cells[j]
				}
				row.Cells = append(row.Cells, docx.Cell{Paras: []docx.Paragraph{
					cellPara(wsTableTx, text, c.Align, Style{Bold: r.kind == rowSubtotal}, keep)}})
			}
		}
		out.Rows = append(out.Rows, row)
	}
	w.addTable(out)
}

// signature lays out "Nơi nhận" and the signature side by side in a
// borderless table of one row that does not split: the recipients as wide
// as in the PDF, the signature's column flush right.
func (w *wordWriter) signature(sg SignatureBlock) {
	s := w.spec
	leftW := w.width - s.SignW
	var left []docx.Paragraph
	if len(sg.Recipients) > 0 {
		left = append(left, w.para(wsRecips, func(p *docx.ParaProps) {
			p.Before, p.Line, p.Right = docx.MM(signGap), docx.Pt(s.RecipientsLabel*s.LineFactor), docx.MM(max(0, leftW-sg.RecipientsW))
		}, w.textRun(wsRecips, "Nơi nhận:", s.RecipientsLabel, Style{Underline: true})))
		for _, r := range sg.Recipients {
			left = append(left, w.para(wsRecips, func(p *docx.ParaProps) {
				// A wrapped line hangs under the text, not the dash.
				p.Left, p.Hanging, p.Right = docx.MM(3), docx.MM(3), docx.MM(max(0, leftW-sg.RecipientsW))
			}, docx.Run{Text: r, Props: w.run(wsRecips)}))
		}
	}
	var right []docx.Paragraph
	for i, l := range sg.Lines {
		right = append(right, w.para(wsSign, func(p *docx.ParaProps) {
			if i == 0 {
				p.Before = docx.MM(signGap)
			}
		}, docx.Run{Text: l, Props: w.run(wsSign)}))
	}
	right = append(right, w.para(wsSign, func(p *docx.ParaProps) { p.Before = docx.MM(s.SignSpace) },
		w.textRun(wsSign, sg.Name, s.SignName, Style{Bold: true})))
	w.keepWithNext()
	w.addTable(&docx.Table{Widths: widths([]float64{leftW, s.SignW}),
		Rows: []docx.Row{{CantSplit: true, Cells: []docx.Cell{{Paras: left}, {Paras: right}}}}})
}

// keepWithNext keeps what ends the body with the signature about to be
// added, as the PDF never signs alone on a page: the space before it, the
// last paragraph (the total of a list, the closing sentence of a report),
// and through the tail rows of a list's table (see TableBlock.Tail).
func (w *wordWriter) keepWithNext() {
	if w.space > 0 {
		w.body = append(w.body, w.spacer(w.space))
		w.space = 0
	}
	for i := len(w.body) - 1; i >= 0; i-- {
		p, ok := w.body[i].(*docx.Paragraph)
		if !ok {
			return
		}
		p.Props.KeepNext = true
		for _, r := range p.Runs {
			if r.Text != "" {
				return
			}
		}
	}
}
