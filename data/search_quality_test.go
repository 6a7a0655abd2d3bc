package data_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// qualityQueries are what the office types, on the default demo archive,
// with what each must show first:
//
//   - phrase: every one of the first ten (or of all, when fewer) holds the
//     words together, in order, spelled as typed, in some field;
//   - short: the first holds the phrase in its name, person, place or unit;
//   - person: the first is the entry of that person.
var qualityQueries = []struct{ text, want string }{
	{"Thanh Hòa", "phrase"}, {"thanh hoa", "phrase"}, {"Thanh Hoà", "phrase"}, {"thanh hòa", "short"},
	{"hiến đất", "phrase"}, {"hien dat", "phrase"}, {"hiến đất làm đường", "phrase"},
	{"môi trường", "phrase"}, {"moi truong", "phrase"}, {"xoay vòng", "phrase"}, {"xoay vong", "phrase"},
	{"dân vận khéo", "phrase"}, {"chuyển đổi số", "phrase"}, {"chuyen doi so", "phrase"},
	{"an toàn giao thông", "phrase"}, {"bữa cơm nghĩa tình", "short"}, {"nhà tạm", "phrase"},
	{"thương mại điện tử", "phrase"}, {"dịch vụ công trực tuyến", "phrase"},
	{"Bàu Sen", "short"}, {"bau sen", "short"}, {"Suối Cam", "short"}, {"Đồng Búa", "short"}, {"dong bua", "short"},
	{"Long Thủy", "short"}, {"Long Thuỷ", "short"}, {"Tân Hòa", "short"}, {"tan hoa", "short"}, {"Phước Hòa", "short"},
	{"Hội Nông dân tỉnh", "short"}, {"Công an tỉnh", "short"}, {"Sở Y tế", "short"}, {"Uỷ ban MTTQ", "short"},
	{"Thành ủy Tân Phước", "short"}, {"Ban Thanh tra nhân dân", "phrase"}, {"tiết kiệm vì phụ nữ nghèo", "phrase"},
	{"Phạm Thành Sang", "person"}, {"Trần Đức Lộc", "person"}, {"nguyen van thuan", "person"}, {"Phan Thị Điệp", "person"},
}

// oracleEntry is an entry's fields as words, for checking the search
// without the index.
type oracleEntry struct {
	id     int64
	person string
	fields [5][]string // name, person, place, unit, body: vntext.ExactWords
}

// holds reports whether the words of text stand together in one field
// (in the short ones only if short), each spelled as typed when typed with
// marks, the last as a prefix.
func (o oracleEntry) holds(text string, short bool) bool {
	q := vntext.ExactWords(text)
	prefix := !strings.HasSuffix(text, " ")
	for fi, ws := range o.fields {
		if short && fi == 4 {
			break
		}
		for i := 0; i+len(q) <= len(ws); i++ {
			ok := true
			for j, w := range q {
				got, want := ws[i+j], w
				if !vntext.HasMarks(w) {
					got, want = vntext.Fold(got), vntext.Fold(w)
				}
				if got != want && !(prefix && j == len(q)-1 && strings.HasPrefix(got, want)) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

func loadOracle(t *testing.T, a *data.Archive) map[int64]oracleEntry {
	rows, _, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	out := make(map[int64]oracleEntry, len(rows))
	for _, r := range rows {
		e, err := a.GetEntry(ctx, r.ID)
		must(t, err)
		body := []string{e.Position, e.Situation, e.Objectives, e.Method, e.Scope, e.Forces, e.Resources,
			e.TimeFrame, e.Results, e.Replication, e.Notes}
		o := oracleEntry{id: r.ID, person: e.Person}
		for i, s := range []string{e.Name, e.Person, e.Place, r.Unit, strings.Join(body, "\n")} {
			o.fields[i] = vntext.ExactWords(s)
		}
		out[r.ID] = o
	}
	return out
}

// TestSearchQuality runs the queries on the demo archive and reports the
// precision of the first ten results (docs/search.md quotes it).
func TestSearchQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("makes the demo archive")
	}
	a, _ := newArchive(t)
	_, err := demo.Generate(ctx, a, demo.Options{})
	must(t, err)
	oracle := loadOracle(t, a)
	var sum float64
	for _, q := range qualityQueries {
		rows, total, err := a.FindEntries(ctx, data.EntryFilter{Text: q.text, Rank: true, Limit: 10})
		must(t, err)
		// A page and the ordered IDs agree.
		ids, err := a.EntryIDs(ctx, data.EntryFilter{Text: q.text, Rank: true})
		must(t, err)
		for i, r := range rows {
			if ids[i] != r.ID {
				t.Errorf("%q: row %d is %d in the page, %d in the ordered IDs", q.text, i, r.ID, ids[i])
				break
			}
		}
		relevant := 0
		for _, o := range oracle {
			if o.holds(q.text, false) {
				relevant++
			}
		}
		hits := 0
		for _, r := range rows {
			if oracle[r.ID].holds(q.text, false) {
				hits++
			}
		}
		p := 1.0
		if n := min(10, relevant); n > 0 {
			p = float64(hits) / float64(n)
		}
		sum += p
		t.Logf("%-28q %5d found, %4d hold it, P@10 %.2f", q.text, total, relevant, p)
		if len(rows) == 0 {
			t.Errorf("%q found nothing", q.text)
			continue
		}
		first := oracle[rows[0].ID]
		switch q.want {
		case "phrase":
			if p < 1 {
				t.Errorf("%q: %d of the first %d hold the phrase", q.text, hits, min(10, relevant))
			}
		case "short":
			if !first.holds(q.text, true) {
				t.Errorf("%q: the first, %q, holds it in no short field", q.text, rows[0].Name)
			}
		case "person":
			if vntext.Fold(first.person) != vntext.Fold(q.text) {
				t.Errorf("%q: the first is %q of %q", q.text, rows[0].Name, first.person)
			}
		}
	}
	mean := sum / float64(len(qualityQueries))
	t.Logf("mean precision of the first 10 over %d queries: %.3f", len(qualityQueries), mean)
	if mean < 0.95 {
		t.Errorf("mean precision %.3f", mean)
	}
	doneWhen(t, a, oracle)
}

// doneWhen: the checks that are not about the first ten.
func doneWhen(t *testing.T, a *data.Archive, oracle map[int64]oracleEntry) {
	exact, err := a.CountEntries(ctx, data.EntryFilter{Text: "Thanh Hòa"})
	must(t, err)
	folded, err := a.CountEntries(ctx, data.EntryFilter{Text: "thanh hoa"})
	must(t, err)
	if exact >= folded {
		t.Errorf(`"Thanh Hòa" finds %d, "thanh hoa" %d`, exact, folded)
	}
	ids, err := a.SearchIDs(ctx, "xoay vòng")
	must(t, err)
	found := map[int64]bool{}
	for _, id := range ids {
		found[id] = true
	}
	var missed []string
	for id, o := range oracle {
		if o.holds("xoay vòng", false) && !found[id] {
			missed = append(missed, fmt.Sprint(id))
		}
	}
	if len(missed) > 0 {
		t.Errorf(`"xoay vòng" misses entries %s`, strings.Join(missed, ", "))
	}
}
