package report

import (
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// Header is what the header block of a document says.
type Header struct {
	Superior string // "TỈNH ỦY PHƯỚC SƠN" over a Ban of the Tỉnh ủy
	Issuer   string // "BAN TUYÊN GIÁO VÀ DÂN VẬN"
	Number   string // "Số 12-BC/BTGDVTU" ("12" is completed so); "" leaves room to write it by hand
	Code     string // the document type's code in the number: "BC", "TTr"
	Symbol   string // the issuing body's symbol: "BTGDVTU"
	Place    string // the province for a provincial body (36-HD 1.4.1): "Phước Sơn"
	Date     time.Time
	// NoNumber leaves the number line blank: a form, a file, or a danh
	// sách, which is no document type of 36-HD and Quy định 66 and so has
	// no number (an attached list cites its Tờ trình's instead).
	NoNumber bool
	// DateLine replaces the place and date made from Place and Date (a
	// form's line with blanks to fill by hand); NoDate leaves the line
	// blank (a file that is kept, not issued).
	DateLine string
	NoDate   bool
}

// partyHeader lays out the two columns of a Party document's first lines:
// superior body, issuing body, star and number on the left; the Party's
// name, its rule and the place and date on the right.
func (b *builder) partyHeader(h Header) {
	s := b.spec
	top := b.y
	lx, lw := b.left, s.HeaderLeftW
	rw := s.HeaderRightW
	rx := b.right - rw
	y := top
	var fl HeaderBlock
	for _, l := range []HeaderLine{
		{strings.ToUpper(h.Superior), s.Superior, Style{}},
		{strings.ToUpper(h.Issuer), s.Issuer, Style{Bold: true}},
		{"*", s.Issuer, Style{}},
	} {
		if l.Text == "" {
			continue
		}
		fl.Left = append(fl.Left, l)
		for _, w := range b.wrap(l.Text, l.Size, l.Style, lw, lw) {
			b.line(lx, y, lw, w, l.Size, l.Style, Center)
			y += s.lineH(l.Size)
		}
	}
	numberY := y
	if !h.NoNumber {
		fl.Number = headerNumber(h.Number, h.Code, h.Symbol)
		b.line(lx, numberY, lw, fl.Number, s.Number, Style{}, Center)
	}
	leftEnd := numberY + s.lineH(s.Number)

	fl.Motto = "ĐẢNG CỘNG SẢN VIỆT NAM"
	b.line(rx, top, rw, fl.Motto, s.PartyMotto, Style{Bold: true}, Center)
	fl.MottoRule = b.m.width(fl.Motto, s.PartyMotto, Style{Bold: true}) * s.MottoRuleW
	mw := fl.MottoRule
	ruleY := top + s.lineH(s.PartyMotto) + 0.3
	b.add(Line{X1: rx + (rw-mw)/2, Y1: ruleY, X2: rx + (rw+mw)/2, Y2: ruleY, Width: 0.3})
	dateY := max(numberY, ruleY+s.lineH(s.PlaceDate)*0.5)
	if !h.NoDate {
		fl.Date = h.DateLine
		if fl.Date == "" {
			fl.Date = vntext.PlaceDate(h.Place, h.Date, vntext.PartyStyle)
		}
		b.line(rx, dateY, rw, fl.Date, s.PlaceDate, Style{Italic: true}, Center)
	}
	b.y = max(leftEnd, dateY+s.lineH(s.PlaceDate)) + s.AfterHeader
	b.rec(fl)
}

// headerNumber is the number line of a header: the completed number, or
// "Số        -BC/BTGDVTU" with room to write the number by hand when issued.
func headerNumber(n, code, symbol string) string {
	if number := propNumber(n, code, symbol); number != "" {
		return number
	}
	return "Số        -" + code + "/" + symbol
}

// titleInset narrows the trích yếu and the note under it by this many
// millimetres on each side, so a long one reads as a centred block.
const titleInset = 10

// titleRule is the length of the short rule under a title; titleRuleGap
// keeps it clear of the descenders above it.
const titleRule, titleRuleGap = 30, 2

// signGap is the space above the signature and "Nơi nhận".
const signGap = 2

// title lays out the document type ("BÁO CÁO") and its summary line,
// centred, with a short rule under them.
func (b *builder) title(kind, summary string) { b.titleWithNote(kind, summary, "") }

// titleWithNote is title with an italic line under the summary, such as
// the "(Kèm theo Tờ trình số …)" of an attached list, above the rule.
func (b *builder) titleWithNote(kind, summary, note string) {
	s := b.spec
	need := s.lineH(s.DocType) + 2*s.lineH(s.TitleSummary)
	if note != "" {
		need += s.lineH(s.AttachNote)
	}
	b.ensure(need)
	b.rec(TitleBlock{Kind: strings.ToUpper(kind), Summary: summary, Note: note})
	b.line(b.left, b.y, b.width(), strings.ToUpper(kind), s.DocType, Style{Bold: true}, Center)
	b.y += s.lineH(s.DocType)
	if summary != "" {
		b.lines(summary, para{size: s.TitleSummary, style: Style{Bold: true}, align: Center,
			x: b.left + titleInset, w: b.width() - 2*titleInset})
	}
	if note != "" {
		b.lines(note, para{size: s.AttachNote, style: Style{Italic: true}, align: Center,
			x: b.left + titleInset, w: b.width() - 2*titleInset})
	}
	mid := (b.left + b.right) / 2
	b.y += titleRuleGap
	b.add(Line{X1: mid - titleRule/2, Y1: b.y, X2: mid + titleRule/2, Y2: b.y, Width: 0.3})
	b.y += s.AfterTitle
}

// Signer is who signs a document.
type Signer struct {
	Heading   string // above the authority: "XÁC NHẬN CỦA …" on a file the office confirms; may be empty
	Authority string // "K/T TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ"; may be empty
	Title     string // "PHÓ TRƯỞNG BAN"
	Name      string
}

// signature lays out the recipients on the left and the signature on the
// right, side by side, kept together on one page.
func (b *builder) signature(sg Signer, recipients []string) {
	s := b.spec
	right := b.signLines(sg)
	h, rightH, leftH := b.signatureH(sg, recipients)
	b.ensure(h)
	b.rec(SignatureBlock{Lines: b.signUpper(sg), Name: sg.Name, Recipients: recipients, RecipientsW: b.recipientsW()})
	top := b.y + signGap
	rx := b.right - s.SignW
	y := top
	for _, l := range right {
		b.line(rx, y, s.SignW, l, s.SignTitle, Style{Bold: true}, Center)
		y += s.lineH(s.SignTitle)
	}
	y += s.SignSpace
	b.line(rx, y, s.SignW, sg.Name, s.SignName, Style{Bold: true}, Center)
	rw := b.recipientsW()
	if len(recipients) > 0 {
		ly := top
		b.line(b.left, ly, rw, "Nơi nhận:", s.RecipientsLabel, Style{Underline: true}, Left)
		ly += s.lineH(s.RecipientsLabel)
		for _, r := range recipients {
			for i, w := range b.wrap(r, s.Recipients, Style{}, rw, rw-3) {
				x := b.left
				if i > 0 {
					x += 3 // a wrapped line hangs under the text, not the dash
				}
				b.line(x, ly, rw, w, s.Recipients, Style{}, Left)
				ly += s.lineH(s.Recipients)
			}
		}
	}
	b.y = top + max(rightH, leftH)
}

// signLines are the upper-case lines above the room for the signature,
// wrapped to the signature's column.
func (b *builder) signLines(sg Signer) []string {
	s := b.spec
	var out []string
	for _, l := range b.signUpper(sg) {
		out = append(out, b.wrap(l, s.SignTitle, Style{Bold: true}, s.SignW, s.SignW)...)
	}
	return out
}

// signUpper are the lines above the room for the signature, unwrapped:
// Word wraps them in its column.
func (b *builder) signUpper(sg Signer) []string {
	var out []string
	for _, l := range []string{sg.Heading, sg.Authority, sg.Title} {
		if l != "" {
			out = append(out, strings.ToUpper(l))
		}
	}
	return out
}

// signatureH is the height signature takes (h, with the space above it),
// and that of its right (signature) and left (recipients) columns.
func (b *builder) signatureH(sg Signer, recipients []string) (h, rightH, leftH float64) {
	s := b.spec
	rightH = float64(len(b.signLines(sg)))*s.lineH(s.SignTitle) + s.SignSpace + s.lineH(s.SignName)
	if len(recipients) > 0 {
		rw := b.recipientsW()
		leftH = s.lineH(s.RecipientsLabel)
		for _, r := range recipients {
			leftH += float64(len(b.wrap(r, s.Recipients, Style{}, rw, rw-3))) * s.lineH(s.Recipients)
		}
	}
	return max(rightH, leftH) + signGap, rightH, leftH
}

// recipientsW is the width of the "Nơi nhận" column: wider on a landscape
// page, which has room beside the signature.
func (b *builder) recipientsW() float64 {
	if b.land {
		return max(b.spec.RecipientsW, b.width()-b.spec.SignW-20)
	}
	return b.spec.RecipientsW
}
