package ui

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/exchange"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Importer is the import wizard: a spreadsheet's columns mapped to the
// entry's fields (detected, correctable, remembered for files of the same
// shape), the defaults for what the sheet lacks, a dry run listing every
// row's fate, and the import itself, all or nothing.
type Importer struct {
	env   *Env
	nav   navigator
	cat   *Catalog
	Sheet *exchange.Sheet
	Map   *exchange.Mapping
	Plan  *exchange.Plan

	Columns    []*widget.Select // one per column of the sheet
	Unit       *unitPicker
	Field      *widget.Select
	Phase      *widget.Select
	Year       *widget.Entry
	Update     *widget.Check
	Create     *widget.Check
	Missing    map[string]*widget.Select // a unit name the archive lacks → the unit chosen
	Summary    *widget.Label
	Rows       *widget.Table
	PreviewBtn *widget.Button
	ImportBtn  *widget.Button
	Result     *exchange.Result

	fields, phases *choice
	missingBox     *fyne.Container
	d              dialog.Dialog
}

var targetLabels = append([]string{exchange.Ignore.Label()}, labelsOf(exchange.Targets)...)

func targetOf(label string) exchange.Target {
	for _, t := range exchange.Targets {
		if t.Label() == label {
			return t
		}
	}
	return exchange.Ignore
}

// chooseImportFile asks for the spreadsheet, then opens the wizard on it.
func chooseImportFile(env *Env, nav navigator) {
	if env.ReadOnly() {
		env.ShowError(&data.Error{Code: data.EReadOnly, Message: "Kho đang ở chế độ chỉ xem, không nhập được."})
		return
	}
	askOpenPath(env, []string{".xlsx", ".csv", ".xls"}, func(path string) { OpenImport(env, nav, path) })
}

// OpenImport reads a spreadsheet in the background and shows the wizard.
func OpenImport(env *Env, nav navigator, path string) *Importer {
	im := &Importer{env: env, nav: nav, Missing: map[string]*widget.Select{}}
	type read struct {
		s   *exchange.Sheet
		m   *exchange.Mapping
		cat *Catalog
	}
	background(env, context.Background(), func(ctx context.Context, ar *data.Archive) (read, error) {
		s, err := exchange.ReadFile(path)
		if err != nil {
			return read{}, err
		}
		m, err := exchange.DetectMapping(s)
		if err != nil {
			// No heading found: every column starts unmapped, from row 1.
			m = &exchange.Mapping{}
			for _, c := range s.Rows[0] {
				m.Columns = append(m.Columns, exchange.Ignore)
				m.Headings = append(m.Headings, c.Text)
			}
		} else if r := exchange.RememberedMapping(ctx, ar, m); r != nil {
			m = r
		}
		c, err := loadCatalog(ctx, ar)
		return read{s, m, c}, err
	}, func(r read, err error) {
		if err != nil {
			env.ShowError(err)
			return
		}
		im.Sheet, im.Map, im.cat = r.s, r.m, env.remember(r.cat)
		im.build()
		im.show()
	})
	return im
}

func (im *Importer) build() {
	im.fields, im.phases = fieldChoice(im.cat, "(Không có – phải có cột)"), phaseChoice(im.cat, "Theo năm đăng ký")
	for i, h := range im.Map.Headings {
		sel := newSelect(targetLabels, func(string) { im.Plan = nil; im.updateButtons() })
		sel.SetSelected(im.Map.Columns[i].Label())
		if strings.TrimSpace(h) == "" {
			sel.SetSelected(exchange.Ignore.Label())
		}
		im.Columns = append(im.Columns, sel)
	}
	im.Unit = newUnitPicker(im.env, "(Không có – phải có cột)", func(int64) { im.Plan = nil; im.updateButtons() })
	im.Unit.SetCatalog(im.cat)
	im.Field = newSelect(im.fields.labels, nil)
	im.Field.SetSelectedIndex(0)
	im.Phase = newSelect(im.phases.labels, nil)
	im.Phase.SetSelectedIndex(0)
	im.Year = widget.NewEntry()
	im.Year.SetPlaceHolder("nếu tệp không có cột năm")
	im.Update = widget.NewCheck("Mô hình đã có trong kho (cùng tên, đơn vị, giai đoạn): cập nhật theo tệp", nil)
	im.Create = widget.NewCheck("Tạo mới đơn vị, lĩnh vực chưa có trong danh mục", nil)
	im.Summary = widget.NewLabel("Kiểm tra các cột rồi bấm “Xem trước” – chưa có gì được ghi vào kho.")
	im.Summary.Wrapping = fyne.TextWrapWord
	im.missingBox = container.NewVBox()
	im.Rows = newTextTable(importColumns, false, func() int {
		if im.Plan == nil {
			return 0
		}
		return len(im.Plan.Rows)
	}, im.rowCell)
	im.PreviewBtn = widget.NewButtonWithIcon("Xem trước", theme.VisibilityIcon(), im.Preview)
	im.ImportBtn = widget.NewButtonWithIcon("Nhập vào kho", theme.DownloadIcon(), im.Import)
	im.ImportBtn.Importance = widget.HighImportance
	im.updateButtons()
}

