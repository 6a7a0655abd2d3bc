package vntext_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// vowels are the twelve Vietnamese vowels; tones lists the combining marks
// of the five tones in the order huyền, hỏi, ngã, sắc, nặng.
var (
	vowels = []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}
	tones  = []string{"\u0300", "\u0309", "\u0303", "\u0301", "\u0323"}
)

// allLetters returns the 146 Vietnamese letters: the twelve vowels with no
// tone and with each of the five tones, in both cases, and đ, Đ.
func allLetters() []string {
	var out []string
	for _, v := range vowels {
		for _, l := range []string{v, strings.ToUpper(v)} {
			out = append(out, l)
			for _, t := range tones {
				out = append(out, norm.NFC.String(l+t))
			}
		}
	}
	return append(out, "đ", "Đ")
}

// tcvn3Chart is the TCVN3 (TCVN 5712:1993 VN3) code chart, typed as hex
// independently of the tables of the package.
const tcvn3Chart = `
	à=B5 ả=B6 ã=B7 á=B8 ạ=B9
	ă=A8 ằ=BB ẳ=BC ẵ=BD ắ=BE ặ=C6
	â=A9 ầ=C7 ẩ=C8 ẫ=C9 ấ=CA ậ=CB
	đ=AE
	è=CC ẻ=CE ẽ=CF é=D0 ẹ=D1
	ê=AA ề=D2 ể=D3 ễ=D4 ế=D5 ệ=D6
	ì=D7 ỉ=D8 ĩ=DC í=DD ị=DE
	ò=DF ỏ=E1 õ=E2 ó=E3 ọ=E4
	ô=AB ồ=E5 ổ=E6 ỗ=E7 ố=E8 ộ=E9
	ơ=AC ờ=EA ở=EB ỡ=EC ớ=ED ợ=EE
	ù=EF ủ=F1 ũ=F2 ú=F3 ụ=F4
	ư=AD ừ=F5 ử=F6 ữ=F7 ứ=F8 ự=F9
	ỳ=FA ỷ=FB ỹ=FC ý=FD ỵ=FE
	Ă=A1 Â=A2 Ê=A3 Ô=A4 Ơ=A5 Ư=A6 Đ=A7`

// parseTCVN3Chart returns tcvn3Chart as letter → code point.
func parseTCVN3Chart(t *testing.T) map[string]rune {
	t.Helper()
	chart := make(map[string]rune)
	for _, f := range strings.Fields(tcvn3Chart) {
		var code rune
		letter, hex, _ := strings.Cut(f, "=")
		if _, err := fmt.Sscanf(hex, "%X", &code); err != nil {
			t.Fatalf("bad chart entry %q: %v", f, err)
		}
		chart[letter] = code
	}
	return chart
}

// vniChart returns the VNI-Windows form of a lower-case letter, built from
// the code chart independently of the tables of the package: a vowel with
// a tone is its base letter followed by the mark byte (tone marks sắc F9,
// huyền F8, hỏi FB, ngã F5, nặng EF; circumflex + tone E2 E1 E0 E5 E3 E4;
// breve + tone EA E9 E8 FA FC EB), ơ ư are F4 F6, đ is F1, the tones of i
// and ỵ are single bytes.
func vniChart(letter string) string {
	d := []rune(norm.NFD.String(letter))
	base, marks := d[0], d[1:]
	tone := -1 // index in the order huyền, hỏi, ngã, sắc, nặng
	circumflex, breve, horn := false, false, false
	for _, m := range marks {
		switch m {
		case '\u0302':
			circumflex = true
		case '\u0306':
			breve = true
		case '\u031B':
			horn = true
		default:
			for i, t := range tones {
				if string(m) == t {
					tone = i
				}
			}
		}
	}
	if letter == "đ" {
		return "\u00F1"
	}
	byTone := func(plain rune, marks [5]rune) rune {
		if tone < 0 {
			return plain
		}
		return marks[tone]
	}
	switch {
	case base == 'i':
		return string(byTone('i', [5]rune{0xEC, 0xE6, 0xF3, 0xED, 0xF2}))
	case base == 'y' && tone == 4:
		return "\u00EE"
	case circumflex:
		return string(base) + string(byTone(0xE2, [5]rune{0xE0, 0xE5, 0xE3, 0xE1, 0xE4}))
	case breve:
		return string(base) + string(byTone(0xEA, [5]rune{0xE8, 0xFA, 0xFC, 0xE9, 0xEB}))
	}
	b := string(base)
	if horn {
		b = map[rune]string{'o': "\u00F4", 'u': "\u00F6"}[base]
	}
	if tone < 0 {
		return b
	}
	return b + string([5]rune{0xF8, 0xFB, 0xF5, 0xF9, 0xEF}[tone])
}

