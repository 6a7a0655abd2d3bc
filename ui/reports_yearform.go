package ui

import (
	"context"

	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
)

// yearFormChoice is the year and award form a document about
// commendations is for. Until the person chooses, it follows the latest
// commendation in the archive: what the office is working on.
type yearFormChoice struct {
	Year         *widget.Select
	Award        *widget.Select
	years, forms *choice
	chosen       bool // the person chose a year or form: no more guessing
}

// newYearFormChoice makes the two selects; onYear and onForm (either may
// be nil) run when the person changes them.
func newYearFormChoice(onYear, onForm func()) *yearFormChoice {
	p := &yearFormChoice{}
	changed := func(then func()) func(string) {
		return func(string) {
			p.chosen = true
			if then != nil {
				then()
			}
		}
	}
	p.Year = newSelect(nil, changed(onYear))
	p.Year.PlaceHolder = "(Chọn năm)"
	p.Award = newSelect(nil, changed(onForm))
	p.Award.PlaceHolder = "(Chọn hình thức khen thưởng)"
	return p
}

// fill offers the catalogue's years and award forms, keeping the choices
// made; year is chosen while none is. allYears and allForms, unless empty,
// lead the lists as the choice of every year, every form.
func (p *yearFormChoice) fill(c *Catalog, year int, allYears, allForms string) {
	p.years = yearChoice(c, currentYear(), allYears)
	p.forms = formChoice(c, allForms)
	y, form := int64(year), int64(0)
	if p.Year.Selected != "" {
		y = p.years.id(p.Year.Selected)
	}
	if p.Award.Selected != "" {
		form = p.forms.id(p.Award.Selected)
	}
	setOptions(p.Year, p.years, y)
	setOptions(p.Award, p.forms, form)
}

// guess chooses, while the person has not, the year and form of the latest
// commendation in state st, then runs then, told whether it chose.
func (p *yearFormChoice) guess(env *Env, st data.AwardStatus, then func(guessed bool)) {
	if p.chosen {
		then(false)
		return
	}
	background(env, context.Background(), func(ctx context.Context, ar *data.Archive) ([]data.CommendationRow, error) {
		rows, _, err := ar.FindCommendations(ctx, data.CommendationFilter{Status: st, Limit: 1})
		return rows, err
	}, func(rows []data.CommendationRow, err error) {
		guessed := err == nil && len(rows) > 0 && !p.chosen
		if guessed {
			setOptions(p.Year, p.years, int64(rows[0].Year))
			setOptions(p.Award, p.forms, rows[0].FormID)
		}
		then(guessed)
	})
}

// year is the year chosen, 0 for every year or before the catalogue.
func (p *yearFormChoice) year() int {
	if p.years == nil {
		return 0
	}
	return int(p.years.id(p.Year.Selected))
}

// formID is the award form chosen, 0 for every form or before the
// catalogue.
func (p *yearFormChoice) formID() int64 {
	if p.forms == nil {
		return 0
	}
	return p.forms.id(p.Award.Selected)
}
