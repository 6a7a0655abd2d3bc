package report

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Keys of the variable texts of a certificate. They name the fields in the
// saved layout, so they must not change.
const (
	CertFieldRecipient = "recipient" // the person or collective
	CertFieldDetails   = "details"   // position and unit
	CertFieldCitation  = "citation"  // achievement
	CertFieldDecision  = "decision"  // decision number and date (and the gold book line)
	CertFieldPlaceDate = "placedate" // place and date
	CertFieldSign      = "sign"      // the signer's authority and title lines
	CertFieldSigner    = "signer"    // the signer's name
)

// CertFieldNames lists the variable texts in the order they are printed
// and set, with the names the calibration page and the window show.
var CertFieldNames = []struct{ Key, Label string }{
	{CertFieldRecipient, "Người (tập thể) được khen"},
	{CertFieldDetails, "Chức vụ, đơn vị"},
	{CertFieldCitation, "Thành tích"},
	{CertFieldDecision, "Số, ngày quyết định"},
	{CertFieldPlaceDate, "Địa danh, ngày tháng"},
	{CertFieldSign, "Thẩm quyền, chức vụ người ký"},
	{CertFieldSigner, "Họ tên người ký"},
}

// CertField is where one variable text goes on the paper. X is the anchor
// of the text in millimetres from the left edge – its left edge, centre or
// right edge as Align says – because a crosshair on the calibration page
// shows one point, and a centred name is set by its centre. Y is the
// baseline of the first line, where the letters sit on a dotted line of a
// pre-printed form.
type CertField struct {
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	W     float64 `json:"w"`     // width the text wraps in
	Size  float64 `json:"size"`  // type size in points
	Align Align   `json:"align"` // Left, Center or Right
	Lines int     `json:"lines"` // at most this many lines; longer text is set smaller
	Skip  bool    `json:"skip"`  // already printed on the pre-printed form
}

// box returns the left edge of the field's text box.
func (f CertField) box() float64 {
	switch f.Align {
	case Center:
		return f.X - f.W/2
	case Right:
		return f.X - f.W
	}
	return f.X
}

// CertLayout is how one award form's certificates are printed: where each
// variable text goes (calibrated for the office's pre-printed forms), the
// printer's shift of the whole sheet, and the choices that differ between
// forms. It is saved per form in the archive (a.DocSetting
// "cert.<form UID>.layout"), so every computer prints alike.
type CertLayout struct {
	OffsetX float64              `json:"offset_x"` // the whole sheet, to the right (mm)
	OffsetY float64              `json:"offset_y"` // the whole sheet, down (mm)
	Fields  map[string]CertField `json:"fields"`
	Prefix  string               `json:"prefix"` // before an individual's name: "Đồng chí", "Ông (Bà)" or ""
	// Centred puts a Party header in the middle ("ĐẢNG CỘNG SẢN VIỆT NAM",
	// then the authority) instead of the two columns of a Party document.
	Centred bool `json:"centred"`
	// GoldBook adds "Số sổ vàng: ……" under the decision, filled by hand.
	GoldBook bool `json:"gold_book"`
	// Issuer replaces the authority lines derived from the form
	// (one line per line); "" derives them.
	Issuer string `json:"issuer"`
}

// PrefixNone in CertificateParams.Prefix prints the name alone, whatever
// the form's saved choice.
const PrefixNone = "-"

