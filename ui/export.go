package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/exchange"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// askOpenPath shows Fyne's open dialog for files with one of exts and
// calls open with the chosen file's path, in the system's own spelling
// (backslashes on Windows).
func askOpenPath(env *Env, exts []string, open func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		open(filepath.FromSlash(path))
	}, env.Win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// chooseFolder shows Fyne's folder dialog, opened at start when that is
// a folder ("" for Fyne's choice), and puts the folder chosen in folder.
func chooseFolder(env *Env, folder *widget.Entry, start string) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			folder.SetText(u.Path())
		}
	}, env.Win)
	if start != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(start)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// folderField is a folder typed in folder, or chosen with its button.
func folderField(env *Env, folder *widget.Entry) fyne.CanvasObject {
	pick := widget.NewButtonWithIcon("Chọn…", theme.FolderOpenIcon(), func() { chooseFolder(env, folder, "") })
	return container.NewBorder(nil, nil, nil, pick, folder)
}

// askSavePath asks for a folder and a file name (Fyne's save dialog would
// open and empty an existing file before we could ask), then calls save
// with the full path; an existing file is replaced only after asking.
func askSavePath(env *Env, title, name, ext string, save func(path string)) {
	folder := widget.NewEntry()
	folder.SetText(exportFolder(env))
	file := widget.NewEntry()
	file.SetText(name)
	items := []*widget.FormItem{
		widget.NewFormItem("Thư mục", folderField(env, folder)),
		widget.NewFormItem("Tên tệp", file),
	}
	formDialog(env, title, items, func() {
		env.Prefs.SetString("reports.folder", strings.TrimSpace(folder.Text))
		savePath(env, filepath.Join(strings.TrimSpace(folder.Text), strings.TrimSpace(file.Text)), ext, save)
	})
}

// savePath calls save with path, ending in ext, after asking when that
// file exists.
func savePath(env *Env, path, ext string, save func(path string)) {
	if !strings.EqualFold(filepath.Ext(path), ext) {
		path += ext
	}
	if _, err := os.Stat(path); err == nil {
		confirm(env, "Tệp đã có", "Tệp “"+filepath.Base(path)+"” đã có. Ghi đè lên tệp đó?", "Ghi đè", func() { save(path) })
		return
	}
	save(path)
}

// exportFolder is where documents are saved: the last folder used, else
// the person's Documents folder.
func exportFolder(env *Env) string {
	if f := env.Prefs.String("reports.folder"); f != "" {
		return f
	}
	if h, err := os.UserHomeDir(); err == nil {
		docs := filepath.Join(h, "Documents")
		if st, err := os.Stat(docs); err == nil && st.IsDir() {
			return docs
		}
		return h
	}
	return ""
}

// exportWorkbook writes a workbook in the background, to a temporary name
// renamed into place when complete.
func exportWorkbook(env *Env, nav navigator, path string, write func(ctx context.Context, ar *data.Archive, f *os.File) (string, error)) {
	p := newProgress(env, "Đang xuất ra Excel", filepath.Base(path))
	background(env, p.ctx, func(ctx context.Context, ar *data.Archive) (string, error) {
		tmp := path + ".tam"
		f, err := os.Create(tmp)
		if err != nil {
			return "", &data.Error{Code: data.EIO, Message: "Không ghi được tệp " + path + ".", Err: err}
		}
		what, err := write(ctx, ar, f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp, path)
		}
		if err != nil {
			os.Remove(tmp)
			if data.ErrorCode(err) == data.EInternal {
				err = &data.Error{Code: data.EIO, Message: "Không ghi được tệp " + path + " (tệp có thể đang mở trong Excel).", Err: err}
			}
		}
		return what, err
	}, func(what string, err error) {
		p.done()
		if err != nil {
			env.ShowError(err)
			return
		}
		nav.notice("Đã xuất " + what + " vào " + path + ".")
	})
}

// ExportList writes the list as filtered on screen to an Excel workbook.
func (s *Entries) ExportList(path string) {
	f := s.Filter
	exportWorkbook(s.env, s.nav, path, func(ctx context.Context, ar *data.Archive, w *os.File) (string, error) {
		n, err := exchange.ExportEntries(ctx, ar, f, w)
		return vntext.FormatInt(int64(n)) + " mô hình, điển hình", err
	})
}

func (s *Entries) askExport() {
	askSavePath(s.env, "Xuất danh sách ra Excel", "Danh sach mo hinh dien hinh "+string(data.DateOf(nowFunc()))+".xlsx", ".xlsx", s.ExportList)
}

// exportStats writes the statistics of the list's filter.
func exportStats(env *Env, nav navigator) {
	f := data.EntryFilter{}
	if l, ok := nav.listed(); ok {
		f = l.filter
	}
	askSavePath(env, "Xuất thống kê ra Excel", "Thong ke mo hinh dien hinh "+string(data.DateOf(nowFunc()))+".xlsx", ".xlsx", func(path string) {
		exportWorkbook(env, nav, path, func(ctx context.Context, ar *data.Archive, w *os.File) (string, error) {
			return "thống kê", exchange.ExportStats(ctx, ar, f, w)
		})
	})
}

// exportTemplate writes the blank workbook units fill in.
func exportTemplate(env *Env, nav navigator) {
	askSavePath(env, "Mẫu Excel để đơn vị điền", "Mau dang ky mo hinh Dan van kheo.xlsx", ".xlsx", func(path string) {
		exportWorkbook(env, nav, path, func(ctx context.Context, ar *data.Archive, w *os.File) (string, error) {
			return "mẫu đăng ký", exchange.Template(ctx, ar, w)
		})
	})
}
