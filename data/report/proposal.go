package report

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// ProposalParams choose the commendations of a proposal (tờ trình đề nghị
// khen thưởng and its danh sách) and what the papers say.
type ProposalParams struct {
	Year   int   // commendation year; 0: every year
	FormID int64 // the award form proposed; required
	// Status selects the commendations: "" is data.AwardProposed;
	// data.AwardGranted reprints the papers of an award made, still worded
	// as the proposal they were.
	Status data.AwardStatus
	// Number of the submission: "" leaves it to fill by hand; "15" becomes
	// "Số 15-TTr/BTGDVTU"; a full number is kept. The list has none of its
	// own (a danh sách is no document type of 36-HD): it cites this one.
	Number string
	Date   time.Time // of both papers; zero: today
	// Recipient is whom the submission goes to ("Ban Thường vụ Tỉnh ủy");
	// "" is ProposalRecipient of the form. Several recipients, one a line.
	Recipient string
	// Body is the submission's text, paragraphs one a line; "" is the
	// default text (ProposalDefaults returns it for editing), which counts
	// the list at the moment it is made.
	Body string
	// Recipients are the submission's "Nơi nhận" lines; nil: "- Như trên,"
	// and the settings' "Lưu" line.
	Recipients []string
}

// Proposal lays out the set the office signs and sends up: the submission
// (A4 portrait) and, from a new page, the list attached to it (A4
// landscape). Each is a document of its own, with its own header,
// signature and page numbers from its second page, as Party practice
// treats an attached list; the list cites the submission's number and
// date; printed together, they are stapled together.
func Proposal(ctx context.Context, a *data.Archive, p ProposalParams, f *Fonts) (*Doc, error) {
	pd, err := loadProposal(ctx, a, p)
	if err != nil {
		return nil, err
	}
	m, err := newMeasurer(f)
	if err != nil {
		return nil, err
	}
	sub := pd.submission(m)
	list := pd.list(m)
	return &Doc{Title: sub.Title, Subject: list.Title, Pages: append(sub.Pages, list.Pages...),
		Sections: append(sub.Sections, list.Sections...)}, nil
}

// ProposalList lays out the list alone, to print it again or to send a
// corrected one.
func ProposalList(ctx context.Context, a *data.Archive, p ProposalParams, f *Fonts) (*Doc, error) {
	pd, err := loadProposal(ctx, a, p)
	if err != nil {
		return nil, err
	}
	m, err := newMeasurer(f)
	if err != nil {
		return nil, err
	}
	return pd.list(m), nil
}

// ProposalDefaults returns the recipient (p.Recipient, or the one derived
// from the form when empty) and the default body for it, so a form can
// show them for editing.
func ProposalDefaults(ctx context.Context, a *data.Archive, p ProposalParams) (recipient, body string, err error) {
	p.Body = ""
	pd, err := loadProposal(ctx, a, p)
	if err != nil {
		return "", "", err
	}
	return pd.p.Recipient, pd.p.Body, nil
}

// proposalRow is one line of the list.
type proposalRow struct {
	name     string // the collective or model; the individual's name
	position string // individuals
	unit     string
	citation string
}

// proposal is what both papers are made from.
type proposal struct {
	p           ProposalParams // with the defaults filled in
	set         *data.OrgSettings
	form        *data.AwardForm
	issuer      string // "Ban Tuyên giáo và Dân vận Tỉnh ủy"
	collectives []proposalRow
	individuals []proposalRow
}

