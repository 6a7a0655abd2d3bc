package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// catKind is one of the simple catalogues (fields, phases, levels, award
// forms): what the shared list-and-form tab needs to know about its
// records. The four differ only in their fields, so one tab serves them.
type catKind[T any] interface {
	noun() string                          // "lĩnh vực", used in messages
	records(c *Catalog) []*T               // in the archive's order
	meta(r *T) *data.Meta                  // ID, version, who changed it
	title(r *T) string                     // r's name, for the form's title and messages
	row(r *T) string                       // the list's text for r
	active(r *T) bool                      // false: shown as no longer used
	setActive(r *T, on bool)               // for "Ngừng sử dụng"
	blank(c *Catalog) T                    // a new record with sensible defaults
	layout(f *catForm) fyne.CanvasObject   // builds the form's widgets, once
	show(r *T)                             // puts r into the widgets
	collect(base T) (T, []data.FieldError) // base with the widgets' values
	write(ctx context.Context, a *data.Archive, r *T) error
	remove(ctx context.Context, a *data.Archive, id int64) error
}

// catList is a tab with a catalogue's list on the left and the form of the
// chosen record on the right. The list is virtual, though catalogues are
// short, because the same tab serves every one of them.
type catList[T comparable] struct {
	scr  *CatalogScreen
	kind catKind[T]
	form *catForm
	cat  *Catalog
	recs []*T
	base T // the record the form shows, as stored (ID 0: a new one)

	List       *widget.List
	Title      *widget.Label
	Stamp      *widget.Label
	AddBtn     *widget.Button
	SaveBtn    *widget.Button
	DelBtn     *widget.Button
	DeactBtn   *widget.Button
	Count      *widget.Label
	content    fyne.CanvasObject
	quietList  bool // set while the list is selected from code
	formObject fyne.CanvasObject
}

func newCatList[T comparable](scr *CatalogScreen, kind catKind[T]) *catList[T] {
	p := &catList[T]{scr: scr, kind: kind, form: newCatForm()}
	p.List = widget.NewList(func() int { return len(p.recs) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Xây dựng hệ thống chính trị (ngừng sử dụng)")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			r := p.recs[i]
			text := kind.row(r)
			l.Importance = widget.MediumImportance
			if !kind.active(r) {
				text += " (ngừng sử dụng)"
				l.Importance = widget.LowImportance
			}
			l.SetText(text)
		})
	p.List.OnSelected = p.listSelected
	p.Title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.Title.Truncation = fyne.TextTruncateEllipsis
	p.Stamp = widget.NewLabel("")
	p.Stamp.TextStyle.Italic = true
	p.Stamp.Truncation = fyne.TextTruncateEllipsis
	p.Count = widget.NewLabel("")
	p.AddBtn = widget.NewButtonWithIcon("Thêm "+kind.noun(), theme.ContentAddIcon(), p.Add)
	p.SaveBtn = widget.NewButtonWithIcon("Lưu (Ctrl+S)", theme.DocumentSaveIcon(), p.Save)
	p.SaveBtn.Importance = widget.HighImportance
	p.DelBtn = widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), p.Delete)
	p.DeactBtn = widget.NewButtonWithIcon("Ngừng sử dụng", theme.VisibilityOffIcon(), p.ToggleActive)
	p.formObject = kind.layout(p.form)
	p.content = p.layout()
	p.showRecord(kind.blank(nil))
	return p
}

func (p *catList[T]) layout() fyne.CanvasObject {
	left := container.NewBorder(container.NewHBox(p.AddBtn), p.Count, nil, nil, p.List)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(p.DeactBtn, p.DelBtn, p.SaveBtn), p.Title)
	body := container.NewVScroll(container.NewPadded(container.NewVBox(p.formObject, p.Stamp)))
	right := container.NewBorder(container.NewVBox(bar, widget.NewSeparator(), p.form.notice), nil, nil, nil, body)
	split := container.NewHSplit(left, container.NewPadded(right))
	split.Offset = 0.34
	return split
}

// setCatalog shows the catalogue read from the archive. The form keeps the
// person's unsaved work; an untouched form shows the stored version.
func (p *catList[T]) setCatalog(c *Catalog) {
	first := p.cat == nil
	p.cat = c
	p.recs = p.kind.records(c)
	p.Count.SetText(countText(len(p.recs), p.kind.noun()))
	p.List.Refresh()
	id := p.kind.meta(&p.base).ID
	stored := p.find(id)
	switch {
	case first && id == 0 && len(p.recs) > 0:
		p.open(p.recs[0])
	case id == 0:
		if !p.Dirty() {
			p.showRecord(p.kind.blank(c))
		}
	case stored == nil:
		if p.Dirty() {
			p.form.say("Mục này vừa bị người khác xóa khỏi danh mục. Nếu lưu, chương trình sẽ báo lỗi; hãy thêm mới nếu vẫn cần.")
		} else {
			p.List.UnselectAll()
			p.showRecord(p.kind.blank(c))
		}
	case p.kind.meta(stored).Version != p.kind.meta(&p.base).Version:
		if p.Dirty() {
			p.form.say("Mục này vừa được " + p.kind.meta(stored).UpdatedBy + " sửa và lưu. Khi bạn lưu, chương trình sẽ báo và hiện lại bản của họ.")
		} else {
			p.showRecord(*stored)
		}
	}
	p.reselect()
}

func (p *catList[T]) find(id int64) *T {
	if id == 0 {
		return nil
	}
	for _, r := range p.recs {
		if p.kind.meta(r).ID == id {
			return r
		}
	}
	return nil
}

