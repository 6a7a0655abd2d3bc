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
	"github.com/danvankheo/danvankheo/data/report"
)

// proposalParts are what the maker prints: the submission with its list,
// or the list alone (to print it again, or the list of the awards made).
var proposalParts = []string{"Tờ trình, kèm danh sách", "Chỉ danh sách đề nghị"}

// proposalStatuses are the commendations the papers list: the proposals
// waiting for a decision, or, to reprint the papers, the awards made.
var proposalStatuses = []data.AwardStatus{data.AwardProposed, data.AwardGranted}

// proposalReport is "Tờ trình đề nghị khen thưởng": the cover submission
// and the list of proposed collectives and individuals. The recipient and
// the text of the submission are filled in from the year and form chosen
// and may be edited; an edited text is kept when the choice changes.
type proposalReport struct {
	s *Reports
	*yearFormChoice

	Parts     *widget.Select
	Status    *widget.Select
	Recipient *widget.Entry
	Number    *widget.Entry
	Date      *widget.Entry
	Body      *widget.Entry
	ResetBody *widget.Button
	Info      *widget.Label // how many are proposed, or why there is nothing to print

	defRecipient, defBody string // the defaults last filled in, to tell edits from them
	gen                   int
	typing                debouncer
	form                  fyne.CanvasObject
}

func newProposalReport(s *Reports) *proposalReport {
	r := &proposalReport{s: s, Info: widget.NewLabel("")}
	r.Info.Wrapping = fyne.TextWrapWord
	r.Parts = newSelect(proposalParts, nil)
	r.Parts.SetSelectedIndex(0)
	r.yearFormChoice = newYearFormChoice(r.refresh, r.refresh)
	r.Status = newSelect(labelsOf(proposalStatuses), func(string) { r.refresh() })
	r.Status.SetSelectedIndex(0)
	r.Recipient = widget.NewEntry()
	r.Recipient.SetPlaceHolder("Ví dụ: Ban Thường vụ Tỉnh ủy")
	r.Recipient.OnChanged = func(string) { r.recipientChanged() }
	r.Number = widget.NewEntry()
	r.Number.SetPlaceHolder("Ví dụ: 15; để trống để ghi tay")
	r.Date = newTodayEntry()
	r.Body = widget.NewMultiLineEntry()
	r.Body.Wrapping = fyne.TextWrapWord
	r.Body.SetMinRowsVisible(8)
	r.Body.SetPlaceHolder("Mỗi đoạn một dòng; để trống: nội dung mặc định.")
	r.ResetBody = widget.NewButtonWithIcon("Lấy lại nội dung mặc định", theme.ViewRefreshIcon(), func() {
		r.Body.SetText("")
		r.refresh()
	})
	r.form = widget.NewForm(
		widget.NewFormItem("In", r.Parts),
		widget.NewFormItem("Năm", r.Year),
		widget.NewFormItem("Hình thức", r.Award),
		widget.NewFormItem("Trạng thái", r.Status),
		widget.NewFormItem("", r.Info),
		widget.NewFormItem("Kính gửi", r.Recipient),
		widget.NewFormItem("Số tờ trình", r.Number),
		widget.NewFormItem("Ngày ban hành", r.Date),
		widget.NewFormItem("Nội dung tờ trình", container.NewBorder(nil, container.NewHBox(r.ResetBody), nil, nil, r.Body)),
	)
	return r
}

func (r *proposalReport) Title() string { return "Tờ trình đề nghị khen thưởng" }
func (r *proposalReport) Hint() string {
	return "Tờ trình (A4 đứng) và danh sách kèm theo (A4 ngang, từ trang mới): phần Tập thể và phần Cá nhân, mỗi phần đánh số từ 1."
}
func (r *proposalReport) Form() fyne.CanvasObject { return r.form }
func (r *proposalReport) FileName() string {
	name := "To trinh de nghi khen thuong"
	if r.Parts.SelectedIndex() == 1 {
		name = "Danh sach de nghi khen thuong"
	}
	if y := r.year(); y != 0 {
		name += " " + strconv.Itoa(y)
	}
	return name + ".pdf"
}

