package store

import (
	"testing"
	"time"
)

// TestDateOneFormInOneOut: a date is stored one way, read from what people
// type, and shown as they write it.
func TestDateOneFormInOneOut(t *testing.T) {
	for _, c := range []struct {
		typed string
		want  Date
		text  string
		ok    bool
	}{
		{"05/02/2026", "2026-02-05", "05/02/2026", true},
		{" 5/2/26 ", "2026-02-05", "05/02/2026", true},
		{"2026-02-05", "2026-02-05", "05/02/2026", true},
		{"", "", "", true},
		{"31/02/2026", "31/02/2026", "31/02/2026", false},
		{"hôm qua", "hôm qua", "hôm qua", false},
	} {
		d, err := ParseDate(c.typed)
		if d != c.want || (err == nil) != c.ok || d.Text() != c.text || d.Valid() != c.ok {
			t.Errorf("ParseDate(%q) = %q, %v; Text %q, Valid %v", c.typed, d, err, d.Text(), d.Valid())
		}
	}
	if d := DateOf(time.Date(2025, time.December, 9, 23, 0, 0, 0, time.UTC)); d != "2025-12-09" {
		t.Errorf("DateOf = %q", d)
	}
	if tm, ok := Date("2025-12-09").Time(); !ok || !tm.Equal(time.Date(2025, 12, 9, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time = %v, %v", tm, ok)
	}
	if _, ok := Date("09/12/2025").Time(); ok {
		t.Error("a date is stored one way only")
	}
}
