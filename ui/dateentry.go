package ui

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// newDateEntry is an entry for a date typed dd/mm/yyyy, whatever the
// region setting of Windows (Fyne's DateEntry follows it: US machines would
// show mm/dd/yyyy).
func newDateEntry() *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder("ngày/tháng/năm, ví dụ 05/02/2026")
	e.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		if _, err := vntext.ParseDate(s); err != nil {
			return errors.New("Ngày không hợp lệ (dạng 05/02/2026)")
		}
		return nil
	}
	return e
}

// newTodayEntry is a date entry holding today's date, the usual date of
// a document or decision made now.
func newTodayEntry() *widget.Entry {
	e := newDateEntry()
	e.SetText(vntext.FormatDate(nowFunc()))
	return e
}

// issueDate reads a document's date of issue: today when left empty, and
// today with an error when what was typed is not a date.
func issueDate(e *widget.Entry) (time.Time, error) {
	if t, err := vntext.ParseDate(e.Text); err == nil {
		return t, nil
	}
	if strings.TrimSpace(e.Text) != "" {
		return nowFunc(), &data.Error{Code: data.EInvalid, Message: "Ngày ban hành không hợp lệ (dạng 05/02/2026)."}
	}
	return nowFunc(), nil
}

// isoDate turns what was typed into the archive's date ("" for empty, the
// text itself when it is not a date, so saving it reports the field).
func isoDate(s string) data.Date {
	d, _ := data.ParseDate(s)
	return d
}
