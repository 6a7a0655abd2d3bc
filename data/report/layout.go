package report

// Style is a face of the serif font.
type Style struct {
	Bold, Italic, Underline bool
}

func (s Style) gofpdf() string {
	out := ""
	if s.Bold {
		out += "B"
	}
	if s.Italic {
		out += "I"
	}
	return out
}

func (s Style) key() string {
	if k := s.gofpdf(); k != "" {
		return k
	}
	return "R"
}

// Align places a line of text within its width.
type Align int

// Alignments. Justify spreads the words of a line over its width; the last
// line of a paragraph is left-aligned.
const (
	Left Align = iota
	Center
	Right
	Justify
)

// Text is one line of text: X is the left of its box, Y its baseline, W
// the width it is aligned in.
type Text struct {
	X, Y, W float64
	Text    string
	Size    float64
	Style   Style
	Align   Align
}

// Line is a straight rule.
type Line struct {
	X1, Y1, X2, Y2 float64
	Width          float64
}

// Rect is a box, stroked, filled with a light grey, or both.
type Rect struct {
	X, Y, W, H float64
	Width      float64 // stroke width; 0 for none
	Fill       uint8   // grey level 0–255 of the fill; 0 for none
}

// Image is a picture (JPEG, PNG or GIF bytes) fitted into its box.
type Image struct {
	X, Y, W, H float64
	Data       []byte
	Type       string // "JPG", "PNG" or "GIF"
}

// Item is a Text, Line, Rect or Image.
type Item interface{ item() }

func (Text) item()  {}
func (Line) item()  {}
func (Rect) item()  {}
func (Image) item() {}

// Page is one page of a document.
type Page struct {
	W, H  float64
	Items []Item
}

// Doc is a laid-out document, ready to render.
type Doc struct {
	Title   string // document properties: title
	Subject string
	Pages   []*Page
	// Sections are the document's flow for Word, one a document (a Tờ
	// trình and its list are two); nil for a document that has no Word
	// form (see flow.go).
	Sections []*Section
}

// Texts returns every text line of the document in page order, for tests
// and for searching a layout.
func (d *Doc) Texts() []Text {
	var out []Text
	for _, p := range d.Pages {
		for _, it := range p.Items {
			if t, ok := it.(Text); ok {
				out = append(out, t)
			}
		}
	}
	return out
}

// PageTexts returns the text lines of page i (0-based).
func (d *Doc) PageTexts(i int) []Text {
	var out []Text
	for _, it := range d.Pages[i].Items {
		if t, ok := it.(Text); ok {
			out = append(out, t)
		}
	}
	return out
}