func TestEncodingString(t *testing.T) {
	for e, want := range map[vntext.Encoding]string{
		vntext.Unicode: "Unicode", vntext.TCVN3: "TCVN3 (ABC)", vntext.VNI: "VNI",
		vntext.Encoding(7): "Encoding(7)",
	} {
		if got := e.String(); got != want {
			t.Errorf("Encoding(%d).String() = %q, want %q", int(e), got, want)
		}
	}
}

// TestLegacyLetters checks both tables letter by letter against the charts
// and checks that every letter round-trips.
func TestLegacyLetters(t *testing.T) {
	letters := allLetters()
	if len(letters) != 146 {
		t.Fatalf("%d letters, want 146", len(letters))
	}
	chart := parseTCVN3Chart(t)
	if len(chart) != 74 {
		t.Fatalf("TCVN3 chart has %d entries, want 74", len(chart))
	}
	for _, l := range letters {
		lower := strings.ToLower(l)
		r, _ := utf8.DecodeRuneInString(l)
		toned := strings.ContainsAny(norm.NFD.String(l), strings.Join(tones, ""))

		// TCVN3: the chart code; a capital with a tone uses the
		// lower-case code (.VnTimeH) and comes back in a capitals word.
		want := l
		if code, ok := chart[l]; ok {
			want = string(code)
		} else if code, ok := chart[lower]; ok && unicode.IsUpper(r) && toned {
			want = string(code)
		} else if r >= utf8.RuneSelf {
			t.Errorf("TCVN3: %q has no code in the chart", l)
		}
		if got := vntext.EncodeLegacy(l, vntext.TCVN3); got != want {
			t.Errorf("EncodeLegacy(%q, TCVN3) = %q, want %q", l, got, want)
		}
		if unicode.IsUpper(r) && toned {
			word := "X" + l + "Y"
			if got := vntext.DecodeLegacy(vntext.EncodeLegacy(word, vntext.TCVN3), vntext.TCVN3); got != word {
				t.Errorf("TCVN3 capitals word %q round-trips to %q", word, got)
			}
			if got := vntext.DecodeLegacy(want, vntext.TCVN3); got != lower {
				t.Errorf("DecodeLegacy(%q, TCVN3) = %q, want %q", want, got, lower)
			}
		} else if got := vntext.DecodeLegacy(want, vntext.TCVN3); got != l {
			t.Errorf("DecodeLegacy(%q, TCVN3) = %q, want %q", want, got, l)
		}

		// VNI: every letter has its own form.
		want = vniChart(lower)
		if l != lower {
			want = strings.ToUpper(want)
		}
		if got := vntext.EncodeLegacy(l, vntext.VNI); got != want {
			t.Errorf("EncodeLegacy(%q, VNI) = %q, want %q", l, got, want)
		}
		if got := vntext.DecodeLegacy(want, vntext.VNI); got != l {
			t.Errorf("DecodeLegacy(%q, VNI) = %q, want %q", want, got, l)
		}
		// NFD input is composed first.
		if got := vntext.EncodeLegacy(norm.NFD.String(l), vntext.VNI); got != want {
			t.Errorf("EncodeLegacy(NFD %q, VNI) = %q, want %q", l, got, want)
		}
	}
	// The TCVN3 codes are distinct, and the unused positions of VN3 decode
	// to themselves.
	seen := make(map[rune]string)
	for l, c := range chart {
		if prev, dup := seen[c]; dup {
			t.Errorf("TCVN3 code %X used by %q and %q", c, prev, l)
		}
		seen[c] = l
	}
	for c := rune(0x80); c <= 0xFF; c++ {
		if _, used := seen[c]; !used {
			if got := vntext.DecodeLegacy(string(c), vntext.TCVN3); got != string(c) {
				t.Errorf("unused TCVN3 code %X decodes to %q", c, got)
			}
		}
	}
}

