package data

import (
	"context"
	"errors"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// save stores r in one write transaction (see store.Session.Save). The write may be
// retried while the file is busy, so it works on a copy and only updates r
// once the transaction has committed.
func save[T any, P store.RecordPtr[T]](ctx context.Context, a *Archive, r P) error {
	store.Normalize(r)
	var work T
	err := a.write(ctx, func(q store.Tx) error {
		work = *r
		return a.session().Save(ctx, q, P(&work))
	})
	var ce *ConflictError
	if errors.As(err, &ce) {
		ce.Mine = r
	}
	if err == nil {
		*r = work
	}
	return err
}

// get loads record id of type T.
func get[T any, P store.RecordPtr[T]](ctx context.Context, a *Archive, id int64) (P, error) {
	var r T
	err := a.read(ctx, func(q store.Tx) error { return store.LoadRecord(ctx, q, P(&r), id) })
	if err != nil {
		return nil, err
	}
	return P(&r), nil
}

// list loads every record of type T matching where (which may hold ORDER BY).
func list[T any, P store.RecordPtr[T]](ctx context.Context, a *Archive, where string, args ...any) ([]P, error) {
	var out []P
	err := a.read(ctx, func(q store.Tx) error {
		var err error
		out, err = listIn[T, P](ctx, q, where, args...)
		return err
	})
	return out, err
}

// listIn is list inside the transaction q.
func listIn[T any, P store.RecordPtr[T]](ctx context.Context, q store.Tx, where string, args ...any) ([]P, error) {
	return store.LoadRecords(ctx, q, func() P { return P(new(T)) }, where, args...)
}
