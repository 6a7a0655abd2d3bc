package ui

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// EntryForm edits one entry: every field of its registration form, with
// validation messages beside the fields, and tabs for its recognitions,
// evaluations, commendations, attachments and history.
type EntryForm struct {
	env   *Env
	list  *Entries
	cat   *Catalog
	entry data.Entry // as loaded or last saved
	saved data.Entry // what the form showed then, to tell unsaved changes

	Kind      *widget.RadioGroup
	Name      *escEntry
	Unit      *unitPicker
	Field     *widget.Select
	Phase     *widget.Select
	Year      *escEntry
	Place     *escEntry
	Person    *escEntry
	Position  *escEntry
	RepCount  *escEntry
	Texts     map[string]*escEntry    // the long fields, by column name
	errs      map[string]*canvas.Text // validation messages, by column name
	Title     *widget.Label
	Notice    *widget.Label
	SaveBtn   *widget.Button
	related   *entryRelated
	tabs      *container.AppTabs
	fields    *choice
	phases    *choice
	content   fyne.CanvasObject
	changedBy bool // someone else saved this entry while it was open
	// mergedNote tells, after a save merged with another person's, which of
	// their fields it took.
	mergedNote string
}

// textFields are the long fields, in the order of the registration form.
var textFields = func() []data.EntryField {
	var out []data.EntryField
	for _, f := range data.EntryFields() {
		if f.Type == data.FieldText {
			out = append(out, f)
		}
	}
	return out
}()

func newEntryForm(env *Env, list *Entries, cat *Catalog, e *data.Entry) *EntryForm {
	f := &EntryForm{env: env, list: list, Texts: map[string]*escEntry{}, errs: map[string]*canvas.Text{}}
	if e == nil {
		e = &data.Entry{Kind: data.KindModel, Year: currentYear()}
		if p := cat.PhaseOf(e.Year); p != nil {
			e.PhaseID = p.ID
		}
	}
	f.Kind = widget.NewRadioGroup(labelsOf(data.Kinds), func(string) { f.kindChanged() })
	f.Kind.Horizontal = true
	f.Kind.Required = true
	f.Name = newEscEntry(true, f.escape)
	f.Name.Wrapping = fyne.TextWrapWord
	f.Name.SetMinRowsVisible(2)
	f.Unit = newUnitPicker(env, "", nil)
	f.Field = newSelect(nil, nil)
	f.Phase = newSelect(nil, nil)
	f.Year = newEscEntry(false, f.escape)
	f.Place = newEscEntry(false, f.escape)
	f.Place.SetPlaceHolder("Ví dụ: ấp 3, xã Tân Hòa")
	f.Person = newEscEntry(false, f.escape)
	f.Position = newEscEntry(false, f.escape)
	f.RepCount = newEscEntry(false, f.escape)
	for _, c := range textFields {
		t := newEscEntry(true, f.escape)
		t.Wrapping = fyne.TextWrapWord
		t.SetMinRowsVisible(3)
		f.Texts[c.Name] = t
	}
	f.Title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.Title.Truncation = fyne.TextTruncateEllipsis
	f.Notice = widget.NewLabel("")
	f.Notice.Wrapping = fyne.TextWrapWord
	f.Notice.Importance = widget.WarningImportance
	f.Notice.Hide()
	f.SaveBtn = widget.NewButtonWithIcon("Lưu (Ctrl+S)", theme.DocumentSaveIcon(), f.Save)
	f.SaveBtn.Importance = widget.HighImportance
	f.setCatalog(cat)
	f.load(e)
	f.related = newEntryRelated(env, f)
	f.content = f.layout()
	if env.ReadOnly() {
		f.SaveBtn.Disable()
	}
	return f
}

func currentYear() int { return nowFunc().Year() }

func (f *EntryForm) setCatalog(c *Catalog) {
	f.cat = c
	f.fields = fieldChoice(c, "")
	f.phases = phaseChoice(c, "(Không thuộc giai đoạn nào)")
	f.Field.Options, f.Phase.Options = f.fields.labels, f.phases.labels
	f.Field.Refresh()
	f.Phase.Refresh()
	f.Unit.SetCatalog(c)
}

