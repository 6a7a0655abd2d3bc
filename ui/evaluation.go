package ui

import (
	"context"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Evaluations is the scoring screen: the evaluations of a year with their
// totals and conclusions, and the scoring sheet of one entry opened from it.
// A year's evaluations are a few thousand at most, so the list is read
// whole and the table (virtual) only draws what shows.
type Evaluations struct {
	env *Env
	nav navigator
	cat *Catalog

	Filter   data.EvaluationFilter
	rows     []data.EvaluationRow
	selected int64 // the evaluation selected in the table
	reads    latestRead
	typing   debouncer
	// headerSorted: a header was clicked since the search was typed, so
	// the list sorts by that column rather than by how well rows match.
	headerSorted bool

	Year        *widget.Select
	PhaseInfo   *widget.Label
	Search      *widget.Entry
	Locked      *widget.Select
	Table       *widget.Table
	Count       *widget.Label
	ScoreButton *widget.Button
	OpenButton  *widget.Button

	years *choice
	view  *fyne.Container
	list  fyne.CanvasObject
	Form  *EvaluationForm // the open scoring sheet, or nil
}

var evalColumns = [...]struct {
	title string
	width float32
	sort  data.EvaluationSort
	sorts bool
}{
	{"STT", 52, 0, false},
	{"Tên mô hình, điển hình", 300, data.SortEvalName, true},
	{"Đơn vị", 190, 0, false},
	{"Tổng điểm", 100, data.SortEvalTotal, true},
	{"Kết luận", 90, 0, false},
	{"Người chấm", 150, 0, false},
	{"Ngày chấm", 100, 0, false},
	{"Khóa", 70, 0, false},
}

var evalLockOptions = []string{"Mọi phiếu", "Chưa khóa", "Đã khóa"}

func newEvaluations(env *Env, nav navigator) screen {
	s := &Evaluations{env: env, nav: nav}
	s.Year = newSelect(nil, func(string) { s.filtersChanged() })
	s.PhaseInfo = widget.NewLabel("")
	s.PhaseInfo.Truncation = fyne.TextTruncateEllipsis
	s.Search = newSearchEntry("Tìm theo tên mô hình, đơn vị, người, địa bàn…", s.searchChanged)
	s.Locked = newSelect(evalLockOptions, func(string) { s.filtersChanged() })
	s.Locked.SetSelectedIndex(0)
	s.Count = widget.NewLabel("")
	s.ScoreButton = widget.NewButtonWithIcon("Chấm điểm mô hình…", theme.ContentAddIcon(), s.chooseEntry)
	s.ScoreButton.Importance = widget.HighImportance
	s.OpenButton = widget.NewButtonWithIcon("Mở phiếu", theme.DocumentCreateIcon(), func() { s.Open(s.selected) })
	s.Table = s.newTable()
	yearLabel := widget.NewLabelWithStyle("Năm đánh giá", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewBorder(nil, nil, container.NewHBox(yearLabel, s.Year), container.NewHBox(s.ScoreButton, s.OpenButton), s.PhaseInfo)
	filters := container.NewBorder(nil, nil, nil, s.Locked, s.Search)
	s.list = container.NewBorder(container.NewVBox(top, filters), s.Count, nil, nil, s.Table)
	s.view = container.NewStack(s.list)
	s.updateButtons()
	s.loadCatalog()
	return s
}

// Content is the screen: the list, or the scoring sheet when one is open.
func (s *Evaluations) Content() fyne.CanvasObject { return s.view }

func (s *Evaluations) loadCatalog() {
	readCatalog(s.env, func(c *Catalog) {
		s.setCatalog(c)
		s.reload()
	})
}

func (s *Evaluations) setCatalog(c *Catalog) {
	first := s.cat == nil
	s.cat = c
	s.years = yearChoice(c, currentYear(), "")
	if first {
		s.Filter.Year = defaultYear(c)
	}
	setOptions(s.Year, s.years, int64(s.Filter.Year))
	s.showPhase()
}

// defaultYear is the year the office is most likely scoring: this year when
// it belongs to a phase, else the last year of the latest phase before it
// (in early 2026 the 2021–2025 phase is still being closed).
func defaultYear(c *Catalog) int {
	now := currentYear()
	if c.PhaseOf(now) != nil {
		return now
	}
	best := 0
	for _, p := range c.Phases {
		if p.EndYear < now && p.EndYear > best {
			best = p.EndYear
		}
	}
	if best == 0 {
		return now
	}
	return best
}

// showPhase says which phase and criteria set the chosen year scores with.
func (s *Evaluations) showPhase() {
	y := s.Filter.Year
	p := s.cat.PhaseOf(y)
	switch set := s.cat.SetFor(y); {
	case p == nil:
		s.PhaseInfo.SetText("Năm " + strconv.Itoa(y) + " không thuộc giai đoạn nào: chưa chấm điểm được.")
	case set == nil:
		s.PhaseInfo.SetText("Giai đoạn " + p.Name + " chưa có bộ tiêu chí (thêm ở mục Danh mục).")
	default:
		s.PhaseInfo.SetText("Giai đoạn " + p.Name + " · thang điểm " + vntext.FormatScore(set.MaxTotal()))
	}
	s.updateButtons()
}

func (s *Evaluations) searchChanged(string) {
	s.headerSorted = false // a new search ranks again
	s.typing.after(s.env, 150*time.Millisecond, s.filtersChanged)
}

// filtersChanged reads the filter widgets into Filter and reloads.
func (s *Evaluations) filtersChanged() {
	if s.cat == nil {
		return
	}
	// While searching, the best matches come first, in the chosen order
	// inside each group, until a header click sorts by its column alone.
	f := data.EvaluationFilter{Sort: s.Filter.Sort, Desc: s.Filter.Desc, Text: s.Search.Text, Rank: !s.headerSorted}
	f.Year = int(s.years.id(s.Year.Selected))
	switch s.Locked.SelectedIndex() {
	case 1:
		f.Locked = data.No
	case 2:
		f.Locked = data.Yes
	}
	s.Filter = f
	s.showPhase()
	s.reload()
}

// SetYear shows the evaluations of a year (tests, other screens).
func (s *Evaluations) SetYear(year int) {
	if s.cat == nil {
		return
	}
	s.Year.SetSelected(s.years.label(int64(year)))
}

// SortBy sorts by a column; choosing the same column again reverses it.
// Totals start from the highest.
func (s *Evaluations) SortBy(by data.EvaluationSort) {
	s.headerSorted = true
	s.Filter.Rank = false
	if s.Filter.Sort == by {
		s.Filter.Desc = !s.Filter.Desc
	} else {
		s.Filter.Sort, s.Filter.Desc = by, by == data.SortEvalTotal
	}
	s.reload()
}

// reload reads the year's evaluations; a newer reload cancels an older one.
func (s *Evaluations) reload() {
	f := s.Filter
	readLatest(s.env, &s.reads, func(ctx context.Context, ar *data.Archive) ([]data.EvaluationRow, error) {
		rows, _, err := ar.FindEvaluations(ctx, f)
		return rows, err
	}, func(rows []data.EvaluationRow) {
		s.rows = rows
		s.Count.SetText(countText(len(rows), "phiếu đánh giá") + " năm " + strconv.Itoa(f.Year))
		s.Table.Refresh()
		s.reselect()
	})
}

// reselect keeps the selected evaluation selected after a reload.
func (s *Evaluations) reselect() {
	for i, r := range s.rows {
		if s.selected != 0 && r.ID == s.selected {
			s.Table.Select(widget.TableCellID{Row: i, Col: 1})
			return
		}
	}
	s.selected = 0
	s.Table.UnselectAll()
	s.updateButtons()
}

// Rows returns the evaluations listed (tests, reports).
func (s *Evaluations) Rows() []data.EvaluationRow { return s.rows }

// Reload refreshes after a change, keeping the selection and any open sheet.
func (s *Evaluations) Reload() {
	s.loadCatalog()
	if s.Form != nil {
		s.Form.Reload()
	}
}

func (s *Evaluations) updateButtons() {
	setEnabled(s.ScoreButton, !s.env.ReadOnly() && s.cat != nil && s.cat.SetFor(s.Filter.Year) != nil)
	setEnabled(s.OpenButton, s.selected != 0)
}

// evalLoad is what a scoring sheet needs, read together.
type evalLoad struct {
	entry *data.Entry
	eval  *data.Evaluation // nil: not scored yet
	set   *data.CriteriaSet
}

// ScoreEntry opens the scoring sheet of an entry for the chosen year: its
// evaluation of that year if there is one, else a new sheet on the criteria
// set of the year's phase.
func (s *Evaluations) ScoreEntry(entryID int64) {
	if s.cat == nil {
		return
	}
	year, set := s.Filter.Year, s.cat.SetFor(s.Filter.Year)
	background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (evalLoad, error) {
		rows, _, err := ar.FindEvaluations(ctx, data.EvaluationFilter{EntryID: entryID, Year: year})
		if err != nil {
			return evalLoad{}, err
		}
		if len(rows) > 0 {
			return s.loadSheet(ctx, ar, rows[0].ID)
		}
		e, err := ar.GetEntry(ctx, entryID)
		return evalLoad{entry: e, set: set}, err
	}, func(l evalLoad, err error) {
		if err != nil {
			s.env.ShowError(err)
			return
		}
		if l.set == nil {
			s.env.ShowError(data.Errorf(data.EInvalid, "Năm %d chưa có bộ tiêu chí chấm điểm. Hãy thêm bộ tiêu chí cho giai đoạn ở mục Danh mục.", year))
			return
		}
		if l.eval == nil && s.env.ReadOnly() {
			s.env.ShowError(data.Errorf(data.EReadOnly, "Kho đang ở chế độ chỉ xem: không chấm điểm được."))
			return
		}
		s.showForm(newEvaluationForm(s.env, s, l))
	})
}

// loadSheet reads an evaluation with its entry and criteria set.
func (s *Evaluations) loadSheet(ctx context.Context, a *data.Archive, id int64) (evalLoad, error) {
	ev, err := a.GetEvaluation(ctx, id)
	if err != nil {
		return evalLoad{}, err
	}
	e, err := a.GetEntry(ctx, ev.EntryID)
	if err != nil {
		return evalLoad{}, err
	}
	set, err := a.GetCriteriaSet(ctx, ev.SetID)
	return evalLoad{entry: e, eval: ev, set: set}, err
}

// Open opens the scoring sheet of an evaluation.
func (s *Evaluations) Open(id int64) {
	if id == 0 || s.cat == nil {
		return
	}
	background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (evalLoad, error) {
		return s.loadSheet(ctx, ar, id)
	}, func(l evalLoad, err error) {
		if err != nil {
			s.env.ShowError(err)
			return
		}
		s.showForm(newEvaluationForm(s.env, s, l))
	})
}

func (s *Evaluations) showForm(f *EvaluationForm) {
	s.Form = f
	s.view.Objects = []fyne.CanvasObject{f.Content()}
	s.view.Refresh()
	f.focusFirst()
}

// closeForm returns to the list (the caller has dealt with unsaved work).
func (s *Evaluations) closeForm() {
	if s.Form == nil {
		return
	}
	s.Form = nil
	s.view.Objects = []fyne.CanvasObject{s.list}
	s.view.Refresh()
}

// BackToList closes the sheet, asking first if it holds unsaved scores.
func (s *Evaluations) BackToList() {
	if s.Form != nil && s.Form.Dirty() {
		confirm(s.env, "Chưa lưu phiếu", "Phiếu đánh giá có điểm chưa lưu. Bỏ các thay đổi đó?", "Bỏ thay đổi", s.closeForm)
		return
	}
	s.closeForm()
}

// Dirty reports unsaved changes in the open sheet.
func (s *Evaluations) Dirty() bool { return s.Form != nil && s.Form.Dirty() }

// Save saves the open sheet (Ctrl+S).
func (s *Evaluations) Save() {
	if s.Form != nil {
		s.Form.Save()
	}
}
