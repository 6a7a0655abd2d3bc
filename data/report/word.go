package report

import (
	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/docx"
)

// Style IDs of the Word documents; their names, which Word shows, are
// Vietnamese (wordStyles).
const (
	wsText     = "VanBan"
	wsHeader   = "DauVanBan"
	wsKind     = "TenLoaiVanBan"
	wsSummary  = "TrichYeu"
	wsBody     = "NoiDung"
	wsHeading  = "DeMuc"
	wsCaption  = "TenBang"
	wsTableHd  = "TieuDeBang"
	wsTableTx  = "NoiDungBang"
	wsRecips   = "NoiNhan"
	wsSign     = "ChuKy"
	wsPageNumb = "SoTrang"
)

// RenderDOCX writes the document as a Word file (.docx) from its flow (see
// flow.go): the same header, title, paragraphs, tables and signature as
// the PDF, in the same sizes, margins and column widths, as paragraphs and
// tables a person can edit. Word breaks the pages itself; headings and
// captions are kept with what follows, a table's heading row repeats on
// every page and its rows do not split. It returns a data.Error for a
// document that has no Word form.
func RenderDOCX(d *Doc) ([]byte, error) {
	if len(d.Sections) == 0 {
		return nil, &data.Error{Code: data.EInvalid, Message: "Văn bản này chỉ xuất được ra PDF, chưa xuất được ra Word."}
	}
	spec := d.Sections[0].Spec
	styles := wordStyles(spec)
	w := &wordWriter{styles: map[string]docx.Style{}}
	for _, s := range styles {
		w.styles[s.ID] = s
	}
	out := &docx.Document{Title: d.Title, Subject: d.Subject, Creator: "Dân vận khéo", Created: docDate(),
		Font: "Times New Roman", Lang: "vi-VN", Styles: styles,
		PageNumber: w.para(wsPageNumb, func(*docx.ParaProps) {}, docx.Run{Field: "PAGE", Props: w.run(wsPageNumb)})}
	for _, sec := range d.Sections {
		out.Sections = append(out.Sections, w.section(sec))
	}
	return docx.Write(out)
}

// wordStyles are the paragraph styles, each as the format asks for its
// part of a document (Spec), the body's "Nội dung" first among those a
// person types in.
func wordStyles(s Spec) []docx.Style {
	line := func(size, factor float64) docx.Length { return docx.Pt(size * factor) }
	text := docx.Style{ID: wsText, Name: "Văn bản", Run: docx.RunProps{Size: s.Body},
		Para: docx.ParaProps{Line: line(s.Body, s.LineFactor)}}
	based := func(base docx.Style, id, name string, edit func(*docx.Style)) docx.Style {
		st := base
		st.ID, st.Name, st.BasedOn, st.Next = id, name, base.ID, ""
		edit(&st)
		return st
	}
	body := based(text, wsBody, "Nội dung", func(st *docx.Style) {
		st.Para.Align, st.Para.FirstLine, st.Para.After = docx.Both, docx.MM(s.Indent), docx.MM(s.ParaSpace)
	})
	tableText := based(text, wsTableTx, "Nội dung bảng", func(st *docx.Style) {
		st.Run.Size, st.Para.Line = s.TableText, line(s.TableText, s.TableLine)
	})
	return []docx.Style{text, body,
		based(body, wsHeading, "Đề mục", func(st *docx.Style) {
			st.Run.Bold, st.Para.KeepNext, st.Next = true, true, wsBody
		}),
		based(text, wsHeader, "Đầu văn bản", func(st *docx.Style) { st.Para.Align = docx.Center }),
		based(text, wsKind, "Tên loại văn bản", func(st *docx.Style) {
			st.Para.Align, st.Para.KeepNext, st.Run.Bold, st.Run.Size = docx.Center, true, true, s.DocType
			st.Para.Line, st.Next = line(s.DocType, s.LineFactor), wsSummary
		}),
		based(text, wsSummary, "Trích yếu", func(st *docx.Style) {
			st.Para.Align, st.Para.KeepNext, st.Run.Bold, st.Run.Size = docx.Center, true, true, s.TitleSummary
			st.Para.Left, st.Para.Right, st.Next = docx.MM(titleInset), docx.MM(titleInset), wsBody
		}),
		based(text, wsCaption, "Tên bảng", func(st *docx.Style) {
			st.Para.Align, st.Para.KeepNext, st.Run.Bold, st.Run.Size = docx.Center, true, true, s.SummaryCaption
			st.Para.Line, st.Para.After = line(s.SummaryCaption, s.LineFactor), docx.MM(s.SummaryCaptionGap)
		}),
		based(tableText, wsTableHd, "Tiêu đề bảng", func(st *docx.Style) {
			st.Para.Align, st.Run.Bold, st.Run.Size = docx.Center, true, s.TableHead
		}),
		tableText,
		based(text, wsRecips, "Nơi nhận", func(st *docx.Style) {
			st.Run.Size, st.Para.Line = s.Recipients, line(s.Recipients, s.LineFactor)
		}),
		based(text, wsSign, "Chữ ký", func(st *docx.Style) {
			st.Para.Align, st.Run.Bold, st.Run.Size = docx.Center, true, s.SignTitle
		}),
		based(text, wsPageNumb, "Số trang", func(st *docx.Style) {
			st.Para.Align, st.Run.Size, st.Para.Line = docx.Center, s.PageNumber, 0
		}),
	}
}

