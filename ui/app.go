package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/assets"
	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
)

// App is the running window program.
type App struct {
	env     *Env
	shell   *Shell
	start   *Start
	stop    chan struct{}
	polling bool // a look for others' changes is under way
}

// Options tell Run what to open first.
type Options struct {
	Archive string // open this archive ("" reopens the last one)
	Demo    bool   // open the demo archive, creating it if needed
}

// Setup makes Fyne's own words (dialog buttons, the file chooser, the text
// menu) Vietnamese; call it before any window is made. Fyne picks its
// language from the operating system's and offers no way to choose, so the
// Vietnamese file is registered for Vietnamese, for every language Fyne
// ships and for the system's own: an English Windows shows Vietnamese too.
func Setup() {
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		fyne.LogError("translations", err)
	}
	locales := []string{"vi", "en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt_BR", "ru", "sv", "ta", "uk", "zh_Hans"}
	if base, _, _ := strings.Cut(lang.SystemLocale().String(), "-"); base != "" {
		locales = append(locales, base)
	}
	for _, l := range locales {
		if err := lang.AddTranslationsForLocale(assets.Vietnamese, fyne.Locale(l)); err != nil {
			fyne.LogError("translations "+l, err)
		}
	}
}

// New builds the program's window on a, without showing it.
func New(a fyne.App) *App { return newApp(a, goRunner{}, nil) }

// newApp builds the window with run for background work and ask for
// questions to the person (nil: dialogs in the window).
func newApp(a fyne.App, run runner, ask asker) *App {
	a.SetIcon(assets.Icon)
	a.Settings().SetTheme(newTheme())
	w := a.NewWindow("Dân vận khéo")
	if ask == nil {
		ask = windowAsker{w}
	}
	env := &Env{App: a, Win: w, Prefs: NewPrefs(a.Preferences()), run: run, ask: ask}
	app := &App{env: env, stop: make(chan struct{})}
	w.Resize(env.Prefs.WindowSize())
	w.SetMaster()
	w.SetCloseIntercept(app.requestClose)
	app.showStart()
	return app
}

// Env returns the shared state, for tests and the screenshot tour.
func (a *App) Env() *Env { return a.env }

// Shell returns the main window's frame once an archive is open.
func (a *App) Shell() *Shell { return a.shell }

// Start opens what o asks for, or the last archive, and shows the window.
func (a *App) Start(o Options) {
	switch {
	case o.Demo:
		a.openDemo()
	case o.Archive != "":
		a.Open(o.Archive)
	case a.env.Prefs.LastArchive() != "":
		a.Open(a.env.Prefs.LastArchive())
	}
	go a.watch()
}

func (a *App) showStart() {
	a.start = newStart(a.env, a)
	a.env.Win.SetTitle("Dân vận khéo")
	quit := fyne.NewMenuItem("Thoát", a.requestClose)
	quit.IsQuit = true
	a.env.Win.SetMainMenu(fyne.NewMainMenu(fyne.NewMenu("Tệp",
		fyne.NewMenuItem("Tạo kho mới…", a.start.create),
		fyne.NewMenuItem("Mở kho…", a.start.browse),
		fyne.NewMenuItem("Mở kho mẫu", a.openDemo),
		fyne.NewMenuItemSeparator(), quit)))
	a.env.Win.Canvas().SetOnTypedKey(nil)
	a.env.Win.SetContent(a.start.Content())
}

// Open opens the archive at path in the background and shows it.
func (a *App) Open(path string) {
	path = strings.TrimSpace(strings.Trim(strings.TrimSpace(path), `"`))
	if path == "" {
		return
	}
	o := a.env.Prefs.ArchiveOptions()
	up := &upgradeView{env: a.env}
	o.Progress = up.report
	background(a.env, context.Background(), func(ctx context.Context, _ *data.Archive) (*data.Archive, error) {
		return data.Open(ctx, path, o)
	}, func(ar *data.Archive, err error) {
		up.close()
		if err != nil {
			if data.ErrorCode(err) == data.ENotFound {
				a.env.Prefs.Forget(path)
				if a.start != nil {
					a.start.refreshRecent()
				}
			}
			a.env.ShowError(err)
			return
		}
		a.opened(ar)
	})
}

// Create makes a new archive at path and shows it.
func (a *App) Create(path string) {
	if !strings.EqualFold(filepath.Ext(path), ".dvk") {
		path += ".dvk"
	}
	background(a.env, context.Background(), func(ctx context.Context, _ *data.Archive) (*data.Archive, error) {
		return data.Create(ctx, path, a.env.Prefs.ArchiveOptions())
	}, func(ar *data.Archive, err error) {
		if err != nil {
			a.env.ShowError(err)
			return
		}
		a.opened(ar)
	})
}

func (a *App) opened(ar *data.Archive) {
	a.env.setArchive(ar)
	a.polling = false
	a.env.Prefs.Opened(ar.Path())
	a.shell = newShell(a.env, a)
	a.start = nil
	a.env.Win.SetTitle("Dân vận khéo – " + filepath.Base(ar.Path()))
	a.env.Win.SetContent(a.shell.Content())
	a.shell.Show(screenEntries)
	var recovered string // said first, and kept before the backup's notice
	if ar.Recovered() {
		recovered = data.RecoveredNote + " "
		a.shell.notice(data.RecoveredNote)
	}
	if ro, _ := ar.ReadOnly(); !ro {
		quietly(a.env, func(ctx context.Context, ar *data.Archive) (string, error) {
			return ar.DailyBackup(ctx)
		}, func(p string, err error) {
			if err != nil {
				if data.ErrorCode(err) != data.ECanceled {
					a.shell.notice(recovered + "Chưa sao lưu được hôm nay: " + data.ErrorMessage(err))
				}
			} else if p != "" {
				a.shell.notice(recovered + "Đã sao lưu kho hôm nay vào " + p)
			}
		})
	}
}

