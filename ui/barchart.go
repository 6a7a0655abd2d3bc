package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// BarChart draws labelled counts as bars a person can click: the
// dashboard's way from a figure to the list of the entries behind it. It
// is drawn with canvas shapes so it needs no chart library, and it lays out
// its labels itself so that none overlap or get cut mid-word: horizontal
// bars keep the names on the left (long unit names end in "…"), vertical
// bars ask for enough width to give every label its own slot.
type BarChart struct {
	widget.BaseWidget

	Horizontal bool
	Labels     []string
	Values     []int
	// OnTapped receives the index of the bar clicked (its whole row or
	// column counts, so a name can be clicked too).
	OnTapped func(i int)
	// Empty is shown when there is nothing to draw.
	Empty string

	hover int // the bar under the pointer, or -1
}

var barHover = color.NRGBA{R: 0x7d, G: 0x12, B: 0x16, A: 0xff}

func newBarChart(horizontal bool, tapped func(i int)) *BarChart {
	c := &BarChart{Horizontal: horizontal, OnTapped: tapped, Empty: "Chưa có số liệu", hover: -1}
	c.ExtendBaseWidget(c)
	return c
}

// SetData replaces the bars; labels and values pair up by index.
func (c *BarChart) SetData(labels []string, values []int) {
	c.Labels, c.Values = labels, values
	c.hover = -1
	c.Refresh()
}

// CreateRenderer draws the chart.
func (c *BarChart) CreateRenderer() fyne.WidgetRenderer {
	r := &barRenderer{c: c}
	r.rebuild()
	return r
}

// Cursor shows the hand: the bars are links.
func (c *BarChart) Cursor() desktop.Cursor { return desktop.PointerCursor }

// Tapped opens the bar under the pointer.
func (c *BarChart) Tapped(e *fyne.PointEvent) {
	if i := c.barAt(e.Position); i >= 0 && c.OnTapped != nil {
		c.OnTapped(i)
	}
}

// MouseIn, MouseMoved and MouseOut highlight the bar under the pointer, so
// a person sees what a click will open.
func (c *BarChart) MouseIn(e *desktop.MouseEvent)    { c.setHover(c.barAt(e.Position)) }
func (c *BarChart) MouseMoved(e *desktop.MouseEvent) { c.setHover(c.barAt(e.Position)) }
func (c *BarChart) MouseOut()                        { c.setHover(-1) }

func (c *BarChart) setHover(i int) {
	if i != c.hover {
		c.hover = i
		c.Refresh()
	}
}

// barMetrics are the sizes both drawing and hit-testing use.
type barMetrics struct {
	textSize, textH, rowH float32
	labelW, valueW        float32 // widest label and value, untruncated
}

func (c *BarChart) metrics() barMetrics {
	m := barMetrics{textSize: theme.TextSize(), rowH: barRowHeight()}
	m.textH = fyne.MeasureText("Ág", m.textSize, fyne.TextStyle{}).Height
	for _, l := range c.Labels {
		m.labelW = max(m.labelW, fyne.MeasureText(l, m.textSize, fyne.TextStyle{}).Width)
	}
	for _, v := range c.Values {
		m.valueW = max(m.valueW, fyne.MeasureText(vntext.FormatInt(int64(v)), m.textSize, fyne.TextStyle{Bold: true}).Width)
	}
	return m
}