// setCatalog fills the years and forms; the first time, it starts from
// the latest proposal in the archive, which is what the office is about
// to send.
func (r *proposalReport) setCatalog(c *Catalog) {
	r.fill(c, defaultYear(c), "", "")
	r.guess(r.s.env, data.AwardProposed, func(bool) { r.refresh() })
}

// params reads the form. A recipient or text left as filled in is passed
// empty, so the papers are made with the counts of the moment.
func (r *proposalReport) params() (report.ProposalParams, error) {
	p := report.ProposalParams{Year: r.year(), FormID: r.formID(), Status: proposalStatuses[max(0, r.Status.SelectedIndex())],
		Number: strings.TrimSpace(r.Number.Text)}
	if t := strings.TrimSpace(r.Recipient.Text); t != r.defRecipient {
		p.Recipient = t
	}
	if t := strings.TrimSpace(r.Body.Text); t != r.defBody {
		p.Body = t
	}
	var err error
	p.Date, err = issueDate(r.Date)
	return p, err
}

// recipientChanged refreshes the default text, which names the recipient,
// after a pause in typing.
func (r *proposalReport) recipientChanged() {
	r.typing.after(r.s.env, 300*time.Millisecond, r.refresh)
}

// refresh fills in the default recipient and text for the choice, unless
// the person edited them, and says how many are listed.
func (r *proposalReport) refresh() {
	if r.forms == nil {
		return
	}
	p, _ := r.params()
	if p.FormID == 0 {
		r.Info.SetText("Hãy chọn hình thức khen thưởng.")
		return
	}
	if p.Recipient == "" { // not edited: follows the form, proposals or not
		for _, f := range r.s.cat.Forms {
			if f.ID == p.FormID {
				r.defRecipient = report.ProposalRecipient(f)
				r.setQuietly(r.Recipient, r.defRecipient)
			}
		}
	}
	r.gen++
	gen := r.gen
	type defaults struct {
		body  string
		total int
	}
	background(r.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (defaults, error) {
		var d defaults
		var err error
		_, d.total, err = ar.FindCommendations(ctx, data.CommendationFilter{Year: p.Year, FormID: p.FormID, Status: p.Status, Limit: 1})
		if err != nil || d.total == 0 {
			return d, err
		}
		_, d.body, err = report.ProposalDefaults(ctx, ar, p)
		return d, err
	}, func(d defaults, err error) {
		if gen != r.gen {
			return // a later choice is being read
		}
		state := "“" + strings.ToLower(p.Status.Label()) + "”"
		switch {
		case err != nil:
			r.Info.SetText(data.ErrorMessage(err))
			return
		case d.total == 0:
			r.Info.SetText("Không có tập thể, cá nhân nào ở trạng thái " + state + " với năm và hình thức đã chọn.")
			return
		}
		r.Info.SetText(countText(d.total, "tập thể, cá nhân") + " ở trạng thái " + state + ".")
		if p.Body == "" {
			r.setQuietly(r.Body, d.body)
			r.defBody = d.body
		}
	})
}

// setQuietly fills an entry without running its OnChanged, so filling in
// a default is not taken for an edit.
func (r *proposalReport) setQuietly(e *widget.Entry, text string) {
	f := e.OnChanged
	e.OnChanged = nil
	e.SetText(text)
	e.OnChanged = f
}

func (r *proposalReport) Build() (docLayout, error) {
	p, err := r.params()
	if err != nil {
		return nil, err
	}
	if r.Parts.SelectedIndex() == 1 {
		return func(ctx context.Context, ar *data.Archive) (*report.Doc, error) {
			return report.ProposalList(ctx, ar, p, nil)
		}, nil
	}
	return func(ctx context.Context, ar *data.Archive) (*report.Doc, error) {
		return report.Proposal(ctx, ar, p, nil)
	}, nil
}
