package report

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// CertificateParams choose the commendations to print and how.
type CertificateParams struct {
	Year     int              // commendation year; 0: every year
	FormID   int64            // award form; 0: every form, each page with its own
	Status   data.AwardStatus // "" means granted (đã khen thưởng)
	UnitID   int64            // the entry is run by this unit or one of its sub-units
	Text     string           // the entry matches these words
	EntryIDs []int64          // when set, only the commendations of these entries
	// Overlay prints only the variable texts, at the form's calibrated
	// positions, onto pre-printed forms.
	Overlay bool
	// Prefix goes before an individual's name: "" takes the form's saved
	// choice, PrefixNone prints the name alone.
	Prefix string
	// Layout and Signer, when set, replace the saved ones of the form
	// FormID, so the window previews choices not yet saved.
	Layout *CertLayout
	Signer *CertSigner
	// SignerName, when set, is the signer's printed name whatever the
	// saved signer says (dvk report giay-khen --signer).
	SignerName string
}

// CertSigner is who signs one form's certificates. It differs from the
// office's own signer of reports (a Bằng khen of the provincial People's
// Committee is signed for its chairman), so it is saved per form
// (a.DocSetting "cert.<form UID>.signer").
type CertSigner struct {
	Authority string `json:"authority"` // "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"; may be empty
	Title     string `json:"title"`     // "PHÓ BÍ THƯ", "PHÓ CHỦ TỊCH"
	Name      string `json:"name"`      // empty leaves the line to write by hand
	Place     string `json:"place"`     // on the date line
}

func certSignerKey(form *data.AwardForm) string { return "cert." + form.UID + ".signer" }

// defaultCertSigner guesses the signer from the form and the office's
// settings: the office's own signer for its own certificates, the usual
// authority lines for the provincial committee and the People's
// Committee, with the name left to fill in.
//
// The place on the date line is the issuer's (Nghị định 30/2020, Phụ lục
// I: the administrative unit where the issuing body sits): for a provincial
// People's Committee the province, whatever town the office names.
func defaultCertSigner(form *data.AwardForm, set *data.OrgSettings) *CertSigner {
	s := &CertSigner{Place: set.Place}
	if p, _ := provinceName(set.Superior); form.Header == data.HeaderState && p != "" {
		s.Place = p
	}
	auth := strings.ToUpper(form.Authority)
	switch {
	case form.Header == data.HeaderState && strings.HasPrefix(auth, "CHỦ TỊCH"):
		s.Authority, s.Title = "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
	case form.Header == data.HeaderState:
		s.Authority, s.Title = "TM. "+auth, "CHỦ TỊCH"
	case set.Issuer != "" && strings.Contains(auth, strings.ToUpper(set.Issuer)):
		s.Authority, s.Title, s.Name = set.SignAuthority, set.SignerTitle, set.SignerName
	case strings.HasPrefix(auth, "BAN THƯỜNG VỤ"):
		s.Authority, s.Title = "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"
	}
	return s
}

// LoadCertSigner returns the saved signer of a form's certificates, or the
// default made from the settings.
func LoadCertSigner(ctx context.Context, a *data.Archive, formID int64) (*CertSigner, error) {
	form, err := awardForm(ctx, a, formID)
	if err != nil {
		return nil, err
	}
	set, err := a.Settings(ctx)
	if err != nil {
		return nil, err
	}
	return loadCertSigner(ctx, a, form, set)
}

func loadCertSigner(ctx context.Context, a *data.Archive, form *data.AwardForm, set *data.OrgSettings) (*CertSigner, error) {
	def := defaultCertSigner(form, set)
	raw, err := a.DocSetting(ctx, certSignerKey(form))
	if err != nil || raw == "" {
		return def, err
	}
	s := &CertSigner{}
	if json.Unmarshal([]byte(raw), s) != nil {
		return def, nil
	}
	return s, nil
}

