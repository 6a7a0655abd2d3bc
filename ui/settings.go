package ui

import (
	"cmp"
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Settings is the "Cài đặt" screen. Its three cards keep apart what lives
// in the shared archive (the document lines every computer prints), what
// belongs to this computer only (kept in the person's profile), and the
// safety tools (backups, restore, integrity check) the shared drive needs.
type Settings struct {
	env *Env
	nav navigator
	org *data.OrgSettings // as last read; its Version guards the save

	Superior, Issuer, Symbol, Place        *widget.Entry
	SignAuthority, SignerTitle, SignerName *widget.Entry
	Recipients                             *widget.Entry
	PreviewDate, PreviewNumber             *canvas.Text
	preview                                map[string]*canvas.Text
	Notice                                 *widget.Label // a colleague's save, shown by the save button
	SaveButton                             *widget.Button

	DisplayName, BackupDir, BackupKeep *widget.Entry
	ChooseDir, SaveLocal               *widget.Button
	LocalNotice                        *widget.Label

	backupState
	view fyne.CanvasObject
}

func newSettings(env *Env, nav navigator) screen {
	s := &Settings{env: env, nav: nav, org: &data.OrgSettings{}, preview: map[string]*canvas.Text{}}
	entry := func(ph string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(ph)
		e.OnChanged = func(string) { s.updatePreview() }
		return e
	}
	s.Superior = entry("ví dụ TỈNH ỦY PHƯỚC SƠN")
	s.Issuer = entry("ví dụ BAN TUYÊN GIÁO VÀ DÂN VẬN")
	s.Symbol = entry("ví dụ BTGDVTU")
	s.Place = entry("ví dụ Phước Sơn")
	s.SignAuthority = entry("ví dụ K/T TRƯỞNG BAN; để trống nếu ký trực tiếp")
	s.SignerTitle = entry("ví dụ PHÓ TRƯỞNG BAN")
	s.SignerName = entry("ví dụ Nguyễn Văn A")
	s.Recipients = widget.NewMultiLineEntry()
	s.Recipients.SetPlaceHolder("- Thường trực Tỉnh ủy (để b/c),\n- Lưu Văn phòng.")
	s.Recipients.SetMinRowsVisible(4)
	s.Recipients.Wrapping = fyne.TextWrapWord
	s.Notice = widget.NewLabel("")
	s.Notice.Wrapping = fyne.TextWrapWord
	s.Notice.Importance = widget.WarningImportance
	s.Notice.Hide()
	s.SaveButton = widget.NewButtonWithIcon("Lưu cài đặt văn bản", theme.DocumentSaveIcon(), s.saveOrg)
	s.SaveButton.Importance = widget.HighImportance

	s.DisplayName = widget.NewEntry()
	s.DisplayName.SetPlaceHolder("ví dụ Nguyễn Thị Lan")
	s.BackupDir = widget.NewEntry()
	s.BackupDir.SetPlaceHolder("để trống: thư mục mặc định")
	s.BackupKeep = widget.NewEntry()
	s.BackupKeep.Validator = func(t string) error {
		if n, err := strconv.Atoi(strings.TrimSpace(t)); err != nil || n < 1 || n > 100 {
			return errors.New("Từ 1 đến 100")
		}
		return nil
	}
	s.ChooseDir = widget.NewButtonWithIcon("Chọn…", theme.FolderOpenIcon(), s.chooseDir)
	s.SaveLocal = widget.NewButtonWithIcon("Lưu cài đặt trên máy này", theme.DocumentSaveIcon(), s.saveLocal)
	s.LocalNotice = widget.NewLabel("")
	s.LocalNotice.Wrapping = fyne.TextWrapWord
	s.LocalNotice.Hide()
	s.initBackups()

	s.view = container.NewGridWithColumns(2,
		s.orgCard(),
		container.NewBorder(s.localCard(), nil, nil, nil, s.backupCard()))
	s.fillLocal()
	s.updatePreview()
	s.updateButtons()
	s.loadOrg()
	s.loadBackups()
	return s
}

// Content is the screen.
func (s *Settings) Content() fyne.CanvasObject { return s.view }

// Reload reads the settings and the backups again; a form being edited is
// kept, with a word that someone else saved meanwhile.
func (s *Settings) Reload() {
	s.loadOrg()
	s.loadBackups()
}

func (s *Settings) orgCard() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem("Cơ quan cấp trên", s.Superior),
		widget.NewFormItem("Cơ quan ban hành", s.Issuer),
		widget.NewFormItem("Ký hiệu", s.Symbol),
		widget.NewFormItem("Địa danh ghi ngày tháng", s.Place),
		widget.NewFormItem("Thẩm quyền ký", s.SignAuthority),
		widget.NewFormItem("Chức vụ người ký", s.SignerTitle),
		widget.NewFormItem("Họ tên người ký", s.SignerName),
		&widget.FormItem{Text: "Nơi nhận", Widget: s.Recipients, HintText: "Mỗi dòng một nơi nhận."},
	)
	bottom := container.NewVBox(s.Notice, container.NewHBox(layout.NewSpacer(), s.SaveButton))
	return widget.NewCard("Văn bản của cơ quan", "Dùng chung cho mọi máy mở kho này: in ở đầu và cuối mọi báo cáo.",
		container.NewBorder(nil, bottom, nil, nil, container.NewVScroll(container.NewVBox(form, s.previewBox()))))
}

