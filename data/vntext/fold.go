package vntext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letterFold maps lower-case letters that carry a mark as part of their
// shape (a bar or a stroke, so Unicode gives them no decomposition) to their
// base letter, so that "Đắk Lắk" is found by typing "dak lak".
var letterFold = map[rune]rune{
	'đ': 'd', // Vietnamese d with stroke
	'ð': 'd', // eth, often confused with đ when typing
	'ø': 'o',
	'ł': 'l',
	'ħ': 'h',
	'ŧ': 't',
	'ƀ': 'b',
	'ƚ': 'l',
	'ƶ': 'z',
	'ȼ': 'c',
	'ɇ': 'e',
	'ɉ': 'j',
	'ɍ': 'r',
	'ɏ': 'y',
	'ɨ': 'i',
	'ı': 'i', // dotless i
}

// foldRune lower-cases one rune of an NFD string and strips the bar or
// stroke of the letters in letterFold.
func foldRune(r rune) rune {
	l := unicode.ToLower(r)
	if f, ok := letterFold[l]; ok {
		return f
	}
	return l
}

// latinFold caches Fold for the precomposed Latin letters (Latin-1,
// Latin Extended-A and -B, Latin Extended Additional, which holds the
// Vietnamese letters), so that typical text avoids the normalisation
// machinery. Zero means "not cached, use the general path".
var latinFold = func() (t [0x1F00 - 0xC0]rune) {
	for r := rune(0xC0); r < 0x1F00; r++ {
		if r >= 0x250 && r < 0x1E00 {
			continue
		}
		f := foldSlow(string(r))
		if g, n := utf8.DecodeRuneInString(f); n == len(f) && g < 0x250 && !unicode.Is(unicode.Mn, g) {
			t[r-0xC0] = g
		}
	}
	return t
}()

// Fold returns the search form of s: lower case, without diacritics (tones,
// the marks of ă â ê ô ơ ư, and the marks of other Latin letters), with
// đ and Đ turned into d; digits, spaces and punctuation are kept unchanged.
// NFC and NFD input give the same result, invalid UTF-8 bytes are dropped,
// and Fold(Fold(s)) == Fold(s), so folded text can be stored and compared
// with the folded query.
func Fold(s string) string {
	// Fast path: ASCII without upper case is already folded.
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	// Latin path: ASCII, cached Latin letters and combining diacritics.
	var b strings.Builder
	b.Grow(len(s)) // folding never makes the text longer
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			// Invalid byte: dropped.
		case r >= 0x300 && r < 0x370:
			// Combining diacritical mark (NFD input): dropped.
		case r >= 0xC0 && r < 0x1F00 && latinFold[r-0xC0] != 0:
			b.WriteRune(latinFold[r-0xC0])
		default:
			return foldSlow(s)
		}
	}
	return b.String()
}

// foldSlow is the general form of Fold for any script: decompose, drop the
// non-spacing marks, lower-case, and recompose what remains (Hangul
// syllables, spacing vowel signs).
func foldSlow(s string) string {
	s = norm.NFD.String(strings.ToValidUTF8(s, ""))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		f := foldRune(r)
		if !unicode.IsUpper(f) {
			b.WriteRune(f)
			continue
		}
		// Capitals without a lower-case mapping (ℂ, 𝐀, ϒ) are styled
		// forms of ordinary letters: fold their compatibility form.
		for _, k := range norm.NFKD.String(string(f)) {
			if !unicode.Is(unicode.Mn, k) {
				b.WriteRune(foldRune(k))
			}
		}
	}
	return norm.NFC.String(b.String())
}

// Words splits s into its folded words, the runs of letters and digits of
// Fold(s) in order with duplicates kept, so that a search can match every
// word of the query independently of punctuation: "Đảng ủy xã Tân-Lập, 2024"
// gives ["dang" "uy" "xa" "tan" "lap" "2024"].
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
	})
}

// PrefixesAll reports whether every word of query begins some word of
// words, both as Words gives them: the search of the lists, where "tan la"
// finds "Lập Tân". An empty query matches anything.
func PrefixesAll(words, query []string) bool {
	for _, q := range query {
		if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, q) }) {
			return false
		}
	}
	return true
}
