package ui

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// Entries is the list of models and exemplars: search as you type, filters,
// sortable columns, the count, and the editor opened from a row. The table
// is virtual: it keeps the ordered IDs of the whole selection and reads the
// rows it shows a page at a time, so 100,000 rows scroll like 100.
type Entries struct {
	env *Env
	nav navigator
	cat *Catalog

	Filter   data.EntryFilter
	ids      []int64
	pages    entryPages[listRow] // the rows read, by position in ids
	reads    latestRead          // of the ordered IDs; late pages are dropped too
	typing   debouncer
	selected int64 // the entry selected in the table
	headers  map[int]*headerButton
	base     []int64 // ordered IDs of Filter without its text
	baseKey  string  // the filter base was read for
	byColumn bool    // a header was clicked while searching: its order, not the best matches first
	weakFrom int     // position in ids of the first weak match, -1 when none

	Search     *widget.Entry
	Phase      *widget.Select
	Year       *widget.Select
	Field      *widget.Select
	Kind       *widget.Select
	Rec        *widget.Select
	Level      *widget.Select
	Commended  *widget.Select
	Unit       *unitPicker
	Table      *keyTable
	Count      *widget.Label
	NewButton  *widget.Button
	OpenButton *widget.Button
	DelButton  *widget.Button

	phases, years, fields, levels *choice
	view                          *fyne.Container
	list                          fyne.CanvasObject
	Form                          *EntryForm // the open editor, or nil
}

// listRow is a row formatted once, so drawing a cell only sets text.
type listRow struct {
	id    int64
	cells [len(entryColumns)]string
}

var entryColumns = [...]struct {
	title string
	width float32
	sort  data.EntrySort
	sorts bool
}{
	{"STT", 46, 0, false},
	{"Tên mô hình, điển hình", 240, data.SortName, true},
	{"Loại", 100, 0, false},
	{"Đơn vị", 164, data.SortUnit, true},
	{"Lĩnh vực", 118, 0, false},
	{"Năm", 50, data.SortYear, true},
	{"Công nhận", 130, 0, false},
	{"Khen thưởng", 104, 0, false},
	{"Cập nhật", 94, data.SortUpdated, true},
}

func newEntries(env *Env, nav navigator) *Entries {
	s := &Entries{env: env, nav: nav, headers: map[int]*headerButton{}}
	s.pages = entryPages[listRow]{env: env, reads: &s.reads, newRow: makeListRow, redraw: func() { s.Table.Refresh() }}
	s.pages.reset()
	s.Search = newSearchEntry("Tìm theo tên, đơn vị, người, địa bàn, nội dung… (Ctrl+F)", s.searchChanged)
	s.Phase = newSelect(nil, func(string) { s.filtersChanged() })
	s.Year = newSelect(nil, func(string) { s.filtersChanged() })
	s.Field = newSelect(nil, func(string) { s.filtersChanged() })
	s.Kind = newSelect(kindOptions, func(string) { s.filtersChanged() })
	s.Rec = newSelect(recOptions, func(string) { s.filtersChanged() })
	s.Level = newSelect(nil, func(string) { s.filtersChanged() })
	s.Commended = newSelect(commendOptions, func(string) { s.filtersChanged() })
	s.Unit = newUnitPicker(env, "Tất cả đơn vị", func(int64) { s.filtersChanged() })
	s.Count = widget.NewLabel("")
	s.NewButton = widget.NewButtonWithIcon("Thêm mới", theme.ContentAddIcon(), s.New)
	s.NewButton.Importance = widget.HighImportance
	s.OpenButton = widget.NewButtonWithIcon("Mở, sửa", theme.DocumentCreateIcon(), func() { s.Open(s.selected) })
	s.DelButton = widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), s.deleteSelected)
	s.Table = s.newTable()
	s.Kind.SetSelected(kindOptions[0])
	s.Rec.SetSelected(recOptions[0])
	s.Commended.SetSelected(commendOptions[0])
	s.list = s.layout()
	s.view = container.NewStack(s.list)
	s.updateButtons()
	s.loadCatalog()
	return s
}