// previewBox imitates the top of a report and its signature, so the person
// sees at once how the lines will read on paper.
func (s *Settings) previewBox() fyne.CanvasObject {
	line := func(key string, bold, italic bool) *canvas.Text {
		t := canvas.NewText("", darkText)
		t.TextSize = 12
		t.Alignment = fyne.TextAlignCenter
		t.TextStyle = fyne.TextStyle{Bold: bold, Italic: italic}
		s.preview[key] = t
		return t
	}
	col := func(objs ...fyne.CanvasObject) fyne.CanvasObject {
		return container.New(layout.NewCustomPaddedVBoxLayout(1), objs...)
	}
	left := col(line("superior", false, false), line("issuer", true, false), line("star", false, false), line("number", false, false))
	right := col(line("party", true, false), line("date", false, true), line("gap", false, false),
		line("authority", true, false), line("title", true, false), line("name", true, false))
	s.preview["party"].Text = "ĐẢNG CỘNG SẢN VIỆT NAM"
	s.preview["star"].Text = "*"
	s.PreviewDate, s.PreviewNumber = s.preview["date"], s.preview["number"]
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	return container.NewStack(bg, container.NewPadded(container.NewGridWithColumns(2, left, right)))
}

func (s *Settings) updatePreview() {
	set := func(key, text string) {
		if t := s.preview[key]; t != nil {
			t.Text = text
			t.Refresh()
		}
	}
	set("superior", orDash(vntext.Clean(s.Superior.Text)))
	set("issuer", orDash(vntext.Clean(s.Issuer.Text)))
	set("number", "Số …-BC/"+vntext.Clean(s.Symbol.Text))
	set("date", vntext.PlaceDate(s.Place.Text, nowFunc(), vntext.PartyStyle))
	set("authority", vntext.Clean(s.SignAuthority.Text))
	set("title", vntext.Clean(s.SignerTitle.Text))
	set("name", vntext.Clean(s.SignerName.Text))
}

func (s *Settings) localCard() fyne.CanvasObject {
	actor := s.env.Archive().Actor()
	who := widget.NewLabel("Nhật ký hiện ghi: " + auditPerson(data.AuditEntry{Display: actor.Display, User: actor.User}) +
		", máy " + actor.Machine + ". " +
		"Tên hiển thị và thư mục sao lưu có hiệu lực từ lần mở kho sau.")
	who.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem("Tên hiển thị trong nhật ký", s.DisplayName),
		widget.NewFormItem("Thư mục sao lưu", container.NewBorder(nil, nil, nil, s.ChooseDir, s.BackupDir)),
		widget.NewFormItem("Số bản sao lưu giữ lại", container.NewGridWithColumns(3, s.BackupKeep)),
	)
	return widget.NewCard("Trên máy này", "Chỉ áp dụng cho người dùng máy này.", container.NewVBox(form, who, s.LocalNotice, container.NewHBox(layout.NewSpacer(), s.SaveLocal)))
}

// loadOrg reads the archive's settings into the form unless the person is
// editing it.
func (s *Settings) loadOrg() {
	background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.OrgSettings, error) {
		return ar.Settings(ctx)
	}, func(o *data.OrgSettings, err error) {
		if err != nil {
			s.env.ShowError(err)
			return
		}
		if !s.orgDirty() {
			s.fillOrg(o)
		} else if o.Version != s.org.Version {
			s.showNotice("Người khác vừa lưu cài đặt văn bản trong lúc bạn sửa. Khi bạn lưu, chương trình sẽ báo và tải lại bản của họ.")
		}
	})
}

func (s *Settings) fillOrg(o *data.OrgSettings) {
	s.org = o
	s.Superior.SetText(o.Superior)
	s.Issuer.SetText(o.Issuer)
	s.Symbol.SetText(o.Symbol)
	s.Place.SetText(o.Place)
	s.SignAuthority.SetText(o.SignAuthority)
	s.SignerTitle.SetText(o.SignerTitle)
	s.SignerName.SetText(o.SignerName)
	s.Recipients.SetText(strings.Join(o.Recipients, "\n"))
	s.updatePreview()
}

