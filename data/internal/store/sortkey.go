package store

import (
	"strings"
	"unicode"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// SortKeyVersion names the rules of SortKey; stored keys made under other
// rules are rebuilt when the archive is opened.
const SortKeyVersion = vntext.KeyVersion + "+trim1+tie24"

// SortKey is the stored sort key of a name. Leading quotes and dashes are
// skipped ("“Dân vận khéo” …" sorts under D, as a reader looks for it).
func SortKey(name string) []byte {
	trimmed := strings.TrimLeftFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if trimmed == "" {
		trimmed = name
	}
	return compactKey(vntext.Key(trimmed))
}

// tieBytes is how much of the tone and case levels a key keeps.
const tieBytes = 24

// compactKey keeps a collation key's letters (the primary level) whole and
// cuts the tone and case levels after tieBytes: they only break ties between
// names with exactly the same letters, and whole they would triple the size
// of every index on names. A primary weight is two bytes, or three when its
// first byte has the high bit set; the levels are separated by 00 00.
func compactKey(k []byte) []byte {
	i := 0
	for i+1 < len(k) {
		if k[i] == 0 && k[i+1] == 0 {
			break
		}
		if k[i]&0x80 != 0 {
			i += 3
		} else {
			i += 2
		}
	}
	if end := i + 2 + tieBytes; end < len(k) {
		return k[:end:end]
	}
	return k
}
