package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ExactWords splits s into its words as written but for case and tone
// placement: lower case, NFC, with the tone of "oa", "oe", "uy" at the end of
// a syllable on the first vowel ("hoà" and "hòa" both give "hòa", "Uỷ" gives
// "ủy"). Search compares these when a word is typed with diacritics, so
// "hòa" does not find "hoạt" while the two ways of placing a tone, which
// offices mix in one archive, stay one spelling. The words are those of
// Words, in the same order, so Fold of each gives the word of Words.
func ExactWords(s string) []string {
	ws := strings.FieldsFunc(strings.ToLower(norm.NFC.String(strings.ToValidUTF8(s, ""))), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
	})
	for i, w := range ws {
		ws[i] = NormalizeTone(w)
	}
	return ws
}

// HasMarks reports whether a word carries a diacritic or is đ: typed so, a
// search word asks for that spelling only.
func HasMarks(word string) bool {
	return Fold(word) != strings.ToLower(word)
}

// The Vietnamese tone marks as combining characters (NFD). The marks that
// make a letter (breve, circumflex, horn) are not tones and never move.
const tones = "\u0300\u0301\u0303\u0309\u0323"

// NormalizeTone moves the tone of a syllable ending in "oa", "oe" or "uy"
// from the last vowel to the one before ("hoà" → "hòa", "khoẻ" → "khỏe",
// "thuỷ" → "thủy"), the placement most of the office's texts use. "qu" is a
// consonant, so "quý" keeps its tone. Other words come back unchanged, NFC.
func NormalizeTone(word string) string {
	word = norm.NFC.String(word)
	if !strings.ContainsAny(word, "àáãảạèéẽẻẹỳýỹỷỵÀÁÃẢẠÈÉẼẺẸỲÝỸỶỴ") {
		return word // fast path: no tone on a possible last vowel
	}
	rs := []rune(norm.NFD.String(word))
	// Find the last two base letters and the tone on the last.
	last := len(rs) - 1
	tone := -1
	for last >= 0 && strings.ContainsRune(tones, rs[last]) {
		tone = last
		last--
	}
	if tone < 0 || last < 1 {
		return word
	}
	prev := last - 1
	if strings.ContainsRune("\u0306\u0302\u031b", rs[prev]) || unicode.Is(unicode.Mn, rs[prev]) {
		return word // "ơa", "ưa"…: the vowel before carries its own mark
	}
	pair := string(unicode.ToLower(rs[prev])) + string(unicode.ToLower(rs[last]))
	if pair != "oa" && pair != "oe" && pair != "uy" {
		return word
	}
	if pair == "uy" && prev > 0 && unicode.ToLower(rs[prev-1]) == 'q' {
		return word
	}
	mark := rs[tone]
	out := make([]rune, 0, len(rs))
	out = append(out, rs[:prev+1]...)
	out = append(out, mark, rs[last])
	out = append(out, rs[last+1:tone]...)
	out = append(out, rs[tone+1:]...)
	return norm.NFC.String(string(out))
}

// Query is a search as typed, for short lists searched in memory (the
// unit pickers) by the archive's rules: a word typed without diacritics
// matches every spelling, a word typed with them that spelling only.
type Query []QueryWord

// QueryWord is one word of a Query.
type QueryWord struct {
	Folded, Exact string
	Marked        bool // typed with diacritics or đ
}

// ParseQuery splits what was typed into its words.
func ParseQuery(s string) Query {
	var q Query
	for _, w := range ExactWords(s) {
		f := Fold(w)
		q = append(q, QueryWord{Folded: f, Exact: w, Marked: f != w})
	}
	return q
}

// BeginsAll reports whether every word of q begins some word of words (as
// ExactWords gives them): "tan la" and "Tân L" find "Tân Lập", "Tấn" does
// not. An empty query matches anything.
func (q Query) BeginsAll(words []string) bool {
	for _, w := range q {
		found := false
		for _, x := range words {
			if w.Marked {
				found = strings.HasPrefix(x, w.Exact)
			} else {
				found = strings.HasPrefix(Fold(x), w.Folded)
			}
			if found {
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// MatchesAsTyped reports whether written is what typed names under the
// search's rule for diacritics, word by word: the same words once folded,
// and every word typed with marks (or đ) spelled as typed, the placement
// of a tone aside. "Tan Hoa" names "Tân Hòa" and "Tân Hóa"; "Tân Hòa"
// names "Tân Hoà" but not "Tân Hóa".
func MatchesAsTyped(typed, written string) bool {
	t, w := ExactWords(typed), ExactWords(written)
	if len(t) != len(w) {
		return false
	}
	for i := range t {
		if Fold(t[i]) != Fold(w[i]) || HasMarks(t[i]) && t[i] != w[i] {
			return false
		}
	}
	return true
}
