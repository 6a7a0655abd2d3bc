package demo

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

var asciiKey = regexp.MustCompile(`^[a-z0-9-]+$`)

// checkText reports text that is not clean: not NFC, empty, with double or
// outer spaces, a space before punctuation, or an unfilled slot.
func checkText(t *testing.T, what, s string) {
	t.Helper()
	switch {
	case s == "":
		t.Errorf("%s: empty", what)
	case !norm.NFC.IsNormalString(s):
		t.Errorf("%s: not NFC: %q", what, s)
	case strings.TrimSpace(s) != s:
		t.Errorf("%s: leading or trailing space: %q", what, s)
	case strings.Contains(s, "  "):
		t.Errorf("%s: double space: %q", what, s)
	case strings.ContainsAny(s, "{}\t\n"):
		t.Errorf("%s: unfilled slot or control character: %q", what, s)
	case strings.Contains(s, " ,") || strings.Contains(s, " .") || strings.Contains(s, " ;") || strings.Contains(s, ",,"):
		t.Errorf("%s: bad punctuation: %q", what, s)
	}
}

func dayAfter(t *testing.T, date string) string {
	t.Helper()
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		t.Fatalf("bad date %q: %v", date, err)
	}
	return d.AddDate(0, 0, 1).Format(time.DateOnly)
}

func TestUnits(t *testing.T) {
	units := Units()
	if n := len(units); n < 110 || n > 160 {
		t.Errorf("%d units, want 110-160", n)
	}
	byKey := map[string]UnitSpec{}
	names := map[string]bool{}
	kinds := map[string]bool{UnitProvince: true, UnitDepartment: true, UnitFront: true, UnitDistrict: true,
		UnitCommune: true, UnitArmed: true, UnitOther: true}
	for _, u := range units {
		if !asciiKey.MatchString(u.Key) {
			t.Errorf("key %q is not a short ASCII identifier", u.Key)
		}
		if _, dup := byKey[u.Key]; dup {
			t.Errorf("duplicate key %q", u.Key)
		}
		byKey[u.Key] = u
		if !kinds[u.Kind] {
			t.Errorf("%s: unknown kind %q", u.Key, u.Kind)
		}
		checkText(t, u.Key, u.Name)
		if names[u.Kind+"/"+u.Name] {
			t.Errorf("duplicate name %q in kind %s", u.Name, u.Kind)
		}
		names[u.Kind+"/"+u.Name] = true
		for _, d := range []string{u.ValidFrom, u.ValidTo} {
			if d != "" {
				dayAfter(t, d)
			}
		}
		if u.ValidFrom != "" && u.ValidTo != "" && u.ValidFrom > u.ValidTo {
			t.Errorf("%s: valid from %s after %s", u.Key, u.ValidFrom, u.ValidTo)
		}
	}
	successorsOf := map[string][]string{}
	communesOf := map[string]int{}
	var provinceLevel, districts, oldCommunes, newCommunes int
	for _, u := range units {
		if u.ParentKey != "" {
			p, ok := byKey[u.ParentKey]
			if !ok {
				t.Errorf("%s: parent %q missing", u.Key, u.ParentKey)
			} else if p.Kind != UnitDistrict || u.Kind != UnitCommune {
				t.Errorf("%s: parent %q of kind %s", u.Key, u.ParentKey, p.Kind)
			}
			communesOf[u.ParentKey]++
		}
		if (u.ValidTo == "") != (u.SuccessorKey == "") {
			t.Errorf("%s: ended units need a successor and only they: to %q, successor %q", u.Key, u.ValidTo, u.SuccessorKey)
		}
		if u.SuccessorKey != "" {
			s, ok := byKey[u.SuccessorKey]
			if !ok {
				t.Errorf("%s: successor %q missing", u.Key, u.SuccessorKey)
				continue
			}
			if s.ValidFrom != "" && s.ValidFrom != dayAfter(t, u.ValidTo) {
				t.Errorf("%s ends %s but successor %s starts %s", u.Key, u.ValidTo, s.Key, s.ValidFrom)
			}
			if s.ValidTo != "" {
				t.Errorf("%s: successor %s has ended", u.Key, s.Key)
			}
			successorsOf[u.SuccessorKey] = append(successorsOf[u.SuccessorKey], u.Key)
		}
		switch {
		case u.Kind == UnitDistrict:
			districts++
			if u.ValidTo != DistrictsEnd || u.ParentKey != "" || byKey[u.SuccessorKey].Kind != UnitCommune {
				t.Errorf("district %s: to %q, parent %q, successor %q", u.Key, u.ValidTo, u.ParentKey, u.SuccessorKey)
			}
		case u.Kind == UnitCommune && u.ValidFrom == "":
			oldCommunes++
			if u.ValidTo != DistrictsEnd || u.ParentKey == "" {
				t.Errorf("old commune %s: to %q, parent %q", u.Key, u.ValidTo, u.ParentKey)
			}
			if s := byKey[u.SuccessorKey]; s.ValidFrom != NewCommunesStart || s.ParentKey != "" {
				t.Errorf("old commune %s: successor %s from %q parent %q", u.Key, s.Key, s.ValidFrom, s.ParentKey)
			}
		case u.Kind == UnitCommune:
			newCommunes++
			if u.ValidFrom != NewCommunesStart || u.ValidTo != "" || u.ParentKey != "" {
				t.Errorf("new commune %s: from %q to %q parent %q", u.Key, u.ValidFrom, u.ValidTo, u.ParentKey)
			}
		default:
			provinceLevel++
		}
	}
	if provinceLevel < 12 || provinceLevel > 22 {
		t.Errorf("%d province-level bodies", provinceLevel)
	}
	for _, day := range []string{"2024-06-01", "2025-08-01"} {
		n := 0
		for _, u := range units {
			if u.Kind != UnitDistrict && u.Kind != UnitCommune && (u.ValidFrom == "" || u.ValidFrom <= day) && (u.ValidTo == "" || u.ValidTo >= day) {
				n++
			}
		}
		if n < 12 || n > 17 {
			t.Errorf("%d province-level bodies on %s, want 12-17", n, day)
		}
	}
	if districts < 9 || districts > 11 {
		t.Errorf("%d districts, want 9-11", districts)
	}
	for _, u := range units {
		if u.Kind != UnitDistrict {
			continue
		}
		if n := communesOf[u.Key]; n < 6 || n > 12 {
			t.Errorf("district %s has %d communes, want 6-12", u.Key, n)
		}
		// The seat's new commune must take over at least one of the district's communes.
		seatOK := false
		for _, old := range successorsOf[u.SuccessorKey] {
			if byKey[old].ParentKey == u.Key {
				seatOK = true
			}
		}
		if !seatOK {
			t.Errorf("district %s: successor %s holds none of its communes", u.Key, u.SuccessorKey)
		}
	}
	if ratio := float64(newCommunes) / float64(oldCommunes); ratio < 0.3 || ratio > 0.5 {
		t.Errorf("%d new communes for %d old ones (%.2f), want about 40%%", newCommunes, oldCommunes, ratio)
	}
	for _, u := range units {
		if u.Kind != UnitCommune || u.ValidFrom != NewCommunesStart {
			continue
		}
		n := 0
		for _, k := range successorsOf[u.Key] {
			if byKey[k].Kind == UnitCommune {
				n++
			}
		}
		if n < 2 || n > 3 {
			t.Errorf("new commune %s succeeds %d old communes, want 2-3", u.Key, n)
		}
	}
	if ProvinceName == "" || CapitalName == "" || ProvinceName == CapitalName {
		t.Errorf("province %q, capital %q", ProvinceName, CapitalName)
	}
	checkText(t, "ProvinceName", ProvinceName)
	checkText(t, "CapitalName", CapitalName)
}

