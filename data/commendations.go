package data

import (
	"context"
	"database/sql"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

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
	err := a.write(ctx, func(q store.Tx) error {
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
			e, unit, err := store.EntryAndUnit(ctx, q, id)
			if err != nil {
				return err
			}
			c.Recipient = DefaultRecipient(e, unit)
			if citation == "" {
				c.Citation = DefaultCitation(e, phase, year)
			}
			if err := a.session().Save(ctx, q, c); err != nil {
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
func (a *Archive) GrantCommendations(ctx context.Context, ids []int64, decisionNo string, decisionDate Date) error {
	return a.updateCommendations(ctx, ids, func(c *Commendation) {
		c.Status, c.DecisionNo, c.DecisionDate = AwardGranted, decisionNo, decisionDate
	})
}

// updateCommendations applies set to each stored commendation and saves it
// with the usual checks, all in one transaction.
func (a *Archive) updateCommendations(ctx context.Context, ids []int64, set func(c *Commendation)) error {
	return a.write(ctx, func(q store.Tx) error {
		for _, id := range ids {
			c := &Commendation{}
			if err := store.LoadRecord(ctx, q, c, id); err != nil {
				return err
			}
			set(c)
			if err := a.session().Save(ctx, q, c); err != nil {
				return err
			}
		}
		return nil
	})
}
