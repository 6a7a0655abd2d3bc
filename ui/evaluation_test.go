package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
)

func evaluationsOf(ta *testApp) *Evaluations { return ta.screen(screenEvaluate).(*Evaluations) }

// unscored returns an entry without an evaluation in year.
func unscored(t *testing.T, ta *testApp, year int) data.EntryRow {
	t.Helper()
	ctx := context.Background()
	evs, _, err := ta.env.Archive().FindEvaluations(ctx, data.EvaluationFilter{Year: year})
	must(t, err)
	done := map[int64]bool{}
	for _, e := range evs {
		done[e.EntryID] = true
	}
	rows, _, err := ta.env.Archive().FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	for _, r := range rows {
		if !done[r.ID] {
			return r
		}
	}
	t.Fatal("every entry is scored")
	return data.EntryRow{}
}

func TestEvaluationSheetScoresLiveSavesAndLocks(t *testing.T) {
	ta := newTestApp(t, 200)
	s := evaluationsOf(ta)
	if s.Filter.Year != defaultYear(s.cat) || s.Filter.Year == 0 {
		t.Fatalf("year %d", s.Filter.Year)
	}
	s.SetYear(2024)
	if !strings.Contains(s.PhaseInfo.Text, "2021–2025") || s.ScoreButton.Disabled() {
		t.Fatalf("phase %q", s.PhaseInfo.Text)
	}
	before := len(s.Rows())
	if before == 0 || !strings.HasSuffix(s.Count.Text, "phiếu đánh giá năm 2024") {
		t.Fatalf("%d rows, count %q", before, s.Count.Text)
	}
	entry := unscored(t, ta, 2024)

	// The chooser finds the entry by a few words of its name.
	c := s.newChooser()
	test.Type(c.Search, strings.Join(strings.Fields(entry.Name)[:3], " "))
	found := false
	for _, r := range c.rows {
		found = found || r.ID == entry.ID
	}
	if !found || c.Info.Text == "" {
		t.Fatalf("chooser did not find %q among %d (%q)", entry.Name, len(c.rows), c.Info.Text)
	}

	s.ScoreEntry(entry.ID)
	f := s.Form
	if f == nil || f.eval.ID != 0 || f.Evaluator.Text != "Nguyễn Thị Lan" || f.Date.Text == "" {
		t.Fatalf("new sheet: %+v", f)
	}
	if f.Dirty() {
		t.Fatal("an untouched sheet is marked unsaved")
	}
	crit := f.set.Criteria
	if len(crit) != 8 || f.Total.Text != "0" {
		t.Fatalf("%d criteria, total %q", len(crit), f.Total.Text)
	}
	// Live total and conclusion as the person types; "9.5" and "4,5" both read.
	test.Type(f.Scores[crit[0].ID], "4,5")
	test.Type(f.Scores[crit[1].ID], "9.5")
	if f.Total.Text != "14" || f.Conclusion.Text != "Không đạt" || f.Progress.Text != "Đã chấm 2/8 tiêu chí" {
		t.Fatalf("total %q conclusion %q progress %q", f.Total.Text, f.Conclusion.Text, f.Progress.Text)
	}
	for i, v := range []string{"14", "10", "18", "19", "9", "8"} {
		test.Type(f.Scores[crit[i+2].ID], v)
	}
	if f.Total.Text != "92" || f.Conclusion.Text != "Xuất sắc" || !f.Dirty() || !ta.shell.Dirty() {
		t.Fatalf("total %q conclusion %q dirty %v", f.Total.Text, f.Conclusion.Text, f.Dirty())
	}
	// A score above the maximum shows beside its criterion and blocks saving.
	f.Scores[crit[2].ID].SetText("16")
	if msg := f.scoreErrs[crit[2].ID]; !msg.Visible() || msg.Text != "Vượt quá 15 điểm tối đa" {
		t.Fatalf("message %q", msg.Text)
	}
	if f.Total.Text != "78" || f.Conclusion.Text != "—" {
		t.Fatalf("invalid score counted: %q %q", f.Total.Text, f.Conclusion.Text)
	}
	f.Scores[crit[3].ID].SetText("mười")
	if f.scoreErrs[crit[3].ID].Text != "Điểm phải là số, ví dụ 12,5" {
		t.Fatalf("message %q", f.scoreErrs[crit[3].ID].Text)
	}
	f.Save()
	if f.eval.ID != 0 || !f.Message.Visible() {
		t.Fatal("a sheet with a score above the maximum was saved")
	}
	if _, n, _ := ta.env.Archive().FindEvaluations(context.Background(), data.EvaluationFilter{EntryID: entry.ID, Year: 2024}); n != 0 {
		t.Fatalf("%d evaluations stored", n)
	}
	f.Scores[crit[2].ID].SetText("14")
	f.Scores[crit[3].ID].SetText("10")
	if f.scoreErrs[crit[2].ID].Visible() || f.scoreErrs[crit[3].ID].Visible() {
		t.Fatal("messages stay after correcting")
	}
	f.Comments.SetText("Mô hình hiệu quả, cần nhân rộng.")
	f.Save()
	if f.eval.ID == 0 || f.Dirty() || f.Message.Visible() {
		t.Fatalf("not saved: %q", f.Message.Text)
	}
	stored, err := ta.env.Archive().GetEvaluation(context.Background(), f.eval.ID)
	must(t, err)
	if stored.Total != 92 || stored.Conclusion != "Xuất sắc" || stored.Scores[crit[1].ID] != 9.5 ||
		stored.Evaluator != "Nguyễn Thị Lan" || stored.Year != 2024 || stored.Comments != "Mô hình hiệu quả, cần nhân rộng." {
		t.Fatalf("stored %+v", stored)
	}
	// It shows in the year's list with its total.
	if len(s.Rows()) != before+1 {
		t.Fatalf("%d rows after saving, had %d", len(s.Rows()), before)
	}
	row := -1
	for i, r := range s.Rows() {
		if r.ID == f.eval.ID {
			row = i
		}
	}
	if row < 0 || evalCell(row, s.Rows()[row], 3) != "92" || evalCell(row, s.Rows()[row], 4) != "Xuất sắc" ||
		evalCell(row, s.Rows()[row], 7) != "" {
		t.Fatalf("row %d %+v", row, s.Rows())
	}

	// The chooser now says the entry has a sheet for the year.
	c = s.newChooser()
	test.Type(c.Search, strings.Join(strings.Fields(entry.Name)[:3], " "))
	if got, ok := c.scored[entry.ID]; !ok || got != 92 {
		t.Fatalf("chooser marks %v %v", got, ok)
	}

	// Locking asks first; then the sheet is read-only and the archive refuses changes.
	f.Lock()
	if len(ta.ask.asked) == 0 || ta.ask.asked[len(ta.ask.asked)-1] != "Khóa phiếu đánh giá" {
		t.Fatalf("asked %v", ta.ask.asked)
	}
	if !f.eval.Locked || !f.Banner.Visible() || !f.SaveBtn.Disabled() || !f.LockBtn.Disabled() || !f.Scores[crit[0].ID].Disabled() {
		t.Fatal("a locked sheet is still editable")
	}
	stored, err = ta.env.Archive().GetEvaluation(context.Background(), f.eval.ID)
	must(t, err)
	stored.Comments = "sửa sau khi khóa"
	if code := data.ErrorCode(ta.env.Archive().SaveEvaluation(context.Background(), stored)); code != data.ELocked {
		t.Fatalf("saving a locked evaluation: %q", code)
	}
	if evalCell(row, s.Rows()[row], 7) != "Đã khóa" {
		t.Fatal("list does not say locked")
	}
	// Reopened from the list, it is read-only too.
	s.BackToList()
	s.SelectRow(row)
	test.Tap(s.OpenButton)
	if s.Form == nil || !s.Form.SaveBtn.Disabled() || !s.Form.Banner.Visible() || s.Form.Total.Text != "92" {
		t.Fatal("reopened locked sheet")
	}
	// Sorting by total puts the highest first.
	s.BackToList()
	s.SortBy(data.SortEvalTotal)
	rows := s.Rows()
	if rows[0].Total < rows[len(rows)-1].Total {
		t.Fatalf("totals %v … %v", rows[0].Total, rows[len(rows)-1].Total)
	}
}

