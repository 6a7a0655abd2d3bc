package ui

import (
	"context"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// sheetMaxProfiles bounds the files printed from the list screen at once,
// as dvk does: a forgotten filter would lay out the whole archive.
const sheetMaxProfiles = 500

// sheetPicker chooses one entry for a document: a search box, the first
// matches under it, and the chosen entry. The list screen's selected entry
// is taken as a default until the person chooses one here.
type sheetPicker struct {
	env      *Env
	nav      navigator
	Search   *widget.Entry
	Results  *widget.List
	Chosen   *widget.Label
	ID       int64  // the chosen entry, 0 for none
	Name     string // its name
	explicit bool   // chosen here, not taken from the list screen
	rows     []data.EntryRow
	reads    latestRead
	typing   debouncer
	onChosen func(id int64)
	box      fyne.CanvasObject
}

func newSheetPicker(env *Env, nav navigator, onChosen func(int64)) *sheetPicker {
	p := &sheetPicker{env: env, nav: nav, onChosen: onChosen, Chosen: widget.NewLabel("")}
	p.Search = newSearchEntry("Gõ vài chữ của tên, đơn vị, địa bàn… để tìm", p.searchChanged)
	p.Results = widget.NewList(func() int { return len(p.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Tên mô hình, điển hình")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := p.rows[i]
			o.(*widget.Label).SetText(r.Name + " – " + r.Unit)
		})
	p.Results.OnSelected = func(i widget.ListItemID) {
		if i < len(p.rows) {
			p.explicit = true
			p.Choose(p.rows[i].ID, p.rows[i].Name)
		}
	}
	p.Chosen.Wrapping = fyne.TextWrapWord
	p.Chosen.TextStyle = fyne.TextStyle{Bold: true}
	p.setChosenText()
	sizer := canvas.NewRectangle(color.Transparent)
	sizer.SetMinSize(fyne.NewSize(0, 150)) // about four results
	p.box = container.NewVBox(p.Search, container.NewStack(sizer, p.Results), p.Chosen)
	return p
}

func (p *sheetPicker) searchChanged(string) {
	p.typing.after(p.env, 150*time.Millisecond, p.find)
}

// find shows the first entries matching the search box (none while it
// holds no word); answers to older queries are dropped.
func (p *sheetPicker) find() {
	text := strings.TrimSpace(p.Search.Text)
	readLatest(p.env, &p.reads, func(ctx context.Context, ar *data.Archive) ([]data.EntryRow, error) {
		if len(vntext.Words(text)) == 0 {
			return nil, nil
		}
		rows, _, err := ar.FindEntries(ctx, data.EntryFilter{Text: text, Rank: true, Limit: 30})
		return rows, err
	}, func(rows []data.EntryRow) {
		p.rows = rows
		p.Results.UnselectAll()
		p.Results.Refresh()
	})
}

// Choose makes id the chosen entry.
func (p *sheetPicker) Choose(id int64, name string) {
	p.ID, p.Name = id, name
	p.setChosenText()
	if p.onChosen != nil {
		p.onChosen(id)
	}
}

func (p *sheetPicker) setChosenText() {
	if p.ID == 0 {
		p.Chosen.SetText("Chưa chọn mô hình, điển hình.")
		return
	}
	p.Chosen.SetText("Đã chọn: " + p.Name)
}

// takeListSelection uses the entry selected on the list screen, unless
// the person chose one here. The list screen is not opened for this.
func (p *sheetPicker) takeListSelection() {
	if p.explicit || p.nav == nil {
		return
	}
	l, ok := p.nav.listed()
	if !ok || l.selected == 0 || l.selected == p.ID {
		return
	}
	id := l.selected
	background(p.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.Entry, error) {
		return ar.GetEntry(ctx, id)
	}, func(en *data.Entry, err error) {
		if err != nil || en.Deleted() || p.explicit {
			return
		}
		p.Choose(en.ID, en.Name)
	})
}

// sheetFileName makes a file name from the first words of a name, without
// diacritics so that any program and any disk accepts it.
func sheetFileName(prefix, name, suffix string) string {
	w := vntext.Words(name)
	if len(w) > 8 {
		w = w[:8]
	}
	out := prefix
	if len(w) > 0 {
		out += " - " + strings.Join(w, " ")
	}
	return out + suffix + ".pdf"
}

// sheetReport is "Phiếu đánh giá, chấm điểm": an entry's sheet of a year,
// blank or scored, or every sheet of a year.
type sheetReport struct {
	s       *Reports
	Picker  *sheetPicker
	Year    *widget.Select
	AllYear *widget.Check
	Blank   *widget.Check
	Scored  *widget.Label // the years the chosen entry was scored
	years   *choice
	yearSet bool // the person chose the year
	form    fyne.CanvasObject
}

func newSheetReport(s *Reports) *sheetReport {
	r := &sheetReport{s: s, Scored: widget.NewLabel("")}
	r.Picker = newSheetPicker(s.env, s.nav, r.entryChosen)
	r.Year = newSelect(nil, func(string) { r.yearSet = true })
	r.Year.PlaceHolder = "Chọn năm"
	r.AllYear = widget.NewCheck("In mọi phiếu đã chấm của năm", func(on bool) {
		if on {
			r.Picker.Search.Disable()
		} else {
			r.Picker.Search.Enable()
		}
	})
	r.Blank = widget.NewCheck("Phiếu trắng để chấm tay", nil)
	r.Scored.Wrapping = fyne.TextWrapWord
	// The year comes first: "every sheet of the year" needs no entry.
	r.form = widget.NewForm(
		widget.NewFormItem("Năm chấm điểm", r.Year),
		widget.NewFormItem("", r.AllYear),
		widget.NewFormItem("Mô hình", r.Picker.box),
		widget.NewFormItem("", container.NewVBox(r.Scored, r.Blank)),
	)
	return r
}

func (r *sheetReport) Title() string { return "Phiếu đánh giá, chấm điểm" }
func (r *sheetReport) Hint() string {
	return "Khổ A4 dọc: bảng tiêu chí với điểm tối đa và điểm chấm, tổng điểm, kết luận, nhận xét, chữ ký người chấm. " +
		"Chọn mô hình và năm, hoặc in mọi phiếu của năm; phiếu trắng để chấm tay."
}
func (r *sheetReport) Form() fyne.CanvasObject {
	r.Picker.takeListSelection()
	return r.form
}
func (r *sheetReport) FileName() string {
	year := strconv.FormatInt(r.yearID(), 10)
	if r.AllYear.Checked {
		return "Phieu cham diem nam " + year + ".pdf"
	}
	return sheetFileName("Phieu cham diem", r.Picker.Name, " - nam "+year)
}

func (r *sheetReport) setCatalog(c *Catalog) {
	r.years = yearChoice(c, currentYear(), "")
	id := r.yearID()
	if id == 0 {
		id = int64(currentYear())
	}
	setOptions(r.Year, r.years, id) // quietly: the person did not choose
}

func (r *sheetReport) yearID() int64 {
	if r.years == nil {
		return 0
	}
	return r.years.id(r.Year.Selected)
}

// entryChosen shows the years the entry was scored and, unless the person
// chose a year, selects the latest of them.
func (r *sheetReport) entryChosen(id int64) {
	background(r.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) ([]*data.Evaluation, error) {
		return ar.EntryEvaluations(ctx, id)
	}, func(evs []*data.Evaluation, err error) {
		if err != nil || id != r.Picker.ID {
			return
		}
		if len(evs) == 0 {
			r.Scored.SetText("Chưa được chấm điểm năm nào: có thể in phiếu trắng.")
			return
		}
		var ys []string
		for i := len(evs) - 1; i >= 0; i-- {
			ys = append(ys, strconv.Itoa(evs[i].Year))
		}
		r.Scored.SetText("Đã chấm điểm các năm: " + strings.Join(ys, ", ") + ".")
		if !r.yearSet && r.years != nil {
			setOptions(r.Year, r.years, int64(evs[0].Year))
		}
	})
}

