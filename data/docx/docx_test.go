package docx_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/danvankheo/danvankheo/data/docx"
	"github.com/danvankheo/danvankheo/data/internal/docxtest"
)

var (
	plain = docx.Style{ID: "VanBan", Name: "Văn bản", Run: docx.RunProps{Size: 14}}
	body  = docx.Style{ID: "NoiDung", Name: "Nội dung", BasedOn: "VanBan", Run: docx.RunProps{Size: 14},
		Para: docx.ParaProps{Align: docx.Both, FirstLine: docx.MM(10), After: docx.MM(2.5)}}
	head = docx.Style{ID: "DeMuc", Name: "Đề mục", BasedOn: "NoiDung", Run: docx.RunProps{Size: 14, Bold: true},
		Para: docx.ParaProps{Align: docx.Both, FirstLine: docx.MM(10), After: docx.MM(2.5), KeepNext: true}}
)

func sample(sections ...docx.Section) *docx.Document {
	return &docx.Document{Title: "Thử", Creator: "Dân vận khéo", Created: time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC),
		Font: "Times New Roman", Lang: "vi-VN", Styles: []docx.Style{plain, body, head},
		PageNumber: docx.Paragraph{Runs: []docx.Run{{Field: "PAGE"}}}, Sections: sections}
}

func a4(landscape bool, blocks ...docx.Block) docx.Section {
	s := docx.Section{PageW: docx.MM(210), PageH: docx.MM(297), Top: docx.MM(20), Bottom: docx.MM(20),
		Left: docx.MM(30), Right: docx.MM(15), Header: docx.MM(8.6), PageNumbers: true, Body: blocks}
	if landscape {
		s.PageW, s.PageH = s.PageH, s.PageW
	}
	return s
}

func write(t *testing.T, d *docx.Document) *docxtest.File {
	t.Helper()
	b, err := docx.Write(d)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := docx.Write(d)
	if !bytes.Equal(b, again) {
		t.Fatal("the same document gave different bytes")
	}
	return docxtest.Open(t, b)
}

// TestWriteText: text is written in NFC, escaped, without what XML cannot
// hold, and every part is well-formed.
func TestWriteText(t *testing.T) {
	nfd := norm.NFD.String("Nguyễn Thị Thanh Hương & <Ủy ban> \"Đảng\"")
	f := write(t, sample(a4(false, &docx.Paragraph{Style: "NoiDung", Props: body.Para,
		Runs: []docx.Run{{Text: nfd + "\x01\x0b", Props: body.Run}}})))
	for _, name := range f.Names {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			f.XML(t, name)
		}
	}
	got := f.XML(t, "word/document.xml").First("body").Paragraphs()[0]
	want := "Nguyễn Thị Thanh Hương & <Ủy ban> \"Đảng\""
	if got != want || !norm.NFC.IsNormalString(got) {
		t.Fatalf("text %q, want %q in NFC", got, want)
	}
	if f.Names[0] != "[Content_Types].xml" {
		t.Fatalf("parts %v", f.Names)
	}
	core := string(f.Parts["docProps/core.xml"])
	if !strings.Contains(core, "<dc:title>Thử</dc:title>") || !strings.Contains(core, "2026-02-05T00:00:00Z") {
		t.Fatalf("core properties: %s", core)
	}
}

// TestWriteStyleDifferences: a paragraph writes only what differs from its
// style, and a style only what differs from its base.
func TestWriteStyleDifferences(t *testing.T) {
	centred := body.Para
	centred.Align, centred.FirstLine = docx.Center, 0
	notBold := head.Run
	notBold.Bold = false
	f := write(t, sample(a4(false,
		&docx.Paragraph{Style: "NoiDung", Props: body.Para, Runs: []docx.Run{{Text: "như kiểu", Props: body.Run}}},
		&docx.Paragraph{Style: "NoiDung", Props: centred, Runs: []docx.Run{{Text: "giữa", Props: body.Run}}},
		&docx.Paragraph{Style: "DeMuc", Props: head.Para, Runs: []docx.Run{{Text: "đề mục thường", Props: notBold}}},
	)))
	ps := f.XML(t, "word/document.xml").All("p")
	if pPr := ps[0].First("pPr"); len(pPr.Kids) != 1 || pPr.Val("pStyle") != "NoiDung" || ps[0].First("rPr") != nil {
		t.Fatalf("a paragraph as its style writes more than its style: %+v", pPr.Kids)
	}
	if ps[1].Val("jc") != "center" || ps[1].First("ind").Attr["firstLine"] != "0" || ps[1].First("spacing") != nil {
		t.Fatal("a centred paragraph without indent is not written so, or writes its spacing again")
	}
	if ps[2].Val("b") != "0" {
		t.Fatal("a run not bold in a bold style is not written so")
	}
	var heading *docxtest.Node
	for _, s := range f.XML(t, "word/styles.xml").All("style") {
		if s.Attr["styleId"] == "DeMuc" {
			heading = s
		}
	}
	if heading == nil || heading.Val("name") != "Đề mục" || heading.Val("basedOn") != "NoiDung" ||
		heading.Val("keepNext") != "on" || heading.Val("b") != "on" || heading.First("jc") != nil || heading.First("sz") != nil {
		t.Fatal("the style Đề mục does not write just its bold and keep-with-next over Nội dung")
	}
}

