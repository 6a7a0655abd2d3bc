package ui

import (
	"errors"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// CatalogScreen is "Danh mục": the lists every record chooses from (units,
// fields, phases, recognition levels, criteria sets, award forms). Records
// keep referring to these rows for years, so the screen offers to rename and
// deactivate, and deleting is left to the archive, which refuses whatever is
// in use.
type CatalogScreen struct {
	env *Env
	nav navigator
	cat *Catalog

	Tabs     *container.AppTabs
	Units    *catUnits
	Fields   *catList[data.Field]
	Phases   *catList[data.Phase]
	Levels   *catList[data.Level]
	Forms    *catList[data.AwardForm]
	Criteria *catCriteria
}

func newCatalog(env *Env, nav navigator) screen {
	s := &CatalogScreen{env: env, nav: nav}
	s.Units = newCatUnits(s)
	s.Fields = newCatList[data.Field](s, &catFieldKind{})
	s.Phases = newCatList[data.Phase](s, &catPhaseKind{})
	s.Levels = newCatList[data.Level](s, &catLevelKind{})
	s.Forms = newCatList[data.AwardForm](s, newCatFormKind())
	s.Criteria = newCatCriteria(s)
	s.Tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Đơn vị", theme.HomeIcon(), s.Units.content),
		container.NewTabItem("Lĩnh vực", s.Fields.content),
		container.NewTabItem("Giai đoạn", s.Phases.content),
		container.NewTabItem("Cấp công nhận", s.Levels.content),
		container.NewTabItem("Bộ tiêu chí", s.Criteria.content),
		container.NewTabItem("Hình thức khen thưởng", s.Forms.content),
	)
	s.Reload()
	return s
}

// Content is the screen with its six tabs.
func (s *CatalogScreen) Content() fyne.CanvasObject { return s.Tabs }

// Reload reads the catalogues again; each tab keeps its selection and any
// form being edited.
func (s *CatalogScreen) Reload() {
	readCatalog(s.env, func(c *Catalog) {
		s.cat = c
		s.Units.setCatalog(c)
		s.Fields.setCatalog(c)
		s.Phases.setCatalog(c)
		s.Levels.setCatalog(c)
		s.Forms.setCatalog(c)
		s.Criteria.setCatalog(c)
	})
}

// Dirty reports whether any tab holds unsaved changes.
func (s *CatalogScreen) Dirty() bool {
	return s.Units.Dirty() || s.Fields.Dirty() || s.Phases.Dirty() || s.Levels.Dirty() ||
		s.Forms.Dirty() || s.Criteria.Dirty()
}

// Save stores the form of the tab being shown (Ctrl+S).
func (s *CatalogScreen) Save() {
	switch s.Tabs.SelectedIndex() {
	case 0:
		s.Units.Save()
	case 1:
		s.Fields.Save()
	case 2:
		s.Phases.Save()
	case 3:
		s.Levels.Save()
	case 4:
		s.Criteria.Save()
	case 5:
		s.Forms.Save()
	}
}

// saved tells the person and the other screens (which keep their own
// catalogue) that a write went through.
func (s *CatalogScreen) saved(msg string) {
	s.nav.notice(msg)
	s.env.changed()
}

// catForm is what every tab's form shares: a message under each field and
// a notice line for refusals and other people's changes.
type catForm struct {
	errs   map[string]*canvas.Text
	Notice *widget.Label
	notice *fyne.Container
}

func newCatForm() *catForm {
	f := &catForm{errs: map[string]*canvas.Text{}}
	f.Notice = widget.NewLabel("")
	f.Notice.Wrapping = fyne.TextWrapWord
	f.Notice.Importance = widget.WarningImportance
	f.notice = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, f.Notice)
	f.notice.Hide()
	return f
}

// row is a labelled field with room for its validation message.
func (f *catForm) row(col, label string, w fyne.CanvasObject) fyne.CanvasObject {
	return fieldRow(f.errs, col, label, w)
}

// fieldRow is a labelled field with room under it for its validation
// message, kept in errs under col.
func fieldRow(errs map[string]*canvas.Text, col, label string, w fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := canvas.NewText("", theme.Color(theme.ColorNameError))
	msg.TextSize = theme.CaptionTextSize()
	msg.Hide()
	errs[col] = msg
	return container.NewVBox(l, w, msg)
}

// ErrorText returns the message shown under a field ("" when none).
func (f *catForm) ErrorText(col string) string {
	if t, ok := f.errs[col]; ok && t.Visible() {
		return t.Text
	}
	return ""
}