func TestFields(t *testing.T) {
	want := []string{"Kinh tế", "Văn hóa – xã hội", "Quốc phòng – an ninh", "Xây dựng hệ thống chính trị"}
	if strings.Join(Fields, "|") != strings.Join(want, "|") {
		t.Errorf("Fields = %q", Fields)
	}
	for s := Section(0); int(s) < NumSections; s++ {
		checkText(t, "section title", s.String())
	}
}

func TestGivenNamesDisjoint(t *testing.T) {
	male := map[string]bool{}
	for _, g := range maleGiven {
		male[g] = true
	}
	for _, g := range femaleGiven {
		if male[g] {
			t.Errorf("given name %q is both male and female", g)
		}
	}
}

// communeNames are the local names of all communes of the province.
func communeNames() []string {
	var out []string
	for _, u := range Units() {
		if u.Kind == UnitCommune {
			out = append(out, CommuneName(u.Name))
		}
	}
	return out
}

var kinds = []string{KindModel, KindCollectiveExemplar, KindIndividualExemplar}

// sampleNames generates n entries the way the generator does.
func sampleNames(r *rand.Rand, n int) []string {
	communes := communeNames()
	out := make([]string, n)
	for i := range out {
		place := Place(r, communes[r.IntN(len(communes))])
		kind := kinds[r.IntN(len(kinds))]
		person := ""
		if kind == KindIndividualExemplar {
			person, _ = PersonName(r)
		}
		out[i] = ModelName(r, r.IntN(len(Fields)), kind, place, person)
	}
	return out
}

