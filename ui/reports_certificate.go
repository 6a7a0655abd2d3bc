package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// certPrefixLabels are the prefix choices as shown; the last prints the
// name alone.
var certPrefixLabels = []string{"Đồng chí", "Ông (Bà)", "Không ghi danh xưng"}

// certReport is "Giấy khen, bằng khen": one certificate per commendation
// chosen by year, form, status and unit, in full on blank paper or only
// its variable texts onto pre-printed forms. What differs between forms –
// the prefix before a name, the header's arrangement, the signer – is
// shown for the chosen form, previewed as typed and kept with "Lưu".
type certReport struct {
	s *Reports
	*yearFormChoice

	Status   *widget.Select
	Unit     *unitPicker
	Overlay  *widget.Check
	Prefix   *widget.Select
	Centred  *widget.Check
	GoldBook *widget.Check
	// The signer of the chosen form's certificates.
	SignAuthority, SignTitle, SignName, SignPlace *widget.Entry
	SaveBtn                                       *widget.Button
	FormInfo                                      *widget.Label

	loadedForm int64              // the form whose settings the fields show
	layout     *report.CertLayout // its saved layout
	form       fyne.CanvasObject
}

func newCertReport(s *Reports) *certReport {
	r := &certReport{s: s, FormInfo: widget.NewLabel("")}
	r.FormInfo.Wrapping = fyne.TextWrapWord
	r.yearFormChoice = newYearFormChoice(nil, r.loadForm)
	r.Status = newSelect(awardStatusLabels, nil)
	r.Status.SetSelected(data.AwardGranted.Label())
	r.Unit = newUnitPicker(s.env, "Tất cả đơn vị", nil)
	r.Overlay = widget.NewCheck("In trên phôi có sẵn (chỉ in phần chữ thay đổi)", nil)
	r.Prefix = newSelect(certPrefixLabels, nil)
	r.Centred = widget.NewCheck("Quốc hiệu Đảng và cơ quan tặng ở giữa trang", nil)
	r.GoldBook = widget.NewCheck("In dòng “Số sổ vàng” để ghi tay", nil)
	entry := func(hint string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(hint)
		return e
	}
	r.SignAuthority = entry("Ví dụ: T/M BAN THƯỜNG VỤ, KT. CHỦ TỊCH")
	r.SignTitle = entry("Ví dụ: PHÓ BÍ THƯ, PHÓ CHỦ TỊCH")
	r.SignName = entry("Để trống: ghi tay")
	r.SignPlace = entry("Ví dụ: Phước Sơn")
	r.SaveBtn = widget.NewButtonWithIcon("Lưu cho hình thức này", theme.DocumentSaveIcon(), r.Save)
	r.form = container.NewVBox(
		widget.NewForm(
			widget.NewFormItem("Năm khen thưởng", r.Year),
			widget.NewFormItem("Hình thức", r.Award),
			widget.NewFormItem("Trạng thái", r.Status),
			widget.NewFormItem("Đơn vị", r.Unit.Button),
			widget.NewFormItem("", r.Overlay),
		),
		widget.NewSeparator(),
		widget.NewLabelWithStyle("Thiết lập riêng của hình thức khen thưởng", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		r.FormInfo,
		widget.NewForm(
			widget.NewFormItem("Danh xưng cá nhân", r.Prefix),
			widget.NewFormItem("", r.Centred),
			widget.NewFormItem("", r.GoldBook),
			widget.NewFormItem("Thẩm quyền ký", r.SignAuthority),
			widget.NewFormItem("Chức vụ người ký", r.SignTitle),
			widget.NewFormItem("Họ tên người ký", r.SignName),
			widget.NewFormItem("Địa danh", r.SignPlace),
			widget.NewFormItem("", container.NewHBox(r.SaveBtn)),
		),
	)
	r.showForm(nil, nil)
	return r
}

func (r *certReport) Title() string { return "Giấy khen, bằng khen" }
func (r *certReport) Hint() string {
	return "A4 ngang, mỗi khen thưởng một trang: in cả mẫu trên giấy trắng (viền, quốc hiệu, “TẶNG”, tên giấy khen), " +
		"hoặc chỉ in phần chữ thay đổi lên phôi có sẵn tại vị trí đã hiệu chỉnh."
}
func (r *certReport) Form() fyne.CanvasObject { return r.form }
func (r *certReport) FileName() string {
	name := "Giay khen"
	if y := r.year(); y != 0 {
		name += " " + strconv.Itoa(y)
	}
	if r.Overlay.Checked {
		name += " (in tren phoi)"
	}
	return name + ".pdf"
}

// setCatalog fills the years and forms, keeping the choices made; the
// first time it starts from the latest award in the archive.
func (r *certReport) setCatalog(c *Catalog) {
	r.fill(c, currentYear(), "Mọi năm", "Mọi hình thức khen thưởng")
	r.Unit.SetCatalog(c)
	r.guess(r.s.env, data.AwardGranted, func(guessed bool) {
		if guessed {
			r.loadForm()
		}
	})
}

// loadForm shows the chosen form's saved settings. Choosing the same form
// again keeps what was typed.
func (r *certReport) loadForm() {
	id := r.formID()
	if id == r.loadedForm && r.layout != nil {
		return
	}
	if id == 0 {
		r.loadedForm, r.layout = 0, nil
		r.showForm(nil, nil)
		return
	}
	type loaded struct {
		l *report.CertLayout
		s *report.CertSigner
	}
	background(r.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (loaded, error) {
		l, err := report.LoadCertLayout(ctx, ar, id)
		if err != nil {
			return loaded{}, err
		}
		s, err := report.LoadCertSigner(ctx, ar, id)
		return loaded{l, s}, err
	}, func(v loaded, err error) {
		if err != nil {
			r.s.env.ShowError(err)
			return
		}
		if r.formID() != id { // chosen another meanwhile
			return
		}
		r.loadedForm, r.layout = id, v.l
		r.showForm(v.l, v.s)
	})
}

// showForm fills the form's settings, or disables them while every form
// is chosen.
func (r *certReport) showForm(l *report.CertLayout, s *report.CertSigner) {
	on := l != nil
	for _, w := range []fyne.Disableable{r.Prefix, r.Centred, r.GoldBook, r.SignAuthority, r.SignTitle, r.SignName, r.SignPlace, r.SaveBtn} {
		setEnabled(w, on)
	}
	if !on {
		r.FormInfo.SetText("Chọn một hình thức khen thưởng để đặt danh xưng và người ký; mỗi trang in theo thiết lập đã lưu của hình thức của nó.")
		return
	}
	r.FormInfo.SetText("Lưu lại để lần sau (và các máy khác) in như vậy.")
	if r.s.env.ReadOnly() {
		r.SaveBtn.Disable()
		r.FormInfo.SetText("Kho đang mở chỉ để đọc: thay đổi chỉ dùng cho lần in này.")
	}
	switch l.Prefix {
	case "":
		r.Prefix.SetSelectedIndex(2)
	case "Ông (Bà)":
		r.Prefix.SetSelectedIndex(1)
	default:
		r.Prefix.SetSelectedIndex(0)
	}
	r.Centred.SetChecked(l.Centred)
	r.GoldBook.SetChecked(l.GoldBook)
	r.SignAuthority.SetText(s.Authority)
	r.SignTitle.SetText(s.Title)
	r.SignName.SetText(s.Name)
	r.SignPlace.SetText(s.Place)
}

// settings reads the form's settings as typed.
func (r *certReport) settings() (*report.CertLayout, *report.CertSigner) {
	if r.layout == nil {
		return nil, nil
	}
	l := *r.layout
	l.Prefix = ""
	if i := r.Prefix.SelectedIndex(); i >= 0 && i < 2 {
		l.Prefix = certPrefixLabels[i]
	}
	l.Centred, l.GoldBook = r.Centred.Checked, r.GoldBook.Checked
	return &l, &report.CertSigner{Authority: strings.TrimSpace(r.SignAuthority.Text), Title: strings.TrimSpace(r.SignTitle.Text),
		Name: strings.TrimSpace(r.SignName.Text), Place: strings.TrimSpace(r.SignPlace.Text)}
}

// Save keeps the chosen form's prefix, header and signer in the archive.
func (r *certReport) Save() {
	id := r.loadedForm
	l, sg := r.settings()
	if l == nil || id == 0 || r.s.env.ReadOnly() {
		return
	}
	background(r.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (struct{}, error) {
		if err := report.SaveCertLayout(ctx, ar, id, l); err != nil {
			return struct{}{}, err
		}
		return struct{}{}, report.SaveCertSigner(ctx, ar, id, sg)
	}, func(_ struct{}, err error) {
		if err != nil {
			r.s.env.ShowError(err)
			return
		}
		r.layout = l
		r.s.nav.notice("Đã lưu thiết lập giấy khen của “" + r.Award.Selected + "”.")
		r.s.env.changed()
	})
}

func (r *certReport) Build() (docLayout, error) {
	p := report.CertificateParams{Status: data.AwardStatuses[max(0, r.Status.SelectedIndex())], UnitID: r.Unit.Selected(),
		Overlay: r.Overlay.Checked, Year: r.year(), FormID: r.formID()}
	if p.FormID != 0 && p.FormID == r.loadedForm {
		p.Layout, p.Signer = r.settings() // as typed, saved or not
	}
	return func(ctx context.Context, ar *data.Archive) (*report.Doc, error) {
		return report.Certificates(ctx, ar, p, nil)
	}, nil
}
