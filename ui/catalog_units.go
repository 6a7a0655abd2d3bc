package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// catUnits is the units tab: the units as a tree (a search box swaps it for
// a flat list of matches) and the form of the chosen unit. Units outlive
// the administrative map (districts were abolished in 2025), so the form
// carries the validity period and the successor, and old units are
// deactivated rather than deleted.
type catUnits struct {
	scr  *CatalogScreen
	form *catForm
	cat  *Catalog
	base data.Unit // the unit the form shows, as stored (ID 0: a new one)

	Search  *widget.Entry
	Tree    *widget.Tree
	Matches *widget.List
	matches []*data.Unit
	side    *fyne.Container

	Name      *widget.Entry
	Kind      *widget.SelectEntry
	Parent    *unitPicker
	ValidFrom *widget.Entry
	ValidTo   *widget.Entry
	Successor *unitPicker
	Active    *widget.Check

	Title, Stamp, Usage, Count *widget.Label

	AddBtn, AddChildBtn, SaveBtn, DelBtn, DeactBtn *widget.Button

	quietSel bool // set while the tree is selected from code
	usageGen int  // drops late answers of the usage count
	content  fyne.CanvasObject
}

func newCatUnits(scr *CatalogScreen) *catUnits {
	p := &catUnits{scr: scr, form: newCatForm(), cat: &Catalog{}}
	p.cat.index()
	env := scr.env
	p.Search = newSearchEntry("Tìm đơn vị (gõ không dấu cũng được)…", func(string) { p.filter() })
	p.Tree = widget.NewTree(p.childIDs, p.isBranch,
		func(bool) fyne.CanvasObject {
			l := widget.NewLabel("Đảng ủy xã Tân Hòa (đến 30/06/2025)")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(uid widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
			if u := p.cat.Unit(catUnitID(uid)); u != nil {
				catUnitCell(o.(*widget.Label), u, "")
			}
		})
	p.Tree.OnSelected = func(uid widget.TreeNodeID) { p.picked(catUnitID(uid)) }
	p.Matches = widget.NewList(func() int { return len(p.matches) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Đảng ủy xã Tân Hòa (đến 30/06/2025) – Huyện ủy Đồng Phú")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			u := p.matches[i]
			under := ""
			if up := p.cat.Unit(u.ParentID); up != nil {
				under = up.Name
			}
			catUnitCell(o.(*widget.Label), u, under)
		})
	p.Matches.OnSelected = func(i widget.ListItemID) {
		if i < len(p.matches) && !p.quietSel {
			p.picked(p.matches[i].ID)
		}
	}
	p.side = container.NewStack(p.Tree)

	p.Name = widget.NewEntry()
	p.Kind = widget.NewSelectEntry(nil)
	p.Kind.SetPlaceHolder("Ví dụ: Đảng ủy xã, phường, thị trấn")
	p.Parent = newUnitPicker(env, "(Không có – đơn vị cấp tỉnh)", nil)
	p.ValidFrom, p.ValidTo = newDateEntry(), newDateEntry()
	p.ValidTo.SetPlaceHolder("để trống nếu còn hoạt động")
	p.Successor = newUnitPicker(env, "(Không có)", nil)
	p.Active = widget.NewCheck(catActiveLabel, nil)
	p.Title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.Title.Truncation = fyne.TextTruncateEllipsis
	p.Stamp = widget.NewLabel("")
	p.Stamp.TextStyle.Italic = true
	p.Stamp.Wrapping = fyne.TextWrapWord
	p.Usage = widget.NewLabel("")
	p.Usage.Wrapping = fyne.TextWrapWord
	p.Count = widget.NewLabel("")

	p.AddBtn = widget.NewButtonWithIcon("Thêm đơn vị", theme.ContentAddIcon(), func() { p.Add(0) })
	p.AddChildBtn = widget.NewButtonWithIcon("Thêm đơn vị cấp dưới", theme.ContentAddIcon(), func() { p.Add(p.base.ID) })
	p.SaveBtn = widget.NewButtonWithIcon("Lưu (Ctrl+S)", theme.DocumentSaveIcon(), p.Save)
	p.SaveBtn.Importance = widget.HighImportance
	p.DelBtn = widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), p.Delete)
	p.DeactBtn = widget.NewButtonWithIcon("Ngừng sử dụng", theme.VisibilityOffIcon(), p.ToggleActive)
	p.content = p.layout()
	p.showUnit(data.Unit{Active: true})
	return p
}