// CloseArchive closes the archive and returns to the start page.
func (a *App) CloseArchive() {
	a.confirmLeave(func() {
		a.env.closeArchive()
		a.shell = nil
		a.env.Prefs.Closed()
		a.showStart()
	})
}

// confirmLeave runs next at once, or after the person agrees to drop
// unsaved changes.
func (a *App) confirmLeave(next func()) {
	if a.shell == nil || !a.shell.Dirty() {
		next()
		return
	}
	d := dialog.NewConfirm("Chưa lưu thay đổi", "Bạn đang sửa dở và chưa lưu. Bỏ các thay đổi đó?", func(ok bool) {
		if ok {
			next()
		}
	}, a.env.Win)
	d.SetConfirmText("Bỏ thay đổi")
	d.SetDismissText("Quay lại sửa")
	d.Show()
}

func (a *App) requestClose() {
	a.confirmLeave(func() {
		a.env.Prefs.SetWindowSize(a.env.Win.Canvas().Size())
		close(a.stop)
		a.env.closeArchive()
		a.env.Win.Close()
	})
}

// watch asks the archive every two seconds whether someone else changed
// it, until the window closes.
func (a *App) watch() {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-a.stop:
			return
		case <-t.C:
			a.env.run.do(a.pollChanges)
		}
	}
}

// pollChanges looks once whether someone else changed the open archive,
// and refreshes what is on screen when they did. One look at a time: on a
// slow share the looks do not pile up.
func (a *App) pollChanges() {
	if a.env.Archive() == nil || a.polling {
		return
	}
	a.polling = true
	quietly(a.env, func(ctx context.Context, ar *data.Archive) (bool, error) {
		return ar.Changed(ctx)
	}, func(changed bool, err error) {
		a.polling = false
		if err == nil && changed && a.shell != nil {
			a.shell.ExternalChange()
		}
	})
}

// DemoPath is where the demo archive lives on this computer.
func DemoPath() string {
	// The same folder as the backups (data.DefaultBackupDir), spelt the
	// same way, since Windows shows the name of whichever is made first.
	if runtime.GOOS == "windows" {
		if dir := os.Getenv("LOCALAPPDATA"); dir != "" {
			return filepath.Join(dir, "DanVanKheo", "kho-mau.dvk")
		}
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "danvankheo", "kho-mau.dvk")
}

// openDemo opens the demo archive, generating it first with a progress bar
// if this computer has none.
func (a *App) openDemo() {
	path := DemoPath()
	if _, err := os.Stat(path); err == nil {
		a.Open(path)
		return
	}
	p := newProgress(a.env, "Đang tạo kho mẫu", "Tạo dữ liệu mẫu của tỉnh "+demo.ProvinceName+"…")
	background(a.env, p.ctx, func(ctx context.Context, _ *data.Archive) (*data.Archive, error) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, &data.Error{Code: data.EIO, Message: "Không tạo được thư mục cho kho mẫu.", Err: err}
		}
		tmp := path + ".tao"
		os.Remove(tmp)
		ar, err := data.Create(ctx, tmp, a.env.Prefs.ArchiveOptions())
		if err != nil {
			return nil, err
		}
		_, err = demo.Generate(ctx, ar, demo.Options{Progress: p.update})
		ar.Close()
		if err == nil {
			err = os.Rename(tmp, path)
		}
		if err != nil {
			os.Remove(tmp)
			return nil, err
		}
		return data.Open(ctx, path, a.env.Prefs.ArchiveOptions())
	}, func(ar *data.Archive, err error) {
		p.done()
		if err != nil {
			if !errors.Is(err, context.Canceled) && data.ErrorCode(err) != data.ECanceled {
				a.env.ShowError(err)
			}
			return
		}
		a.opened(ar)
	})
}

// upgradeView shows an upgrade while Open runs it: nothing for an archive
// already up to date, a dialog with what is being done and how far for one
// that is not (rebuilding the search index of a large archive takes
// minutes, and a window that only says it is busy looks hung).
type upgradeView struct {
	env   *Env
	what  *widget.Label
	bar   *widget.ProgressBar
	shown func() // closes the dialog; nil until it is shown
}

// report may be called from any goroutine (Open's).
func (u *upgradeView) report(what string, done, total int) {
	u.env.run.do(func() {
		if u.shown == nil {
			u.what, u.bar = widget.NewLabel(what), widget.NewProgressBar()
			note := widget.NewLabel("Việc này chỉ làm một lần, sau một bản sao lưu; xin đừng tắt chương trình.")
			u.shown = u.env.ask.wait("Đang nâng cấp kho dữ liệu", container.NewVBox(u.what, u.bar, note), nil)
		}
		u.what.SetText(what)
		if total > 0 {
			u.bar.SetValue(float64(done) / float64(total))
		}
	})
}

// close closes the dialog, if it was shown; on the UI goroutine, after
// every report (they were queued before Open returned).
func (u *upgradeView) close() {
	if u.shown != nil {
		u.shown()
	}
}
