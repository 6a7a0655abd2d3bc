package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

func catalogOf(ta *testApp) *CatalogScreen { return ta.screen(screenCatalog).(*CatalogScreen) }

func TestCatalogAddFieldAndPhase(t *testing.T) {
	ta := newTestApp(t, 20)
	s := catalogOf(ta)
	fl := s.Fields
	fk := fl.kind.(*catFieldKind)
	n := len(fl.Records())
	test.Tap(fl.AddBtn)
	if fl.Title.Text != "Thêm lĩnh vực mới" || fk.Position.Text != "5" {
		t.Fatalf("title %q position %q", fl.Title.Text, fk.Position.Text)
	}
	test.Type(fk.Name, "Xây dựng nông thôn mới")
	fl.Save()
	if len(fl.Records()) != n+1 || fl.Shown().ID == 0 || fl.Dirty() {
		t.Fatalf("%d fields, error %q", len(fl.Records()), fl.form.ErrorText("name"))
	}
	fields, err := ta.env.Archive().Fields(context.Background())
	must(t, err)
	if fields[len(fields)-1].Name != "Xây dựng nông thôn mới" {
		t.Fatalf("last field %q", fields[len(fields)-1].Name)
	}
	// An empty name is refused beside the field.
	fl.Add()
	fk.Position.SetText("hai")
	fl.Save()
	if fl.form.ErrorText("position") == "" {
		t.Fatal("no message for a position that is not a number")
	}

	ph := s.Phases
	pk := ph.kind.(*catPhaseKind)
	ph.Add()
	if pk.Start.Text == "" || pk.Name.Text == "" {
		t.Fatal("a new phase has no proposed years")
	}
	pk.Name.SetText("2026–2030")
	pk.Start.SetText("2030")
	pk.End.SetText("2026")
	ph.Save()
	if ph.form.ErrorText("end_year") == "" {
		t.Fatal("end before start accepted")
	}
	pk.Start.SetText("2026")
	pk.End.SetText("2030")
	pk.Plan.SetText("Kế hoạch số 45-KH/TU ngày 10/3/2026")
	ph.Save()
	if ph.Shown().ID == 0 || ph.form.ErrorText("end_year") != "" {
		t.Fatal("phase not saved")
	}
	if s.cat.Phases[0].Name != "2026–2030" || s.cat.Phases[0].Plan != "Kế hoạch số 45-KH/TU ngày 10/3/2026" {
		t.Fatalf("newest phase %q", s.cat.Phases[0].Name)
	}
	// The criteria tab offers the new phase, with no set yet.
	s.Criteria.Phase.SetSelected("Giai đoạn 2026–2030")
	if s.Criteria.base != nil || s.Criteria.NewBtn.Disabled() || !s.Criteria.SaveBtn.Disabled() {
		t.Fatal("the new phase shows a set")
	}
	s.Criteria.New()
	if s.Criteria.base == nil || len(s.Criteria.Rows) == 0 || !strings.Contains(s.Criteria.Name.Text, "2026–2030") {
		t.Fatal("a new set is not prefilled")
	}
	s.Criteria.Save()
	sets, err := ta.env.Archive().CriteriaSets(context.Background(), ph.Shown().ID)
	must(t, err)
	if len(sets) != 1 || len(sets[0].Criteria) != len(s.Criteria.Rows) {
		t.Fatalf("%d sets for the new phase", len(sets))
	}
}

