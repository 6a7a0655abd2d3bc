package ui

import (
	"context"
	"errors"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// EvaluationForm is the scoring sheet of one entry for one year, built from
// the criteria set of the year's phase: a score per criterion with its
// maximum, the total and the conclusion computed as the person types, the
// evaluator, the date and comments. A locked sheet opens read-only.
type EvaluationForm struct {
	env   *Env
	list  *Evaluations
	entry *data.Entry
	set   *data.CriteriaSet
	eval  data.Evaluation // as loaded or last saved (ID 0: not saved yet)
	saved evalState       // what the sheet showed then, to tell unsaved changes

	Scores     map[int64]*widget.Entry // by criterion ID
	scoreErrs  map[int64]*canvas.Text
	Total      *widget.Label // "90,5"
	Conclusion *widget.Label // "Xuất sắc"
	Progress   *widget.Label // "Đã chấm 8/8 tiêu chí"
	Evaluator  *widget.Entry
	Date       *widget.Entry
	Comments   *widget.Entry
	Message    *canvas.Text // why the sheet was not saved
	Notice     *widget.Label
	Banner     *fyne.Container // "Phiếu đã khóa…", shown when locked
	TakeBtn    *widget.Button  // take the version someone else saved
	SaveBtn    *widget.Button
	LockBtn    *widget.Button
	content    fyne.CanvasObject
	shownAs    []readOnlyPair // entries and the labels showing them when read-only
}

// evalState is what the person can edit, as text, to compare.
type evalState struct {
	scores                    map[int64]string
	evaluator, date, comments string
}

func newEvaluationForm(env *Env, list *Evaluations, l evalLoad) *EvaluationForm {
	f := &EvaluationForm{env: env, list: list, entry: l.entry, set: l.set,
		Scores: map[int64]*widget.Entry{}, scoreErrs: map[int64]*canvas.Text{}}
	ev := l.eval
	if ev == nil {
		ev = &data.Evaluation{EntryID: l.entry.ID, Year: list.Filter.Year, SetID: l.set.ID,
			Evaluator: env.Archive().Actor().Name(), Date: data.DateOf(nowFunc())}
	}
	for _, c := range f.set.Criteria {
		e := widget.NewEntry()
		e.SetPlaceHolder("điểm")
		e.OnChanged = func(string) { f.recompute() }
		f.Scores[c.ID] = e
		f.scoreErrs[c.ID] = errorText()
	}
	f.Total = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.Total.SizeName = theme.SizeNameHeadingText
	f.Conclusion = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.Conclusion.SizeName = theme.SizeNameSubHeadingText
	f.Conclusion.Importance = widget.HighImportance
	f.Progress = widget.NewLabel("")
	f.Evaluator = widget.NewEntry()
	f.Date = newDateEntry()
	f.Comments = widget.NewMultiLineEntry()
	f.Comments.Wrapping = fyne.TextWrapWord
	f.Comments.SetMinRowsVisible(4)
	f.Comments.SetPlaceHolder("Nhận xét, đề xuất của người chấm")
	f.Message = errorText()
	f.Notice = widget.NewLabel("")
	f.Notice.Wrapping = fyne.TextWrapWord
	f.Notice.Importance = widget.WarningImportance
	f.TakeBtn = widget.NewButtonWithIcon("Xem bản mới (bỏ thay đổi của tôi)", theme.ViewRefreshIcon(), f.takeTheirs)
	f.SaveBtn = widget.NewButtonWithIcon("Lưu (Ctrl+S)", theme.DocumentSaveIcon(), f.Save)
	f.SaveBtn.Importance = widget.HighImportance
	f.LockBtn = widget.NewButtonWithIcon("Khóa phiếu", theme.ConfirmIcon(), f.Lock)
	lockText := widget.NewLabelWithStyle("Phiếu đã khóa, không thể sửa.", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.Banner = container.NewStack(canvas.NewRectangle(amber),
		container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, lockText))
	f.load(ev)
	f.content = f.layout()
	return f
}

// load shows ev and takes it as the saved state.
func (f *EvaluationForm) load(ev *data.Evaluation) {
	f.eval = *ev
	for _, c := range f.set.Criteria {
		text := ""
		if p, ok := ev.Scores[c.ID]; ok {
			text = vntext.FormatScore(p)
		}
		f.Scores[c.ID].SetText(text)
	}
	f.Evaluator.SetText(ev.Evaluator)
	f.Date.SetText(ev.Date.Text())
	f.Comments.SetText(ev.Comments)
	f.saved = f.state()
	setError(f.Message, "")
	f.hideNotice()
	f.recompute()
	f.updateLock()
}

func (f *EvaluationForm) state() evalState {
	st := evalState{scores: map[int64]string{}, evaluator: strings.TrimSpace(f.Evaluator.Text),
		date: strings.TrimSpace(f.Date.Text), comments: strings.TrimSpace(f.Comments.Text)}
	for id, e := range f.Scores {
		t := strings.TrimSpace(e.Text)
		if v, err := vntext.ParseNumber(t); err == nil && t != "" {
			t = vntext.FormatScore(v) // "12.5" and "12,5" are the same score
		}
		st.scores[id] = t
	}
	return st
}

// Dirty reports whether the sheet differs from what was loaded or saved.
func (f *EvaluationForm) Dirty() bool {
	a, b := f.state(), f.saved
	if a.evaluator != b.evaluator || a.date != b.date || a.comments != b.comments {
		return true
	}
	for id, t := range a.scores {
		if b.scores[id] != t {
			return true
		}
	}
	return false
}

// readOnly reports whether the sheet cannot change: locked, or the archive
// is read-only.
func (f *EvaluationForm) readOnly() bool { return f.eval.Locked || f.env.ReadOnly() }

// scores parses the scores typed, showing a message beside each one that is
// not a number or is out of range. Blank criteria are not scored yet.
func (f *EvaluationForm) scores() (map[int64]float64, bool) {
	out := map[int64]float64{}
	ok := true
	for _, c := range f.set.Criteria {
		text := strings.TrimSpace(f.Scores[c.ID].Text)
		msg := ""
		if text != "" {
			v, err := vntext.ParseNumber(text)
			switch {
			case err != nil || math.IsNaN(v):
				msg = "Điểm phải là số, ví dụ 12,5"
			case v < 0:
				msg = "Điểm không được âm"
			case v > c.MaxPoints+1e-9:
				msg = "Vượt quá " + vntext.FormatScore(c.MaxPoints) + " điểm tối đa"
			default:
				out[c.ID] = v
			}
		}
		if msg != "" {
			ok = false
		}
		setError(f.scoreErrs[c.ID], msg)
	}
	return out, ok
}

// recompute updates the total and the conclusion as the person types.
func (f *EvaluationForm) recompute() {
	if f.Total == nil {
		return
	}
	sc, ok := f.scores()
	var total float64
	for _, p := range sc {
		total += p
	}
	total = math.Round(total*100) / 100
	f.Total.SetText(vntext.FormatScore(total))
	concl := f.set.Conclude(total)
	switch {
	case !ok:
		concl = "—" // no conclusion from a total that leaves out a wrong score
	case concl == "":
		concl = "Chưa đạt ngưỡng nào"
	}
	f.Conclusion.SetText(concl)
	progress := "Đã chấm " + strconv.Itoa(len(sc)) + "/" + strconv.Itoa(len(f.set.Criteria)) + " tiêu chí"
	if !ok {
		progress += " · có điểm chưa hợp lệ"
	} else {
		setError(f.Message, "") // the person is putting right what the message said
	}
	f.Progress.SetText(progress)
}

// collect reads the sheet into an evaluation; ok is false when a score is
// not valid (the messages show beside the criteria).
func (f *EvaluationForm) collect() (data.Evaluation, bool) {
	ev := f.eval
	sc, ok := f.scores()
	ev.Scores = sc
	ev.Evaluator, ev.Date, ev.Comments = f.Evaluator.Text, isoDate(f.Date.Text), f.Comments.Text
	return ev, ok
}

// Save stores the sheet. Scores over their maximum or not numbers block it.
func (f *EvaluationForm) Save() { f.save(nil) }

// save stores the sheet and then runs next (if any) with the saved version.
func (f *EvaluationForm) save(next func()) {
	if f.readOnly() {
		return
	}
	ev, ok := f.collect()
	if !ok {
		setError(f.Message, "Có điểm chưa hợp lệ (xem dòng báo đỏ): chưa lưu được phiếu.")
		return
	}
	background(f.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.Evaluation, error) {
		err := ar.SaveEvaluation(ctx, &ev)
		return &ev, err
	}, func(saved *data.Evaluation, err error) {
		if err != nil {
			f.saveFailed(err)
			return
		}
		isNew := f.eval.ID == 0
		f.load(saved)
		f.list.selected = saved.ID
		if isNew {
			f.list.nav.notice("Đã lưu phiếu đánh giá năm " + strconv.Itoa(saved.Year) + " của “" + f.entry.Name + "”.")
		} else {
			f.list.nav.notice("Đã lưu phiếu đánh giá “" + f.entry.Name + "”.")
		}
		f.env.changed()
		if next != nil {
			next()
		}
	})
}