// barRowHeight is the height of a row of a horizontal chart: a line of
// text with room around it, so the bars do not touch.
func barRowHeight() float32 {
	return fyne.MeasureText("Ág", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.Padding() + 4
}

// slot is the minimum width of a column of a vertical chart.
func (m barMetrics) slot() float32 { return max(m.labelW, m.valueW, 28) + 2*theme.Padding() }

// nameWidth is the width given to the names of a horizontal chart: all of
// the widest name if it fits in 45% of the width, else that much.
func (m barMetrics) nameWidth(width float32) float32 {
	return min(m.labelW, max(width*0.45, 120))
}

// barAt returns the index of the bar whose row or column holds p, or -1.
func (c *BarChart) barAt(p fyne.Position) int {
	n := len(c.Values)
	if n == 0 || p.X < 0 || p.Y < 0 {
		return -1
	}
	i := int(p.X / (c.Size().Width / float32(n)))
	if c.Horizontal {
		i = int(p.Y / barRowHeight())
	}
	if i >= n {
		return -1
	}
	return i
}

// barCenter is the middle of bar i's row or column (tests tap there).
func (c *BarChart) barCenter(i int) fyne.Position {
	size := c.Size()
	if c.Horizontal {
		return fyne.NewPos(size.Width/2, (float32(i)+0.5)*barRowHeight())
	}
	slot := size.Width / float32(len(c.Values))
	return fyne.NewPos((float32(i)+0.5)*slot, size.Height/2)
}

type barRenderer struct {
	c       *BarChart
	hover   *canvas.Rectangle
	axis    *canvas.Line
	bars    []*canvas.Rectangle
	labels  []*canvas.Text
	values  []*canvas.Text
	empty   *canvas.Text
	objects []fyne.CanvasObject
}

// rebuild makes one bar, label and value per data point and sets their
// text and colours.
func (r *barRenderer) rebuild() {
	c := r.c
	size := theme.TextSize()
	if r.hover == nil {
		r.hover = canvas.NewRectangle(paleRed)
		r.hover.CornerRadius = 3
		r.axis = canvas.NewLine(theme.Color(theme.ColorNameSeparator))
		r.axis.StrokeWidth = 1
		r.empty = canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder))
		r.empty.Alignment = fyne.TextAlignCenter
		r.empty.TextSize = size
	}
	n := len(c.Values)
	for len(r.bars) < n {
		b := canvas.NewRectangle(red)
		b.CornerRadius = 2
		l := canvas.NewText("", theme.Color(theme.ColorNameForeground))
		l.TextSize = size
		v := canvas.NewText("", theme.Color(theme.ColorNameForeground))
		v.TextSize = size
		v.TextStyle = fyne.TextStyle{Bold: true}
		r.bars, r.labels, r.values = append(r.bars, b), append(r.labels, l), append(r.values, v)
	}
	r.bars, r.labels, r.values = r.bars[:n], r.labels[:n], r.values[:n]
	r.objects = []fyne.CanvasObject{r.hover, r.axis, r.empty}
	for i := range n {
		r.bars[i].FillColor = red
		if i == c.hover {
			r.bars[i].FillColor = barHover
		}
		r.values[i].Text = vntext.FormatInt(int64(c.Values[i]))
		r.objects = append(r.objects, r.bars[i], r.labels[i], r.values[i])
	}
	r.empty.Text = ""
	if n == 0 {
		r.empty.Text = c.Empty
	}
	r.hover.Hidden = c.hover < 0 || c.hover >= n
	r.axis.Hidden = n == 0
}

func (r *barRenderer) Layout(size fyne.Size) {
	c := r.c
	m := c.metrics()
	if len(c.Values) == 0 {
		h := max(size.Height, m.rowH) // the message sits in the middle
		r.empty.Move(fyne.NewPos(0, (h-m.textH)/2))
		r.empty.Resize(fyne.NewSize(size.Width, m.textH))
		return
	}
	top := 0
	for _, v := range c.Values {
		top = max(top, v)
	}
	if c.Horizontal {
		r.layoutHorizontal(size, m, top)
	} else {
		r.layoutVertical(size, m, top)
	}
}

func (r *barRenderer) layoutHorizontal(size fyne.Size, m barMetrics, top int) {
	pad := theme.Padding()
	nameW := m.nameWidth(size.Width)
	x0 := pad + nameW + 3*pad
	span := max(size.Width-x0-m.valueW-3*pad, 1)
	for i, v := range r.c.Values {
		y := float32(i) * m.rowH
		r.labels[i].Text = fitText(r.c.Labels[i], nameW, m.textSize)
		r.labels[i].Move(fyne.NewPos(pad, y+(m.rowH-m.textH)/2))
		r.labels[i].Resize(fyne.NewSize(nameW, m.textH))
		w := barLength(v, top, span)
		r.bars[i].Move(fyne.NewPos(x0, y+pad+1))
		r.bars[i].Resize(fyne.NewSize(w, m.rowH-2*pad-2))
		r.values[i].Move(fyne.NewPos(x0+w+pad, y+(m.rowH-m.textH)/2))
		r.values[i].Resize(fyne.NewSize(m.valueW, m.textH))
	}
	r.axis.Position1 = fyne.NewPos(x0, 0)
	r.axis.Position2 = fyne.NewPos(x0, float32(len(r.c.Values))*m.rowH)
	if h := r.c.hover; h >= 0 && h < len(r.c.Values) {
		r.hover.Move(fyne.NewPos(0, float32(h)*m.rowH))
		r.hover.Resize(fyne.NewSize(size.Width, m.rowH))
	}
}

func (r *barRenderer) layoutVertical(size fyne.Size, m barMetrics, top int) {
	pad := theme.Padding()
	n := len(r.c.Values)
	slot := size.Width / float32(n)
	plotTop := m.textH + 2*pad
	base := size.Height - m.textH - 2*pad
	span := max(base-plotTop, 1)
	barW := min(slot*0.62, 64)
	for i, v := range r.c.Values {
		x := float32(i) * slot
		h := barLength(v, top, span)
		r.bars[i].Move(fyne.NewPos(x+(slot-barW)/2, base-h))
		r.bars[i].Resize(fyne.NewSize(barW, h))
		r.values[i].Alignment = fyne.TextAlignCenter
		r.values[i].Move(fyne.NewPos(x, base-h-m.textH-pad))
		r.values[i].Resize(fyne.NewSize(slot, m.textH))
		r.labels[i].Text = fitText(r.c.Labels[i], slot-2*pad, m.textSize)
		r.labels[i].Alignment = fyne.TextAlignCenter
		r.labels[i].Move(fyne.NewPos(x, base+pad))
		r.labels[i].Resize(fyne.NewSize(slot, m.textH))
	}
	r.axis.Position1 = fyne.NewPos(0, base)
	r.axis.Position2 = fyne.NewPos(size.Width, base)
	if h := r.c.hover; h >= 0 && h < n {
		r.hover.Move(fyne.NewPos(float32(h)*slot, 0))
		r.hover.Resize(fyne.NewSize(slot, size.Height))
	}
}

