package report

import (
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// list lays out the danh sách đề nghị khen thưởng (A4 landscape, so the
// long names of models and the achievement text read in few lines):
// collectives and models, then individuals, each numbered from 1 with the
// heading row on every page, and the total. A danh sách is no document
// type of 36-HD, so it has no number of its own: the line under its
// summary names the Tờ trình it goes with, by that one's number and date
// (a number not yet given is left blank, to write by hand as on the
// Tờ trình).
func (pd *proposal) list(m *measurer) *Doc {
	s := DefaultSpec()
	b := newBuilder(s, m, true, "Danh sách đề nghị khen thưởng")
	b.recordFlow()
	b.partyHeader(Header{Superior: pd.set.Superior, Issuer: pd.set.Issuer, NoNumber: true,
		Place: pd.set.Place, Date: pd.p.Date})
	who := "tập thể, cá nhân"
	switch {
	case len(pd.individuals) == 0:
		who = "tập thể"
	case len(pd.collectives) == 0:
		who = "cá nhân"
	}
	b.titleWithNote("DANH SÁCH", who+" được đề nghị tặng "+pd.form.Name+" có thành tích xuất sắc trong phong trào thi đua "+
		"“Dân vận khéo”"+propYear(pd.p.Year), pd.attachNote())

	// The total stays with the signature, and both with rows of the list:
	// a signature alone on a page would sign nothing.
	sg := Signer{Authority: pd.set.SignAuthority, Title: pd.set.SignerTitle, Name: pd.set.SignerName}
	total := para{size: s.Body, style: Style{Bold: true}, after: s.ParaSpace}
	signH, _, _ := b.signatureH(sg, nil)
	keep := 2*s.ParaSpace + s.lineH(s.Body) + s.ParaSpace + signH // after the last table: its space, the total, the signature
	part := 0
	if n := len(pd.collectives); n > 0 {
		part++
		t := Table{Cols: []Column{
			{Title: "STT", W: s.ProposalNoW, Align: Center, Fit: true},
			{Title: "Tên tập thể", Align: Left},
			{Title: "Đơn vị", W: s.ProposalUnitW, Align: Left},
			{Title: "Thành tích", W: s.ProposalCitationW, Align: Left},
		}}
		for i, r := range pd.collectives {
			t.Rows = append(t.Rows, Row{Cells: []string{strconv.Itoa(i + 1), r.name, r.unit, r.citation}})
		}
		t.Rows = append(t.Rows, SubtotalRow("", "Cộng: "+propCount(n)+" tập thể", "", ""))
		if len(pd.individuals) == 0 {
			t.Keep = keep
		}
		b.proposalPart(roman(part)+". TẬP THỂ", t)
	}
	if n := len(pd.individuals); n > 0 {
		part++
		t := Table{Cols: []Column{
			{Title: "STT", W: s.ProposalNoW, Align: Center, Fit: true},
			{Title: "Họ và tên", W: s.ProposalPersonW, Align: Left},
			{Title: "Chức vụ", W: s.ProposalPositionW, Align: Left},
			{Title: "Đơn vị", W: s.ProposalUnitW, Align: Left},
			{Title: "Thành tích", Align: Left},
		}}
		for i, r := range pd.individuals {
			t.Rows = append(t.Rows, Row{Cells: []string{strconv.Itoa(i + 1), r.name, r.position, r.unit, r.citation}})
		}
		t.Rows = append(t.Rows, SubtotalRow("", "Cộng: "+propCount(n)+" cá nhân", "", "", ""))
		t.Keep = keep
		b.proposalPart(roman(part)+". CÁ NHÂN", t)
	}
	b.ensure(keep - 2*s.ParaSpace)
	b.paragraph("Tổng cộng: "+pd.counts()+"./.", total)
	b.signature(sg, nil)
	return b.finish()
}

// attachNote is the line under an attached list's summary: "(Kèm theo Tờ
// trình số 15-TTr/BTGDVTU ngày 05/02/2026 của Ban Tuyên giáo và Dân vận
// Tỉnh ủy)", the number as the Tờ trình's header writes it.
func (pd *proposal) attachNote() string {
	ttr := headerNumber(pd.p.Number, "TTr", pd.set.Symbol)
	return "(Kèm theo Tờ trình số " + propBareNumber(ttr) + " ngày " + vntext.FormatDate(pd.p.Date) +
		" của " + pd.issuer + ")"
}

// proposalPart lays out a part's heading and its table (its last row the
// subtotal), starting a new page first unless the heading, the table's
// heading row and its first row fit (all of a table of one or two rows,
// with what it keeps). The table keeps its tail with t.Keep (see Table):
// the subtotal never stands alone on a page, nor the signature after the
// last part.
func (b *builder) proposalPart(head string, t Table) {
	s := b.spec
	b.ensure(s.lineH(s.PartHead) + s.ParaSpace + b.tableStart(t))
	b.paragraph(head, para{size: s.PartHead, style: Style{Bold: true}, after: s.ParaSpace, role: RoleHeading})
	b.table(t)
	b.space(2 * s.ParaSpace)
}

// ProposalRecipient is whom a proposal for the form goes to, when
// ProposalParams.Recipient is empty: the authority that grants it, as the
// form's name writes it after "của" ("Bằng khen của Chủ tịch Ủy ban nhân
// dân tỉnh" goes to "Ủy ban nhân dân tỉnh": the chairman decides, but the
// submission is addressed to the committee).
func ProposalRecipient(f *data.AwardForm) string {
	name := ""
	if i := strings.LastIndex(f.Name, " của "); i >= 0 {
		name = strings.TrimSpace(f.Name[i+len(" của "):])
	}
	if name == "" {
		name = propOrgName(f.Authority)
	}
	for _, p := range []string{"Chủ tịch ", "chủ tịch "} {
		name = strings.TrimPrefix(name, p)
	}
	return upperFirst(name)
}

// propIssuer is the issuing body as a sentence names it: "BAN TUYÊN GIÁO
// VÀ DÂN VẬN" of "ĐẢNG BỘ TỈNH …" is the "Ban Tuyên giáo và Dân vận Tỉnh
// ủy".
func propIssuer(set *data.OrgSettings) string {
	name := propOrgName(set.Issuer)
	up := strings.ToUpper(set.Issuer)
	sup := strings.ToUpper(set.Superior)
	if name == "" || strings.HasSuffix(up, "ỦY") {
		return name
	}
	switch {
	case strings.Contains(sup, "THÀNH PHỐ") || strings.Contains(sup, "THÀNH ỦY"):
		return name + " Thành ủy"
	case strings.Contains(sup, "TỈNH"):
		return name + " Tỉnh ủy"
	}
	return name
}

// propOrgName writes an organisation's upper-case name as a sentence writes
// it: "BAN THƯỜNG VỤ TỈNH ỦY" → "Ban Thường vụ Tỉnh ủy", "ỦY BAN NHÂN DÂN
// TỈNH PHƯỚC SƠN" → "Ủy ban nhân dân tỉnh Phước Sơn". It knows the usual
// names of Party and state bodies; a text it gets wrong can be edited.
func propOrgName(s string) string {
	lower := strings.Fields(strings.ToLower(vntext.Clean(s)))
	words := append([]string(nil), lower...)
	place := false
	for i, w := range lower {
		prev := ""
		if i > 0 {
			prev = lower[i-1]
		}
		switch {
		case i == 0, place, w == "đảng":
			words[i] = upperFirst(w)
		case w == "ủy" && (prev == "tỉnh" || prev == "thành" || prev == "huyện"):
			words[i-1] = upperFirst(prev)
		case prev == "và":
			words[i] = upperFirst(w)
		case prev == "ban" && (i == 1 || lower[i-2] == "và"):
			words[i] = upperFirst(w)
		}
		// After "tỉnh" (not "tỉnh ủy") comes the province's name.
		if w == "tỉnh" && i > 0 && (i+1 == len(lower) || lower[i+1] != "ủy") {
			place = true
		}
	}
	out := strings.Join(words, " ")
	for _, fix := range [][2]string{{"việt nam", "Việt Nam"}, {"mặt trận tổ quốc", "Mặt trận Tổ quốc"}} {
		out = strings.ReplaceAll(out, fix[0], fix[1])
	}
	return out
}

// propBareNumber drops the "Số " of a number, as a sentence cites it.
func propBareNumber(n string) string {
	for _, p := range []string{"Số", "số", "SỐ"} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
		}
	}
	return n
}