func TestEvaluationLockNeedsAllScoresAndSavesFirst(t *testing.T) {
	ta := newTestApp(t, 60)
	s := evaluationsOf(ta)
	entry := unscored(t, ta, s.Filter.Year)
	s.ScoreEntry(entry.ID)
	f := s.Form
	crit := f.set.Criteria
	test.Type(f.Scores[crit[0].ID], "5")
	f.Lock()
	if len(ta.ask.asked) != 0 || !strings.Contains(f.Message.Text, "Còn 7 tiêu chí chưa chấm") || f.eval.ID != 0 {
		t.Fatalf("asked %v, message %q", ta.ask.asked, f.Message.Text)
	}
	for _, c := range crit[1:] {
		f.Scores[c.ID].SetText("1")
	}
	f.Lock() // unsaved: saved, then locked
	if f.eval.ID == 0 || !f.eval.Locked || f.Total.Text != "12" || f.Conclusion.Text != "Không đạt" {
		t.Fatalf("id %d locked %v total %q", f.eval.ID, f.eval.Locked, f.Total.Text)
	}
	// Scoring the same entry again opens its sheet, not a new one.
	s.BackToList()
	s.ScoreEntry(entry.ID)
	if s.Form.eval.ID != f.eval.ID || !s.Form.readOnly() {
		t.Fatal("a second sheet for the same entry and year")
	}
}