// barLength scales v against the largest value; a non-zero count always
// shows a sliver so it is not mistaken for none.
func barLength(v, top int, span float32) float32 {
	if v <= 0 || top <= 0 {
		return 0
	}
	return max(span*float32(v)/float32(top), 2)
}

func (r *barRenderer) MinSize() fyne.Size {
	c := r.c
	m := c.metrics()
	n := len(c.Values)
	if n == 0 {
		return fyne.NewSize(m.labelW+160, m.rowH)
	}
	if c.Horizontal {
		return fyne.NewSize(min(m.labelW, 160)+m.valueW+140, float32(n)*m.rowH)
	}
	return fyne.NewSize(float32(n)*m.slot(), 2*m.textH+4*theme.Padding()+100)
}

func (r *barRenderer) Refresh() {
	r.rebuild()
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

func (r *barRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *barRenderer) Destroy()                     {}

// fitText shortens s with "…" until it fits in width at the given size.
func fitText(s string, width, size float32) string {
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes) // the longest prefix that fits is in [lo, hi)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, fyne.TextStyle{}).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(runes[:lo]), " ,–-") + "…"
}

// dashCard is a headline figure of the dashboard: a title, a big number
// and a note. Clicking it opens the entries it counts.
type dashCard struct {
	widget.BaseWidget
	Title, Note string
	Value       int
	OnTapped    func()

	hovered bool
}

func newDashCard(tapped func()) *dashCard {
	c := &dashCard{OnTapped: tapped}
	c.ExtendBaseWidget(c)
	return c
}

func (c *dashCard) set(title string, value int, note string) {
	c.Title, c.Value, c.Note = title, value, note
	c.Refresh()
}

func (c *dashCard) Cursor() desktop.Cursor { return desktop.PointerCursor }
func (c *dashCard) Tapped(*fyne.PointEvent) {
	if c.OnTapped != nil {
		c.OnTapped()
	}
}
func (c *dashCard) MouseIn(*desktop.MouseEvent)    { c.hovered = true; c.Refresh() }
func (c *dashCard) MouseMoved(*desktop.MouseEvent) {}
func (c *dashCard) MouseOut()                      { c.hovered = false; c.Refresh() }

func (c *dashCard) CreateRenderer() fyne.WidgetRenderer {
	r := &cardRenderer{c: c,
		bg:     canvas.NewRectangle(theme.Color(theme.ColorNameBackground)),
		accent: canvas.NewRectangle(red),
		title:  canvas.NewText("", theme.Color(theme.ColorNameForeground)),
		value:  canvas.NewText("", red),
		note:   canvas.NewText("", dashGrey),
	}
	r.bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	r.bg.StrokeWidth = 1
	r.bg.CornerRadius = 6
	r.title.TextSize = theme.TextSize()
	r.value.TextSize = 2.2 * theme.TextSize()
	r.value.TextStyle = fyne.TextStyle{Bold: true}
	r.note.TextSize = theme.CaptionTextSize()
	r.Refresh()
	return r
}

type cardRenderer struct {
	c                  *dashCard
	bg, accent         *canvas.Rectangle
	title, value, note *canvas.Text
}

// Layout stacks the texts left of an accent stripe; titles and notes that
// do not fit the card end in "…" rather than widen the row of cards.
func (r *cardRenderer) Layout(size fyne.Size) {
	pad := theme.InnerPadding()
	r.bg.Resize(size)
	r.accent.Move(fyne.NewPos(0, pad))
	r.accent.Resize(fyne.NewSize(4, size.Height-2*pad))
	x, w := pad+4, size.Width-2*pad-4
	r.title.Text = fitText(r.c.Title, w, r.title.TextSize)
	r.note.Text = fitText(r.c.Note, w, r.note.TextSize)
	y := pad
	for _, t := range []*canvas.Text{r.title, r.value, r.note} {
		h := t.MinSize().Height
		t.Move(fyne.NewPos(x, y))
		t.Resize(fyne.NewSize(w, h))
		y += h + theme.Padding()
	}
}

func (r *cardRenderer) MinSize() fyne.Size {
	pad := theme.InnerPadding()
	h := r.title.MinSize().Height + r.value.MinSize().Height + r.note.MinSize().Height
	return fyne.NewSize(160, h+2*pad+2*theme.Padding())
}

func (r *cardRenderer) Refresh() {
	r.value.Text = vntext.FormatInt(int64(r.c.Value))
	r.bg.FillColor = theme.Color(theme.ColorNameBackground)
	if r.c.hovered {
		r.bg.FillColor = paleRed
	}
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

func (r *cardRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.accent, r.title, r.value, r.note}
}
func (r *cardRenderer) Destroy() {}
