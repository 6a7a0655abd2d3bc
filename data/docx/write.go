package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"time"
)

const (
	nsW  = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR  = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	xmlH = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	ctWP = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	rel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

// Write returns the document as the bytes of a .docx file. The same
// document gives the same bytes: the parts are in a fixed order and dated
// d.Created.
func Write(d *Document) ([]byte, error) {
	if len(d.Styles) == 0 || d.Styles[0].BasedOn != "" {
		return nil, fmt.Errorf("docx: the first style must be the default one")
	}
	if len(d.Sections) == 0 {
		return nil, fmt.Errorf("docx: a document needs a section")
	}
	styles, err := resolve(d.Styles)
	if err != nil {
		return nil, err
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreProps(d)},
		{"docProps/app.xml", xmlH + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>` + esc(d.Creator) + `</Application></Properties>`},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/document.xml", body(d, styles)},
		{"word/styles.xml", stylesPart(d)},
		{"word/settings.xml", settings},
		{"word/header1.xml", header(&d.PageNumber, styles)},
		{"word/header2.xml", header(&Paragraph{Style: d.PageNumber.Style}, styles)},
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	created := d.Created.UTC()
	if created.Year() < 1980 {
		created = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: created})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write([]byte(p.body)); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// resolve indexes the styles by ID; "" is the default style.
func resolve(list []Style) (map[string]*Style, error) {
	m := map[string]*Style{"": &list[0]}
	for i := range list {
		s := &list[i]
		if s.ID == "" || m[s.ID] != nil {
			return nil, fmt.Errorf("docx: style ID %q missing or repeated", s.ID)
		}
		m[s.ID] = s
	}
	for _, s := range list[1:] {
		if m[s.BasedOn] == nil {
			return nil, fmt.Errorf("docx: style %q is based on an unknown style", s.ID)
		}
	}
	return m, nil
}

// body is document.xml: the sections one after the other, each ended by
// its sectPr (in its last paragraph; the last section's in the body).
func body(d *Document, styles map[string]*Style) string {
	w := &xw{styles: styles}
	w.s(xmlH, "<w:document ", nsW, " ", nsR, "><w:body>")
	for i := range d.Sections {
		sec := &d.Sections[i]
		last := i == len(d.Sections)-1
		sect := sectPr(sec)
		prevTable := false
		for j, b := range sec.Body {
			switch b := b.(type) {
			case *Paragraph:
				end := ""
				if j == len(sec.Body)-1 && !last {
					end, sect = sect, ""
				}
				w.para(b, end)
				prevTable = false
			case *Table:
				if prevTable { // two tables in a row would merge into one
					w.s(thinPara(""))
				}
				w.table(b)
				prevTable = true
			}
		}
		switch {
		case last && prevTable:
			w.s(thinPara("")) // the body ends with a paragraph
		case !last && sect != "":
			w.s(thinPara(sect))
		}
		if last {
			w.s(sect)
		}
	}
	w.s("</w:body></w:document>")
	return w.String()
}

// thinPara is an empty paragraph a point high: what Word needs after a
// table, or to hold a section's end.
func thinPara(sect string) string {
	return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr>` +
		sect + `</w:pPr></w:p>`
}

func sectPr(s *Section) string {
	var b strings.Builder
	b.WriteString("<w:sectPr>")
	if s.PageNumbers {
		b.WriteString(`<w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>`)
	}
	b.WriteString(`<w:type w:val="nextPage"/><w:pgSz w:w="` + itoa(int(s.PageW)) + `" w:h="` + itoa(int(s.PageH)) + `"`)
	if s.PageW > s.PageH {
		b.WriteString(` w:orient="landscape"`)
	}
	b.WriteString(`/><w:pgMar w:top="` + itoa(int(s.Top)) + `" w:right="` + itoa(int(s.Right)) + `" w:bottom="` + itoa(int(s.Bottom)) +
		`" w:left="` + itoa(int(s.Left)) + `" w:header="` + itoa(int(s.Header)) + `" w:footer="` + itoa(int(s.Header)) + `" w:gutter="0"/>`)
	if s.PageNumbers {
		b.WriteString(`<w:pgNumType w:start="1"/><w:titlePg/>`)
	}
	b.WriteString("</w:sectPr>")
	return b.String()
}

func header(p *Paragraph, styles map[string]*Style) string {
	w := &xw{styles: styles}
	w.s(xmlH, "<w:hdr ", nsW, " ", nsR, ">")
	w.para(p, "")
	w.s("</w:hdr>")
	return w.String()
}

// stylesPart is styles.xml: the font and language of everything, then
// each style with what differs from its base.
func stylesPart(d *Document) string {
	var b strings.Builder
	f := esc(d.Font)
	b.WriteString(xmlH + "<w:styles " + nsW + "><w:docDefaults><w:rPrDefault><w:rPr>" +
		`<w:rFonts w:ascii="` + f + `" w:hAnsi="` + f + `" w:eastAsia="` + f + `" w:cs="` + f + `"/>` +
		`<w:lang w:val="` + esc(d.Lang) + `" w:eastAsia="` + esc(d.Lang) + `" w:bidi="ar-SA"/>` +
		"</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>")
	byID := map[string]Style{}
	for _, s := range d.Styles {
		byID[s.ID] = s
	}
	for i, s := range d.Styles {
		base := byID[s.BasedOn] // the zero Style for the default one: Word's defaults
		b.WriteString(`<w:style w:type="paragraph"`)
		if i == 0 {
			b.WriteString(` w:default="1"`)
		} else {
			b.WriteString(` w:customStyle="1"`)
		}
		b.WriteString(` w:styleId="` + s.ID + `"><w:name w:val="` + esc(s.Name) + `"/>`)
		if s.BasedOn != "" {
			b.WriteString(`<w:basedOn w:val="` + s.BasedOn + `"/>`)
		}
		if s.Next != "" {
			b.WriteString(`<w:next w:val="` + s.Next + `"/>`)
		}
		b.WriteString("<w:qFormat/>")
		if p := paraDiff(s.Para, base.Para); p != "" {
			b.WriteString("<w:pPr>" + p + "</w:pPr>")
		}
		if r := runDiff(s.Run, base.Run); r != "" {
			b.WriteString("<w:rPr>" + r + "</w:rPr>")
		}
		b.WriteString("</w:style>")
	}
	b.WriteString("</w:styles>")
	return b.String()
}

func coreProps(d *Document) string {
	date := d.Created.UTC().Format("2006-01-02T15:04:05Z")
	return xmlH + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		"<dc:title>" + esc(d.Title) + "</dc:title><dc:subject>" + esc(d.Subject) + "</dc:subject><dc:creator>" + esc(d.Creator) +
		"</dc:creator><dc:language>" + esc(d.Lang) + `</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">` + date +
		`</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + date + "</dcterms:modified></cp:coreProperties>"
}

// esc escapes text for XML, in NFC.
func esc(s string) string {
	var w xw
	w.text(s)
	return w.String()
}

const contentTypes = xmlH + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="` + ctWP + `document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="` + ctWP + `styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="` + ctWP + `settings+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="` + ctWP + `header+xml"/>` +
	`<Override PartName="/word/header2.xml" ContentType="` + ctWP + `header+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const packageRels = xmlH + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + rel + `officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + rel + `extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const documentRels = xmlH + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rIdS" Type="` + rel + `styles" Target="styles.xml"/>` +
	`<Relationship Id="rIdT" Type="` + rel + `settings" Target="settings.xml"/>` +
	`<Relationship Id="rIdH1" Type="` + rel + `header" Target="header1.xml"/>` +
	`<Relationship Id="rIdH2" Type="` + rel + `header" Target="header2.xml"/>` +
	`</Relationships>`

// settings: Word's current compatibility mode, so Word opens the file as a
// document of its own version rather than in "Compatibility Mode".
const settings = xmlH + "<w:settings " + nsW + `><w:defaultTabStop w:val="720"/>` +
	`<w:characterSpacingControl w:val="doNotCompress"/><w:compat>` +
	`<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>` +
	`</w:compat></w:settings>`