func (r *sheetReport) Build() (docLayout, error) {
	p := report.EvaluationParams{Year: int(r.yearID()), Blank: r.Blank.Checked}
	if p.Year == 0 {
		return nil, data.Errorf(data.EInvalid, "Hãy chọn năm chấm điểm.")
	}
	if !r.AllYear.Checked {
		if r.Picker.ID == 0 {
			return nil, data.Errorf(data.EInvalid, "Hãy chọn mô hình, điển hình: gõ vài chữ của tên vào ô tìm rồi chọn trong danh sách.")
		}
		p.EntryID = r.Picker.ID
	}
	return func(ctx context.Context, ar *data.Archive) (*report.Doc, error) {
		return report.Evaluation(ctx, ar, p, nil)
	}, nil
}

// profileReport is "Hồ sơ mô hình, điển hình": one entry's file, or the
// files of every entry the list screen shows.
type profileReport struct {
	s        *Reports
	Picker   *sheetPicker
	FromList *widget.Check
	ListInfo *widget.Label
	listIDs  []int64
	form     fyne.CanvasObject
}

func newProfileReport(s *Reports) *profileReport {
	r := &profileReport{s: s, ListInfo: widget.NewLabel("")}
	r.Picker = newSheetPicker(s.env, s.nav, nil)
	r.FromList = widget.NewCheck("Mọi mô hình đang lọc ở danh sách", func(bool) { r.takeList() })
	r.ListInfo.Wrapping = fyne.TextWrapWord
	r.form = widget.NewForm(
		widget.NewFormItem("Mô hình", r.Picker.box),
		widget.NewFormItem("", container.NewVBox(r.FromList, r.ListInfo)),
	)
	return r
}