// readOrg returns what the form holds, on top of the version it was read at.
func (s *Settings) readOrg() *data.OrgSettings {
	var lines []string
	for _, l := range strings.Split(s.Recipients.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return &data.OrgSettings{Superior: s.Superior.Text, Issuer: s.Issuer.Text, Symbol: s.Symbol.Text, Place: s.Place.Text,
		SignAuthority: s.SignAuthority.Text, SignerTitle: s.SignerTitle.Text, SignerName: s.SignerName.Text,
		Recipients: lines, Version: s.org.Version}
}

func (s *Settings) orgDirty() bool {
	o, m := s.org, s.readOrg()
	return o.Superior != m.Superior || o.Issuer != m.Issuer || o.Symbol != m.Symbol || o.Place != m.Place ||
		o.SignAuthority != m.SignAuthority || o.SignerTitle != m.SignerTitle || o.SignerName != m.SignerName ||
		strings.Join(o.Recipients, "\n") != strings.Join(m.Recipients, "\n")
}

func (s *Settings) localDirty() bool {
	p := s.env.Prefs
	return s.DisplayName.Text != p.DisplayName() || s.BackupDir.Text != p.BackupDir() ||
		strings.TrimSpace(s.BackupKeep.Text) != strconv.Itoa(p.BackupKeep())
}

// Dirty reports unsaved changes in either form.
func (s *Settings) Dirty() bool { return s.orgDirty() || s.localDirty() }

// Save saves whichever form holds changes (Ctrl+S).
func (s *Settings) Save() {
	if s.orgDirty() && !s.env.ReadOnly() {
		s.saveOrg()
	}
	if s.localDirty() {
		s.saveLocal()
	}
}

func (s *Settings) showNotice(msg string) {
	s.Notice.SetText(msg)
	s.Notice.Show()
}

// saveOrg stores the document settings. When a colleague saved them first,
// their version is loaded and the person is told who it was.
func (s *Settings) saveOrg() {
	if s.env.ReadOnly() {
		return
	}
	o := s.readOrg()
	background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (string, error) {
		err := ar.SaveSettings(ctx, o)
		if data.ErrorCode(err) != data.EConflict {
			return "", err
		}
		who := "một người khác"
		if lines, _, e := ar.FindAudit(ctx, data.AuditFilter{Table: "settings", Limit: 1}); e == nil && len(lines) > 0 {
			who = auditPerson(lines[0])
		}
		return who, err
	}, func(who string, err error) {
		var ce *data.ConflictError
		if errors.As(err, &ce) {
			if theirs, ok := ce.Theirs.(*data.OrgSettings); ok {
				s.fillOrg(theirs)
			}
			msg := "Trong lúc bạn sửa, " + who + " đã lưu cài đặt văn bản. Đã tải lại bản của họ; nếu cần, hãy sửa lại rồi lưu."
			s.showNotice(msg)
			s.env.ask.inform("Người khác đã lưu cài đặt", msg)
			return
		}
		if err != nil {
			s.env.ShowError(err)
			return
		}
		s.Notice.Hide()
		s.fillOrg(o)
		s.nav.notice("Đã lưu cài đặt văn bản.")
		s.env.changed()
	})
}

func (s *Settings) fillLocal() {
	p := s.env.Prefs
	s.DisplayName.SetText(p.DisplayName())
	s.BackupDir.SetText(p.BackupDir())
	s.BackupKeep.SetText(strconv.Itoa(p.BackupKeep()))
}

// saveLocal stores this computer's preferences; the archive reads them
// when it is opened, so they apply from the next opening.
func (s *Settings) saveLocal() {
	keep, err := strconv.Atoi(strings.TrimSpace(s.BackupKeep.Text))
	dir := strings.TrimSpace(s.BackupDir.Text)
	msg := ""
	switch {
	case err != nil || keep < 1 || keep > 100:
		msg = "Số bản sao lưu giữ lại phải là một số từ 1 đến 100."
	case dir != "" && !filepath.IsAbs(dir):
		msg = "Thư mục sao lưu phải là đường dẫn đầy đủ; hãy bấm “Chọn…” để chọn thư mục."
	}
	if msg != "" {
		s.LocalNotice.Importance = widget.DangerImportance
		s.LocalNotice.SetText(msg)
		s.LocalNotice.Show()
		return
	}
	s.env.Prefs.SetDisplayName(vntext.Clean(s.DisplayName.Text))
	s.env.Prefs.SetBackup(dir, keep)
	s.fillLocal()
	s.LocalNotice.Hide()
	s.nav.notice("Đã lưu cài đặt trên máy này; có hiệu lực từ lần mở kho sau.")
}

func (s *Settings) chooseDir() {
	chooseFolder(s.env, s.BackupDir, cmp.Or(strings.TrimSpace(s.BackupDir.Text), data.DefaultBackupDir()))
}

func (s *Settings) updateButtons() {
	ro := s.env.ReadOnly()
	for _, e := range []*widget.Entry{s.Superior, s.Issuer, s.Symbol, s.Place, s.SignAuthority, s.SignerTitle, s.SignerName, s.Recipients} {
		setEnabled(e, !ro)
	}
	setEnabled(s.SaveButton, !ro)
	s.updateBackupButtons()
}
