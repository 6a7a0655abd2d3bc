package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

var recipientKindLabels = []string{data.RecipientPerson.Label(), data.RecipientCollective.Label()}

// commendationForm is the form of one commendation: the award and its
// decision, and who it honours. A certificate names the person or
// collective given here, so the form is where a proposal's recipient is
// checked and corrected.
type commendationForm struct {
	c     data.Commendation
	forms *choice

	Year, Number, GoldBook   *widget.Entry
	Form, Status, Kind       *widget.Select
	Date                     *widget.Entry
	Name, Position, Place    *widget.Entry
	Citation                 *widget.Entry
	positionItem, placeLabel *widget.FormItem
}

func newCommendationForm(cat *Catalog, c *data.Commendation) *commendationForm {
	f := &commendationForm{c: *c, forms: formChoice(cat, "")}
	f.Year = widget.NewEntry()
	f.Year.SetText(strconv.Itoa(c.Year))
	f.Form = newSelect(f.forms.labels, nil)
	f.Form.PlaceHolder = "Chọn hình thức khen thưởng"
	f.Form.SetSelected(f.forms.label(c.FormID))
	f.Status = newSelect(awardStatusLabels, nil)
	f.Status.SetSelected(c.Status.Label())
	f.Number = widget.NewEntry()
	f.Number.SetText(c.DecisionNo)
	f.Number.SetPlaceHolder("Ví dụ: 3125/QĐ-UBND")
	f.Date = newDateEntry()
	f.Date.SetText(c.DecisionDate.Text())
	f.GoldBook = widget.NewEntry()
	f.GoldBook.SetText(c.GoldBookNo)
	f.GoldBook.SetPlaceHolder("Nếu quyết định có vào sổ vàng")
	f.Name = widget.NewEntry()
	f.Name.SetText(c.Recipient.Name)
	f.Position = widget.NewEntry()
	f.Position.SetText(c.Recipient.Position)
	f.Position.SetPlaceHolder("Ví dụ: Trưởng ấp Bàu Sen")
	f.Place = widget.NewEntry()
	f.Place.SetText(c.Recipient.Place)
	f.Citation = widget.NewMultiLineEntry()
	f.Citation.Wrapping = fyne.TextWrapWord
	f.Citation.SetText(c.Citation)
	f.Citation.SetPlaceHolder("Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”…")
	f.positionItem = widget.NewFormItem("Chức vụ", f.Position)
	f.placeLabel = widget.NewFormItem("Nơi công tác", f.Place)
	f.Kind = newSelect(recipientKindLabels, func(string) { f.kindChanged() })
	kind := c.Recipient.Kind
	if kind == "" {
		kind = data.RecipientCollective
	}
	f.Kind.SetSelected(kind.Label())
	return f
}

// kindChanged says what the name and place lines mean for a person and
// for a collective.
func (f *commendationForm) kindChanged() {
	if f.person() {
		f.Name.SetPlaceHolder("Họ và tên, ví dụ Nguyễn Văn An")
		f.Place.SetPlaceHolder("Nơi công tác, ví dụ xã Tân Hòa")
		f.placeLabel.Text = "Nơi công tác"
		f.Position.Enable()
	} else {
		f.Name.SetPlaceHolder("Tên tập thể, ví dụ Chi hội Phụ nữ ấp 3")
		f.Place.SetPlaceHolder("Địa chỉ, ví dụ xã Tân Hòa")
		f.placeLabel.Text = "Địa chỉ"
		f.Position.Disable()
	}
}

func (f *commendationForm) person() bool { return f.Kind.SelectedIndex() == 0 }

func (f *commendationForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem("Được khen là", f.Kind),
		widget.NewFormItem("Người, tập thể được khen", f.Name),
		f.positionItem, f.placeLabel,
		widget.NewFormItem("Nội dung thành tích", f.Citation),
		widget.NewFormItem("Năm", f.Year), widget.NewFormItem("Hình thức", f.Form),
		widget.NewFormItem("Trạng thái", f.Status), widget.NewFormItem("Số quyết định", f.Number),
		widget.NewFormItem("Ngày quyết định", f.Date), widget.NewFormItem("Số sổ vàng", f.GoldBook),
	}
}

// result is the commendation as the form says. Saving it means a person
// has looked at its recipient, so it is no longer marked for review.
func (f *commendationForm) result() *data.Commendation {
	c := f.c
	c.Year = parseCount(f.Year.Text)
	c.FormID = f.forms.id(f.Form.Selected)
	c.Status = data.AwardStatuses[max(0, f.Status.SelectedIndex())]
	c.DecisionNo, c.DecisionDate, c.Citation = f.Number.Text, isoDate(f.Date.Text), f.Citation.Text
	c.GoldBookNo = f.GoldBook.Text
	c.Recipient = data.Recipient{Kind: data.RecipientCollective, Name: f.Name.Text, Place: f.Place.Text}
	if f.person() {
		c.Recipient.Kind, c.Recipient.Position = data.RecipientPerson, f.Position.Text
	}
	return &c
}

// recipientCell is how the award lists show who is honoured: a name the
// program guessed says so, for the person to check.
func recipientCell(r data.Recipient) string {
	name := r.Name
	if name == "" {
		name = "(chưa có)"
	}
	if r.Review {
		return name + " · cần xem lại"
	}
	return name
}
