package vntext_test

import (
	"slices"
	"testing"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func TestNormalizeTone(t *testing.T) {
	for in, want := range map[string]string{
		"hoà": "hòa", "hòa": "hòa", "hoạ": "họa", "khoẻ": "khỏe", "thuỷ": "thủy", "uỷ": "ủy",
		"quý": "quý", "hoàng": "hoàng", "thuyền": "thuyền", "hoa": "hoa", "xoá": "xóa",
		"ho\u0061\u0300": "hòa", // NFD input
	} {
		if got := vntext.NormalizeTone(in); got != want {
			t.Errorf("NormalizeTone(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExactWords(t *testing.T) {
	got := vntext.ExactWords("Ban Chỉ đạo xã Thanh Hoà, Uỷ ban-2024")
	want := []string{"ban", "chỉ", "đạo", "xã", "thanh", "hòa", "ủy", "ban", "2024"}
	if !slices.Equal(got, want) {
		t.Errorf("ExactWords = %q, want %q", got, want)
	}
	for i, w := range got {
		if f := vntext.Fold(w); f != vntext.Words("Ban Chỉ đạo xã Thanh Hoà, Uỷ ban-2024")[i] {
			t.Errorf("Fold(%q) = %q differs from Words", w, f)
		}
	}
	for w, marked := range map[string]bool{"hoa": false, "Hoa": false, "hòa": true, "đa": true, "d": false, "2024": false} {
		if vntext.HasMarks(w) != marked {
			t.Errorf("HasMarks(%q) = %v", w, !marked)
		}
	}
}

func TestQueryBeginsAll(t *testing.T) {
	name := vntext.ExactWords("Đảng ủy xã Tân Lập")
	for q, want := range map[string]bool{"tan la": true, "Tân L": true, "Tấn": false, "dang": true, "đảng uỷ": true,
		"đang": false, "": true, "lap tan": true, "hòa": false} {
		if got := vntext.ParseQuery(q).BeginsAll(name); got != want {
			t.Errorf("%q: %v", q, got)
		}
	}
}

func TestMatchesAsTyped(t *testing.T) {
	for _, c := range []struct {
		typed, written string
		want           bool
	}{
		{"Tan Hoa", "Tân Hòa", true},
		{"tan hoa", "Tân Hóa", true},
		{"Tân Hòa", "Tân Hoà", true}, // old tone placement: one spelling
		{"Tân Hòa", "Tân Hóa", false},
		{"Tan Hòa", "Tân Hóa", false}, // per word: the marked one must agree
		{"Tan Hòa", "Tấn Hòa", true},
		{"Đảng ủy xã Tân Hòa", "Đảng ủy xã Tân Hòa", true},
		{"Dang uy xa Tan Hoa", "Đảng ủy xã Tân Hòa", true},
		{"đa", "da", false}, // đ is only đ
		{"da", "đa", true},  // d is d and đ
		{"Tân Hòa", "Tân Hòa Đông", false},
		{"Tân Hòa Đông", "Tân Hòa", false},
	} {
		if got := vntext.MatchesAsTyped(c.typed, c.written); got != c.want {
			t.Errorf("MatchesAsTyped(%q, %q) = %v, want %v", c.typed, c.written, got, c.want)
		}
	}
}