// showErrors puts each message under its field; messages for fields the
// form does not show go to the notice line.
func (f *catForm) showErrors(errs []data.FieldError) {
	for _, t := range f.errs {
		t.Text = ""
		t.Hide()
	}
	var rest []string
	for _, e := range errs {
		t, ok := f.errs[e.Field]
		if !ok {
			rest = append(rest, e.Message)
			continue
		}
		if t.Text != "" {
			t.Text += " "
		}
		t.Text += e.Message
		t.Show()
		t.Refresh()
	}
	if len(rest) > 0 {
		f.say(strings.Join(rest, " "))
	}
}

// say shows a notice above the form.
func (f *catForm) say(msg string) {
	f.Notice.SetText(msg)
	f.notice.Show()
}

// quiet hides the notice and the field messages.
func (f *catForm) quiet() {
	f.notice.Hide()
	f.showErrors(nil)
}

// refused shows a write's failure where the person looks: validation beside
// the fields, a refusal to delete or a conflict in the notice line, anything
// else (disk, network, read-only) in a dialog.
func (f *catForm) refused(env *Env, err error) {
	switch data.ErrorCode(err) {
	case data.EInvalid:
		f.showErrors(data.FieldErrors(err))
	case data.EInUse, data.ELocked:
		f.say(data.ErrorMessage(err))
	default:
		env.ShowError(err)
	}
}

// conflictNotice says that a save lost to another person's; the form then
// shows what they stored.
func conflictNotice(err error, what string) (*data.ConflictError, string, bool) {
	var ce *data.ConflictError
	if !errors.As(err, &ce) {
		return nil, "", false
	}
	who := "người khác"
	if m := catMetaOf(ce.Theirs); m != nil && m.UpdatedBy != "" {
		who = m.UpdatedBy
	}
	return ce, "Trong lúc bạn sửa, " + who + " đã lưu " + what + " này. Chương trình đã hiện lại bản vừa được lưu; " +
		"các thay đổi của bạn chưa được lưu, hãy nhập lại nếu vẫn cần.", true
}

// catMetaOf returns the stored fields of a catalogue record.
func catMetaOf(v any) *data.Meta {
	switch r := v.(type) {
	case *data.Unit:
		return &r.Meta
	case *data.Field:
		return &r.Meta
	case *data.Phase:
		return &r.Meta
	case *data.Level:
		return &r.Meta
	case *data.AwardForm:
		return &r.Meta
	case *data.CriteriaSet:
		return &r.Meta
	}
	return nil
}

// catLeave runs next at once when nothing is unsaved, else after the person
// agrees to drop the changes.
func catLeave(env *Env, dirty bool, next func()) {
	if !dirty {
		next()
		return
	}
	confirm(env, "Bỏ các thay đổi chưa lưu?", "Biểu mẫu đang có thay đổi chưa lưu. Bỏ các thay đổi đó?", "Bỏ thay đổi", next)
}

// catInt reads a whole number typed in a form ("" is 0); ok is false for
// anything else, so the form can say so before asking the archive.
func catInt(s string) (int, bool) {
	if strings.TrimSpace(s) == "" {
		return 0, true
	}
	x, err := vntext.ParseNumber(s)
	if err != nil || x != math.Trunc(x) || math.Abs(x) > 1e9 {
		return 0, false
	}
	return int(x), true
}

// catNumber reads points typed as "12,5" or "12.5"; ok is false when it is
// not a number.
func catNumber(s string) (float64, bool) {
	if strings.TrimSpace(s) == "" {
		return 0, true
	}
	x, err := vntext.ParseNumber(s)
	return x, err == nil
}

// catStamp says who created and last changed a record, for the foot of a
// form.
func catStamp(m *data.Meta) string {
	if m == nil || m.ID == 0 {
		return ""
	}
	text := "Tạo ngày " + vntext.FormatDate(m.CreatedAt.Local())
	if m.CreatedBy != "" {
		text += " bởi " + m.CreatedBy
	}
	if !m.UpdatedAt.IsZero() && m.Version > 1 {
		text += " · Sửa lần cuối ngày " + vntext.FormatDate(m.UpdatedAt.Local())
		if m.UpdatedBy != "" {
			text += " bởi " + m.UpdatedBy
		}
	}
	return text
}

// catButtons enables the writing buttons unless the archive is read-only.
func catButtons(env *Env, on bool, bs ...*widget.Button) {
	for _, b := range bs {
		setEnabled(b, on && !env.ReadOnly())
	}
}
