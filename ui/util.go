package ui

import (
	"net/url"
	"time"

	"fyne.io/fyne/v2/storage"
)

// nowFunc is the clock; tests may set it.
var nowFunc = time.Now

// openLocal opens a file or folder of this computer in the program the
// system gives it (the PDF viewer, the file manager).
func openLocal(env *Env, path string) error {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		return err
	}
	return env.App.OpenURL(u)
}