func TestEvaluationSomeoneElseSaves(t *testing.T) {
	ta := newTestApp(t, 60)
	s := evaluationsOf(ta)
	s.Locked.SetSelectedIndex(1) // open sheets only
	if len(s.Rows()) == 0 {
		t.Fatal("no open sheets")
	}
	s.SelectRow(0)
	s.Open(s.selected)
	f := s.Form
	id := f.eval.ID
	crit := f.set.Criteria
	other := ta.other(t)
	theirs, err := other.GetEvaluation(context.Background(), id)
	must(t, err)
	theirs.Comments = "Nhận xét của người khác"
	must(t, other.SaveEvaluation(context.Background(), theirs))
	// Not being edited: the sheet shows their version.
	ta.shell.ExternalChange()
	if f.Comments.Text != "Nhận xét của người khác" || f.Notice.Visible() {
		t.Fatalf("comments %q", f.Comments.Text)
	}
	// Being edited: the person's scores stay and a notice says why.
	f.Scores[crit[0].ID].SetText("0")
	theirs.Comments = "Lần sửa thứ hai"
	must(t, other.SaveEvaluation(context.Background(), theirs))
	ta.shell.ExternalChange()
	if f.Scores[crit[0].ID].Text != "0" || !f.Notice.Visible() || !strings.Contains(f.Notice.Text, "Nguyễn Văn Hùng") {
		t.Fatalf("notice %q", f.Notice.Text)
	}
	f.Save() // conflict: kept on screen, the person chooses
	if !f.TakeBtn.Visible() || !f.Dirty() || !strings.Contains(f.Notice.Text, "đã lưu phiếu này") {
		t.Fatalf("after conflict: notice %q", f.Notice.Text)
	}
	test.Tap(f.TakeBtn)
	if f.Dirty() || f.Comments.Text != "Lần sửa thứ hai" || f.Notice.Visible() {
		t.Fatal("their version not taken")
	}
	// Locked on the other computer while open here: saving says so.
	f.Scores[crit[0].ID].SetText("1")
	cur, err := other.GetEvaluation(context.Background(), id)
	must(t, err)
	must(t, other.LockEvaluation(context.Background(), id, cur.Version))
	f.Save()
	if !strings.Contains(f.Notice.Text, "khóa") {
		t.Fatalf("notice %q", f.Notice.Text)
	}
	test.Tap(f.TakeBtn)
	if !f.readOnly() || !f.Banner.Visible() {
		t.Fatal("the sheet locked elsewhere is still editable")
	}
}
