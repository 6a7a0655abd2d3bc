package report

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif"  // attachments may be GIF
	_ "image/jpeg" // or JPEG
	_ "image/png"
	"math"
	"strings"
	"sync"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// RenderPage draws page i of a layout as an image at dpi dots per inch, in
// the given fonts: the preview a screen shows before exporting. It draws
// from the same layout the PDF is written from, so what the preview shows
// is where the PDF puts it.
func RenderPage(d *Doc, i int, dpi float64, f *Fonts) (image.Image, error) {
	if f == nil {
		f = SystemFonts()
	}
	p := d.Pages[i]
	px := func(mm float64) float64 { return mm / 25.4 * dpi }
	img := image.NewRGBA(image.Rect(0, 0, int(px(p.W)), int(px(p.H))))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	faces := &faceCache{f: f, dpi: dpi, faces: map[string]font.Face{}}
	for _, it := range p.Items {
		switch x := it.(type) {
		case Rect:
			if x.Fill != 0 {
				fillRect(img, px(x.X), px(x.Y), px(x.X+x.W), px(x.Y+x.H), color.Gray{Y: x.Fill})
			}
			if x.Width > 0 {
				t := max(1, px(x.Width))
				fillRect(img, px(x.X), px(x.Y), px(x.X+x.W), px(x.Y)+t, color.Black)
				fillRect(img, px(x.X), px(x.Y+x.H)-t, px(x.X+x.W), px(x.Y+x.H), color.Black)
				fillRect(img, px(x.X), px(x.Y), px(x.X)+t, px(x.Y+x.H), color.Black)
				fillRect(img, px(x.X+x.W)-t, px(x.Y), px(x.X+x.W), px(x.Y+x.H), color.Black)
			}
		case Line:
			drawLine(img, px(x.X1), px(x.Y1), px(x.X2), px(x.Y2), max(1, px(x.Width)))
		case Image:
			src, _, err := image.Decode(bytes.NewReader(x.Data))
			if err != nil {
				continue
			}
			sb := src.Bounds()
			w, h := fitBox(float64(sb.Dx()), float64(sb.Dy()), px(x.W), px(x.H))
			x0, y0 := px(x.X)+(px(x.W)-w)/2, px(x.Y)+(px(x.H)-h)/2
			xdraw.ApproxBiLinear.Scale(img, image.Rect(int(x0), int(y0), int(x0+w), int(y0+h)), src, sb, xdraw.Over, nil)
		case Text:
			face, err := faces.get(x.Style, x.Size)
			if err != nil {
				return nil, err
			}
			drawTextImage(img, face, x, px)
		}
	}
	return img, nil
}

func fillRect(img *image.RGBA, x0, y0, x1, y1 float64, c color.Color) {
	r := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
	if r.Dx() == 0 {
		r.Max.X++
	}
	if r.Dy() == 0 {
		r.Max.Y++
	}
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
}

// drawLine draws a horizontal, vertical or slanted rule.
func drawLine(img *image.RGBA, x0, y0, x1, y1, w float64) {
	if y0 == y1 || x0 == x1 {
		fillRect(img, min(x0, x1), min(y0, y1)-w/2, max(x0, x1), max(y0, y1)+w/2, color.Black)
		return
	}
	n := int(math.Hypot(x1-x0, y1-y0))
	for i := 0; i <= n; i++ {
		t := float64(i) / float64(max(n, 1))
		x, y := x0+(x1-x0)*t, y0+(y1-y0)*t
		fillRect(img, x-w/2, y-w/2, x+w/2, y+w/2, color.Black)
	}
}

func drawTextImage(img *image.RGBA, face font.Face, t Text, px func(float64) float64) {
	d := &font.Drawer{Dst: img, Src: image.Black, Face: face}
	width := func(s string) float64 { return float64(d.MeasureString(s)) / 64 }
	x := px(t.X)
	y := px(t.Y)
	w := width(t.Text)
	switch t.Align {
	case Center:
		x += (px(t.W) - w) / 2
	case Right:
		x += px(t.W) - w
	case Justify:
		words := strings.Fields(t.Text)
		if len(words) > 1 && w < px(t.W) {
			total := 0.0
			for _, wd := range words {
				total += width(wd)
			}
			gap := (px(t.W) - total) / float64(len(words)-1)
			for _, wd := range words {
				d.Dot = fixed.P(int(x), int(y))
				d.DrawString(wd)
				x += width(wd) + gap
			}
			return
		}
	}
	d.Dot = fixed.P(int(x), int(y))
	d.DrawString(t.Text)
	if t.Style.Underline {
		fillRect(img, x, y+2, x+w, y+3, color.Black)
	}
}

// faceCache keeps one font face per style and size.
type faceCache struct {
	f     *Fonts
	dpi   float64
	mu    sync.Mutex
	faces map[string]font.Face
	fonts map[string]*opentype.Font
}

func (c *faceCache) get(st Style, size float64) (font.Face, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	key := fmt.Sprintf("%s:%.2f", st.key(), size)
	if f, ok := c.faces[key]; ok {
		return f, nil
	}
	if c.fonts == nil {
		c.fonts = map[string]*opentype.Font{}
	}
	otf, ok := c.fonts[st.key()]
	if !ok {
		data := map[string][]byte{"R": c.f.Regular, "B": c.f.Bold, "I": c.f.Italic, "BI": c.f.BoldItalic}[st.key()]
		var err error
		if otf, err = opentype.Parse(data); err != nil {
			return nil, err
		}
		c.fonts[st.key()] = otf
	}
	face, err := opentype.NewFace(otf, &opentype.FaceOptions{Size: size, DPI: c.dpi, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	c.faces[key] = face
	return face, nil
}
