package demo_test

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
)

// demoRecord is an entry of the default demo with what was decided on it.
type demoRecord struct {
	entry *data.Entry
	unit  string
	recs  []*data.Recognition
	coms  []*data.Commendation
}

func readDemo(t *testing.T, a *data.Archive) []demoRecord {
	t.Helper()
	ctx := context.Background()
	units, err := a.Units(ctx)
	if err != nil {
		t.Fatal(err)
	}
	unitName := map[int64]string{}
	for _, u := range units {
		unitName[u.ID] = u.Name
	}
	ids, err := a.EntryIDs(ctx, data.EntryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]demoRecord, 0, len(ids))
	for _, id := range ids {
		var d demoRecord
		if d.entry, err = a.GetEntry(ctx, id); err != nil {
			t.Fatal(err)
		}
		d.unit = unitName[d.entry.UnitID]
		if d.recs, err = a.EntryRecognitions(ctx, id); err != nil {
			t.Fatal(err)
		}
		if d.coms, err = a.EntryCommendations(ctx, id); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

// TestDemoTrueToItsTimes checks the default demo against issue 9: the Ban
// Dân vận decides and commends before the 2025 merger, the Ban Tuyên giáo
// và Dân vận from 2025; the header names the Tỉnh ủy and the province;
// certificates honour persons and collectives, never a model's title.
func TestDemoTrueToItsTimes(t *testing.T) {
	ctx := context.Background()
	a, s := generate(t, 0, 1)
	set, err := a.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if set.Superior != "TỈNH ỦY "+strings.ToUpper(demo.ProvinceName) || set.Place != demo.ProvinceName {
		t.Errorf("header: superior %q, place %q", set.Superior, set.Place)
	}
	forms, err := a.AwardForms(ctx)
	if err != nil {
		t.Fatal(err)
	}
	formOf := map[int64]*data.AwardForm{}
	var oldBan, newBan *data.AwardForm
	for _, f := range forms {
		formOf[f.ID] = f
		switch f.Authority {
		case "BAN DÂN VẬN TỈNH ỦY":
			oldBan = f
		case "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY":
			newBan = f
		}
	}
	if oldBan == nil || newBan == nil {
		t.Fatalf("the Ban's Giấy khen before and after the merger: %v, %v", oldBan, newBan)
	}
	if oldBan.Name != "Giấy khen của Ban Dân vận Tỉnh ủy" || oldBan.Title != "GIẤY KHEN" || oldBan.Header != data.HeaderParty ||
		oldBan.Rank != 2 || oldBan.Active {
		t.Errorf("old form %+v", oldBan)
	}
	var coms, reviews, oldUsed, newUsed int
	for _, d := range readDemo(t, a) {
		e := d.entry
		for _, r := range d.recs {
			checkSymbol(t, "recognition "+r.Decision, r.Decision, r.Year)
		}
		for _, c := range d.coms {
			coms++
			f := formOf[c.FormID]
			switch {
			case f.ID == oldBan.ID && c.Year >= 2025, f.ID == newBan.ID && c.Year < 2025:
				t.Errorf("%s in %d: %s", f.Name, c.Year, e.Name)
			case f.ID == oldBan.ID:
				oldUsed++
			case f.ID == newBan.ID:
				newUsed++
			}
			checkSymbol(t, "commendation "+c.DecisionNo, c.DecisionNo, c.Year)
			if want := data.DefaultCitation(e, phaseName(c.Year), c.Year); c.Citation != want {
				t.Errorf("citation %q, want %q", c.Citation, want)
			}
			checkRecipient(t, d, c.Recipient)
			if c.Recipient.Review {
				reviews++
			}
		}
	}
	if oldUsed == 0 || newUsed == 0 {
		t.Errorf("the Ban's Giấy khen: %d before the merger, %d after", oldUsed, newUsed)
	}
	if coms != s.Commendations || reviews*10 > coms {
		t.Errorf("%d commendations (summary %d), %d to review", coms, s.Commendations, reviews)
	}
	t.Logf("%d commendations, %d to review; the Ban's Giấy khen %d before the merger, %d after", coms, reviews, oldUsed, newUsed)
}

func phaseName(year int) string {
	if year <= 2020 {
		return "2016–2020"
	}
	return "2021–2025"
}

// checkSymbol fails a decision of the Ban under the wrong name for its year.
func checkSymbol(t *testing.T, what, number string, year int) {
	t.Helper()
	switch {
	case strings.Contains(number, "QĐ/BTGDVTU") && year < 2025:
		t.Errorf("%s: the Ban Tuyên giáo và Dân vận before 2025 (%d)", what, year)
	case strings.Contains(number, "QĐ/BDVTU") && year >= 2025:
		t.Errorf("%s: the Ban Dân vận after the merger (%d)", what, year)
	}
}

// checkRecipient fails a recipient that is not who the entry names: an
// individual exemplar's person, a collective exemplar's collective, a
// model's collective or, for a model that names none, its unit (marked
// for review).
func checkRecipient(t *testing.T, d demoRecord, r data.Recipient) {
	t.Helper()
	e := d.entry
	want, kind := e.Person, data.RecipientCollective
	switch {
	case e.Kind == data.KindIndividual:
		kind = data.RecipientPerson
	case e.Kind == data.KindModel && e.Person == "":
		want = d.unit
	}
	if r.Name == "" || r.Name != want || r.Kind != kind || r.Name == e.Name {
		t.Errorf("%s %q honours %s %q, want %s %q", e.Kind.Label(), e.Name, r.Kind.Label(), r.Name, kind.Label(), want)
	}
	if r.Review != (e.Kind == data.KindModel && e.Person == "") {
		t.Errorf("%q: review %v", e.Name, r.Review)
	}
}

// TestDemoEntriesNameWho checks who the default demo's entries name: a
// collective exemplar its collective (the one its title is built from),
// most models the collective that runs them, an individual exemplar a
// position in the entry's own commune.
func TestDemoEntriesNameWho(t *testing.T) {
	a, _ := generate(t, 0, 1)
	communes := communeNames()
	var models, runners int
	for _, d := range readDemo(t, a) {
		e := d.entry
		switch e.Kind {
		case data.KindCollective:
			if e.Person == "" || e.Position != "" || !strings.Contains(e.Name, e.Person) {
				t.Errorf("collective exemplar %q: person %q, position %q", e.Name, e.Person, e.Position)
			}
		case data.KindModel:
			models++
			if e.Person != "" {
				runners++
			}
			if e.Position != "" {
				t.Errorf("model %q: position %q", e.Name, e.Position)
			}
		case data.KindIndividual:
			if e.Person == "" || e.Position == "" || !strings.Contains(e.Name, e.Person) {
				t.Errorf("individual exemplar %q: person %q, position %q", e.Name, e.Person, e.Position)
			}
			own := e.Place[strings.LastIndex(e.Place, ", ")+2:]
			for _, c := range communes {
				if c != own && containsWord(e.Position, c) {
					t.Errorf("%q in %q: position %q names %s", e.Name, e.Place, e.Position, c)
				}
			}
			if e.Year >= 2025 && strings.Contains(e.Position, "Huyện ủy") {
				t.Errorf("%q registered in %d: position %q", e.Name, e.Year, e.Position)
			}
		}
	}
	if runners*100 < 80*models || runners == models {
		t.Errorf("%d of %d models name the collective that runs them, want most, not all", runners, models)
	}
}

// communeNames are the local names of the province's communes, before and
// after the 2025 merger.
func communeNames() []string {
	var out []string
	for _, u := range demo.Units() {
		if u.Kind == demo.UnitCommune {
			out = append(out, demo.CommuneName(u.Name))
		}
	}
	return out
}

// containsWord reports whether s contains w not followed by a letter
// ("xã Tân Quan" is not in "xã Tân Quang").
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		end := i + j + len(w)
		if next, _ := utf8.DecodeRuneInString(s[end:]); end == len(s) || !unicode.IsLetter(next) {
			return true
		}
		i = end
	}
}
