package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Start is the page shown when no archive is open: create one, open one
// (from a file dialog or a typed network path), open the demo, or reopen a
// recent one.
type Start struct {
	env    *Env
	app    *App
	Path   *widget.Entry
	recent *fyne.Container
}

func newStart(env *Env, app *App) *Start {
	s := &Start{env: env, app: app}
	s.Path = widget.NewEntry()
	s.Path.SetPlaceHolder(`Ví dụ: \\maychu\chung\danvankheo.dvk hoặc Z:\Dan van\kho.dvk`)
	s.Path.OnSubmitted = func(p string) { app.Open(p) }
	s.recent = container.NewVBox()
	s.refreshRecent()
	return s
}

// Content lays the start page out.
func (s *Start) Content() fyne.CanvasObject {
	icon := canvas.NewImageFromResource(s.env.App.Icon())
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(72, 72))
	title := canvas.NewText("Dân vận khéo", red)
	title.TextSize = 28
	title.TextStyle.Bold = true
	sub := widget.NewLabel("Quản lý phong trào thi đua “Dân vận khéo”: mô hình, điển hình, công nhận, đánh giá, khen thưởng và báo cáo.")
	sub.Wrapping = fyne.TextWrapWord
	head := container.NewBorder(nil, nil, icon, nil, container.NewVBox(title, sub))

	openBtn := widget.NewButtonWithIcon("Mở", theme.FolderOpenIcon(), func() { s.app.Open(s.Path.Text) })
	openBtn.Importance = widget.HighImportance
	browse := widget.NewButtonWithIcon("Chọn tệp…", theme.SearchIcon(), s.browse)
	openCard := widget.NewCard("Mở kho dữ liệu", "Gõ hoặc dán đường dẫn tới tệp kho trên ổ mạng, hoặc chọn tệp.",
		container.NewBorder(nil, nil, nil, container.NewHBox(browse, openBtn), s.Path))

	create := widget.NewButtonWithIcon("Tạo kho mới…", theme.ContentAddIcon(), s.create)
	demoBtn := widget.NewButtonWithIcon("Mở kho mẫu", theme.ComputerIcon(), s.app.openDemo)
	others := widget.NewCard("Bắt đầu", "Tạo một kho trống cho cơ quan, hoặc dùng thử với dữ liệu mẫu của một tỉnh giả định.",
		container.NewHBox(create, demoBtn))

	recentCard := widget.NewCard("Kho mở gần đây", "", s.recent)
	body := container.NewVBox(head, widget.NewSeparator(), openCard, others, recentCard)
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(760, 560), container.NewPadded(body)))
}

func (s *Start) refreshRecent() {
	s.recent.Objects = nil
	for _, p := range s.env.Prefs.Recent() {
		path := p
		b := widget.NewButtonWithIcon(path, theme.FileIcon(), func() { s.app.Open(path) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		s.recent.Add(b)
	}
	if len(s.recent.Objects) == 0 {
		s.recent.Add(widget.NewLabel("Chưa mở kho nào trên máy này."))
	}
	s.recent.Refresh()
}

var dvkExts = []string{".dvk"}

func (s *Start) browse() {
	askOpenPath(s.env, dvkExts, s.app.Open)
}

// create asks for a folder and a file name. Fyne's save dialog would open
// (and empty) an existing file before we could refuse it; a file we did not
// write is never touched.
func (s *Start) create() {
	folder := widget.NewEntry()
	folder.SetText(s.env.Prefs.String("create.folder"))
	folder.SetPlaceHolder(`Ví dụ: \\maychu\chung hoặc D:\Du lieu`)
	name := widget.NewEntry()
	name.SetText("danvankheo.dvk")
	items := []*widget.FormItem{
		widget.NewFormItem("Thư mục", folderField(s.env, folder)),
		widget.NewFormItem("Tên tệp", name),
	}
	d := dialog.NewForm("Tạo kho dữ liệu mới", "Tạo", "Hủy", items, func(ok bool) {
		if !ok {
			return
		}
		s.env.Prefs.SetString("create.folder", folder.Text)
		s.app.Create(filepath.Join(strings.TrimSpace(folder.Text), strings.TrimSpace(name.Text)))
	}, s.env.Win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}
