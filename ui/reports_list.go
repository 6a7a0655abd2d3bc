package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// listReport is "Danh sách mô hình, điển hình": its own choice of phase,
// unit, field and kind, or exactly the filter of the list screen.
type listReport struct {
	s        *Reports
	phases   *choice
	fields   *choice
	Phase    *widget.Select
	Field    *widget.Select
	Kind     *widget.Select
	Unit     *unitPicker
	Group    *widget.Select
	Date     *widget.Entry
	UseList  *widget.Button
	FromList *widget.Label
	listF    *data.EntryFilter // the list screen's filter, when taken
	form     fyne.CanvasObject
}

var groupOptions = []string{"Không chia nhóm", "Theo đơn vị", "Theo lĩnh vực"}

func newListReport(s *Reports) *listReport {
	r := &listReport{s: s, FromList: widget.NewLabel("")}
	own := func() { r.listF = nil; r.FromList.SetText("") } // choosing here drops the list's filter
	r.Phase = newSelect(nil, func(string) { own() })
	r.Field = newSelect(nil, func(string) { own() })
	r.Kind = newSelect(kindOptions, func(string) { own() })
	r.Kind.SetSelectedIndex(0)
	r.Unit = newUnitPicker(s.env, "Tất cả đơn vị", func(int64) { own() })
	r.Group = newSelect(groupOptions, nil)
	r.Group.SetSelectedIndex(1)
	r.Date = newTodayEntry()
	r.UseList = widget.NewButtonWithIcon("Dùng bộ lọc của danh sách mô hình", theme.ListIcon(), r.takeList)
	r.FromList.Wrapping = fyne.TextWrapWord
	r.form = widget.NewForm(
		widget.NewFormItem("Giai đoạn", r.Phase),
		widget.NewFormItem("Đơn vị", r.Unit.Button),
		widget.NewFormItem("Lĩnh vực", r.Field),
		widget.NewFormItem("Loại", r.Kind),
		widget.NewFormItem("", container.NewVBox(r.UseList, r.FromList)),
		widget.NewFormItem("Chia nhóm", r.Group),
		widget.NewFormItem("Ngày ban hành", r.Date),
	)
	return r
}

func (r *listReport) Title() string { return "Danh sách mô hình, điển hình" }
func (r *listReport) Hint() string {
	return "Khổ A4 ngang: STT, tên, đơn vị, lĩnh vực, loại, năm, công nhận, ghi chú; tiêu đề bảng lặp lại ở mỗi trang."
}
func (r *listReport) Form() fyne.CanvasObject { return r.form }
func (r *listReport) FileName() string {
	return "Danh sach mo hinh dien hinh " + string(data.DateOf(nowFunc())) + ".pdf"
}

func (r *listReport) setCatalog(c *Catalog) {
	r.phases, r.fields = phaseChoice(c, "Mọi giai đoạn"), fieldChoice(c, "Mọi lĩnh vực")
	setOptions(r.Phase, r.phases, r.phases.id(r.Phase.Selected))
	setOptions(r.Field, r.fields, r.fields.id(r.Field.Selected))
	r.Unit.SetCatalog(c)
}

// takeList uses the filter set on the list screen, search included, so the
// PDF prints exactly the rows shown there.
func (r *listReport) takeList() {
	l, ok := r.s.nav.listed()
	if !ok {
		return
	}
	f := l.filter
	r.listF = &f
	r.FromList.SetText("Dùng đúng bộ lọc đang đặt ở màn hình Mô hình, điển hình: " + countText(len(l.ids), "mô hình, điển hình") + ".")
}

// Filter is what the list will select.
func (r *listReport) Filter() data.EntryFilter {
	if r.listF != nil {
		return *r.listF
	}
	f := data.EntryFilter{}
	if r.phases != nil {
		f.PhaseID = r.phases.id(r.Phase.Selected)
		f.FieldID = r.fields.id(r.Field.Selected)
	}
	f.UnitID = r.Unit.Selected()
	if i := r.Kind.SelectedIndex(); i > 0 {
		f.Kind = data.Kinds[i-1]
	}
	return f
}

func (r *listReport) Build() (docLayout, error) {
	date, err := issueDate(r.Date)
	if err != nil {
		return nil, err
	}
	p := report.ListParams{Filter: r.Filter(), Group: report.Grouping(max(0, r.Group.SelectedIndex())), Date: date}
	return func(ctx context.Context, ar *data.Archive) (*report.Doc, error) { return report.List(ctx, ar, p, nil) }, nil
}
