package report_test

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// What the format tests read from a PDF itself: the words and lines
// pdftotext finds, with their boxes, and the pixels pdftoppm draws. All
// measures are in millimetres from the page's top-left corner.

const ptToMM = 25.4 / 72

// pdfWord is a word or a line of text as pdftotext -bbox-layout boxes it.
type pdfWord struct {
	X0, Y0, X1, Y1 float64
	Text           string
}

// pdfLine is a line of text: its box and its words.
type pdfLine struct {
	pdfWord
	Words []pdfWord
}

// pdfPage is one page: its size and its lines in reading order.
type pdfPage struct {
	W, H  float64
	Lines []pdfLine
}

var (
	bboxPage = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	bboxLine = regexp.MustCompile(`<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">`)
	bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// pdfWritten writes pdf to a temporary file and returns its path.
func pdfWritten(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(tempDir(t), "do.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfLayout reads the pages first to last (1-based; 0, 0: all) of a PDF.
func pdfLayout(t testing.TB, pdf []byte, first, last int) []pdfPage {
	t.Helper()
	args := []string{"-bbox-layout"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	out := pdftotextArgs(t, append(args, pdfWritten(t, pdf))...)
	num := func(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f * ptToMM }
	var pages []pdfPage
	for _, l := range strings.Split(string(out), "\n") {
		if m := bboxPage.FindStringSubmatch(l); m != nil {
			pages = append(pages, pdfPage{W: num(m[1]), H: num(m[2])})
		} else if m := bboxLine.FindStringSubmatch(l); m != nil && len(pages) > 0 {
			p := &pages[len(pages)-1]
			p.Lines = append(p.Lines, pdfLine{pdfWord: pdfWord{num(m[1]), num(m[2]), num(m[3]), num(m[4]), ""}})
		} else if m := bboxWord.FindStringSubmatch(l); m != nil && len(pages) > 0 && len(pages[len(pages)-1].Lines) > 0 {
			p := &pages[len(pages)-1]
			ln := &p.Lines[len(p.Lines)-1]
			w := pdfWord{num(m[1]), num(m[2]), num(m[3]), num(m[4]), html.UnescapeString(m[5])}
			ln.Words = append(ln.Words, w)
			ln.Text = strings.TrimSpace(ln.Text + " " + w.Text)
		}
	}
	return pages
}

// pdftotextArgs runs pdftotext with these arguments, writing to stdout.
func pdftotextArgs(t testing.TB, args ...string) []byte {
	t.Helper()
	skipWithoutPoppler(t, "pdftotext")
	out, err := exec.Command("pdftotext", append(args, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext (make test installs poppler-utils): %v", err)
	}
	return out
}

// find returns the first line whose text starts with prefix.
func (p pdfPage) find(prefix string) (pdfLine, bool) {
	for _, l := range p.Lines {
		if strings.HasPrefix(l.Text, prefix) {
			return l, true
		}
	}
	return pdfLine{}, false
}

// inkWidth is the sum of the widths of a line's words: what its type size
// and style make it, however the words are spaced (justified or not).
func (l pdfLine) inkWidth() float64 {
	w := 0.0
	for _, wd := range l.Words {
		w += wd.X1 - wd.X0
	}
	return w
}

// pdfFace says in what size and style a line of the PDF is set: of the
// sizes 10–18 pt by halves and the four styles, the one whose width for
// the line's words is nearest the width the PDF gives them.
func pdfFace(l pdfLine) (size float64, bold, italic bool) {
	best := 1e9
	for s := 10.0; s <= 18; s += 0.5 {
		for _, st := range []struct{ b, i bool }{{false, false}, {true, false}, {false, true}, {true, true}} {
			w := 0.0
			for _, wd := range l.Words {
				w += textWidth(wd.Text, s, st.b, st.i)
			}
			if d := abs(w - l.inkWidth()); d < best {
				best, size, bold, italic = d, s, st.b, st.i
			}
		}
	}
	return size, bold, italic
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func faceName(size float64, bold, italic bool) string {
	st := "đứng"
	switch {
	case bold && italic:
		st = "đậm nghiêng"
	case bold:
		st = "đậm"
	case italic:
		st = "nghiêng"
	}
	return fmt.Sprintf("%g pt %s", size, st)
}

// grayPage is a page drawn in grey levels by pdftoppm: Pix[y*W+x], 0 black.
type grayPage struct {
	W, H int
	DPI  float64
	Pix  []byte
}

// pdfGray draws page (1-based) at dpi.
func pdfGray(t testing.TB, path string, page int, dpi float64) grayPage {
	t.Helper()
	skipWithoutPoppler(t, "pdftoppm")
	out, err := exec.Command("pdftoppm", "-gray", "-r", strconv.Itoa(int(dpi)), "-f", strconv.Itoa(page), "-l", strconv.Itoa(page),
		path).Output()
	if err != nil {
		t.Fatalf("pdftoppm (poppler-utils): %v", err)
	}
	// A binary PGM: "P5\n<w> <h>\n255\n" then the pixels.
	var w, h, maxv int
	r := bytes.NewReader(out)
	if _, err := fmt.Fscanf(r, "P5\n%d %d\n%d", &w, &h, &maxv); err != nil {
		t.Fatalf("pdftoppm output: %v", err)
	}
	r.ReadByte() // the single white space after the header
	pix := out[len(out)-r.Len():]
	if len(pix) < w*h {
		t.Fatalf("pdftoppm output: %d pixels for %d×%d", len(pix), w, h)
	}
	return grayPage{W: w, H: h, DPI: dpi, Pix: pix[:w*h]}
}

// dark says whether the pixel at x, y millimetres is inked.
func (g grayPage) dark(x, y float64) bool {
	px, py := int(x/25.4*g.DPI), int(y/25.4*g.DPI)
	if px < 0 || py < 0 || px >= g.W || py >= g.H {
		return false
	}
	return g.Pix[py*g.W+px] < 160
}

// inkOutside returns the first inked point outside the box (left, top,
// right, bottom in millimetres), not counting the areas skipped.
func (g grayPage) inkOutside(left, top, right, bottom float64, skip ...pdfWord) (x, y float64, found bool) {
	step := 25.4 / g.DPI
	for py := 0; py < g.H; py++ {
		for px := 0; px < g.W; px++ {
			x, y := (float64(px)+0.5)*step, (float64(py)+0.5)*step
			if x >= left && x <= right && y >= top && y <= bottom {
				continue
			}
			if g.Pix[py*g.W+px] >= 160 {
				continue
			}
			skipped := false
			for _, s := range skip {
				if x >= s.X0-1 && x <= s.X1+1 && y >= s.Y0-1 && y <= s.Y1+1 {
					skipped = true
				}
			}
			if !skipped {
				return x, y, true
			}
		}
	}
	return 0, 0, false
}

// skipWithoutPoppler ends the test, skipped, where the Windows test
// binaries run under wine without poppler (.ci/windows-tests), after every
// check made before; make test installs poppler-utils, so elsewhere a
// missing tool fails the test.
func skipWithoutPoppler(t testing.TB, tool string) {
	t.Helper()
	if runtime.GOOS != "windows" {
		return
	}
	if _, err := exec.LookPath(tool); err != nil {
		t.Skip(tool + " is not installed on this Windows machine: the PDF is not measured")
	}
}