func TestLegacySamples(t *testing.T) {
	tests := []struct {
		in   string
		enc  vntext.Encoding
		want string
	}{
		{"Céng hoµ x· héi chñ nghÜa ViÖt Nam", vntext.TCVN3, "Cộng hoà xã hội chủ nghĩa Việt Nam"},
		{"Uû ban nh©n d©n", vntext.TCVN3, "Uỷ ban nhân dân"},
		{"HuyÖn ñy §ång T©m", vntext.TCVN3, "Huyện ủy Đồng Tâm"},
		{"NguyÔn V¨n An", vntext.TCVN3, "Nguyễn Văn An"},
		{"§éc lËp - Tù do - H¹nh phóc", vntext.TCVN3, "Độc lập - Tự do - Hạnh phúc"},
		{"CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", vntext.TCVN3, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"§¶NG Uû", vntext.TCVN3, "ĐẢNG UỶ"},
		{"Sè 12/Q§-UBND", vntext.TCVN3, "Số 12/QĐ-UBND"},
		{"N\u00ADíc", vntext.TCVN3, "Nước"},
		{"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", vntext.VNI, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"Vieät Nam", vntext.VNI, "Việt Nam"},
		{"nhaân daân", vntext.VNI, "nhân dân"},
		{"Huyeän uûy Ñoàng Taâm", vntext.VNI, "Huyện ủy Đồng Tâm"},
		{"Nguyeãn Vaên An", vntext.VNI, "Nguyễn Văn An"},
		{"ÑAÛNG UÛY XAÕ TAÂN LAÄP", vntext.VNI, "ĐẢNG ỦY XÃ TÂN LẬP"},
		{"ñöôøng Huøng Vöông", vntext.VNI, "đường Hùng Vương"},
	}
	for _, tt := range tests {
		got, enc := vntext.FixLegacy(tt.in)
		if got != tt.want || enc != tt.enc {
			t.Errorf("FixLegacy(%q) = %q, %v; want %q, %v", tt.in, got, enc, tt.want, tt.enc)
		}
		if got := vntext.DecodeLegacy(tt.in, tt.enc); got != tt.want {
			t.Errorf("DecodeLegacy(%q, %v) = %q, want %q", tt.in, tt.enc, got, tt.want)
		}
	}
}

// realisticCells are cells of the kind the district offices of Bình Phước
// send: unit names, person names, titles, "Dân vận khéo" models,
// equipment and addresses. All round-trip through both legacy encodings.
var realisticCells = []string{
	// Units.
	"Uỷ ban nhân dân huyện Đồng Phú",
	"Đảng uỷ xã Tân Lập",
	"Ban Dân vận Huyện uỷ Bù Đăng",
	"Hội Liên hiệp Phụ nữ xã Thuận Phú",
	"Mặt trận Tổ quốc Việt Nam xã Tân Hưng",
	"Đoàn Thanh niên Cộng sản Hồ Chí Minh",
	"Hội Cựu chiến binh phường Tân Phú",
	"Hội Nông dân xã Đồng Tâm",
	"Trường THCS Tân Tiến",
	"Công an xã Minh Hưng",
	"Ban Chỉ huy Quân sự huyện Chơn Thành",
	"Văn phòng Huyện uỷ Lộc Ninh",
	"Phòng Giáo dục và Đào tạo thị xã Bình Long",
	"Trung tâm Y tế huyện Bù Gia Mập",
	"Hội đồng nhân dân tỉnh Bình Phước",
	"HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC",
	"ỦY BAN NHÂN DÂN THÀNH PHỐ ĐỒNG XOÀI",
	"BAN DÂN VẬN TỈNH UỶ",
	"Chi bộ ấp 3",
	"Ban Thường vụ Tỉnh uỷ",
	"Huyện Hớn Quản",
	"Thị trấn Lộc Ninh",
	"Xã Phú Riềng",
	// People and titles.
	"Nguyễn Văn An",
	"Trần Thị Bích Ngọc",
	"Lê Hoàng Phúc",
	"Phạm Thị Thu Hà",
	"Hoàng Minh Tuấn",
	"Đỗ Quang Huy",
	"Vũ Thị Hồng Nhung",
	"Bùi Đức Thắng",
	"Điểu Thị Hạnh",
	"Huỳnh Ngọc Trâm",
	"Võ Thành Long",
	"Đặng Thị Mỹ Duyên",
	"Ngô Quốc Việt",
	"Dương Văn Khải",
	"Lý Thị Kim Liên",
	"Trương Công Định",
	"Hộ gia đình ông Nguyễn Văn Bảy",
	"Bí thư Chi bộ",
	"Phó Chủ tịch UBND xã",
	"Trưởng ban Dân vận",
	"Uỷ viên Ban Thường vụ",
	// Models and equipment.
	"Mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
	"Tổ tự quản đường nông thôn sáng – xanh – sạch – đẹp",
	"Mô hình nuôi bò sinh sản giúp hộ nghèo",
	"Phong trào thi đua “Dân vận khéo” năm 2025",
	"Câu lạc bộ phụ nữ không sinh con thứ ba",
	"Nhóm tương trợ thu gom phế liệu gây quỹ",
	"Đội văn nghệ xung kích",
	"Xe máy Honda Wave Alpha 110cc",
	"Máy tính xách tay Dell Latitude 5420",
	"Tủ lạnh Toshiba 180 lít",
	"Điện thoại Samsung Galaxy A15",
	// Places and documents.
	"Số 12, ấp Suối Đá, xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước",
	"Khu phố Phú Cường, phường Tân Phú, thành phố Đồng Xoài",
	"Thôn Bù Tam, xã Đắk Ơ, huyện Bù Gia Mập",
	"Sóc Bom Bo, xã Bình Minh, huyện Bù Đăng",
	"Đường Hùng Vương, phường Tân Bình",
	"Nhà văn hoá ấp Thuận Hoà",
	"Nghĩa trang liệt sĩ tỉnh",
	"Quyết định số 12/QĐ-UBND ngày 05/02/2026",
	"Cộng hòa xã hội chủ nghĩa Việt Nam",
	"Độc lập - Tự do - Hạnh phúc",
}

