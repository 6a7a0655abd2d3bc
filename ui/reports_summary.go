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

// summaryReport is "Báo cáo kết quả phong trào": the period (a phase, or a
// year of it), the unit, and the narrative the office writes, kept in the
// archive per period so every computer prints the same text.
type summaryReport struct {
	s      *Reports
	cat    *Catalog
	phases *choice
	years  *choice

	Phase      *widget.Select
	Year       *widget.Select
	Unit       *unitPicker
	Number     *widget.Entry
	Date       *widget.Entry
	Narrative  *widget.Entry
	RestoreBtn *widget.Button
	SaveBtn    *widget.Button
	State      *widget.Label // whose text the editor holds: saved, default, changed
	Help       *widget.Accordion

	period summaryPeriod // the period whose text the editor holds
	saved  string        // that text as loaded or saved
	loaded bool
	form   fyne.CanvasObject
}

// summaryPeriod is the phase and year a narrative belongs to.
type summaryPeriod struct {
	phase int64
	year  int
}

const allYearsLabel = "Cả giai đoạn"

func newSummaryReport(s *Reports) *summaryReport {
	r := &summaryReport{s: s, State: widget.NewLabel("")}
	r.Phase = newSelect(nil, func(string) { r.fillYears(); r.periodChanged() })
	r.Phase.PlaceHolder = "Chọn giai đoạn"
	r.Year = newSelect([]string{allYearsLabel}, func(string) { r.periodChanged() })
	r.Year.SetSelected(allYearsLabel)
	r.Unit = newUnitPicker(s.env, "Toàn tỉnh (mọi đơn vị)", nil)
	r.Number = widget.NewEntry()
	r.Number.SetPlaceHolder("Ví dụ: Số 12-BC/BTGDVTU (trống: ghi tay)")
	r.Date = newTodayEntry()
	r.Narrative = widget.NewMultiLineEntry()
	r.Narrative.Wrapping = fyne.TextWrapWord
	r.Narrative.SetMinRowsVisible(14)
	r.Narrative.OnChanged = func(string) { r.showState() }
	r.RestoreBtn = widget.NewButtonWithIcon("Khôi phục mẫu", theme.HistoryIcon(), r.RestoreDefault)
	r.SaveBtn = widget.NewButtonWithIcon("Lưu nội dung", theme.DocumentSaveIcon(), r.SaveNarrative)
	r.State.Wrapping = fyne.TextWrapWord
	var lines []string
	for _, p := range report.SummaryPlaceholders {
		lines = append(lines, p.Name+" – "+p.Meaning)
	}
	help := widget.NewLabel("Các từ trong ngoặc nhọn được thay bằng số liệu của kho khi lập văn bản; từ viết sai được giữ nguyên để dễ thấy. " +
		"Dòng bắt đầu bằng số La Mã hoặc số thứ tự và dấu chấm (I. , 1. ) được in đậm làm đề mục. " +
		"Bảng nào không có dòng đánh dấu thì in sau phần nội dung.\n\n" + strings.Join(lines, "\n"))
	help.Wrapping = fyne.TextWrapWord
	r.Help = widget.NewAccordion(widget.NewAccordionItem("Các từ thay thế số liệu", help))
	settings := widget.NewForm(
		widget.NewFormItem("Giai đoạn", r.Phase),
		widget.NewFormItem("Năm", r.Year),
		widget.NewFormItem("Đơn vị", r.Unit.Button),
		widget.NewFormItem("Số văn bản", r.Number),
		widget.NewFormItem("Ngày ban hành", r.Date),
	)
	editor := container.NewBorder(
		widget.NewLabelWithStyle("Nội dung báo cáo", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewVBox(container.NewHBox(r.RestoreBtn, r.SaveBtn), r.State, r.Help), nil, nil, r.Narrative)
	r.form = container.NewVBox(settings, editor)
	r.setWritable()
	return r
}

func (r *summaryReport) Title() string { return "Báo cáo kết quả phong trào" }
func (r *summaryReport) Hint() string {
	return "Báo cáo kết quả phong trào thi đua “Dân vận khéo” năm hoặc cả giai đoạn, khổ A4 đứng: nội dung do Ban soạn với số liệu tự điền, " +
		"các bảng theo đơn vị và lĩnh vực, theo loại, công nhận và khen thưởng; chữ ký và nơi nhận."
}
func (r *summaryReport) Form() fyne.CanvasObject { return r.form }

// FileName names the file after the period, without diacritics so any
// computer and e-mail program keeps it intact.
func (r *summaryReport) FileName() string {
	p := r.Period()
	name := "Bao cao ket qua Dan van kheo"
	switch {
	case p.year != 0:
		name += " nam " + strconv.Itoa(p.year)
	case r.cat != nil && p.phase != 0:
		for _, ph := range r.cat.Phases {
			if ph.ID == p.phase {
				name += " giai doan " + strconv.Itoa(ph.StartYear) + "-" + strconv.Itoa(ph.EndYear)
			}
		}
	}
	return name + ".pdf"
}

// setCatalog fills the choices; the first time it chooses the phase of the
// current year and loads its text. Later (after a change somewhere) the
// choices are kept, and the text is read again unless it is being edited.
func (r *summaryReport) setCatalog(c *Catalog) {
	first := r.cat == nil
	r.cat = c
	r.phases = phaseChoice(c, "Mọi giai đoạn")
	cur := r.phases.id(r.Phase.Selected)
	if first {
		if p := c.PhaseOf(currentYear()); p != nil {
			cur = p.ID
		} else if len(c.Phases) > 0 {
			cur = c.Phases[0].ID
		}
	}
	setOptions(r.Phase, r.phases, cur)
	r.fillYears()
	r.Unit.SetCatalog(c)
	r.setWritable()
	if !r.Dirty() {
		r.load()
	}
}

// fillYears offers the whole phase or one of its years (every year for
// every phase), keeping the year chosen when it is still offered.
func (r *summaryReport) fillYears() {
	if r.cat == nil {
		return
	}
	r.years = newChoice(allYearsLabel)
	id := r.phases.id(r.Phase.Selected)
	for _, y := range r.cat.Years(currentYear()) {
		if p := r.cat.PhaseOf(y); id == 0 || (p != nil && p.ID == id) {
			r.years.add("Năm "+strconv.Itoa(y), int64(y))
		}
	}
	setOptions(r.Year, r.years, r.years.id(r.Year.Selected))
}

// Period is the phase and year chosen.
func (r *summaryReport) Period() summaryPeriod {
	if r.phases == nil {
		return summaryPeriod{}
	}
	return summaryPeriod{phase: r.phases.id(r.Phase.Selected), year: int(r.years.id(r.Year.Selected))}
}

// Dirty reports whether the editor holds changes not saved.
func (r *summaryReport) Dirty() bool { return r.loaded && r.Narrative.Text != r.saved }

// periodChanged loads the text of the new period; changes not saved are
// dropped only after asking (kept otherwise, to be saved for the new one).
func (r *summaryReport) periodChanged() {
	if r.phases == nil || r.years == nil || r.Period() == r.period {
		return
	}
	if !r.Dirty() {
		r.load()
		return
	}
	confirm(r.s.env, "Nội dung chưa lưu", "Nội dung báo cáo đã sửa nhưng chưa lưu. Bỏ các thay đổi đó và mở nội dung của kỳ báo cáo vừa chọn?",
		"Bỏ thay đổi", r.load)
}

// load reads the narrative of the chosen period (saved, else the default).
func (r *summaryReport) load() {
	p := r.Period()
	background(r.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (string, error) {
		return report.SummaryNarrative(ctx, ar, p.phase, p.year)
	}, func(text string, err error) {
		if err != nil {
			r.s.env.ShowError(err)
			return
		}
		if r.Period() != p { // another period was chosen meanwhile: its own load follows
			return
		}
		r.period, r.saved, r.loaded = p, text, true
		r.Narrative.SetText(text)
		r.showState()
	})
}

// RestoreDefault puts the program's template back in the editor; it is
// stored only when saved.
func (r *summaryReport) RestoreDefault() {
	r.Narrative.SetText(report.DefaultSummaryNarrative())
	r.showState()
}

// SaveNarrative keeps the editor's text for the chosen period.
func (r *summaryReport) SaveNarrative() {
	p, text := r.Period(), r.Narrative.Text
	background(r.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (string, error) {
		if err := report.SaveSummaryNarrative(ctx, ar, p.phase, p.year, text); err != nil {
			return "", err
		}
		return report.SummaryNarrative(ctx, ar, p.phase, p.year)
	}, func(stored string, err error) {
		if err != nil {
			r.s.env.ShowError(err)
			return
		}
		r.period, r.saved, r.loaded = p, stored, true
		if r.Narrative.Text != stored { // cleaned when stored: show what will print
			r.Narrative.SetText(stored)
		}
		r.showState()
		r.s.nav.notice("Đã lưu nội dung báo cáo.")
		r.s.env.changed()
	})
}

func (r *summaryReport) showState() {
	switch {
	case !r.loaded:
		r.State.SetText("")
	case r.Dirty():
		r.State.SetText("Nội dung đã sửa, chưa lưu. Văn bản lập ra dùng nội dung đang sửa.")
	case r.saved == report.DefaultSummaryNarrative():
		r.State.SetText("Đang dùng nội dung mẫu của chương trình.")
	default:
		r.State.SetText("Nội dung đã lưu trong kho cho kỳ báo cáo này.")
	}
}

// setWritable disables saving on a read-only archive; the text can still
// be edited and printed.
func (r *summaryReport) setWritable() {
	setEnabled(r.SaveBtn, !r.s.env.ReadOnly())
}

// Build lays the report out with the text in the editor.
func (r *summaryReport) Build() (docLayout, error) {
	date, err := issueDate(r.Date)
	if err != nil {
		return nil, err
	}
	per := r.Period()
	p := report.SummaryParams{PhaseID: per.phase, Year: per.year, UnitID: r.Unit.Selected(),
		Number: strings.TrimSpace(r.Number.Text), Date: date, Narrative: r.Narrative.Text}
	return func(ctx context.Context, ar *data.Archive) (*report.Doc, error) {
		return report.Summary(ctx, ar, p, nil)
	}, nil
}