// SaveCertSigner stores the signer of a form's certificates.
func SaveCertSigner(ctx context.Context, a *data.Archive, formID int64, s *CertSigner) error {
	form, err := awardForm(ctx, a, formID)
	if err != nil {
		return err
	}
	c := CertSigner{Authority: vntext.Clean(s.Authority), Title: vntext.Clean(s.Title),
		Name: vntext.Clean(s.Name), Place: vntext.Clean(s.Place)}
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return a.SaveDocSetting(ctx, certSignerKey(form), string(b))
}

// certForm is what every certificate of one form shares.
type certForm struct {
	form   *data.AwardForm
	layout *CertLayout
	signer *CertSigner
}

// Certificates lays out one certificate per commendation, A4 landscape:
// the full design on blank paper, or with Overlay only the variable texts
// for the office's pre-printed forms.
func Certificates(ctx context.Context, a *data.Archive, p CertificateParams, f *Fonts) (*Doc, error) {
	m, err := newMeasurer(f)
	if err != nil {
		return nil, err
	}
	set, err := a.Settings(ctx)
	if err != nil {
		return nil, err
	}
	status := p.Status
	if status == "" {
		status = data.AwardGranted
	}
	rows, _, err := a.FindCommendations(ctx, data.CommendationFilter{Year: p.Year, Status: status, FormID: p.FormID,
		UnitID: p.UnitID, Text: p.Text})
	if err != nil {
		return nil, err
	}
	if len(p.EntryIDs) > 0 {
		rows = slices.DeleteFunc(rows, func(r data.CommendationRow) bool { return !slices.Contains(p.EntryIDs, r.EntryID) })
	}
	if len(rows) == 0 {
		return nil, &data.Error{Code: data.ENotFound, Message: "Không có khen thưởng nào khớp với lựa chọn để in giấy khen, bằng khen."}
	}
	forms := map[int64]*certForm{}
	spec := DefaultSpec()
	title := "Giấy khen, bằng khen"
	b := newBuilder(spec, m, true, title)
	b.doc.Pages = nil
	for _, r := range rows {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		cf := forms[r.FormID]
		if cf == nil {
			cf = &certForm{}
			if cf.form, err = awardForm(ctx, a, r.FormID); err != nil {
				return nil, err
			}
			if cf.layout, err = loadCertLayout(ctx, a, cf.form); err != nil {
				return nil, err
			}
			if cf.signer, err = loadCertSigner(ctx, a, cf.form, set); err != nil {
				return nil, err
			}
			if r.FormID == p.FormID && p.Layout != nil {
				cf.layout = completeLayout(p.Layout, DefaultCertLayout(spec, cf.form))
			}
			if r.FormID == p.FormID && p.Signer != nil {
				cf.signer = p.Signer
			}
			if name := vntext.Clean(p.SignerName); name != "" {
				sg := *cf.signer
				sg.Name = name
				cf.signer = &sg
			}
			forms[r.FormID] = cf
		}
		if strings.TrimSpace(cf.signer.Name) == "" {
			return nil, &data.Error{Code: data.EInvalid, Message: "Chưa có họ tên người ký " + lowerFirst(cf.form.Name) +
				". Hãy ghi họ tên người ký (trong cửa sổ: Báo cáo › Giấy khen, bằng khen › Người ký; dòng lệnh: --signer) rồi in lại."}
		}
		t := certTextsFor(r, cf, p.Prefix)
		b.addPage()
		if p.Overlay {
			b.overlayPage(cf.layout, t)
		} else {
			b.fullPage(cf, set, t)
		}
	}
	if len(forms) == 1 {
		b.doc.Title = forms[rows[0].FormID].form.Name
	}
	b.doc.Subject = title
	return b.doc, nil // a certificate has no page number
}

// missingName stands for a recipient nobody has named yet: a line to
// write on by hand, never a model's title.
const missingName = "………………………………………………"

