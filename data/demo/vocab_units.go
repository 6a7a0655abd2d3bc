package demo

import "strings"

// UnitSpec describes one unit of the fictitious province. Keys are short
// ASCII identifiers, unique.
type UnitSpec struct {
	Key          string // e.g. "h01", "h01x03", "so-nnptnt", "n01"
	Name         string // full Vietnamese name as used in documents, e.g. "Huyện ủy Đồng Tâm", "Đảng ủy xã Tân Hòa"
	Kind         string // "tinh", "so-nganh", "mttq-doan-the", "huyen", "xa", "luc-luong-vu-trang" or "khac"
	ParentKey    string // "" for top-level units; a pre-merger commune has its district as parent
	ValidFrom    string // "YYYY-MM-DD" or "" (always existed)
	ValidTo      string // "YYYY-MM-DD" or "" (still exists)
	SuccessorKey string // the unit that took over, "" if none
}

// Unit kinds.
const (
	UnitProvince   = "tinh"
	UnitDepartment = "so-nganh"
	UnitFront      = "mttq-doan-the"
	UnitDistrict   = "huyen"
	UnitCommune    = "xa"
	UnitArmed      = "luc-luong-vu-trang"
	UnitOther      = "khac"
)

// Dates of the reorganisations of 2025.
const (
	// DepartmentMergerEnd is the last day of the Party organs and
	// departments merged in early 2025.
	DepartmentMergerEnd = "2025-02-28"
	// DepartmentMergerStart is the first day of the merged ones.
	DepartmentMergerStart = "2025-03-01"
	// DistrictsEnd is the last day of the districts and of the communes
	// before the merger.
	DistrictsEnd = "2025-06-30"
	// NewCommunesStart is the first day of two-tier local government.
	NewCommunesStart = "2025-07-01"
)