func loadProposal(ctx context.Context, a *data.Archive, p ProposalParams) (*proposal, error) {
	if p.FormID == 0 {
		return nil, &data.Error{Code: data.EInvalid, Message: "Hãy chọn hình thức khen thưởng.",
			Fields: []data.FieldError{{Field: "form_id", Message: "Hãy chọn hình thức khen thưởng."}}}
	}
	if p.Status == "" {
		p.Status = data.AwardProposed
	}
	// Typed text may come decomposed (NFD) from some keyboards.
	p.Recipient, p.Body = vntext.CleanText(p.Recipient), vntext.CleanText(p.Body)
	p.Number = vntext.Clean(p.Number)
	if p.Date.IsZero() {
		p.Date = time.Now()
	}
	pd := &proposal{}
	var err error
	if pd.set, err = a.Settings(ctx); err != nil {
		return nil, err
	}
	forms, err := a.AwardForms(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range forms {
		if f.ID == p.FormID {
			pd.form = f
		}
	}
	if pd.form == nil {
		return nil, &data.Error{Code: data.ENotFound, Message: "Hình thức khen thưởng đã chọn không còn trong danh mục."}
	}
	rows, _, err := a.FindCommendations(ctx, data.CommendationFilter{Year: p.Year, Status: p.Status, FormID: p.FormID})
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		what := "được đề nghị tặng"
		switch p.Status {
		case data.AwardGranted:
			what = "đã được tặng"
		case data.AwardRefused:
			what = "không được tặng"
		}
		return nil, &data.Error{Code: data.ENotFound, Message: fmt.Sprintf("Không có tập thể, cá nhân nào %s %s%s.",
			what, pd.form.Name, propYear(p.Year))}
	}
	for _, r := range rows {
		// The list names who is honoured (a person or a collective, never a
		// model's title: the achievement names the model) and where.
		rc := r.Recipient
		row := proposalRow{name: firstNonEmpty(rc.Name, missingName), unit: firstNonEmpty(rc.Place, r.Unit), citation: r.Citation}
		if rc.Kind == data.RecipientPerson {
			row.position = rc.Position
			pd.individuals = append(pd.individuals, row)
			continue
		}
		pd.collectives = append(pd.collectives, row)
	}
	// Individuals in the order of their names; the archive orders entries
	// by the entry's name, which for a person starts with "Ông" or "Bà".
	sort.SliceStable(pd.individuals, func(i, j int) bool {
		return vntext.Compare(pd.individuals[i].name, pd.individuals[j].name) < 0
	})
	pd.issuer = propIssuer(pd.set)
	if strings.TrimSpace(p.Recipient) == "" {
		p.Recipient = ProposalRecipient(pd.form)
	}
	pd.p = p
	if strings.TrimSpace(p.Body) == "" {
		phases, err := a.Phases(ctx)
		if err != nil {
			return nil, err
		}
		pd.p.Body = pd.defaultBody(phases)
	}
	return pd, nil
}

// defaultBody is the usual text of such a submission: the plan it rests
// on, what was chosen (with the counts of the list) and the request.
func (pd *proposal) defaultBody(phases []*data.Phase) string {
	movement := "phong trào thi đua “Dân vận khéo”"
	var paras []string
	for _, ph := range phases {
		if pd.p.Year < ph.StartYear || pd.p.Year > ph.EndYear {
			continue
		}
		if plan := strings.TrimRight(strings.TrimSpace(ph.Plan), ".;,"); plan != "" {
			paras = append(paras, "Căn cứ "+plan+" về thực hiện "+movement+" giai đoạn "+ph.Name+";")
		} else {
			paras = append(paras, "Thực hiện "+movement+" giai đoạn "+ph.Name+";")
		}
		break
	}
	paras = append(paras, fmt.Sprintf("Qua theo dõi, đánh giá kết quả thực hiện %s%s, trên cơ sở đề nghị của các cấp ủy, cơ quan, đơn vị, "+
		"%s đã xét chọn và đề nghị tặng %s cho %s có thành tích xuất sắc (có danh sách kèm theo).",
		movement, propYear(pd.p.Year), pd.issuer, pd.form.Name, pd.counts()))
	to := strings.Join(propAddresseeLines(pd.p.Recipient), ", ")
	paras = append(paras, fmt.Sprintf("%s kính trình %s xem xét, quyết định./.", pd.issuer, to))
	return strings.Join(paras, "\n")
}

// counts says how many of each: "05 tập thể và 03 cá nhân".
func (pd *proposal) counts() string {
	var parts []string
	if n := len(pd.collectives); n > 0 {
		parts = append(parts, propCount(n)+" tập thể")
	}
	if n := len(pd.individuals); n > 0 {
		parts = append(parts, propCount(n)+" cá nhân")
	}
	return strings.Join(parts, " và ")
}