func TestCatalogEditCriteriaSet(t *testing.T) {
	ta := newTestApp(t, 50)
	s := catalogOf(ta)
	c := s.Criteria
	c.Phase.SetSelected("Giai đoạn 2021–2025")
	if c.base == nil {
		t.Fatal("no set for 2021–2025")
	}
	id, n := c.base.ID, len(c.Rows)
	first := c.Rows[0].Name.Text
	r := c.AddRow()
	r.Name.SetText("Ứng dụng công nghệ số trong cách làm")
	r.Max.SetText("5")
	c.Rows[0].Max.SetText("7,5")
	c.MoveRow(0, +1)
	if c.Rows[1].Name.Text != first || c.Rows[1].No.Text != "2." {
		t.Fatal("move down")
	}
	if c.Total.Text != "Tổng điểm tối đa: 107,5 điểm" {
		t.Fatalf("total %q", c.Total.Text)
	}
	if !c.Dirty() || !s.Dirty() {
		t.Fatal("edited set not marked unsaved")
	}
	c.Save()
	if c.Dirty() || c.form.notice.Visible() {
		t.Fatalf("save: %q", c.form.Notice.Text)
	}
	got, err := ta.env.Archive().GetCriteriaSet(context.Background(), id)
	must(t, err)
	if len(got.Criteria) != n+1 || got.Criteria[1].Name != first || got.Criteria[1].MaxPoints != 7.5 ||
		got.Criteria[n].Name != "Ứng dụng công nghệ số trong cách làm" || got.MaxTotal() != 107.5 {
		t.Fatalf("stored %+v", got.Criteria)
	}
	// A bad number is refused before asking the archive.
	c.Rows[0].Max.SetText("mười")
	c.Save()
	if !strings.Contains(c.form.ErrorText("criteria"), "thứ 1") {
		t.Fatalf("criteria message %q", c.form.ErrorText("criteria"))
	}
	c.Rows[0].Max.SetText("10")
	// Removing a criterion that has scores is refused with the archive's message.
	c.RemoveRow(0)
	c.Save()
	if !strings.Contains(c.form.Notice.Text, "chấm điểm") {
		t.Fatalf("removing scored criteria: %q", c.form.Notice.Text)
	}
	got, err = ta.env.Archive().GetCriteriaSet(context.Background(), id)
	must(t, err)
	if len(got.Criteria) != n+1 {
		t.Fatal("scored criteria were removed")
	}
}

func TestCatalogAwardFormInUse(t *testing.T) {
	ta := newTestApp(t, 50)
	s := catalogOf(ta)
	rows, _, err := ta.env.Archive().FindEntries(context.Background(), data.EntryFilter{Commended: data.Yes})
	must(t, err)
	if len(rows) == 0 {
		t.Fatal("no commended entries in the demo")
	}
	// A form in use and still active (the demo's Ban Dân vận form is out of
	// use since the 2025 merger).
	var formID int64
	for _, r := range rows {
		coms, err := ta.env.Archive().EntryCommendations(context.Background(), r.ID)
		must(t, err)
		for _, c := range coms {
			for _, fm := range s.cat.Forms {
				if formID == 0 && fm.ID == c.FormID && fm.Active {
					formID = c.FormID
				}
			}
		}
	}
	if formID == 0 {
		t.Fatal("no active form in use")
	}
	f := s.Forms
	f.Select(formID)
	fk := f.kind.(*catFormKind)
	if f.Shown().ID != formID || fk.Header.Selected == "" || fk.Title.Text == "" {
		t.Fatal("form not shown")
	}
	f.Delete()
	if !strings.Contains(f.form.Notice.Text, "đang được dùng") {
		t.Fatalf("in-use message %q", f.form.Notice.Text)
	}
	forms, err := ta.env.Archive().AwardForms(context.Background())
	must(t, err)
	kept := false
	for _, x := range forms {
		kept = kept || x.ID == formID
	}
	if !kept {
		t.Fatal("a form in use was deleted")
	}
	// Deactivate it; then add a state form.
	f.ToggleActive()
	for _, x := range s.cat.Forms {
		if x.ID == formID && x.Active {
			t.Fatal("not deactivated")
		}
	}
	f.Add()
	fk.Name.SetText("Giấy khen của Chủ tịch UBND xã")
	fk.Title.SetText("GIẤY KHEN")
	fk.Authority.SetText("ỦY BAN NHÂN DÂN XÃ")
	fk.Header.SetSelected(data.HeaderState.Label())
	f.Save()
	if f.Shown().ID == 0 || f.Shown().Header != data.HeaderState {
		t.Fatalf("new form %+v", f.Shown())
	}
}

