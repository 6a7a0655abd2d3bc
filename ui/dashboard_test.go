package ui

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
)

func dashboardOf(ta *testApp) *Dashboard { return ta.screen(screenDashboard).(*Dashboard) }

// checkCards compares the headline cards with the archive's own figures
// for the phase and year shown.
func checkCards(t *testing.T, ta *testApp, d *Dashboard) {
	t.Helper()
	st, err := ta.env.Archive().Stats(context.Background(), data.EntryFilter{PhaseID: d.PhaseID})
	must(t, err)
	y := d.YearNum
	want := []int{st.Total, st.Recognised(y, data.RecRecognised, data.RecOutstanding),
		st.Recognised(y, data.RecOutstanding), st.Commended(y, data.AwardGranted)}
	for i, c := range []*dashCard{d.Registered, d.Recognised, d.Outstanding, d.Commended} {
		if c.Value != want[i] {
			t.Errorf("card %q shows %d, the archive says %d", c.Title, c.Value, want[i])
		}
	}
	if !strings.HasSuffix(d.Recognised.Title, strconv.Itoa(y)) || d.Year.Selected != "Năm "+strconv.Itoa(y) {
		t.Errorf("year %d, card %q, select %q", y, d.Recognised.Title, d.Year.Selected)
	}
}

func TestDashboardCardsMatchArchive(t *testing.T) {
	ta := newTestApp(t, 200)
	d := dashboardOf(ta)
	cat, err := loadCatalog(context.Background(), ta.env.Archive())
	must(t, err)
	def, err := defaultPhase(context.Background(), ta.env.Archive(), cat, currentYear())
	must(t, err)
	if d.PhaseID == 0 || d.PhaseID != def {
		t.Fatalf("default phase %d", d.PhaseID)
	}
	if d.Phase.Selected != d.phases.label(d.PhaseID) {
		t.Fatalf("phase select shows %q", d.Phase.Selected)
	}
	checkCards(t, ta, d)
	if d.Registered.Value == 0 || d.Recognised.Value == 0 {
		t.Fatalf("demo archive shows %d registered, %d recognised", d.Registered.Value, d.Recognised.Value)
	}
	// The year shown is the current one if it has recognitions, else the latest.
	latest := 0
	for _, r := range d.Stats.Recognitions {
		latest = max(latest, r.Year)
	}
	if d.YearNum != latest && d.YearNum != currentYear() {
		t.Fatalf("year %d, latest with recognitions %d", d.YearNum, latest)
	}
	if strings.Contains(d.Registered.Note, "Tất cả") {
		t.Fatalf("registered note %q for a phase", d.Registered.Note)
	}
}

func TestDashboardPhaseAndYearChange(t *testing.T) {
	ta := newTestApp(t, 200)
	d := dashboardOf(ta)
	d.Phase.SetSelected("Mọi giai đoạn")
	if d.PhaseID != 0 || d.Registered.Value != 200 {
		t.Fatalf("all phases: phase %d, %d registered", d.PhaseID, d.Registered.Value)
	}
	checkCards(t, ta, d)
	if len(d.Year.Options) < 2 {
		t.Fatalf("years offered %v", d.Year.Options)
	}
	for _, opt := range d.Year.Options {
		d.Year.SetSelected(opt)
		if "Năm "+strconv.Itoa(d.YearNum) != opt {
			t.Fatalf("chose %q, shows %d", opt, d.YearNum)
		}
		checkCards(t, ta, d)
	}
	// A phase: its own figures, the year kept if it still has recognitions.
	d.Year.SetSelected(d.Year.Options[len(d.Year.Options)-1])
	old := d.YearNum
	d.Phase.SetSelected(d.Phase.Options[1])
	if d.PhaseID == 0 || d.Registered.Value >= 200 {
		t.Fatalf("phase %q: id %d, %d registered", d.Phase.Selected, d.PhaseID, d.Registered.Value)
	}
	if slices.Contains(d.Year.Options, "Năm "+strconv.Itoa(old)) && d.YearNum != old {
		t.Fatalf("year %d not kept (%d)", old, d.YearNum)
	}
	checkCards(t, ta, d)
	// The year chart covers the phase's years without gaps.
	for i := 1; i < len(d.years); i++ {
		if d.years[i] != d.years[i-1]+1 {
			t.Fatalf("years %v", d.years)
		}
	}
}

