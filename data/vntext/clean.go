package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// isInvisible reports whether r is a zero-width character that carries no
// visible text and is removed by Clean and CleanText: zero-width space,
// zero-width non-joiner and joiner, word joiner and the byte order mark.
func isInvisible(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// dropInvisible removes invalid UTF-8 bytes and zero-width characters. It
// runs before NFC so that a zero-width character typed between a letter and
// its combining accent does not prevent the two from being composed.
func dropInvisible(s string) string {
	clean := true
	for i, r := range s {
		if isInvisible(r) || (r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(r == utf8.RuneError && size == 1) && !isInvisible(r) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Clean prepares a single-line field (a name, a place, a title) for storage
// and comparison: it drops invalid UTF-8 bytes and zero-width characters
// (U+200B, U+200C, U+200D, U+2060 and the BOM U+FEFF), NFC-normalises,
// trims, and collapses every run of white space (tabs, line breaks,
// non-breaking spaces and the other Unicode spaces) into one ASCII space.
func Clean(s string) string {
	s = norm.NFC.String(dropInvisible(s))
	if isCleanLine(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isCleanLine reports whether s (already NFC, without invisible characters)
// needs no white-space work, letting Clean return its input unchanged.
func isCleanLine(s string) bool {
	prevSpace := true // a leading space is not clean
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case unicode.IsSpace(r):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// CleanText prepares a multi-line field (notes, content, minutes) for
// storage: it drops invalid UTF-8 bytes and zero-width characters,
// NFC-normalises, turns "\r\n" and "\r" into "\n", turns non-breaking spaces
// into ordinary spaces, removes white space at the end of every line,
// collapses runs of blank lines into a single blank line and trims the
// whole text. Indentation at the start of lines (other than the first) is
// kept.
func CleanText(s string) string {
	s = norm.NFC.String(dropInvisible(s))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\u00A0", " ")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := 0
	for _, line := range lines {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, line)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
