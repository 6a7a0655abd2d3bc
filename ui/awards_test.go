package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

func awardsOf(ta *testApp) *Awards { return ta.screen(screenAwards).(*Awards) }

func TestProposeThenEnterDecision(t *testing.T) {
	ta := newTestApp(t, 200)
	s := awardsOf(ta)
	p := s.Propose
	if p.Filter.RecYear != defaultYear(s.cat) || len(p.Filter.RecStatuses) != 1 {
		t.Fatalf("default filter %+v", p.Filter)
	}
	p.Status.SetSelectedIndex(1) // recognised, outstanding or not
	p.NotCommended.SetChecked(true)
	if len(p.Rows()) < 3 {
		t.Fatalf("%d recognised entries", len(p.Rows()))
	}
	for i := range p.Rows() {
		if r, _ := p.row(i); r.Commended {
			t.Fatalf("row %d already commended", i)
		}
	}
	// A click on a row toggles its pick; the check box does the same.
	p.Table.Select(widget.TableCellID{Row: 0, Col: 2})
	p.Table.Select(widget.TableCellID{Row: 1, Col: 3})
	p.setPicked(2, true)
	p.Table.Select(widget.TableCellID{Row: 3, Col: 2})
	p.Table.Select(widget.TableCellID{Row: 3, Col: 2}) // twice: unpicked again
	if len(p.Picked) != 3 || p.ProposeBtn.Text != "Đề nghị khen thưởng (3)…" || p.ProposeBtn.Disabled() {
		t.Fatalf("picked %v, button %q", p.Picked, p.ProposeBtn.Text)
	}
	want := p.pickedIDs()
	year := p.Filter.RecYear
	var citation string
	ta.ask.onForm = func(title string, items []*widget.FormItem) {
		citation = items[2].Widget.(*widget.Entry).Text
		items[1].Widget.(*widget.Select).SetSelectedIndex(0)
	}
	p.propose()
	if ta.ask.asked[len(ta.ask.asked)-1] != "Đề nghị khen thưởng 3 mô hình, điển hình" {
		t.Fatalf("asked %v", ta.ask.asked)
	}
	if citation != "" {
		t.Fatalf("citation %q: left empty, each proposal gets its own", citation)
	}
	if len(p.Picked) != 0 || !p.ProposeBtn.Disabled() {
		t.Fatal("picks kept after proposing")
	}
	ctx := context.Background()
	props, _, err := ta.env.Archive().FindCommendations(ctx, data.CommendationFilter{Status: data.AwardProposed, Year: year, FormID: s.cat.Forms[0].ID})
	must(t, err)
	mine := map[int64]int64{} // entry → commendation
	for _, r := range props {
		for _, id := range want {
			if r.EntryID == id && strings.Contains(r.Citation, "“Dân vận khéo” giai đoạn 2021–2025") && r.Recipient.Name != "" {
				mine[id] = r.ID
			}
		}
	}
	if len(mine) != 3 {
		t.Fatalf("proposed %v of %v", mine, want)
	}

	// The decision for two of them.
	d := s.Decide
	pick := func(ids ...int64) {
		for i, r := range d.Rows() {
			for _, id := range ids {
				if r.ID == id {
					d.setPicked(i, true)
				}
			}
		}
	}
	pick(mine[want[0]], mine[want[1]])
	if d.GrantBtn.Text != "Nhập quyết định (2)…" || d.GrantBtn.Disabled() {
		t.Fatalf("button %q", d.GrantBtn.Text)
	}
	// Without a number nothing is written.
	var shown error
	ta.ask.onError = func(err error) { shown = err }
	ta.ask.onForm = nil
	d.grant()
	if shown == nil || !strings.Contains(data.ErrorMessage(shown), "số quyết định") {
		t.Fatalf("error %v", shown)
	}
	ta.ask.onForm = func(title string, items []*widget.FormItem) {
		items[0].Widget.(*widget.Entry).SetText("3125/QĐ-UBND")
		items[1].Widget.(*widget.Entry).SetText("20/12/2025")
	}
	d.grant()
	granted, _, err := ta.env.Archive().FindCommendations(ctx, data.CommendationFilter{Status: data.AwardGranted, Year: year})
	must(t, err)
	n := 0
	for _, r := range granted {
		if r.ID == mine[want[0]] || r.ID == mine[want[1]] {
			n++
			if r.DecisionNo != "3125/QĐ-UBND" || r.DecisionDate != "2025-12-20" {
				t.Fatalf("granted %+v", r)
			}
		}
	}
	if n != 2 || len(d.Picked) != 0 {
		t.Fatalf("%d granted, picks %v", n, d.Picked)
	}
	for _, r := range d.Rows() {
		if r.ID == mine[want[0]] || r.ID == mine[want[1]] {
			t.Fatal("a granted proposal is still waiting")
		}
	}
	// The third is not granted, after asking.
	pick(mine[want[2]])
	d.refuse()
	if ta.ask.asked[len(ta.ask.asked)-1] != "Không được khen thưởng" {
		t.Fatalf("asked %v", ta.ask.asked)
	}
	refused, _, err := ta.env.Archive().FindCommendations(ctx, data.CommendationFilter{Status: data.AwardRefused, Year: year})
	must(t, err)
	found := false
	for _, r := range refused {
		found = found || r.ID == mine[want[2]]
	}
	if !found {
		t.Fatal("not refused")
	}
	// The granted tab lists the year's awards with their decision.
	g := s.Granted
	g.Year.SetSelected("Năm " + strconv.Itoa(year))
	row := -1
	for i, r := range g.Rows() {
		if r.ID == mine[want[0]] {
			row = i
		}
	}
	if row < 0 || g.cell(row, 6) != "3125/QĐ-UBND" || g.cell(row, 7) != "20/12/2025" || g.cell(row, 1) != recipientCell(g.Rows()[row].Recipient) {
		t.Fatalf("granted tab row %d", row)
	}
	g.Status.SetSelectedIndex(1)
	if len(g.Rows()) == 0 || g.Rows()[0].Status != data.AwardRefused {
		t.Fatal("refused ones not listed")
	}
}

