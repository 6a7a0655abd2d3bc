package data

import (
	"context"
	"database/sql"
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
		{name: "recipient_kind", ptr: &c.Recipient.Kind}, {name: "recipient_name", ptr: &c.Recipient.Name},
		{name: "recipient_position", ptr: &c.Recipient.Position}, {name: "recipient_place", ptr: &c.Recipient.Place},
		{name: "recipient_review", ptr: &c.Recipient.Review}, {name: "gold_book_no", ptr: &c.GoldBookNo},
	}
}

func (c *Commendation) normalize() {
	c.DecisionNo, c.DecisionDate = vntext.Clean(c.DecisionNo), vntext.Clean(c.DecisionDate)
	c.Citation, c.Notes = vntext.CleanText(c.Citation), vntext.CleanText(c.Notes)
	r := &c.Recipient
	r.Name, r.Position, r.Place = vntext.Clean(r.Name), vntext.Clean(r.Position), vntext.Clean(r.Place)
	c.GoldBookNo = vntext.Clean(c.GoldBookNo)
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
	if c.Recipient.Name == "" && c.ID == 0 && c.EntryID != 0 && v.err() == nil {
		// A new commendation without a recipient honours who its entry names.
		r, err := recipientOf(ctx, q, c.EntryID)
		if err != nil {
			return err
		}
		c.Recipient = r
	}
	if c.Recipient.Kind != RecipientPerson && c.Recipient.Kind != RecipientCollective {
		v.add("recipient_kind", "Hãy chọn được khen là cá nhân hay tập thể.")
	}
	if c.Recipient.Name == "" {
		// Nobody to name yet: printed as a line to fill in by hand, and
		// listed among those to complete.
		c.Recipient.Review = true
	}
	v.maxLen("recipient_name", "Tên người, tập thể được khen", c.Recipient.Name, 200)
	v.maxLen("recipient_position", "Chức vụ", c.Recipient.Position, 300)
	v.maxLen("recipient_place", "Nơi công tác, địa chỉ", c.Recipient.Place, 300)
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

// GetCommendation loads one commendation. Errors: ENotFound.
func (a *Archive) GetCommendation(ctx context.Context, id int64) (*Commendation, error) {
	return get[Commendation](ctx, a, id)
}

// ProposeCommendations proposes the same award for several entries at once,
// all or none, each honouring the person or collective its entry names. An
// empty citation gives each the usual text for its kind (DefaultCitation).
// It returns the new commendations.
func (a *Archive) ProposeCommendations(ctx context.Context, entryIDs []int64, year int, formID int64, citation string) ([]*Commendation, error) {
	var out []*Commendation
	err := a.write(ctx, func(q dbtx) error {
		out = out[:0]
		var phase string
		if citation == "" {
			err := q.QueryRowContext(ctx, "SELECT name FROM phases WHERE ? BETWEEN start_year AND end_year AND deleted_at = '' ORDER BY start_year DESC LIMIT 1", year).Scan(&phase)
			if err != nil && err != sql.ErrNoRows {
				return err
			}
		}
		for _, id := range entryIDs {
			// The entry is read once for both its recipient and its text.
			c := &Commendation{EntryID: id, Year: year, FormID: formID, Citation: citation}
			e, unit, err := entryAndUnit(ctx, q, id)
			if err != nil {
				return err
			}
			c.Recipient = DefaultRecipient(e, unit)
			if citation == "" {
				c.Citation = DefaultCitation(e, phase, year)
			}
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
