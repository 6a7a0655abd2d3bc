package demo_test

import (
	"context"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestQueryPathsAgree checks that the plans a filter can take — a first page
// read in index order (large results), all rows sorted (small results), the
// ordered ID list and rows by ID — return the same entries in the same
// order, on the 1,045-entry demo where both plans occur.
func TestQueryPathsAgree(t *testing.T) {
	ctx := context.Background()
	a, _ := generate(t, 0, 3)
	units, err := a.Units(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var district int64
	for _, u := range units {
		if u.Name == "Thành ủy Tân Phước" {
			district = u.ID
		}
	}
	recognised := []data.RecStatus{data.RecRecognised, data.RecOutstanding}
	filters := map[string]data.EntryFilter{
		"all":                {},
		"all by unit":        {Sort: data.SortUnit},
		"all by year":        {Sort: data.SortYear, Desc: true},
		"all by change":      {Sort: data.SortUpdated, Desc: true},
		"search one letter":  {Text: "d"},
		"search by unit":     {Text: "dan van", Sort: data.SortUnit},
		"recognised 2019":    {RecYear: 2019, RecStatuses: recognised},
		"not commended":      {Commended: data.No, Sort: data.SortYear},
		"district":           {UnitID: district},
		"district by unit":   {UnitID: district, Sort: data.SortUnit},
		"rare search":        {Text: "cay gao"},
		"search in district": {UnitID: district, Text: "nong dan"},
	}
	for name, f := range filters {
		t.Run(name, func(t *testing.T) {
			all, total, err := a.FindEntries(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(all) != total {
				t.Fatalf("%d rows of %d", len(all), total)
			}
			page := f
			page.Limit, page.Offset = 50, 0
			first, total2, err := a.FindEntries(ctx, page)
			if err != nil || total2 != total {
				t.Fatalf("page total %d vs %d: %v", total2, total, err)
			}
			ids, err := a.EntryIDs(ctx, f)
			if err != nil || len(ids) != total {
				t.Fatalf("%d ids of %d: %v", len(ids), total, err)
			}
			for i := range first {
				if first[i].ID != all[i].ID || ids[i] != all[i].ID {
					t.Fatalf("row %d: page %q, all %q, ids %d", i, first[i].Name, all[i].Name, ids[i])
				}
			}
			for i := range all {
				if ids[i] != all[i].ID {
					t.Fatalf("id %d differs", i)
				}
			}
			if total > 0 {
				tail := ids[max(0, len(ids)-20):]
				rows, err := a.EntryRowsByID(ctx, tail, f)
				if err != nil || len(rows) != len(tail) {
					t.Fatalf("rows by id: %d, %v", len(rows), err)
				}
				for i, r := range rows {
					w := all[len(all)-len(tail)+i]
					if r.ID != w.ID || r.RecStatus != w.RecStatus || r.Commended != w.Commended || r.Unit != w.Unit {
						t.Fatalf("row by id %+v, want %+v", r, w)
					}
				}
			}
			t.Logf("%d entries", total)
		})
	}
}
