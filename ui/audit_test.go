package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

func auditOf(ta *testApp) *Audit { return ta.screen(screenAudit).(*Audit) }

func TestAuditListsAndFilters(t *testing.T) {
	ta := newTestApp(t, 5)
	ctx := context.Background()
	a := ta.env.Archive()
	cat, err := loadCatalog(ctx, a)
	must(t, err)
	e := &data.Entry{Kind: data.KindModel, Name: "Mô hình ghi nhật ký", UnitID: cat.Units[0].ID, FieldID: cat.Fields[0].ID, Year: 2024}
	must(t, a.SaveEntry(ctx, e))
	e.Place = "ấp 3, xã Tân Hòa"
	must(t, a.SaveEntry(ctx, e))

	s := auditOf(ta)
	if len(s.Lines) < 2 || s.Lines[0].Action != "update" || s.Lines[1].Action != "create" {
		t.Fatalf("lines %+v", s.Lines)
	}
	row := s.cells[0]
	if row[1] != "Nguyễn Thị Lan (lan.nt)" || row[2] != "MAY-VP-01" || row[3] != "Sửa" ||
		row[4] != "Mô hình, điển hình" || row[5] != "Mô hình ghi nhật ký" ||
		row[6] != "Địa bàn thực hiện: “” → “ấp 3, xã Tân Hòa”" {
		t.Fatalf("row %q", row)
	}
	if !strings.Contains(s.cells[1][6], "Đơn vị thực hiện: “"+cat.Units[0].Name+"”") {
		t.Fatalf("created row %q", s.cells[1][6])
	}
	s.Table.Select(widget.TableCellID{Row: 0, Col: 2})
	if !strings.Contains(s.Detail.Text, "máy MAY-VP-01") || !strings.Contains(s.Detail.Text, "• Địa bàn thực hiện") {
		t.Fatalf("detail %q", s.Detail.Text)
	}
	all := s.Total

	// A colleague's change appears at the top; the selection stays on its line.
	other := ta.other(t)
	f := cat.Fields[0]
	f.Name += " (đổi tên)"
	must(t, other.SaveField(ctx, f))
	ta.shell.ExternalChange()
	if s.Total != all+1 || s.Lines[0].User != "hung.nv" || s.selected != s.Lines[1].ID {
		t.Fatalf("total %d, first by %q", s.Total, s.Lines[0].User)
	}
	all++

	// Person.
	test.Type(s.Person, "hung")
	if s.Total != 1 || s.cells[0][4] != "Lĩnh vực" || !strings.HasPrefix(s.cells[0][6], "Tên: ") {
		t.Fatalf("person filter: %d, %q", s.Total, s.cells[0])
	}
	s.Person.SetText("Thị Lan")
	if s.Total != all-1 {
		t.Fatalf("display name filter: %d of %d", s.Total, all)
	}
	s.Person.SetText("")

	// Kind of record.
	s.Kind.SetSelected("Mô hình, điển hình")
	if s.Total != 2 {
		t.Fatalf("entries only: %d", s.Total)
	}
	s.Kind.SetSelectedIndex(0)

	// Dates: "đến ngày" includes the day itself.
	today := time.Now()
	s.From.SetText(today.AddDate(0, 0, 1).Format("02/01/2006"))
	if s.Total != 0 || !strings.HasPrefix(s.PageLabel.Text, "Không có") {
		t.Fatalf("from tomorrow: %d, %q", s.Total, s.PageLabel.Text)
	}
	s.From.SetText("")
	s.To.SetText(today.Format("02/01/2006"))
	if s.Total != all {
		t.Fatalf("to today: %d of %d", s.Total, all)
	}
	s.To.SetText(today.AddDate(0, 0, -1).Format("02/01/2006"))
	if s.Total != 0 {
		t.Fatalf("to yesterday: %d", s.Total)
	}
	s.To.SetText("31/02/20") // half typed or wrong: the list stays as it was
	if s.Total != 0 {
		t.Fatal("a wrong date was applied")
	}
	s.ClearFilters()
	if s.Total != all || s.To.Text != "" {
		t.Fatalf("clear: %d", s.Total)
	}
}

func TestAuditPaging(t *testing.T) {
	ta := newTestApp(t, 0)
	ctx := context.Background()
	f := &data.Field{Name: "Lĩnh vực thử", Active: true}
	must(t, ta.env.Archive().SaveField(ctx, f))
	for i := range 250 {
		f.Name = "Lĩnh vực thử " + strconv.Itoa(i)
		must(t, ta.env.Archive().SaveField(ctx, f))
	}
	s := auditOf(ta)
	total := s.Total
	if total < 251 || len(s.Lines) != 200 || s.PageLabel.Text != "Trang 1/2, "+strconv.Itoa(total)+" dòng" {
		t.Fatalf("%d lines of %d, %q", len(s.Lines), total, s.PageLabel.Text)
	}
	if !s.Prev.Disabled() || s.Next.Disabled() {
		t.Fatal("paging buttons on page 1")
	}
	first := s.Lines[0].ID
	test.Tap(s.Next)
	if len(s.Lines) != total-200 || !strings.HasPrefix(s.PageLabel.Text, "Trang 2/2") || !s.Next.Disabled() {
		t.Fatalf("page 2: %d lines, %q", len(s.Lines), s.PageLabel.Text)
	}
	if s.Lines[0].ID >= first {
		t.Fatal("page 2 is not older")
	}
	// Page 2 stays shown after a change elsewhere.
	ta.shell.ExternalChange()
	if !strings.HasPrefix(s.PageLabel.Text, "Trang 2/2") {
		t.Fatalf("reload went to %q", s.PageLabel.Text)
	}
	test.Tap(s.Prev)
	if s.Lines[0].ID != first {
		t.Fatal("back to page 1")
	}
	// A filter goes back to the first page.
	test.Tap(s.Next)
	s.Kind.SetSelected("Lĩnh vực")
	if s.page() != 0 || s.Total != 251 {
		t.Fatalf("filter: page %d, %d lines", s.page(), s.Total)
	}
}
