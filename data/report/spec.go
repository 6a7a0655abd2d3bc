package report

// Spec holds every measure of the document format: page, margins, type
// sizes (points) and the geometry of the header, title, signature and
// recipients blocks (millimetres). DefaultSpec follows Hướng dẫn
// 36-HD/VPTW (03/4/2018); a newer guidance is applied by changing values.
// docs/document-format.md lists each rule with its source and its test.
type Spec struct {
	PageW, PageH float64 // A4 portrait
	// Margins of portrait pages; the left one is the binding edge.
	MarginTop, MarginBottom, MarginLeft, MarginRight float64
	// Margins of landscape pages (lists). A landscape list is bound with
	// the portrait pages it follows, on its left edge as read: that edge
	// keeps the binding margin, the bottom the portrait page's.
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
	Superior        float64 // "TỈNH ỦY …" over a Ban of the Tỉnh ủy, upper case
	Issuer          float64 // "BAN TUYÊN GIÁO VÀ DÂN VẬN", bold upper case
	Number          float64 // "Số 12-BC/BTGDVTU"
	PartyMotto      float64 // "ĐẢNG CỘNG SẢN VIỆT NAM", bold upper case
	StateMotto      float64 // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold upper case
	StateMotto2     float64 // "Độc lập - Tự do - Hạnh phúc", bold
	PlaceDate       float64 // "Phước Sơn, ngày 05 tháng 02 năm 2026", italic
	MottoRuleW      float64 // rule under the motto, as a share of its text width
	AfterHeader     float64 // space between the header block and the title
	DocType         float64 // "BÁO CÁO", "TỜ TRÌNH", "DANH SÁCH", bold upper case
	TitleSummary    float64 // summary line under the type, bold
	AfterTitle      float64 // space after the title block
	SignTitle       float64 // "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", bold upper case
	SignName        float64 // the signer's name, bold
	SignSpace       float64 // room for the signature and seal
	SignW           float64 // width of the signature column (flush right)
	RecipientsLabel float64 // "Nơi nhận:", underlined
	Recipients      float64 // the lines under "Nơi nhận:"
	RecipientsW     float64 // width of the recipients column (flush left)
	PageNumber      float64 // page numbers, from page 2, centred over the text block in the top margin
	PageNumberY     float64 // baseline of the page number below the top edge (in the margin)
	FooterReserve   float64 // room kept free above the bottom margin
	CertBorder      float64 // certificate border inset from the page edge
	CertBorderWidth float64 // certificate border line width

	// Evaluation sheet (Phiếu đánh giá, chấm điểm) and model file (Hồ sơ mô hình).
	SheetTable       float64 // type size of the criteria table
	SheetNoW         float64 // its "STT" column
	SheetPointsW     float64 // each of its "Điểm tối đa" and "Điểm chấm" columns
	SheetBlankLines  int     // dotted lines left for comments on a blank sheet
	SheetSignSpace   float64 // room for the evaluator's signature (no seal)
	SheetCellPadding float64 // cell padding of the criteria table, tighter so a sheet fits one page
	FormNote         float64 // small notes: thresholds, "(Ký, ghi rõ họ tên)", "Hồ sơ in ngày…"
	ProfileTable     float64 // type size of the model file's tables
	ProfileLabelW    float64 // label column of its identification table
	ProfilePhotoW    float64 // the box its photo is fitted in, keeping proportions
	ProfilePhotoH    float64
	ProfilePhotoDPI  float64 // a larger photo is scaled down to this resolution at its printed size
	ProfileYearW     float64 // "Năm" column of the history tables
	ProfileResultW   float64 // recognition result and level, evaluation conclusion
	ProfileFormW     float64 // award form
	ProfileStatusW   float64 // award status
	ProfileDecisionW float64 // decision number and date
	ProfileScoreW    float64 // evaluation total and date

	// Báo cáo kết quả phong trào (Summary): table captions, the tables'
	// columns and how much body text a heading is kept with.
	SummaryCaption    float64 // "Bảng 1. …", bold, centred above its table
	SummaryCaptionGap float64 // between a caption and its table
	SummaryAfterTable float64 // space after a table
	SummaryKeepLines  float64 // body lines kept on the page of their heading
	SummarySTTCol     float64 // "STT" column
	SummaryUnitCol    float64 // unit names in the field × unit table
	SummaryUnitColMin float64 // …narrowed to this when there are many fields
	SummaryNumCol     float64 // narrowest number column before smaller type is used
	SummarySmallText  float64 // type of the field × unit table when it has many fields
	SummaryYearCol    float64 // "Năm" column
	SummaryCountCol   float64 // number columns of the kind and commendation tables

	// Tờ trình and danh sách đề nghị khen thưởng (proposal.go).
	Addressee         float64 // "Kính gửi: …" under the title of a submission
	AfterAddressee    float64 // space between the "Kính gửi" lines and the body
	AttachNote        float64 // "(Kèm theo Tờ trình số …)" under a list's summary, italic
	PartHead          float64 // "I. TẬP THỂ", "II. CÁ NHÂN", bold
	ProposalNoW       float64 // list column: STT
	ProposalPersonW   float64 // list column: Họ và tên (individuals)
	ProposalPositionW float64 // list column: Chức vụ (individuals)
	ProposalUnitW     float64 // list column: Đơn vị
	ProposalCitationW float64 // list column: Thành tích of collectives (individuals: what the others leave)
	// Certificates (Giấy khen, Bằng khen), A4 landscape: positions are
	// millimetres from the paper's top-left corner, Y a baseline; sizes in
	// points. The variable texts' positions are the defaults of CertLayout.
	CertInnerGap, CertInnerWidth  float64 // inner border: gap inside the outer one, line width
	CertRuleWidth                 float64 // rule under the motto
	CertHeaderY                   float64 // first header line
	CertHeaderSide, CertHeaderW   float64 // Party header in two columns: distance from the page edge, width
	CertHeaderLeft                float64 // its left column: "TỈNH ỦY PHƯỚC SƠN", "BAN THƯỜNG VỤ", "*"
	CertMotto, CertMotto2         float64 // "ĐẢNG CỘNG SẢN VIỆT NAM" / "CỘNG HÒA…"; "Độc lập - Tự do - Hạnh phúc"
	CertAuthority, CertAuthorityY float64 // issuing authority above "TẶNG", bold
	CertGive, CertGiveY           float64 // "TẶNG", bold
	CertTitle, CertTitleY         float64 // "BẰNG KHEN", "GIẤY KHEN": the largest type, bold
	CertTextW                     float64 // width of the centred lines
	CertRecipient, CertRecipientY float64 // the person or collective, bold italic
	CertDetails, CertDetailsY     float64 // position and unit
	CertCitation, CertCitationY   float64 // achievement, italic
	CertSideX, CertSideW          float64 // bottom-left column (decision): left edge; width of both bottom columns
	CertSignX                     float64 // centre of the bottom-right column (place, date, signer)
	CertDecision, CertDecisionY   float64 // "Quyết định số …, ngày …"
	CertPlaceDate, CertPlaceDateY float64 // place and date, italic; the signer's lines follow
	CertSign, CertSignName        float64 // signer's authority and title; name (bold)
	CertSignY, CertSignNameY      float64 // the signer's authority line; the name, below the room for signature and seal
	CertSignRoom                  float64 // clear room to sign and seal between the signer's title and name
	CertShrinkStep                float64 // a text too long for its lines is set smaller by steps, down to CertMinSize
	CertMinSize, CertMaxSize      float64 // type sizes a calibrated field may take
	CertMaxOffset                 float64 // largest printer shift of the whole sheet
	CertGrid, CertGridWidth       float64 // calibration page: labelled grid step, its lines
	CertGridFine, CertTick        float64 // 5 mm lines and millimetre ticks; 5 mm edge ticks and end marks
	CertMMTick, CertGridLabel     float64 // millimetre tick length; labels of the grid
	CertMark, CertMarkWidth       float64 // crosshair half-length and line width
	CertCalY, CertCalTitle        float64 // calibration page's title: baseline and size
	CertCalNote                   float64 // its notes and crosshair labels
}

