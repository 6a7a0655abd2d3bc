package vntext

import (
	"strings"
	"unicode"
)

// The tables below describe the two legacy 8-bit encodings that Vietnamese
// documents written before Unicode use. Each legacy code is written as the
// Unicode character of the same Windows-1252/Latin-1 code point, which is
// how the text reaches Go when a spreadsheet is read: TCVN3 byte 0xA9
// ("â") arrives as '©'.
//
// TCVN3 (ABC, the .VnTime/.VnArial fonts) is the VN3 table of the standard
// TCVN 5712:1993 "Công nghệ thông tin – Bộ mã chuẩn 8-bit kí tự Việt dùng
// trong trao đổi thông tin". VN3 keeps ASCII and the Windows-1252 symbols
// of 0x80–0x9F, and puts in 0xA1–0xFE the 67 lower-case letters (66 vowels
// and đ) and the seven capitals without tone Ă Â Đ Ê Ô Ơ Ư. It has no code
// for the 60 capitals with a tone: headings were typed with the lower-case
// codes in the companion all-capitals fonts (.VnTimeH), so a legacy
// document gives "§¶NG" for "ĐẢNG". The codes 0xAF, 0xB0–0xB4, 0xBA,
// 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0 and 0xFF are not used by VN3
// (VN1, the full table of the same standard, puts capitals there and in the
// control codes; the ABC fonts do not).
//
// VNI-Windows (the VNI-Times fonts of VNI Software Company) writes a vowel
// with a diacritic as the ASCII base letter followed by one "mark" byte
// that the font draws over it: "aù" is á, "aâ" is â, "aá" is ấ, "aê" is ă,
// "aé" is ắ. Upper-case letters use the upper-case base and mark ("AÙ" is
// Á). Single bytes give ơ (ô), ư (ö), đ (ñ), ỵ (î) and the i with a tone
// (ì æ ó í ò for ì ỉ ĩ í ị), and these take the tone marks too ("ôù" is ớ).
//
// Both tables were written from the two code charts and cross-checked
// letter by letter against the UniKey/VnConv converter's charset tables and
// against well-known legacy samples ("Céng hoµ x· héi chñ nghÜa ViÖt Nam",
// "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"); legacy_test.go checks that
// every letter round-trips.

// vowelRows lists the twelve Vietnamese vowels in lower case, each with its
// six tones in the order of the TCVN3 code chart: ngang (no mark), huyền,
// hỏi, ngã, sắc, nặng. The index of a letter in its row is its tone.
var vowelRows = [12]string{
	"aàảãáạ",
	"ăằẳẵắặ",
	"âầẩẫấậ",
	"eèẻẽéẹ",
	"êềểễếệ",
	"iìỉĩíị",
	"oòỏõóọ",
	"ôồổỗốộ",
	"ơờởỡớợ",
	"uùủũúụ",
	"ưừửữứự",
	"yỳỷỹýỵ",
}

// Tones, as indexes into a row of vowelRows.
const (
	toneNgang = iota
	toneHuyen
	toneHoi
	toneNga
	toneSac
	toneNang
)

// tcvn3Rows gives the TCVN3 code of each letter of vowelRows (the plain
// a e i o u y are ASCII). Code points, by row: a µ¶·¸¹ = B5–B9;
// ă ¨»¼½¾Æ = A8 BB–BE C6; â ©ÇÈÉÊË = A9 C7–CB; e ÌÎÏÐÑ = CC CE–D1;
// ê ªÒÓÔÕÖ = AA D2–D6; i ×ØÜÝÞ = D7 D8 DC–DE; o ßáâãä = DF E1–E4;
// ô «åæçèé = AB E5–E9; ơ ¬êëìíî = AC EA–EE; u ïñòóô = EF F1–F4;
// ư (soft hyphen) õö÷øù = AD F5–F9; y úûüýþ = FA–FE.
var tcvn3Rows = [12]string{
	"aµ¶·¸¹",
	"¨»¼½¾Æ",
	"©ÇÈÉÊË",
	"eÌÎÏÐÑ",
	"ªÒÓÔÕÖ",
	"i×ØÜÝÞ",
	"oßáâãä",
	"«åæçèé",
	"¬êëìíî",
	"uïñòóô",
	"\u00ADõö÷øù",
	"yúûüýþ",
}

// tcvn3Letters and tcvn3Codes pair the other letters TCVN3 defines: đ and
// the seven capitals without tone (codes AE, A1–A7).
const (
	tcvn3Letters = "đĂÂĐÊÔƠƯ"
	tcvn3Codes   = "®¡¢§£¤¥¦"
)

// vniRows gives the VNI-Windows form of each lower-case letter of
// vowelRows; the upper-case forms are the same strings in upper case
// ("aù" → "AÙ", "ô" → "Ô"). The tone marks are ù ø û õ ï (D9 D8 DB D5 CF
// in upper case); after a, e and o the circumflex with its tones is
// â à å ã á ä (C2 C0 C5 C3 C1 C4), and after a the breve with its tones is
// ê è ú ü é ë (CA C8 DA DC C9 CB).
var vniRows = [12][6]string{
	{"a", "aø", "aû", "aõ", "aù", "aï"},
	{"aê", "aè", "aú", "aü", "aé", "aë"},
	{"aâ", "aà", "aå", "aã", "aá", "aä"},
	{"e", "eø", "eû", "eõ", "eù", "eï"},
	{"eâ", "eà", "eå", "eã", "eá", "eä"},
	{"i", "ì", "æ", "ó", "í", "ò"},
	{"o", "oø", "oû", "oõ", "où", "oï"},
	{"oâ", "oà", "oå", "oã", "oá", "oä"},
	{"ô", "ôø", "ôû", "ôõ", "ôù", "ôï"},
	{"u", "uø", "uû", "uõ", "uù", "uï"},
	{"ö", "öø", "öû", "öõ", "öù", "öï"},
	{"y", "yø", "yû", "yõ", "yù", "î"},
}

