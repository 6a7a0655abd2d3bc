package data

import (
	"context"
	"fmt"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (c *Commendation) table() string { return "commendations" }
func (c *Commendation) label() string { return fmt.Sprintf("Khen thưởng năm %d", c.Year) }
func (c *Commendation) columns() []column {
	return []column{
		{name: "entry_id", ptr: &c.EntryID}, {name: "year", ptr: &c.Year}, {name: "form_id", ptr: &c.FormID},
		{name: "status", ptr: &c.Status}, {name: "decision_no", ptr: &c.DecisionNo},
		{name: "decision_date", ptr: &c.DecisionDate}, {name: "citation", ptr: &c.Citation}, {name: "notes", ptr: &c.Notes},
	}
}

func (c *Commendation) normalize() {
	c.DecisionNo, c.DecisionDate = vntext.Clean(c.DecisionNo), vntext.Clean(c.DecisionDate)
	c.Citation, c.Notes = vntext.CleanText(c.Citation), vntext.CleanText(c.Notes)
	if c.Status == "" {
		c.Status = AwardProposed
	}
}

func (c *Commendation) check(ctx context.Context, a *Archive, q dbtx) error {
	var v validator
	liveEntry(ctx, q, &v, c.EntryID)
	v.yearRange("year", "Năm khen thưởng", c.Year, true)
	if c.FormID == 0 {
		v.add("form_id", "Hãy chọn hình thức khen thưởng.")
	} else if !exists(ctx, q, "award_forms", c.FormID) {
		v.add("form_id", "Hình thức khen thưởng đã chọn không còn trong danh mục.")
	}
	if !c.Status.Valid() {
		v.add("status", "Trạng thái khen thưởng không hợp lệ.")
	}
	if !validDate(c.DecisionDate) {
		v.add("decision_date", "Ngày quyết định không hợp lệ.")
	}
	if c.Status == AwardGranted && c.DecisionNo == "" {
		v.add("decision_no", "Đã khen thưởng thì cần số quyết định.")
	}
	v.maxLen("citation", "Nội dung thành tích", c.Citation, 2000)
	return v.err()
}

// SaveCommendation creates or updates a commendation. Errors as SaveEntry.
func (a *Archive) SaveCommendation(ctx context.Context, c *Commendation) error {
	return save(ctx, a, c)
}

// EntryCommendations returns an entry's live commendations, newest first.
func (a *Archive) EntryCommendations(ctx context.Context, entryID int64) ([]*Commendation, error) {
	return list[Commendation](ctx, a, "WHERE entry_id = ? AND deleted_at = '' ORDER BY year DESC, id DESC", entryID)
}

// ProposeCommendations proposes the same award for several entries at once,
// all or none. It returns the new commendations.
func (a *Archive) ProposeCommendations(ctx context.Context, entryIDs []int64, year int, formID int64, citation string) ([]*Commendation, error) {
	var out []*Commendation
	err := a.write(ctx, func(q dbtx) error {
		out = out[:0]
		for _, id := range entryIDs {
			c := &Commendation{EntryID: id, Year: year, FormID: formID, Citation: citation}
			if err := a.saveIn(ctx, q, c); err != nil {
				return err
			}
			out = append(out, c)
		}
		return nil
	})
	return out, err
}

// GrantCommendations enters one decision for many proposed commendations at
// once (status "đã khen thưởng", number and date), all or none.
func (a *Archive) GrantCommendations(ctx context.Context, ids []int64, decisionNo, decisionDate string) error {
	return a.updateCommendations(ctx, ids, func(c *Commendation) {
		c.Status, c.DecisionNo, c.DecisionDate = AwardGranted, decisionNo, decisionDate
	})
}

// updateCommendations applies set to each stored commendation and saves it
// with the usual checks, all in one transaction.
func (a *Archive) updateCommendations(ctx context.Context, ids []int64, set func(c *Commendation)) error {
	return a.write(ctx, func(q dbtx) error {
		for _, id := range ids {
			c := &Commendation{}
			if err := loadRecord(ctx, q, c, id); err != nil {
				return err
			}
			set(c)
			if err := a.saveIn(ctx, q, c); err != nil {
				return err
			}
		}
		return nil
	})
}
