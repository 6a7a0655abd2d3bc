package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isAbbreviation reports whether d is an upper-case abbreviation with Đ,
// such as HĐND or QĐ, which legacy documents write "H§ND" or "HÑND".
func isAbbreviation(d string) bool {
	hasD, n := false, 0
	for _, r := range d {
		switch {
		case r == 'Đ':
			hasD = true
		case 'B' <= r && r <= 'Z' && !strings.ContainsRune("EIOUY", r):
		default:
			return false
		}
		n++
	}
	return hasD && n >= 2
}

// isSyllable reports whether w is one Vietnamese syllable in NFC: letters
// of the Vietnamese alphabet in lower case, title case or capitals, at most
// one tone, on a vowel that can carry it, and a valid initial consonant and
// rhyme.
func isSyllable(w string) bool {
	var buf [8]rune // the longest syllable, "nghiêng", has 7 letters
	n, tone, at := 0, int8(toneNgang), 0
	upper, lower, firstUpper := 0, 0, false
	for _, r := range w {
		l, ok := legacy.letters[r]
		if !ok || n == len(buf) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
			firstUpper = firstUpper || n == 0
		} else {
			lower++
		}
		if l.tone != toneNgang {
			if tone != toneNgang {
				return false
			}
			tone, at = l.tone, n
		}
		buf[n] = l.base
		n++
	}
	if n == 0 || upper > 0 && lower > 0 && (upper > 1 || !firstUpper) {
		return false
	}
	s := string(buf[:n])
	for _, in := range initials {
		if strings.HasPrefix(s, in) && validRhyme(in, s[len(in):], tone, at-utf8.RuneCountInString(in)) {
			return true
		}
	}
	return false
}

// validRhyme reports whether rest (lower case, without tone) is a valid
// rhyme after the initial consonant in, with the given tone on its letter
// at (a rune index). It applies the spelling rules gh/ngh before i e ê
// only, g/ng/c never before them, and the u of qu and the i of gi standing
// for the first letter of the rhyme ("quýt", "giếng", "gìn").
func validRhyme(in, rest string, tone int8, at int) bool {
	first, _ := utf8.DecodeRuneInString(rest)
	switch in {
	case "gh", "ngh":
		if !strings.ContainsRune("ieê", first) {
			return false
		}
	case "g", "ng":
		if strings.ContainsRune("eê", first) || in == "ng" && first == 'i' {
			return false
		}
	case "c":
		if strings.ContainsRune("ieêy", first) {
			return false
		}
	case "qu":
		if rest == "" || strings.ContainsRune("ouư", first) {
			return false
		}
		return validToneRhyme(rest, tone, at) || validToneRhyme("u"+rest, tone, at+1)
	case "gi":
		if first == 'i' {
			return false
		}
		return validToneRhyme(rest, tone, at) || validToneRhyme("i"+rest, tone, at+1)
	}
	return validToneRhyme(rest, tone, at)
}

// validToneRhyme reports whether r is a rhyme that can carry tone on its
// letter at. A rhyme ending in a stop (c, ch, k, p, t) takes only sắc or
// nặng, and the rare rhymes oong, ooc, uya only the tones of their few
// words (so that the VNI "Coäng" and "cuûa" do not read as the TCVN3
// "Coọng" and "cuỷa"). The tone goes on the last vowel before a final
// consonant; in an open rhyme, on the (last) vowel with a mark of its own
// (ươi → ơ), on either vowel of oa, oe, uy (hoà and hòa), on the middle one
// of three vowels (oai) and on the first of two (ai, ao, ia, ua), never on
// a final glide.
func validToneRhyme(r string, tone int8, at int) bool {
	if !rhymes[r] {
		return false
	}
	switch r[len(r)-1] {
	case 'c', 'k', 'p', 't':
		if tone != toneSac && tone != toneNang {
			return false
		}
	case 'h':
		if strings.HasSuffix(r, "ch") && tone != toneSac && tone != toneNang {
			return false
		}
	}
	switch r {
	case "oong": // xoong, goòng, soóng
		return tone == toneNgang || (tone == toneHuyen || tone == toneSac) && at == 1
	case "ooc": // moóc, soóc
		return tone == toneSac && at == 1
	case "uya": // khuya
		return tone == toneNgang
	}
	if tone == toneNgang {
		return true
	}
	vowels, marked, closed := 0, -1, false
	for _, c := range r {
		if !strings.ContainsRune("aăâeêioôơuưy", c) {
			closed = true
			break
		}
		if strings.ContainsRune("ăâêôơư", c) {
			marked = vowels
		}
		vowels++
	}
	switch {
	case closed:
		return at == vowels-1
	case marked >= 0:
		return at == marked
	case r == "oa" || r == "oe" || r == "uy":
		return at == 0 || at == 1
	case vowels == 3:
		return at == 1
	}
	return at == 0
}
