package report

// Spec holds every measure of the document format: page, margins, type
// sizes (points) and the geometry of the header, title, signature and
// recipients blocks (millimetres). DefaultSpec follows Hướng dẫn
// 36-HD/VPTW (03/4/2018); a newer guidance is applied by changing values.
type Spec struct {
	PageW, PageH float64 // A4 portrait
	// Margins of portrait pages; the left one is the binding edge.
	MarginTop, MarginBottom, MarginLeft, MarginRight float64
	// Margins of landscape pages (lists): the binding edge is then the top.
	LandTop, LandBottom, LandLeft, LandRight float64

	Body        float64 // body text
	LineFactor  float64 // line height as a multiple of the type size
	Indent      float64 // first-line indent of body paragraphs
	ParaSpace   float64 // space after a body paragraph
	TableText   float64 // text in tables
	TableHead   float64 // table headings
	TableLine   float64 // line height in tables, as a multiple of the type size
	CellPadding float64 // inside table cells, left/right and top/bottom

	// Header block: the left column holds the superior body, the issuing
	// body, a star and the number; the right one the national motto and the
	// place and date.
	HeaderLeftW     float64 // width of the left column
	HeaderRightW    float64 // width of the right column (flush with the right margin)
	Superior        float64 // "ĐẢNG BỘ TỈNH …", upper case
	Issuer          float64 // "BAN TUYÊN GIÁO VÀ DÂN VẬN", bold upper case
	Number          float64 // "Số 12-BC/BTGDVTU"
	PartyMotto      float64 // "ĐẢNG CỘNG SẢN VIỆT NAM", bold upper case
	StateMotto      float64 // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold upper case
	StateMotto2     float64 // "Độc lập - Tự do - Hạnh phúc", bold
	PlaceDate       float64 // "Tân Phước, ngày 05 tháng 02 năm 2026", italic
	MottoRuleW      float64 // rule under the motto, as a share of its text width
	AfterHeader     float64 // space between the header block and the title
	DocType         float64 // "BÁO CÁO", "TỜ TRÌNH", "DANH SÁCH", bold upper case
	TitleSummary    float64 // summary line under the type, bold
	AfterTitle      float64 // space after the title block
	SignTitle       float64 // "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", bold upper case
	SignName        float64 // the signer's name, bold
	SignSpace       float64 // room for the signature and seal
	SignW           float64 // width of the signature column (flush right)
	Recipients      float64 // "Nơi nhận:" and its lines
	RecipientsW     float64 // width of the recipients column (flush left)
	PageNumber      float64 // page numbers, from page 2, centred at the top
	PageNumberY     float64 // baseline of the page number below the top edge (in the margin)
	FooterReserve   float64 // room kept free above the bottom margin
	CertBorder      float64 // certificate border inset from the page edge
	CertBorderWidth float64 // certificate border line width
}

// DefaultSpec is the format of Hướng dẫn 36-HD/VPTW.
func DefaultSpec() Spec {
	return Spec{
		PageW: 210, PageH: 297,
		MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,
		LandTop: 25, LandBottom: 15, LandLeft: 20, LandRight: 15,
		Body: 14, LineFactor: 1.2, Indent: 10, ParaSpace: 2.5,
		TableText: 11, TableHead: 11, TableLine: 1.12, CellPadding: 1.2,
		HeaderLeftW: 80, HeaderRightW: 95,
		Superior: 14, Issuer: 14, Number: 14, PartyMotto: 15, StateMotto: 13, StateMotto2: 14,
		PlaceDate: 14, MottoRuleW: 1.0, AfterHeader: 8,
		DocType: 16, TitleSummary: 14, AfterTitle: 6,
		SignTitle: 14, SignName: 14, SignSpace: 24, SignW: 85,
		Recipients: 12, RecipientsW: 75,
		PageNumber: 14, PageNumberY: 13, FooterReserve: 0,
		CertBorder: 10, CertBorderWidth: 1.2,
	}
}

// ptMM converts points to millimetres.
const ptMM = 25.4 / 72

// lineH is the height of a line of text of the given size.
func (s Spec) lineH(size float64) float64 { return size * ptMM * s.LineFactor }
