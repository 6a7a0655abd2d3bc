package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// SaveCriteriaSet creates or updates a criteria set with its criteria and
// thresholds in one transaction. Errors as SaveEntry, and EInUse when a
// removed criterion has scores.
func (a *Archive) SaveCriteriaSet(ctx context.Context, s *CriteriaSet) error { return save(ctx, a, s) }

// CriteriaSets returns the criteria sets of a phase (all phases for 0), with
// their criteria and thresholds.
func (a *Archive) CriteriaSets(ctx context.Context, phaseID int64) ([]*CriteriaSet, error) {
	var out []*CriteriaSet
	err := a.read(ctx, func(q store.Tx) error {
		var err error
		out, err = criteriaSetsIn(ctx, q, phaseID)
		return err
	})
	return out, err
}

// criteriaSetsIn is CriteriaSets inside the transaction q.
func criteriaSetsIn(ctx context.Context, q store.Tx, phaseID int64) ([]*CriteriaSet, error) {
	out, err := listIn[CriteriaSet](ctx, q, "WHERE deleted_at = '' AND (? = 0 OR phase_id = ?) ORDER BY id", phaseID, phaseID)
	if err != nil {
		return nil, err
	}
	for _, s := range out {
		if err := store.LoadChildren(ctx, q, s); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// GetCriteriaSet returns one criteria set with its criteria and thresholds.
func (a *Archive) GetCriteriaSet(ctx context.Context, id int64) (*CriteriaSet, error) {
	return get[CriteriaSet](ctx, a, id)
}
