package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// conflictField is one field that differs between two versions of an entry.
type conflictField struct {
	col          string
	label        string
	mine, theirs string
	choice       *widget.RadioGroup
}

const (
	keepMine   = "Của tôi"
	takeTheirs = "Của người kia"
)

// entryDiff lists the fields where mine and theirs differ, with text for
// both sides.
func entryDiff(cat *Catalog, mine, theirs *data.Entry) []*conflictField {
	var out []*conflictField
	add := func(col, m, t string) {
		if m != t {
			out = append(out, &conflictField{col: col, label: data.EntryFieldLabels[col], mine: m, theirs: t})
		}
	}
	unit := func(id int64) string {
		if u := cat.Unit(id); u != nil {
			return u.Name
		}
		return ""
	}
	add("kind", mine.Kind.Label(), theirs.Kind.Label())
	add("name", mine.Name, theirs.Name)
	add("unit_id", unit(mine.UnitID), unit(theirs.UnitID))
	fields, phases := fieldChoice(cat, ""), phaseChoice(cat, "")
	add("field_id", fields.label(mine.FieldID), fields.label(theirs.FieldID))
	add("phase_id", phases.label(mine.PhaseID), phases.label(theirs.PhaseID))
	add("year", strconv.Itoa(mine.Year), strconv.Itoa(theirs.Year))
	add("place", mine.Place, theirs.Place)
	add("person", mine.Person, theirs.Person)
	add("position", mine.Position, theirs.Position)
	add("replication_count", strconv.Itoa(mine.ReplicationCount), strconv.Itoa(theirs.ReplicationCount))
	for _, c := range textFields {
		add(c, *entryText(mine, c), *entryText(theirs, c))
	}
	return out
}

// mergeEntry builds the version to save: theirs, with the fields where the
// person chose theirs kept and the others taken from mine. Its version is
// theirs, so the save goes through on top of what is stored now.
func mergeEntry(mine, theirs *data.Entry, fields []*conflictField) *data.Entry {
	out := *theirs
	for _, f := range fields {
		if f.choice != nil && f.choice.Selected == takeTheirs {
			continue
		}
		switch f.col {
		case "kind":
			out.Kind = mine.Kind
		case "name":
			out.Name = mine.Name
		case "unit_id":
			out.UnitID = mine.UnitID
		case "field_id":
			out.FieldID = mine.FieldID
		case "phase_id":
			out.PhaseID = mine.PhaseID
		case "year":
			out.Year = mine.Year
		case "place":
			out.Place = mine.Place
		case "person":
			out.Person = mine.Person
		case "position":
			out.Position = mine.Position
		case "replication_count":
			out.ReplicationCount = mine.ReplicationCount
		default:
			*entryText(&out, f.col) = *entryText(mine, f.col)
		}
	}
	return &out
}

// showConflict lays the two versions side by side. The person keeps theirs
// (save calls with mine on top of the stored version), takes the other
// person's (take), or chooses field by field. Nothing is lost: whichever
// version is not kept stays visible until the dialog is closed, and the
// audit log holds both.
func showConflict(env *Env, ce *data.ConflictError, save func(merged *data.Entry), take func(theirs *data.Entry)) {
	mine, ok1 := ce.Mine.(*data.Entry)
	theirs, ok2 := ce.Theirs.(*data.Entry)
	if !ok1 || !ok2 {
		env.ShowError(ce)
		return
	}
	cat := &Catalog{}
	if s, ok := env.catalogSource(); ok {
		cat = s
	}
	fields := entryDiff(cat, mine, theirs)
	if env.Sync || env.Win == nil {
		// Tests choose through OnConflict.
		if env.OnConflict != nil {
			env.OnConflict(fields, func() { save(mergeEntry(mine, theirs, fields)) }, func() { take(theirs) })
		}
		return
	}
	grid := container.NewVBox()
	head := container.NewGridWithColumns(3,
		widget.NewLabelWithStyle("Trường", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle("Bản của bạn", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle("Bản "+theirs.UpdatedBy+" đã lưu", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, f := range fields {
		f.choice = newChoiceFor(false)
		m, t := widget.NewLabel(orDash(f.mine)), widget.NewLabel(orDash(f.theirs))
		m.Wrapping, t.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
		grid.Add(container.NewGridWithColumns(3, container.NewVBox(widget.NewLabel(f.label), f.choice), m, t))
		grid.Add(widget.NewSeparator())
	}
	intro := widget.NewLabel("Trong lúc bạn sửa, " + theirs.UpdatedBy + " đã lưu mô hình này. Hãy chọn giữ bản nào cho từng trường khác nhau, rồi lưu.")
	intro.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	mineAll := widget.NewButton("Giữ toàn bộ bản của tôi", func() {
		for _, f := range fields {
			f.choice.SetSelected(keepMine)
		}
	})
	theirsAll := widget.NewButton("Lấy toàn bộ bản của người kia", func() {
		d.Hide()
		take(theirs)
	})
	saveBtn := widget.NewButtonWithIcon("Lưu theo lựa chọn", theme.DocumentSaveIcon(), func() {
		d.Hide()
		save(mergeEntry(mine, theirs, fields))
	})
	saveBtn.Importance = widget.HighImportance
	cancel := widget.NewButton("Để sau", func() { d.Hide() })
	body := container.NewBorder(container.NewVBox(intro, head), container.NewHBox(mineAll, theirsAll, layoutSpacer(), cancel, saveBtn), nil, nil,
		container.NewVScroll(grid))
	d = dialog.NewCustomWithoutButtons("Hai người cùng sửa một mô hình", body, env.Win)
	d.Resize(fyne.NewSize(1000, 620))
	d.Show()
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