// certTextsFor writes the variable texts of one commendation's certificate:
// the person or collective honoured and the line under the name (a
// person's position and place, a collective's place), the achievement,
// the decision with its Sổ vàng number, the place and date, and the signer.
func certTextsFor(r data.CommendationRow, cf *certForm, prefix string) certTexts {
	state := cf.form.Header == data.HeaderState
	t := certTexts{CertFieldCitation: r.Citation}
	if prefix == "" {
		prefix = cf.layout.Prefix
	}
	if prefix == PrefixNone {
		prefix = ""
	}
	rc := r.Recipient
	name := firstNonEmpty(rc.Name, missingName)
	if rc.Kind == data.RecipientPerson && prefix != "" && rc.Name != "" {
		name = prefix + " " + name
	}
	t[CertFieldRecipient] = name
	t[CertFieldDetails] = rc.Details()
	// Party numbers have no colon after "số" (Hướng dẫn 36), state ones do.
	dec := "Quyết định số "
	if state {
		dec = "Quyết định số: "
	}
	dec += firstNonEmpty(r.DecisionNo, "……………")
	day, dated := r.DecisionDate.Time()
	if dated {
		dec += ", ngày " + r.DecisionDate.Text()
	} else {
		dec += ", ngày ……/……/………"
	}
	switch {
	case r.GoldBookNo != "":
		dec += "\nSố sổ vàng: " + r.GoldBookNo
	case cf.layout.GoldBook:
		dec += "\nSố sổ vàng: ……………"
	}
	t[CertFieldDecision] = dec
	style := vntext.PartyStyle
	if state {
		style = vntext.StateStyle
	}
	if dated {
		t[CertFieldPlaceDate] = vntext.PlaceDate(cf.signer.Place, day, style)
	} else {
		t[CertFieldPlaceDate] = joinNonEmpty(", ", vntext.Clean(cf.signer.Place), "ngày …… tháng …… năm "+strconv.Itoa(r.Year))
	}
	t[CertFieldSign] = joinNonEmpty("\n", strings.ToUpper(cf.signer.Authority), strings.ToUpper(cf.signer.Title))
	t[CertFieldSigner] = cf.signer.Name
	return t
}

// fullPage lays out a certificate on blank paper: the double border, the
// header the form asks for, "TẶNG", the title, and the variable texts at
// the default positions.
func (b *builder) fullPage(cf *certForm, set *data.OrgSettings, t certTexts) {
	s := b.spec
	w, h := b.page.W, b.page.H
	o, in := s.CertBorder, s.CertBorder+s.CertInnerGap
	b.add(Rect{X: o, Y: o, W: w - 2*o, H: h - 2*o, Width: s.CertBorderWidth})
	b.add(Rect{X: in, Y: in, W: w - 2*in, H: h - 2*in, Width: s.CertInnerWidth})
	mid := w / 2
	cx, cw := mid-s.CertTextW/2, s.CertTextW
	bold := Style{Bold: true}
	authority := certAuthority(cf.form, set, cf.layout)
	switch {
	case cf.form.Header == data.HeaderState:
		b.add(Text{X: cx, Y: s.CertHeaderY, W: cw, Text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Size: s.CertMotto, Style: bold, Align: Center})
		y := s.CertHeaderY + s.lineH(s.CertMotto2)
		b.add(Text{X: cx, Y: y, W: cw, Text: "Độc lập - Tự do - Hạnh phúc", Size: s.CertMotto2, Style: bold, Align: Center})
		b.motto(mid, y, b.m.width("Độc lập - Tự do - Hạnh phúc", s.CertMotto2, bold))
		b.authorityLines(authority, mid)
	case cf.layout.Centred:
		b.add(Text{X: cx, Y: s.CertHeaderY, W: cw, Text: "ĐẢNG CỘNG SẢN VIỆT NAM", Size: s.CertMotto, Style: bold, Align: Center})
		b.motto(mid, s.CertHeaderY, b.m.width("ĐẢNG CỘNG SẢN VIỆT NAM", s.CertMotto, bold))
		b.authorityLines(authority, mid)
	default: // the two columns of a Party document
		lx, rx, cw := s.CertHeaderSide, w-s.CertHeaderSide-s.CertHeaderW, s.CertHeaderW
		y := s.CertHeaderY
		for i, l := range append(authority, "*") {
			st := bold
			if i == 0 && len(authority) > 1 || l == "*" {
				st = Style{} // the superior body and the star are not bold
			}
			for _, wl := range b.wrap(l, s.CertHeaderLeft, st, cw, cw) {
				b.add(Text{X: lx, Y: y, W: cw, Text: wl, Size: s.CertHeaderLeft, Style: st, Align: Center})
				y += s.lineH(s.CertHeaderLeft)
			}
		}
		b.add(Text{X: rx, Y: s.CertHeaderY, W: cw, Text: "ĐẢNG CỘNG SẢN VIỆT NAM", Size: s.CertMotto, Style: bold, Align: Center})
		b.motto(rx+cw/2, s.CertHeaderY, b.m.width("ĐẢNG CỘNG SẢN VIỆT NAM", s.CertMotto, bold))
	}
	b.add(Text{X: cx, Y: s.CertGiveY, W: cw, Text: "TẶNG", Size: s.CertGive, Style: bold, Align: Center})
	b.add(Text{X: cx, Y: s.CertTitleY, W: cw, Text: strings.ToUpper(firstNonEmpty(cf.form.Title, "GIẤY KHEN")),
		Size: s.CertTitle, Style: bold, Align: Center})
	def := DefaultCertLayout(s, cf.form)
	for _, n := range CertFieldNames {
		b.placeField(n.Key, t[n.Key], def.Fields[n.Key], 0, 0)
	}
}

