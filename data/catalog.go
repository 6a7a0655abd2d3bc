package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// Fields returns the fields of work in their set order.
func (a *Archive) Fields(ctx context.Context) ([]*Field, error) {
	return list[Field](ctx, a, fieldOrder)
}

// Levels returns the recognition levels from the lowest.
func (a *Archive) Levels(ctx context.Context) ([]*Level, error) {
	return list[Level](ctx, a, levelOrder)
}

// Phases returns the phases, the most recent first.
func (a *Archive) Phases(ctx context.Context) ([]*Phase, error) {
	return list[Phase](ctx, a, phaseOrder)
}

// AwardForms returns the award forms, the highest first.
func (a *Archive) AwardForms(ctx context.Context) ([]*AwardForm, error) {
	return list[AwardForm](ctx, a, formOrder)
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
	return a.deleteUnused(ctx, TableFields, id, "Lĩnh vực này đang được dùng. Hãy ngừng sử dụng thay vì xóa.")
}

// DeleteLevel removes a level nothing uses; otherwise EInUse.
func (a *Archive) DeleteLevel(ctx context.Context, id int64) error {
	return a.deleteUnused(ctx, TableLevels, id, "Cấp công nhận này đang được dùng. Hãy ngừng sử dụng thay vì xóa.")
}

// DeletePhase removes a phase nothing uses; otherwise EInUse.
func (a *Archive) DeletePhase(ctx context.Context, id int64) error {
	return a.deleteUnused(ctx, TablePhases, id, "Giai đoạn này đang được dùng. Hãy ngừng sử dụng thay vì xóa.")
}

// DeleteAwardForm removes an award form nothing uses; otherwise EInUse.
func (a *Archive) DeleteAwardForm(ctx context.Context, id int64) error {
	return a.deleteUnused(ctx, TableAwardForms, id, "Hình thức khen thưởng này đang được dùng. Hãy ngừng sử dụng thay vì xóa.")
}

// The orders the catalogues are listed in.
const (
	unitOrder  = "ORDER BY name_key, id"        // Vietnamese alphabetical
	fieldOrder = "ORDER BY position, id"        // as the office set them
	levelOrder = "ORDER BY rank, id"            // the lowest first
	phaseOrder = "ORDER BY start_year DESC, id" // the most recent first
	formOrder  = "ORDER BY rank DESC, name, id" // the highest first
)

// Catalogue is every catalogue of the archive as one moment saw them, each
// in the order its own method lists it (Phases, Units, Fields, Levels,
// AwardForms), with the live criteria sets of every phase.
type Catalogue struct {
	Phases []*Phase
	Units  []*Unit
	Fields []*Field
	Levels []*Level
	Forms  []*AwardForm
	Sets   []*CriteriaSet
}

// Catalogue reads every catalogue in one read transaction, so a screen
// never holds the units of one moment and the fields of another, and a
// slow shared drive is asked once.
func (a *Archive) Catalogue(ctx context.Context) (*Catalogue, error) {
	var c *Catalogue
	err := a.read(ctx, func(q store.Tx) error {
		c = &Catalogue{}
		var err error
		if c.Phases, err = listIn[Phase](ctx, q, phaseOrder); err != nil {
			return err
		}
		if c.Units, err = listIn[Unit](ctx, q, unitOrder); err != nil {
			return err
		}
		if c.Fields, err = listIn[Field](ctx, q, fieldOrder); err != nil {
			return err
		}
		if c.Levels, err = listIn[Level](ctx, q, levelOrder); err != nil {
			return err
		}
		if c.Forms, err = listIn[AwardForm](ctx, q, formOrder); err != nil {
			return err
		}
		c.Sets, err = criteriaSetsIn(ctx, q, 0)
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}