// TestLegacyRealistic encodes every realistic cell in both legacy encodings
// and checks that FixLegacy finds the encoding and gives the cell back,
// and that the Unicode cell itself is left alone.
func TestLegacyRealistic(t *testing.T) {
	if len(realisticCells) < 50 {
		t.Fatalf("only %d realistic cells", len(realisticCells))
	}
	for _, enc := range []vntext.Encoding{vntext.TCVN3, vntext.VNI} {
		right := 0
		for _, cell := range realisticCells {
			legacy := vntext.EncodeLegacy(cell, enc)
			got, gotEnc := vntext.FixLegacy(legacy)
			if got == cell && gotEnc == enc {
				right++
			} else {
				t.Errorf("FixLegacy(%q) = %q, %v; want %q, %v", legacy, got, gotEnc, cell, enc)
			}
		}
		t.Logf("%v: %d/%d cells detected and decoded", enc, right, len(realisticCells))
	}
	for _, cell := range realisticCells {
		if got, enc := vntext.FixLegacy(cell); got != cell || enc != vntext.Unicode {
			t.Errorf("FixLegacy(%q) = %q, %v; want it unchanged", cell, got, enc)
		}
	}
}

// TestLegacyWords measures detection on single words of the realistic cells
// taken alone, the hardest case: a word like "Phó" means Phó in Unicode and
// Phú in TCVN3, so no detector can be right on every word. The test only
// checks that no word is decoded wrongly with the wrong encoding and that
// most words with a diacritic are found.
func TestLegacyWords(t *testing.T) {
	seen := make(map[string]bool)
	for _, enc := range []vntext.Encoding{vntext.TCVN3, vntext.VNI} {
		total, right := 0, 0
		for _, cell := range realisticCells {
			for _, w := range strings.FieldsFunc(cell, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if w == strings.ToUpper(w) || vntext.Fold(w) == strings.ToLower(w) || seen[enc.String()+w] {
					continue // capitals (the .VnTimeH case) and words without diacritics
				}
				seen[enc.String()+w] = true
				total++
				got, gotEnc := vntext.FixLegacy(vntext.EncodeLegacy(w, enc))
				switch {
				case gotEnc == enc && got == w:
					right++
				case gotEnc != vntext.Unicode:
					t.Errorf("word %q in %v: FixLegacy gives %q, %v", w, enc, got, gotEnc)
				}
			}
		}
		t.Logf("%v: %d/%d single words with diacritics detected (%.0f%%)", enc, right, total, 100*float64(right)/float64(total))
		if right*10 < total*6 {
			t.Errorf("%v: only %d/%d single words detected", enc, right, total)
		}
	}
}

// TestLegacyTCVN3Capitals shows the limit of TCVN3: it has no code for a
// capital with a tone, so in a word that is not in capitals the letter
// comes back in lower case.
func TestLegacyTCVN3Capitals(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ủy ban nhân dân xã Tân Lập", "ủy ban nhân dân xã Tân Lập"},
		{"Ấp 3, xã Tân Lập, huyện Đồng Phú", "ấp 3, xã Tân Lập, huyện Đồng Phú"},
		{"Phó Chủ tịch Ủy ban", "Phó Chủ tịch ủy ban"},
		{"ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"},     // capitals: restored
		{"Ông Nguyễn Văn Ân", "Ông Nguyễn Văn Ân"}, // Ô and Â have codes
	}
	for _, tt := range tests {
		legacy := vntext.EncodeLegacy(tt.in, vntext.TCVN3)
		if got, enc := vntext.FixLegacy(legacy); got != tt.want || enc != vntext.TCVN3 {
			t.Errorf("FixLegacy(%q) = %q, %v; want %q, TCVN3", legacy, got, enc, tt.want)
		}
	}
}