// The fixed filters: each option of recOptions keeps the outcomes of
// recFilters at its index, each of commendOptions the value of
// commendFilters; the first keeps every entry.
var (
	kindOptions    = append([]string{"Tất cả các loại"}, labelsOf(data.Kinds)...)
	recOptions     = []string{"Mọi kết quả công nhận", "Được công nhận (kể cả tiêu biểu)", "Tiêu biểu", "Không công nhận", "Loại bỏ"}
	recFilters     = [][]data.RecStatus{nil, {data.RecRecognised, data.RecOutstanding}, {data.RecOutstanding}, {data.RecNotRecognised}, {data.RecDropped}}
	commendOptions = []string{"Khen thưởng: tất cả", "Đã được khen thưởng", "Chưa được khen thưởng"}
	commendFilters = []data.Tri{data.Any, data.Yes, data.No}
)

func (s *Entries) layout() fyne.CanvasObject {
	clear := widget.NewButtonWithIcon("Bỏ lọc", theme.ContentClearIcon(), s.ClearFilters)
	clear.Importance = widget.LowImportance
	imp := widget.NewButtonWithIcon("Nhập Excel…", theme.DownloadIcon(), func() { chooseImportFile(s.env, s.nav) })
	exp := widget.NewButtonWithIcon("Xuất Excel…", theme.UploadIcon(), s.askExport)
	imp.Importance, exp.Importance = widget.LowImportance, widget.LowImportance
	if s.env.ReadOnly() {
		imp.Disable()
	}
	top := container.NewBorder(nil, nil, nil, container.NewHBox(s.NewButton, s.OpenButton, s.DelButton), s.Search)
	filters := container.NewGridWithColumns(4, s.Phase, s.Year, s.Unit.Button, s.Field, s.Kind, s.Rec, s.Level, s.Commended)
	foot := container.NewBorder(nil, nil, s.Count, container.NewHBox(imp, exp, clear))
	return container.NewBorder(container.NewVBox(top, filters), foot, nil, nil, s.Table)
}

// Content is the screen: the list, or the editor when one is open.
func (s *Entries) Content() fyne.CanvasObject { return s.view }

func (s *Entries) loadCatalog() {
	readCatalog(s.env, func(c *Catalog) {
		first := s.cat == nil
		s.setCatalog(c)
		if first {
			s.SetFilter(s.savedFilter(c))
			return
		}
		s.reload()
	})
}

func (s *Entries) setCatalog(c *Catalog) {
	s.cat = c
	s.phases, s.years = phaseChoice(c, "Mọi giai đoạn"), yearChoice(c, currentYear(), "Mọi năm đăng ký")
	s.fields, s.levels = fieldChoice(c, "Mọi lĩnh vực"), levelChoice(c, "Mọi cấp công nhận")
	s.showChoices(s.Filter)
	s.Unit.SetCatalog(c)
	if s.Form != nil {
		s.Form.setCatalog(c)
	}
}

// showChoices marks f in the selects that offer catalogue items.
func (s *Entries) showChoices(f data.EntryFilter) {
	setOptions(s.Phase, s.phases, f.PhaseID)
	year := f.Year
	if f.RecYear != 0 {
		year = f.RecYear
	}
	setOptions(s.Year, s.years, int64(year))
	setOptions(s.Field, s.fields, f.FieldID)
	setOptions(s.Level, s.levels, f.RecLevelID)
}

// setOptions fills a select without firing its OnChanged, choosing id or
// else the first option (none when there is none).
func setOptions(sel *widget.Select, ch *choice, id int64) {
	l := ch.label(id)
	if l == "" && len(ch.labels) > 0 {
		l = ch.labels[0]
	}
	catSelectQuiet(sel, ch.labels, l)
}

// searchChanged waits for a short pause in typing; each query also
// cancels the one before.
func (s *Entries) searchChanged(string) {
	s.typing.after(s.env, 40*time.Millisecond, s.filtersChanged)
}