func TestModelNameDistinct(t *testing.T) {
	names := sampleNames(rand.New(rand.NewPCG(1, 2)), 1045)
	seen := map[string]bool{}
	for i, s := range names {
		checkText(t, "ModelName", s)
		if first := []rune(s)[0]; strings.ToUpper(string(first)) != string(first) {
			t.Errorf("name %d does not start with a capital: %q", i, s)
		}
		seen[s] = true
	}
	if len(seen)*100 < 95*len(names) {
		t.Errorf("only %d distinct names among %d", len(seen), len(names))
	}
}

func TestEveryTemplate(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	communes := communeNames()
	for f := range Fields {
		for _, kind := range kinds {
			for range 200 {
				person, female := PersonName(r)
				if isFemaleName(person) != female {
					t.Errorf("sex of %q misread", person)
				}
				s := ModelName(r, f, kind, Place(r, communes[r.IntN(len(communes))]), person)
				checkText(t, "ModelName", s)
				if kind == KindIndividualExemplar && !strings.Contains(s, person) {
					t.Errorf("person %q missing from %q", person, s)
				}
				if kind == KindIndividualExemplar && female && strings.Contains(s, "Ông ") {
					t.Errorf("woman called Ông: %q", s)
				}
			}
		}
	}
	// Degenerate input must still give clean text.
	checkText(t, "ModelName", ModelName(r, 7, "?", "ấp 3", ""))
	checkText(t, "ModelName", ModelName(r, -1, KindIndividualExemplar, "", ""))
}

func TestPlacePersonPosition(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	women := 0
	for i := range 2000 {
		p := Place(r, "xã Tân Hòa")
		checkText(t, "Place", p)
		if !strings.HasSuffix(p, ", xã Tân Hòa") {
			t.Errorf("Place = %q", p)
		}
		if p := Place(r, "Đảng ủy phường Tân Phú"); !strings.HasSuffix(p, ", phường Tân Phú") || strings.HasPrefix(p, "ấp") {
			t.Errorf("Place = %q", p)
		}
		name, female := PersonName(r)
		checkText(t, "PersonName", name)
		if w := len(strings.Fields(name)); w < 2 || w > 4 {
			t.Errorf("PersonName = %q", name)
		}
		if female {
			women++
		}
		checkText(t, "Position", Position(r))
		pos := PositionFor(r, i%2 == 0)
		checkText(t, "PositionFor", pos)
		if i%2 == 1 && strings.Contains(pos, "Phụ nữ") {
			t.Errorf("position for a man: %q", pos)
		}
	}
	if women < 700 || women > 1100 {
		t.Errorf("%d women among 2000 names", women)
	}
}

func TestParagraph(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	digits := regexp.MustCompile(`[0-9]`)
	for s := Section(0); int(s) < NumSections; s++ {
		for f := range Fields {
			for range 100 {
				p := Paragraph(r, s, f)
				checkText(t, s.String(), p)
				if n := strings.Count(p, ". ") + 1; n > 4 {
					t.Errorf("%s/%d: %d sentences: %q", s, f, n, p)
				}
				if !strings.HasSuffix(p, ".") {
					t.Errorf("%s/%d: no final stop: %q", s, f, p)
				}
				if (s == Results || s == Replication) && !digits.MatchString(p) {
					t.Errorf("%s/%d: no figure: %q", s, f, p)
				}
			}
		}
	}
	if Paragraph(r, Section(99), 0) != "" {
		t.Error("unknown section gives text")
	}
}

func TestNumbers(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{fmtInt(0), "0"}, {fmtInt(999), "999"}, {fmtInt(1045), "1.045"}, {fmtInt(1234567), "1.234.567"},
		{fmtDec(18), "1,8"}, {fmtDec(320), "32"}, {fmtDec(12345), "1.234,5"},
		{fmtMoney(750), "750 triệu đồng"}, {fmtMoney(1840), "1,8 tỷ đồng"}, {fmtMoney(2000), "2 tỷ đồng"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestDeterminism(t *testing.T) {
	run := func() string {
		r := rand.New(rand.NewPCG(42, 43))
		var b strings.Builder
		for _, s := range sampleNames(r, 300) {
			b.WriteString(s + "\n")
		}
		for range 50 {
			n, _ := PersonName(r)
			b.WriteString(n + "|" + Position(r) + "|" + Place(r, "phường Tân Phú") + "\n")
			for s := Section(0); int(s) < NumSections; s++ {
				b.WriteString(Paragraph(r, s, r.IntN(len(Fields))) + "\n")
			}
		}
		return b.String()
	}
	if a, b := run(), run(); a != b {
		t.Error("same seed, different output")
	}
	u1, u2 := Units(), Units()
	for i := range u1 {
		if u1[i] != u2[i] {
			t.Fatalf("Units differs at %d", i)
		}
	}
}
