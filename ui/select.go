package ui

import "fyne.io/fyne/v2/widget"

// selectPlaceHolder is what an empty choice shows. Fyne's own is the
// English "(Select one)", which no translation reaches.
const selectPlaceHolder = "(Chọn)"

// newSelect is widget.NewSelect with a Vietnamese place holder; every
// choice of the program is made with it.
func newSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = selectPlaceHolder
	return s
}