// filtersChanged reads the filter widgets into Filter and reloads.
func (s *Entries) filtersChanged() {
	if s.cat == nil {
		return
	}
	f := data.EntryFilter{Text: s.Search.Text, Sort: s.Filter.Sort, Desc: s.Filter.Desc}
	if strings.TrimSpace(f.Text) == "" {
		s.byColumn = false // the search cleared: the list's order again
	}
	f.PhaseID = s.phases.id(s.Phase.Selected)
	f.Year = int(s.years.id(s.Year.Selected))
	f.FieldID = s.fields.id(s.Field.Selected)
	f.UnitID = s.Unit.Selected()
	if i := s.Kind.SelectedIndex(); i > 0 {
		f.Kind = data.Kinds[i-1]
	}
	if i := s.Rec.SelectedIndex(); i > 0 {
		f.RecStatuses = slices.Clone(recFilters[i])
	}
	f.RecLevelID = s.levels.id(s.Level.Selected)
	if f.RecStatuses != nil || f.RecLevelID != 0 {
		f.RecYear = f.Year // "recognised in the year chosen" when a year is chosen
		f.Year = 0
	}
	if i := s.Commended.SelectedIndex(); i > 0 {
		f.Commended = commendFilters[i]
	}
	if f.Commended != data.Any && f.Commended == s.Filter.Commended {
		// A year of commendation set by the dashboard stays while the
		// commendation filter does.
		f.CommendYear = s.Filter.CommendYear
	}
	s.Filter = f
	s.saveFilter()
	s.reload()
}

// SetFilter shows the list filtered as f (the dashboard's bars use it).
func (s *Entries) SetFilter(f data.EntryFilter) {
	s.closeForm()
	s.Filter = f
	s.byColumn = false
	s.Search.OnChanged = nil
	s.Search.SetText(f.Text)
	s.Search.OnChanged = s.searchChanged
	if s.cat != nil {
		s.showChoices(f)
		s.Unit.SetSelected(f.UnitID)
	}
	s.selectIndex(s.Kind, slices.Index(data.Kinds, f.Kind)+1) // 0 (every kind) when none
	s.selectIndex(s.Rec, max(0, slices.IndexFunc(recFilters, func(st []data.RecStatus) bool { return slices.Equal(st, f.RecStatuses) })))
	s.selectIndex(s.Commended, max(0, slices.Index(commendFilters, f.Commended)))
	s.saveFilter()
	s.reload()
}

func (s *Entries) selectIndex(sel *widget.Select, i int) {
	f := sel.OnChanged
	sel.OnChanged = nil
	sel.SetSelectedIndex(i)
	sel.OnChanged = f
}

// ClearFilters shows every entry again.
func (s *Entries) ClearFilters() {
	s.SetFilter(data.EntryFilter{Sort: s.Filter.Sort, Desc: s.Filter.Desc})
}

// reload reads the ordered IDs of the selection; the table then reads the
// rows it shows. A newer reload cancels an older one still running. While
// the person types, only the search changes: the ordered IDs of the other
// filters are kept (base) and each keystroke costs one search, whose
// matches are picked out of them in order.
func (s *Entries) reload() {
	s.Filter.Rank = s.ranked() // so exports and reports list them alike
	f := s.Filter
	noText := f
	noText.Text, noText.Rank = "", false
	key := fmt.Sprintf("%+v", noText)
	base := s.base
	if s.baseKey != key {
		base = nil
	}
	type result struct {
		ids, base []int64
		weakFrom  int
	}
	ranked := !s.byColumn
	readLatest(s.env, &s.reads, func(ctx context.Context, a *data.Archive) (result, error) {
		if f.Deleted {
			ids, err := a.EntryIDs(ctx, f)
			return result{ids: ids, weakFrom: -1}, err
		}
		if base == nil {
			var err error
			if base, err = a.EntryIDs(ctx, noText); err != nil {
				return result{}, err
			}
		}
		found, err := a.SearchRanked(ctx, f.Text)
		if err != nil || found.Groups == nil {
			return result{ids: base, base: base, weakFrom: -1}, err
		}
		r := result{base: base, weakFrom: -1}
		if !ranked {
			r.ids = pickIDs(base, mergeGroups(found.Groups))
			return r, nil
		}
		// The best matches first, each group in the list's order.
		r.ids = make([]int64, 0, found.Len())
		for i, g := range found.Groups {
			if i == found.Weak && len(g) > 0 {
				r.weakFrom = len(r.ids)
			}
			r.ids = append(r.ids, pickIDs(base, g)...)
		}
		return r, nil
	}, func(r result) {
		if r.base != nil {
			s.base, s.baseKey = r.base, key
		}
		s.ids, s.weakFrom = r.ids, r.weakFrom
		s.pages.reset()
		count := countText(len(r.ids), "mô hình, điển hình")
		if r.weakFrom >= 0 {
			count += ", " + countText(len(r.ids)-r.weakFrom, "khớp một phần")
		}
		s.Count.SetText(count)
		s.Table.Refresh()
		s.reselect()
	})
}

