package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// conflictField is one field both people changed, to different values:
// the value they both started from, mine and theirs, as text.
type conflictField struct {
	col                string
	label              string
	base, mine, theirs string
	choice             *widget.RadioGroup
}

const (
	keepMine   = "Của tôi"
	takeTheirs = "Của người kia"
)

// conflictFields renders the fields of a three-way merge that both sides
// changed, in the order of the form.
func conflictFields(cat *Catalog, base, mine, theirs *data.Entry, cols []string) []*conflictField {
	out := make([]*conflictField, len(cols))
	for i, c := range cols {
		f, _ := data.EntryFieldNamed(c)
		out[i] = &conflictField{col: c, label: f.Label,
			base: fieldText(cat, base, f), mine: fieldText(cat, mine, f), theirs: fieldText(cat, theirs, f)}
	}
	return out
}

// fieldText shows one field of e as the form shows it: references by name.
func fieldText(cat *Catalog, e *data.Entry, f data.EntryField) string {
	return f.Show(e, func(table data.Table, id int64) string {
		switch table {
		case data.TableUnits:
			if u := cat.Unit(id); u != nil {
				return u.Name
			}
		case data.TableFields:
			return fieldChoice(cat, "").label(id)
		case data.TablePhases:
			return phaseChoice(cat, "").label(id)
		}
		return ""
	})
}

// fieldLabels names the fields in Vietnamese, joined for a sentence.
func fieldLabels(cols []string) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = "“" + data.EntryFieldLabels[c] + "”"
	}
	return strings.Join(names, ", ")
}

// applyChoices sets each conflicting field of merged to mine unless the
// person chose theirs (merged holds theirs there already).
func applyChoices(merged, mine *data.Entry, fields []*conflictField) *data.Entry {
	out := *merged
	for _, f := range fields {
		if f.choice == nil || f.choice.Selected != takeTheirs {
			data.SetEntryField(&out, mine, f.col)
		}
	}
	return &out
}

// resolveConflict answers a save refused because someone saved first,
// three-way from base, the version the form was opened with: what only one
// side changed is merged without asking (save is called with the result and
// the fields taken from theirs); only fields both changed are shown, with
// the starting value, mine and theirs, for the person to choose.
func resolveConflict(env *Env, ce *data.ConflictError, base *data.Entry, save func(merged *data.Entry, takenTheirs []string)) {
	mine, ok1 := ce.Mine.(*data.Entry)
	theirs, ok2 := ce.Theirs.(*data.Entry)
	if !ok1 || !ok2 {
		env.ShowError(ce)
		return
	}
	m := data.MergeEntryEdits(base, mine, theirs)
	if len(m.Conflicts) == 0 {
		save(m.Merged, m.TheirsOnly)
		return
	}
	cat := &Catalog{}
	if s, ok := env.catalogSource(); ok {
		cat = s
	}
	fields := conflictFields(cat, base, mine, theirs, m.Conflicts)
	done := func() { save(applyChoices(m.Merged, mine, fields), m.TheirsOnly) }
	env.ask.conflict(theirs.UpdatedBy, fields, m.TheirsOnly, done)
}

// showConflict lays the fields both people changed in three columns. The
// person chooses field by field (mine by default); nothing else is asked,
// and nothing is lost: the audit log holds every saved version.
func showConflict(win fyne.Window, who string, fields []*conflictField, theirsOnly []string, save func()) {
	bold := fyne.TextStyle{Bold: true}
	head := container.NewGridWithColumns(4,
		widget.NewLabelWithStyle("Trường", fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle("Lúc bạn mở", fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle("Bản của bạn", fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle("Bản "+who+" đã lưu", fyne.TextAlignLeading, bold))
	grid := container.NewVBox()
	for _, f := range fields {
		f.choice = newChoiceFor(false)
		cells := []fyne.CanvasObject{container.NewVBox(widget.NewLabel(f.label), f.choice)}
		for _, v := range []string{f.base, f.mine, f.theirs} {
			l := widget.NewLabel(orDash(v))
			l.Wrapping = fyne.TextWrapWord
			cells = append(cells, l)
		}
		grid.Add(container.NewGridWithColumns(4, cells...))
		grid.Add(widget.NewSeparator())
	}
	text := "Trong lúc bạn sửa, " + who + " đã lưu mô hình này. Hai người cùng sửa " + fieldLabels(colsOf(fields)) +
		": hãy chọn giữ bản nào cho từng trường, rồi lưu."
	if len(theirsOnly) > 0 {
		text += " Các trường chỉ " + who + " sửa (" + fieldLabels(theirsOnly) + ") đã được lấy theo bản của " + who + "; các trường chỉ bạn sửa giữ bản của bạn."
	}
	intro := widget.NewLabel(text)
	intro.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	choose := func(v string) func() {
		return func() {
			for _, f := range fields {
				f.choice.SetSelected(v)
			}
		}
	}
	mineAll := widget.NewButton("Chọn bản của tôi cho mọi trường", choose(keepMine))
	theirsAll := widget.NewButton("Chọn bản của người kia cho mọi trường", choose(takeTheirs))
	saveBtn := widget.NewButtonWithIcon("Lưu theo lựa chọn", theme.DocumentSaveIcon(), func() {
		d.Hide()
		save()
	})
	saveBtn.Importance = widget.HighImportance
	cancel := widget.NewButton("Để sau", func() { d.Hide() })
	body := container.NewBorder(container.NewVBox(intro, head), container.NewHBox(mineAll, theirsAll, layoutSpacer(), cancel, saveBtn), nil, nil,
		container.NewVScroll(grid))
	d = dialog.NewCustomWithoutButtons("Hai người cùng sửa một mô hình", body, win)
	d.Resize(fyne.NewSize(1100, 620))
	d.Show()
}

func colsOf(fields []*conflictField) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.col
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// newChoiceFor makes a field's choice between the two versions, set to
// keep mine or take the other person's (tests answer the dialog with it).
func newChoiceFor(takeOther bool) *widget.RadioGroup {
	g := widget.NewRadioGroup([]string{keepMine, takeTheirs}, nil)
	if takeOther {
		g.SetSelected(takeTheirs)
	} else {
		g.SetSelected(keepMine)
	}
	return g
}
