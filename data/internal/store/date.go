package store

import (
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// Date is a calendar day as the archive stores it, "2026-02-05" (so text
// order is date order); "" is no date. Text writes it as people do,
// "05/02/2026".
type Date string

// dateLayout is the one form dates are stored in.
const dateLayout = "2006-01-02"

// DateOf is the day of t, in t's location.
func DateOf(t time.Time) Date { return Date(t.Format(dateLayout)) }

// ParseDate reads a date as a person types it ("05/02/2026", "5/2/26", or
// the stored "2026-02-05"; see vntext.ParseDate); blank text is no date.
// Other text comes back as it is, with an error in Vietnamese, so saving it
// names the field (see Valid).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	t, err := vntext.ParseDate(s)
	if err != nil {
		return Date(s), err
	}
	return DateOf(t), nil
}

// Time returns the day at midnight UTC, and false for no date or text that
// is not one.
func (d Date) Time() (time.Time, bool) {
	t, err := time.Parse(dateLayout, string(d))
	return t, err == nil
}

// Valid reports whether d is no date or a real day.
func (d Date) Valid() bool {
	_, ok := d.Time()
	return d == "" || ok
}

// Text writes the day as "05/02/2026", and text that is not a date as it
// is.
func (d Date) Text() string {
	if t, ok := d.Time(); ok {
		return vntext.FormatDate(t)
	}
	return string(d)
}
