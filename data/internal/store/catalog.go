package store

import (
	"context"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (f *Field) table() Table  { return Fields }
func (f *Field) label() string { return f.Name }
func (f *Field) columns() []Column {
	return []Column{{Name: "name", Ptr: &f.Name}, {Name: "position", Ptr: &f.Position}, {Name: "active", Ptr: &f.Active}}
}

func (l *Level) table() Table  { return Levels }
func (l *Level) label() string { return l.Name }
func (l *Level) columns() []Column {
	return []Column{{Name: "name", Ptr: &l.Name}, {Name: "rank", Ptr: &l.Rank}, {Name: "active", Ptr: &l.Active}}
}

func (p *Phase) table() Table  { return Phases }
func (p *Phase) label() string { return p.Name }
func (p *Phase) columns() []Column {
	return []Column{
		{Name: "name", Ptr: &p.Name}, {Name: "start_year", Ptr: &p.StartYear}, {Name: "end_year", Ptr: &p.EndYear},
		{Name: "plan", Ptr: &p.Plan}, {Name: "active", Ptr: &p.Active},
	}
}

func (f *AwardForm) table() Table  { return AwardForms }
func (f *AwardForm) label() string { return f.Name }
func (f *AwardForm) columns() []Column {
	return []Column{
		{Name: "name", Ptr: &f.Name}, {Name: "title", Ptr: &f.Title}, {Name: "authority", Ptr: &f.Authority},
		{Name: "header", Ptr: &f.Header}, {Name: "rank", Ptr: &f.Rank}, {Name: "active", Ptr: &f.Active},
	}
}

func (f *Field) normalize() {
	f.Name = vntext.Clean(f.Name)
	if f.ID == 0 && f.Version == 0 {
		f.Active = true
	}
}

func (f *Field) check(context.Context, Tx) error {
	var v validator
	v.required("name", "Tên lĩnh vực", f.Name)
	v.maxLen("name", "Tên lĩnh vực", f.Name, 200)
	return v.err()
}

func (l *Level) normalize() {
	l.Name = vntext.Clean(l.Name)
	if l.ID == 0 && l.Version == 0 {
		l.Active = true
	}
}

func (l *Level) check(context.Context, Tx) error {
	var v validator
	v.required("name", "Tên cấp công nhận", l.Name)
	return v.err()
}

func (p *Phase) normalize() {
	p.Name, p.Plan = vntext.Clean(p.Name), vntext.Clean(p.Plan)
	if p.ID == 0 && p.Version == 0 {
		p.Active = true
	}
}

func (p *Phase) check(context.Context, Tx) error {
	var v validator
	v.required("name", "Tên giai đoạn", p.Name)
	v.yearRange("start_year", "Năm bắt đầu", p.StartYear, true)
	v.yearRange("end_year", "Năm kết thúc", p.EndYear, true)
	if p.StartYear != 0 && p.EndYear != 0 && p.EndYear < p.StartYear {
		v.add("end_year", "Năm kết thúc phải không nhỏ hơn năm bắt đầu.")
	}
	return v.err()
}

func (f *AwardForm) normalize() {
	f.Name, f.Title, f.Authority = vntext.Clean(f.Name), vntext.Clean(f.Title), vntext.Clean(f.Authority)
	if f.Header == "" {
		f.Header = HeaderParty
	}
	if f.ID == 0 && f.Version == 0 {
		f.Active = true
	}
}

func (f *AwardForm) check(context.Context, Tx) error {
	var v validator
	v.required("name", "Tên hình thức khen thưởng", f.Name)
	v.required("title", "Tiêu đề in trên giấy (Bằng khen, Giấy khen…)", f.Title)
	if f.Header != HeaderParty && f.Header != HeaderState {
		v.add("header", "Hãy chọn quốc hiệu in trên giấy khen: Đảng hoặc Nhà nước.")
	}
	return v.err()
}