// saveFailed explains why the archive refused the sheet.
func (f *EvaluationForm) saveFailed(err error) {
	var ce *data.ConflictError
	switch {
	case errors.As(err, &ce):
		who := "người khác"
		if th, ok := ce.Theirs.(*data.Evaluation); ok && th.UpdatedBy != "" {
			who = th.UpdatedBy
		}
		f.showNotice("Trong lúc bạn chấm, " + who + " đã lưu phiếu này. Điểm bạn nhập vẫn còn trên màn hình: bấm “Xem bản mới” để xem bản của người kia (bỏ điểm của bạn), hoặc ghi lại điểm rồi báo người kia.")
	case data.ErrorCode(err) == data.ELocked:
		f.showNotice("Phiếu này vừa được khóa ở máy khác nên không lưu được nữa. Bấm “Xem bản mới” để xem phiếu đã khóa.")
	case data.ErrorCode(err) == data.EInvalid:
		var msgs []string
		for _, fe := range data.FieldErrors(err) {
			msgs = append(msgs, fe.Message)
		}
		setError(f.Message, strings.Join(msgs, " "))
	default:
		f.env.ShowError(err)
	}
}

func (f *EvaluationForm) showNotice(text string) {
	f.Notice.SetText(text)
	f.Notice.Show()
	f.TakeBtn.Show()
}

