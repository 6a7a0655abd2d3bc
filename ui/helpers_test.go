package ui

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
)

func TestMain(m *testing.M) {
	// Fyne logs a locale error without a real locale.
	os.Setenv("LANG", "vi_VN.UTF-8")
	os.Exit(m.Run())
}

// testApp is the program on a headless test driver, with an archive open,
// a fakeAsker answering for the person, and background work either inline
// (newTestApp) or on goroutines as in the program (newLiveTestApp).
type testApp struct {
	*App
	Path string
	ask  *fakeAsker
	loop *uiLoop // the window's goroutine of a live test app; nil when inline
}

// newTestApp opens a demo archive of n entries (0: an empty archive) in a
// temporary folder, as the program would after "Mở kho"; background work
// runs inline, so each action's result is there when it returns.
func newTestApp(t testing.TB, n int) *testApp {
	t.Helper()
	return openTestApp(t, n, inlineRunner{}, nil)
}

// newLiveTestApp is newTestApp with the program's own runner: work on
// goroutines, results handed to the UI goroutine, which the test goroutine
// plays (see uiLoop).
func newLiveTestApp(t testing.TB, n int) *testApp {
	t.Helper()
	loop := &uiLoop{wake: make(chan struct{}, 1)}
	return openTestApp(t, n, goRunner{toUI: loop.post}, loop)
}

func openTestApp(t testing.TB, n int, run runner, loop *uiLoop) *testApp {
	t.Helper()
	fa := test.NewTempApp(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "kho.dvk")
	o := data.Options{BackupDir: filepath.Join(dir, "saoluu"), Actor: data.Actor{User: "lan.nt", Machine: "MAY-VP-01", Display: "Nguyễn Thị Lan"}}
	ar, err := data.Create(context.Background(), path, o)
	if err != nil {
		t.Fatal(err)
	}
	if n > 0 {
		if _, err := demo.Generate(context.Background(), ar, demo.Options{Entries: n}); err != nil {
			t.Fatal(err)
		}
	}
	ask := &fakeAsker{yes: true}
	a := newApp(fa, run, ask)
	a.env.Win.Resize(fyne.NewSize(1366, 768))
	a.opened(ar)
	t.Cleanup(a.env.closeArchive)
	return &testApp{App: a, Path: path, ask: ask, loop: loop}
}

// other opens a second handle on the archive, as a colleague's computer.
func (ta *testApp) other(t testing.TB) *data.Archive {
	t.Helper()
	o := data.Options{BackupDir: t.TempDir(), Actor: data.Actor{User: "hung.nv", Machine: "MAY-VP-02", Display: "Nguyễn Văn Hùng"}}
	b, err := data.Open(context.Background(), ta.Path, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// screen shows and returns a screen of the main window.
func (ta *testApp) screen(id string) screen {
	ta.shell.Show(id)
	return ta.shell.Screen(id)
}

// until plays the window's goroutine of a live test app: it runs what
// background work hands back, one at a time, until done reports true.
func (ta *testApp) until(t testing.TB, what string, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !done() {
		if !ta.loop.runNext(time.Until(deadline)) {
			t.Fatalf("still waiting for %s", what)
		}
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// inlineRunner runs background work at once on the caller's goroutine, and
// timers without waiting: a test sees an action's result when it returns.
type inlineRunner struct{}

func (inlineRunner) start(work, done func()) { work(); done() }

func (inlineRunner) after(_ time.Duration, f func()) func() bool {
	f()
	return func() bool { return false }
}

func (inlineRunner) do(f func()) { f() }

// uiLoop stands for the window's goroutine in live tests: what work hands
// back waits in a queue, in order, until the test goroutine runs it, as
// Fyne's main loop would.
type uiLoop struct {
	mu    sync.Mutex
	queue []func()
	wake  chan struct{}
}

// post queues f; any goroutine may call it.
func (l *uiLoop) post(f func()) {
	l.mu.Lock()
	l.queue = append(l.queue, f)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// runNext runs the first function queued, waiting up to wait for one; it
// reports whether one ran.
func (l *uiLoop) runNext(wait time.Duration) bool {
	f := l.take()
	if f == nil {
		select {
		case <-l.wake:
		case <-time.After(wait):
			return false
		}
		if f = l.take(); f == nil {
			return true // a wake-up for a function already run; look again
		}
	}
	f()
	return true
}

// pending returns how many functions wait in the queue.
func (l *uiLoop) pending() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.queue)
}

// take removes the first function queued, or returns nil.
func (l *uiLoop) take() func() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.queue) == 0 {
		return nil
	}
	f := l.queue[0]
	l.queue = l.queue[1:]
	return f
}

// fakeAsker answers for the person: it notes every question, answers yes
// (or no), fills forms and chooses in conflicts as the test says, and keeps
// the errors shown.
type fakeAsker struct {
	asked      []string // titles of confirmations and forms, in order
	told       []string // titles of messages shown
	errors     []error  // errors shown
	waited     []string // titles of the waits shown (progress of long work)
	closed     int      // how many waits were closed
	yes        bool     // the answer to confirmations
	onForm     func(title string, items []*widget.FormItem)
	onConflict func(fields []*conflictField, save func())
	onError    func(err error)
}

func (a *fakeAsker) confirm(title, _, _ string, then func()) {
	a.asked = append(a.asked, title)
	if a.yes {
		then()
	}
}

func (a *fakeAsker) form(title string, items []*widget.FormItem, save func()) {
	a.asked = append(a.asked, title)
	if a.onForm != nil {
		a.onForm(title, items)
	}
	save()
}

func (a *fakeAsker) conflict(_ string, fields []*conflictField, _ []string, save func()) {
	if a.onConflict != nil {
		a.onConflict(fields, save)
	}
}

func (a *fakeAsker) showError(err error) {
	a.errors = append(a.errors, err)
	if a.onError != nil {
		a.onError(err)
	}
}

func (a *fakeAsker) inform(title, _ string) { a.told = append(a.told, title) }

func (a *fakeAsker) show(title string, _ float32, _ fyne.CanvasObject) {
	a.told = append(a.told, title)
}

func (a *fakeAsker) wait(title string, _ fyne.CanvasObject, _ func()) func() {
	a.waited = append(a.waited, title)
	return func() { a.closed++ }
}
