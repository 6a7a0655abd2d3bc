package report

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// builder lays content out top to bottom, page after page.
type builder struct {
	spec   Spec
	m      *measurer
	doc    *Doc
	page   *Page
	sec    *Section // the flow recorded, or nil
	land   bool
	y      float64 // top of the free space on the current page
	top    float64
	bottom float64
	left   float64
	right  float64
}

func newBuilder(spec Spec, m *measurer, landscape bool, title string) *builder {
	b := &builder{spec: spec, m: m, land: landscape, doc: &Doc{Title: title}}
	if landscape {
		b.top, b.bottom = spec.LandTop, spec.PageW-spec.LandBottom
		b.left, b.right = spec.LandLeft, spec.PageH-spec.LandRight
	} else {
		b.top, b.bottom = spec.MarginTop, spec.PageH-spec.MarginBottom
		b.left, b.right = spec.MarginLeft, spec.PageW-spec.MarginRight
	}
	b.bottom -= spec.FooterReserve
	b.addPage()
	return b
}

func (b *builder) addPage() {
	w, h := b.spec.PageW, b.spec.PageH
	if b.land {
		w, h = h, w
	}
	b.page = &Page{W: w, H: h}
	b.doc.Pages = append(b.doc.Pages, b.page)
	b.y = b.top
}

func (b *builder) width() float64 { return b.right - b.left }
func (b *builder) room() float64  { return b.bottom - b.y }

// ensure starts a new page unless h millimetres fit on this one.
func (b *builder) ensure(h float64) {
	if h > b.room() && b.y > b.top+0.1 {
		b.addPage()
	}
}

func (b *builder) add(it Item) { b.page.Items = append(b.page.Items, it) }

// baseline is where the text of a line of the given size sits below the
// line's top.
func (b *builder) baseline(top, size float64) float64 { return top + size*ptMM*0.93 }

// line places one line of text with its top at y.
func (b *builder) line(x, y, w float64, s string, size float64, st Style, al Align) {
	b.add(Text{X: x, Y: b.baseline(y, size), W: w, Text: s, Size: size, Style: st, Align: al})
}

// para is a paragraph's look.
type para struct {
	size   float64
	style  Style
	align  Align
	indent float64 // first line
	after  float64 // space after
	x, w   float64 // 0: the text width
	role   Role    // what the paragraph is, in the flow
}

// paragraph wraps text and places it, breaking pages between lines; each
// of its lines is a paragraph of the flow.
func (b *builder) paragraph(text string, p para) {
	if b.sec != nil {
		left, right := 0.0, 0.0
		if p.w != 0 {
			left, right = p.x-b.left, b.right-p.x-p.w
		}
		parts := strings.Split(text, "\n")
		for i, pr := range parts {
			after := 0.0
			if i == len(parts)-1 {
				after = p.after
			}
			b.rec(ParagraphBlock{Text: pr, Size: p.size, Style: p.style, Align: p.align, Indent: p.indent,
				Left: left, Right: right, After: after, Role: p.role})
		}
	}
	b.lines(text, p)
}

// lines wraps text and places it, breaking pages between lines, without
// recording it in the flow (the builder's blocks record themselves).
func (b *builder) lines(text string, p para) {
	x, w := p.x, p.w
	if w == 0 {
		x, w = b.left, b.width()
	}
	lh := b.spec.lineH(p.size)
	for _, pr := range strings.Split(text, "\n") {
		lines := b.wrap(pr, p.size, p.style, w-p.indent, w)
		for i, l := range lines {
			b.ensure(lh)
			al, lx, lw := p.align, x, w
			if i == 0 {
				lx, lw = x+p.indent, w-p.indent
			}
			if al == Justify && i == len(lines)-1 {
				al = Left
			}
			b.line(lx, b.y, lw, l, p.size, p.style, al)
			b.y += lh
		}
	}
	b.y += p.after
}

// wrap breaks text into lines: the first no wider than first, the others
// no wider than rest. A word wider than a line is cut between letters.
func (b *builder) wrap(text string, size float64, st Style, first, rest float64) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return []string{""}
	}
	var lines []string
	cur := ""
	limit := first
	space := b.m.width(" ", size, st)
	curW := 0.0
	for _, wd := range words {
		ww := b.m.width(wd, size, st)
		if cur != "" && curW+space+ww <= limit {
			cur += " " + wd
			curW += space + ww
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
			limit = rest
		}
		for ww > limit { // a word longer than the line
			cut := b.cut(wd, size, st, limit)
			lines = append(lines, wd[:cut])
			limit = rest
			wd = wd[cut:]
			ww = b.m.width(wd, size, st)
		}
		cur, curW = wd, ww
	}
	return append(lines, cur)
}

// cut returns how many bytes of s fit in w (at least one letter).
func (b *builder) cut(s string, size float64, st Style, w float64) int {
	n := 0
	for i, r := range s {
		if b.m.width(s[:i+utf8.RuneLen(r)], size, st) > w {
			break
		}
		n = i + utf8.RuneLen(r)
	}
	if n == 0 {
		_, n = utf8.DecodeRuneInString(s)
	}
	return n
}

// finish numbers the pages from the second one, in the top margin,
// centred over the text (between the margins, not on the paper: the
// binding margin is wider than the other).
func (b *builder) finish() *Doc {
	for i, p := range b.doc.Pages {
		if i == 0 {
			continue
		}
		p.Items = append(p.Items, Text{X: b.left, Y: b.spec.PageNumberY, W: b.width(), Text: strconv.Itoa(i + 1),
			Size: b.spec.PageNumber, Align: Center})
	}
	return b.doc
}
