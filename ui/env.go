// Package ui is the window program: one file per screen, each screen's
// state and actions in a struct that tests drive without a window (through
// fyne.io/fyne/v2/test). Work that can take time runs off the UI goroutine
// and hands its result back with fyne.Do; in tests it runs inline.
package ui

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// Env is what every screen shares: the app, its window, the open archive
// and the person's local preferences.
type Env struct {
	App     fyne.App
	Win     fyne.Window
	Archive *data.Archive
	Prefs   *Prefs

	// Sync makes background work run inline, so tests see its result at
	// once. The program leaves it false.
	Sync bool
	// Asked lists the confirmations asked while Sync (tests read it).
	Asked []string
	// Errors lists the errors shown while Sync (tests read it).
	Errors []error
	// OnConflict answers a save conflict while Sync: the fields both people
	// changed, and save, which stores the choices made in fields.
	OnConflict func(fields []*conflictField, save func())
	// OnForm fills a form dialog while Sync, before it is confirmed.
	OnForm func(title string, items []*widget.FormItem)

	catalog *Catalog // the latest catalogue any screen loaded

	busyMu   sync.Mutex
	busy     int
	onBusy   func(working bool) // shows the wait indicator
	waiting  map[*waitJob]context.CancelFunc
	onWait   func(waiting bool) // shows that work waits for a colleague, with a way out
	onError  func(err error)    // shows an error to the person
	onChange func()             // the archive changed (this program or another)
}

// ReadOnly reports whether the open archive refuses changes.
func (e *Env) ReadOnly() bool {
	if e.Archive == nil {
		return true
	}
	ro, _ := e.Archive.ReadOnly()
	return ro
}

// background runs work off the UI goroutine and then done on it. While it
// runs longer than a moment the window shows that it is busy (a colleague
// may be saving to the shared file). ctx cancels the work.
func background[T any](e *Env, ctx context.Context, work func(ctx context.Context) (T, error), done func(T, error)) {
	if e.Sync {
		v, err := work(ctx)
		done(v, err)
		return
	}
	// Work that waits for a colleague's lock says so, and may be cancelled.
	ctx, cancel := context.WithCancel(ctx)
	key := new(waitJob)
	ctx = data.WithWaitNotice(ctx, func(waiting bool) { e.setWaiting(key, waiting, cancel) })
	e.setBusy(+1)
	go func() {
		v, err := work(ctx)
		cancel()
		fyne.Do(func() {
			e.setBusy(-1)
			done(v, err)
		})
	}()
}

// setBusy counts running jobs; the indicator appears only for jobs that
// last, so quick reads do not flicker.
func (e *Env) setBusy(delta int) {
	e.busyMu.Lock()
	e.busy += delta
	n := e.busy
	e.busyMu.Unlock()
	if e.onBusy == nil {
		return
	}
	if n == 0 {
		e.onBusy(false)
		return
	}
	if delta > 0 && n == 1 {
		time.AfterFunc(300*time.Millisecond, func() {
			fyne.Do(func() {
				e.busyMu.Lock()
				still := e.busy > 0
				e.busyMu.Unlock()
				if still {
					e.onBusy(true)
				}
			})
		})
	}
}

// waitJob identifies one piece of background work while it waits.
type waitJob struct{ _ byte }

// setWaiting records whether the job key waits for a lock someone else
// holds; the window shows it while any job waits.
func (e *Env) setWaiting(key *waitJob, on bool, cancel context.CancelFunc) {
	e.busyMu.Lock()
	if e.waiting == nil {
		e.waiting = map[*waitJob]context.CancelFunc{}
	}
	if on {
		e.waiting[key] = cancel
	} else {
		delete(e.waiting, key)
	}
	n := len(e.waiting)
	e.busyMu.Unlock()
	if e.onWait != nil {
		fyne.Do(func() { e.onWait(n > 0) })
	}
}

// StopWaiting cancels every job that waits for a colleague's lock; each
// ends with "Công việc đã bị hủy." and has written nothing.
func (e *Env) StopWaiting() {
	e.busyMu.Lock()
	defer e.busyMu.Unlock()
	for _, cancel := range e.waiting {
		cancel()
	}
}

// ShowError tells the person what went wrong, in Vietnamese.
func (e *Env) ShowError(err error) {
	if err == nil {
		return
	}
	if e.Sync {
		e.Errors = append(e.Errors, err)
	}
	if e.onError != nil {
		e.onError(err)
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