func (f *EvaluationForm) hideNotice() {
	f.Notice.Hide()
	f.TakeBtn.Hide()
}

// takeTheirs shows the version stored now, dropping the person's changes.
func (f *EvaluationForm) takeTheirs() {
	if f.eval.ID == 0 {
		f.hideNotice()
		return
	}
	id := f.eval.ID
	background(f.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.Evaluation, error) {
		return ar.GetEvaluation(ctx, id)
	}, func(ev *data.Evaluation, err error) {
		if err != nil {
			f.env.ShowError(err)
			return
		}
		f.load(ev)
	})
}

// Lock makes the sheet final after asking; unsaved scores are saved first.
// Every criterion must be scored.
func (f *EvaluationForm) Lock() {
	if f.readOnly() {
		return
	}
	sc, ok := f.scores()
	if !ok {
		setError(f.Message, "Có điểm chưa hợp lệ (xem dòng báo đỏ): chưa khóa được phiếu.")
		return
	}
	if n := len(f.set.Criteria) - len(sc); n > 0 {
		setError(f.Message, "Còn "+strconv.Itoa(n)+" tiêu chí chưa chấm điểm: chấm đủ rồi mới khóa phiếu.")
		return
	}
	msg := "Sau khi khóa, không ai sửa được điểm của phiếu này nữa (kể cả ở máy khác). Khóa phiếu đánh giá năm " +
		strconv.Itoa(f.eval.Year) + " của “" + f.entry.Name + "”?"
	confirm(f.env, "Khóa phiếu đánh giá", msg, "Khóa phiếu", func() {
		if f.eval.ID == 0 || f.Dirty() {
			f.save(f.lockSaved)
			return
		}
		f.lockSaved()
	})
}

func (f *EvaluationForm) lockSaved() {
	id, version := f.eval.ID, f.eval.Version
	background(f.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.Evaluation, error) {
		if err := ar.LockEvaluation(ctx, id, version); err != nil {
			return nil, err
		}
		return ar.GetEvaluation(ctx, id)
	}, func(ev *data.Evaluation, err error) {
		if err != nil {
			f.saveFailed(err)
			return
		}
		f.load(ev)
		f.list.nav.notice("Đã khóa phiếu đánh giá “" + f.entry.Name + "”.")
		f.env.changed()
	})
}

// Reload is called after a change in the archive: an unchanged sheet shows
// the new version; a sheet being edited keeps the person's scores and warns.
func (f *EvaluationForm) Reload() {
	if f.eval.ID == 0 {
		return
	}
	id, version := f.eval.ID, f.eval.Version
	background(f.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.Evaluation, error) {
		return ar.GetEvaluation(ctx, id)
	}, func(ev *data.Evaluation, err error) {
		if err != nil || f.list.Form != f || ev.Version == version {
			return
		}
		if f.Dirty() {
			what := "sửa và lưu"
			if ev.Locked {
				what = "khóa"
			}
			f.showNotice("Phiếu này vừa được " + ev.UpdatedBy + " " + what + ". Điểm bạn đang nhập vẫn còn; bấm “Xem bản mới” để xem bản của người kia.")
			return
		}
		f.load(ev)
	})
}