// DefaultSpec is the format of Hướng dẫn 36-HD/VPTW. "36-HD PL3" is its
// Phụ lục 3, the table of type sizes and styles; "NĐ30" is Nghị định
// 30/2020/NĐ-CP (state documents), used where 36-HD's text was not found;
// "practice" marks a value no text was found for.
func DefaultSpec() Spec {
	return Spec{
		PageW: 210, PageH: 297, // A4 (36-HD: khổ giấy A4)
		// Practice (the 36-HD text was not found); within NĐ30 Phụ lục I
		// (top and bottom 20–25, left 30–35, right 15–20).
		MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,
		LandTop: 20, LandBottom: 20, LandLeft: 30, LandRight: 15,
		// Body 14 (36-HD PL3: nội dung 14–15, đứng); line height and indent: practice.
		Body: 14, LineFactor: 1.2, Indent: 10, ParaSpace: 2.5,
		TableText: 11, TableHead: 11, TableLine: 1.12, CellPadding: 1.2,
		HeaderLeftW: 80, HeaderRightW: 95,
		// 36-HD PL3: cơ quan cấp trên 14 đứng; cơ quan ban hành 14 đứng,
		// đậm; số và ký hiệu 14 đứng; tiêu đề 15 đứng, đậm; địa danh, ngày
		// 14 nghiêng. State motto: NĐ30 (quốc hiệu 12–13, tiêu ngữ 13–14).
		Superior: 14, Issuer: 14, Number: 14, PartyMotto: 15, StateMotto: 13, StateMotto2: 14,
		PlaceDate: 14, MottoRuleW: 1.0, AfterHeader: 8,
		// 36-HD PL3: tên loại 15–16 đứng, đậm; trích yếu 14–15 đứng, đậm.
		DocType: 16, TitleSummary: 14, AfterTitle: 6,
		// Signature: practice (36-HD 1.7.2 was not found).
		SignTitle: 14, SignName: 14, SignSpace: 24, SignW: 85,
		// "Nơi nhận:" 14 underlined, its lines 12: practice (the rows of
		// 36-HD PL3 after "nội dung" were not found).
		RecipientsLabel: 14, Recipients: 12, RecipientsW: 75,
		// Page number: practice, as NĐ30 (13–14, centred in the top margin,
		// none on page 1).
		PageNumber: 14, PageNumberY: 13, FooterReserve: 0,
		CertBorder: 10, CertBorderWidth: 1.2,
		// Evaluation sheet and model file.
		SheetTable: 12, SheetNoW: 12, SheetPointsW: 24, SheetBlankLines: 2, SheetSignSpace: 15, SheetCellPadding: 0.8,
		FormNote:     12,
		ProfileTable: 12, ProfileLabelW: 50, ProfilePhotoW: 130, ProfilePhotoH: 95, ProfilePhotoDPI: 200,
		ProfileYearW: 14, ProfileResultW: 33, ProfileFormW: 32, ProfileStatusW: 32, ProfileDecisionW: 38,
		ProfileScoreW: 26,
		// Báo cáo kết quả phong trào (Summary).
		SummaryCaption: 13, SummaryCaptionGap: 1.5, SummaryAfterTable: 4, SummaryKeepLines: 2,
		SummarySTTCol: 10, SummaryUnitCol: 62, SummaryUnitColMin: 44, SummaryNumCol: 16,
		SummarySmallText: 9.5, SummaryYearCol: 16, SummaryCountCol: 32,
		// Tờ trình and danh sách đề nghị khen thưởng.
		Addressee: 14, AfterAddressee: 6, AttachNote: 14, PartHead: 13,
		ProposalNoW: 12, ProposalPersonW: 45, ProposalPositionW: 62, ProposalUnitW: 55, ProposalCitationW: 88,
		// Certificates (Giấy khen, Bằng khen) and their calibration page.
		CertInnerGap: 2.5, CertInnerWidth: 0.4, CertRuleWidth: 0.3,
		CertHeaderY: 25, CertHeaderSide: 22, CertHeaderW: 110, CertHeaderLeft: 14, CertMotto: 15, CertMotto2: 15,
		// The certificate model (Nghị định 50/2006, Điều 28; kept in practice)
		// leaves 35 mm to sign and seal between the signer's title and name:
		// CertSignRoom, measured from the title's last baseline.
		CertAuthority: 16, CertAuthorityY: 42, CertGive: 20, CertGiveY: 54, CertTitle: 46, CertTitleY: 73,
		CertTextW: 230, CertRecipient: 24, CertRecipientY: 87, CertDetails: 15, CertDetailsY: 104,
		CertCitation: 15, CertCitationY: 117, CertSideX: 30, CertSideW: 120, CertSignX: 215,
		CertDecision: 13, CertDecisionY: 186, CertPlaceDate: 14, CertPlaceDateY: 139,
		CertSign: 14, CertSignName: 15, CertSignY: 146, CertSignNameY: 194, CertSignRoom: 35,
		CertShrinkStep: 0.5, CertMinSize: 6, CertMaxSize: 72, CertMaxOffset: 30,
		CertGrid: 10, CertGridWidth: 0.15, CertGridFine: 0.05, CertTick: 3, CertMMTick: 1.5, CertGridLabel: 7,
		CertMark: 6, CertMarkWidth: 0.3, CertCalY: 17, CertCalTitle: 11, CertCalNote: 8,
	}
}

// ptMM converts points to millimetres.
const ptMM = 25.4 / 72

// lineH is the height of a line of text of the given size.
func (s Spec) lineH(size float64) float64 { return size * ptMM * s.LineFactor }
