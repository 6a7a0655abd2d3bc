package ui

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/danvankheo/danvankheo/data"
)

// runner runs work off the UI goroutine and hands results back to it. The
// program's is goRunner; tests may run work inline instead.
type runner interface {
	// start runs work off the UI goroutine, then done on it.
	start(work, done func())
	// after runs f on the UI goroutine once d has passed, unless stop
	// is called first (stop reports whether it was).
	after(d time.Duration, f func()) (stop func() bool)
	// do runs f on the UI goroutine; any goroutine may call it.
	do(f func())
}

// goRunner is the program's runner: a goroutine per job, results handed
// to the window's goroutine with toUI (fyne.Do when nil).
type goRunner struct {
	toUI func(func())
}

func (r goRunner) start(work, done func()) {
	go func() {
		work()
		r.do(done)
	}()
}

func (r goRunner) after(d time.Duration, f func()) func() bool {
	t := time.AfterFunc(d, func() { r.do(f) })
	return t.Stop
}

func (r goRunner) do(f func()) {
	if r.toUI != nil {
		r.toUI(f)
		return
	}
	fyne.Do(f)
}

// session is one open archive and the work running on it. Work gets the
// archive its job started with, never the one open when it runs; closing
// cancels the jobs and waits for them before the archive is closed.
type session struct {
	ar     *data.Archive
	ctx    context.Context // cancelled when the archive closes
	cancel context.CancelFunc
	jobs   sync.WaitGroup
}

func newSession(ar *data.Archive) *session {
	ctx, cancel := context.WithCancel(context.Background())
	return &session{ar: ar, ctx: ctx, cancel: cancel}
}

// close cancels the session's jobs, waits until their work has returned
// (their results are then dropped) and closes the archive.
func (s *session) close() {
	s.cancel()
	s.jobs.Wait()
	s.ar.Close()
}

// background runs work off the UI goroutine with the archive open when it
// is called (nil on the start page), then done on the UI goroutine with its
// result. While it runs longer than a moment the window shows that it is
// busy (a colleague may be saving to the shared file). ctx cancels the
// work, and so does closing the archive, which drops the result.
func background[T any](e *Env, ctx context.Context, work func(ctx context.Context, ar *data.Archive) (T, error), done func(T, error)) {
	var v T
	var err error
	e.startJob(ctx, true, func(ctx context.Context, ar *data.Archive) { v, err = work(ctx, ar) }, func() { done(v, err) })
}

// quietly is background for work the person did not ask for (the daily
// backup, looking for others' changes): the window does not show it busy.
func quietly[T any](e *Env, work func(ctx context.Context, ar *data.Archive) (T, error), done func(T, error)) {
	var v T
	var err error
	e.startJob(context.Background(), false, func(ctx context.Context, ar *data.Archive) { v, err = work(ctx, ar) }, func() { done(v, err) })
}

// startJob starts one job; it runs on the UI goroutine, so the session it
// reads is the one open now.
func (e *Env) startJob(ctx context.Context, shown bool, work func(ctx context.Context, ar *data.Archive), done func()) {
	s := e.session
	ctx, cancel := context.WithCancel(ctx)
	var ar *data.Archive
	stop := func() bool { return false }
	if s != nil {
		ar = s.ar
		stop = context.AfterFunc(s.ctx, cancel)
		s.jobs.Add(1)
	}
	// Work that waits for a colleague's lock says so, and may be cancelled.
	key := new(waitJob)
	ctx = data.WithWaitNotice(ctx, func(waiting bool) { e.setWaiting(key, waiting, cancel) })
	if shown {
		e.setBusy(+1)
	}
	e.run.start(func() {
		work(ctx, ar)
		stop()
		cancel()
		if s != nil {
			s.jobs.Done()
		}
	}, func() {
		if shown {
			e.setBusy(-1)
		}
		if s != nil && e.session != s {
			return // the archive was closed meanwhile, and its screens with it
		}
		done()
	})
}

// setBusy counts running jobs; the indicator appears only for jobs that
// last, so quick reads do not flicker. UI goroutine only.
func (e *Env) setBusy(delta int) {
	e.busy += delta
	if e.onBusy == nil {
		return
	}
	if e.busy == 0 {
		e.onBusy(false)
		return
	}
	if delta > 0 && e.busy == 1 {
		e.run.after(300*time.Millisecond, func() {
			if e.busy > 0 {
				e.onBusy(true)
			}
		})
	}
}

// waitJob identifies one piece of background work while it waits.
type waitJob struct{ _ byte }

// setWaiting records whether the job key waits for a lock someone else
// holds; the window shows it while any job waits. Work calls it from its
// own goroutine.
func (e *Env) setWaiting(key *waitJob, on bool, cancel context.CancelFunc) {
	e.waitMu.Lock()
	if e.waiting == nil {
		e.waiting = map[*waitJob]context.CancelFunc{}
	}
	if on {
		e.waiting[key] = cancel
	} else {
		delete(e.waiting, key)
	}
	n := len(e.waiting)
	e.waitMu.Unlock()
	e.run.do(func() {
		if e.onWait != nil {
			e.onWait(n > 0)
		}
	})
}

// StopWaiting cancels every job that waits for a colleague's lock; each
// ends with "Công việc đã bị hủy." and has written nothing.
func (e *Env) StopWaiting() {
	e.waitMu.Lock()
	defer e.waitMu.Unlock()
	for _, cancel := range e.waiting {
		cancel()
	}
}