// reselect marks the shown record in the list without reopening it.
func (p *catList[T]) reselect() {
	id := p.kind.meta(&p.base).ID
	p.quietList = true
	defer func() { p.quietList = false }()
	for i, r := range p.recs {
		if p.kind.meta(r).ID == id && id != 0 {
			p.List.Select(i)
			return
		}
	}
	p.List.UnselectAll()
}

func (p *catList[T]) listSelected(i widget.ListItemID) {
	if p.quietList || i >= len(p.recs) {
		return
	}
	r := p.recs[i]
	if p.kind.meta(r).ID == p.kind.meta(&p.base).ID {
		return
	}
	dirty := p.Dirty()
	if dirty {
		p.reselect() // stay until the person agrees to drop the changes
	}
	catLeave(p.scr.env, dirty, func() { p.open(r) })
}

// Select opens the record with the given ID (tests, other screens).
func (p *catList[T]) Select(id int64) {
	if r := p.find(id); r != nil {
		p.open(r)
	}
}

func (p *catList[T]) open(r *T) {
	p.showRecord(*r)
	p.reselect()
}

// showRecord puts r into the form and takes it as the saved state.
func (p *catList[T]) showRecord(r T) {
	p.base = r
	p.kind.show(&r)
	p.form.quiet()
	m := p.kind.meta(&r)
	if m.ID == 0 {
		p.Title.SetText("Thêm " + p.kind.noun() + " mới")
	} else {
		p.Title.SetText(p.kind.title(&r))
	}
	p.Stamp.SetText(catStamp(m))
	p.updateButtons()
}

func (p *catList[T]) updateButtons() {
	stored := p.kind.meta(&p.base).ID != 0
	catButtons(p.scr.env, true, p.AddBtn, p.SaveBtn)
	catButtons(p.scr.env, stored, p.DelBtn, p.DeactBtn)
	if p.kind.active(&p.base) || !stored {
		p.DeactBtn.SetText("Ngừng sử dụng")
		p.DeactBtn.SetIcon(theme.VisibilityOffIcon())
	} else {
		p.DeactBtn.SetText("Dùng lại")
		p.DeactBtn.SetIcon(theme.VisibilityIcon())
	}
}

// Add starts a new record in the form.
func (p *catList[T]) Add() {
	catLeave(p.scr.env, p.Dirty(), func() {
		p.showRecord(p.kind.blank(p.cat))
		p.reselect()
	})
}

// Dirty reports whether the form differs from what was loaded or saved.
func (p *catList[T]) Dirty() bool {
	r, errs := p.kind.collect(p.base)
	return len(errs) > 0 || r != p.base
}

// Save validates and stores the form. A conflict with another person's save
// says so and shows their version.
func (p *catList[T]) Save() {
	env := p.scr.env
	if env.ReadOnly() {
		return
	}
	r, errs := p.kind.collect(p.base)
	if len(errs) > 0 {
		p.form.showErrors(errs)
		return
	}
	isNew := p.kind.meta(&r).ID == 0
	background(env, context.Background(), func(ctx context.Context, ar *data.Archive) (T, error) {
		err := p.kind.write(ctx, ar, &r)
		return r, err
	}, func(saved T, err error) {
		if ce, msg, ok := conflictNotice(err, p.kind.noun()); ok {
			if theirs, ok := ce.Theirs.(*T); ok {
				p.showRecord(*theirs)
			}
			p.form.say(msg)
			return
		}
		if err != nil {
			p.form.refused(env, err)
			return
		}
		p.showRecord(saved)
		verb := "Đã lưu “"
		if isNew {
			verb = "Đã thêm “"
		}
		p.scr.saved(verb + p.kind.title(&saved) + "”.")
	})
}

// ToggleActive stops (or resumes) offering the record in forms without
// touching the records that already use it.
func (p *catList[T]) ToggleActive() {
	if p.kind.meta(&p.base).ID == 0 {
		return
	}
	r, errs := p.kind.collect(p.base)
	if len(errs) > 0 {
		p.form.showErrors(errs)
		return
	}
	p.kind.setActive(&r, !p.kind.active(&p.base))
	p.kind.show(&r)
	p.Save()
}

// Delete removes the record after asking; the archive refuses one that
// records use, and the notice then suggests deactivating it.
func (p *catList[T]) Delete() {
	env := p.scr.env
	m := p.kind.meta(&p.base)
	if m.ID == 0 || env.ReadOnly() {
		return
	}
	id, name := m.ID, p.kind.title(&p.base)
	confirm(env, "Xóa "+p.kind.noun()+"?", "Xóa hẳn “"+name+"” khỏi danh mục? Mục đang được dùng sẽ không xóa được; khi đó hãy chọn “Ngừng sử dụng”.", "Xóa", func() {
		background(env, context.Background(), func(ctx context.Context, ar *data.Archive) (struct{}, error) {
			return struct{}{}, p.kind.remove(ctx, ar, id)
		}, func(_ struct{}, err error) {
			if err != nil {
				p.form.refused(env, err)
				return
			}
			p.showRecord(p.kind.blank(p.cat))
			p.reselect()
			p.scr.saved("Đã xóa “" + name + "” khỏi danh mục.")
		})
	})
}

// Records lists what the tab shows (tests).
func (p *catList[T]) Records() []*T { return p.recs }

// Shown is the record the form edits, as stored.
func (p *catList[T]) Shown() T { return p.base }
