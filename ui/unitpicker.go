package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// unitPicker is a button showing the chosen unit; it opens the units as a
// tree (with a search box) to choose another. With an "all" label it also
// offers to choose no unit.
type unitPicker struct {
	Button    *widget.Button
	env       *Env
	cat       *Catalog
	all       string
	selected  int64
	OnChanged func(id int64)
}

func newUnitPicker(env *Env, all string, onChanged func(int64)) *unitPicker {
	p := &unitPicker{env: env, all: all, OnChanged: onChanged}
	p.Button = widget.NewButtonWithIcon(all, theme.MenuDropDownIcon(), p.open)
	p.Button.Alignment = widget.ButtonAlignLeading
	p.Button.IconPlacement = widget.ButtonIconTrailingText
	if all == "" {
		p.Button.SetText("Chọn đơn vị…")
	}
	return p
}

// SetCatalog gives the picker the units to choose from.
func (p *unitPicker) SetCatalog(c *Catalog) {
	p.cat = c
	p.SetSelected(p.selected)
}

// SetSelected shows id as chosen without calling OnChanged.
func (p *unitPicker) SetSelected(id int64) {
	p.selected = id
	switch u := p.unit(id); {
	case u != nil:
		p.Button.SetText(unitLabel(u))
	case p.all != "":
		p.Button.SetText(p.all)
	default:
		p.Button.SetText("Chọn đơn vị…")
	}
}

// Selected returns the chosen unit's ID (0 for none).
func (p *unitPicker) Selected() int64 { return p.selected }

func (p *unitPicker) unit(id int64) *data.Unit {
	if p.cat == nil || id == 0 {
		return nil
	}
	return p.cat.Unit(id)
}

// unitLabel names a unit with its end date when it no longer exists, as
// old records keep the names of their time.
func unitLabel(u *data.Unit) string {
	if u.ValidTo != "" {
		if _, ok := u.ValidTo.Time(); ok {
			return u.Name + " (đến " + u.ValidTo.Text() + ")"
		}
	}
	return u.Name
}

func (p *unitPicker) choose(id int64) {
	p.SetSelected(id)
	if p.OnChanged != nil {
		p.OnChanged(id)
	}
}

func (p *unitPicker) open() {
	if p.cat == nil {
		return
	}
	var d dialog.Dialog
	chosen := p.selected
	search := widget.NewEntry()
	search.SetPlaceHolder("Gõ để tìm đơn vị (không cần dấu)…")
	var matches []*data.Unit
	list := widget.NewList(func() int { return len(matches) },
		func() fyne.CanvasObject { return widget.NewLabel("Đảng ủy xã Tân Hòa (đến 30/06/2025)") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(unitLabel(matches[i])) })
	list.OnSelected = func(i widget.ListItemID) { chosen = matches[i].ID }
	tree := widget.NewTree(
		func(uid widget.TreeNodeID) []widget.TreeNodeID {
			var parent int64
			if uid != "" {
				parent, _ = strconv.ParseInt(uid, 10, 64)
			}
			var ids []string
			for _, u := range p.cat.Children(parent) {
				ids = append(ids, strconv.FormatInt(u.ID, 10))
			}
			return ids
		},
		func(uid widget.TreeNodeID) bool {
			if uid == "" {
				return true
			}
			id, _ := strconv.ParseInt(uid, 10, 64)
			return len(p.cat.Children(id)) > 0
		},
		func(bool) fyne.CanvasObject { return widget.NewLabel("Đảng ủy xã Tân Hòa (đến 30/06/2025)") },
		func(uid widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
			id, _ := strconv.ParseInt(uid, 10, 64)
			if u := p.cat.Unit(id); u != nil {
				o.(*widget.Label).SetText(unitLabel(u))
			}
		})
	tree.OnSelected = func(uid widget.TreeNodeID) { chosen, _ = strconv.ParseInt(uid, 10, 64) }
	if u := p.cat.Unit(p.selected); u != nil {
		if u.ParentID != 0 {
			tree.OpenBranch(strconv.FormatInt(u.ParentID, 10))
		}
		tree.Select(strconv.FormatInt(u.ID, 10))
	}
	body := container.NewStack(tree)
	search.OnChanged = func(s string) {
		words := vntext.ParseQuery(s)
		if len(words) == 0 {
			body.Objects = []fyne.CanvasObject{tree}
			body.Refresh()
			return
		}
		matches = p.cat.UnitsMatching(words, matches)
		list.UnselectAll()
		list.Refresh()
		body.Objects = []fyne.CanvasObject{list}
		body.Refresh()
	}
	buttons := []fyne.CanvasObject{}
	if p.all != "" {
		buttons = append(buttons, widget.NewButton(p.all, func() { d.Hide(); p.choose(0) }))
	}
	cancel := widget.NewButton("Hủy", func() { d.Hide() })
	ok := widget.NewButtonWithIcon("Chọn", theme.ConfirmIcon(), func() {
		d.Hide()
		if chosen != 0 {
			p.choose(chosen)
		}
	})
	ok.Importance = widget.HighImportance
	buttons = append(buttons, layoutSpacer(), cancel, ok)
	content := container.NewBorder(search, container.NewHBox(buttons...), nil, nil, body)
	d = dialog.NewCustomWithoutButtons("Chọn đơn vị", content, p.env.Win)
	d.Resize(fyne.NewSize(560, 520))
	d.Show()
	p.env.Win.Canvas().Focus(search)
}
