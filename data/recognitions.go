package data

import (
	"context"
)

// SaveRecognition records the year's decision on an entry. One entry has at
// most one recognition a year. Errors as SaveEntry.
func (a *Archive) SaveRecognition(ctx context.Context, r *Recognition) error { return save(ctx, a, r) }

// EntryRecognitions returns an entry's live recognitions, newest year first.
func (a *Archive) EntryRecognitions(ctx context.Context, entryID int64) ([]*Recognition, error) {
	return list[Recognition](ctx, a, "WHERE entry_id = ? AND deleted_at = '' ORDER BY year DESC", entryID)
}
