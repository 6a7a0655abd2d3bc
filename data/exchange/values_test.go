package exchange

import (
	"testing"
	"unicode/utf8"

	"github.com/danvankheo/danvankheo/data"
)

func TestParseYear(t *testing.T) {
	cases := map[string]int{"2018": 2018, " 2018 ": 2018, "2018.0": 2018, "năm 2019": 2019, "Năm 2019": 2019,
		"43466": 2019, "05/02/2024": 2024, "5/2/24": 2024, "2024-02-05": 2024, "": 0}
	for in, want := range cases {
		got, err := parseYear(in)
		if err != nil || got != want {
			t.Errorf("parseYear(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"abc", "1200", "31/02/2024", "-5", "1e300", "NaN"} {
		if _, err := parseYear(bad); err == nil {
			t.Errorf("parseYear(%q) accepted", bad)
		}
	}
}

func TestParseKind(t *testing.T) {
	cases := map[string]data.Kind{"Mô hình": data.KindModel, "MÔ HÌNH": data.KindModel, "Điển hình tập thể": data.KindCollective,
		"tập thể": data.KindCollective, "Điển hình cá nhân": data.KindIndividual, "ĐH cá nhân": data.KindIndividual, "": ""}
	for in, want := range cases {
		if got, err := parseKind(in); err != nil || got != want {
			t.Errorf("parseKind(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := parseKind("điển hình"); err == nil {
		t.Error("an ambiguous kind was accepted")
	}
}

func FuzzParseCells(f *testing.F) {
	for _, s := range []string{"2018", "43466", "05/02/2024", "Điển hình cá nhân", "1.045", "Tổng cộng", "\xff\xfe", "Céng hoµ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if y, err := parseYear(s); err == nil && y != 0 && (y < 1900 || y > 2200) {
			t.Fatalf("year %d from %q", y, s)
		}
		if k, err := parseKind(s); err == nil && k != "" && !k.Valid() {
			t.Fatalf("kind %q from %q", k, s)
		}
		if n, err := parseCount(s); err == nil && n < 0 {
			t.Fatalf("count %d", n)
		}
		isTotalRow(s)
		if c, _ := clean(Cell{Text: s}); !utf8.ValidString(c) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		matchHeading(s)
	})
}
