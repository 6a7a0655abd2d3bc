package vntext

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Encoding names the encoding of a piece of text.
type Encoding int

const (
	Unicode Encoding = iota // already Unicode (NFC or NFD)
	TCVN3                   // TCVN3 (ABC), .VnTime fonts
	VNI                     // VNI-Windows, VNI-Times fonts
)

// String returns the usual name of e: "Unicode", "TCVN3 (ABC)" or "VNI".
func (e Encoding) String() string {
	switch e {
	case Unicode:
		return "Unicode"
	case TCVN3:
		return "TCVN3 (ABC)"
	case VNI:
		return "VNI"
	}
	return "Encoding(" + strconv.Itoa(int(e)) + ")"
}

// Detection weighs the words of a text, in half points: a word that only
// the legacy encoding explains counts for it (a strong sign twice as much
// as a weak one), and a word with characters that the encoding cannot
// explain counts against it. A lower-case ASCII word that is not Vietnamese
// (a sign of Western text) takes a little from the weak signs, never from
// the strong ones: "Il a dû partir" stays French, while "Xe m¸y Honda 110cc"
// is TCVN3. The encoding is chosen when its total reaches scoreNeeded, one
// strong sign or two weak ones, and beats the other legacy encoding;
// otherwise the text is taken as Unicode.
const (
	scoreStrong  = 4
	scoreWeak    = 2
	scoreAgainst = 2
	scoreForeign = 1
	scoreNeeded  = 4
)

// verdict is what one word says about one legacy encoding.
type verdict int8

const (
	neutral   verdict = iota // no sign either way (ASCII, í in VNI, a lone ©)
	ambiguous                // Vietnamese both as it is and decoded: "Phó" is Phú in TCVN3
	weak                     // decodes to Vietnamese, but the original could be Western ("dû")
	strong                   // decodes to Vietnamese and the original cannot be ("ViÖt", "m¸y", "Vieät")
	against                  // has characters the encoding cannot turn into Vietnamese
	foreign                  // lower-case ASCII word that is not a Vietnamese syllable
)

// tally counts the verdicts of the words of a text for one encoding.
type tally [foreign + 1]int

// score weighs a tally as described at scoreStrong.
func (t *tally) score() int {
	return t[strong]*scoreStrong - t[against]*scoreAgainst +
		max(0, t[weak]*scoreWeak-t[foreign]*scoreForeign)
}

// positive reports whether v is a sign for the encoding.
func (v verdict) positive() bool { return v == weak || v == strong }

// westernWords are Western words made of characters that decode to a
// Vietnamese syllable in VNI or TCVN3 ("Loïc" reads as VNI "Lọc"), found
// by running the detector over the names of languages and regions in a
// hundred languages; they are taken as ambiguous, never as evidence.
var westernWords = map[string]bool{
	"loïc": true, // French first name
	"où":   true, // French "where"
	"seán": true, // Irish first name
	"taï":  true, // French names of the Tai, Thai and Vai languages
	"thaï": true,
	"vaï":  true,
}

// windows1252 holds the characters of Windows-1252 outside Latin-1 (its
// bytes 0x80–0x9F): they are punctuation in TCVN3 and VNI text too.
const windows1252 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