var importColumns = tableColumns{{"Dòng", 60}, {"Kết quả", 120}, {"Tên mô hình, điển hình", 380}, {"Ghi chú", 460}}

// rowCell is the text of a cell of the preview: a row of the sheet and
// its fate.
func (im *Importer) rowCell(row, col int) string {
	r := im.Plan.Rows[row]
	text := [...]string{strconv.Itoa(r.Row), r.Fate.Label(), r.Entry.Name, r.Reason}[col]
	switch {
	case col == 1 && r.PersonMissing && (r.Fate == exchange.FateNew || r.Fate == exchange.FateUpdate):
		text += ", cần bổ sung"
	case col == 2 && r.Converted:
		text += " (đã chuyển mã chữ)"
	}
	return text
}

func (im *Importer) show() {
	if im.env.Win == nil {
		return
	}
	cols := container.NewGridWithColumns(2)
	for i, h := range im.Map.Headings {
		sample := ""
		for r := im.Map.HeaderRow + 1; r < len(im.Sheet.Rows) && r < im.Map.HeaderRow+4; r++ {
			if i < len(im.Sheet.Rows[r]) && strings.TrimSpace(im.Sheet.Rows[r][i].Text) != "" {
				sample = im.Sheet.Rows[r][i].Text
				break
			}
		}
		name := strings.TrimSpace(h)
		if name == "" {
			name = fmt.Sprintf("Cột %d", i+1)
		}
		l := widget.NewLabel(name + " – ví dụ: " + shorten(sample))
		l.Truncation = fyne.TextTruncateEllipsis
		cols.Add(l)
		cols.Add(im.Columns[i])
	}
	where := fmt.Sprintf("Tệp %s", im.Sheet.File)
	if im.Sheet.Name != "" {
		where += ", trang “" + im.Sheet.Name + "”"
	}
	where += fmt.Sprintf(", dòng tiêu đề là dòng %d.", im.Map.HeaderRow+1)
	defaults := widget.NewForm(
		widget.NewFormItem("Đơn vị", im.Unit.Button),
		widget.NewFormItem("Lĩnh vực", im.Field),
		widget.NewFormItem("Giai đoạn", im.Phase),
		widget.NewFormItem("Năm đăng ký", im.Year),
	)
	left := container.NewVScroll(container.NewVBox(
		widget.NewLabelWithStyle(where, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewCard("Các cột", "Chọn nội dung của từng cột (chương trình đã tự nhận biết).", cols),
		widget.NewCard("Khi tệp không có cột", "", defaults),
		im.Update, im.Create, im.missingBox))
	right := container.NewBorder(im.Summary, nil, nil, nil, im.Rows)
	split := container.NewHSplit(left, right)
	split.Offset = 0.42
	cancel := widget.NewButton("Đóng", func() { im.d.Hide() })
	body := container.NewBorder(nil, container.NewHBox(layoutSpacer(), cancel, im.PreviewBtn, im.ImportBtn), nil, nil, split)
	im.d = dialog.NewCustomWithoutButtons("Nhập danh sách từ Excel", body, im.env.Win)
	im.d.Resize(fyne.NewSize(1240, 680))
	im.d.Show()
}

// options reads the wizard's choices.
func (im *Importer) options() exchange.Options {
	m := &exchange.Mapping{HeaderRow: im.Map.HeaderRow, Headings: im.Map.Headings}
	for _, sel := range im.Columns {
		m.Columns = append(m.Columns, targetOf(sel.Selected))
	}
	o := exchange.Options{Mapping: m, UnitID: im.Unit.Selected(), FieldID: im.fields.id(im.Field.Selected),
		PhaseID: im.phases.id(im.Phase.Selected), CreateMissing: im.Create.Checked, Units: map[string]int64{}}
	if y, err := strconv.Atoi(strings.TrimSpace(im.Year.Text)); err == nil {
		o.Year = y
	}
	if im.Update.Checked {
		o.OnDuplicate = exchange.UpdateDuplicates
	}
	for name, sel := range im.Missing {
		for _, u := range im.cat.Units {
			if u.Name == sel.Selected {
				o.Units[strings.Join(vntext.Words(name), " ")] = u.ID
			}
		}
	}
	return o
}

// Preview plans the import and lists every row's fate; nothing is written.
func (im *Importer) Preview() {
	o := im.options()
	background(im.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*exchange.Plan, error) {
		return exchange.PlanImport(ctx, ar, im.Sheet, o)
	}, func(p *exchange.Plan, err error) {
		if err != nil {
			im.env.ShowError(err)
			return
		}
		im.Plan = p
		var parts []string
		for f := exchange.FateNew; f <= exchange.FateError; f++ {
			parts = append(parts, fmt.Sprintf("%s %s", f.Label(), vntext.FormatInt(int64(p.Counts[f]))))
		}
		text := strings.Join(parts, " · ") + "."
		if p.Converted > 0 {
			text += fmt.Sprintf(" Đã chuyển mã chữ cũ (TCVN3/VNI) ở %s dòng.", vntext.FormatInt(int64(p.Converted)))
		}
		if p.FromTitle > 0 {
			text += fmt.Sprintf(" Lấy họ và tên người được ghi nhận từ tên điển hình ở %s dòng (xem cột Ghi chú).", vntext.FormatInt(int64(p.FromTitle)))
		}
		if p.NoPerson > 0 {
			text += fmt.Sprintf(" %s điển hình cá nhân chưa có họ và tên: vẫn nhập, cần bổ sung sau.", vntext.FormatInt(int64(p.NoPerson)))
		}
		if p.Counts[exchange.FateError] > 0 {
			text += " Còn dòng lỗi: hãy sửa tệp, hoặc chọn đơn vị tương ứng ở bên trái."
		} else {
			text += " Chưa có gì được ghi: bấm “Nhập vào kho” để ghi."
		}
		im.Summary.SetText(text)
		im.showMissing(p)
		im.Rows.Refresh()
		im.updateButtons()
	})
}

