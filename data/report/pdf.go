package report

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// docDate is the creation date a PDF says it has: now, or the time
// SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
// convention) gives, so tests and the sample documents (make samples) are
// byte-for-byte the same each time they are made.
func docDate() time.Time {
	if s := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH")); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(sec, 0).UTC()
		}
	}
	return time.Now()
}

// RenderPDF writes the layout as a PDF set in the given fonts (nil: the
// system's Times New Roman or Liberation Serif). The fonts are embedded as
// subsets; the text is extractable as typed.
func RenderPDF(d *Doc, f *Fonts) ([]byte, error) {
	if f == nil {
		f = SystemFonts()
	}
	pdf := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", Size: gofpdf.SizeType{Wd: 210, Ht: 297}})
	f.addTo(pdf)
	pdf.SetMargins(0, 0, 0)
	pdf.SetCellMargin(0)
	pdf.SetAutoPageBreak(false, 0)
	created := docDate()
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.SetTitle(d.Title, true)
	pdf.SetSubject(d.Subject, true)
	pdf.SetCreator("Dân vận khéo", true)
	pdf.SetProducer("Dân vận khéo", true)
	images := 0
	for _, p := range d.Pages {
		orient := "P"
		if p.W > p.H {
			orient = "L"
		}
		pdf.AddPageFormat(orient, gofpdf.SizeType{Wd: min(p.W, p.H), Ht: max(p.W, p.H)})
		pn := &pen{pdf: pdf, lineW: -1, fill: -1}
		for _, it := range p.Items {
			switch x := it.(type) {
			case Text:
				drawText(pn, x)
			case Line:
				pn.lineWidth(x.Width)
				pdf.Line(x.X1, x.Y1, x.X2, x.Y2)
			case Rect:
				style := ""
				if x.Fill != 0 {
					pn.fillGrey(int(x.Fill))
					style += "F"
				}
				if x.Width > 0 {
					pn.lineWidth(x.Width)
					style += "D"
				}
				if style != "" {
					pdf.Rect(x.X, x.Y, x.W, x.H, style)
				}
			case Image:
				images++
				name := fmt.Sprintf("anh%d", images)
				opt := gofpdf.ImageOptions{ImageType: x.Type}
				info := pdf.RegisterImageOptionsReader(name, opt, bytes.NewReader(x.Data))
				if info == nil || pdf.Err() {
					return nil, fmt.Errorf("ảnh không đọc được: %w", pdf.Error())
				}
				w, h := fitBox(info.Width(), info.Height(), x.W, x.H)
				pdf.ImageOptions(name, x.X+(x.W-w)/2, x.Y+(x.H-h)/2, w, h, false, opt, 0, "")
			}
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// fitBox scales an image of w×h to fit a box, keeping its proportions.
func fitBox(w, h, bw, bh float64) (float64, float64) {
	if w <= 0 || h <= 0 {
		return bw, bh
	}
	s := min(bw/w, bh/h)
	return w * s, h * s
}

// pen sets gofpdf's font, line width and fill only when they change: each
// setting writes an operator to the page, and a long list sets the same
// ones thousands of times (a third of its page content, and of the time
// spent compressing it).
type pen struct {
	pdf         *gofpdf.Fpdf
	style       string
	size, lineW float64
	fill        int
}

func (p *pen) font(style string, size float64) {
	if style != p.style || size != p.size {
		p.pdf.SetFont(family, style, size)
		p.style, p.size = style, size
	}
}

func (p *pen) lineWidth(w float64) {
	if w != p.lineW {
		p.pdf.SetLineWidth(w)
		p.lineW = w
	}
}

func (p *pen) fillGrey(g int) {
	if g != p.fill {
		p.pdf.SetFillColor(g, g, g)
		p.fill = g
	}
}

func drawText(pn *pen, t Text) {
	if t.Text == "" {
		return
	}
	pdf := pn.pdf
	pn.font(t.Style.gofpdf(), t.Size)
	w := pdf.GetStringWidth(t.Text)
	x := t.X
	switch t.Align {
	case Center:
		x += (t.W - w) / 2
	case Right:
		x += t.W - w
	case Justify:
		words := strings.Fields(t.Text)
		if len(words) > 1 && w < t.W {
			total := 0.0
			for _, wd := range words {
				total += pdf.GetStringWidth(wd)
			}
			gap := (t.W - total) / float64(len(words)-1)
			// A justified line is written word by word; PDF word spacing
			// (Tw) does not apply to the two-byte fonts Vietnamese needs.
			for _, wd := range words {
				pdf.Text(x, t.Y, wd)
				x += pdf.GetStringWidth(wd) + gap
			}
			return
		}
	}
	pdf.Text(x, t.Y, t.Text)
	if t.Style.Underline {
		pn.lineWidth(t.Size * ptMM / 18)
		pdf.Line(x, t.Y+t.Size*ptMM*0.15, x+w, t.Y+t.Size*ptMM*0.15)
	}
}
