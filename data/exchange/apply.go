package exchange

import (
	"context"
	"fmt"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Result counts what an import wrote.
type Result struct {
	Added, Updated, Units, Fields int
	NoPerson                      []Unnamed // individual exemplars stored without their person
}

// Unnamed is an individual exemplar imported without its person: the
// list the office completes afterwards.
type Unnamed struct {
	Row  int // its row in the sheet
	ID   int64
	Name string
}

// Apply writes a plan in one transaction: every new and updated row, and
// the units and fields to create, or nothing at all. A plan with error rows
// is refused: the person fixes the file and plans again. Entries changed by
// someone since the plan give a conflict and nothing is written.
func Apply(ctx context.Context, a *data.Archive, p *Plan) (*Result, error) {
	if n := p.Counts[FateError]; n > 0 {
		return nil, &data.Error{Code: data.EInvalid, Message: fmt.Sprintf("Còn %s dòng lỗi trong tệp “%s”; hãy sửa tệp (hoặc chọn đơn vị, lĩnh vực tương ứng) rồi xem trước lại. Chưa có gì được ghi.", vntext.FormatInt(int64(n)), p.File)}
	}
	res := &Result{}
	label := fmt.Sprintf("Nhập %s mô hình, điển hình từ tệp %s", vntext.FormatInt(int64(p.Counts[FateNew]+p.Counts[FateUpdate])), p.File)
	err := a.Batch(ctx, "import", label, func(b *data.Batch) error {
		*res = Result{}
		units, fields := map[string]int64{}, map[string]int64{}
		for i := range p.Rows {
			if err := b.Context().Err(); err != nil {
				return err
			}
			rp := p.Rows[i]
			if rp.Fate != FateNew && rp.Fate != FateUpdate {
				continue
			}
			e := rp.Entry // a copy: the plan stays as it was if the batch is retried
			if rp.Fate == FateUpdate {
				// Only the columns the sheet has overwrite the stored entry.
				cur, err := b.Entry(rp.ExistingID)
				if err != nil {
					return rowErr(rp, err)
				}
				if cur.Version != e.Version {
					return rowErr(rp, &data.ConflictError{Table: data.TableEntries, Theirs: cur})
				}
				e = overlay(*cur, rp.Entry, p.Mapping)
			}
			if rp.NewUnit != "" {
				id, ok := units[folded(rp.NewUnit)]
				if !ok {
					u := &data.Unit{Name: rp.NewUnit}
					if err := b.Save(u); err != nil {
						return rowErr(rp, err)
					}
					id = u.ID
					units[folded(rp.NewUnit)] = id
					res.Units++
				}
				e.UnitID = id
			}
			if rp.NewField != "" {
				id, ok := fields[folded(rp.NewField)]
				if !ok {
					f := &data.Field{Name: rp.NewField, Position: 100}
					if err := b.Save(f); err != nil {
						return rowErr(rp, err)
					}
					id = f.ID
					fields[folded(rp.NewField)] = id
					res.Fields++
				}
				e.FieldID = id
			}
			if err := b.Save(&e); err != nil {
				return rowErr(rp, err)
			}
			if e.Kind == data.KindIndividual && e.Person == "" {
				res.NoPerson = append(res.NoPerson, Unnamed{rp.Row, e.ID, e.Name})
			}
			if rp.Fate == FateNew {
				res.Added++
			} else {
				res.Updated++
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if p.Mapping != nil {
		a.SaveDocSetting(ctx, p.Mapping.Key(), p.Mapping.encode())
	}
	return res, nil
}

// rowErr names the row in an error from the archive; nothing is written.
func rowErr(rp RowPlan, err error) error {
	if data.ErrorCode(err) == data.EConflict {
		return &data.Error{Code: data.EConflict, Message: fmt.Sprintf("Dòng %d: mô hình “%s” vừa được người khác sửa. Hãy xem trước lại rồi nhập. Chưa có gì được ghi.", rp.Row, rp.Entry.Name), Err: err}
	}
	return &data.Error{Code: data.ErrorCode(err), Message: fmt.Sprintf("Dòng %d: %s Chưa có gì được ghi.", rp.Row, data.ErrorMessage(err)), Err: err}
}

// overlay copies into cur the fields the mapping filled from the sheet.
func overlay(cur, from data.Entry, m *Mapping) data.Entry {
	for _, t := range m.Columns {
		f, ok := t.field()
		switch {
		case !ok || t == TName || t == TUnit || t == TPhase:
			// The name, unit and phase are what matched the row.
		case t == TPerson && from.Person == "":
			// An empty cell does not erase a person already known.
		default:
			f.Set(&cur, &from)
		}
	}
	if cur.Person == "" {
		cur.Person = from.Person // read from the title, without a column
	}
	return cur
}
