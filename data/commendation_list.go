package data

import (
	"context"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// CommendationFilter selects commendations for the award lists: the
// proposals waiting for a decision, the awards of a year. Zero fields match
// everything.
type CommendationFilter struct {
	Year   int         // commendation year
	Status AwardStatus // in this state
	FormID int64       // of this award form
	UnitID int64       // the entry is run by this unit or one of its sub-units
	Text   string      // the entry matches these words, as EntryFilter.Text
	Review bool        // only those whose recipient a person should check
	// Rank puts the entries that match Text best first (as EntryFilter.Rank),
	// each group in the list's order.
	Rank   bool
	Limit  int // 0 means all
	Offset int
}

// CommendationRow is a commendation as the lists show it, with its entry's
// name and unit and the award form's name.
type CommendationRow struct {
	ID           int64
	EntryID      int64
	Entry        string // the entry's name
	Kind         Kind
	UnitID       int64
	Unit         string
	Year         int
	FormID       int64
	Form         string // the award form's name
	Status       AwardStatus
	DecisionNo   string
	DecisionDate Date
	Citation     string
	Recipient    Recipient
	GoldBookNo   string
	Version      int64
}

func (f CommendationFilter) where() (string, []any) {
	w := []string{"c.deleted_at = ''", "e.deleted_at = ''"}
	var args []any
	if f.Year != 0 {
		w = append(w, "c.year = ?")
		args = append(args, f.Year)
	}
	if f.Status != "" {
		w = append(w, "c.status = ?")
		args = append(args, string(f.Status))
	}
	if f.FormID != 0 {
		w = append(w, "c.form_id = ?")
		args = append(args, f.FormID)
	}
	if f.Review {
		w = append(w, "c.recipient_review = 1")
	}
	w, args = entryConds(w, args, f.UnitID, f.Text)
	return strings.Join(w, " AND "), args
}

// FindCommendations returns one page of the commendations f selects, newest
// year first and then in the Vietnamese order of the entries' names, and how
// many match in all, read in one transaction so the two agree. Errors:
// ECanceled, EBusy, EIO as any read.
func (a *Archive) FindCommendations(ctx context.Context, f CommendationFilter) ([]CommendationRow, int, error) {
	var out []CommendationRow
	var total int
	err := a.read(ctx, func(q store.Tx) error {
		cond, args := f.where()
		ranked := f.Rank && !parseSearch(f.Text).empty()
		limit, offset := f.Limit, f.Offset
		if ranked {
			limit, offset = 0, 0 // every row, ranked below
		}
		var err error
		out, total, err = findPage(ctx, q, `c.id, c.entry_id, e.name, e.kind, e.unit_id, u.name, c.year, c.form_id,
			af.name, c.status, c.decision_no, c.decision_date, c.citation, c.recipient_kind, c.recipient_name,
			c.recipient_position, c.recipient_place, c.recipient_review, c.gold_book_no, c.version`,
			" FROM commendations c JOIN entries e ON e.id = c.entry_id JOIN units u ON u.id = e.unit_id"+
				" JOIN award_forms af ON af.id = c.form_id WHERE "+cond,
			"c.year DESC, e.name_key, e.id, c.id", args, limit, offset, func(r *CommendationRow) []any {
				return []any{&r.ID, &r.EntryID, &r.Entry, &r.Kind, &r.UnitID, &r.Unit, &r.Year, &r.FormID,
					&r.Form, &r.Status, &r.DecisionNo, &r.DecisionDate, &r.Citation, &r.Recipient.Kind, &r.Recipient.Name,
					&r.Recipient.Position, &r.Recipient.Place, &r.Recipient.Review, &r.GoldBookNo, &r.Version}
			})
		if err == nil && ranked {
			out, total, err = rankedPage(ctx, q, f.Text, out, func(r *CommendationRow) int64 { return r.EntryID }, f.Limit, f.Offset)
		}
		return err
	})
	return out, total, err
}

// RefuseCommendations marks many proposed commendations as not granted
// ("không được khen") at once, all or none. Errors: ENotFound when one is
// gone, EInvalid as SaveCommendation, EReadOnly, EBusy.
func (a *Archive) RefuseCommendations(ctx context.Context, ids []int64) error {
	return a.updateCommendations(ctx, ids, func(c *Commendation) { c.Status = AwardRefused })
}