// DetectLegacy guesses whether s is Vietnamese written in a legacy encoding
// and read as Latin-1/Windows-1252, as an old spreadsheet typed with a
// .VnTime or VNI-Times font gives it. It returns Unicode unless the evidence
// is clear:
//
//   - text with a character outside Windows-1252 (such as ạ, ư, đ, or a
//     combining accent), invalid UTF-8, or no character in U+00A1–U+00FF is
//     Unicode;
//   - otherwise every word is decoded with both legacy tables and checked
//     against Vietnamese spelling (initial consonant, rhyme, one tone, a
//     stop final only with sắc or nặng, consistent letter case). A word that
//     becomes a syllable while it is not one as it stands is evidence for
//     the encoding, strong when it holds a character no Western word has
//     there (a TCVN3 symbol code like © µ ¸, a capital inside a lower-case
//     word as in "ViÖt", a VNI base-and-mark pair as in "Vieät"); a word
//     with characters the encoding cannot explain ("Café", "Müller") is
//     evidence against it. A word that makes a syllable in both legacy
//     encodings ("Uû" is Uỷ in TCVN3 and Ủ in VNI) tells nothing.
//
// Short cells are decided on their own: "HuyÖn ñy §ång T©m" is TCVN3,
// "Huyeän uûy Ñoàng Taâm" is VNI, "Huyện ủy Đồng Tâm", "Café", "naïve" and
// "©2024" are Unicode. A text that reads as Vietnamese both ways ("Phó" is
// Phó in Unicode and Phú in TCVN3) is left as Unicode. DetectLegacy never
// panics.
func DetectLegacy(s string) Encoding {
	if !legacyCandidate(s) {
		return Unicode
	}
	caps := tcvn3CellCaps(s)
	var t, v tally
	var buf []byte
	eachWord(s, func(start, end int) {
		w := s[start:end]
		var vt, vv verdict
		vt, buf = judgeTCVN3(w, caps, buf)
		vv, buf = judgeVNI(w, buf)
		if vt.positive() && vv.positive() {
			vt, vv = ambiguous, ambiguous
		}
		t[vt]++
		v[vv]++
	})
	tScore, vScore := t.score(), v.score()
	switch {
	case tScore >= scoreNeeded && tScore > vScore:
		return TCVN3
	case vScore >= scoreNeeded && vScore > tScore:
		return VNI
	}
	return Unicode
}

// DecodeLegacy converts s from enc to NFC Unicode; Unicode returns s
// unchanged (NFC). Invalid UTF-8 bytes are dropped. Characters that have no
// meaning in enc are kept.
//
// TCVN3 has no codes for capitals with a tone: legacy documents type them
// with the lower-case codes in an all-capitals font (.VnTimeH). DecodeLegacy
// therefore writes a word in capitals when it has no lower-case ASCII
// letter and either two ASCII capitals ("§¶NG" is "ĐẢNG") or one that is
// not its first letter ("ñY" is "ỦY"), or when the whole text is in
// capitals ("Hµ NéI" is "HÀ NỘI" because of "NéI"). A title-case word keeps
// its lower-case letters ("Lª" is "Lê"), so "Ủy ban" typed in TCVN3
// ("ñy ban") comes back as "ủy ban".
func DecodeLegacy(s string, enc Encoding) string {
	s = strings.ToValidUTF8(s, "")
	if enc != TCVN3 && enc != VNI || isASCII(s) {
		return norm.NFC.String(s)
	}
	caps := enc == TCVN3 && tcvn3CellCaps(s)
	out := make([]byte, 0, len(s)+len(s)/2)
	last := 0
	eachWord(s, func(start, end int) {
		out = append(out, s[last:start]...)
		if enc == TCVN3 {
			out, _ = decodeTCVN3Word(out, s[start:end], tcvn3WordCaps(s[start:end], caps))
		} else {
			out, _, _ = decodeVNIWord(out, s[start:end])
		}
		last = end
	})
	out = append(out, s[last:]...)
	return norm.NFC.String(string(out))
}

// FixLegacy is DetectLegacy then DecodeLegacy: what an importer calls on
// every cell. It returns the text in NFC Unicode and the encoding it was
// found in.
func FixLegacy(s string) (fixed string, enc Encoding) {
	enc = DetectLegacy(s)
	return DecodeLegacy(s, enc), enc
}

