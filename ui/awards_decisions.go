package ui

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// newPickTable is a virtual table whose first column, when picked is given,
// holds a check box; a click anywhere on a row also toggles it, so picking
// forty rows is forty clicks, not forty aims at a small box.
func newPickTable(cols tableColumns, length func() int, cell func(i, col int) string,
	picked func(i int) bool, setPicked func(i int, on bool)) *widget.Table {
	var t *widget.Table
	t = widget.NewTableWithHeaders(
		func() (int, int) { return length(), len(cols) },
		func() fyne.CanvasObject { return container.NewStack(widget.NewCheck("", nil), newCellLabel(nil)) },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			st := o.(*fyne.Container)
			check, label := st.Objects[0].(*widget.Check), st.Objects[1].(*cellLabel)
			if id.Col == 0 && picked != nil {
				label.Hide()
				check.Show()
				check.OnChanged = nil
				check.SetChecked(picked(id.Row))
				row := id.Row
				check.OnChanged = func(on bool) { setPicked(row, on) }
				return
			}
			check.Hide()
			label.Show()
			label.SetText(cell(id.Row, id.Col))
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(cols[id.Col].title)
		}
	}
	for i, w := range cols.widths() {
		t.SetColumnWidth(i, w)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if picked != nil && id.Row >= 0 && id.Row < length() {
			setPicked(id.Row, !picked(id.Row))
		}
		t.UnselectAll()
	}
	return t
}

// comList lists commendations: with check boxes, the proposals waiting for
// a decision (enter one decision for the picked ones, or mark them not
// granted); without, the decided ones of a year.
type comList struct {
	s      *Awards
	checks bool
	Filter data.CommendationFilter
	rows   []data.CommendationRow
	Picked map[int64]bool
	reads  latestRead
	typing debouncer

	Year      *widget.Select
	Form      *widget.Select
	Status    *widget.Select // decided tab only
	Unit      *unitPicker
	Search    *widget.Entry
	Table     *widget.Table
	Count     *widget.Label
	PickAll   *widget.Button
	PickNone  *widget.Button
	GrantBtn  *widget.Button
	RefuseBtn *widget.Button
	Review    *widget.Check  // only the recipients to check
	EditBtn   *widget.Button // the commendation picked (proposals) or selected (decided)
	selected  int            // decided tab: the row clicked, -1 for none

	years, forms *choice
	cols         tableColumns
	content      fyne.CanvasObject
}

var (
	decideColumns = tableColumns{{"", 40}, {"STT", 52}, {"Người, tập thể được khen", 220}, {"Tên mô hình, điển hình", 240},
		{"Đơn vị", 160}, {"Năm", 60}, {"Hình thức khen thưởng", 200}, {"Nội dung thành tích", 200}}
	grantedColumns = tableColumns{{"STT", 52}, {"Người, tập thể được khen", 220}, {"Tên mô hình, điển hình", 220},
		{"Đơn vị", 160}, {"Năm", 60}, {"Hình thức khen thưởng", 200}, {"Số quyết định", 130}, {"Ngày quyết định", 140}}
	decidedStatuses = []data.AwardStatus{data.AwardGranted, data.AwardRefused}
)

func newComList(s *Awards, checks bool) *comList {
	l := &comList{s: s, checks: checks, Picked: map[int64]bool{}, cols: grantedColumns, selected: -1}
	changed := func(string) { l.filtersChanged() }
	l.Year = newSelect(nil, changed)
	l.Form = newSelect(nil, changed)
	l.Unit = newUnitPicker(s.env, "Tất cả đơn vị", func(int64) { l.filtersChanged() })
	l.Search = newSearchEntry("Tìm theo tên, đơn vị, người, địa bàn…", l.searchChanged)
	l.Count = widget.NewLabel("")
	l.Count.Truncation = fyne.TextTruncateEllipsis // the buttons beside it come first on a narrow screen
	l.Review = widget.NewCheck("Cần xem lại", func(bool) { l.filtersChanged() })
	l.EditBtn = widget.NewButtonWithIcon("Sửa…", theme.DocumentCreateIcon(), l.edit)
	var picked func(int) bool
	var setPicked func(int, bool)
	var actions fyne.CanvasObject = layoutSpacer()
	filters := []fyne.CanvasObject{l.Year, l.Form, l.Unit.Button, l.Review}
	if checks {
		l.cols = decideColumns
		picked, setPicked = l.picked, l.setPicked
		l.PickAll = widget.NewButtonWithIcon("Chọn tất cả", theme.CheckButtonCheckedIcon(), l.pickAll)
		l.PickNone = widget.NewButtonWithIcon("Bỏ chọn", theme.CheckButtonIcon(), l.pickNone)
		l.RefuseBtn = widget.NewButtonWithIcon("Không được khen", theme.CancelIcon(), l.refuse)
		l.GrantBtn = widget.NewButtonWithIcon("Nhập quyết định…", theme.DocumentCreateIcon(), l.grant)
		l.GrantBtn.Importance = widget.HighImportance
		actions = container.NewHBox(l.PickAll, l.PickNone, l.EditBtn, l.RefuseBtn, l.GrantBtn)
	} else {
		l.Status = newSelect(labelsOf(decidedStatuses), changed)
		l.Status.SetSelectedIndex(0)
		filters = append(filters[:3], l.Status, l.Review)
		actions = l.EditBtn
	}
	l.Table = newPickTable(l.cols, func() int { return len(l.rows) }, l.cell, picked, setPicked)
	if !checks {
		// The decided list has no picks: a click selects the row to edit.
		l.Table.OnSelected = func(id widget.TableCellID) { l.selected = id.Row; l.updateButtons() }
		l.Table.OnUnselected = func(widget.TableCellID) { l.selected = -1; l.updateButtons() }
	}
	top := container.NewVBox(l.Search, container.NewGridWithColumns(len(filters), filters...))
	l.content = container.NewBorder(top, container.NewBorder(nil, nil, nil, actions, l.Count), nil, nil, l.Table)
	l.updateButtons()
	return l
}