func TestDashboardBarsOpenFilteredList(t *testing.T) {
	ta := newTestApp(t, 200)
	d := dashboardOf(ta)
	entries := ta.shell.Screen(screenEntries).(*Entries)
	for i := range d.ByField.Values {
		ta.shell.Show(screenDashboard)
		test.TapAt(d.ByField, d.ByField.barCenter(i))
		if ta.shell.current != screenEntries {
			t.Fatal("the list is not shown")
		}
		f := entries.Filter
		if f.FieldID != d.fieldIDs[i] || f.PhaseID != d.PhaseID || len(entries.Rows()) != d.ByField.Values[i] {
			t.Fatalf("field bar %d (%s, %d): filter %+v, %d rows", i, d.ByField.Labels[i], d.ByField.Values[i], f, len(entries.Rows()))
		}
		if entries.Field.Selected != d.ByField.Labels[i] {
			t.Fatalf("field filter shows %q", entries.Field.Selected)
		}
	}
	if len(d.ByUnit.Values) < 5 {
		t.Fatalf("%d units", len(d.ByUnit.Values))
	}
	for i := 1; i < len(d.ByUnit.Values); i++ {
		if d.ByUnit.Values[i] > d.ByUnit.Values[i-1] {
			t.Fatalf("units not sorted by count: %v", d.ByUnit.Values)
		}
	}
	last := len(d.ByUnit.Values) - 1
	test.TapAt(d.ByUnit, d.ByUnit.barCenter(last))
	if entries.Filter.UnitID != d.unitIDs[last] || len(entries.Rows()) != d.ByUnit.Values[last] {
		t.Fatalf("unit bar: filter %+v, %d rows, want %d", entries.Filter, len(entries.Rows()), d.ByUnit.Values[last])
	}
	for i, v := range d.ByYear.Values {
		if v == 0 {
			continue
		}
		test.TapAt(d.ByYear, d.ByYear.barCenter(i))
		if entries.Filter.Year != d.years[i] || len(entries.Rows()) != v {
			t.Fatalf("year bar %d: filter %+v, %d rows, want %d", d.years[i], entries.Filter, len(entries.Rows()), v)
		}
	}
	// The headline cards open their entries too.
	test.Tap(d.Outstanding)
	f := entries.Filter
	if f.RecYear != d.YearNum || !slices.Equal(f.RecStatuses, []data.RecStatus{data.RecOutstanding}) ||
		len(entries.Rows()) != d.Outstanding.Value || entries.Rec.Selected != "Tiêu biểu" {
		t.Fatalf("outstanding card: filter %+v, %d rows, want %d", f, len(entries.Rows()), d.Outstanding.Value)
	}
	test.Tap(d.Recognised)
	if len(entries.Rows()) != d.Recognised.Value {
		t.Fatalf("recognised card: %d rows, want %d", len(entries.Rows()), d.Recognised.Value)
	}
	test.Tap(d.Commended)
	if f := entries.Filter; f.Commended != data.Yes || f.CommendYear != d.YearNum || len(entries.Rows()) > d.Commended.Value {
		t.Fatalf("commended card: filter %+v, %d rows for %d commendations", f, len(entries.Rows()), d.Commended.Value)
	}
}