// EncodeLegacy writes Unicode text in a legacy encoding (for tests and for
// building test spreadsheets); characters without a legacy form are kept.
// The input is NFC-normalised first and invalid UTF-8 bytes are dropped.
// TCVN3 capitals with a tone are written with the lower-case code, as typed
// for the .VnTimeH font; DecodeLegacy restores them in all-capitals words.
func EncodeLegacy(s string, enc Encoding) string {
	s = norm.NFC.String(strings.ToValidUTF8(s, ""))
	if enc != TCVN3 && enc != VNI || isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for _, r := range s {
		switch enc {
		case TCVN3:
			if c, ok := legacy.tcvn3Enc[r]; ok {
				r = c
			}
		case VNI:
			if v, ok := legacy.vniEnc[r]; ok {
				b.WriteString(v)
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// legacyCandidate reports whether s can be legacy text read as
// Windows-1252: valid UTF-8, with a character in U+00A1–U+00FF (where both
// encodings put their codes), and nothing outside Windows-1252.
func legacyCandidate(s string) bool {
	high := false
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			return false
		case r >= 0xA1 && r <= 0xFF:
			high = true
		case r <= 0xA0: // C1 controls (the Latin-1 reading of 0x80–0x9F) and NBSP
		case strings.ContainsRune(windows1252, r):
		default:
			return false
		}
	}
	return high
}

// isWordRune reports whether r belongs to a word: letters (of any script),
// combining marks, and the TCVN3 codes that are symbols in Latin-1 (© for
// â, µ for à, × for ì, the soft hyphen for ư …).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if _, ok := legacy.tcvn3Dec[r]; ok {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// eachWord calls fn with the byte offsets of every word of s, a maximal
// run of word runes.
func eachWord(s string, fn func(start, end int)) {
	start := -1
	for i, r := range s {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			fn(start, i)
			start = -1
		}
	}
	if start >= 0 {
		fn(start, len(s))
	}
}

// asciiCase counts the upper-case and lower-case ASCII letters of w.
func asciiCase(w string) (upper, lower int) {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	return upper, lower
}

// tcvn3CellCaps reports whether s is written in capitals (.VnTimeH): no
// lower-case ASCII letter, and a word with at least two ASCII capitals that
// has a TCVN3 code or is a syllable ("NéI", "NH¢N", "BAN"; an abbreviation
// such as UBND says nothing).
func tcvn3CellCaps(s string) bool {
	if _, lower := asciiCase(s); lower > 0 {
		return false
	}
	caps := false
	eachWord(s, func(start, end int) {
		w := s[start:end]
		if upper, _ := asciiCase(w); upper >= 2 && (!isASCII(w) || isSyllable(w)) {
			caps = true
		}
	})
	return caps
}

// tcvn3WordCaps reports whether the TCVN3 word w is in capitals: it has no
// lower-case ASCII letter, and two ASCII capitals or one that is not its
// first letter ("ñY" is ỦY, "Hå" is Hồ), or the whole text is in capitals
// (cellCaps).
func tcvn3WordCaps(w string, cellCaps bool) bool {
	upper, lower := asciiCase(w)
	switch {
	case lower > 0:
		return false
	case upper >= 2 || upper == 1 && !('A' <= w[0] && w[0] <= 'Z'):
		return true
	}
	return cellCaps
}

// decodeTCVN3Word appends the Unicode form of the TCVN3 word w to out, in
// capitals if caps. explained reports whether every non-ASCII character of
// w is a TCVN3 code.
func decodeTCVN3Word(out []byte, w string, caps bool) (_ []byte, explained bool) {
	explained = true
	for _, r := range w {
		if d, ok := legacy.tcvn3Dec[r]; ok {
			if caps {
				d = unicode.ToUpper(d)
			}
			r = d
		} else if r >= utf8.RuneSelf {
			explained = false
		}
		out = utf8.AppendRune(out, r)
	}
	return out, explained
}

// decodeVNIWord appends the Unicode form of the VNI word w to out.
// explained reports whether every non-ASCII character of w is a VNI letter
// or a mark after a letter that takes it; telling reports whether w has a
// sign of VNI that Western words do not have: a base letter with its mark,
// the đ written ñ or the ỉ written æ.
func decodeVNIWord(out []byte, w string) (_ []byte, explained, telling bool) {
	explained = true
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		if m, k := utf8.DecodeRuneInString(w[i+n:]); k > 0 && legacy.vniMarks[m] {
			base, mark := unicode.ToLower(r), unicode.ToLower(m)
			if l, ok := legacy.vniPair[vniKey{base, mark}]; ok {
				if unicode.IsUpper(r) {
					l = unicode.ToUpper(l)
				}
				out = utf8.AppendRune(out, l)
				telling = true
				i += n + k
				continue
			}
		}
		if l, ok := legacy.vniSingle[r]; ok {
			telling = telling || strings.ContainsRune("đĐỉỈ", l)
			r = l
		} else if r >= utf8.RuneSelf {
			explained = false
		}
		out = utf8.AppendRune(out, r)
		i += n
	}
	return out, explained, telling
}

