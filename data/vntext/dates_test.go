package vntext_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestFormatDate(t *testing.T) {
	tests := []struct {
		in   time.Time
		want string
	}{
		{date(2026, 2, 5), "05/02/2026"},
		{date(2026, 12, 31), "31/12/2026"},
		{date(1999, 1, 1), "01/01/1999"},
		{time.Date(2026, 2, 5, 23, 59, 0, 0, time.FixedZone("ICT", 7*3600)), "05/02/2026"},
	}
	for _, tt := range tests {
		if got := vntext.FormatDate(tt.in); got != tt.want {
			t.Errorf("FormatDate(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"05/02/2026", date(2026, 2, 5)},
		{"5/2/2026", date(2026, 2, 5)},
		{"5-2-2026", date(2026, 2, 5)},
		{"05.02.2026", date(2026, 2, 5)},
		{"5/2/26", date(2026, 2, 5)},
		{"1/1/00", date(2000, 1, 1)},
		{"31/12/69", date(2069, 12, 31)},
		{"1/1/70", date(1970, 1, 1)},
		{"31/12/99", date(1999, 12, 31)},
		{"2026-02-05", date(2026, 2, 5)},
		{"2026-2-5", date(2026, 2, 5)},
		{"  05/02/2026\t", date(2026, 2, 5)},
		{"29/02/2024", date(2024, 2, 29)},
		{"29/02/2000", date(2000, 2, 29)},
		{"31/12/2026", date(2026, 12, 31)},
	}
	for _, tt := range tests {
		got, err := vntext.ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q) error: %v", tt.in, err)
			continue
		}
		if !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{
		"", "   ", "abc", "32/1/2026", "1/13/2026", "31/02/2026", "29/02/2025",
		"29/02/1900", "00/01/2026", "1/0/2026", "31/04/2026", "5/2/2026/1",
		"5/2", "5/2-2026", "5/2/226", "5/2/20266", "005/2/2026", "5 /2/2026",
		"+5/2/2026", "-5/2/2026", "5/2/-26", "01/01/0000", "2026-02-30",
		"2026/02/05", "2026-002-05", "٥/٢/٢٠٢٦", "5/2/2026 10:00",
	} {
		got, err := vntext.ParseDate(in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, got)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, "ví dụ 05/02/2026") {
			t.Errorf("ParseDate(%q) error %q lacks the Vietnamese hint", in, msg)
		}
	}
	_, err := vntext.ParseDate("31/02/2026")
	want := `ngày "31/02/2026" không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 05/02/2026)`
	if err == nil || err.Error() != want {
		t.Errorf("ParseDate error = %v, want %s", err, want)
	}
}

func TestLongDateEveryMonth(t *testing.T) {
	for m := time.January; m <= time.December; m++ {
		for _, d := range []int{5, 15} {
			tm := date(2026, m, d)
			day := fmt.Sprintf("%02d", d)
			party := fmt.Sprintf("ngày %s tháng %02d năm 2026", day, int(m))
			state := fmt.Sprintf("ngày %s tháng %d năm 2026", day, int(m))
			if m <= time.February {
				state = fmt.Sprintf("ngày %s tháng 0%d năm 2026", day, int(m))
			}
			if got := vntext.LongDate(tm, vntext.PartyStyle); got != party {
				t.Errorf("LongDate(%s, Party) = %q, want %q", vntext.FormatDate(tm), got, party)
			}
			if got := vntext.LongDate(tm, vntext.StateStyle); got != state {
				t.Errorf("LongDate(%s, State) = %q, want %q", vntext.FormatDate(tm), got, state)
			}
		}
	}
}

func TestLongDateExamples(t *testing.T) {
	tests := []struct {
		t     time.Time
		style vntext.DateStyle
		want  string
	}{
		{date(2026, 2, 5), vntext.PartyStyle, "ngày 05 tháng 02 năm 2026"},
		{date(2026, 8, 15), vntext.PartyStyle, "ngày 15 tháng 08 năm 2026"},
		{date(2026, 12, 15), vntext.PartyStyle, "ngày 15 tháng 12 năm 2026"},
		{date(2026, 2, 5), vntext.StateStyle, "ngày 05 tháng 02 năm 2026"},
		{date(2026, 8, 15), vntext.StateStyle, "ngày 15 tháng 8 năm 2026"},
		{date(2026, 12, 15), vntext.StateStyle, "ngày 15 tháng 12 năm 2026"},
		{date(2026, 1, 9), vntext.StateStyle, "ngày 09 tháng 01 năm 2026"},
		{date(2026, 10, 1), vntext.StateStyle, "ngày 01 tháng 10 năm 2026"},
		{date(2026, 3, 1), vntext.DateStyle(99), "ngày 01 tháng 3 năm 2026"}, // unknown -> State
	}
	for _, tt := range tests {
		if got := vntext.LongDate(tt.t, tt.style); got != tt.want {
			t.Errorf("LongDate(%s, %d) = %q, want %q", vntext.FormatDate(tt.t), tt.style, got, tt.want)
		}
	}
}

func TestPlaceDate(t *testing.T) {
	d := date(2026, 2, 5)
	tests := []struct {
		place string
		style vntext.DateStyle
		want  string
	}{
		{"Đồng Xoài", vntext.PartyStyle, "Đồng Xoài, ngày 05 tháng 02 năm 2026"},
		{"  Đồng\u00A0Xoài ", vntext.StateStyle, "Đồng Xoài, ngày 05 tháng 02 năm 2026"},
		{"Đo\u0302\u0300ng Xoài", vntext.StateStyle, "Đồng Xoài, ngày 05 tháng 02 năm 2026"},
		{"", vntext.PartyStyle, "ngày 05 tháng 02 năm 2026"},
		{" \t", vntext.StateStyle, "ngày 05 tháng 02 năm 2026"},
	}
	for _, tt := range tests {
		if got := vntext.PlaceDate(tt.place, d, tt.style); got != tt.want {
			t.Errorf("PlaceDate(%q) = %q, want %q", tt.place, got, tt.want)
		}
	}
	if got, want := vntext.PlaceDate("Đồng Xoài", date(2026, 8, 15), vntext.StateStyle),
		"Đồng Xoài, ngày 15 tháng 8 năm 2026"; got != want {
		t.Errorf("PlaceDate = %q, want %q", got, want)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"05/02/2026", "5/2/26", "2026-02-05", "29/02/2024", "31/02/2026", "",
		"abc", "1/13/2026", "5.2.2026", "99/99/99", "0/0/0", "9999-12-31",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := vntext.ParseDate(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("ParseDate(%q): empty error message", s)
			}
			return
		}
		text := vntext.FormatDate(d)
		again, err := vntext.ParseDate(text)
		if err != nil {
			t.Fatalf("ParseDate(%q) = %v, but its FormatDate %q fails: %v", s, d, text, err)
		}
		if !again.Equal(d) {
			t.Fatalf("ParseDate(%q) = %v, FormatDate %q parses to %v", s, d, text, again)
		}
		if h, m, sec := d.Clock(); h != 0 || m != 0 || sec != 0 || d.Location() != time.UTC {
			t.Fatalf("ParseDate(%q) = %v, want midnight UTC", s, d)
		}
	})
}
