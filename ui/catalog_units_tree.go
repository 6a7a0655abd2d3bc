package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// The units tab's tree and search list.

// catUnitID reads a tree node's ID ("" is the root, 0).
func catUnitID(uid string) int64 {
	id, _ := strconv.ParseInt(uid, 10, 64)
	return id
}

func catUnitUID(id int64) string { return strconv.FormatInt(id, 10) }

// catUnitCell shows a unit in the tree or the search list: its end date
// when it no longer exists, greyed when it is no longer offered.
func catUnitCell(l *widget.Label, u *data.Unit, under string) {
	text := unitLabel(u)
	l.Importance = widget.MediumImportance
	if !u.Active {
		text += " (ngừng sử dụng)"
		l.Importance = widget.LowImportance
	}
	if under != "" {
		text += " – " + under
	}
	l.SetText(text)
}

func (p *catUnits) childIDs(uid widget.TreeNodeID) []widget.TreeNodeID {
	var ids []string
	for _, u := range p.cat.Children(catUnitID(uid)) {
		ids = append(ids, catUnitUID(u.ID))
	}
	return ids
}

func (p *catUnits) isBranch(uid widget.TreeNodeID) bool {
	return uid == "" || len(p.cat.Children(catUnitID(uid))) > 0
}

// catUnitKinds lists the kinds in use, to suggest them as the person types.
func catUnitKinds(c *Catalog) []string {
	seen := map[string]bool{}
	var kinds []string
	for _, u := range c.Units {
		if u.Kind != "" && !seen[u.Kind] {
			seen[u.Kind] = true
			kinds = append(kinds, u.Kind)
		}
	}
	vntext.SortStrings(kinds)
	return kinds
}

// filter swaps the tree for the units whose words begin with the words
// typed, as the unit picker does.
func (p *catUnits) filter() {
	words := vntext.ParseQuery(p.Search.Text)
	if len(words) == 0 {
		p.matches = nil
		if len(p.side.Objects) == 0 || p.side.Objects[0] != p.Tree {
			p.side.Objects = []fyne.CanvasObject{p.Tree}
			p.side.Refresh()
		}
		return
	}
	p.matches = p.cat.UnitsMatching(words, p.matches)
	p.Matches.Refresh()
	if p.side.Objects[0] != p.Matches {
		p.side.Objects = []fyne.CanvasObject{p.Matches}
		p.side.Refresh()
	}
	p.reselect()
}

// Matched lists the units the search finds (tests).
func (p *catUnits) Matched() []*data.Unit { return p.matches }

// reselect marks the shown unit in the tree (opening its branches) and in
// the search list, without reopening it.
func (p *catUnits) reselect() {
	p.quietSel = true
	defer func() { p.quietSel = false }()
	id := p.base.ID
	if id == 0 || p.cat.Unit(id) == nil {
		p.Tree.UnselectAll()
		p.Matches.UnselectAll()
		return
	}
	for up, n := p.cat.Unit(id).ParentID, 0; up != 0 && n < 100; n++ {
		p.Tree.OpenBranch(catUnitUID(up))
		if u := p.cat.Unit(up); u != nil {
			up = u.ParentID
		} else {
			up = 0
		}
	}
	p.Tree.Select(catUnitUID(id))
	p.Matches.UnselectAll()
	for i, u := range p.matches {
		if u.ID == id {
			p.Matches.Select(i)
		}
	}
}

// IsShown reports whether the tree shows the unit (its branches open).
func (p *catUnits) IsShown(id int64) bool {
	u := p.cat.Unit(id)
	for n := 0; u != nil && u.ParentID != 0 && n < 100; n++ {
		if !p.Tree.IsBranchOpen(catUnitUID(u.ParentID)) {
			return false
		}
		u = p.cat.Unit(u.ParentID)
	}
	return u != nil
}

// picked opens a unit chosen in the tree or the search list, asking first
// if the form holds unsaved changes.
func (p *catUnits) picked(id int64) {
	if p.quietSel || id == p.base.ID {
		return
	}
	dirty := p.Dirty()
	if dirty {
		p.reselect() // stay until the person agrees to drop the changes
	}
	catLeave(p.scr.env, dirty, func() { p.Select(id) })
}