func (l *comList) setCatalog(c *Catalog, first bool) {
	l.years = yearChoice(c, currentYear(), "Mọi năm")
	l.forms = formChoice(c, "Mọi hình thức khen thưởng")
	if first && !l.checks {
		l.Filter.Year = defaultYear(c)
	}
	setOptions(l.Year, l.years, int64(l.Filter.Year))
	setOptions(l.Form, l.forms, l.Filter.FormID)
	l.Unit.SetCatalog(c)
	l.filtersChanged()
}

func (l *comList) searchChanged(string) {
	l.typing.after(l.s.env, 150*time.Millisecond, l.filtersChanged)
}

// filtersChanged reads the filter widgets into Filter and reloads.
func (l *comList) filtersChanged() {
	if l.years == nil {
		return
	}
	f := data.CommendationFilter{Year: int(l.years.id(l.Year.Selected)), FormID: l.forms.id(l.Form.Selected),
		UnitID: l.Unit.Selected(), Text: l.Search.Text, Rank: true, Status: data.AwardProposed, Review: l.Review.Checked}
	if l.Status != nil {
		f.Status = decidedStatuses[max(0, l.Status.SelectedIndex())]
	}
	l.Filter = f
	l.reload()
}

// reload reads the list again; picks that left it are dropped, so a
// decision never reaches a row the person cannot see.
func (l *comList) reload() {
	f := l.Filter
	readLatest(l.s.env, &l.reads, func(ctx context.Context, ar *data.Archive) ([]data.CommendationRow, error) {
		rows, _, err := ar.FindCommendations(ctx, f)
		return rows, err
	}, func(rows []data.CommendationRow) {
		l.rows = rows
		keep := map[int64]bool{}
		for _, r := range rows {
			if l.Picked[r.ID] {
				keep[r.ID] = true
			}
		}
		l.Picked = keep
		l.selected = -1
		l.Table.UnselectAll()
		l.Table.Refresh()
		l.updateButtons()
	})
}

// Rows returns the commendations listed (tests).
func (l *comList) Rows() []data.CommendationRow { return l.rows }

func (l *comList) cell(i, col int) string {
	if i >= len(l.rows) {
		return ""
	}
	r := l.rows[i]
	switch l.cols[col].title {
	case "STT":
		return strconv.Itoa(i + 1)
	case "Người, tập thể được khen":
		return recipientCell(r.Recipient)
	case "Tên mô hình, điển hình":
		return r.Entry
	case "Đơn vị":
		return r.Unit
	case "Năm":
		return strconv.Itoa(r.Year)
	case "Hình thức khen thưởng":
		return r.Form
	case "Nội dung thành tích":
		return r.Citation
	case "Số quyết định":
		return r.DecisionNo
	case "Ngày quyết định":
		return r.DecisionDate.Text()
	}
	return ""
}

func (l *comList) picked(i int) bool { return i < len(l.rows) && l.Picked[l.rows[i].ID] }

func (l *comList) setPicked(i int, on bool) {
	if i >= len(l.rows) {
		return
	}
	if on {
		l.Picked[l.rows[i].ID] = true
	} else {
		delete(l.Picked, l.rows[i].ID)
	}
	l.Table.RefreshItem(widget.TableCellID{Row: i, Col: 0})
	l.updateButtons()
}

func (l *comList) pickAll() {
	for _, r := range l.rows {
		l.Picked[r.ID] = true
	}
	l.Table.Refresh()
	l.updateButtons()
}

func (l *comList) pickNone() {
	l.Picked = map[int64]bool{}
	l.Table.Refresh()
	l.updateButtons()
}

