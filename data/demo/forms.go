package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// The Ban's own certificates are issued in its name, which changed when
// the Ban Dân vận and the Ban Tuyên giáo merged in 2025.
const (
	oldBanAuthority = "BAN DÂN VẬN TỈNH ỦY"
	newBanAuthority = "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"
	// mergerYear is the first year of the Ban Tuyên giáo và Dân vận: its
	// decisions and certificates date from it, the Ban Dân vận's before.
	mergerYear = 2025
)

// oldBanForm is the Giấy khen of the Ban Dân vận Tỉnh ủy, which the
// province's awards of 2016–2024 were made in. It is no schema default
// (new archives begin after the merger), so the demo adds it, out of use
// since the merger.
func oldBanForm() *data.AwardForm {
	return &data.AwardForm{Name: "Giấy khen của Ban Dân vận Tỉnh ủy", Title: "GIẤY KHEN",
		Authority: oldBanAuthority, Header: data.HeaderParty, Rank: 2}
}

// awardForms are the forms the demo commends with.
type awardForms struct {
	partyMerit, stateMerit *data.AwardForm // Bằng khen of the Ban Thường vụ Tỉnh ủy and of the UBND tỉnh
	oldBan, newBan         *data.AwardForm // the Ban's Giấy khen before and after the merger
}

// findForm returns the stored form with this header, title and authority.
func findForm(forms []*data.AwardForm, header data.HeaderStyle, title, authority string) *data.AwardForm {
	for _, f := range forms {
		if f.Header == header && strings.EqualFold(f.Title, title) && strings.Contains(strings.ToUpper(f.Authority), authority) {
			return f
		}
	}
	return nil
}

// pickForms finds the schema's default forms the demo uses; false when an
// archive's catalogue no longer has them.
func (w *world) pickForms(forms []*data.AwardForm) bool {
	w.forms = awardForms{
		partyMerit: findForm(forms, data.HeaderParty, "BẰNG KHEN", "BAN THƯỜNG VỤ TỈNH ỦY"),
		stateMerit: findForm(forms, data.HeaderState, "BẰNG KHEN", "ỦY BAN NHÂN DÂN TỈNH"),
		newBan:     findForm(forms, data.HeaderParty, "GIẤY KHEN", newBanAuthority),
	}
	return w.forms.partyMerit != nil && w.forms.stateMerit != nil && w.forms.newBan != nil
}

// addOldForm writes the Ban Dân vận's Giấy khen, inactive: saving makes a
// new form active, so it is saved a second time.
func (w *world) addOldForm(b *data.Batch) error {
	f := oldBanForm()
	if err := b.Save(f); err != nil {
		return err
	}
	f.Active = false
	if err := b.Save(f); err != nil {
		return err
	}
	w.forms.oldBan = f
	return nil
}

// formFor chooses the award of an outstanding entry recognised at a level
// (0 cơ sở, 1 huyện, 2 tỉnh): mostly a Bằng khen of the province for the
// province's own, else the Ban's Giấy khen of that year.
func (w *world) formFor(r *rand.Rand, level, year int) *data.AwardForm {
	n := r.IntN(10)
	switch {
	case level == 2 && n < 4:
		return w.forms.partyMerit
	case level == 2 && n < 7:
		return w.forms.stateMerit
	case year < mergerYear:
		return w.forms.oldBan
	}
	return w.forms.newBan
}

// banSymbol is the Ban's symbol in the numbers of its decisions in a year.
func banSymbol(year int) string {
	if year < mergerYear {
		return "BDVTU"
	}
	return "BTGDVTU"
}

// decisionNumber numbers a decision granting an award of form f in a year.
func decisionNumber(r *rand.Rand, f *data.AwardForm, year int) string {
	switch {
	case f.Header == data.HeaderState:
		return fmt.Sprintf("%d/QĐ-UBND", 1000+r.IntN(2500))
	case f.Rank >= 3:
		return fmt.Sprintf("%d-QĐ/TU", 100+r.IntN(900))
	}
	return fmt.Sprintf("%d-QĐ/%s", 10+r.IntN(300), banSymbol(year))
}

// saveSigners names who signs each form's certificates, as an office does
// once per form: the Standing Committee's and the People's Committee's
// leaders, and the Ban Dân vận's deputy head before the merger. The Ban's
// current Giấy khen is signed as its reports are (the settings).
func (w *world) saveSigners(ctx context.Context, a *data.Archive) error {
	for _, s := range []struct {
		form *data.AwardForm
		sg   report.CertSigner
	}{
		{w.forms.partyMerit, report.CertSigner{Authority: "T/M BAN THƯỜNG VỤ", Title: "PHÓ BÍ THƯ", Name: "Trần Quốc Bình", Place: ProvinceName}},
		{w.forms.stateMerit, report.CertSigner{Authority: "KT. CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH", Name: "Lê Văn Thành", Place: ProvinceName}},
		{w.forms.oldBan, report.CertSigner{Authority: "K/T TRƯỞNG BAN", Title: "PHÓ TRƯỞNG BAN", Name: "Đỗ Minh Khang", Place: ProvinceName}},
	} {
		if err := report.SaveCertSigner(ctx, a, s.form.ID, &s.sg); err != nil {
			return err
		}
	}
	return nil
}