// propCount writes a count as the office's documents do: with a leading zero
// below ten ("05"), dots for thousands above.
func propCount(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return vntext.FormatInt(int64(n))
}

func propYear(y int) string {
	if y == 0 {
		return ""
	}
	return " năm " + strconv.Itoa(y)
}

// submission lays out the tờ trình (A4 portrait).
func (pd *proposal) submission(m *measurer) *Doc {
	s := DefaultSpec()
	b := newBuilder(s, m, false, "Tờ trình đề nghị khen thưởng")
	b.recordFlow()
	b.partyHeader(Header{Superior: pd.set.Superior, Issuer: pd.set.Issuer, Code: "TTr", Symbol: pd.set.Symbol,
		Number: pd.p.Number, Place: pd.set.Place, Date: pd.p.Date})
	b.title("TỜ TRÌNH", "về việc đề nghị tặng "+pd.form.Name+" cho các tập thể, cá nhân có thành tích xuất sắc trong "+
		"phong trào thi đua “Dân vận khéo”"+propYear(pd.p.Year))
	b.propAddressee(propAddresseeLines(pd.p.Recipient))
	for _, para := range strings.Split(pd.p.Body, "\n") {
		if para = strings.TrimSpace(para); para != "" {
			b.paragraph(para, propBodyPara(s))
		}
	}
	recipients := pd.p.Recipients
	if recipients == nil {
		recipients = []string{"- Như trên,", "- Lưu Văn phòng."}
		for _, r := range pd.set.Recipients {
			if strings.HasPrefix(strings.TrimLeft(r, "- "), "Lưu") {
				recipients[1] = r
			}
		}
	}
	b.signature(Signer{Authority: pd.set.SignAuthority, Title: pd.set.SignerTitle, Name: pd.set.SignerName}, recipients)
	return b.finish()
}

func propBodyPara(s Spec) para {
	return para{size: s.Body, align: Justify, indent: s.Indent, after: s.ParaSpace}
}

// propAddressee lays out "Kính gửi:" and whom to, centred as a block; several
// recipients stand one under the other, aligned after the label.
func (b *builder) propAddressee(lines []string) {
	s := b.spec
	label := "Kính gửi: "
	bold := Style{Bold: true}
	lw := b.m.width(label, s.Addressee, Style{})
	avail := b.width() - lw
	var wrapped []string
	widest := 0.0
	for _, l := range lines {
		for _, w := range b.wrap(l, s.Addressee, bold, avail, avail) {
			wrapped = append(wrapped, w)
			widest = max(widest, b.m.width(w, s.Addressee, bold))
		}
	}
	lh := s.lineH(s.Addressee)
	b.ensure(float64(len(wrapped)) * lh)
	x := b.left + (b.width()-lw-widest)/2
	b.rec(AddresseeBlock{Label: label, Lines: lines, Left: x - b.left, LabelW: lw, Size: s.Addressee, After: s.AfterAddressee})
	b.line(x, b.y, lw, label, s.Addressee, Style{}, Left)
	for _, w := range wrapped {
		b.line(x+lw, b.y, widest, w, s.Addressee, bold, Left)
		b.y += lh
	}
	b.y += s.AfterAddressee
}

// propAddresseeLines splits a recipient typed on several lines, dropping the
// dashes and commas a list of recipients is written with.
func propAddresseeLines(r string) []string {
	var out []string
	for _, l := range strings.Split(r, "\n") {
		l = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(strings.TrimLeft(l, "-– ")), ",;."))
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// propNumber completes a document number: "" stays empty (filled by hand),
// "15" becomes "Số 15-TTr/BTGDVTU", "15-TTr/BTGDVTU" gains its "Số".
func propNumber(n, code, symbol string) string {
	n = strings.TrimSpace(n)
	if n == "" {
		return ""
	}
	if _, err := strconv.Atoi(n); err == nil {
		n += "-" + code + "/" + symbol
	}
	if !strings.HasPrefix(strings.ToLower(n), "số") {
		n = "Số " + n
	}
	return n
}