func (p *catUnits) layout() fyne.CanvasObject {
	left := container.NewBorder(container.NewVBox(container.NewHBox(p.AddBtn, p.AddChildBtn), p.Search), p.Count, nil, nil, p.side)
	f := p.form
	hint := widget.NewLabel("Đơn vị đã sáp nhập hoặc giải thể: ghi ngày hết hiệu lực và đơn vị kế thừa, rồi bỏ chọn “Đang sử dụng”. " +
		"Hồ sơ cũ vẫn giữ tên đơn vị của thời kỳ đó.")
	hint.Wrapping = fyne.TextWrapWord
	hint.TextStyle.Italic = true
	fields := container.NewVBox(
		f.row("name", "Tên đơn vị", p.Name),
		container.NewGridWithColumns(2, f.row("kind", "Loại đơn vị", p.Kind), f.row("parent_id", "Đơn vị cấp trên", p.Parent.Button)),
		container.NewGridWithColumns(2, f.row("valid_from", "Hiệu lực từ ngày", p.ValidFrom), f.row("valid_to", "Đến ngày", p.ValidTo)),
		container.NewGridWithColumns(2, f.row("successor_id", "Đơn vị kế thừa", p.Successor.Button), layoutSpacer()),
		p.Active, hint, widget.NewSeparator(), p.Usage, p.Stamp)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(p.DeactBtn, p.DelBtn, p.SaveBtn), p.Title)
	right := container.NewBorder(container.NewVBox(bar, widget.NewSeparator(), f.notice), nil, nil, nil,
		container.NewVScroll(container.NewPadded(fields)))
	split := container.NewHSplit(left, container.NewPadded(right))
	split.Offset = 0.4
	return split
}

// setCatalog shows the units read from the archive; the form keeps unsaved
// work, and an untouched form shows the stored version.
func (p *catUnits) setCatalog(c *Catalog) {
	first := p.cat.Units == nil
	p.cat = c
	p.Parent.SetCatalog(c)
	p.Successor.SetCatalog(c)
	p.Kind.SetOptions(catUnitKinds(c))
	p.Count.SetText(countText(len(c.Units), "đơn vị"))
	p.Tree.Refresh()
	p.filter()
	stored := c.Unit(p.base.ID)
	switch {
	case p.base.ID == 0 && first && !p.Dirty() && len(c.Children(0)) > 0:
		p.showUnit(*c.Children(0)[0])
	case p.base.ID == 0:
	case stored == nil:
		if p.Dirty() {
			p.form.say("Đơn vị này vừa bị người khác xóa khỏi danh mục. Nếu lưu, chương trình sẽ báo lỗi; hãy thêm mới nếu vẫn cần.")
		} else {
			p.showUnit(data.Unit{Active: true})
		}
	case stored.Version != p.base.Version:
		if p.Dirty() {
			p.form.say("Đơn vị này vừa được " + stored.UpdatedBy + " sửa và lưu. Khi bạn lưu, chương trình sẽ báo và hiện lại bản của họ.")
		} else {
			p.showUnit(*stored)
		}
	default:
		p.countUsage()
	}
	p.reselect()
}

// Select opens the unit with the given ID.
func (p *catUnits) Select(id int64) {
	if u := p.cat.Unit(id); u != nil {
		p.showUnit(*u)
		p.reselect()
	}
}

// Add starts a new unit, under parent when it is not 0, with the kind its
// future siblings have.
func (p *catUnits) Add(parent int64) {
	catLeave(p.scr.env, p.Dirty(), func() {
		u := data.Unit{Active: true, ParentID: parent}
		if kids := p.cat.Children(parent); len(kids) > 0 {
			u.Kind = kids[0].Kind
		}
		p.showUnit(u)
		p.reselect()
		if w := p.scr.env.Win; w != nil {
			w.Canvas().Focus(p.Name)
		}
	})
}

// showUnit puts u into the form and takes it as the saved state.
func (p *catUnits) showUnit(u data.Unit) {
	p.base = u
	p.Name.SetText(u.Name)
	p.Kind.SetText(u.Kind)
	p.Parent.SetSelected(u.ParentID)
	p.ValidFrom.SetText(u.ValidFrom.Text())
	p.ValidTo.SetText(u.ValidTo.Text())
	p.Successor.SetSelected(u.SuccessorID)
	p.Active.SetChecked(u.Active)
	p.form.quiet()
	switch {
	case u.ID != 0:
		p.Title.SetText(u.Name)
	case u.ParentID != 0 && p.cat.Unit(u.ParentID) != nil:
		p.Title.SetText("Thêm đơn vị cấp dưới của " + p.cat.Unit(u.ParentID).Name)
	default:
		p.Title.SetText("Thêm đơn vị mới")
	}
	p.Stamp.SetText(catStamp(&u.Meta))
	p.countUsage()
	p.updateButtons()
}

