package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

var (
	recStatusLabels   = labelsOf(data.RecStatuses)
	awardStatusLabels = labelsOf(data.AwardStatuses)
)

// editRecognition opens the recognition of a year (nil: a new one).
func (r *entryRelated) editRecognition(rec *data.Recognition) {
	if rec == nil {
		rec = &data.Recognition{EntryID: r.form.entry.ID, Year: currentYear(), Status: data.RecRecognised}
	}
	rc := *rec
	year := widget.NewEntry()
	year.SetText(strconv.Itoa(rc.Year))
	status := newSelect(recStatusLabels, nil)
	status.SetSelected(rc.Status.Label())
	levels := levelChoice(r.form.cat, "(Không chọn)")
	level := newSelect(levels.labels, nil)
	level.SetSelected(levels.label(rc.LevelID))
	decision := widget.NewEntry()
	decision.SetText(rc.Decision)
	decision.SetPlaceHolder("Ví dụ: Quyết định số 125-QĐ/BTGDVTU ngày 20/12/2025")
	notes := widget.NewEntry()
	notes.SetText(rc.Notes)
	items := []*widget.FormItem{
		widget.NewFormItem("Năm", year), widget.NewFormItem("Kết quả", status),
		widget.NewFormItem("Cấp công nhận", level), widget.NewFormItem("Quyết định", decision),
		widget.NewFormItem("Ghi chú", notes),
	}
	formDialog(r.env, "Kết quả công nhận", items, func() {
		rc.Year = parseCount(year.Text)
		rc.Status = data.RecStatuses[max(0, status.SelectedIndex())]
		rc.LevelID = levels.id(level.Selected)
		rc.Decision, rc.Notes = decision.Text, notes.Text
		r.run(func(ctx context.Context, ar *data.Archive) error { return ar.SaveRecognition(ctx, &rc) }, "Đã lưu kết quả công nhận năm "+strconv.Itoa(rc.Year)+".")
	})
}

// editCommendation opens a commendation (nil: a new proposal).
func (r *entryRelated) editCommendation(c *data.Commendation) {
	if c == nil {
		c = &data.Commendation{EntryID: r.form.entry.ID, Year: currentYear(), Status: data.AwardProposed}
		// A new proposal starts from who the entry names.
		unit := ""
		if u := r.form.cat.Unit(r.form.entry.UnitID); u != nil {
			unit = u.Name
		}
		c.Recipient = data.DefaultRecipient(&r.form.entry, unit)
	}
	f := newCommendationForm(r.form.cat, c)
	formDialog(r.env, "Khen thưởng", f.items(), func() {
		cc := f.result()
		r.run(func(ctx context.Context, ar *data.Archive) error { return ar.SaveCommendation(ctx, cc) }, "Đã lưu khen thưởng năm "+strconv.Itoa(cc.Year)+".")
	})
}