// vniD is the VNI-Windows form of đ (Đ is "Ñ").
const vniD = "ñ"

// letter describes a Vietnamese letter for spelling checks: its lower-case
// form without tone (ă, â, đ, ê, ô, ơ, ư keep their marks) and its tone.
type letter struct {
	base rune
	tone int8
}

// vniKey is a VNI base letter followed by a mark, both in lower case.
type vniKey struct{ base, mark rune }

// legacyTables holds the lookup tables derived from the rows above.
type legacyTables struct {
	letters map[rune]letter // every Vietnamese letter, both cases, ASCII included

	tcvn3Dec map[rune]rune // TCVN3 code → letter (lower case, or one of the seven capitals)
	tcvn3Enc map[rune]rune // letter → TCVN3 code; capitals with a tone use the lower-case code

	vniEnc    map[rune]string // letter → VNI form
	vniSingle map[rune]rune   // one-byte VNI letter (both cases) → letter
	vniPair   map[vniKey]rune // lower-case base and mark → lower-case letter
	vniMarks  map[rune]bool   // every mark byte, both cases
}

var legacy = func() *legacyTables {
	t := &legacyTables{
		letters:   make(map[rune]letter),
		tcvn3Dec:  make(map[rune]rune),
		tcvn3Enc:  make(map[rune]rune),
		vniEnc:    make(map[rune]string),
		vniSingle: make(map[rune]rune),
		vniPair:   make(map[vniKey]rune),
		vniMarks:  make(map[rune]bool),
	}
	for c := 'a'; c <= 'z'; c++ {
		t.letters[c] = letter{base: c}
		t.letters[unicode.ToUpper(c)] = letter{base: c}
	}
	t.letters['đ'] = letter{base: 'đ'}
	t.letters['Đ'] = letter{base: 'đ'}
	for i, row := range vowelRows {
		letters := []rune(row)
		codes := []rune(tcvn3Rows[i])
		base := letters[0]
		for tone, lower := range letters {
			upper := unicode.ToUpper(lower)
			t.letters[lower] = letter{base: base, tone: int8(tone)}
			t.letters[upper] = letter{base: base, tone: int8(tone)}

			code := codes[tone]
			t.tcvn3Enc[lower] = code
			t.tcvn3Enc[upper] = code // .VnTimeH: the capital is drawn by the font
			if code >= 0x80 {
				t.tcvn3Dec[code] = lower
			}

			vni := vniRows[i][tone]
			t.vniEnc[lower] = vni
			t.vniEnc[upper] = strings.ToUpper(vni)
			switch r := []rune(vni); len(r) {
			case 1:
				if r[0] >= 0x80 {
					t.vniSingle[r[0]] = lower
					t.vniSingle[unicode.ToUpper(r[0])] = upper
				}
			case 2:
				t.vniPair[vniKey{r[0], r[1]}] = lower
				t.vniMarks[r[1]] = true
				t.vniMarks[unicode.ToUpper(r[1])] = true
			}
		}
	}
	// Plain A E I O U Y are ASCII in both encodings.
	for _, r := range "aeiouy" {
		t.tcvn3Enc[unicode.ToUpper(r)] = unicode.ToUpper(r)
	}
	codes := []rune(tcvn3Codes)
	for i, r := range []rune(tcvn3Letters) {
		t.tcvn3Enc[r] = codes[i]
		t.tcvn3Dec[codes[i]] = r
	}
	d := []rune(vniD)[0]
	t.vniEnc['đ'] = vniD
	t.vniEnc['Đ'] = strings.ToUpper(vniD)
	t.vniSingle[d] = 'đ'
	t.vniSingle[unicode.ToUpper(d)] = 'Đ'
	return t
}()

// initials are the Vietnamese initial consonants, longest first so that
// "ngh" is tried before "ng" and "n". "kr" and "pl" occur in the place
// names of the Central Highlands and the south-east (Krông, Pleiku).
var initials = []string{
	"ngh",
	"ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "kr", "pl",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
	"",
}

// rhymes are the Vietnamese rhymes (vowel nucleus with its final) without
// tone. The final k occurs in place names of ethnic origin (Đắk Lắk, Búk).
var rhymes = func() map[string]bool {
	const list = `
		a ac ach ai ak am an ang anh ao ap at au ay
		ăc ăk ăm ăn ăng ăp ăt
		âc âm ân âng âp ât âu ây
		e ec em en eng eo ep et
		ê êch êm ên ênh êp êt êu
		i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu
		o oa oac oach oai oam oan oang oanh oao oap oat oay
		oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on ong ooc oong op ot
		ô ôc ôi ôm ôn ông ôp ôt
		ơ ơi ơm ơn ơp ơt
		u ua uân uâng uât uây uc uê uêch uênh ui uk um un ung
		uôc uôi uôm uôn uông uôt up uơ ut
		uy uya uych uyên uyêt uynh uyp uyt uyu
		ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu
		y yêm yên yêng yêt yêu`
	m := make(map[string]bool)
	for _, r := range strings.Fields(list) {
		m[r] = true
	}
	return m
}()