func TestCatalogExternalChangeKeepsForm(t *testing.T) {
	ta := newTestApp(t, 10)
	s := catalogOf(ta)
	fl := s.Fields
	fk := fl.kind.(*catFieldKind)
	shown := fl.Shown().ID
	fk.Name.SetText("Đang sửa dở")
	other := ta.other(t)
	must(t, other.SaveField(context.Background(), &data.Field{Name: "Lĩnh vực của người khác", Position: 9}))
	theirs := *fl.Records()[0]
	theirs.Name = "Kinh tế – xã hội"
	must(t, other.SaveField(context.Background(), &theirs))
	ta.shell.ExternalChange()
	if len(fl.Records()) != 5 || fl.Shown().ID != shown || fk.Name.Text != "Đang sửa dở" || !fl.form.notice.Visible() {
		t.Fatalf("%d fields, shown %d, name %q", len(fl.Records()), fl.Shown().ID, fk.Name.Text)
	}
}

func TestCatalogReadOnlyDisablesButtons(t *testing.T) {
	ta := newTestApp(t, 5)
	ar := ta.env.Archive()
	path := ar.Path()
	ta.env.closeArchive()
	ro, err := data.Open(context.Background(), path, data.Options{ReadOnly: true, BackupDir: t.TempDir()})
	must(t, err)
	ta.opened(ro)
	s := catalogOf(ta)
	s.Units.Select(s.cat.Units[0].ID)
	buttons := []*widget.Button{s.Units.AddBtn, s.Units.AddChildBtn, s.Units.SaveBtn, s.Units.DelBtn, s.Units.DeactBtn,
		s.Fields.AddBtn, s.Fields.SaveBtn, s.Fields.DelBtn, s.Phases.SaveBtn, s.Levels.DelBtn, s.Forms.DeactBtn,
		s.Criteria.NewBtn, s.Criteria.SaveBtn, s.Criteria.AddRowBtn, s.Criteria.AddThrBtn}
	for _, r := range s.Criteria.Rows {
		buttons = append(buttons, r.up, r.down, r.remove)
	}
	for i, b := range buttons {
		if !b.Disabled() {
			t.Fatalf("button %d (%q) enabled on a read-only archive", i, b.Text)
		}
	}
}

func TestCatalogCriteriaConflictAndSecondSet(t *testing.T) {
	ta := newTestApp(t, 10)
	s := catalogOf(ta)
	c := s.Criteria
	if c.Phase.Selected != "Giai đoạn 2021–2025" || c.base == nil {
		t.Fatalf("phase %q", c.Phase.Selected)
	}
	id := c.base.ID
	other := ta.other(t)
	theirs, err := other.GetCriteriaSet(context.Background(), id)
	must(t, err)
	theirs.Name = "Bộ tiêu chí do người kia sửa"
	must(t, other.SaveCriteriaSet(context.Background(), theirs))
	c.Rows[0].Max.SetText("6")
	c.Save()
	if !strings.Contains(c.form.Notice.Text, "Nguyễn Văn Hùng") || c.Name.Text != theirs.Name || c.Dirty() {
		t.Fatalf("conflict: notice %q, name %q", c.form.Notice.Text, c.Name.Text)
	}
	// A second set for the same phase is asked about first.
	c.New()
	if ta.ask.asked[len(ta.ask.asked)-1] != "Tạo thêm bộ tiêu chí?" || c.base == nil || c.base.ID != 0 {
		t.Fatalf("asked %v", ta.ask.asked)
	}
	if c.Set.Selected != "" || c.Set.PlaceHolder != "(Bộ tiêu chí mới, chưa lưu)" {
		t.Fatalf("set chooser %q / %q", c.Set.Selected, c.Set.PlaceHolder)
	}
	c.Name.SetText("Bộ tiêu chí bổ sung")
	c.Save()
	if c.base.ID == 0 || len(c.Set.Options) != 2 || !strings.HasPrefix(c.Set.Selected, "2. ") {
		t.Fatalf("after saving: options %v, selected %q", c.Set.Options, c.Set.Selected)
	}
	// Choosing the first set again shows it.
	c.Set.SetSelectedIndex(0)
	if c.base.ID != id || c.Name.Text != theirs.Name {
		t.Fatalf("first set not shown: %q", c.Name.Text)
	}
}