// westernTexts must all be left as Unicode.
var westernTexts = []string{
	// Short cells.
	"Café", "naïve", "Müller", "©2024", "Microsoft®", "Windows® 11", "© 2024 Công ty",
	"Copyright © 2025 Acme Inc.", "Coca-Cola®", "iPhone™", "05/02/2026", "2026-02-05",
	"1.234,5", "12,5%", "25°C", "3×4", "1920×1080", "½ kg", "5 µm", "10 µg/ml", "§ 5",
	"£100", "¥500", "€20", "nguyen.van.an@binhphuoc.gov.vn", "info@müller.de",
	"https://example.com/café?q=ñ", "«Bonjour»", "¿Qué?", "¡Hola!", "1ª edición", "Nº 5",
	"A · B", "col·legi", "Donau\u00ADdampf\u00ADschiff",
	// French.
	"Là où il est", "Il a dû partir tôt", "Crème brûlée", "déjà vu", "Noël", "Loïc",
	"Hélène", "François", "Zoë", "Chloé", "Raphaël", "Israël", "Citroën", "L'Oréal",
	"Nestlé", "Renée", "José", "fête", "forêt", "château", "hôtel", "côte", "être",
	"garçon", "très", "près", "après", "déjà", "voilà", "où", "dû", "sûr", "goût",
	"août", "coût", "maïs", "Haïti", "héroïne", "égoïste", "Moïse", "Thaïlande",
	"élève", "été", "école", "résumé", "fiancée", "façade", "bête", "tête", "à bientôt",
	"Au revoir, à demain", "Liberté, égalité, fraternité", "Hôtel de Ville",
	// German.
	"Straße", "Grüße", "Köln", "München", "Düsseldorf", "Jürgen", "schön", "für",
	"über", "Tür", "Bär", "Mädchen", "Öl", "Ärger", "König", "Fußball", "Käse",
	"Größe", "Schröder", "Müller GmbH & Co. KG",
	// Spanish, Portuguese, Italian.
	"España", "niño", "mañana", "Peña", "año", "señor", "José Martínez", "Bogotá",
	"Perú", "México", "Panamá", "corazón", "canción", "información", "São Paulo",
	"Camões", "João", "não", "coração", "ação", "Conceição", "città", "perché",
	"caffè", "più", "così",
	// Nordic and others.
	"Ærø", "Ålesund", "Søren", "Bjørn", "smørrebrød", "Göteborg", "Malmö", "Åsa",
	"Þórr", "Reykjavík", "Ísland", "Brønshøj", "Ñuñoa", "Curaçao", "Kraków",
	// English.
	"The Quick Brown Fox © 2024", "Registered® trademark", "naïve café résumé",
	"Smith & Sons Ltd.", "USD 1,000.00",
}

// unicodeVietnamese must be left as Unicode too, including the cells made
// only of Latin-1 letters, which read as Vietnamese in TCVN3 or VNI as well
// ("Phó" is Phú in TCVN3, "Hoàng" is Hồng in VNI).
var unicodeVietnamese = []string{
	"Huyện ủy Đồng Tâm", "Nguyễn Văn An", "Tây Ninh", "Cà Mau", "Bà Rịa", "Tân Phú",
	"Phó", "Hoàng", "Hoà", "Thuý", "Lý", "Tô Thị Mai", "Cô Tô", "Bé", "Hè", "Lê Thị Thu",
	"Nguye\u0302\u0303n Va\u0306n An", // NFD
	"Số 12/QĐ-UBND", "Đảng ủy xã Tân Lập ©2024",
}

func TestLegacyLeavesUnicode(t *testing.T) {
	for _, s := range append(westernTexts, unicodeVietnamese...) {
		got, enc := vntext.FixLegacy(s)
		if enc != vntext.Unicode || got != norm.NFC.String(s) {
			t.Errorf("FixLegacy(%q) = %q, %v; want it unchanged", s, got, enc)
		}
		// Every word alone too.
		for _, w := range strings.Fields(s) {
			if enc := vntext.DetectLegacy(w); enc != vntext.Unicode {
				t.Errorf("DetectLegacy(%q) = %v", w, enc)
			}
		}
	}
}

