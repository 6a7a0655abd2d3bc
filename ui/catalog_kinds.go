package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// The four simple catalogues, each as a catKind for the shared tab.

const catActiveLabel = "Đang sử dụng (được chọn trong các biểu mẫu)"

// catNumberError is the message for a number field that is not one.
func catNumberError(col, what string) data.FieldError {
	return data.FieldError{Field: col, Message: what + " phải là số nguyên, ví dụ 2026."}
}

// catFieldKind: lĩnh vực (name, position in lists, active).
type catFieldKind struct {
	Name     *widget.Entry
	Position *widget.Entry
	Active   *widget.Check
}

func (*catFieldKind) noun() string                     { return "lĩnh vực" }
func (*catFieldKind) records(c *Catalog) []*data.Field { return c.Fields }
func (*catFieldKind) meta(r *data.Field) *data.Meta    { return &r.Meta }
func (*catFieldKind) title(r *data.Field) string       { return r.Name }
func (*catFieldKind) row(r *data.Field) string         { return r.Name }
func (*catFieldKind) active(r *data.Field) bool        { return r.Active }
func (*catFieldKind) setActive(r *data.Field, on bool) { r.Active = on }

func (*catFieldKind) blank(c *Catalog) data.Field {
	f := data.Field{Active: true, Position: 1}
	if c != nil {
		for _, x := range c.Fields {
			f.Position = max(f.Position, x.Position+1)
		}
	}
	return f
}

func (k *catFieldKind) layout(f *catForm) fyne.CanvasObject {
	k.Name = widget.NewEntry()
	k.Name.SetPlaceHolder("Ví dụ: Xây dựng nông thôn mới")
	k.Position = widget.NewEntry()
	k.Active = widget.NewCheck(catActiveLabel, nil)
	return container.NewVBox(
		f.row("name", "Tên lĩnh vực", k.Name),
		container.NewGridWithColumns(2, f.row("position", "Thứ tự trong danh sách", k.Position), layoutSpacer()),
		k.Active)
}

func (k *catFieldKind) show(r *data.Field) {
	k.Name.SetText(r.Name)
	k.Position.SetText(strconv.Itoa(r.Position))
	k.Active.SetChecked(r.Active)
}

func (k *catFieldKind) collect(r data.Field) (data.Field, []data.FieldError) {
	var errs []data.FieldError
	var ok bool
	r.Name, r.Active = k.Name.Text, k.Active.Checked
	if r.Position, ok = catInt(k.Position.Text); !ok {
		errs = append(errs, catNumberError("position", "Thứ tự"))
	}
	return r, errs
}

func (*catFieldKind) write(ctx context.Context, a *data.Archive, r *data.Field) error {
	return a.SaveField(ctx, r)
}

func (*catFieldKind) remove(ctx context.Context, a *data.Archive, id int64) error {
	return a.DeleteField(ctx, id)
}

// catLevelKind: cấp công nhận (name, rank, active).
type catLevelKind struct {
	Name   *widget.Entry
	Rank   *widget.Entry
	Active *widget.Check
}

func (*catLevelKind) noun() string                     { return "cấp công nhận" }
func (*catLevelKind) records(c *Catalog) []*data.Level { return c.Levels }
func (*catLevelKind) meta(r *data.Level) *data.Meta    { return &r.Meta }
func (*catLevelKind) title(r *data.Level) string       { return r.Name }
func (*catLevelKind) row(r *data.Level) string {
	return r.Name + " (bậc " + strconv.Itoa(r.Rank) + ")"
}
func (*catLevelKind) active(r *data.Level) bool        { return r.Active }
func (*catLevelKind) setActive(r *data.Level, on bool) { r.Active = on }

func (*catLevelKind) blank(c *Catalog) data.Level {
	l := data.Level{Active: true, Rank: 1}
	if c != nil {
		for _, x := range c.Levels {
			l.Rank = max(l.Rank, x.Rank+1)
		}
	}
	return l
}

