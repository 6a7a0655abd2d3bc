package ui

import (
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"github.com/danvankheo/danvankheo/data"
)

// Tour shows every screen in turn and saves a picture of each into dir,
// then quits: the screenshots of the documentation are made by the program
// itself, in a real window (make screenshots runs it under Xvfb).
func (a *App) Tour(dir string) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	wait := func() { time.Sleep(1500 * time.Millisecond) }
	shot := func(name string) {
		wait()
		path := filepath.Join(dir, name+".png")
		// What the X server shows, as a person sees it; the canvas capture
		// is the fallback where ImageMagick is missing.
		if err := exec.Command("import", "-window", "root", path).Run(); err == nil {
			return
		}
		fyne.DoAndWait(func() {
			img := a.env.Win.Canvas().Capture()
			f, err := os.Create(path)
			if err == nil {
				err = png.Encode(f, img)
				f.Close()
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
			}
		})
	}
	for i := 0; i < 60; i++ { // the archive opens in the background
		var ready bool
		fyne.DoAndWait(func() { ready = a.shell != nil })
		if ready {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if a.shell == nil {
		fmt.Fprintln(os.Stderr, "tour: no archive open")
		os.Exit(1)
	}
	for i, it := range a.shell.items {
		fyne.DoAndWait(func() { a.shell.Show(it.id) })
		if it.id == screenReports {
			fyne.DoAndWait(func() { a.shell.Screen(screenReports).(*Reports).ShowPreview() })
			wait()
		}
		shot(fmt.Sprintf("%02d-%s", i+1, it.id))
		if it.id == screenEvaluate {
			fyne.DoAndWait(func() {
				ev := a.shell.Screen(screenEvaluate).(*Evaluations)
				if rows := ev.Rows(); len(rows) > 0 {
					ev.Open(rows[0].ID)
				}
			})
			shot(fmt.Sprintf("%02d-%s-phieu", i+1, it.id))
			fyne.DoAndWait(func() { a.shell.Screen(screenEvaluate).(*Evaluations).BackToList() })
		}
		if it.id == screenAwards {
			fyne.DoAndWait(func() { a.shell.Screen(screenAwards).(*Awards).Tabs.SelectIndex(1) })
			shot(fmt.Sprintf("%02d-%s-quyet-dinh", i+1, it.id))
		}
		if it.id == screenCatalog {
			fyne.DoAndWait(func() { a.shell.Screen(screenCatalog).(*CatalogScreen).Tabs.SelectIndex(4) })
			shot(fmt.Sprintf("%02d-%s-tieu-chi", i+1, it.id))
		}
		if it.id == screenEntries {
			fyne.DoAndWait(func() {
				e := a.shell.Screen(screenEntries).(*Entries)
				if len(e.ids) > 0 {
					e.Open(e.ids[0])
				}
			})
			shot(fmt.Sprintf("%02d-%s-sua", i+1, it.id))
			fyne.DoAndWait(func() { a.shell.Screen(screenEntries).(*Entries).closeForm() })
		}
	}
	var ar *data.Archive
	fyne.DoAndWait(func() { ar = a.env.Archive() })
	if other, err := tourMergeCopy(ar); err != nil {
		fmt.Fprintln(os.Stderr, "tour: merge:", err)
	} else {
		fyne.DoAndWait(func() {
			w := newMergeWizard(a.env, a.shell)
			w.show()
			w.Path.SetText(other)
			w.Load()
		})
		shot(fmt.Sprintf("%02d-gop-kho", len(a.shell.items)+1))
	}
	fyne.DoAndWait(func() {
		a.env.Win.SetCloseIntercept(nil)
		a.env.App.Quit()
	})
}
