package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// SaveEvaluation stores an evaluation with its scores, computing the total
// and the conclusion from the criteria set. A locked evaluation is refused
// with ELocked; other errors as SaveEntry.
func (a *Archive) SaveEvaluation(ctx context.Context, e *Evaluation) error { return save(ctx, a, e) }

// GetEvaluation returns an evaluation with its scores.
func (a *Archive) GetEvaluation(ctx context.Context, id int64) (*Evaluation, error) {
	return get[Evaluation](ctx, a, id)
}

// EntryEvaluations returns an entry's live evaluations with their scores,
// newest year first.
func (a *Archive) EntryEvaluations(ctx context.Context, entryID int64) ([]*Evaluation, error) {
	var out []*Evaluation
	err := a.read(ctx, func(q store.Tx) error {
		var err error
		out, err = store.LoadRecords(ctx, q, func() *Evaluation { return new(Evaluation) },
			"WHERE entry_id = ? AND deleted_at = '' ORDER BY year DESC", entryID)
		if err != nil {
			return err
		}
		for _, e := range out {
			if err := store.LoadChildren(ctx, q, e); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// LockEvaluation makes an evaluation final. The archive refuses any later
// change to it, in this program and in any other. Errors: ENotFound,
// EConflict when it changed since it was loaded (version), EReadOnly.
func (a *Archive) LockEvaluation(ctx context.Context, id, version int64) error {
	return a.write(ctx, func(q store.Tx) error {
		cur := &Evaluation{}
		if err := store.LoadRecord(ctx, q, cur, id); err != nil {
			return err
		}
		if cur.Locked {
			return nil
		}
		if cur.Version != version {
			return &ConflictError{Table: TableEvaluations, Mine: nil, Theirs: cur}
		}
		upd := *cur
		upd.Locked = true
		_, err := a.session().Update(ctx, q, &upd, &Evaluation{})
		return err
	})
}
