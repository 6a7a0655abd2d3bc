package vntext

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// dateHint is appended to every date error so the user sees the expected
// form next to the mistake.
const dateHint = "(cần dạng ngày/tháng/năm, ví dụ 05/02/2026)"

// FormatDate writes t as "05/02/2026" (day/month/year, two-digit day and
// month), the short form used in tables and input fields.
func FormatDate(t time.Time) string {
	y, m, d := t.Date()
	return fmt.Sprintf("%02d/%02d/%04d", d, int(m), y)
}

// ParseDate reads a date typed by a user: "05/02/2026", "5/2/2026",
// "5-2-2026", "05.02.2026", "5/2/26" (a two-digit year 00-69 means 20xx and
// 70-99 means 19xx) or ISO "2026-02-05", with spaces around allowed; the
// year must be 0001-9999. The
// result is midnight UTC of that day. Impossible dates and any other text
// give an error with a Vietnamese message that can be shown to the user.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("chưa nhập ngày " + dateHint)
	}
	bad := fmt.Errorf("ngày %q không hợp lệ %s", s, dateHint)
	sep := strings.IndexAny(s, "/-.")
	if sep < 0 {
		return time.Time{}, bad
	}
	parts := strings.Split(s, s[sep:sep+1])
	if len(parts) != 3 {
		return time.Time{}, bad
	}
	var y, m, d int
	switch {
	case s[sep] == '-' && len(parts[0]) == 4:
		// ISO 8601: year-month-day.
		if len(parts[1]) > 2 || len(parts[2]) > 2 {
			return time.Time{}, bad
		}
		y, m, d = digits(parts[0]), digits(parts[1]), digits(parts[2])
	case len(parts[0]) <= 2 && len(parts[1]) <= 2:
		d, m = digits(parts[0]), digits(parts[1])
		switch len(parts[2]) {
		case 2:
			y = digits(parts[2])
			if y >= 0 && y < 70 {
				y += 2000
			} else if y >= 70 {
				y += 1900
			}
		case 4:
			y = digits(parts[2])
		default:
			return time.Time{}, bad
		}
	default:
		return time.Time{}, bad
	}
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, bad
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31/02 and 29/02 of a common year roll over
		return time.Time{}, bad
	}
	return t, nil
}

// digits parses a non-empty run of ASCII digits (at most 4, so no overflow)
// and returns -1 for anything else.
func digits(s string) int {
	if s == "" {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// DateStyle selects the leading-zero rule of a document type, because Party
// and State documents write the day and month of the date line differently.
type DateStyle int

const (
	// PartyStyle follows Hướng dẫn 36-HD/VPTW for Party documents: a day or
	// a month below 10 takes a leading zero ("ngày 05 tháng 02 năm 2026",
	// "ngày 15 tháng 08 năm 2026").
	PartyStyle DateStyle = iota
	// StateStyle follows Nghị định 30/2020/NĐ-CP for State documents: a day
	// below 10 and the months 1 and 2 take a leading zero, other months do
	// not ("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 8 năm 2026").
	StateStyle
)

// LongDate writes the date line of an administrative document,
// "ngày 05 tháng 02 năm 2026", with the leading zeros of style; any style
// other than PartyStyle is treated as StateStyle.
func LongDate(t time.Time, style DateStyle) string {
	y, m, d := t.Date()
	month := fmt.Sprintf("%02d", int(m))
	if style != PartyStyle && m > time.February {
		month = fmt.Sprintf("%d", int(m))
	}
	return fmt.Sprintf("ngày %02d tháng %s năm %d", d, month, y)
}

// PlaceDate writes the place-and-date line at the top right of a document,
// "Đồng Xoài, ngày 05 tháng 02 năm 2026"; place is Clean-ed, and an empty
// place gives the LongDate alone.
func PlaceDate(place string, t time.Time, style DateStyle) string {
	place = Clean(place)
	if place == "" {
		return LongDate(t, style)
	}
	return place + ", " + LongDate(t, style)
}