func (k *catLevelKind) layout(f *catForm) fyne.CanvasObject {
	k.Name = widget.NewEntry()
	k.Name.SetPlaceHolder("Ví dụ: Cấp tỉnh")
	k.Rank = widget.NewEntry()
	k.Active = widget.NewCheck(catActiveLabel, nil)
	hint := widget.NewLabel("Bậc: số lớn hơn là cấp cao hơn (cơ sở 1, huyện 2, tỉnh 3…).")
	hint.TextStyle.Italic = true
	hint.Wrapping = fyne.TextWrapWord
	return container.NewVBox(
		f.row("name", "Tên cấp công nhận", k.Name),
		container.NewGridWithColumns(2, f.row("rank", "Bậc", k.Rank), layoutSpacer()),
		hint, k.Active)
}

func (k *catLevelKind) show(r *data.Level) {
	k.Name.SetText(r.Name)
	k.Rank.SetText(strconv.Itoa(r.Rank))
	k.Active.SetChecked(r.Active)
}

func (k *catLevelKind) collect(r data.Level) (data.Level, []data.FieldError) {
	var errs []data.FieldError
	var ok bool
	r.Name, r.Active = k.Name.Text, k.Active.Checked
	if r.Rank, ok = catInt(k.Rank.Text); !ok {
		errs = append(errs, catNumberError("rank", "Bậc"))
	}
	return r, errs
}

func (*catLevelKind) write(ctx context.Context, a *data.Archive, r *data.Level) error {
	return a.SaveLevel(ctx, r)
}

func (*catLevelKind) remove(ctx context.Context, a *data.Archive, id int64) error {
	return a.DeleteLevel(ctx, id)
}

// catPhaseKind: giai đoạn (name, years, plan, active).
type catPhaseKind struct {
	Name   *widget.Entry
	Start  *widget.Entry
	End    *widget.Entry
	Plan   *widget.Entry
	Active *widget.Check
}

func (*catPhaseKind) noun() string                     { return "giai đoạn" }
func (*catPhaseKind) records(c *Catalog) []*data.Phase { return c.Phases }
func (*catPhaseKind) meta(r *data.Phase) *data.Meta    { return &r.Meta }
func (*catPhaseKind) title(r *data.Phase) string       { return "Giai đoạn " + r.Name }
func (*catPhaseKind) row(r *data.Phase) string         { return "Giai đoạn " + r.Name }
func (*catPhaseKind) active(r *data.Phase) bool        { return r.Active }
func (*catPhaseKind) setActive(r *data.Phase, on bool) { r.Active = on }

// blank proposes the five years after the latest phase, the movement's
// usual term.
func (*catPhaseKind) blank(c *Catalog) data.Phase {
	start := currentYear()
	if c != nil {
		for _, x := range c.Phases {
			start = max(start, x.EndYear+1)
		}
	}
	return data.Phase{Active: true, StartYear: start, EndYear: start + 4, Name: fmt.Sprintf("%d–%d", start, start+4)}
}

func (k *catPhaseKind) layout(f *catForm) fyne.CanvasObject {
	k.Name = widget.NewEntry()
	k.Name.SetPlaceHolder("Ví dụ: 2026–2030")
	k.Start, k.End = widget.NewEntry(), widget.NewEntry()
	k.Plan = widget.NewEntry()
	k.Plan.SetPlaceHolder("Ví dụ: Kế hoạch số 20-KH/TU ngày 12/8/2016")
	k.Active = widget.NewCheck(catActiveLabel, nil)
	return container.NewVBox(
		f.row("name", "Tên giai đoạn", k.Name),
		container.NewGridWithColumns(2, f.row("start_year", "Năm bắt đầu", k.Start), f.row("end_year", "Năm kết thúc", k.End)),
		f.row("plan", "Kế hoạch triển khai", k.Plan),
		k.Active)
}

func (k *catPhaseKind) show(r *data.Phase) {
	k.Name.SetText(r.Name)
	k.Start.SetText(intText(r.StartYear))
	k.End.SetText(intText(r.EndYear))
	k.Plan.SetText(r.Plan)
	k.Active.SetChecked(r.Active)
}

func (k *catPhaseKind) collect(r data.Phase) (data.Phase, []data.FieldError) {
	var errs []data.FieldError
	var ok bool
	r.Name, r.Plan, r.Active = k.Name.Text, k.Plan.Text, k.Active.Checked
	if r.StartYear, ok = catInt(k.Start.Text); !ok {
		errs = append(errs, catNumberError("start_year", "Năm bắt đầu"))
	}
	if r.EndYear, ok = catInt(k.End.Text); !ok {
		errs = append(errs, catNumberError("end_year", "Năm kết thúc"))
	}
	return r, errs
}

