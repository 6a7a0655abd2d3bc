// Package ui is the window program: one file per screen, each screen's
// state and actions in a struct that tests drive without a window (through
// fyne.io/fyne/v2/test). Work that can take time runs off the UI goroutine
// through a runner and hands its result back on it; questions and messages
// for the person go through an asker. The program's runner and asker are
// goroutines and dialogs; tests put their own in.
package ui

import (
	"context"
	"sync"

	"fyne.io/fyne/v2"

	"github.com/danvankheo/danvankheo/data"
)

// Env is what every screen shares: the app, its window, the person's local
// preferences, the open archive, and the runner and asker screens use.
// Everything but setWaiting and StopWaiting belongs to the UI goroutine.
type Env struct {
	App   fyne.App
	Win   fyne.Window
	Prefs *Prefs

	run runner // background work
	ask asker  // confirmations, forms, conflict choices, messages

	session *session // the open archive and its jobs; nil on the start page
	catalog *Catalog // the latest catalogue any screen loaded

	busy     int                // running jobs the person asked for
	onBusy   func(working bool) // shows the wait indicator
	waitMu   sync.Mutex         // guards waiting, which work's goroutines change
	waiting  map[*waitJob]context.CancelFunc
	onWait   func(waiting bool) // shows that work waits for a colleague, with a way out
	onChange func()             // the archive changed (this program or another)
}

// Archive returns the open archive, or nil. Work in the background does
// not call it: it gets the archive its job started with.
func (e *Env) Archive() *data.Archive {
	if e.session == nil {
		return nil
	}
	return e.session.ar
}

// setArchive makes ar the open archive, closing the one before.
func (e *Env) setArchive(ar *data.Archive) {
	e.closeArchive()
	e.session = newSession(ar)
}

// closeArchive cancels the open archive's work, waits for it and closes
// the archive; results of that work are dropped.
func (e *Env) closeArchive() {
	if s := e.session; s != nil {
		e.session = nil
		s.close()
	}
}

// ReadOnly reports whether the open archive refuses changes.
func (e *Env) ReadOnly() bool {
	ar := e.Archive()
	if ar == nil {
		return true
	}
	ro, _ := ar.ReadOnly()
	return ro
}

// ShowError tells the person what went wrong, in Vietnamese.
func (e *Env) ShowError(err error) {
	if err != nil {
		e.ask.showError(err)
	}
}

// catalogSource returns the latest catalogue loaded.
func (e *Env) catalogSource() (*Catalog, bool) { return e.catalog, e.catalog != nil }

// changed tells the screens that the archive's content changed.
func (e *Env) changed() {
	if e.onChange != nil {
		e.onChange()
	}
}