func (r *profileReport) Title() string { return "Hồ sơ mô hình, điển hình" }
func (r *profileReport) Hint() string {
	return "Khổ A4 dọc: mọi thông tin của mô hình, điển hình, ảnh, nội dung, quá trình công nhận, khen thưởng và chấm điểm; " +
		"nhiều hồ sơ thì mỗi hồ sơ bắt đầu ở trang mới."
}
func (r *profileReport) Form() fyne.CanvasObject {
	r.Picker.takeListSelection()
	r.takeList()
	return r.form
}
func (r *profileReport) FileName() string {
	if r.FromList.Checked {
		return "Ho so mo hinh dien hinh " + string(data.DateOf(nowFunc())) + ".pdf"
	}
	return sheetFileName("Ho so", r.Picker.Name, "")
}

// takeList reads the entries the list screen shows, in its order, when
// the box is ticked; the choice of one entry is then set aside.
func (r *profileReport) takeList() {
	r.listIDs = nil
	if !r.FromList.Checked {
		r.ListInfo.SetText("")
		setEnabled(r.Picker.Search, true)
		return
	}
	setEnabled(r.Picker.Search, false)
	l, ok := r.s.nav.listed()
	if !ok {
		return
	}
	r.listIDs = append([]int64(nil), l.ids...)
	msg := "Sẽ in " + countText(len(r.listIDs), "hồ sơ") + " theo bộ lọc đang đặt ở màn hình Mô hình, điển hình."
	if len(r.listIDs) > sheetMaxProfiles {
		msg = "Màn hình danh sách đang hiện " + countText(len(r.listIDs), "mô hình, điển hình") +
			"; mỗi lần chỉ in tối đa " + vntext.FormatInt(sheetMaxProfiles) + " hồ sơ. Hãy lọc hẹp hơn."
	}
	r.ListInfo.SetText(msg)
}

func (r *profileReport) Build() (docLayout, error) {
	p := report.ProfileParams{EntryID: r.Picker.ID, Date: nowFunc()}
	if r.FromList.Checked {
		switch n := len(r.listIDs); {
		case n == 0:
			return nil, data.Errorf(data.EInvalid, "Màn hình danh sách không hiện mô hình, điển hình nào.")
		case n > sheetMaxProfiles:
			return nil, data.Errorf(data.EInvalid, "Mỗi lần chỉ in tối đa %s hồ sơ; danh sách đang hiện %s. Hãy lọc hẹp hơn.",
				vntext.FormatInt(sheetMaxProfiles), countText(n, "mô hình, điển hình"))
		}
		p.EntryID, p.EntryIDs = 0, r.listIDs
	} else if p.EntryID == 0 {
		return nil, data.Errorf(data.EInvalid, "Hãy chọn mô hình, điển hình: gõ vài chữ của tên vào ô tìm rồi chọn trong danh sách.")
	}
	return func(ctx context.Context, ar *data.Archive) (*report.Doc, error) {
		return report.Profile(ctx, ar, p, nil)
	}, nil
}