func TestPickAllAndSearch(t *testing.T) {
	ta := newTestApp(t, 120)
	p := awardsOf(ta).Propose
	all := len(p.Rows())
	first := p.Rows()[0]
	if all == 0 {
		t.Fatal("no outstanding entries")
	}
	r, _ := p.row(0)
	p.Search.SetText(r.Name)
	if len(p.Rows()) == 0 || len(p.Rows()) > all || p.Rows()[0] != first {
		t.Fatalf("search %q: %d rows", r.Name, len(p.Rows()))
	}
	p.pickAll()
	n := len(p.Picked)
	p.Search.SetText("")
	// Picks survive a change of filter.
	if len(p.Picked) != n || !strings.Contains(p.Count.Text, "đã chọn "+strconv.Itoa(n)) {
		t.Fatalf("picks %d, count %q", len(p.Picked), p.Count.Text)
	}
	p.pickNone()
	if len(p.Picked) != 0 || !p.ProposeBtn.Disabled() {
		t.Fatal("picks not cleared")
	}
}

func TestReadOnlyArchiveDisablesScoringAndAwards(t *testing.T) {
	ta := newTestApp(t, 60)
	ar := ta.env.Archive()
	path := ar.Path()
	ta.env.closeArchive()
	ro, err := data.Open(context.Background(), path, data.Options{ReadOnly: true, BackupDir: t.TempDir()})
	must(t, err)
	ta.opened(ro)

	e := evaluationsOf(ta)
	if !e.ScoreButton.Disabled() || len(e.Rows()) == 0 {
		t.Fatal("scoring enabled on a read-only archive")
	}
	e.SelectRow(0)
	e.Open(e.selected)
	if e.Form == nil || !e.Form.SaveBtn.Disabled() || !e.Form.LockBtn.Disabled() || !e.Form.Evaluator.Disabled() {
		t.Fatal("sheet editable on a read-only archive")
	}

	a := awardsOf(ta)
	a.Propose.Status.SetSelectedIndex(2)
	a.Propose.Year.SetSelectedIndex(0)
	a.Propose.pickAll()
	if len(a.Propose.Picked) == 0 || !a.Propose.ProposeBtn.Disabled() {
		t.Fatal("proposing enabled on a read-only archive")
	}
	a.Decide.pickAll()
	if !a.Decide.GrantBtn.Disabled() || !a.Decide.RefuseBtn.Disabled() {
		t.Fatal("decisions enabled on a read-only archive")
	}
}

// TestCorrectRecipient: a proposal's recipient is checked and corrected
// from the list of proposals; once saved it is no longer to review, and the
// filter of those to review lists only the others.
func TestCorrectRecipient(t *testing.T) {
	ta := newTestApp(t, 200)
	s := awardsOf(ta)
	ctx := context.Background()
	ids, err := ta.env.Archive().EntryIDs(ctx, data.EntryFilter{Kind: data.KindModel})
	must(t, err)
	ids = ids[:2]
	for _, id := range ids { // models that do not say who runs them
		e, err := ta.env.Archive().GetEntry(ctx, id)
		must(t, err)
		e.Person = ""
		must(t, ta.env.Archive().SaveEntry(ctx, e))
	}
	out, err := ta.env.Archive().ProposeCommendations(ctx, ids, 2026, s.cat.Forms[0].ID, "")
	must(t, err)
	if !out[0].Recipient.Review || !out[1].Recipient.Review {
		t.Fatalf("a unit standing in is not marked for review: %+v", out[0].Recipient)
	}
	ta.env.changed()
	d := s.Decide
	d.Review.SetChecked(true)
	row := -1
	for i, r := range d.Rows() {
		if !r.Recipient.Review {
			t.Fatalf("row %d not to review: %+v", i, r.Recipient)
		}
		if r.ID == out[0].ID {
			row = i
		}
	}
	if row < 0 || !strings.HasSuffix(d.cell(row, 2), "cần xem lại") {
		t.Fatalf("row %d, cell %q", row, d.cell(row, 2))
	}
	if !d.EditBtn.Disabled() {
		t.Fatal("edit enabled with nothing picked")
	}
	d.setPicked(row, true)
	if d.EditBtn.Disabled() {
		t.Fatal("edit disabled with one pick")
	}
	ta.ask.onForm = func(title string, items []*widget.FormItem) {
		items[0].Widget.(*widget.Select).SetSelectedIndex(1) // a collective
		items[1].Widget.(*widget.Entry).SetText("Chi hội Nông dân ấp 4")
		items[3].Widget.(*widget.Entry).SetText("xã Tân Hòa")
	}
	d.edit()
	c, err := ta.env.Archive().GetCommendation(ctx, out[0].ID)
	must(t, err)
	want := data.Recipient{Kind: data.RecipientCollective, Name: "Chi hội Nông dân ấp 4", Place: "xã Tân Hòa"}
	if c.Recipient != want {
		t.Fatalf("saved %+v", c.Recipient)
	}
	for _, r := range d.Rows() {
		if r.ID == out[0].ID {
			t.Fatal("a checked recipient is still listed to review")
		}
	}
}