// provinceUnits are the province-level bodies, in print order.
var provinceUnits = []UnitSpec{
	{Key: "tu-bdv", Name: "Ban Dân vận Tỉnh ủy", Kind: UnitProvince, ValidTo: DepartmentMergerEnd, SuccessorKey: "tu-btgdv"},
	{Key: "tu-btg", Name: "Ban Tuyên giáo Tỉnh ủy", Kind: UnitProvince, ValidTo: DepartmentMergerEnd, SuccessorKey: "tu-btgdv"},
	{Key: "tu-btgdv", Name: "Ban Tuyên giáo và Dân vận Tỉnh ủy", Kind: UnitProvince, ValidFrom: DepartmentMergerStart},
	{Key: "so-nv", Name: "Sở Nội vụ", Kind: UnitDepartment},
	{Key: "so-yt", Name: "Sở Y tế", Kind: UnitDepartment},
	{Key: "so-gddt", Name: "Sở Giáo dục và Đào tạo", Kind: UnitDepartment},
	{Key: "so-vhttdl", Name: "Sở Văn hóa, Thể thao và Du lịch", Kind: UnitDepartment},
	{Key: "so-nnptnt", Name: "Sở Nông nghiệp và Phát triển nông thôn", Kind: UnitDepartment, ValidTo: DepartmentMergerEnd, SuccessorKey: "so-nnmt"},
	{Key: "so-nnmt", Name: "Sở Nông nghiệp và Môi trường", Kind: UnitDepartment, ValidFrom: DepartmentMergerStart},
	{Key: "mttq", Name: "Ủy ban MTTQ Việt Nam tỉnh", Kind: UnitFront},
	{Key: "hnd", Name: "Hội Nông dân tỉnh", Kind: UnitFront},
	{Key: "hlhpn", Name: "Hội Liên hiệp Phụ nữ tỉnh", Kind: UnitFront},
	{Key: "tinh-doan", Name: "Tỉnh đoàn", Kind: UnitFront},
	{Key: "hccb", Name: "Hội Cựu chiến binh tỉnh", Kind: UnitFront},
	{Key: "ldld", Name: "Liên đoàn Lao động tỉnh", Kind: UnitFront},
	{Key: "ca-tinh", Name: "Công an tỉnh", Kind: UnitArmed},
	{Key: "bchqs", Name: "Bộ Chỉ huy Quân sự tỉnh", Kind: UnitArmed},
	{Key: "bdbp", Name: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", Kind: UnitArmed},
	{Key: "hctd", Name: "Hội Chữ thập đỏ tỉnh", Kind: UnitOther},
}

// districtDef is a district (city, town) with its communes, grouped as they
// were merged on 1/7/2025; the first group holds the district seat.
type districtDef struct {
	name   string // "Huyện ủy Đồng Tâm"
	groups []mergeGroup
}

// mergeGroup lists old communes (local names such as "xã Tân Hòa") and the
// new commune they formed.
type mergeGroup struct {
	newName string
	old     []string
}

var districtDefs = []districtDef{
	{"Thành ủy Tân Phước", []mergeGroup{
		{"phường Tân Phước", []string{"phường Tân Phú", "phường Tân Bình", "phường Tân Đồng"}},
		{"phường Phước Xuân", []string{"phường Tân Xuân", "phường Tân Thiện", "phường Tân Hưng"}},
		{"phường Tiến Phát", []string{"phường Tiến Thành", "xã Tiến Hưng"}},
		{"xã Tân Tín", []string{"xã Tân Thành", "xã Phước Tín"}},
		{"xã Thiện Thạnh", []string{"xã Phước Thiện", "xã Phước Thạnh"}},
	}},
	{"Thị ủy Phước An", []mergeGroup{
		{"phường Phước An", []string{"phường Long Phước", "phường Long Thủy", "phường Sơn Giang"}},
		{"phường Bình Giang", []string{"phường Phước Bình", "xã Long Giang"}},
		{"xã An Hòa", []string{"xã Phước Hòa", "xã An Khương", "xã Thanh Lương"}},
	}},
	{"Thị ủy Bình Sơn", []mergeGroup{
		{"phường Bình Sơn", []string{"phường Hưng Chiến", "phường An Lộc", "phường Phú Thịnh"}},
		{"phường Phú Hưng", []string{"phường Phú Đức", "xã Thanh Phú"}},
		{"xã Thanh Đồng", []string{"xã Thanh Hòa", "xã Đồng Nơ", "xã An Phú"}},
	}},
	{"Huyện ủy Đồng Tâm", []mergeGroup{
		{"xã Đồng Tâm", []string{"thị trấn Đồng Tâm", "xã Tân Lập", "xã Tân Long"}},
		{"xã Hòa Lợi", []string{"xã Tân Hòa", "xã Tân Lợi"}},
		{"xã Đồng Phát", []string{"xã Đồng Tiến", "xã Đồng Hưng", "xã Tân Tiến"}},
		{"xã Thuận An", []string{"xã Thuận Lợi", "xã Thuận Phú"}},
	}},
	{"Huyện ủy Lộc Thạnh", []mergeGroup{
		{"xã Lộc Thạnh", []string{"thị trấn Lộc Thạnh", "xã Lộc Hưng", "xã Lộc Khánh"}},
		{"xã Lộc Tấn", []string{"xã Lộc Thịnh", "xã Lộc Quang"}},
		{"xã Lộc Thành", []string{"xã Lộc Điền", "xã Lộc Phú", "xã Lộc An"}},
	}},
	{"Huyện ủy Hớn Quang", []mergeGroup{
		{"xã Hớn Quang", []string{"thị trấn Minh Quang", "xã Minh Đức", "xã Minh Hòa"}},
		{"xã Minh Thạnh", []string{"xã Minh Tâm", "xã Minh Thắng"}},
		{"xã Tân Quang", []string{"xã Tân Quan", "xã Tân Hiệp"}},
		{"xã An Thạnh", []string{"xã Thanh Bình", "xã An Bình"}},
	}},
	{"Huyện ủy Phú Nghĩa", []mergeGroup{
		{"xã Phú Nghĩa", []string{"thị trấn Đức Phong", "xã Phú Văn", "xã Phú Sơn"}},
		{"xã Nghĩa Thành", []string{"xã Nghĩa Trung", "xã Nghĩa Bình"}},
		{"xã Đức Thọ", []string{"xã Bù Nho", "xã Thọ Sơn"}},
	}},
	{"Huyện ủy Long Hưng", []mergeGroup{
		{"xã Long Hưng", []string{"thị trấn Long Hưng", "xã Long Bình"}},
		{"xã Hà Tân", []string{"xã Long Hà", "xã Long Tân", "xã Phước Tân"}},
		{"xã Bình Trung", []string{"xã Bình Thắng", "xã Bình Minh", "xã Phú Trung"}},
	}},
	{"Huyện ủy Hưng Phước", []mergeGroup{
		{"xã Hưng Phước", []string{"xã Phước Minh", "xã Hưng Thịnh"}},
		{"xã Đắk Gia", []string{"xã Đắk Ơ", "xã Bù Gia"}},
		{"xã Thiện Hưng", []string{"xã Thanh Thiện", "xã Đa Kia"}},
	}},
	{"Huyện ủy Quang Minh", []mergeGroup{
		{"xã Quang Minh", []string{"thị trấn Quang Minh", "xã Quang Trung"}},
		{"xã Thành Bích", []string{"xã Nha Bích", "xã Thành Tâm"}},
		{"xã Thuận Hưng", []string{"xã Thuận Thành", "xã Phước Hưng"}},
		{"xã Suối Hòa", []string{"xã Hòa Bình", "xã Suối Lam", "xã Hòa Lạc"}},
	}},
}

// partyPrefix is the prefix of the Party committee of a commune or ward.
const partyPrefix = "Đảng ủy "

// Units returns the whole set in a fixed order: the province-level bodies,
// then each district followed by its communes (valid until 2025-06-30),
// then the communes and wards formed on 1/7/2025.
func Units() []UnitSpec {
	units := make([]UnitSpec, 0, 160)
	units = append(units, provinceUnits...)
	var merged []UnitSpec
	for d, def := range districtDefs {
		dk := "h" + twoDigits(d+1)
		seat := "n" + twoDigits(len(merged)+1)
		units = append(units, UnitSpec{Key: dk, Name: def.name, Kind: UnitDistrict,
			ValidTo: DistrictsEnd, SuccessorKey: seat})
		x := 0
		for _, g := range def.groups {
			nk := "n" + twoDigits(len(merged)+1)
			merged = append(merged, UnitSpec{Key: nk, Name: partyPrefix + g.newName,
				Kind: UnitCommune, ValidFrom: NewCommunesStart})
			for _, old := range g.old {
				x++
				units = append(units, UnitSpec{Key: dk + "x" + twoDigits(x), Name: partyPrefix + old,
					Kind: UnitCommune, ParentKey: dk, ValidTo: DistrictsEnd, SuccessorKey: nk})
			}
		}
	}
	return append(units, merged...)
}

// CommuneName returns the local name of a commune-level unit without its
// Party prefix ("Đảng ủy xã Tân Hòa" → "xã Tân Hòa"), the form Place expects.
// Other names are returned unchanged.
func CommuneName(unitName string) string {
	return strings.TrimPrefix(unitName, partyPrefix)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}