// showMissing offers, for each unit the archive lacks, the nearest units.
func (im *Importer) showMissing(p *exchange.Plan) {
	im.missingBox.Objects = nil
	for _, m := range p.MissingUnits {
		name := m.Name
		opts := append([]string{}, m.Suggestions...)
		for _, u := range im.cat.Units {
			if !slices.Contains(opts, u.Name) {
				opts = append(opts, u.Name)
			}
		}
		sel, ok := im.Missing[name]
		if !ok {
			sel = newSelect(opts, func(string) { im.Plan = nil; im.updateButtons() })
			sel.PlaceHolder = "Chọn đơn vị tương ứng…"
			im.Missing[name] = sel
		}
		l := widget.NewLabel(fmt.Sprintf("Đơn vị “%s” chưa có trong danh mục (dòng %s):", name, rowList(m.Rows)))
		l.Wrapping = fyne.TextWrapWord
		im.missingBox.Add(container.NewVBox(l, sel))
	}
	im.missingBox.Refresh()
}

func rowList(rows []int) string {
	var s []string
	for i, r := range rows {
		if i == 6 {
			return strings.Join(s, ", ") + "…"
		}
		s = append(s, strconv.Itoa(r))
	}
	return strings.Join(s, ", ")
}

func (im *Importer) updateButtons() {
	if im.ImportBtn == nil {
		return
	}
	ok := im.Plan != nil && im.Plan.Counts[exchange.FateError] == 0 &&
		im.Plan.Counts[exchange.FateNew]+im.Plan.Counts[exchange.FateUpdate] > 0 && !im.env.ReadOnly()
	setEnabled(im.ImportBtn, ok)
}

// Import writes the previewed plan, all rows or none, after asking.
func (im *Importer) Import() {
	p := im.Plan
	if p == nil {
		return
	}
	n := p.Counts[exchange.FateNew] + p.Counts[exchange.FateUpdate]
	confirm(im.env, "Nhập danh sách", fmt.Sprintf("Ghi %s mô hình, điển hình từ tệp “%s” vào kho?", vntext.FormatInt(int64(n)), p.File), "Nhập", func() {
		background(im.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*exchange.Result, error) {
			return exchange.Apply(ctx, ar, p)
		}, func(r *exchange.Result, err error) {
			if err != nil {
				im.env.ShowError(err)
				return
			}
			im.Result = r
			msg := fmt.Sprintf("Đã nhập %s mô hình, điển hình mới, cập nhật %s.", vntext.FormatInt(int64(r.Added)), vntext.FormatInt(int64(r.Updated))) +
				unnamedText(r.NoPerson)
			im.nav.notice(msg)
			if im.d != nil {
				im.d.Hide()
				dialog.ShowInformation("Nhập danh sách", msg, im.env.Win)
			}
			im.env.changed()
		})
	})
}

// unnamedText lists, after an import, the individual exemplars stored
// without their person, for the office to complete.
func unnamedText(us []exchange.Unnamed) string {
	if len(us) == 0 {
		return ""
	}
	var names []string
	for i, u := range us {
		if i == 5 {
			names = append(names, "…")
			break
		}
		names = append(names, fmt.Sprintf("dòng %d “%s”", u.Row, shorten(u.Name)))
	}
	return fmt.Sprintf(" Cần bổ sung họ và tên người được ghi nhận cho %s điển hình cá nhân: %s.",
		vntext.FormatInt(int64(len(us))), strings.Join(names, "; "))
}
