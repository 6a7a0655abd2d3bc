package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (f *Field) table() string { return "fields" }
func (f *Field) label() string { return f.Name }
func (f *Field) columns() []column {
	return []column{{name: "name", ptr: &f.Name}, {name: "position", ptr: &f.Position}, {name: "active", ptr: &f.Active}}
}

func (l *Level) table() string { return "levels" }
func (l *Level) label() string { return l.Name }
func (l *Level) columns() []column {
	return []column{{name: "name", ptr: &l.Name}, {name: "rank", ptr: &l.Rank}, {name: "active", ptr: &l.Active}}
}

func (p *Phase) table() string { return "phases" }
func (p *Phase) label() string { return p.Name }
func (p *Phase) columns() []column {
	return []column{
		{name: "name", ptr: &p.Name}, {name: "start_year", ptr: &p.StartYear}, {name: "end_year", ptr: &p.EndYear},
		{name: "plan", ptr: &p.Plan}, {name: "active", ptr: &p.Active},
	}
}

func (f *AwardForm) table() string { return "award_forms" }
func (f *AwardForm) label() string { return f.Name }
func (f *AwardForm) columns() []column {
	return []column{
		{name: "name", ptr: &f.Name}, {name: "title", ptr: &f.Title}, {name: "authority", ptr: &f.Authority},
		{name: "header", ptr: &f.Header}, {name: "rank", ptr: &f.Rank}, {name: "active", ptr: &f.Active},
	}
}

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

func (f *Field) normalize() {
	f.Name = vntext.Clean(f.Name)
	if f.ID == 0 && f.Version == 0 {
		f.Active = true
	}
}

func (f *Field) check(context.Context, *Archive, dbtx) error {
	var v validator
	v.required("name", "Tên lĩnh vực", f.Name)
	v.maxLen("name", "Tên lĩnh vực", f.Name, 200)
	return v.err()
}

// SaveLevel creates or renames a recognition level. Errors as SaveEntry.
func (a *Archive) SaveLevel(ctx context.Context, l *Level) error { return save(ctx, a, l) }

func (l *Level) normalize() {
	l.Name = vntext.Clean(l.Name)
	if l.ID == 0 && l.Version == 0 {
		l.Active = true
	}
}

func (l *Level) check(context.Context, *Archive, dbtx) error {
	var v validator
	v.required("name", "Tên cấp công nhận", l.Name)
	return v.err()
}

// SavePhase creates or updates a phase. Errors as SaveEntry.
func (a *Archive) SavePhase(ctx context.Context, p *Phase) error { return save(ctx, a, p) }

func (p *Phase) normalize() {
	p.Name, p.Plan = vntext.Clean(p.Name), vntext.Clean(p.Plan)
	if p.ID == 0 && p.Version == 0 {
		p.Active = true
	}
}

func (p *Phase) check(context.Context, *Archive, dbtx) error {
	var v validator
	v.required("name", "Tên giai đoạn", p.Name)
	v.yearRange("start_year", "Năm bắt đầu", p.StartYear, true)
	v.yearRange("end_year", "Năm kết thúc", p.EndYear, true)
	if p.StartYear != 0 && p.EndYear != 0 && p.EndYear < p.StartYear {
		v.add("end_year", "Năm kết thúc phải không nhỏ hơn năm bắt đầu.")
	}
	return v.err()
}

// SaveAwardForm creates or updates an award form. Errors as SaveEntry.
func (a *Archive) SaveAwardForm(ctx context.Context, f *AwardForm) error { return save(ctx, a, f) }

func (f *AwardForm) normalize() {
	f.Name, f.Title, f.Authority = vntext.Clean(f.Name), vntext.Clean(f.Title), vntext.Clean(f.Authority)
	if f.Header == "" {
		f.Header = HeaderParty
	}
	if f.ID == 0 && f.Version == 0 {
		f.Active = true
	}
}

func (f *AwardForm) check(context.Context, *Archive, dbtx) error {
	var v validator
	v.required("name", "Tên hình thức khen thưởng", f.Name)
	v.required("title", "Tiêu đề in trên giấy (Bằng khen, Giấy khen…)", f.Title)
	if f.Header != HeaderParty && f.Header != HeaderState {
		v.add("header", "Hãy chọn quốc hiệu in trên giấy khen: Đảng hoặc Nhà nước.")
	}
	return v.err()
}

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
