package ui

import (
	"cmp"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// tableColumns are a table's titles and widths; a width of 0 is a column
// that fills the room the others leave (see fillColumn), at least 250.
type tableColumns []struct {
	title string
	width float32
}

// widths are the columns' widths, as fillColumn takes them.
func (cols tableColumns) widths() []float32 {
	var w []float32
	for _, c := range cols {
		w = append(w, cmp.Or(c.width, 250))
	}
	return w
}

// newTextTable makes a table of pre-formatted text under bold titles; with
// numeric, all but the first column align right. cell is asked only for
// the rows there are.
func newTextTable(cols tableColumns, numeric bool, rows func() int, cell func(row, col int) string) *widget.Table {
	t := widget.NewTableWithHeaders(func() (int, int) { return rows(), len(cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row >= rows() {
				return
			}
			l := o.(*widget.Label)
			l.Alignment = fyne.TextAlignLeading
			if id.Col > 0 && numeric {
				l.Alignment = fyne.TextAlignTrailing
			}
			l.SetText(cell(id.Row, id.Col))
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(cols[id.Col].title)
		}
	}
	for i, w := range cols.widths() {
		t.SetColumnWidth(i, w)
	}
	return t
}
