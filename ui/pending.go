package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// pending is a placeholder for screens being written; each is replaced by
// its own file.
type pending struct{ title string }

func (p *pending) Content() fyne.CanvasObject { return widget.NewLabel(p.title) }
func (p *pending) Reload()                    {}
