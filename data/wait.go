package data

import (
	"context"
	"sync"
	"time"
)

// waitNoticeAfter is how long work waits for a colleague's lock before the
// person is told: shorter waits are a normal save on a shared drive.
const waitNoticeAfter = time.Second

type waitNoticeKey struct{}

// WithWaitNotice returns a context under which the archive calls
// notice(true) once a piece of work has waited waitNoticeAfter for a lock
// someone else holds (a colleague saving or importing), and notice(false)
// when it stops waiting: it got the lock, failed, or ctx was cancelled
// (which ends the wait at once). notice runs on the archive's goroutine.
func WithWaitNotice(ctx context.Context, notice func(waiting bool)) context.Context {
	return context.WithValue(ctx, waitNoticeKey{}, notice)
}

// lockWait tells the notice of ctx, if any, about one wait for a lock.
type lockWait struct {
	notice func(bool)
	mu     sync.Mutex
	timer  *time.Timer
	shown  bool
	ended  bool
}

func startLockWait(ctx context.Context) *lockWait {
	w := &lockWait{}
	w.notice, _ = ctx.Value(waitNoticeKey{}).(func(bool))
	if w.notice != nil {
		w.timer = time.AfterFunc(waitNoticeAfter, w.show)
	}
	return w
}

// listened reports whether anyone is told about the wait.
func (w *lockWait) listened() bool { return w.notice != nil }

func (w *lockWait) show() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.ended {
		w.shown = true
		w.notice(true)
	}
}

// stop ends the wait; it may be called more than once.
func (w *lockWait) stop() {
	if w.notice == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.ended {
		return
	}
	w.ended = true
	w.timer.Stop()
	if w.shown {
		w.notice(false)
	}
}