// TestLegacyDisplayNames runs the detector over a corpus it was not written
// from: the names of languages and regions that golang.org/x/text gives in
// about a hundred languages (CLDR). The names in Western languages must stay
// Unicode; the Vietnamese ones must stay Unicode as they are and be found
// once encoded in TCVN3 or VNI.
func TestLegacyDisplayNames(t *testing.T) {
	var regions []language.Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if r, err := language.ParseRegion(string([]rune{a, b})); err == nil {
				regions = append(regions, r)
			}
		}
	}
	names := func(in language.Tag) []string {
		langs, regs := display.Languages(in), display.Regions(in)
		if langs == nil || regs == nil {
			return nil
		}
		var out []string
		for _, tag := range display.Supported.Tags() {
			out = append(out, langs.Name(tag))
		}
		for _, r := range regions {
			out = append(out, regs.Name(r))
		}
		return out
	}

	latin1, wrong := 0, 0
	for _, in := range display.Supported.Tags() {
		if in == language.Vietnamese {
			continue
		}
		for _, s := range names(in) {
			if !strings.ContainsFunc(s, func(r rune) bool { return r > 0x7F }) ||
				strings.ContainsFunc(s, func(r rune) bool { return r > 0xFF }) {
				continue // only Latin-1 names, which could be legacy text
			}
			latin1++
			if enc := vntext.DetectLegacy(s); enc != vntext.Unicode {
				wrong++
				t.Errorf("DetectLegacy(%q) (%v) = %v", s, in, enc)
			}
		}
	}
	t.Logf("%d Western names in Latin-1: %d not left as Unicode", latin1, wrong)

	vi := names(language.Vietnamese)
	for _, enc := range []vntext.Encoding{vntext.TCVN3, vntext.VNI} {
		total, right, caseOnly, missed := 0, 0, 0, 0
		for _, s := range vi {
			if vntext.Fold(s) == strings.ToLower(s) {
				continue // no diacritic
			}
			total++
			got, gotEnc := vntext.FixLegacy(vntext.EncodeLegacy(s, enc))
			switch {
			case gotEnc == enc && got == s:
				right++
			case gotEnc == enc && enc == vntext.TCVN3 && strings.ToLower(got) == strings.ToLower(s):
				caseOnly++ // "Ấn Độ" comes back as "ấn Độ": no TCVN3 code for Ấ
			case gotEnc == vntext.Unicode:
				missed++
			default:
				t.Errorf("%v name %q: FixLegacy gives %q, %v", enc, s, got, gotEnc)
			}
		}
		t.Logf("%v: %d Vietnamese names with diacritics: %d right, %d right but for a TCVN3 capital, %d left as Unicode",
			enc, total, right, caseOnly, missed)
		if (right+caseOnly)*100 < total*90 {
			t.Errorf("%v: only %d/%d Vietnamese names found", enc, right+caseOnly, total)
		}
	}
	for _, s := range vi {
		if got, enc := vntext.FixLegacy(s); got != s || enc != vntext.Unicode {
			t.Errorf("FixLegacy(%q) = %q, %v; want it unchanged", s, got, enc)
		}
	}
}

func TestDecodeLegacyUnicode(t *testing.T) {
	tests := []struct {
		in   string
		enc  vntext.Encoding
		want string
	}{
		{"", vntext.Unicode, ""},
		{"", vntext.TCVN3, ""},
		{"Nguye\u0302\u0303n", vntext.Unicode, "Nguyễn"},
		{"Tân\xffLập", vntext.Unicode, "TânLập"},
		{"T©n\xffLËp", vntext.TCVN3, "TânLập"},
		{"Taân\xffLaäp", vntext.VNI, "TânLập"},
		{"Huyện ủy", vntext.Encoding(9), "Huyện ủy"},
		{"plain ASCII", vntext.VNI, "plain ASCII"},
		{"aù\u0301", vntext.VNI, "á\u0301"}, // a stray combining mark is kept
	}
	for _, tt := range tests {
		if got := vntext.DecodeLegacy(tt.in, tt.enc); got != tt.want {
			t.Errorf("DecodeLegacy(%q, %v) = %q, want %q", tt.in, tt.enc, got, tt.want)
		}
	}
	if got := vntext.EncodeLegacy("Việt Nam – 2026 ©", vntext.Unicode); got != "Việt Nam – 2026 ©" {
		t.Errorf("EncodeLegacy(Unicode) = %q", got)
	}
	if got := vntext.EncodeLegacy("Việt Nam – 2026", vntext.TCVN3); got != "ViÖt Nam – 2026" {
		t.Errorf("EncodeLegacy(TCVN3) = %q", got)
	}
}

