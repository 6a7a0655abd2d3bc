package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/danvankheo/danvankheo/data"
)

// lastYear is the last year of the demo's history (the 2021–2025 phase).
const lastYear = 2025

// regYear draws the year an entry was registered: few in a phase's first
// year, most in its middle years.
func regYear(r *rand.Rand, phase int) int {
	weights := []int{10, 25, 25, 22, 18}
	n := r.IntN(100)
	for i, wt := range weights {
		if n < wt {
			return 2016 + 5*phase + i
		}
		n -= wt
	}
	return 2020 + 5*phase
}

// pickUnit draws the unit that registered an entry in a year: mostly
// communes, some districts and province-level bodies, all as they existed
// that year (new communes only from the second half of 2025).
func (w *world) pickUnit(r *rand.Rand, year int) *unitRef {
	day := fmt.Sprintf("%d-05-15", year)
	if year == lastYear && r.IntN(2) == 0 {
		day = fmt.Sprintf("%d-09-15", year)
	}
	var want string
	switch n := r.IntN(100); {
	case n < 72:
		want = UnitCommune
	case n < 84:
		want = UnitDistrict
	default:
		want = ""
	}
	for tries := 0; tries < 200; tries++ {
		u := w.units[r.IntN(len(w.units))]
		s := u.spec
		if (s.ValidFrom != "" && s.ValidFrom > day) || (s.ValidTo != "" && s.ValidTo < day) {
			continue
		}
		if want == "" && (s.Kind == UnitCommune || s.Kind == UnitDistrict) {
			continue
		}
		if want != "" && s.Kind != want {
			continue
		}
		return u
	}
	return w.units[0]
}

// placeFor draws a hamlet in the unit's commune, or any commune of the unit.
func (w *world) placeFor(r *rand.Rand, u *unitRef) string {
	switch u.spec.Kind {
	case UnitCommune:
		return Place(r, CommuneName(u.spec.Name))
	case UnitDistrict:
		for tries := 0; tries < 200; tries++ {
			c := w.units[r.IntN(len(w.units))]
			if c.spec.ParentKey == u.spec.Key {
				return Place(r, CommuneName(c.spec.Name))
			}
		}
	}
	for tries := 0; tries < 200; tries++ {
		c := w.units[r.IntN(len(w.units))]
		if c.spec.Kind == UnitCommune {
			return Place(r, CommuneName(c.spec.Name))
		}
	}
	return ""
}

// entry writes entry number i with its history.
func (w *world) entry(b *data.Batch, r *rand.Rand, i int, sum *Summary) error {
	phase := 0
	if i >= w.phase1 {
		phase = 1
	}
	year := regYear(r, phase)
	unit := w.pickUnit(r, year)
	field := pickField(r)
	kind := data.KindModel
	switch n := r.IntN(100); {
	case n < 15:
		kind = data.KindCollective
	case n < 30:
		kind = data.KindIndividual
	}
	place := w.placeFor(r, unit)
	e := &data.Entry{Kind: kind, UnitID: unit.unit.ID, FieldID: w.fields[field].ID, PhaseID: w.phases[phase].ID,
		Year: year, Place: place}
	w.name(r, e, field)
	sections := []*string{&e.Situation, &e.Objectives, &e.Method, &e.Scope, &e.Forces, &e.Resources,
		&e.TimeFrame, &e.Results, &e.Replication, &e.Notes}
	for s, p := range sections {
		if Section(s) == Notes && r.IntN(3) > 0 {
			continue
		}
		*p = Paragraph(r, Section(s), field)
	}
	e.Criteria = "Theo tiêu chí công nhận mô hình, điển hình “Dân vận khéo” của " + w.phases[phase].Plan + "."
	e.ReplicationCount = r.IntN(12)
	if err := b.Save(e); err != nil {
		return fmt.Errorf("mô hình %d: %w", i+1, err)
	}
	sum.Entries++
	return w.history(b, r, e, unit, sum)
}

// name titles the entry and says who it honours, as the title does: an
// individual exemplar's person and the position the title gives, in the
// entry's own place; a collective exemplar's collective; for most models
// the collective that runs it (some are left without, as real records are).
func (w *world) name(r *rand.Rand, e *data.Entry, field int) {
	if e.Kind == data.KindIndividual {
		e.Person, _ = PersonName(r)
	}
	name, parts := modelName(r, field, string(e.Kind), e.Place, e.Person, e.Year)
	e.Name = name
	switch e.Kind {
	case data.KindIndividual:
		e.Position = capFirst(parts.role)
	case data.KindCollective:
		e.Person = parts.coll
	default:
		e.Person = parts.coll
		for tries := 0; e.Person == "" || !readsAsCollective(e.Person); tries++ {
			if tries == 8 || (tries == 0 && r.IntN(100) < 12) {
				e.Person = ""
				break
			}
			e.Person = Runner(r, field, e.Place)
		}
	}
}

// readsAsCollective reports whether the archive reads a model's Person as
// the collective that runs it (data.DefaultRecipient), not as a person.
func readsAsCollective(name string) bool {
	rec := data.DefaultRecipient(&data.Entry{Kind: data.KindModel, Person: name}, "")
	return rec.Kind == data.RecipientCollective && !rec.Review
}

func pickField(r *rand.Rand) int {
	switch n := r.IntN(100); {
	case n < 35:
		return 0
	case n < 65:
		return 1
	case n < 80:
		return 2
	}
	return 3
}

