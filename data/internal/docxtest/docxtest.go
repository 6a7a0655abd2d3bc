// Package docxtest reads a .docx back for tests: its parts, and the XML of
// a part as a tree of elements named by their local names ("p", "tbl",
// "tblHeader"), as a person reading WordprocessingML thinks of them.
package docxtest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// File is an unzipped .docx.
type File struct {
	Parts map[string][]byte
	Names []string // in the order of the zip
}

// Open unzips a .docx, failing the test when it is no zip.
func Open(t testing.TB, b []byte) *File {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	f := &File{Parts: map[string][]byte{}}
	for _, e := range z.File {
		r, err := e.Open()
		if err != nil {
			t.Fatalf("%s: %v", e.Name, err)
		}
		body, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", e.Name, err)
		}
		f.Parts[e.Name] = body
		f.Names = append(f.Names, e.Name)
	}
	return f
}

// XML parses a part, failing the test when it is missing or not
// well-formed XML.
func (f *File) XML(t testing.TB, name string) *Node {
	t.Helper()
	b, ok := f.Parts[name]
	if !ok {
		t.Fatalf("no part %s in %v", name, f.Names)
	}
	n, err := Parse(b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return n
}

// Node is an XML element.
type Node struct {
	Name  string            // local name
	Attr  map[string]string // by local name
	Kids  []*Node
	Chars string // the character data directly inside
}

// Parse reads an XML document into its root element.
func Parse(b []byte) (*Node, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	root := &Node{}
	stack := []*Node{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		top := stack[len(stack)-1]
		switch x := tok.(type) {
		case xml.StartElement:
			n := &Node{Name: x.Name.Local, Attr: map[string]string{}}
			for _, a := range x.Attr {
				n.Attr[a.Name.Local] = a.Value
			}
			top.Kids = append(top.Kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.Chars += string(x)
		}
	}
	if len(root.Kids) != 1 {
		return nil, io.ErrUnexpectedEOF
	}
	return root.Kids[0], nil
}

// All returns the elements of that name under n, in document order.
func (n *Node) All(name string) []*Node {
	var out []*Node
	for _, k := range n.Kids {
		if k.Name == name {
			out = append(out, k)
		}
		out = append(out, k.All(name)...)
	}
	return out
}

// First returns the first element of that name under n, or nil.
func (n *Node) First(name string) *Node {
	for _, k := range n.Kids {
		if k.Name == name {
			return k
		}
		if f := k.First(name); f != nil {
			return f
		}
	}
	return nil
}

// Children returns n's own children of that name.
func (n *Node) Children(name string) []*Node {
	var out []*Node
	for _, k := range n.Kids {
		if k.Name == name {
			out = append(out, k)
		}
	}
	return out
}

// Val is the w:val of the first element of that name under n; "" when
// there is none, and "on" when it has no w:val (a toggle set).
func (n *Node) Val(name string) string {
	f := n.First(name)
	if f == nil {
		return ""
	}
	if v, ok := f.Attr["val"]; ok {
		return v
	}
	return "on"
}

// Text is the text of n's runs: its w:t, a line break as "\n".
func (n *Node) Text() string {
	var b strings.Builder
	var walk func(*Node)
	walk = func(m *Node) {
		switch m.Name {
		case "t":
			b.WriteString(m.Chars)
		case "br":
			b.WriteString("\n")
		}
		for _, k := range m.Kids {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

// Paragraphs returns the text of each paragraph under n.
func (n *Node) Paragraphs() []string {
	var out []string
	for _, p := range n.All("p") {
		out = append(out, p.Text())
	}
	return out
}