// load shows e in the form and takes it as the saved state.
func (f *EntryForm) load(e *data.Entry) {
	f.entry = *e
	f.Kind.SetSelected(e.Kind.Label())
	f.Name.SetText(e.Name)
	f.Unit.SetSelected(e.UnitID)
	f.Field.SetSelected(f.fields.label(e.FieldID))
	f.Phase.SetSelected(f.phases.label(e.PhaseID))
	f.Year.SetText(intText(e.Year))
	f.Place.SetText(e.Place)
	f.Person.SetText(e.Person)
	f.Position.SetText(e.Position)
	f.RepCount.SetText(intText(e.ReplicationCount))
	for _, c := range textFields {
		f.Texts[c.Name].SetText(*c.Text(e))
	}
	f.saved = f.collect()
	f.showErrors(nil)
	f.updateTitle()
}

func intText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// collect reads the form into an entry (unparsable numbers become -1 so
// they show as errors).
func (f *EntryForm) collect() data.Entry {
	e := f.entry
	for _, k := range data.Kinds {
		if k.Label() == f.Kind.Selected {
			e.Kind = k
		}
	}
	e.Name = f.Name.Text
	e.UnitID = f.Unit.Selected()
	e.FieldID = f.fields.id(f.Field.Selected)
	e.PhaseID = f.phases.id(f.Phase.Selected)
	e.Year = parseCount(f.Year.Text)
	e.Place, e.Person, e.Position = f.Place.Text, f.Person.Text, f.Position.Text
	e.ReplicationCount = parseCount(f.RepCount.Text)
	for _, c := range textFields {
		*c.Text(&e) = f.Texts[c.Name].Text
	}
	return e
}

func parseCount(s string) int {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ""))
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// Dirty reports whether the form differs from what was loaded or saved.
func (f *EntryForm) Dirty() bool {
	e := f.collect()
	return len(data.DiffEntries(&e, &f.saved)) > 0
}

func (f *EntryForm) kindChanged() {
	if f.Person == nil {
		return
	}
	if f.Kind.Selected == data.KindIndividual.Label() {
		f.Person.SetPlaceHolder("Họ và tên người được ghi nhận")
	} else {
		f.Person.SetPlaceHolder("Tập thể hoặc người phụ trách")
	}
}

func (f *EntryForm) updateTitle() {
	if f.entry.ID == 0 {
		f.Title.SetText("Thêm mô hình, điển hình mới")
		return
	}
	f.Title.SetText(f.entry.Name)
}

// Save validates and stores the form. Errors show beside their fields; a
// conflict with another person's save opens the comparison.
func (f *EntryForm) Save() {
	if f.env.ReadOnly() {
		return
	}
	e := f.collect()
	if e.Year < 0 || e.ReplicationCount < 0 {
		var fe []data.FieldError
		if e.Year < 0 {
			fe = append(fe, data.FieldError{Field: "year", Message: "Năm đăng ký phải là số, ví dụ 2024."})
		}
		if e.ReplicationCount < 0 {
			fe = append(fe, data.FieldError{Field: "replication_count", Message: "Số nơi nhân rộng phải là số."})
		}
		f.showErrors(fe)
		return
	}
	base := f.saved // the version the form was opened with: the three-way merge's start
	background(f.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.Entry, error) {
		err := ar.SaveEntry(ctx, &e)
		return &e, err
	}, func(saved *data.Entry, err error) {
		var ce *data.ConflictError
		switch {
		case errors.As(err, &ce):
			resolveConflict(f.env, ce, &base, func(merged *data.Entry, takenTheirs []string) {
				f.mergedNote = ""
				if len(takenTheirs) > 0 {
					f.mergedNote = " Đã gộp với thay đổi của " + ce.Theirs.(*data.Entry).UpdatedBy + " ở " + fieldLabels(takenTheirs) + "."
				}
				f.mergeOnto(merged, ce.Theirs.(*data.Entry))
				f.Save()
			})
		case data.ErrorCode(err) == data.EInvalid:
			f.showErrors(data.FieldErrors(err))
		case err != nil:
			f.env.ShowError(err)
		default:
			isNew := f.entry.ID == 0
			f.load(saved)
			f.changedBy = false
			f.Notice.Hide()
			f.list.selected = saved.ID
			f.related.load()
			if isNew {
				f.list.nav.notice("Đã thêm “" + saved.Name + "”.")
			} else {
				f.list.nav.notice("Đã lưu “" + saved.Name + "”." + f.mergedNote)
			}
			f.mergedNote = ""
			f.env.changed()
		}
	})
}

