package vntext_test

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"dan van kheo", "dan van kheo"},
		{"Dân vận khéo", "dan van kheo"},
		{"ĐẢNG ỦY", "dang uy"},
		{"Đắk Lắk", "dak lak"},
		{"Nguye\u0302\u0303n", "nguyen"},              // NFD
		{"\u0110a\u0300 Na\u0306\u0303ng", "da nang"}, // NFD with Đ
		{"Quốc phòng – an ninh", "quoc phong – an ninh"},
		{"Ư ơ ă â ê ô", "u o a a e o"},
		{"Ỹ ỵ Ữ ự Ở ợ", "y y u u o o"},
		{"Số 12/QĐ-UBND, ngày 05.02.2026!", "so 12/qd-ubnd, ngay 05.02.2026!"},
		{"Crème brûlée, Ærø, Łódź, São Paulo", "creme brulee, æro, lodz, sao paulo"},
		{"İstanbul", "istanbul"},
		{"ℂ 𝐀", "c a"},
		{"Tân\xffLập", "tanlap"}, // invalid byte dropped
		{"한국어", "한국어"},           // Hangul recomposed
		{"Привет", "привет"},
	}
	for _, tt := range tests {
		got := vntext.Fold(tt.in)
		if got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := vntext.Fold(got); again != got {
			t.Errorf("Fold not idempotent: Fold(%q) = %q", got, again)
		}
	}
}

// TestFoldAllRunes checks the Fold properties on every single code point,
// which the fuzzer would take long to reach.
func TestFoldAllRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		checkFold(t, string(r))
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" ,.- ", nil},
		{"Đảng ủy xã Tân-Lập, 2024", []string{"dang", "uy", "xa", "tan", "lap", "2024"}},
		{"Số 12/QĐ-UBND", []string{"so", "12", "qd", "ubnd"}},
		{"dân  dân\tDÂN", []string{"dan", "dan", "dan"}},
		{"Quốc phòng – an ninh", []string{"quoc", "phong", "an", "ninh"}},
	}
	for _, tt := range tests {
		got := vntext.Words(tt.in)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPrefixesAll(t *testing.T) {
	words := vntext.Words("Đảng ủy xã Tân Lập")
	for q, want := range map[string]bool{"": true, "tan la": true, "LẬP dang": true, "tan lap xa uy": true, "lap tanh": false, "anh": false} {
		if got := vntext.PrefixesAll(words, vntext.Words(q)); got != want {
			t.Errorf("PrefixesAll(%q, %q) = %v, want %v", words, q, got, want)
		}
	}
}

// checkFold verifies the documented properties of Fold on s.
func checkFold(t *testing.T, s string) {
	t.Helper()
	f := vntext.Fold(s)
	if !utf8.ValidString(f) {
		t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, f)
	}
	if g := vntext.Fold(f); g != f {
		t.Fatalf("Fold(%q) = %q, but Fold of that = %q", s, f, g)
	}
	for _, r := range f {
		if unicode.IsUpper(r) {
			t.Fatalf("Fold(%q) = %q contains upper-case %U", s, f, r)
		}
	}
	if slow := vntext.FoldSlow(s); slow != f {
		t.Fatalf("Fold(%q) = %q, general path gives %q", s, f, slow)
	}
	if utf8.ValidString(s) {
		nfc, nfd := vntext.Fold(norm.NFC.String(s)), vntext.Fold(norm.NFD.String(s))
		if nfc != nfd {
			t.Fatalf("Fold(NFC(%q)) = %q, Fold(NFD) = %q", s, nfc, nfd)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{
		"", "Dân vận khéo", "ĐẢNG ỦY", "Nguye\u0302\u0303n", "Quốc phòng – an ninh",
		"Ư ơ ă â ê ô", "\xff\xfe", "İı", "ǅ", "한국어", "a\u0301\u0323\u0302",
		"ℂ𝐀ϓ", "ﬁ", "\u0B47\u0B3E",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFold(t, s)
	})
}

// typicalName is a 60-character Vietnamese line as found in the registers.
const typicalName = "Nguyễn Thị Hồng Nhung - Ủy viên Ban Thường vụ Đảng ủy xã Tân"

func BenchmarkFold(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		vntext.Fold(typicalName)
	}
}