// DefaultCertLayout is the layout of the full design on blank paper; a
// pre-printed form starts from it and is calibrated from there.
func DefaultCertLayout(s Spec, form *data.AwardForm) *CertLayout {
	mid := s.PageH / 2 // A4 landscape: the page is PageH wide
	l := &CertLayout{Fields: map[string]CertField{
		CertFieldRecipient: {X: mid, Y: s.CertRecipientY, W: s.CertTextW, Size: s.CertRecipient, Align: Center, Lines: 2},
		CertFieldDetails:   {X: mid, Y: s.CertDetailsY, W: s.CertTextW, Size: s.CertDetails, Align: Center, Lines: 2},
		CertFieldCitation:  {X: mid, Y: s.CertCitationY, W: s.CertTextW, Size: s.CertCitation, Align: Center, Lines: 3},
		CertFieldDecision:  {X: s.CertSideX, Y: s.CertDecisionY, W: s.CertSideW, Size: s.CertDecision, Align: Left, Lines: 3},
		CertFieldPlaceDate: {X: s.CertSignX, Y: s.CertPlaceDateY, W: s.CertSideW, Size: s.CertPlaceDate, Align: Center, Lines: 1},
		CertFieldSign:      {X: s.CertSignX, Y: s.CertSignY, W: s.CertSideW, Size: s.CertSign, Align: Center, Lines: 3, Skip: true},
		CertFieldSigner:    {X: s.CertSignX, Y: s.CertSignNameY, W: s.CertSideW, Size: s.CertSignName, Align: Center, Lines: 1},
	}}
	if form != nil && form.Header != data.HeaderState {
		l.Prefix = "Đồng chí"
	}
	return l
}

func certLayoutKey(form *data.AwardForm) string { return "cert." + form.UID + ".layout" }