// mergeOnto shows the merged values, to be saved on top of theirs: theirs
// becomes the starting version, should yet another person save first.
func (f *EntryForm) mergeOnto(merged, theirs *data.Entry) {
	f.load(theirs)
	start := f.saved
	f.load(merged)
	f.saved = start
}

// showErrors puts each message under its field.
func (f *EntryForm) showErrors(errs []data.FieldError) {
	for _, t := range f.errs {
		t.Text = ""
		t.Hide()
	}
	for _, e := range errs {
		if t, ok := f.errs[e.Field]; ok {
			t.Text = e.Message
			t.Show()
			t.Refresh()
		}
	}
	if len(errs) > 0 && f.tabs != nil {
		f.tabs.SelectIndex(0)
	}
}

// Reload is called after a change in the archive: an unchanged form shows
// the new version; a form being edited keeps the person's work and warns
// that saving will show both versions.
func (f *EntryForm) Reload() {
	if f.entry.ID == 0 {
		return
	}
	id, version := f.entry.ID, f.entry.Version
	background(f.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.Entry, error) {
		return ar.GetEntry(ctx, id)
	}, func(e *data.Entry, err error) {
		if err != nil || f.list.Form != f || e.Version == version {
			return
		}
		if f.Dirty() {
			f.changedBy = true
			f.Notice.SetText("Mô hình này vừa được " + e.UpdatedBy + " sửa và lưu. Bạn vẫn sửa tiếp được; khi lưu, chương trình tự gộp các trường chỉ một người sửa và chỉ hỏi những trường cả hai cùng sửa.")
			f.Notice.Show()
			return
		}
		f.load(e)
		f.related.load()
	})
}

func (f *EntryForm) focusFirst() {
	if f.env.Win != nil {
		f.env.Win.Canvas().Focus(f.Name)
	}
}

// Content is the editor.
func (f *EntryForm) Content() fyne.CanvasObject { return f.content }

func (f *EntryForm) layout() fyne.CanvasObject {
	back := widget.NewButtonWithIcon("Danh sách", theme.NavigateBackIcon(), f.list.BackToList)
	del := widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), f.list.deleteSelected)
	if f.entry.ID == 0 || f.env.ReadOnly() {
		del.Disable()
	}
	bar := container.NewBorder(nil, nil, back, container.NewHBox(del, f.SaveBtn), f.Title)

	general := container.NewVBox(
		f.row("kind", f.Kind),
		f.row("name", f.Name),
		container.NewGridWithColumns(2, f.row("unit_id", f.Unit.Button), f.row("field_id", f.Field)),
		container.NewGridWithColumns(2, f.row("phase_id", f.Phase), f.row("year", f.Year)),
		f.row("place", f.Place),
		container.NewGridWithColumns(2, f.row("person", f.Person), f.row("position", f.Position)),
		container.NewGridWithColumns(2, f.row("replication_count", f.RepCount), layoutSpacer()),
	)
	content := container.NewVBox()
	for _, c := range textFields {
		content.Add(f.row(c.Name, f.Texts[c.Name]))
	}
	f.tabs = container.NewAppTabs(
		container.NewTabItem("Thông tin chung", container.NewVScroll(container.NewPadded(general))),
		container.NewTabItem("Nội dung", container.NewVScroll(container.NewPadded(content))),
		container.NewTabItem("Công nhận, đánh giá, khen thưởng", f.related.recordsTab()),
		container.NewTabItem("Ảnh, tài liệu", f.related.attachmentsTab()),
		container.NewTabItem("Lịch sử", f.related.historyTab()),
	)
	return container.NewBorder(container.NewVBox(bar, f.Notice), nil, nil, nil, f.tabs)
}

// row is the entry's field col under its label, with room for its
// validation message.
func (f *EntryForm) row(col string, w fyne.CanvasObject) fyne.CanvasObject {
	return fieldRow(f.errs, col, data.EntryFieldLabels[col], w)
}

// escEntry is a text field where Escape leaves the form (as the window's
// Escape would, had the field not taken the key).
type escEntry struct {
	widget.Entry
	onEscape func()
}

func newEscEntry(multiLine bool, onEscape func()) *escEntry {
	e := &escEntry{onEscape: onEscape}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey sends Escape to the form and everything else to the field.
func (e *escEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// escape leaves the form, asking first about unsaved changes.
func (f *EntryForm) escape() { f.list.BackToList() }