// history writes the yearly recognitions of an entry, evaluations of the
// years the province scored, and commendations in review years.
func (w *world) history(b *data.Batch, r *rand.Rand, e *data.Entry, unit *unitRef, sum *Summary) error {
	base := 0 // cơ sở
	switch unit.spec.Kind {
	case UnitDistrict:
		base = 1
	case UnitCommune:
		if r.IntN(5) == 0 {
			base = 1
		}
	default:
		base = 2
	}
	prev := data.RecStatus("")
	for y := e.Year; y <= lastYear; y++ {
		if y == e.Year && r.IntN(100) < 15 {
			continue // decided the next year
		}
		status := nextStatus(r, prev)
		if status == "" {
			break
		}
		level := base
		if status == data.RecOutstanding && level < 2 {
			level++
		}
		if y == lastYear && level == 1 { // no districts after 1/7/2025
			level = 0
			if status == data.RecOutstanding {
				level = 2
			}
		}
		rec := &data.Recognition{EntryID: e.ID, Year: y, Status: status, Decision: decision(r, level, y)}
		if status.Recognised() {
			rec.LevelID = w.levels[level].ID
		}
		if err := b.Save(rec); err != nil {
			return err
		}
		sum.Recognitions++
		if err := w.evaluate(b, r, e, y, level, status, sum); err != nil {
			return err
		}
		if err := w.commend(b, r, e, y, level, status, sum); err != nil {
			return err
		}
		prev = status
		if status == data.RecDropped || status == data.RecNotRecognised && r.IntN(2) == 0 {
			break
		}
	}
	return nil
}

// nextStatus draws a year's outcome given the previous one; "" means the
// entry is no longer reviewed.
func nextStatus(r *rand.Rand, prev data.RecStatus) data.RecStatus {
	n := r.IntN(100)
	switch prev {
	case "":
		switch {
		case n < 70:
			return data.RecRecognised
		case n < 80:
			return data.RecOutstanding
		case n < 94:
			return data.RecNotRecognised
		}
		return ""
	case data.RecRecognised, data.RecOutstanding:
		switch {
		case n < 68:
			return data.RecRecognised
		case n < 80:
			return data.RecOutstanding
		case n < 88:
			return data.RecNotRecognised
		}
		return data.RecDropped
	}
	if n < 45 {
		return data.RecRecognised
	}
	return ""
}

// decision makes the reference of the decision at a level.
func decision(r *rand.Rand, level, year int) string {
	issuer := []string{"ĐU", "HU", banSymbol(year)}[level]
	return fmt.Sprintf("Quyết định số %d-QĐ/%s ngày %02d/12/%d", 10+r.IntN(290), issuer, 10+r.IntN(19), year)
}

// evaluate scores the entries the province reviewed: every decision at
// district or province level and a third of the others, from 2018 on.
func (w *world) evaluate(b *data.Batch, r *rand.Rand, e *data.Entry, year, level int, status data.RecStatus, sum *Summary) error {
	if year < 2018 || (level == 0 && status != data.RecOutstanding && r.IntN(3) > 0) {
		return nil
	}
	set := w.sets[0]
	if year >= 2021 {
		set = w.sets[1]
	}
	lo, hi := 0.72, 0.89
	switch status {
	case data.RecOutstanding:
		lo, hi = 0.90, 1.0
	case data.RecNotRecognised:
		lo, hi = 0.35, 0.65
	case data.RecDropped:
		lo, hi = 0.20, 0.48
	}
	ev := &data.Evaluation{EntryID: e.ID, Year: year, SetID: set.ID, Scores: map[int64]float64{},
		Evaluator: evaluators[r.IntN(len(evaluators))], Date: december(year, 1+r.IntN(9))}
	for _, c := range set.Criteria {
		f := lo + r.Float64()*(hi-lo)
		ev.Scores[c.ID] = math.Min(c.MaxPoints, math.Round(c.MaxPoints*f*2)/2)
	}
	if err := b.Save(ev); err != nil {
		return err
	}
	sum.Evaluations++
	return nil
}

var evaluators = []string{"Trần Minh Tâm", "Lê Thị Hồng Nhung", "Phạm Quốc Bảo", "Võ Thị Kim Ngân"}

// commend proposes outstanding entries for awards in the review years
// (sơ kết 2018 and 2023, tổng kết 2020 and 2025).
func (w *world) commend(b *data.Batch, r *rand.Rand, e *data.Entry, year, level int, status data.RecStatus, sum *Summary) error {
	if status != data.RecOutstanding || (year != 2018 && year != 2020 && year != 2023 && year != 2025) || r.IntN(100) >= 60 {
		return nil
	}
	form := w.formFor(r, level, year)
	phase := w.phases[0]
	if year > phase.EndYear {
		phase = w.phases[1]
	}
	// The recipient is left empty: the archive fills it from the entry
	// (data.DefaultRecipient), as it does for a commendation typed in.
	c := &data.Commendation{EntryID: e.ID, Year: year, FormID: form.ID,
		Citation: data.DefaultCitation(e, phase.Name, year)}
	switch n := r.IntN(100); {
	case year == lastYear && n < 20:
		c.Status = data.AwardProposed
	case n < 93:
		c.Status = data.AwardGranted
		c.DecisionDate = december(year, 15+r.IntN(14))
		c.DecisionNo = decisionNumber(r, form, year)
	default:
		c.Status = data.AwardRefused
	}
	if err := b.Save(c); err != nil {
		return err
	}
	sum.Commendations++
	return nil
}

// december is a day of December of year, when the office evaluates and
// decides.
func december(year, day int) data.Date {
	return data.DateOf(time.Date(year, time.December, day, 0, 0, 0, 0, time.UTC))
}
