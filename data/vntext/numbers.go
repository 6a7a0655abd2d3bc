package vntext

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// These few functions, not golang.org/x/text/message and number: CLDR's
// "vi" data there groups and separates the same way (a test holds ours to
// it), but rounds half to even on the binary value, so 2,5 would print as
// 2 and 1,005 as 1,00 on a score sheet, and it writes "NaN", "∞" and "-0".
// It also parses nothing and is about seven times slower. See
// numbers_cldr_test.go.

// FormatInt writes n with the Vietnamese thousands separator '.', as in
// "1.045" and "-1.234.567", the form expected in documents and tables.
func FormatInt(n int64) string {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u // also right for math.MinInt64
	}
	return sign(neg) + group(strconv.FormatUint(u, 10))
}

// sign returns the minus sign for negative numbers.
func sign(neg bool) string {
	if neg {
		return "-"
	}
	return ""
}

// group inserts '.' between every three digits of a run of digits.
func group(d string) string {
	if len(d) <= 3 {
		return d
	}
	var b strings.Builder
	b.Grow(len(d) + len(d)/3)
	first := len(d) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(d[:first])
	for i := first; i < len(d); i += 3 {
		b.WriteByte('.')
		b.WriteString(d[i : i+3])
	}
	return b.String()
}

// FormatDecimal writes x with exactly decimals digits after a decimal
// comma and '.' between thousands, as in "1.234,5"; decimals <= 0 gives a
// whole number. Rounding is half away from zero on the shortest decimal
// form of x, so 1.005 with 2 decimals gives "1,01" as a person would expect.
// NaN and infinities give "" because they have no place in a document.
func FormatDecimal(x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return ""
	}
	decimals = max(decimals, 0)
	neg := x < 0
	// Shortest decimal form, e.g. "1234.5"; 'f' never uses an exponent.
	s := strconv.FormatFloat(math.Abs(x), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	if len(frac) > decimals {
		roundUp := frac[decimals] >= '5'
		digitsOnly := []byte(intPart + frac[:decimals])
		if roundUp {
			i := len(digitsOnly) - 1
			for ; i >= 0 && digitsOnly[i] == '9'; i-- {
				digitsOnly[i] = '0'
			}
			if i < 0 {
				digitsOnly = append([]byte{'1'}, digitsOnly...)
			} else {
				digitsOnly[i]++
			}
		}
		n := len(digitsOnly) - decimals
		intPart, frac = string(digitsOnly[:n]), string(digitsOnly[n:])
	} else {
		frac += strings.Repeat("0", decimals-len(frac))
	}
	if strings.Trim(intPart+frac, "0") == "" {
		neg = false // no "-0" or "-0,00"
	}
	out := sign(neg) + group(intPart)
	if decimals > 0 {
		out += "," + frac
	}
	return out
}

// FormatScore writes an evaluation score with at most two decimals and no
// useless zeros, as in "12", "12,5" and "12,25", the way marks are written
// on scoring sheets.
func FormatScore(x float64) string {
	s := FormatDecimal(x, 2)
	if s == "" {
		return ""
	}
	// The ',' always present with two decimals stops the trimming.
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ",")
}

// ParseNumber reads a number typed by a user: "1045", "1.045", "-3",
// "12,5", "1.234,5" or "12.5", with spaces around allowed.
//
// The '.' is ambiguous: Vietnamese uses it between thousands, but many users
// type it as a decimal point. The rule is: when the text has a ',' the ','
// is the decimal separator and every '.' must separate groups of three
// digits; without a ',', several '.' are thousands separators, and a single
// '.' is a thousands separator only when exactly three digits follow it and
// the digits before it are not just "0" ("1.045" is 1045), otherwise it is a
// decimal point ("12.5", "12.25", "0.045", "3.14159").
func ParseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errors.New("chưa nhập số")
	}
	bad := fmt.Errorf("%q không phải là số", s)
	body, neg := strings.CutPrefix(s, "-")
	intPart, frac, hasComma := strings.Cut(body, ",")
	if !hasComma && strings.Count(body, ".") == 1 {
		before, after, _ := strings.Cut(body, ".")
		if len(after) != 3 || before == "0" {
			intPart, frac, hasComma = before, after, true
		}
	}
	if hasComma && (frac == "" || !allDigits(frac)) {
		return 0, bad
	}
	whole, ok := ungroup(intPart)
	if !ok {
		return 0, bad
	}
	num := whole
	if hasComma {
		num += "." + frac
	}
	x, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, bad
	}
	if neg {
		x = -x
	}
	return x, nil
}

// ungroup checks that d is either plain digits or digits grouped by '.'
// in threes ("1.234.567"), and returns the digits alone.
func ungroup(d string) (string, bool) {
	if !strings.Contains(d, ".") {
		return d, d != "" && allDigits(d)
	}
	groups := strings.Split(d, ".")
	if len(groups[0]) < 1 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return "", false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return "", false
		}
	}
	return strings.Join(groups, ""), true
}

// allDigits reports whether s consists of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