// countUsage says how much refers to the unit, so the person knows before
// trying to delete it.
func (p *catUnits) countUsage() {
	p.usageGen++
	gen, id := p.usageGen, p.base.ID
	if id == 0 {
		p.Usage.SetText("")
		return
	}
	kids := len(p.cat.Children(id))
	background(p.scr.env, context.Background(), func(ctx context.Context, ar *data.Archive) (int, error) {
		return ar.CountEntries(ctx, data.EntryFilter{UnitID: id})
	}, func(n int, err error) {
		if gen != p.usageGen || err != nil {
			return
		}
		p.Usage.SetText("Đơn vị cấp dưới: " + vntext.FormatInt(int64(kids)) +
			" · Mô hình, điển hình của đơn vị (kể cả cấp dưới): " + vntext.FormatInt(int64(n)))
	})
}

func (p *catUnits) updateButtons() {
	stored := p.base.ID != 0
	catButtons(p.scr.env, true, p.AddBtn, p.SaveBtn)
	catButtons(p.scr.env, stored, p.AddChildBtn, p.DelBtn, p.DeactBtn)
	if p.base.Active || !stored {
		p.DeactBtn.SetText("Ngừng sử dụng")
		p.DeactBtn.SetIcon(theme.VisibilityOffIcon())
	} else {
		p.DeactBtn.SetText("Dùng lại")
		p.DeactBtn.SetIcon(theme.VisibilityIcon())
	}
}

// collect reads the form into a copy of the shown unit.
func (p *catUnits) collect() data.Unit {
	u := p.base
	u.Name, u.Kind = p.Name.Text, p.Kind.Text
	u.ParentID, u.SuccessorID = p.Parent.Selected(), p.Successor.Selected()
	u.ValidFrom, u.ValidTo = isoDate(p.ValidFrom.Text), isoDate(p.ValidTo.Text)
	u.Active = p.Active.Checked
	return u
}

// Dirty reports whether the form differs from what was loaded or saved.
func (p *catUnits) Dirty() bool { return !catSameUnit(p.collect(), p.base) }

// catSameUnit compares what the form edits (a unit holds a sort key that
// cannot be compared with ==).
func catSameUnit(a, b data.Unit) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Kind == b.Kind && a.ParentID == b.ParentID &&
		a.ValidFrom == b.ValidFrom && a.ValidTo == b.ValidTo && a.SuccessorID == b.SuccessorID && a.Active == b.Active
}

// Save validates and stores the unit; messages show beside the fields, and
// a conflict with another person's save shows their version.
func (p *catUnits) Save() {
	env := p.scr.env
	if env.ReadOnly() {
		return
	}
	u := p.collect()
	isNew := u.ID == 0
	background(env, context.Background(), func(ctx context.Context, ar *data.Archive) (data.Unit, error) {
		err := ar.SaveUnit(ctx, &u)
		return u, err
	}, func(saved data.Unit, err error) {
		if ce, msg, ok := conflictNotice(err, "đơn vị"); ok {
			if theirs, ok := ce.Theirs.(*data.Unit); ok {
				p.showUnit(*theirs)
			}
			p.form.say(msg)
			return
		}
		if err != nil {
			p.form.refused(env, err)
			return
		}
		p.showUnit(saved)
		if isNew {
			p.scr.saved("Đã thêm đơn vị “" + saved.Name + "”.")
		} else {
			p.scr.saved("Đã lưu đơn vị “" + saved.Name + "”.")
		}
	})
}

// ToggleActive stops (or resumes) offering the unit in forms; its records
// keep it.
func (p *catUnits) ToggleActive() {
	if p.base.ID == 0 {
		return
	}
	p.Active.SetChecked(!p.base.Active)
	p.Save()
}

// Delete removes the unit after asking; the archive refuses a unit that
// records, sub-units or successors refer to, and says to deactivate it.
func (p *catUnits) Delete() {
	env := p.scr.env
	if p.base.ID == 0 || env.ReadOnly() {
		return
	}
	id, name := p.base.ID, p.base.Name
	confirm(env, "Xóa đơn vị?", "Xóa hẳn “"+name+"” khỏi danh mục? Đơn vị đang được dùng sẽ không xóa được; khi đó hãy chọn “Ngừng sử dụng”.", "Xóa", func() {
		background(env, context.Background(), func(ctx context.Context, ar *data.Archive) (struct{}, error) {
			return struct{}{}, ar.DeleteUnit(ctx, id)
		}, func(_ struct{}, err error) {
			if err != nil {
				p.form.refused(env, err)
				return
			}
			p.showUnit(data.Unit{Active: true})
			p.scr.saved("Đã xóa đơn vị “" + name + "”.")
		})
	})
}
