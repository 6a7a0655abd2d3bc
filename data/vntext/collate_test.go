package vntext_test

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func TestSortStringsVietnameseAlphabet(t *testing.T) {
	in := []string{"Đông", "Dương", "Zô", "An", "Ăn", "Ân", "Bắc", "Ơn", "Ôn", "On", "Ưng", "Ung"}
	want := []string{"An", "Ăn", "Ân", "Bắc", "Dương", "Đông", "On", "Ôn", "Ơn", "Ung", "Ưng", "Zô"}
	got := slices.Clone(in)
	vntext.SortStrings(got)
	if !slices.Equal(got, want) {
		t.Errorf("SortStrings(%q)\n got %q\nwant %q", in, got, want)
	}
}

// TestOrderedChains checks that each chain is strictly increasing for both
// Compare and Key.
func TestOrderedChains(t *testing.T) {
	chains := map[string][]string{
		"letters":      {"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"},
		"d before đ":   {"Dương", "Đông", "Zô"},
		"a ă â":        {"An", "Ăn", "Ân"},
		"o ô ơ":        {"On", "Ôn", "Ơn"},
		"u ư":          {"Ung", "Ưng"},
		"tones":        {"ma", "mà", "mả", "mã", "má", "mạ"},
		"tone vs ltr":  {"mạ", "mă", "mâ"},                  // the letter outweighs the tone
		"case":         {"ma", "Ma", "MA", "mà"},            // case only breaks ties after tones
		"letter first": {"DẠ", "dan", "Dăm"},                // letters outweigh tone and case
		"tie breaks":   {"dân", "Dân", "dần", "Dần", "Dẫn"}, // tone, then case
		"prefix":       {"Hà", "Hà Nam", "Hà Nội", "Hà Tĩnh"},
	}
	for name, chain := range chains {
		for i := 0; i+1 < len(chain); i++ {
			a, b := chain[i], chain[i+1]
			if c := vntext.Compare(a, b); c != -1 {
				t.Errorf("%s: Compare(%q, %q) = %d, want -1", name, a, b, c)
			}
			if c := vntext.Compare(b, a); c != 1 {
				t.Errorf("%s: Compare(%q, %q) = %d, want 1", name, b, a, c)
			}
			if bytes.Compare(vntext.Key(a), vntext.Key(b)) != -1 {
				t.Errorf("%s: Key(%q) >= Key(%q)", name, a, b)
			}
		}
	}
}

func TestKeyAgreesWithCompare(t *testing.T) {
	words := []string{
		"", " ", "a", "A", "à", "À", "ma", "Ma", "MA", "mà", "Mà", "mả", "mã", "má", "mạ",
		"Đông", "đông", "Dương", "dương", "Zô", "An", "Ăn", "Ân", "ăn", "ân", "Bắc",
		"Ơn", "Ôn", "On", "Ưng", "Ung", "Nguyễn", "Nguye\u0302\u0303n", "NGUYỄN",
		"Hà Nội", "Hà  Nội", " Hà Nội", "Hà-Nội", "12", "2", "x1", "x 1",
	}
	for _, a := range words {
		for _, b := range words {
			byKey := bytes.Compare(vntext.Key(a), vntext.Key(b))
			if c := vntext.Compare(a, b); c != byKey {
				t.Errorf("Compare(%q, %q) = %d, Key order gives %d", a, b, c, byKey)
			}
			if c, r := vntext.Compare(a, b), vntext.Compare(b, a); c != -r {
				t.Errorf("Compare(%q, %q) = %d but reversed gives %d", a, b, c, r)
			}
		}
	}
}

func TestKeyNormalisation(t *testing.T) {
	pairs := []struct{ a, b string }{
		{"Nguyễn Văn Đà", norm.NFD.String("Nguyễn Văn Đà")},
		{"Nguyễn", "Nguye\u0302\u0303n"},
		{"Tân Lập", "  Tân\u00A0Lập\t"},
		{"Tân Lập", "Tân\u200B Lập"},
	}
	for _, p := range pairs {
		if !bytes.Equal(vntext.Key(p.a), vntext.Key(p.b)) {
			t.Errorf("Key(%q) != Key(%q)", p.a, p.b)
		}
		if c := vntext.Compare(p.a, p.b); c != 0 {
			t.Errorf("Compare(%q, %q) = %d, want 0", p.a, p.b, c)
		}
	}
}

func TestKeyCallerOwnsSlice(t *testing.T) {
	k1 := vntext.Key("Bình Phước")
	saved := slices.Clone(k1)
	_ = vntext.Key("Đồng Xoài")
	vntext.SortStrings([]string{"c", "b", "a"})
	if !bytes.Equal(k1, saved) {
		t.Fatal("Key result was modified by later calls")
	}
}

func TestSortStringsStable(t *testing.T) {
	nfc, nfd := "Nguyễn", norm.NFD.String("Nguyễn")
	ss := []string{"Trần", nfd, "An", nfc, " Nguyễn"}
	vntext.SortStrings(ss)
	want := []string{"An", nfd, nfc, " Nguyễn", "Trần"}
	if !slices.Equal(ss, want) {
		t.Errorf("SortStrings = %q, want %q", ss, want)
	}
	vntext.SortStrings(nil) // must not panic
}

func TestCollationConcurrent(t *testing.T) {
	names := []string{"Đông", "Dương", "Zô", "An", "Ăn", "Ân", "Bắc", "Ơn", "Ôn", "On", "Ưng", "Ung"}
	want := slices.Clone(names)
	vntext.SortStrings(want)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				got := slices.Clone(names)
				slices.SortFunc(got, vntext.Compare)
				if !slices.Equal(got, want) {
					t.Errorf("concurrent sort gave %q", got)
					return
				}
				vntext.Key(names[0])
			}
		})
	}
	wg.Wait()
}

func TestKeyVersion(t *testing.T) {
	if !strings.HasPrefix(vntext.KeyVersion, "vi-cldr") {
		t.Errorf("KeyVersion = %q", vntext.KeyVersion)
	}
}

func BenchmarkKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		vntext.Key(typicalName)
	}
}
