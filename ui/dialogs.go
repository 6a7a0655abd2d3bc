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

// showError shows err's Vietnamese message; the technical cause stays out of
// the person's way.
func showError(w fyne.Window, err error) {
	if err == nil || w == nil {
		return
	}
	dialog.ShowError(errors.New(data.ErrorMessage(err)), w)
}

// progress is a dialog with a bar and a cancel button for long work.
type progress struct {
	ctx      context.Context
	cancel   context.CancelFunc
	bar      *widget.ProgressBar
	d        dialog.Dialog
	finished bool
}

func newProgress(env *Env, title, text string) *progress {
	ctx, cancel := context.WithCancel(context.Background())
	p := &progress{ctx: ctx, cancel: cancel, bar: widget.NewProgressBar()}
	if env.Win == nil || env.Sync {
		return p
	}
	content := container.NewVBox(widget.NewLabel(text), p.bar)
	d := dialog.NewCustom(title, "Hủy", content, env.Win)
	d.SetOnClosed(func() {
		if !p.finished {
			cancel()
		}
	})
	d.Resize(fyne.NewSize(420, 0))
	p.d = d
	d.Show()
	return p
}

// update may be called from any goroutine.
func (p *progress) update(done, total int) {
	if total <= 0 {
		return
	}
	fyne.Do(func() { p.bar.SetValue(float64(done) / float64(total)) })
}

// done closes the dialog without cancelling the (finished) work.
func (p *progress) done() {
	p.finished = true
	if p.d != nil {
		p.d.Hide()
	}
}

// confirm asks before something destructive; ok names the action.
func confirm(env *Env, title, message, ok string, then func()) {
	if env.Sync || env.Win == nil {
		// Tests see what was asked, and answer yes.
		env.Asked = append(env.Asked, title)
		then()
		return
	}
	d := dialog.NewConfirm(title, message, func(yes bool) {
		if yes {
			then()
		}
	}, env.Win)
	d.SetConfirmText(ok)
	d.SetDismissText("Không")
	d.Show()
}

// formDialog shows a form and runs save when the person confirms. While
// Sync (tests) it records the title in Env.Asked, lets Env.OnForm fill the
// items, and confirms at once.
func formDialog(env *Env, title string, items []*widget.FormItem, save func()) {
	if env.Sync || env.Win == nil {
		env.Asked = append(env.Asked, title)
		if env.OnForm != nil {
			env.OnForm(title, items)
		}
		save()
		return
	}
	d := dialog.NewForm(title, "Lưu", "Hủy", items, func(ok bool) {
		if ok {
			save()
		}
	}, env.Win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}
