package report

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/jung-kurt/gofpdf"

	"github.com/danvankheo/danvankheo/assets/fonts"
)

// Fonts are the four faces documents are set in.
type Fonts struct {
	Name                              string // "Times New Roman" or "Liberation Serif"
	Regular, Bold, Italic, BoldItalic []byte
}

// Liberation is the embedded Liberation Serif, metrically the same as Times
// New Roman; tests use it on every system so their layouts agree.
func Liberation() *Fonts {
	return &Fonts{Name: "Liberation Serif", Regular: fonts.SerifRegular, Bold: fonts.SerifBold,
		Italic: fonts.SerifItalic, BoldItalic: fonts.SerifBoldItalic}
}

var (
	systemOnce  sync.Once
	systemFonts *Fonts
)

// SystemFonts returns Times New Roman from the Windows fonts folder when it
// is there (the face the format asks for; it may not be shipped with the
// program), and Liberation Serif otherwise.
func SystemFonts() *Fonts {
	systemOnce.Do(func() {
		systemFonts = Liberation()
		if runtime.GOOS != "windows" {
			return
		}
		dir := filepath.Join(firstNonEmpty(os.Getenv("WINDIR"), os.Getenv("SystemRoot"), `C:\Windows`), "Fonts")
		var faces [4][]byte
		for i, name := range []string{"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"} {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil || len(b) < 1000 {
				return
			}
			faces[i] = b
		}
		systemFonts = &Fonts{Name: "Times New Roman", Regular: faces[0], Bold: faces[1], Italic: faces[2], BoldItalic: faces[3]}
	})
	return systemFonts
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

const family = "serif"

// addFonts registers the faces with a gofpdf document.
func (f *Fonts) addTo(pdf *gofpdf.Fpdf) {
	pdf.AddUTF8FontFromBytes(family, "", f.Regular)
	pdf.AddUTF8FontFromBytes(family, "B", f.Bold)
	pdf.AddUTF8FontFromBytes(family, "I", f.Italic)
	pdf.AddUTF8FontFromBytes(family, "BI", f.BoldItalic)
}

// measurer measures text with the same font metrics the PDF will use, so
// the layout's wrapping is the PDF's. A gofpdf document is kept only for
// measuring; it is not safe for concurrent use, hence the lock.
type measurer struct {
	mu    sync.Mutex
	pdf   *gofpdf.Fpdf
	style string  // the face set last: gofpdf's SetFont is slow to repeat
	size  float64 // and a layout measures thousands of words in one face
}

// measurers keeps one measurer per font set: parsing the fonts takes
// longer than laying out a short document.
var measurers sync.Map

func newMeasurer(f *Fonts) (*measurer, error) {
	if f == nil {
		f = SystemFonts()
	}
	if m, ok := measurers.Load(f); ok {
		return m.(*measurer), nil
	}
	pdf := gofpdf.New("P", "mm", "A4", "")
	f.addTo(pdf)
	pdf.SetCellMargin(0)
	if err := pdf.Error(); err != nil {
		return nil, err
	}
	m, _ := measurers.LoadOrStore(f, &measurer{pdf: pdf})
	return m.(*measurer), nil
}

// width returns the width of s in millimetres.
func (m *measurer) width(s string, size float64, st Style) float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	if k := st.gofpdf(); k != m.style || size != m.size || m.size == 0 {
		m.pdf.SetFont(family, k, size)
		m.style, m.size = k, size
	}
	return m.pdf.GetStringWidth(s)
}
