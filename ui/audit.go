package ui

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Audit is the "Nhật ký" screen: who changed what and when, on any
// computer, newest first. The log grows without end, so it is read a page
// of auditPage lines at a time and shown in a virtual table.
type Audit struct {
	env *Env
	nav navigator

	Person, From, To *widget.Entry
	Kind             *widget.Select // the kind of record
	Table            *widget.Table
	Detail           *widget.Label // the selected line in full
	PageLabel        *widget.Label
	Prev, Next       *widget.Button

	Filter   data.AuditFilter // as applied; Offset is the page's
	Lines    []data.AuditEntry
	Total    int
	cells    [][len(auditColumns)]string
	selected int64 // the audit line selected
	reads    latestRead
	typing   debouncer
	view     fyne.CanvasObject
}

const auditPage = 200

var auditColumns = [...]struct {
	title string
	width float32
}{
	{"Thời gian", 136}, {"Người", 170}, {"Máy", 92}, {"Thao tác", 150},
	{"Loại", 140}, {"Bản ghi", 190}, {"Nội dung thay đổi", 160}, // the last fills the width left
}

// auditTables are the kinds of record the log can be narrowed to.
var auditTables = []data.Table{data.TableEntries, data.TableUnits, data.TableFields, data.TablePhases, data.TableLevels,
	data.TableAwardForms, data.TableCriteriaSets, data.TableRecognitions, data.TableEvaluations, data.TableCommendations,
	data.TableAttachments, data.TableSettings, data.TableArchive}

func newAudit(env *Env, nav navigator) screen {
	s := &Audit{env: env, nav: nav}
	s.Person = widget.NewEntry()
	s.Person.SetPlaceHolder("tên hoặc tên đăng nhập")
	s.Person.OnChanged = func(string) { s.personChanged() }
	s.From, s.To = newDateEntry(), newDateEntry()
	s.From.SetPlaceHolder("01/01/2026")
	s.To.SetPlaceHolder("31/12/2026")
	s.From.OnChanged = func(string) { s.dateChanged() }
	s.To.OnChanged = func(string) { s.dateChanged() }
	kinds := []string{"Mọi loại bản ghi"}
	for _, t := range auditTables {
		kinds = append(kinds, t.Label())
	}
	s.Kind = newSelect(kinds, nil)
	s.Kind.PlaceHolder = kinds[0]
	s.Kind.SetSelectedIndex(0)
	s.Kind.OnChanged = func(string) { s.filtersChanged() }
	s.Detail = widget.NewLabel("Chọn một dòng để xem đầy đủ nội dung thay đổi.")
	s.Detail.Wrapping = fyne.TextWrapWord
	s.PageLabel = widget.NewLabel("")
	s.Prev = widget.NewButtonWithIcon("Trang trước", theme.NavigateBackIcon(), func() { s.showPage(s.page() - 1) })
	s.Next = widget.NewButtonWithIcon("Trang sau", theme.NavigateNextIcon(), func() { s.showPage(s.page() + 1) })
	s.Table = s.newTable()
	s.view = s.layout()
	s.filtersChanged()
	return s
}

func (s *Audit) layout() fyne.CanvasObject {
	clear := widget.NewButtonWithIcon("Bỏ lọc", theme.ContentClearIcon(), s.ClearFilters)
	clear.Importance = widget.LowImportance
	date := func(e *widget.Entry) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(124, e.MinSize().Height), e)
	}
	filters := container.NewBorder(nil, nil, widget.NewLabel("Người"), container.NewHBox(
		widget.NewLabel("Từ ngày"), date(s.From), widget.NewLabel("Đến ngày"), date(s.To),
		widget.NewLabel("Loại bản ghi"), s.Kind, clear), s.Person)
	pager := container.NewBorder(nil, nil, s.PageLabel, container.NewHBox(s.Prev, s.Next))
	space := canvas.NewRectangle(nil)
	space.SetMinSize(fyne.NewSize(0, 88))
	detail := container.NewStack(space, container.NewVScroll(s.Detail))
	return container.NewBorder(filters, container.NewVBox(pager, widget.NewSeparator(), detail), nil, nil,
		fillColumn(s.Table, tableColumns(auditColumns[:]).widths(), len(auditColumns)-1))
}

func (s *Audit) newTable() *widget.Table {
	t := newTextTable(auditColumns[:], false, func() int { return len(s.cells) },
		func(row, col int) string { return s.cells[row][col] })
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(s.Lines) {
			s.selected = s.Lines[id.Row].ID
			s.Detail.SetText(auditDetail(s.Lines[id.Row], s.catalog()))
		}
	}
	return t
}

// Content is the screen.
func (s *Audit) Content() fyne.CanvasObject { return s.view }

// Reload reads the page shown again, keeping the selected line.
func (s *Audit) Reload() { s.load() }

func (s *Audit) personChanged() {
	s.typing.after(s.env, 250*time.Millisecond, s.filtersChanged)
}