// isTCVN3Symbol reports whether r is a TCVN3 code that is not a letter of
// any Western language: the symbols of U+00A1–U+00BE and × ÷.
func isTCVN3Symbol(r rune) bool {
	if r < 0xA1 || r > 0xF7 || r > 0xBE && r != '×' && r != '÷' {
		return false
	}
	_, ok := legacy.tcvn3Dec[r]
	return ok
}

// capitalInside reports whether w has a non-ASCII capital right after a
// lower-case letter, as the TCVN3 "ViÖt" (Việt) and "NguyÔn" (Nguyễn) have
// and Western words do not.
func capitalInside(w string) bool {
	prevLower := false
	for _, r := range w {
		if r >= 0xC0 && prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// tcvn3Telling reports whether the TCVN3 word w has a sign of TCVN3 that
// Western words do not have:
//   - a symbol code ("m¸y", "T©m");
//   - a code that is a consonant in Western languages (ñ ç ß þ …: "chñ");
//   - next to a lower-case letter, a capital that TCVN3 reads as a
//     lower-case letter ("ViÖt" for Việt, "Êp" for ấp, "SÝp" for Síp);
//   - one of the codes è ò ù ì followed by a Vietnamese final consonant
//     ending the word ("Quèc" for Quốc, "Cùc" for Cực): Western words have
//     these grave vowels at the end or before s (più, très).
func tcvn3Telling(w string) bool {
	prev := rune(0)
	for i, r := range w {
		if isTCVN3Symbol(r) || strings.ContainsRune("ßñçþæøÇÑÞÆØ", r) {
			return true
		}
		rest := w[i+utf8.RuneLen(r):]
		next, _ := utf8.DecodeRuneInString(rest)
		if d, ok := legacy.tcvn3Dec[r]; ok && unicode.IsUpper(r) && unicode.IsLower(d) &&
			(unicode.IsLower(prev) || unicode.IsLower(next)) {
			return true
		}
		if strings.ContainsRune("èòùì", r) && finals[rest] {
			return true
		}
		prev = r
	}
	return false
}

// finals are the Vietnamese final consonants.
var finals = map[string]bool{"c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}

// judgeASCII judges a word without legacy characters.
func judgeASCII(w string) verdict {
	if upper, lower := asciiCase(w); upper == 0 && lower >= 2 && !isSyllable(w) {
		return foreign
	}
	return neutral
}

// noSign reports whether the word w is too short to be a sign of a legacy
// encoding: a single symbol ("©", "§", "×" between numbers) or µ before
// ASCII letters (a unit such as µm).
func noSign(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) {
		return isTCVN3Symbol(r) || !unicode.IsLetter(r)
	}
	return r == 'µ' && isASCII(w[n:])
}

// judgeTCVN3 judges the word w as TCVN3; buf is scratch space, returned for
// reuse.
func judgeTCVN3(w string, cellCaps bool, buf []byte) (verdict, []byte) {
	if isASCII(w) {
		return judgeASCII(w), buf
	}
	if noSign(w) {
		return neutral, buf
	}
	buf, explained := decodeTCVN3Word(buf[:0], w, tcvn3WordCaps(w, cellCaps))
	return judgeDecoded(w, string(buf), explained, tcvn3Telling(w)), buf
}

// judgeVNI judges the word w as VNI; buf is scratch space, returned for
// reuse.
func judgeVNI(w string, buf []byte) (verdict, []byte) {
	if isASCII(w) {
		return judgeASCII(w), buf
	}
	if noSign(w) {
		return neutral, buf
	}
	buf, explained, telling := decodeVNIWord(buf[:0], w)
	return judgeDecoded(w, string(buf), explained, telling || capitalInside(w)), buf
}

// judgeDecoded judges a non-ASCII word w that a legacy encoding decodes to
// d; explained and telling are as returned by the decoders.
func judgeDecoded(w, d string, explained, telling bool) verdict {
	switch {
	case !explained:
		return against
	case d == w:
		return neutral // í and ì are the same in VNI, ý in TCVN3
	case !isSyllable(d):
		switch {
		case !isAbbreviation(d):
			return against
		case telling:
			return strong // "Q§", "HÑND"
		}
		return weak
	case isSyllable(w) || westernWords[strings.ToLower(w)]:
		return ambiguous
	case telling && utf8.RuneCountInString(w) > 1:
		return strong // a lone letter ("ß") is never more than a weak sign
	}
	return weak
}