func (*catPhaseKind) write(ctx context.Context, a *data.Archive, r *data.Phase) error {
	return a.SavePhase(ctx, r)
}

func (*catPhaseKind) remove(ctx context.Context, a *data.Archive, id int64) error {
	return a.DeletePhase(ctx, id)
}

// catFormKind: hình thức khen thưởng (name, printed title, authority,
// national header, rank, active).
type catFormKind struct {
	Name      *widget.Entry
	Title     *widget.SelectEntry
	Authority *widget.Entry
	Header    *widget.Select
	Rank      *widget.Entry
	Active    *widget.Check
}

func newCatFormKind() *catFormKind { return &catFormKind{} }

func (*catFormKind) noun() string                         { return "hình thức khen thưởng" }
func (*catFormKind) records(c *Catalog) []*data.AwardForm { return c.Forms }
func (*catFormKind) meta(r *data.AwardForm) *data.Meta    { return &r.Meta }
func (*catFormKind) title(r *data.AwardForm) string       { return r.Name }
func (*catFormKind) row(r *data.AwardForm) string         { return r.Name }
func (*catFormKind) active(r *data.AwardForm) bool        { return r.Active }
func (*catFormKind) setActive(r *data.AwardForm, on bool) { r.Active = on }

func (*catFormKind) blank(c *Catalog) data.AwardForm {
	return data.AwardForm{Active: true, Title: "GIẤY KHEN", Header: data.HeaderParty, Rank: 1}
}

var catHeaders = []data.HeaderStyle{data.HeaderParty, data.HeaderState}

func (k *catFormKind) layout(f *catForm) fyne.CanvasObject {
	k.Name = widget.NewEntry()
	k.Name.SetPlaceHolder("Ví dụ: Bằng khen của Chủ tịch UBND tỉnh")
	k.Title = widget.NewSelectEntry([]string{"BẰNG KHEN", "GIẤY KHEN"})
	k.Authority = widget.NewEntry()
	k.Authority.SetPlaceHolder("Ví dụ: ỦY BAN NHÂN DÂN TỈNH")
	k.Header = newSelect(labelsOf(catHeaders), nil)
	k.Header.PlaceHolder = "(Chọn quốc hiệu)"
	k.Rank = widget.NewEntry()
	k.Active = widget.NewCheck(catActiveLabel, nil)
	hint := widget.NewLabel("Bậc: số lớn hơn là hình thức cao hơn; danh sách xếp từ cao xuống thấp.")
	hint.TextStyle.Italic = true
	hint.Wrapping = fyne.TextWrapWord
	return container.NewVBox(
		f.row("name", "Tên hình thức khen thưởng", k.Name),
		container.NewGridWithColumns(2, f.row("title", "Tiêu đề in trên giấy", k.Title), f.row("rank", "Bậc", k.Rank)),
		hint,
		f.row("authority", "Cơ quan khen thưởng (in trên giấy)", k.Authority),
		f.row("header", "Quốc hiệu in trên giấy", k.Header),
		k.Active)
}

func (k *catFormKind) show(r *data.AwardForm) {
	k.Name.SetText(r.Name)
	k.Title.SetText(r.Title)
	k.Authority.SetText(r.Authority)
	k.Header.SetSelected(r.Header.Label())
	k.Rank.SetText(strconv.Itoa(r.Rank))
	k.Active.SetChecked(r.Active)
}

func (k *catFormKind) collect(r data.AwardForm) (data.AwardForm, []data.FieldError) {
	var errs []data.FieldError
	var ok bool
	r.Name, r.Title, r.Authority, r.Active = k.Name.Text, strings.TrimSpace(k.Title.Text), k.Authority.Text, k.Active.Checked
	for _, h := range catHeaders {
		if h.Label() == k.Header.Selected {
			r.Header = h
		}
	}
	if r.Rank, ok = catInt(k.Rank.Text); !ok {
		errs = append(errs, catNumberError("rank", "Bậc"))
	}
	return r, errs
}

func (*catFormKind) write(ctx context.Context, a *data.Archive, r *data.AwardForm) error {
	return a.SaveAwardForm(ctx, r)
}

func (*catFormKind) remove(ctx context.Context, a *data.Archive, id int64) error {
	return a.DeleteAwardForm(ctx, id)
}
