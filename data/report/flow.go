package report

// The flow of a document is what a word processor holds: paragraphs and
// tables in reading order, without page breaks or positions. The builder
// records it while it lays the pages out, from the same calls and the
// same measures (column widths, indents, sizes), so the Word document
// (RenderDOCX) says what the PDF prints and no document is written twice.
// Only the documents that go out as Word record it (see recordFlow); a
// Doc without sections has no Word form.

// Section is one document of a Doc in its flow: a Tờ trình and the list
// attached to it are two sections, each with its own paper, page numbers
// and header.
type Section struct {
	Spec      Spec
	Landscape bool
	Blocks    []Block
}

// Block is a HeaderBlock, TitleBlock, ParagraphBlock, AddresseeBlock,
// TableBlock, SignatureBlock or SpaceBlock.
type Block interface{ block() }

// HeaderBlock is the two columns of a Party document's first lines.
type HeaderBlock struct {
	Left      []HeaderLine // superior body, issuing body, star
	Number    string       // "Số 12-BC/BTGDVTU"; "" when the document has no number
	Motto     string       // "ĐẢNG CỘNG SẢN VIỆT NAM"
	MottoRule float64      // length of the rule under the motto (mm)
	Date      string       // place and date; "" when none
}

// HeaderLine is a line of the header's left column.
type HeaderLine struct {
	Text  string
	Size  float64
	Style Style
}

// TitleBlock is the document type, its trích yếu and the italic note
// under it ("(Kèm theo Tờ trình số …)"), centred above a short rule.
type TitleBlock struct {
	Kind, Summary, Note string
}

// Role says what a paragraph is, which names its style in Word.
type Role int

// Roles of paragraphs.
const (
	RoleBody    Role = iota // body text, and any paragraph of no other role
	RoleHeading             // a section heading, kept with what follows
	RoleCaption             // "Bảng 1. …", kept with its table
)

// ParagraphBlock is one paragraph (one line of the text given to the
// builder: the builder breaks text at newlines into paragraphs).
type ParagraphBlock struct {
	Text        string
	Size        float64
	Style       Style
	Align       Align   // Justify: the last line is left-aligned
	Indent      float64 // first line (mm)
	Left, Right float64 // indents from the margins (mm)
	After       float64 // space after (mm)
	Role        Role
}

// AddresseeBlock is "Kính gửi:" and whom to, one under the other after the
// label, the whole centred as the PDF places it.
type AddresseeBlock struct {
	Label  string // "Kính gửi: "
	Lines  []string
	Left   float64 // from the left margin to the label (mm)
	LabelW float64 // the label's width: the lines start after it (mm)
	Size   float64
	After  float64
}

// TableBlock is a table with its heading row, as the PDF sets it.
type TableBlock struct {
	Cols   []Column
	Widths []float64 // of the columns (mm), as measured for the PDF
	Rows   []Row
	Size   float64 // type size
	Pad    float64 // cell padding (mm)
	Line   float64 // line height as a multiple of the size
	// Tail is the first row kept with what follows the table (the
	// signature of a list; see Table.Keep), or -1.
	Tail int
}

// SignatureBlock is "Nơi nhận" on the left and the signature on the right.
type SignatureBlock struct {
	Lines       []string // heading, authority and title, upper case
	Name        string
	Recipients  []string // "" label and no lines when the document has none
	RecipientsW float64  // width of the recipients column (mm)
}

// SpaceBlock is vertical space (mm) between two blocks.
type SpaceBlock struct{ H float64 }

func (HeaderBlock) block()    {}
func (TitleBlock) block()     {}
func (ParagraphBlock) block() {}
func (AddresseeBlock) block() {}
func (TableBlock) block()     {}
func (SignatureBlock) block() {}
func (SpaceBlock) block()     {}

// recordFlow makes the builder record the flow of the document it lays
// out, as a Section of the Doc.
func (b *builder) recordFlow() {
	b.sec = &Section{Spec: b.spec, Landscape: b.land}
	b.doc.Sections = append(b.doc.Sections, b.sec)
}

// rec records a block of the flow, when the flow is recorded.
func (b *builder) rec(bl Block) {
	if b.sec != nil {
		b.sec.Blocks = append(b.sec.Blocks, bl)
	}
}

// space moves down h millimetres, in the layout and in the flow.
func (b *builder) space(h float64) {
	b.y += h
	b.rec(SpaceBlock{H: h})
}
