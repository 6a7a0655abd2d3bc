package report_test

import (
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// certBoxes renders d and returns the words of each page as the PDF
// places them (pdfLayout): what a printer prints, not what the layout meant.
func certBoxes(t *testing.T, d *report.Doc) [][]pdfWord {
	t.Helper()
	pdf, err := report.RenderPDF(d, report.Liberation())
	certMust(t, err)
	var pages [][]pdfWord
	for _, pg := range pdfLayout(t, pdf, 0, 0) {
		var words []pdfWord
		for _, l := range pg.Lines {
			words = append(words, l.Words...)
		}
		pages = append(pages, words)
	}
	return pages
}

// lineAt joins the words whose baseline (nearly their box's bottom) lies
// within 2.5 mm of y, left to right as pdftotext gives them.
func lineAt(words []pdfWord, y float64) (string, pdfWord) {
	var parts []string
	box := pdfWord{X0: 1e9, Y0: 1e9}
	for _, w := range words {
		if base := w.Y1 - (w.Y1-w.Y0)*0.2; base > y-2.5 && base < y+2.5 {
			parts = append(parts, w.Text)
			box.X0, box.Y0 = min(box.X0, w.X0), min(box.Y0, w.Y0)
			box.X1, box.Y1 = max(box.X1, w.X1), max(box.Y1, w.Y1)
		}
	}
	return strings.Join(parts, " "), box
}

// TestCertificatesHonourRecipients: on every page, measured in the PDF,
// the line under "BẰNG KHEN" names the person or collective commended
// (never a model's title), the line under it says where, the achievement
// names the model, and the signer's printed name stands at least 35 mm
// below the signer's title, room to sign and seal.
func TestCertificatesHonourRecipients(t *testing.T) {
	a := demoArchive(t, 60)
	_, party, _ := certForms(t, a)
	// The first model names the collective that runs it; the second does
	// not, so the unit that registered it stands in (marked for review).
	ids, err := a.EntryIDs(ctx, data.EntryFilter{Kind: data.KindModel})
	certMust(t, err)
	for i, person := range []string{"Chi đoàn ấp 2", ""} {
		e, err := a.GetEntry(ctx, ids[i])
		certMust(t, err)
		e.Person = person
		certMust(t, a.SaveEntry(ctx, e))
	}
	models := certGrant(t, a, data.KindModel, 2, party, "125-QĐ/TU", "2026-03-05")
	people := certGrant(t, a, data.KindIndividual, 1, party, "125-QĐ/TU", "2026-03-05")
	es := append(models, people...)
	rs := certRecipients(t, a, es, 2026)
	if rs[0].Name != "Chi đoàn ấp 2" || rs[0].Review || !rs[1].Review || rs[2].Kind != data.RecipientPerson {
		t.Fatalf("recipients %+v", rs)
	}
	spec := report.DefaultSpec()
	for _, overlay := range []bool{false, true} {
		d, err := report.Certificates(ctx, a, report.CertificateParams{Year: 2026, FormID: party.ID, Overlay: overlay}, report.Liberation())
		certMust(t, err)
		pages := certBoxes(t, d)
		if len(pages) != 3 {
			t.Fatalf("%d pages for 3 commendations", len(pages))
		}
		// Pages follow the entries' Vietnamese order: find each by name.
		for _, r := range rs {
			want := r.Name
			if r.Kind == data.RecipientPerson {
				want = "Đồng chí " + r.Name
			}
			found := false
			for _, words := range pages {
				got, _ := lineAt(words, spec.CertRecipientY)
				if got != want {
					continue
				}
				found = true
				if details, _ := lineAt(words, spec.CertDetailsY); details != r.Details() {
					t.Errorf("overlay %v: under %q: %q, want %q", overlay, want, details, r.Details())
				}
			}
			if !found {
				t.Errorf("overlay %v: no page names %q on the recipient line", overlay, want)
			}
		}
		for i, words := range pages {
			for _, e := range es {
				if got, _ := lineAt(words, spec.CertRecipientY); got == e.Name {
					t.Errorf("overlay %v, page %d honours the model's title %q", overlay, i+1, e.Name)
				}
			}
			name, nameBox := lineAt(words, spec.CertSignNameY)
			if name != "Trần Quốc Bình" {
				t.Errorf("overlay %v, page %d: signer's name %q", overlay, i+1, name)
			}
			if overlay {
				continue // the title is printed on the form
			}
			title, titleBox := lineAt(words, spec.CertSignY+spec.CertSign*25.4/72*spec.LineFactor)
			if title != "PHÓ BÍ THƯ" {
				t.Fatalf("page %d: signer's title %q", i+1, title)
			}
			if room := nameBox.Y0 - titleBox.Y1; room < spec.CertSignRoom {
				t.Errorf("page %d: %.1f mm to sign and seal, want at least %g", i+1, room, spec.CertSignRoom)
			}
		}
	}
}

// pdfTextOf renders the certificates p selects and returns their text.
func pdfTextOf(t *testing.T, a *data.Archive, p report.CertificateParams) string {
	t.Helper()
	d, err := report.Certificates(ctx, a, p, report.Liberation())
	certMust(t, err)
	pdf, err := report.RenderPDF(d, report.Liberation())
	certMust(t, err)
	return strings.Join(strings.Fields(pdfText(t, pdf)), " ")
}

// TestCertificateNeedsSignerAndGoldBook: a certificate is not printed
// without its signer's name, and prints the Sổ vàng number of its decision.
func TestCertificateNeedsSignerAndGoldBook(t *testing.T) {
	a := demoArchive(t, 30)
	state, _, _ := certForms(t, a)
	es := certGrant(t, a, data.KindIndividual, 1, state, "3125/QĐ-UBND", "2026-03-05")
	cs, err := a.EntryCommendations(ctx, es[0].ID)
	certMust(t, err)
	cs[0].GoldBookNo = "245"
	certMust(t, a.SaveCommendation(ctx, cs[0]))
	if text := pdfTextOf(t, a, report.CertificateParams{Year: 2026}); !strings.Contains(text, "Số sổ vàng: 245") {
		t.Errorf("no Sổ vàng number in %q", text)
	}
	sg, err := report.LoadCertSigner(ctx, a, state.ID)
	certMust(t, err)
	sg.Name = ""
	certMust(t, report.SaveCertSigner(ctx, a, state.ID, sg))
	_, err = report.Certificates(ctx, a, report.CertificateParams{Year: 2026}, report.Liberation())
	if data.ErrorCode(err) != data.EInvalid || !strings.Contains(data.ErrorMessage(err), "họ tên người ký") {
		t.Fatalf("no signer: %v", err)
	}
	d, err := report.Certificates(ctx, a, report.CertificateParams{Year: 2026, SignerName: "Lê Văn Thành"}, report.Liberation())
	certMust(t, err)
	if !certPageHas(d, 0, "Lê Văn Thành") {
		t.Error("--signer not printed")
	}
}