// Syllable parts for generating Vietnamese text in the fuzz test. Every
// generated word is a real Vietnamese spelling, so its Fold is an ASCII
// word and the detector's spelling rules must accept it.
var (
	genInitials = []string{"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m",
		"n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"}
	genRhymes = []string{"a", "ai", "am", "an", "ang", "anh", "ao", "at", "au", "ay", "ac", "ach",
		"ăn", "ăng", "ăt", "ăc", "âm", "ân", "âng", "ât", "âu", "ây", "e", "em", "en", "eo", "et",
		"ê", "êm", "ên", "ênh", "êt", "êu", "êch", "i", "ia", "ich", "im", "in", "inh", "it", "iu",
		"iêm", "iên", "iêng", "iêt", "iêu", "o", "oa", "oai", "oan", "oang", "oanh", "oat", "oăn",
		"oc", "oe", "oi", "om", "on", "ong", "ot", "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôt", "ơ",
		"ơi", "ơm", "ơn", "ơt", "u", "ua", "uân", "uât", "uc", "uê", "ui", "um", "un", "ung",
		"uôc", "uôi", "uôn", "uông", "uôt", "ut", "uy", "uya", "uyên", "uyêt", "uynh", "uyt", "ư",
		"ưa", "ưc", "ưi", "ưng", "ươc", "ươi", "ươm", "ươn", "ương", "ươt", "ươu", "ưt", "ưu",
		"y", "yên", "yêu"}
)

// genSyllable builds a lower-case NFC syllable from three bytes, following
// the spelling rules (k, gh, ngh before the front vowels, c, g, ng
// elsewhere; a stop final only with sắc or nặng).
func genSyllable(b0, b1, b2 byte) string {
	in := genInitials[int(b0)%len(genInitials)]
	rh := genRhymes[int(b1)%len(genRhymes)]
	first, _ := utf8.DecodeRuneInString(rh)
	front := strings.ContainsRune("ieê", first)
	switch in {
	case "c", "k":
		in = "c"
		if front || first == 'y' {
			in = "k"
		}
	case "g", "gh":
		in = "g"
		if front {
			in = "gh"
		}
	case "ng", "ngh":
		in = "ng"
		if front {
			in = "ngh"
		}
	case "qu":
		if strings.ContainsRune("ouư", first) {
			in = "" // qu is never followed by o, u, ư
		}
	case "gi":
		if first == 'i' {
			in = "g" // g + in = gin, as in "gìn"
		}
	}
	tone := int(b2) % 6 // 0: no tone, then huyền, hỏi, ngã, sắc, nặng
	if last := rh[len(rh)-1]; last == 'c' || last == 't' || strings.HasSuffix(rh, "ch") {
		tone = 4 + int(b2)%2
	}
	if rh == "uya" {
		tone = 0 // khuya has no tone
	}
	// The tone goes on the last vowel before a final consonant; in an open
	// rhyme on the last vowel with a mark of its own (ươi → ơ), else on the
	// second vowel of oa, oe, uy, the middle one of three, the first of two.
	runes := []rune(rh)
	pos, vowels, closed := -1, 0, false
	for _, r := range runes {
		if !strings.ContainsRune("aăâeêioôơuưy", r) {
			closed = true
			break
		}
		if strings.ContainsRune("ăâêôơư", r) {
			pos = vowels
		}
		vowels++
	}
	switch {
	case closed:
		pos = vowels - 1
	case pos >= 0:
	case rh == "oa" || rh == "oe" || rh == "uy" || vowels == 3:
		pos = 1
	default:
		pos = 0
	}
	var b strings.Builder
	b.WriteString(in)
	for i, r := range runes {
		b.WriteRune(r)
		if i == pos && tone > 0 {
			b.WriteString(tones[tone-1])
		}
	}
	return norm.NFC.String(b.String())
}

