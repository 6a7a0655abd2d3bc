package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// screen is one page of the main window.
type screen interface {
	Content() fyne.CanvasObject
	// Reload reads the archive again after a change, keeping the
	// selection, the scroll position and any unsaved form.
	Reload()
}

// navigator is what a screen may ask of the window around it: screens
// reach each other only through it, never by their types.
type navigator interface {
	// notice shows a short message in the status line.
	notice(msg string)
	// showEntries shows the list of entries filtered as f.
	showEntries(f data.EntryFilter)
	// listed returns what the list of entries shows, if it was opened.
	listed() (entryListing, bool)
}

// entryListing is what the list of entries shows: its filter, the IDs in
// order and the one selected (0: none).
type entryListing struct {
	filter   data.EntryFilter
	ids      []int64
	selected int64
}

// dirtyScreen is a screen that may hold unsaved changes.
type dirtyScreen interface{ Dirty() bool }

// Screen names, in the order of the navigation.
const (
	screenDashboard = "tong-quan"
	screenEntries   = "mo-hinh"
	screenEvaluate  = "danh-gia"
	screenAwards    = "khen-thuong"
	screenReports   = "bao-cao"
	screenCatalog   = "danh-muc"
	screenSettings  = "cai-dat"
	screenAudit     = "nhat-ky"
	screenTrash     = "thung-rac"
)

type navItem struct {
	id    string
	label string
	icon  fyne.Resource
	make  func() screen
}

// Shell is the main window's frame: the navigation on the left, the
// current screen, a banner for a read-only archive and a status line.
type Shell struct {
	env     *Env
	app     *App
	items   []navItem
	nav     *widget.List
	content *fyne.Container
	screens map[string]screen
	current string

	banner   *fyne.Container
	status   *widget.Label
	notes    *widget.Label
	activity *widget.Activity
	busyText *widget.Label
	stopWait *widget.Button // shown while work waits for a colleague's save
	working  bool
	waiting  bool
}

func newShell(env *Env, app *App) *Shell {
	s := &Shell{env: env, app: app, screens: map[string]screen{}}
	s.items = []navItem{
		{screenDashboard, "Tổng quan", theme.HomeIcon(), func() screen { return newDashboard(env, s) }},
		{screenEntries, "Mô hình, điển hình", theme.ListIcon(), func() screen { return newEntries(env, s) }},
		{screenEvaluate, "Đánh giá", theme.ConfirmIcon(), func() screen { return newEvaluations(env, s) }},
		{screenAwards, "Khen thưởng", theme.MailSendIcon(), func() screen { return newAwards(env, s) }},
		{screenReports, "Báo cáo", theme.DocumentPrintIcon(), func() screen { return newReports(env, s) }},
		{screenCatalog, "Danh mục", theme.StorageIcon(), func() screen { return newCatalog(env, s) }},
		{screenSettings, "Cài đặt", theme.SettingsIcon(), func() screen { return newSettings(env, s) }},
		{screenAudit, "Nhật ký", theme.HistoryIcon(), func() screen { return newAudit(env, s) }},
		{screenTrash, "Thùng rác", theme.DeleteIcon(), func() screen { return newTrash(env, s) }},
	}
	s.nav = widget.NewList(func() int { return len(s.items) }, func() fyne.CanvasObject {
		return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("Mô hình, điển hình"))
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		row := o.(*fyne.Container)
		row.Objects[0].(*widget.Icon).SetResource(s.items[id].icon)
		row.Objects[1].(*widget.Label).SetText(s.items[id].label)
	})
	s.nav.OnSelected = func(id widget.ListItemID) {
		if s.items[id].id != s.current {
			s.Show(s.items[id].id)
		}
	}
	s.content = container.NewStack()
	s.status = widget.NewLabel("")
	s.notes = widget.NewLabel("")
	s.notes.Truncation = fyne.TextTruncateEllipsis
	s.activity = widget.NewActivity()
	s.busyText = widget.NewLabel("")
	s.stopWait = widget.NewButtonWithIcon("Thôi chờ", theme.CancelIcon(), env.StopWaiting)
	s.stopWait.Hide()
	env.onBusy = s.setBusy
	env.onWait = s.setWaiting
	env.onChange = s.ExternalChange
	s.banner = container.NewStack()
	if ro, why := env.Archive().ReadOnly(); ro {
		bg := canvas.NewRectangle(amber)
		msg := widget.NewLabel("Chỉ xem – " + why)
		msg.Wrapping = fyne.TextWrapWord
		msg.Importance = widget.WarningImportance
		s.banner.Objects = []fyne.CanvasObject{bg, container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, msg)}
	}
	s.updateStatus()
	s.addShortcuts()
	return s
}

// Content is the window's content while an archive is open.
func (s *Shell) Content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Dân vận khéo", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	closeBtn := widget.NewButtonWithIcon("Đóng kho", theme.LogoutIcon(), func() { s.app.CloseArchive() })
	closeBtn.Importance = widget.LowImportance
	left := container.NewBorder(container.NewHBox(widget.NewIcon(s.env.App.Icon()), title), closeBtn, nil, nil, s.nav)
	statusBar := container.NewBorder(nil, nil, s.status, container.NewHBox(s.busyText, s.stopWait, s.activity), s.notes)
	main := container.NewBorder(s.banner, container.NewVBox(widget.NewSeparator(), statusBar), nil, nil, s.content)
	split := container.NewHSplit(left, main)
	split.Offset = 0.15
	return split
}

// Show switches to the named screen. The screen left is kept as it is,
// unsaved form included, so nothing needs asking.
func (s *Shell) Show(id string) {
	for i, it := range s.items {
		if it.id == id {
			s.current = id
			s.content.Objects = []fyne.CanvasObject{s.Screen(id).Content()}
			s.content.Refresh()
			s.nav.Select(i)
			return
		}
	}
}

