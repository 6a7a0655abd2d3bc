package report

import (
	"context"
	"math"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// CalibrationPage lays out the page that calibrates a pre-printed form: a
// millimetre grid over the whole A4 landscape sheet (lines every 5 and 10
// mm, the tens labelled, millimetre ticks along the edges) and a crosshair
// at each variable text's calibrated position with its name. Printed onto
// a blank form held against the light, it shows how far each text must
// move; the grid is drawn where the paper is, without the sheet's offset,
// so it also shows the printer's own shift.
func CalibrationPage(ctx context.Context, a *data.Archive, formID int64, f *Fonts) (*Doc, error) {
	return CalibrationPageFor(ctx, a, formID, nil, f)
}

// CalibrationPageFor is CalibrationPage for a layout not yet saved (nil:
// the saved one), so the window shows corrections before they are kept.
func CalibrationPageFor(ctx context.Context, a *data.Archive, formID int64, l *CertLayout, f *Fonts) (*Doc, error) {
	m, err := newMeasurer(f)
	if err != nil {
		return nil, err
	}
	form, err := awardForm(ctx, a, formID)
	if err != nil {
		return nil, err
	}
	if l == nil {
		l, err = loadCertLayout(ctx, a, form)
	} else {
		l = completeLayout(l, DefaultCertLayout(DefaultSpec(), form))
	}
	if err != nil {
		return nil, err
	}
	b := newBuilder(DefaultSpec(), m, true, "Trang hiệu chỉnh vị trí in – "+form.Name)
	b.doc.Subject = "Hiệu chỉnh vị trí in giấy khen, bằng khen"
	b.grid()
	s := b.spec
	mid := b.page.W / 2
	b.centredOnPaper(mid, s.CertCalY, "TRANG HIỆU CHỈNH VỊ TRÍ IN – "+strings.ToUpper(form.Name), s.CertCalTitle, Style{Bold: true})
	notes := []string{
		"In trang này lên một phôi trắng, soi lên nguồn sáng: mỗi chữ thập là chỗ bắt đầu dòng chữ (giữa dòng nếu căn giữa), trên đường chân chữ.",
		"Đo độ lệch đến chỗ cần in theo lưới (mm) rồi sửa x, y của từng mục. Độ lệch toàn trang hiện nay: ngang " +
			vntext.FormatScore(l.OffsetX) + " mm, dọc " + vntext.FormatScore(l.OffsetY) + " mm.",
	}
	y := s.CertCalY + s.lineH(s.CertCalTitle)
	for _, n := range notes {
		for _, wl := range b.wrap(n, s.CertCalNote, Style{Italic: true}, s.CertTextW, s.CertTextW) {
			b.centredOnPaper(mid, y, wl, s.CertCalNote, Style{Italic: true})
			y += s.lineH(s.CertCalNote)
		}
	}
	for _, n := range CertFieldNames {
		fd := l.Fields[n.Key]
		label := n.Label + ": x " + vntext.FormatScore(fd.X) + ", y " + vntext.FormatScore(fd.Y)
		if fd.Skip {
			label += " (in sẵn, không in)"
		}
		b.crosshair(label, fd, l.OffsetX, l.OffsetY)
	}
	return b.doc, nil
}

// grid draws the millimetre grid of the calibration page: a line every
// Spec.CertGrid (10 mm) with its number at the four edges, and along the
// edges a tick every millimetre, longer every 5 mm. Finer lines across the
// page would hide the crosshairs.
func (b *builder) grid() {
	s := b.spec
	w, h := b.page.W, b.page.H
	step := s.CertGrid / 10 // one millimetre when the grid is 10 mm
	lbl := s.CertGridLabel
	tick := func(i int) float64 {
		if i%5 == 0 {
			return s.CertTick
		}
		return s.CertMMTick
	}
	for i := 0; float64(i)*step <= w+1e-9; i++ {
		x := float64(i) * step
		if i%10 != 0 {
			b.add(Line{X1: x, Y1: 0, X2: x, Y2: tick(i), Width: s.CertGridFine})
			b.add(Line{X1: x, Y1: h - tick(i), X2: x, Y2: h, Width: s.CertGridFine})
			continue
		}
		b.add(Line{X1: x, Y1: 0, X2: x, Y2: h, Width: s.CertGridWidth})
		if i > 0 && x < w-s.CertTick {
			n := strconv.Itoa(int(math.Round(x)))
			b.add(Text{X: x - s.CertGrid/2, Y: s.CertTick + lbl*ptMM, W: s.CertGrid, Text: n, Size: lbl, Align: Center})
			b.add(Text{X: x - s.CertGrid/2, Y: h - s.CertTick - lbl*ptMM*0.3, W: s.CertGrid, Text: n, Size: lbl, Align: Center})
		}
	}
	for i := 0; float64(i)*step <= h+1e-9; i++ {
		y := float64(i) * step
		if i%10 != 0 {
			b.add(Line{X1: 0, Y1: y, X2: tick(i), Y2: y, Width: s.CertGridFine})
			b.add(Line{X1: w - tick(i), Y1: y, X2: w, Y2: y, Width: s.CertGridFine})
			continue
		}
		b.add(Line{X1: 0, Y1: y, X2: w, Y2: y, Width: s.CertGridWidth})
		if i > 0 && y < h-s.CertTick {
			n := strconv.Itoa(int(math.Round(y)))
			b.add(Text{X: s.CertTick, Y: y + lbl*ptMM*0.35, W: s.CertGrid, Text: n, Size: lbl, Align: Left})
			b.add(Text{X: w - s.CertTick - s.CertGrid, Y: y + lbl*ptMM*0.35, W: s.CertGrid, Text: n, Size: lbl, Align: Right})
		}
	}
}

// crosshair marks a field's anchor with a cross, the width of its text
// with end ticks on the baseline, and names it beside the cross (on the
// side with room).
func (b *builder) crosshair(label string, f CertField, dx, dy float64) {
	s := b.spec
	x, y := f.X+dx, f.Y+dy
	k := s.CertMark
	b.add(Line{X1: x - k, Y1: y, X2: x + k, Y2: y, Width: s.CertMarkWidth})
	b.add(Line{X1: x, Y1: y - k, X2: x, Y2: y + k, Width: s.CertMarkWidth})
	l, r := f.box()+dx, f.box()+dx+f.W
	b.add(Line{X1: l, Y1: y, X2: r, Y2: y, Width: s.CertGridWidth * 2})
	b.add(Line{X1: l, Y1: y - s.CertTick, X2: l, Y2: y, Width: s.CertMarkWidth})
	b.add(Line{X1: r, Y1: y - s.CertTick, X2: r, Y2: y, Width: s.CertMarkWidth})
	size, st := s.CertCalNote, Style{Bold: true}
	lw := b.m.width(label, size, st)
	gap := s.CertTick / 2
	ty := y - gap
	lx := x + gap
	if lx+lw > b.page.W-s.CertGrid {
		lx = x - gap - lw // no room on the right
	}
	b.paper(lx, ty, lw, size)
	b.add(Text{X: lx, Y: ty, W: lw, Text: label, Size: size, Style: st, Align: Left})
}

// centredOnPaper sets a line centred on x over a blank of its width.
func (b *builder) centredOnPaper(x, baseline float64, text string, size float64, st Style) {
	w := b.m.width(text, size, st)
	b.paper(x-w/2, baseline, w, size)
	b.add(Text{X: x - w/2, Y: baseline, W: w, Text: text, Size: size, Style: st, Align: Left})
}

// paper blanks the grid behind a line of text, so it reads on the printed
// page and in the preview.
func (b *builder) paper(x, baseline, w, size float64) {
	pad := size * ptMM * 0.15
	b.add(Rect{X: x - pad, Y: baseline - size*ptMM*0.85, W: w + 2*pad, H: b.spec.lineH(size), Fill: 255})
}