// wordWriter turns the blocks of a flow into Word's paragraphs and tables.
type wordWriter struct {
	styles map[string]docx.Style
	spec   Spec
	width  float64 // of the text (mm)
	body   []docx.Block
	space  float64 // space waiting to go before the next paragraph (mm)
}

// para makes a paragraph of a style, its properties the style's changed
// by edit.
func (w *wordWriter) para(style string, edit func(*docx.ParaProps), runs ...docx.Run) docx.Paragraph {
	pp := w.styles[style].Para
	edit(&pp)
	return docx.Paragraph{Style: style, Props: pp, Runs: runs}
}

// run returns the run properties of a style.
func (w *wordWriter) run(style string) docx.RunProps { return w.styles[style].Run }

// textRun is text in a style's run properties changed to the size and face
// given.
func (w *wordWriter) textRun(style, text string, size float64, st Style) docx.Run {
	rp := w.run(style)
	rp.Size, rp.Bold, rp.Italic, rp.Underline = size, st.Bold, st.Italic, st.Underline
	return docx.Run{Text: text, Props: rp}
}

// add appends a paragraph, with the space waiting before it.
func (w *wordWriter) add(p docx.Paragraph) {
	p.Props.Before += docx.MM(w.space)
	w.space = 0
	w.body = append(w.body, &p)
}

// addTable appends a table; space waiting before it becomes an empty
// paragraph of that height.
func (w *wordWriter) addTable(t *docx.Table) {
	if w.space > 0 {
		w.body = append(w.body, w.spacer(w.space))
		w.space = 0
	}
	w.body = append(w.body, t)
}

// spacer is an empty paragraph h millimetres high.
func (w *wordWriter) spacer(h float64) *docx.Paragraph {
	p := w.para(wsText, func(p *docx.ParaProps) { p.Line, p.Exact = docx.MM(h), true }, docx.Run{Props: docx.RunProps{Size: 1}})
	return &p
}

// section makes the Word section of a document of the Doc.
func (w *wordWriter) section(sec *Section) docx.Section {
	s := sec.Spec
	w.spec, w.body, w.space = s, nil, 0
	out := docx.Section{PageW: docx.MM(s.PageW), PageH: docx.MM(s.PageH),
		Top: docx.MM(s.MarginTop), Bottom: docx.MM(s.MarginBottom), Left: docx.MM(s.MarginLeft), Right: docx.MM(s.MarginRight),
		// The header's first line has its baseline at PageNumberY, as the PDF's.
		Header: docx.MM(s.PageNumberY - s.PageNumber*ptMM*0.89), PageNumbers: true}
	w.width = s.PageW - s.MarginLeft - s.MarginRight
	if sec.Landscape {
		out.PageW, out.PageH = out.PageH, out.PageW
		out.Top, out.Bottom, out.Left, out.Right = docx.MM(s.LandTop), docx.MM(s.LandBottom), docx.MM(s.LandLeft), docx.MM(s.LandRight)
		w.width = s.PageH - s.LandLeft - s.LandRight
	}
	for _, b := range sec.Blocks {
		switch b := b.(type) {
		case HeaderBlock:
			w.header(b)
		case TitleBlock:
			w.title(b)
		case ParagraphBlock:
			w.paragraph(b)
		case AddresseeBlock:
			w.addressee(b)
		case TableBlock:
			w.table(b)
		case SignatureBlock:
			w.signature(b)
		case SpaceBlock:
			w.space += b.H
		}
	}
	out.Body = w.body
	return out
}

// widths converts column widths to Word's unit so that they add up to
// the total converted, not to the sum of rounded parts.
func widths(mm []float64) []docx.Length {
	out := make([]docx.Length, len(mm))
	sum := 0.0
	for i, v := range mm {
		out[i] = docx.MM(sum+v) - docx.MM(sum)
		sum += v
	}
	return out
}

// rule is an empty paragraph whose top border is a rule of length mm,
// centred in a column wide: the rule under the motto and under the title.
func (w *wordWriter) rule(length, wide, before, after float64) docx.Paragraph {
	in := docx.MM(max(0, (wide-length)/2))
	return w.para(wsText, func(p *docx.ParaProps) {
		p.Left, p.Right, p.Before, p.After = in, in, docx.MM(before), docx.MM(after)
		p.Line, p.Exact, p.TopRule = docx.Pt(1), true, 6 // 0.75 pt, as the PDF's 0.3 mm
	}, docx.Run{Props: docx.RunProps{Size: 1}})
}
