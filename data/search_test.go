package data_test

import (
	"database/sql"
	"fmt"
	"slices"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// searchNames returns the names a ranked search lists, best first.
func searchNames(t *testing.T, a *data.Archive, text string) []string {
	t.Helper()
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{Text: text, Rank: true})
	must(t, err)
	return names(rows)
}

// TestSearchDiacriticsAsTyped: a word without marks finds every spelling,
// a word with marks that spelling only, đ only đ, and the two placements
// of a tone are one spelling.
func TestSearchDiacriticsAsTyped(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	for _, n := range []string{"Xóm Thanh Hòa sạch đẹp", "Thanh Hóa chung sức", "Hoạt động vì dân",
		"Đà Lạt xanh", "Da cam nghĩa tình", "Cánh đồng Thanh Hoà"} {
		fx.entry(t, n, func(e *data.Entry) { e.UnitID = fx.dept.ID }) // a unit without these words
	}
	for _, c := range []struct {
		text string
		want []string // in any order
	}{
		{"thanh hoa", []string{"Xóm Thanh Hòa sạch đẹp", "Thanh Hóa chung sức", "Cánh đồng Thanh Hoà"}},
		{"Thanh Hòa", []string{"Xóm Thanh Hòa sạch đẹp", "Cánh đồng Thanh Hoà"}},
		{"thanh hoà", []string{"Xóm Thanh Hòa sạch đẹp", "Cánh đồng Thanh Hoà"}},
		{"hòa", []string{"Xóm Thanh Hòa sạch đẹp", "Cánh đồng Thanh Hoà"}},
		{"hoa", []string{"Xóm Thanh Hòa sạch đẹp", "Thanh Hóa chung sức", "Hoạt động vì dân", "Cánh đồng Thanh Hoà"}},
		{"đà ", []string{"Đà Lạt xanh"}},
		{"đ", []string{"Đà Lạt xanh", "Xóm Thanh Hòa sạch đẹp", "Hoạt động vì dân", "Cánh đồng Thanh Hoà"}},
		{"da ", []string{"Đà Lạt xanh", "Da cam nghĩa tình"}},
		{"thanh hòa sạch", []string{"Xóm Thanh Hòa sạch đẹp"}},
		{"tha ho", []string{"Xóm Thanh Hòa sạch đẹp", "Thanh Hóa chung sức", "Cánh đồng Thanh Hoà"}}, // whole words find nothing
	} {
		got := searchNames(t, a, c.text)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q found %q, want %q", c.text, got, want)
		}
	}
}

// TestSearchRanks: the phrase before the words apart, the short fields
// before the long texts, exact spelling before other spellings.
func TestSearchRanks(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	fx.entry(t, "A nước sạch cho dân, bảo vệ môi trường", func(e *data.Entry) { e.Method = "Trồng cây." })
	fx.entry(t, "B trường học", func(e *data.Entry) { e.Method = "Giữ môi sinh." })
	fx.entry(t, "C nhà văn hóa", func(e *data.Entry) { e.Method = "Bảo vệ môi trường." })
	fx.entry(t, "D môi trường", func(e *data.Entry) {})
	got := searchNames(t, a, "moi truong")
	want := []string{"A nước sạch cho dân, bảo vệ môi trường", "D môi trường", "C nhà văn hóa", "B trường học"}
	if !slices.Equal(got, want) {
		t.Errorf("ranked %q,\nwant %q", got, want)
	}
	r, err := a.SearchRanked(ctx, "moi truong")
	must(t, err)
	if r.Len() != 4 || r.Weak >= len(r.Groups) || len(r.Groups[r.Weak]) != 1 {
		t.Errorf("groups %v, weak from %d", r.Groups, r.Weak)
	}
	// Unranked, the list keeps its order.
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{Text: "moi truong"})
	must(t, err)
	if n := names(rows); n[0] != "A nước sạch cho dân, bảo vệ môi trường" || n[3] != "D môi trường" {
		t.Errorf("by name %q", n)
	}
	// Typed partly with marks, the exact spelling first.
	fx.entry(t, "E Thành Hòa")
	fx.entry(t, "F Thanh Hòa")
	if got := searchNames(t, a, "Thanh Hòa"); !slices.Equal(got, []string{"F Thanh Hòa", "E Thành Hòa"}) {
		t.Errorf("Thanh Hòa: %q", got)
	}
}

// TestSearchUpgrade: an archive of schema 3 (one-column index) or 4
// (folded words with positions) gets the new index, filled, when it is
// opened.
func TestSearchUpgrade(t *testing.T) {
	for from, undo := range map[int][]string{3: undo4, 4: undo5} {
		t.Run(fmt.Sprint(from), func(t *testing.T) {
			a, path := newArchive(t)
			fx := seed(t, a)
			fx.entry(t, "Dân vận khéo ở Thanh Hòa")
			fx.entry(t, "Hòa Thanh, không phải cụm từ")
			gone := fx.entry(t, "Thanh Hòa đã xóa")
			must(t, a.Delete(ctx, "entries", gone.ID))
			must(t, a.Close())
			db, err := sql.Open("sqlite", path)
			must(t, err)
			for _, s := range append(undo, fmt.Sprintf("PRAGMA user_version = %d", from)) {
				_, err := db.Exec(s)
				must(t, err)
			}
			db.Close()
			o := testOptions(t)
			var heard []string
			o.Progress = func(what string, done, total int) { heard = append(heard, fmt.Sprintf("%s %d/%d", what, done, total)) }
			b, err := data.Open(ctx, path, o)
			must(t, err)
			defer b.Close()
			// The person sees the backup, each version, and the two live
			// entries indexed.
			if want := "Đang nâng cấp kho lên phiên bản 5… 2/2"; !slices.Contains(heard, want) || heard[0] != "Đang sao lưu kho trước khi nâng cấp… 0/0" {
				t.Errorf("progress %q, want the backup first and %q", heard, want)
			}
			r, err := b.SearchRanked(ctx, "Thanh Hòa")
			must(t, err)
			if len(r.Groups) == 0 || len(r.Groups[0]) != 1 || r.Len() != 2 {
				t.Errorf("after the upgrade %+v", r)
			}
			if got := searchNames(t, b, "Thanh Hòa"); len(got) != 2 || got[0] != "Dân vận khéo ở Thanh Hòa" {
				t.Errorf("after the upgrade %q", got)
			}
			if bs, _ := b.Backups(); len(bs) == 0 {
				t.Error("no backup before the upgrade")
			}
		})
	}
}
