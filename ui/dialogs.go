package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// asker asks the person and tells them things. The program's shows
// dialogs in its window; tests answer for the person.
type asker interface {
	// confirm asks before something destructive; ok names the action,
	// and then runs if the person agrees.
	confirm(title, message, ok string, then func())
	// form shows items and runs save when the person confirms.
	form(title string, items []*widget.FormItem, save func())
	// conflict shows the fields two people changed (who saved first) and
	// runs save once the person has chosen in each field's choice.
	conflict(who string, fields []*conflictField, theirsOnly []string, save func())
	// showError shows err's Vietnamese message.
	showError(err error)
	// inform shows a short message, until the person closes it.
	inform(title, message string)
	// show shows body, width wide, for the person to read until they
	// close it.
	show(title string, width float32, body fyne.CanvasObject)
	// wait shows body while work runs, with a cancel button when cancel
	// is not nil; it returns the function that closes it.
	wait(title string, body fyne.CanvasObject, cancel func()) (close func())
}

// windowAsker asks in dialogs over the program's window.
type windowAsker struct{ win fyne.Window }

func (a windowAsker) confirm(title, message, ok string, then func()) {
	d := dialog.NewConfirm(title, message, func(yes bool) {
		if yes {
			then()
		}
	}, a.win)
	d.SetConfirmText(ok)
	d.SetDismissText("Không")
	d.Show()
}

func (a windowAsker) form(title string, items []*widget.FormItem, save func()) {
	d := dialog.NewForm(title, "Lưu", "Hủy", items, func(ok bool) {
		if ok {
			save()
		}
	}, a.win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}

func (a windowAsker) conflict(who string, fields []*conflictField, theirsOnly []string, save func()) {
	showConflict(a.win, who, fields, theirsOnly, save)
}

// showError shows err's Vietnamese message; the technical cause stays out
// of the person's way.
func (a windowAsker) showError(err error) {
	dialog.ShowError(errors.New(data.ErrorMessage(err)), a.win)
}

func (a windowAsker) inform(title, message string) { dialog.ShowInformation(title, message, a.win) }

func (a windowAsker) show(title string, width float32, body fyne.CanvasObject) {
	d := dialog.NewCustom(title, "Đóng", body, a.win)
	d.Resize(fyne.NewSize(width, 0))
	d.Show()
}

func (a windowAsker) wait(title string, body fyne.CanvasObject, cancel func()) func() {
	var d dialog.Dialog
	closing := false
	if cancel != nil {
		d = dialog.NewCustom(title, "Hủy", body, a.win)
		d.SetOnClosed(func() {
			if !closing {
				cancel()
			}
		})
	} else {
		d = dialog.NewCustomWithoutButtons(title, body, a.win)
	}
	d.Resize(fyne.NewSize(440, 0))
	d.Show()
	return func() {
		closing = true
		d.Hide()
	}
}

// progress is a dialog with a bar and a cancel button for long work.
type progress struct {
	ctx   context.Context
	bar   *widget.ProgressBar
	close func()
	run   runner
}

func newProgress(env *Env, title, text string) *progress {
	ctx, cancel := context.WithCancel(context.Background())
	p := &progress{ctx: ctx, bar: widget.NewProgressBar(), run: env.run}
	content := container.NewVBox(widget.NewLabel(text), p.bar)
	p.close = env.ask.wait(title, content, cancel)
	return p
}

// update may be called from any goroutine.
func (p *progress) update(done, total int) {
	if total <= 0 {
		return
	}
	p.run.do(func() { p.bar.SetValue(float64(done) / float64(total)) })
}

// done closes the dialog without cancelling the (finished) work.
func (p *progress) done() { p.close() }

// waitDialog shows a moving bar while work of unknown length runs (a
// backup, a restore); it returns the function that closes it.
func waitDialog(env *Env, title, text string) func() {
	bar := widget.NewProgressBarInfinite()
	closeIt := env.ask.wait(title, container.NewVBox(widget.NewLabel(text), bar), nil)
	return func() {
		bar.Stop()
		closeIt()
	}
}

// confirm asks before something destructive; ok names the action.
func confirm(env *Env, title, message, ok string, then func()) {
	env.ask.confirm(title, message, ok, then)
}

// formDialog shows a form and runs save when the person confirms.
func formDialog(env *Env, title string, items []*widget.FormItem, save func()) {
	env.ask.form(title, items, save)
}