// awardForm finds a form by ID.
func awardForm(ctx context.Context, a *data.Archive, id int64) (*data.AwardForm, error) {
	forms, err := a.AwardForms(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range forms {
		if f.ID == id {
			return f, nil
		}
	}
	return nil, &data.Error{Code: data.ENotFound, Message: "Không tìm thấy hình thức khen thưởng đã chọn."}
}

// LoadCertLayout returns the saved layout of a form, with the defaults for
// whatever was never saved (a field added by a newer program included).
func LoadCertLayout(ctx context.Context, a *data.Archive, formID int64) (*CertLayout, error) {
	form, err := awardForm(ctx, a, formID)
	if err != nil {
		return nil, err
	}
	return loadCertLayout(ctx, a, form)
}

func loadCertLayout(ctx context.Context, a *data.Archive, form *data.AwardForm) (*CertLayout, error) {
	def := DefaultCertLayout(DefaultSpec(), form)
	raw, err := a.DocSetting(ctx, certLayoutKey(form))
	if err != nil || raw == "" {
		return def, err
	}
	saved := &CertLayout{}
	if err := json.Unmarshal([]byte(raw), saved); err != nil {
		return def, nil // a damaged setting prints as the default rather than not at all
	}
	return completeLayout(saved, def), nil
}

// completeLayout gives l the default of every field it lacks or holds
// unusable, without changing the caller's layout.
func completeLayout(l, def *CertLayout) *CertLayout {
	out := *l
	out.Fields = map[string]CertField{}
	for k, d := range def.Fields {
		f, ok := l.Fields[k]
		if !ok || f.Size <= 0 || f.W <= 0 || f.Lines <= 0 {
			f = d
		}
		out.Fields[k] = f
	}
	return &out
}

// SaveCertLayout checks a form's layout and stores it. Errors: EInvalid
// naming the field out of the paper, EReadOnly.
func SaveCertLayout(ctx context.Context, a *data.Archive, formID int64, l *CertLayout) error {
	form, err := awardForm(ctx, a, formID)
	if err != nil {
		return err
	}
	if err := checkCertLayout(DefaultSpec(), l); err != nil {
		return err
	}
	l.Prefix = vntext.Clean(l.Prefix)
	l.Issuer = vntext.CleanText(l.Issuer)
	b, err := json.Marshal(l)
	if err != nil {
		return err
	}
	return a.SaveDocSetting(ctx, certLayoutKey(form), string(b))
}

// checkCertLayout refuses positions off the paper and impossible sizes,
// which would print nothing or print off the sheet.
func checkCertLayout(s Spec, l *CertLayout) error {
	var fe []data.FieldError
	bad := func(key, msg string) { fe = append(fe, data.FieldError{Field: key, Message: msg}) }
	w, h := s.PageH, s.PageW
	if math.Abs(l.OffsetX) > s.CertMaxOffset || math.Abs(l.OffsetY) > s.CertMaxOffset {
		bad("offset", fmt.Sprintf("Độ lệch toàn trang không được quá %s mm.", vntext.FormatScore(s.CertMaxOffset)))
	}
	for _, n := range CertFieldNames {
		f, ok := l.Fields[n.Key]
		if !ok {
			continue
		}
		switch {
		case f.X < 0 || f.X > w || f.Y < 0 || f.Y > h:
			bad(n.Key, fmt.Sprintf("%s: vị trí phải nằm trong tờ giấy (x từ 0 đến %s, y từ 0 đến %s mm).",
				n.Label, vntext.FormatScore(w), vntext.FormatScore(h)))
		case f.W <= 0 || f.W > w:
			bad(n.Key, fmt.Sprintf("%s: độ rộng phải từ 1 đến %s mm.", n.Label, vntext.FormatScore(w)))
		case f.Size < s.CertMinSize || f.Size > s.CertMaxSize:
			bad(n.Key, fmt.Sprintf("%s: cỡ chữ phải từ %s đến %s.", n.Label,
				vntext.FormatScore(s.CertMinSize), vntext.FormatScore(s.CertMaxSize)))
		case f.Lines < 1:
			bad(n.Key, n.Label+": số dòng phải từ 1 trở lên.")
		}
	}
	if len(fe) > 0 {
		return &data.Error{Code: data.EInvalid, Message: fe[0].Message, Fields: fe}
	}
	return nil
}

// certStyle is the face of each variable text: the recipient stands out in
// bold italic, the achievement and the date are italic, the signer bold.
func certStyle(key string) Style {
	switch key {
	case CertFieldRecipient:
		return Style{Bold: true, Italic: true}
	case CertFieldCitation, CertFieldPlaceDate:
		return Style{Italic: true}
	case CertFieldSign, CertFieldSigner:
		return Style{Bold: true}
	}
	return Style{}
}

// fit wraps text into the field, setting it smaller until it takes no
// more than the field's lines, so a long name never runs into the next
// text (a name too long even at Spec.CertMinSize takes more lines). Line
// breaks in text are kept.
func (b *builder) fit(text string, f CertField, st Style) ([]string, float64) {
	size := f.Size
	for {
		var lines []string
		for _, para := range strings.Split(text, "\n") {
			lines = append(lines, b.wrap(para, size, st, f.W, f.W)...)
		}
		if len(lines) <= f.Lines || size-b.spec.CertShrinkStep < b.spec.CertMinSize {
			return lines, size
		}
		size -= b.spec.CertShrinkStep
	}
}

// placeField sets a variable text at its field, moved by the sheet's
// offset.
func (b *builder) placeField(key, text string, f CertField, dx, dy float64) {
	if strings.TrimSpace(text) == "" {
		return
	}
	st := certStyle(key)
	lines, size := b.fit(text, f, st)
	x := f.box() + dx
	for i, l := range lines {
		b.add(Text{X: x, Y: f.Y + dy + float64(i)*b.spec.lineH(size), W: f.W, Text: l, Size: size, Style: st, Align: f.Align})
	}
}

// certTexts are the variable texts of one certificate, by field key.
type certTexts map[string]string

// overlayPage prints only the variable texts, for a pre-printed form:
// everything else – border, header, "TẶNG", the title, and whatever the
// layout marks as already printed – is on the paper.
func (b *builder) overlayPage(l *CertLayout, t certTexts) {
	for _, n := range CertFieldNames {
		f := l.Fields[n.Key]
		if f.Skip {
			continue
		}
		b.placeField(n.Key, t[n.Key], f, l.OffsetX, l.OffsetY)
	}
}