// motto draws the rule under a motto whose baseline is y, centred on x.
func (b *builder) motto(x, y, w float64) {
	ry := y + b.spec.CertMotto*ptMM*0.45
	b.add(Line{X1: x - w/2, Y1: ry, X2: x + w/2, Y2: ry, Width: b.spec.CertRuleWidth})
}

// authorityLines sets the issuing authority, centred, above "TẶNG".
func (b *builder) authorityLines(lines []string, mid float64) {
	s := b.spec
	y := s.CertAuthorityY
	for _, l := range lines {
		for _, wl := range b.wrap(l, s.CertAuthority, Style{Bold: true}, s.CertTextW, s.CertTextW) {
			b.add(Text{X: mid - s.CertTextW/2, Y: y, W: s.CertTextW, Text: wl, Size: s.CertAuthority, Style: Style{Bold: true}, Align: Center})
			y += s.lineH(s.CertAuthority)
		}
	}
}

// certAuthority writes the issuing authority's lines. The forms name it
// without the province ("BAN THƯỜNG VỤ TỈNH ỦY"), which comes from the
// office's superior body ("ĐẢNG BỘ TỈNH PHƯỚC SƠN"). A Party header in two
// columns splits it as a Party document does: "TỈNH ỦY PHƯỚC SƠN" over
// "BAN THƯỜNG VỤ".
func certAuthority(form *data.AwardForm, set *data.OrgSettings, l *CertLayout) []string {
	if strings.TrimSpace(l.Issuer) != "" {
		var out []string
		for _, s := range strings.Split(l.Issuer, "\n") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, strings.ToUpper(s))
			}
		}
		return out
	}
	auth := strings.ToUpper(strings.TrimSpace(form.Authority))
	province := provinceOf(set.Superior)
	if province == "" {
		return []string{auth}
	}
	if form.Header != data.HeaderState && !l.Centred {
		if rest, ok := strings.CutSuffix(auth, " TỈNH ỦY"); ok {
			return []string{"TỈNH ỦY " + province, rest}
		}
		return []string{auth}
	}
	if strings.HasSuffix(auth, " TỈNH ỦY") || strings.HasSuffix(auth, " TỈNH") {
		return []string{auth + " " + province}
	}
	return []string{auth}
}

// provinceOf takes the province's name from the superior body's line.
func provinceOf(superior string) string {
	name, _ := provinceName(superior)
	return strings.ToUpper(name)
}

// lowerFirst puts the first letter in lower case, for a name set inside a
// sentence ("họ tên người ký bằng khen của …").
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