// ranked reports whether the list shows the best matches first.
func (s *Entries) ranked() bool { return strings.TrimSpace(s.Filter.Text) != "" && !s.byColumn }

// WeakFrom returns the position of the first weak match ("khớp một
// phần") in the list, or -1.
func (s *Entries) WeakFrom() int { return s.weakFrom }

// mergeGroups returns the IDs of every group in increasing order.
func mergeGroups(groups [][]int64) []int64 {
	var all []int64
	for _, g := range groups {
		all = append(all, g...)
	}
	slices.Sort(all)
	return all
}

// pickIDs keeps the IDs of ordered that are in match (sorted), in order.
func pickIDs(ordered, match []int64) []int64 {
	if len(match) == 0 {
		return []int64{}
	}
	set := make([]uint64, match[len(match)-1]/64+1)
	for _, id := range match {
		set[id/64] |= 1 << (id % 64)
	}
	out := make([]int64, 0, len(match))
	for _, id := range ordered {
		if id/64 < int64(len(set)) && set[id/64]&(1<<(id%64)) != 0 {
			out = append(out, id)
		}
	}
	return out
}

// reselect keeps the selected entry selected after a reload, if it is still
// in the list.
func (s *Entries) reselect() {
	if s.selected == 0 {
		return
	}
	for i, id := range s.ids {
		if id == s.selected {
			s.Table.Select(widget.TableCellID{Row: i, Col: 1})
			return
		}
	}
	s.selected = 0
	s.Table.UnselectAll()
	s.updateButtons()
}

// Reload refreshes after a change, keeping the selection and any open form.
func (s *Entries) Reload() {
	s.base = nil
	s.loadCatalog()
	if s.Form != nil {
		s.Form.Reload()
	}
}

// Rows returns the IDs currently listed (tests, reports).
func (s *Entries) Rows() []int64 { return s.ids }

// row returns the formatted row at position i, reading its page if needed.
func (s *Entries) row(i int) (listRow, bool) { return s.pages.row(s.ids, s.Filter, i) }

// makeListRow formats the row at position pos, or marks the entry gone.
func makeListRow(pos int, id int64, r data.EntryRow, found bool) listRow {
	if !found {
		return listRow{id: id, cells: [len(entryColumns)]string{strconv.Itoa(pos + 1), "(đã bị xóa)"}}
	}
	return formatRow(pos, r)
}

func formatRow(i int, r data.EntryRow) listRow {
	out := listRow{id: r.ID}
	rec := ""
	if r.RecStatus != "" {
		rec = r.RecStatus.Label() + " " + strconv.Itoa(r.RecYear)
	}
	com := ""
	if r.Commended {
		com = "Đã khen"
	}
	out.cells = [len(entryColumns)]string{strconv.Itoa(i + 1), r.Name, r.Kind.ShortLabel(), r.Unit, r.Field,
		strconv.Itoa(r.Year), rec, com, r.UpdatedAt.Local().Format("02/01/2006")}
	return out
}