func TestBarChartRenders(t *testing.T) {
	test.NewTempApp(t)
	var tapped []int
	long := "Đảng ủy Khối các cơ quan Đảng, Mặt trận Tổ quốc và đoàn thể tỉnh Phước Sơn"
	c := newBarChart(true, func(i int) { tapped = append(tapped, i) })
	c.SetData([]string{"Kinh tế", "Văn hóa – xã hội", long}, []int{1045, 30, 0})
	c.Resize(fyne.NewSize(400, c.MinSize().Height))
	r := test.WidgetRenderer(c).(*barRenderer)
	if len(r.bars) != 3 || len(r.labels) != 3 || len(r.values) != 3 {
		t.Fatalf("%d bars, %d labels, %d values", len(r.bars), len(r.labels), len(r.values))
	}
	if r.labels[0].Text != "Kinh tế" || r.values[0].Text != "1.045" || r.values[2].Text != "0" {
		t.Fatalf("label %q, values %q %q", r.labels[0].Text, r.values[0].Text, r.values[2].Text)
	}
	if l := r.labels[2]; !strings.HasSuffix(l.Text, "…") || l.MinSize().Width > r.bars[2].Position().X {
		t.Fatalf("long name %q (%.0f wide) runs into the bars at %.0f", l.Text, l.MinSize().Width, r.bars[2].Position().X)
	}
	if r.bars[0].Size().Width <= r.bars[1].Size().Width || r.bars[2].Size().Width != 0 {
		t.Fatalf("bar widths %v %v %v", r.bars[0].Size(), r.bars[1].Size(), r.bars[2].Size())
	}
	if r.values[0].Position().X+r.values[0].MinSize().Width > c.Size().Width {
		t.Fatal("the largest value is clipped")
	}
	test.TapAt(c, c.barCenter(1))
	test.TapAt(c, fyne.NewPos(5, c.Size().Height+20)) // below the last row
	if !slices.Equal(tapped, []int{1}) {
		t.Fatalf("tapped %v", tapped)
	}

	// Vertical: each label and value fits its own column.
	v := newBarChart(false, nil)
	v.SetData([]string{"2016", "2017", "2018", "2019", "2020"}, []int{12, 1045, 7, 0, 300})
	v.Resize(v.MinSize())
	vr := test.WidgetRenderer(v).(*barRenderer)
	slot := v.Size().Width / 5
	for i := range vr.labels {
		if vr.labels[i].MinSize().Width > slot || vr.values[i].MinSize().Width > slot {
			t.Fatalf("column %d: label %.0f, value %.0f, slot %.0f", i, vr.labels[i].MinSize().Width, vr.values[i].MinSize().Width, slot)
		}
		if vr.values[i].Position().Y < 0 {
			t.Fatalf("value %d above the chart", i)
		}
	}
	if vr.bars[1].Size().Height <= vr.bars[4].Size().Height {
		t.Fatal("bars not scaled")
	}

	// No data: a message instead of bars.
	c.SetData(nil, nil)
	if len(r.bars) != 0 || r.empty.Text == "" {
		t.Fatalf("%d bars, message %q", len(r.bars), r.empty.Text)
	}
}

func TestDashboardEmptyArchive(t *testing.T) {
	ta := newTestApp(t, 0)
	d := dashboardOf(ta)
	for _, c := range []*dashCard{d.Registered, d.Recognised, d.Outstanding, d.Commended} {
		if c.Value != 0 {
			t.Fatalf("card %q shows %d", c.Title, c.Value)
		}
	}
	if d.YearNum != currentYear() || len(d.ByUnit.Values) != 0 {
		t.Fatalf("year %d, %d unit bars", d.YearNum, len(d.ByUnit.Values))
	}
	for _, v := range d.ByField.Values {
		if v != 0 {
			t.Fatalf("field values %v", d.ByField.Values)
		}
	}
	d.Phase.SetSelected("Mọi giai đoạn")
	test.Tap(d.Registered)
	if len(ta.shell.Screen(screenEntries).(*Entries).Rows()) != 0 {
		t.Fatal("entries in an empty archive")
	}
}

func TestDashboardReloadKeepsChoice(t *testing.T) {
	ta := newTestApp(t, 50)
	d := dashboardOf(ta)
	d.Phase.SetSelected("Mọi giai đoạn")
	d.Year.SetSelected(d.Year.Options[len(d.Year.Options)-1])
	year, before := d.YearNum, d.Registered.Value
	other := ta.other(t)
	cat, err := loadCatalog(context.Background(), other)
	must(t, err)
	e := &data.Entry{Kind: data.KindModel, Name: "Mô hình mới của đồng nghiệp", UnitID: cat.Units[0].ID, FieldID: cat.Fields[0].ID, Year: 2024}
	must(t, other.SaveEntry(context.Background(), e))
	ta.shell.ExternalChange()
	if d.PhaseID != 0 || d.YearNum != year || d.Registered.Value != before+1 || d.Phase.Selected != "Mọi giai đoạn" {
		t.Fatalf("after reload: phase %d, year %d (was %d), %d registered (was %d)", d.PhaseID, d.YearNum, year, d.Registered.Value, before)
	}
}
