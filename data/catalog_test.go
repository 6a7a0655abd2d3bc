package data_test

import (
	"reflect"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestCatalogueReadsEveryList: the catalogue read at once holds the same
// items, in the same orders, as each list read on its own, with the
// criteria sets' criteria and thresholds.
func TestCatalogueReadsEveryList(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	must(t, a.SaveCriteriaSet(ctx, &data.CriteriaSet{PhaseID: fx.phase1.ID, Name: "Bộ tiêu chí",
		Criteria: []data.Criterion{{Name: "Hiệu quả", MaxPoints: 100}}, Thresholds: []data.Threshold{{Conclusion: "Đạt", MinPoints: 50}}}))
	c, err := a.Catalogue(ctx)
	must(t, err)
	units, _ := a.Units(ctx)
	fields, _ := a.Fields(ctx)
	levels, _ := a.Levels(ctx)
	phases, _ := a.Phases(ctx)
	forms, _ := a.AwardForms(ctx)
	sets, _ := a.CriteriaSets(ctx, 0)
	for _, p := range []struct {
		name      string
		got, want any
	}{{"units", c.Units, units}, {"fields", c.Fields, fields}, {"levels", c.Levels, levels}, {"phases", c.Phases, phases},
		{"forms", c.Forms, forms}, {"sets", c.Sets, sets}} {
		if reflect.ValueOf(p.want).Len() == 0 || !reflect.DeepEqual(p.got, p.want) {
			t.Errorf("%s: %v, want %v", p.name, p.got, p.want)
		}
	}
	if len(c.Sets) != 1 || len(c.Sets[0].Criteria) != 1 || len(c.Sets[0].Thresholds) != 1 {
		t.Errorf("sets without their criteria: %+v", c.Sets)
	}
}