// genText turns fuzz bytes into Vietnamese text: up to 12 syllables
// separated by spaces, each in lower case or title case, or the whole text
// in capitals, as the bytes say. If tcvn3 is set, only the case forms that
// TCVN3 can write are used: a title word starts with a letter that TCVN3
// has as a capital (ASCII or Ă Â Đ Ê Ô Ơ Ư), and capitals are used only if
// a word has two ASCII letters (the .VnTimeH rule of DecodeLegacy).
func genText(data []byte, tcvn3 bool) string {
	var words []string
	caseBits := byte(0)
	for i := 0; i+3 <= len(data) && len(words) < 12; i += 3 {
		words = append(words, genSyllable(data[i], data[i+1], data[i+2]))
		caseBits ^= data[i+2] >> 3
	}
	allCaps := caseBits&7 == 7
	if tcvn3 && allCaps {
		allCaps = false
		for _, w := range words {
			ascii := 0
			for _, r := range w {
				if r < utf8.RuneSelf {
					ascii++
				}
			}
			allCaps = allCaps || ascii >= 2
		}
	}
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		switch {
		case allCaps:
			words[i] = strings.ToUpper(w)
		case data[3*i]&0x20 != 0 && (!tcvn3 || r < utf8.RuneSelf || strings.ContainsRune("ăâđêôơư", r)):
			words[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return strings.Join(words, " ")
}

// countDiacritics counts the letters of s that are not ASCII.
func countDiacritics(s string) int {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// hasTCVN3Symbol reports whether the TCVN3 text s holds, inside a word of
// two characters or more, one of the TCVN3 codes that are symbols rather
// than letters in Latin-1 (© for â, ¸ for á …): the sign that makes TCVN3
// text tell itself apart from Unicode. (µ, à, counts only inside a word,
// since µm is a unit.)
func hasTCVN3Symbol(s string) bool {
	for _, w := range strings.Fields(s) {
		rs := []rune(w)
		for i, r := range rs {
			if len(rs) >= 2 && (strings.ContainsRune("¡¢£¤¥¦§¨©ª«¬\u00AD®¶·¸¹»¼½¾×÷", r) || r == 'µ' && i > 0) {
				return true
			}
		}
	}
	return false
}

func FuzzFixLegacy(f *testing.F) {
	for _, s := range []string{
		"", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
		"Huyện ủy Đồng Tâm", "Café ©2024", "\xff\xfe", "Nguye\u0302\u0303n", "ÉÆõ",
		"aù\u0301", "§¶NG", "HuyÖn ñy §ång T©m", "Huyeän uûy Ñoàng Taâm", "µm ×",
		"\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c", "nguyen van an tan lap dong phu",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Any input: no panic, valid UTF-8 out.
		got, enc := vntext.FixLegacy(s)
		if !utf8.ValidString(got) {
			t.Fatalf("FixLegacy(%q) = %q: invalid UTF-8", s, got)
		}
		if enc < vntext.Unicode || enc > vntext.VNI {
			t.Fatalf("FixLegacy(%q) gives encoding %d", s, int(enc))
		}
		for _, e := range []vntext.Encoding{vntext.Unicode, vntext.TCVN3, vntext.VNI} {
			if d := vntext.DecodeLegacy(s, e); !utf8.ValidString(d) {
				t.Fatalf("DecodeLegacy(%q, %v) = %q: invalid UTF-8", s, e, d)
			}
			if d := vntext.EncodeLegacy(s, e); !utf8.ValidString(d) {
				t.Fatalf("EncodeLegacy(%q, %v) = %q: invalid UTF-8", s, e, d)
			}
		}

		// Unicode Vietnamese is never touched.
		x := genText([]byte(s), false)
		if !isFoldASCII(x) {
			t.Fatalf("generated text %q does not fold to ASCII", x)
		}
		if got, enc := vntext.FixLegacy(x); got != x || enc != vntext.Unicode {
			t.Fatalf("FixLegacy(%q) = %q, %v; want it unchanged", x, got, enc)
		}

		// TCVN3 text with at least three diacritics, one of them written
		// with a symbol code, is found and decoded.
		y := genText([]byte(s), true)
		legacy := vntext.EncodeLegacy(y, vntext.TCVN3)
		if countDiacritics(y) >= 3 && hasTCVN3Symbol(legacy) {
			if got, enc := vntext.FixLegacy(legacy); got != y || enc != vntext.TCVN3 {
				t.Fatalf("FixLegacy(%q) = %q, %v; want %q, TCVN3", legacy, got, enc, y)
			}
		}

		// VNI text with at least three diacritics, one of them written with
		// a mark that is neither a Vietnamese letter in Unicode nor part of
		// a TCVN3 syllable, is found. (û and ñ are left out: "uû" is ủ in
		// VNI and uỷ in TCVN3, "ñi" is đi in VNI and ủi in TCVN3.)
		legacy = vntext.EncodeLegacy(x, vntext.VNI)
		if countDiacritics(x) >= 3 && strings.ContainsAny(legacy, "øïåäëüØÏÅÄËÜ") {
			if got, enc := vntext.FixLegacy(legacy); got != x || enc != vntext.VNI {
				t.Fatalf("FixLegacy(%q) = %q, %v; want %q, VNI", legacy, got, enc, x)
			}
		}
	})
}

// isFoldASCII reports whether Fold(s) is ASCII, as it is for Vietnamese.
func isFoldASCII(s string) bool {
	for _, r := range vntext.Fold(s) {
		if r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func BenchmarkFixLegacy(b *testing.B) {
	cells := []string{
		"Nguyễn Thị Hồng Nhung - Ủy viên Ban Thường vụ Đảng ủy xã Tân",           // Unicode
		"NguyÔn ThÞ Hång Nhung - Uû viªn Ban Th\u00ADêng vô §¶ng uû x· T©n",      // TCVN3
		"Nguyeãn Thò Hoàng Nhung - UÛy vieân Ban Thöôøng vuï Ñaûng uûy xaõ Taân", // VNI
		"Máy tính Dell Latitude 5420 - 05/02/2026",                               // Latin-1 only
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cells {
			vntext.FixLegacy(c)
		}
	}
}
