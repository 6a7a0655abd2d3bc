package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// newSearchEntry is a search box: hint says what it searches, typed runs
// at every change.
func newSearchEntry(hint string, typed func(string)) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(hint)
	e.ActionItem = widget.NewIcon(theme.SearchIcon())
	e.OnChanged = typed
	return e
}

// debouncer runs an action once typing pauses, so a search box does not
// query the archive at every keystroke. Its zero value is ready.
type debouncer struct {
	stop func() bool // cancels the action waiting, if any
}

// after runs f on the UI goroutine once nothing else was asked of d for
// wait.
func (d *debouncer) after(env *Env, wait time.Duration, f func()) {
	if d.stop != nil {
		d.stop()
	}
	d.stop = env.run.after(wait, f)
}

// latestRead numbers the reads of a list whose filters change faster than
// the archive answers: only the latest read's answer may be shown. Reads
// that depend on it (a page of its rows) compare gen too. Its zero value
// is ready.
type latestRead struct {
	gen    int // bumps at every read; answers of older ones are dropped
	cancel context.CancelFunc
}

// readLatest runs work in the background as l's latest read, cancelling
// the one before, and gives done its answer unless a newer read started
// meanwhile. Errors are shown, except the cancellation a newer read
// causes.
func readLatest[T any](env *Env, l *latestRead, work func(ctx context.Context, ar *data.Archive) (T, error), done func(T)) {
	if l.cancel != nil {
		l.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	l.cancel = cancel
	l.gen++
	gen := l.gen
	background(env, ctx, work, func(v T, err error) {
		if gen != l.gen {
			return // a newer read is on its way
		}
		if err != nil {
			if data.ErrorCode(err) != data.ECanceled {
				env.ShowError(err)
			}
			return
		}
		done(v)
	})
}
