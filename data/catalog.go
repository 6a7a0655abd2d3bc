package data

import (
	"context"
)

// Fields returns the fields of work in their set order.
func (a *Archive) Fields(ctx context.Context) ([]*Field, error) {
	return list[Field](ctx, a, "ORDER BY position, id")
}

// Levels returns the recognition levels from the lowest.
func (a *Archive) Levels(ctx context.Context) ([]*Level, error) {
	return list[Level](ctx, a, "ORDER BY rank, id")
}

// Phases returns the phases, the most recent first.
func (a *Archive) Phases(ctx context.Context) ([]*Phase, error) {
	return list[Phase](ctx, a, "ORDER BY start_year DESC, id")
}

// AwardForms returns the award forms, the highest first.
func (a *Archive) AwardForms(ctx context.Context) ([]*AwardForm, error) {
	return list[AwardForm](ctx, a, "ORDER BY rank DESC, name, id")
}

// SaveField creates or renames a field of work. Errors as SaveEntry.
func (a *Archive) SaveField(ctx context.Context, f *Field) error { return save(ctx, a, f) }

// SaveLevel creates or renames a recognition level. Errors as SaveEntry.
func (a *Archive) SaveLevel(ctx context.Context, l *Level) error { return save(ctx, a, l) }

// SavePhase creates or updates a phase. Errors as SaveEntry.
func (a *Archive) SavePhase(ctx context.Context, p *Phase) error { return save(ctx, a, p) }

// SaveAwardForm creates or updates an award form. Errors as SaveEntry.
func (a *Archive) SaveAwardForm(ctx context.Context, f *AwardForm) error { return save(ctx, a, f) }

// DeleteField removes a field nothing uses; otherwise EInUse.
func (a *Archive) DeleteField(ctx context.Context, id int64) error {
	return a.deleteUnused(ctx, "fields", id, "Lĩnh vực này đang được dùng. Hãy ngừng sử dụng thay vì xóa.")
}

// DeleteLevel removes a level nothing uses; otherwise EInUse.
func (a *Archive) DeleteLevel(ctx context.Context, id int64) error {
	return a.deleteUnused(ctx, "levels", id, "Cấp công nhận này đang được dùng. Hãy ngừng sử dụng thay vì xóa.")
}

// DeletePhase removes a phase nothing uses; otherwise EInUse.
func (a *Archive) DeletePhase(ctx context.Context, id int64) error {
	return a.deleteUnused(ctx, "phases", id, "Giai đoạn này đang được dùng. Hãy ngừng sử dụng thay vì xóa.")
}

// DeleteAwardForm removes an award form nothing uses; otherwise EInUse.
func (a *Archive) DeleteAwardForm(ctx context.Context, id int64) error {
	return a.deleteUnused(ctx, "award_forms", id, "Hình thức khen thưởng này đang được dùng. Hãy ngừng sử dụng thay vì xóa.")
}