// TestWriteSections: each section ends with its own sectPr, paper and
// margins; a section ending in a table gets a paragraph to hold it; two
// tables in a row are kept apart; headers number the pages from 1.
func TestWriteSections(t *testing.T) {
	tbl := func() *docx.Table {
		return &docx.Table{Widths: []docx.Length{docx.MM(50), docx.MM(50)}, Border: 4,
			Rows: []docx.Row{{Header: true, Cells: []docx.Cell{{}, {}}}, {CantSplit: true, Cells: []docx.Cell{{Span: 2}}}}}
	}
	f := write(t, sample(a4(false, &docx.Paragraph{Runs: []docx.Run{{Text: "một"}}}, tbl()), a4(true, tbl(), tbl())))
	doc := f.XML(t, "word/document.xml")
	bodyNode := doc.First("body")
	var kinds []string
	for _, k := range bodyNode.Kids {
		kinds = append(kinds, k.Name)
	}
	if got := strings.Join(kinds, " "); got != "p tbl p tbl p tbl p sectPr" {
		t.Fatalf("body holds %s", got)
	}
	sects := doc.All("sectPr")
	if len(sects) != 2 || bodyNode.Kids[2].First("sectPr") != sects[0] {
		t.Fatalf("%d sections; the first should end in the paragraph after its table", len(sects))
	}
	for i, s := range sects {
		sz, mar := s.First("pgSz"), s.First("pgMar")
		landscape := i == 1
		if (sz.Attr["orient"] == "landscape") != landscape || (sz.Attr["w"] == "16838") != landscape ||
			mar.Attr["top"] != "1134" || mar.Attr["left"] != "1701" || mar.Attr["right"] != "850" {
			t.Errorf("section %d: page %v, margins %v", i+1, sz.Attr, mar.Attr)
		}
		if s.Val("titlePg") != "on" || s.First("pgNumType").Attr["start"] != "1" || len(s.Children("headerReference")) != 2 {
			t.Errorf("section %d does not number its own pages from the second", i+1)
		}
	}
	if h := f.XML(t, "word/header1.xml"); !strings.Contains(h.First("instrText").Chars, "PAGE") {
		t.Fatal("no PAGE field in the header")
	}
	if h := f.XML(t, "word/header2.xml"); strings.TrimSpace(h.Text()) != "" {
		t.Fatal("the first page's header is not empty")
	}
	rows := doc.All("tr")
	if rows[0].Val("tblHeader") != "on" || rows[1].First("tblHeader") != nil || rows[1].Val("cantSplit") != "on" {
		t.Fatal("heading row or unsplittable row not marked")
	}
	if rows[1].Val("gridSpan") != "2" || rows[1].First("tcW").Attr["w"] != "5670" {
		t.Fatal("a spanning cell does not span")
	}
}

// TestWriteRefuses: a document without sections or a default style is no
// document.
func TestWriteRefuses(t *testing.T) {
	d := sample()
	if _, err := docx.Write(d); err == nil {
		t.Fatal("a document without a section written")
	}
	d = sample(a4(false))
	d.Styles = []docx.Style{body}
	if _, err := docx.Write(d); err == nil {
		t.Fatal("a document whose first style has a base written")
	}
	d.Styles = []docx.Style{plain, plain}
	if _, err := docx.Write(d); err == nil {
		t.Fatal("a style ID given twice written")
	}
}