// dateChanged applies the dates once both are empty or complete, so a date
// half typed does not empty the list.
func (s *Audit) dateChanged() {
	for _, e := range []*widget.Entry{s.From, s.To} {
		if e.Validate() != nil {
			return
		}
	}
	s.filtersChanged()
}

// localDay returns the start of the typed day on this computer's clock.
func localDay(text string) time.Time {
	t, err := vntext.ParseDate(text)
	if err != nil || strings.TrimSpace(text) == "" {
		return time.Time{}
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.Local)
}

// filtersChanged reads the filters and shows their first page.
func (s *Audit) filtersChanged() {
	f := data.AuditFilter{Person: vntext.Clean(s.Person.Text), From: localDay(s.From.Text), Limit: auditPage}
	if to := localDay(s.To.Text); !to.IsZero() {
		f.To = to.AddDate(0, 0, 1) // "đến ngày" includes the day
	}
	if i := s.Kind.SelectedIndex(); i > 0 {
		f.Table = auditTables[i-1]
	}
	s.Filter = f
	s.load()
}

// ClearFilters shows the whole log again.
func (s *Audit) ClearFilters() {
	for _, e := range []*widget.Entry{s.Person, s.From, s.To} {
		f := e.OnChanged
		e.OnChanged = nil
		e.SetText("")
		e.OnChanged = f
	}
	f := s.Kind.OnChanged
	s.Kind.OnChanged = nil
	s.Kind.SetSelectedIndex(0)
	s.Kind.OnChanged = f
	s.filtersChanged()
}

// catalog names the units, fields… that changes refer to by ID; nil until
// some screen has read the catalogue.
func (s *Audit) catalog() *Catalog {
	c, _ := s.env.catalogSource()
	return c
}

func (s *Audit) page() int { return s.Filter.Offset / auditPage }

func (s *Audit) pages() int { return max(1, (s.Total+auditPage-1)/auditPage) }

// showPage shows page p (from 0) of the selection.
func (s *Audit) showPage(p int) {
	p = max(0, min(p, s.pages()-1))
	s.Filter.Offset = p * auditPage
	s.Table.ScrollToTop()
	s.load()
}

func (s *Audit) load() {
	f := s.Filter
	type result struct {
		lines []data.AuditEntry
		total int
	}
	readLatest(s.env, &s.reads, func(ctx context.Context, ar *data.Archive) (result, error) {
		lines, total, err := ar.FindAudit(ctx, f)
		if err == nil && len(lines) == 0 && total > 0 && f.Offset > 0 {
			// The page emptied (a restore shortened the log): show the last one.
			f.Offset = (total - 1) / auditPage * auditPage
			lines, total, err = ar.FindAudit(ctx, f)
		}
		return result{lines, total}, err
	}, func(r result) {
		s.Filter.Offset = f.Offset
		s.Lines, s.Total = r.lines, r.total
		s.cells = make([][len(auditColumns)]string, len(r.lines))
		for i, l := range r.lines {
			s.cells[i] = auditCells(l, s.catalog())
		}
		s.Table.Refresh()
		s.reselect()
		s.updatePager()
	})
}

func (s *Audit) reselect() {
	for i, l := range s.Lines {
		if l.ID == s.selected {
			s.Table.Select(widget.TableCellID{Row: i, Col: 0})
			s.Detail.SetText(auditDetail(l, s.catalog()))
			return
		}
	}
	s.selected = 0
	s.Table.UnselectAll()
	s.Detail.SetText("Chọn một dòng để xem đầy đủ nội dung thay đổi.")
}

func (s *Audit) updatePager() {
	if s.Total == 0 {
		s.PageLabel.SetText("Không có dòng nhật ký nào khớp điều kiện lọc.")
	} else {
		s.PageLabel.SetText("Trang " + strconv.Itoa(s.page()+1) + "/" + strconv.Itoa(s.pages()) + ", " + countText(s.Total, "dòng"))
	}
	setEnabled(s.Prev, s.page() > 0)
	setEnabled(s.Next, s.page() < s.pages()-1)
}

// auditPerson names who made a change: the chosen name and the login.
func auditPerson(l data.AuditEntry) string {
	switch {
	case l.Display == "":
		return l.User
	case l.User == "" || l.User == l.Display:
		return l.Display
	}
	return l.Display + " (" + l.User + ")"
}

func auditCells(l data.AuditEntry, cat *Catalog) [len(auditColumns)]string {
	var parts []string
	for _, c := range l.Changes {
		parts = append(parts, auditChange(l, c, cat, 40))
	}
	return [len(auditColumns)]string{l.At.Local().Format("02/01/2006 15:04"), auditPerson(l), l.Machine,
		l.ActionLabel(), l.Table.Label(), l.Label, strings.Join(parts, "; ")}
}