func (l *comList) updateButtons() {
	what := "đề nghị chờ quyết định"
	if !l.checks {
		what = "lượt khen thưởng"
		if l.Filter.Status == data.AwardRefused {
			what = "đề nghị không được khen"
		}
	}
	text := countText(len(l.rows), what)
	ro := l.s.env.ReadOnly()
	if !l.checks {
		l.Count.SetText(text)
		setEnabled(l.EditBtn, l.selected >= 0 && l.selected < len(l.rows) && !ro)
		return
	}
	n := len(l.Picked)
	l.Count.SetText(text + " · đã chọn " + vntext.FormatInt(int64(n)))
	l.PickAll.SetText("Chọn tất cả (" + vntext.FormatInt(int64(len(l.rows))) + ")")
	l.GrantBtn.SetText("Nhập quyết định (" + vntext.FormatInt(int64(n)) + ")…")
	l.RefuseBtn.SetText("Không được khen (" + vntext.FormatInt(int64(n)) + ")")
	setEnabled(l.EditBtn, n == 1 && !ro)
	setEnabled(l.PickAll, len(l.rows) > 0)
	setEnabled(l.PickNone, n > 0)
	setEnabled(l.GrantBtn, n > 0 && !ro)
	setEnabled(l.RefuseBtn, n > 0 && !ro)
}

// pickedIDs returns the picks in the list's order.
func (l *comList) pickedIDs() []int64 {
	var ids []int64
	for _, r := range l.rows {
		if l.Picked[r.ID] {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// grant asks for the decision's number and date and enters it for every
// picked proposal, all or none.
func (l *comList) grant() {
	ids := l.pickedIDs()
	if len(ids) == 0 || l.s.env.ReadOnly() {
		return
	}
	number := widget.NewEntry()
	number.SetPlaceHolder("Ví dụ: 3125/QĐ-UBND")
	date := newTodayEntry()
	items := []*widget.FormItem{widget.NewFormItem("Số quyết định", number), widget.NewFormItem("Ngày quyết định", date)}
	title := "Nhập quyết định khen thưởng cho " + vntext.FormatInt(int64(len(ids))) + " đề nghị"
	formDialog(l.s.env, title, items, func() {
		no := strings.TrimSpace(number.Text)
		switch {
		case no == "":
			l.s.env.ShowError(data.Errorf(data.EInvalid, "Hãy nhập số quyết định khen thưởng."))
			return
		case strings.TrimSpace(date.Text) == "":
			l.s.env.ShowError(data.Errorf(data.EInvalid, "Hãy nhập ngày quyết định (dạng 05/02/2026)."))
			return
		case date.Validate() != nil:
			l.s.env.ShowError(data.Errorf(data.EInvalid, "Ngày quyết định không hợp lệ (dạng 05/02/2026)."))
			return
		}
		day := isoDate(date.Text)
		l.run(func(ctx context.Context, ar *data.Archive) error { return ar.GrantCommendations(ctx, ids, no, day) },
			"Đã nhập quyết định số "+no+" ngày "+day.Text()+" cho "+vntext.FormatInt(int64(len(ids)))+" đề nghị.")
	})
}

// edit opens the picked proposal, or the selected decided commendation,
// to check or correct who it honours (and its other details).
func (l *comList) edit() {
	var id int64
	switch ids := l.pickedIDs(); {
	case l.checks && len(ids) == 1:
		id = ids[0]
	case !l.checks && l.selected >= 0 && l.selected < len(l.rows):
		id = l.rows[l.selected].ID
	default:
		return
	}
	if l.s.env.ReadOnly() || l.s.cat == nil {
		return
	}
	background(l.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.Commendation, error) {
		return ar.GetCommendation(ctx, id)
	}, func(c *data.Commendation, err error) {
		if err != nil {
			l.s.env.ShowError(err)
			return
		}
		f := newCommendationForm(l.s.cat, c)
		formDialog(l.s.env, "Người, tập thể được khen thưởng", f.items(), func() {
			cc := f.result()
			l.run(func(ctx context.Context, ar *data.Archive) error { return ar.SaveCommendation(ctx, cc) },
				"Đã lưu khen thưởng của "+cc.Recipient.Name+".")
		})
	})
}

// refuse marks the picked proposals as not granted, after asking.
func (l *comList) refuse() {
	ids := l.pickedIDs()
	if len(ids) == 0 || l.s.env.ReadOnly() {
		return
	}
	n := vntext.FormatInt(int64(len(ids)))
	confirm(l.s.env, "Không được khen thưởng", "Ghi nhận "+n+" đề nghị đã chọn là không được khen thưởng?", "Không được khen", func() {
		l.run(func(ctx context.Context, ar *data.Archive) error { return ar.RefuseCommendations(ctx, ids) },
			"Đã ghi nhận "+n+" đề nghị không được khen thưởng.")
	})
}

func (l *comList) run(work func(ctx context.Context, ar *data.Archive) error, done string) {
	background(l.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (struct{}, error) {
		return struct{}{}, work(ctx, ar)
	}, func(_ struct{}, err error) {
		if err != nil {
			l.s.env.ShowError(err)
			return
		}
		l.pickNone()
		l.s.nav.notice(done)
		l.s.env.changed()
	})
}
