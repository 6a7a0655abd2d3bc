// Package docx writes Word documents (.docx: WordprocessingML of
// ECMA-376, as Word and LibreOffice read it), only as far as the office's
// documents use it: named paragraph styles, paragraphs of runs, tables
// whose heading row repeats on every page, sections with their own paper,
// orientation and margins, and page numbers from the second page of each
// section. Everything is a real paragraph or table: no text boxes, no
// positioned shapes, so the document stays editable.
//
// A paragraph or run carries all its properties; the writer compares them
// with its style and writes only what differs, so changing a style in
// Word changes every paragraph that follows it.
package docx

import (
	"math"
	"time"
)

// Length is a distance in twentieths of a point (twips), Word's unit.
type Length int

// MM converts millimetres to a Length.
func MM(mm float64) Length { return Length(math.Round(mm * 1440 / 25.4)) }

// Pt converts points to a Length.
func Pt(pt float64) Length { return Length(math.Round(pt * 20)) }

// Align places the lines of a paragraph.
type Align int

// Alignments. Both is justified: the last line of a paragraph stays left.
const (
	Left Align = iota
	Center
	Right
	Both
)

// ParaProps are a paragraph's properties. The zero value is Word's
// default: left-aligned, no indents, no spacing, single lines.
type ParaProps struct {
	Align                           Align
	Left, Right, FirstLine, Hanging Length // indents; FirstLine and Hanging exclude each other
	Before, After                   Length // spacing
	// Line is the least line height; 0 is single spacing.
	Line Length
	// Exact makes Line the exact height (a rule's thin paragraph).
	Exact     bool
	KeepNext  bool // on the page of the next paragraph
	KeepLines bool // never split across pages
	// TopRule draws a rule over the paragraph, between its indents, this
	// many eighths of a point thick (0: none).
	TopRule int
}

// RunProps are a run's properties; the zero value is Word's default.
type RunProps struct {
	Size                    float64 // points, by halves; 0: Word's default
	Bold, Italic, Underline bool
}

// Style is a named paragraph style. Para and Run are its full properties
// (its base's included): the writer writes what differs from the base.
type Style struct {
	ID      string // ASCII, referenced by paragraphs
	Name    string // as Word shows it ("Nội dung")
	BasedOn string // ID of the base style; "" for the default style
	Next    string // ID of the style of the paragraph Enter makes; "": this one
	Para    ParaProps
	Run     RunProps
}

// Run is text in one set of properties.
type Run struct {
	Text  string
	Props RunProps
	Break bool   // a line break before the text
	Field string // a field ("PAGE") in place of the text
}

// Paragraph is a paragraph of a style, its properties as they should be.
type Paragraph struct {
	Style string // style ID; "" is the default style
	Props ParaProps
	Runs  []Run
}

// Table is a table whose columns have fixed widths.
type Table struct {
	Widths []Length // of the columns
	Indent Length   // from the left margin
	// Border is the thickness of every cell's border in eighths of a
	// point; 0 for a table without borders (a layout of columns).
	Border int
	// CellX and CellY are the cells' inner margins, left and right, top
	// and bottom.
	CellX, CellY Length
	Rows         []Row
}

// Row is a table row.
type Row struct {
	Header    bool // repeated at the top of every page the table runs on
	CantSplit bool // never split across pages
	Cells     []Cell
}

// Cell is a table cell.
type Cell struct {
	Span  int    // columns it spans; 0 or 1: one
	Fill  string // background as RRGGBB; "" for none
	Paras []Paragraph
}

// Block is a *Paragraph or a *Table.
type Block interface{ block() }

func (*Paragraph) block() {}
func (*Table) block()     {}

// Section is a part of the document with its own page: a new section
// starts on a new page.
type Section struct {
	PageW, PageH             Length // as the paper is turned: landscape is wider than high
	Top, Bottom, Left, Right Length // margins
	Header                   Length // from the top edge to the header (the page number)
	// PageNumbers numbers the pages from 1 in the header, shown from the
	// second page (the first page has a header of its own, empty).
	PageNumbers bool
	Body        []Block
}

// Document is a whole .docx.
type Document struct {
	Title, Subject, Creator string
	Created                 time.Time
	Font                    string // every script's font: "Times New Roman"
	Lang                    string // "vi-VN"
	Styles                  []Style
	// PageNumber is the header paragraph of numbered pages; its runs hold
	// the PAGE field.
	PageNumber Paragraph
	Sections   []Section
}