// auditDetail is a line in full, one change a line, for the pane under the
// table.
func auditDetail(l data.AuditEntry, cat *Catalog) string {
	head := l.At.Local().Format("02/01/2006 15:04") + " – " + auditPerson(l)
	if l.Machine != "" {
		head += ", máy " + l.Machine
	}
	head += " – " + l.ActionLabel() + " – " + l.Table.Label()
	if l.Label != "" {
		head += ": " + l.Label
	}
	lines := []string{head}
	for _, c := range l.Changes {
		lines = append(lines, "• "+auditChange(l, c, cat, 0))
	}
	return strings.Join(lines, "\n")
}

// auditChange writes one change as "Tên: “cũ” → “mới”" (only the new value
// for a record created), values cut to limit letters when limit > 0.
func auditChange(l data.AuditEntry, c data.Change, cat *Catalog, limit int) string {
	cut := func(v string) string {
		v = auditValue(l.Table, c.Field, v, cat)
		if r := []rune(strings.ReplaceAll(v, "\n", " ")); limit > 0 && len(r) > limit {
			return string(r[:limit]) + "…"
		}
		return v
	}
	name := auditFieldName(l.Table, c.Field)
	if l.Action == "create" || (c.Old == "" && l.Action != "update") {
		return name + ": “" + cut(c.New) + "”"
	}
	return name + ": “" + cut(c.Old) + "” → “" + cut(c.New) + "”"
}

// auditFieldNames names the columns of records other than entries and
// settings, so no column name in English reaches the screen.
var auditFieldNames = map[string]string{
	"active": "Đang dùng", "authority": "Cơ quan khen", "caption": "Chú thích", "citation": "Nội dung khen",
	"comments": "Nhận xét", "conclusion": "Kết luận", "criteria": "Tiêu chí", "thresholds": "Mức kết luận",
	"decision": "Quyết định", "decision_date": "Ngày quyết định", "decision_no": "Số quyết định",
	"end_year": "Năm kết thúc", "start_year": "Năm bắt đầu", "entry_id": "Mô hình", "eval_date": "Ngày chấm",
	"evaluator": "Người chấm", "file_name": "Tên tệp", "form_id": "Hình thức khen thưởng", "header": "Quốc hiệu",
	"level_id": "Cấp công nhận", "locked": "Đã khóa", "mime": "Kiểu tệp", "name": "Tên", "notes": "Ghi chú",
	"parent_id": "Trực thuộc", "plan": "Kế hoạch", "position": "Thứ tự", "rank": "Thứ bậc", "set_id": "Bộ tiêu chí",
	"size": "Dung lượng", "status": "Kết quả", "successor_id": "Đơn vị kế thừa", "title": "Tiêu đề",
	"total": "Tổng điểm", "valid_from": "Hiệu lực từ", "valid_to": "Hiệu lực đến", "year": "Năm",
	"unit_id": "Đơn vị", "field_id": "Lĩnh vực", "phase_id": "Giai đoạn", "kind": "Loại",
}

func auditFieldName(table data.Table, field string) string {
	if n, ok := strings.CutPrefix(field, "score:"); ok {
		return "Điểm “" + n + "”"
	}
	if table == data.TableEntries && data.EntryFieldLabels[field] != "" {
		return data.EntryFieldLabels[field]
	}
	if n := data.SettingLabels[field]; n != "" {
		return n
	}
	if n := auditFieldNames[field]; n != "" {
		return n
	}
	return field
}

// auditValue turns stored codes and IDs into what the person knows: names
// of units, fields, phases…, states in Vietnamese, dates dd/mm/yyyy.
func auditValue(table data.Table, field, v string, cat *Catalog) string {
	if v == "" {
		return ""
	}
	id, _ := strconv.ParseInt(v, 10, 64)
	switch field {
	case "kind":
		if table == data.TableEntries {
			return data.Kind(v).Label()
		}
	case "status":
		if table == data.TableCommendations {
			return data.AwardStatus(v).Label()
		}
		if table == data.TableRecognitions {
			return data.RecStatus(v).Label()
		}
	case "header":
		return data.HeaderStyle(v).Label()
	case "decision_date", "eval_date", "valid_from", "valid_to":
		return data.Date(v).Text()
	case "unit_id", "parent_id", "successor_id", "field_id", "phase_id", "level_id", "form_id":
		if n := auditCatalogName(cat, field, id); n != "" {
			return n
		}
	}
	return v
}

// auditCatalogName names the catalogue record an ID column points to, or
// "" when no catalogue is loaded or the record is gone.
func auditCatalogName(cat *Catalog, field string, id int64) string {
	if cat == nil || id == 0 {
		return ""
	}
	switch field {
	case "field_id":
		for _, f := range cat.Fields {
			if f.ID == id {
				return f.Name
			}
		}
	case "phase_id":
		for _, p := range cat.Phases {
			if p.ID == id {
				return "Giai đoạn " + p.Name
			}
		}
	case "level_id":
		for _, l := range cat.Levels {
			if l.ID == id {
				return l.Name
			}
		}
	case "form_id":
		for _, f := range cat.Forms {
			if f.ID == id {
				return f.Name
			}
		}
	default:
		if u := cat.Unit(id); u != nil {
			return u.Name
		}
	}
	return ""
}
