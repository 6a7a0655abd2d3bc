package vntext_test

import (
	"math"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func TestFormatInt(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{0, "0"},
		{7, "7"},
		{999, "999"},
		{1000, "1.000"},
		{1045, "1.045"},
		{99999, "99.999"},
		{100000, "100.000"},
		{1234567, "1.234.567"},
		{-1, "-1"},
		{-999, "-999"},
		{-1000, "-1.000"},
		{-1234567, "-1.234.567"},
		{math.MaxInt64, "9.223.372.036.854.775.807"},
		{math.MinInt64, "-9.223.372.036.854.775.808"},
	}
	for _, tt := range tests {
		if got := vntext.FormatInt(tt.in); got != tt.want {
			t.Errorf("FormatInt(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatDecimal(t *testing.T) {
	tests := []struct {
		x    float64
		dec  int
		want string
	}{
		{1234.5, 1, "1.234,5"},
		{12, 1, "12,0"},
		{0, 2, "0,00"},
		{0.5, 0, "1"},
		{1.5, 0, "2"},
		{2.5, 0, "3"},
		{-2.5, 0, "-3"},
		{1045.4, 0, "1.045"},
		{1234567.891, 2, "1.234.567,89"},
		{-1234.56, 1, "-1.234,6"},
		{0.125, 2, "0,13"},
		{1.005, 2, "1,01"},
		{9.995, 2, "10,00"},
		{999.96, 1, "1.000,0"},
		{-0.04, 1, "0,0"},
		{math.Copysign(0, -1), 0, "0"},
		{12.345, -3, "12"},
		{1e21, 0, "1.000.000.000.000.000.000.000"},
		{math.NaN(), 2, ""},
		{math.Inf(1), 2, ""},
		{math.Inf(-1), 0, ""},
	}
	for _, tt := range tests {
		if got := vntext.FormatDecimal(tt.x, tt.dec); got != tt.want {
			t.Errorf("FormatDecimal(%v, %d) = %q, want %q", tt.x, tt.dec, got, tt.want)
		}
	}
}

func TestFormatScore(t *testing.T) {
	tests := []struct {
		x    float64
		want string
	}{
		{0, "0"},
		{12, "12"},
		{12.5, "12,5"},
		{12.25, "12,25"},
		{12.255, "12,26"},
		{9.999, "10"},
		{100, "100"},
		{1000.5, "1.000,5"},
		{-2.5, "-2,5"},
		{math.NaN(), ""},
	}
	for _, tt := range tests {
		if got := vntext.FormatScore(tt.x); got != tt.want {
			t.Errorf("FormatScore(%v) = %q, want %q", tt.x, got, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"0", 0},
		{"7", 7},
		{"1045", 1045},
		{"1.045", 1045},        // '.' + 3 digits: thousands
		{"1.234.567", 1234567}, // several '.': thousands
		{"12,5", 12.5},
		{"1.234,5", 1234.5},
		{"12.5", 12.5}, // '.' + 1 digit: decimal point
		{"12.25", 12.25},
		{"0.045", 0.045},     // "0" cannot start a thousands group
		{"3.14159", 3.14159}, // '.' + 4 digits: decimal point
		{"-3", -3},
		{"-1.045", -1045},
		{"-12,5", -12.5},
		{"  42 ", 42},
		{"007", 7},
	}
	for _, tt := range tests {
		got, err := vntext.ParseNumber(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseNumberErrors(t *testing.T) {
	for _, in := range []string{
		"", " ", "abc", "-", "--3", "+3", "1,2,3", "1.2.3", "1.23.456", "1.2345.678",
		"12,", ",5", ".5", "5.", "1.234.5", "1,234.5", "1 045", "1e5", "NaN", "Inf",
		"0x10", "١٢", "12,5,", "1.045,", "3-", "1." + strings.Repeat("0", 400) + "1.5",
		strings.Repeat("9", 400),
	} {
		got, err := vntext.ParseNumber(in)
		if err == nil {
			t.Errorf("ParseNumber(%q) = %v, want an error", in, got)
		}
	}
	_, err := vntext.ParseNumber("abc")
	if err == nil || err.Error() != `"abc" không phải là số` {
		t.Errorf(`ParseNumber("abc") error = %v, want "abc" không phải là số`, err)
	}
}

func TestNumberRoundTrips(t *testing.T) {
	for _, n := range []int64{0, 7, 999, 1000, 1045, 1234567, -3, -1000, -1234567, 1 << 40} {
		s := vntext.FormatInt(n)
		got, err := vntext.ParseNumber(s)
		if err != nil || got != float64(n) {
			t.Errorf("ParseNumber(FormatInt(%d) = %q) = %v, %v", n, s, got, err)
		}
	}
	for _, x := range []float64{0.5, 12.5, 12.25, 1234.5, -1234.5, 1045.75, 0.05, 99999.9} {
		for _, s := range []string{vntext.FormatDecimal(x, 2), vntext.FormatScore(x)} {
			got, err := vntext.ParseNumber(s)
			if err != nil || got != x {
				t.Errorf("ParseNumber(%q) = %v, %v; want %v", s, got, err, x)
			}
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"1.045", "1045", "12,5", "12.5", "-3", " 7 ", "abc", "", "1.234.567,89",
		"0.045", "-", ".", ",", "1..2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := vntext.ParseNumber(s)
		if err != nil {
			return
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, x)
		}
	})
}