// Screen returns a screen by name, building it if needed (tests, the tour).
func (s *Shell) Screen(id string) screen {
	if _, ok := s.screens[id]; !ok {
		for _, it := range s.items {
			if it.id == id {
				s.screens[id] = it.make()
			}
		}
	}
	return s.screens[id]
}

// Dirty reports whether any screen holds unsaved changes.
func (s *Shell) Dirty() bool {
	for _, sc := range s.screens {
		if d, ok := sc.(dirtyScreen); ok && d.Dirty() {
			return true
		}
	}
	return false
}

// ExternalChange reloads the screens after someone changed the archive.
func (s *Shell) ExternalChange() {
	for _, sc := range s.screens {
		sc.Reload()
	}
	s.updateStatus()
}

func (s *Shell) updateStatus() {
	a := s.env.Archive()
	who := a.Actor().Name()
	text := fmt.Sprintf("Kho: %s   ·   Người dùng: %s", a.Path(), who)
	if ro, _ := a.ReadOnly(); ro {
		text += "   ·   Chỉ xem"
	}
	s.status.SetText(text)
}

// notice shows a short message in the status line.
func (s *Shell) notice(msg string) { s.notes.SetText(msg) }

// showEntries shows the list of entries filtered as f.
func (s *Shell) showEntries(f data.EntryFilter) {
	s.Show(screenEntries)
	s.entries().SetFilter(f)
}

// listed returns what the list of entries shows, without opening it.
func (s *Shell) listed() (entryListing, bool) {
	e, ok := s.screens[screenEntries].(*Entries)
	if !ok {
		return entryListing{}, false
	}
	return entryListing{filter: e.Filter, ids: e.Rows(), selected: e.selected}, true
}

// entries returns the list of entries, building it if needed.
func (s *Shell) entries() *Entries { return s.Screen(screenEntries).(*Entries) }

func (s *Shell) setBusy(on bool) {
	s.working = on
	s.showActivity()
}

// setWaiting shows that work has waited more than a second for a lock a
// colleague holds while saving, with a button to stop waiting.
func (s *Shell) setWaiting(on bool) {
	s.waiting = on
	s.showActivity()
}

func (s *Shell) showActivity() {
	switch {
	case s.waiting:
		s.busyText.SetText("Đang chờ người khác lưu xong vào kho…")
		s.stopWait.Show()
	case s.working:
		s.busyText.SetText("Đang xử lý…")
		s.stopWait.Hide()
	default:
		s.busyText.SetText("")
		s.stopWait.Hide()
		s.activity.Stop()
		s.activity.Hide()
		return
	}
	s.activity.Start()
	s.activity.Show()
}

// addShortcuts puts the program's commands in a menu bar. Menu shortcuts
// work wherever the cursor is (a window-wide shortcut does not fire while a
// text field has focus); Escape and Delete go to the current screen when
// no field takes them.
func (s *Shell) addShortcuts() {
	ctrl := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	item := func(label string, k fyne.KeyName, f func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, f)
		if k != "" {
			it.Shortcut = ctrl(k)
		}
		return it
	}
	entries := func() *Entries {
		s.Show(screenEntries)
		return s.entries()
	}
	quit := fyne.NewMenuItem("Thoát", s.app.requestClose)
	quit.IsQuit = true
	file := fyne.NewMenu("Tệp",
		item("Nhập danh sách từ Excel…", "", func() { chooseImportFile(s.env, s) }),
		item("Xuất danh sách ra Excel…", "", func() { entries().askExport() }),
		item("Xuất thống kê ra Excel…", "", func() { exportStats(s.env, s) }),
		item("Mẫu Excel để đơn vị điền…", "", func() { exportTemplate(s.env, s) }),
		fyne.NewMenuItemSeparator(),
		item("Gộp kho khác…", "", func() { showMergeWizard(s.env, s) }),
		fyne.NewMenuItemSeparator(),
		item("Sao lưu, khôi phục…", "", func() { s.Show(screenSettings) }),
		item("Đóng kho", "", s.app.CloseArchive),
		fyne.NewMenuItemSeparator(), quit)
	edit := fyne.NewMenu("Mô hình, điển hình",
		item("Thêm mới", fyne.KeyN, func() { entries().New() }),
		item("Lưu", fyne.KeyS, s.save),
		item("Tìm", fyne.KeyF, func() { entries().FocusSearch() }))
	view := fyne.NewMenu("Xem")
	for i, it := range s.items {
		x := it
		mi := fyne.NewMenuItem(x.label, func() { s.Show(x.id) })
		if i < 9 {
			mi.Shortcut = ctrl(fyne.KeyName(string(rune('1' + i))))
		}
		view.Items = append(view.Items, mi)
	}
	reports := fyne.NewMenu("Báo cáo", item("Báo cáo, danh sách, giấy khen…", fyne.KeyP, func() { s.Show(screenReports) }))
	s.env.Win.SetMainMenu(fyne.NewMainMenu(file, edit, view, reports))
	s.env.Win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		sc, ok := s.screens[s.current].(interface{ TypedKey(*fyne.KeyEvent) })
		if ok {
			sc.TypedKey(k)
		}
	})
}

// save saves the current screen's form (Ctrl+S).
func (s *Shell) save() {
	if sv, ok := s.screens[s.current].(interface{ Save() }); ok {
		sv.Save()
	}
}

// countText formats "1.045 mô hình, điển hình".
func countText(n int, what string) string { return vntext.FormatInt(int64(n)) + " " + what }
