package demo

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// weighted is a word with a relative frequency.
type weighted struct {
	word   string
	weight int
}

func pickWeighted(r *rand.Rand, list []weighted) string {
	total := 0
	for _, w := range list {
		total += w.weight
	}
	n := r.IntN(total)
	for _, w := range list {
		if n < w.weight {
			return w.word
		}
		n -= w.weight
	}
	return list[len(list)-1].word
}

// surnames, weighted roughly as in the South of Vietnam.
var surnames = []weighted{
	{"Nguyễn", 370}, {"Trần", 110}, {"Lê", 95}, {"Phạm", 65}, {"Huỳnh", 40},
	{"Hoàng", 20}, {"Phan", 45}, {"Võ", 40}, {"Vũ", 15}, {"Đặng", 20},
	{"Bùi", 20}, {"Đỗ", 15}, {"Hồ", 15}, {"Ngô", 13}, {"Dương", 10},
	{"Lý", 6}, {"Trương", 10}, {"Đinh", 7}, {"Lâm", 5}, {"Mai", 5},
	{"Cao", 4}, {"Châu", 3}, {"Tạ", 3}, {"Đoàn", 5}, {"Lương", 4},
}

var maleMiddle = []weighted{
	{"Văn", 45}, {"Hữu", 7}, {"Đức", 7}, {"Minh", 8}, {"Quốc", 6}, {"Công", 5},
	{"Thanh", 6}, {"Ngọc", 3}, {"Xuân", 3}, {"Hoàng", 4}, {"Trọng", 3},
	{"Tấn", 5}, {"Thành", 4}, {"Duy", 2}, {"Anh", 2}, {"Chí", 2},
}

var femaleMiddle = []weighted{
	{"Thị", 60}, {"Ngọc", 8}, {"Thanh", 6}, {"Kim", 6}, {"Thu", 4}, {"Mỹ", 4},
	{"Bích", 3}, {"Hồng", 3}, {"Thùy", 3}, {"Phương", 2}, {"Minh", 1},
}

// maleGiven and femaleGiven are disjoint, so that the sex of a generated
// name can be told from its last word.
var maleGiven = []string{
	"Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Long", "Sơn", "Thắng", "Hòa", "Bình",
	"Phúc", "Tài", "Lộc", "Hiếu", "Nghĩa", "Trung", "Quang", "Hưng", "Thành",
	"Tùng", "Cường", "Đạt", "Huy", "Kiên", "Lâm", "Phong", "Quý", "Sang", "Tín",
	"Toàn", "Vinh", "Phát", "Thịnh", "Nhân", "Thuận", "Bảo", "Định", "Hiệp",
	"Chiến", "Lợi", "Tiến", "Dương", "Khoa", "Trí", "Danh", "Mạnh", "Hậu",
	"Thông", "Tân", "Được", "Lành", "Đông", "Thái",
}

var femaleGiven = []string{
	"Lan", "Hương", "Hoa", "Mai", "Hạnh", "Hằng", "Thảo", "Trang", "Nga", "Hà",
	"Linh", "Loan", "Phượng", "Thủy", "Tuyết", "Yến", "Nhung", "Vân", "Dung",
	"Huệ", "Liên", "Oanh", "Cúc", "Nhàn", "Thơm", "Hiền", "Lệ", "Trinh",
	"Duyên", "Thúy", "Ánh", "Nguyệt", "Trâm", "Hường", "Thắm", "Đào", "Quyên",
	"Diễm", "Kiều", "Hân", "Vy", "Nhi", "Tươi", "Sương", "Điệp", "Xuyến",
}

// femaleSecondMiddle is used after "Thị" in four-word female names.
var femaleSecondMiddle = []string{"Ngọc", "Kim", "Thu", "Mỹ", "Bích", "Thanh", "Hồng", "Thùy"}

// PersonName returns a realistic full Vietnamese name and whether it is a
// woman's. A few men's names follow the S'tiêng usage of the region
// ("Điểu Lành").
func PersonName(r *rand.Rand) (name string, female bool) {
	female = r.IntN(100) < 45
	if !female && r.IntN(100) < 4 { // S'tiêng man
		return "Điểu " + pick(r, maleGiven), false
	}
	sur := pickWeighted(r, surnames)
	if female {
		mid := pickWeighted(r, femaleMiddle)
		if mid == "Thị" && r.IntN(100) < 15 {
			mid += " " + pick(r, femaleSecondMiddle)
		}
		return sur + " " + mid + " " + pick(r, femaleGiven), true
	}
	return sur + " " + pickWeighted(r, maleMiddle) + " " + pick(r, maleGiven), false
}

// isFemaleName tells the sex of a name made by PersonName.
func isFemaleName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if w == "Thị" {
			return true
		}
	}
	last := words[len(words)-1]
	for _, g := range femaleGiven {
		if g == last {
			return true
		}
	}
	return false
}

// Hamlets and quarters.
var (
	namedHamlets = []string{
		"ấp Bàu Ké", "ấp Bàu Sen", "ấp Bàu Nghé", "ấp Suối Cam", "ấp Suối Nhung",
		"ấp Trảng Cỏ", "ấp Cây Điệp", "ấp Cây Da", "ấp Cây Gáo", "ấp Bưng Bàng",
		"ấp Láng Ranh", "ấp Tân Lập", "ấp Tân Định", "ấp Phước Yên", "ấp Thuận Tiến",
		"ấp Hòa Vinh", "ấp Chà Là", "ấp Sở Xiêm", "ấp Bù Tam", "ấp Đồng Búa",
		"ấp Cần Lê", "ấp Xa Cát", "ấp Phú Lạc", "ấp Tân Phong", "ấp Hưng Lập",
		"ấp Trà Thanh", "ấp Thạch Màng", "ấp Mười Mẫu", "ấp Đồng Tiến", "ấp Bình Điền",
		"ấp Chợ", "ấp Đồi Mây", "ấp Sóc Ruộng", "ấp Thanh Xuân", "ấp Tổng Cui",
	}
	sroks = []string{
		"sóc Lớn", "sóc Bưng Lạc", "sóc Ruộng", "sóc Bố Lá", "sóc Tà Teh",
		"sóc Bù Ka", "sóc Đồng Nhi",
	}
	namedQuarters = []string{
		"khu phố Phú Cường", "khu phố Xuân Bình", "khu phố Tân Trà", "khu phố Phú Thanh",
		"khu phố Bình Thiện", "khu phố Long Điền", "khu phố Hiệp Thành", "khu phố Suối Đá",
		"khu phố Tân Xuân", "khu phố Ninh Thái", "khu phố Bàu Trúc", "khu phố Phước Thiện",
	}
)

// hamletFor returns a hamlet (rural) or quarter (urban) of a commune.
func hamletFor(r *rand.Rand, communeName string) string {
	switch {
	case strings.HasPrefix(communeName, "phường "), strings.HasPrefix(communeName, "thị trấn "),
		strings.HasPrefix(communeName, "thành phố "), strings.HasPrefix(communeName, "thị xã "):
		n := r.IntN(100)
		switch {
		case n < 55:
			return "khu phố " + strconv.Itoa(between(r, 1, 12))
		case n < 75:
			return "tổ dân phố " + strconv.Itoa(between(r, 1, 25))
		default:
			return pick(r, namedQuarters)
		}
	default:
		n := r.IntN(100)
		switch {
		case n < 40:
			return "ấp " + strconv.Itoa(between(r, 1, 12))
		case n < 92:
			return pick(r, namedHamlets)
		default:
			return pick(r, sroks)
		}
	}
}

// Place returns a place inside a commune: a hamlet or quarter and the
// commune, e.g. "ấp Bàu Ké, xã Tân Hòa" or "tổ dân phố 5, phường Tân Phú".
// communeName is the local name without the Party prefix (see CommuneName);
// if it is empty only the hamlet is returned.
func Place(r *rand.Rand, communeName string) string {
	communeName = strings.TrimSpace(CommuneName(communeName))
	h := hamletFor(r, communeName)
	if communeName == "" {
		return h
	}
	return h + ", " + communeName
}

// splitPlace splits "ấp 3, xã Tân Hòa" into "ấp 3" and "xã Tân Hòa". A
// place without a comma is both.
func splitPlace(place string) (hamlet, commune string) {
	place = strings.TrimSpace(place)
	if i := strings.LastIndex(place, ", "); i >= 0 {
		return place[:i], place[i+2:]
	}
	return place, place
}

// bareName drops the administrative word: "xã Tân Hòa" → "Tân Hòa".
func bareName(commune string) string {
	for _, p := range []string{"thị trấn ", "thành phố ", "thị xã ", "phường ", "xã ", "huyện "} {
		if strings.HasPrefix(commune, p) {
			return commune[len(p):]
		}
	}
	return commune
}

// headOf names the head of a hamlet or quarter: "Trưởng ấp 3",
// "Tổ trưởng tổ dân phố 5".
func headOf(hamlet string) string {
	if strings.HasPrefix(hamlet, "tổ ") {
		return "Tổ trưởng " + hamlet
	}
	return "Trưởng " + hamlet
}

// Sex constraints of a position.
const (
	anySex = iota
	menOnly
	womenOnly
)

// roleSpec is a position pattern; {h} is replaced by a hamlet, {c} by a
// commune, {s} by a school.
type roleSpec struct {
	pattern string
	sex     int
}

var schools = []string{
	"Trường THCS Nguyễn Du", "Trường THCS Lương Thế Vinh", "Trường Tiểu học Kim Đồng",
	"Trường Tiểu học Nguyễn Bỉnh Khiêm", "Trường THPT Lê Quý Đôn", "Trường THPT Nguyễn Huệ",
	"Trường Mầm non Hoa Sen", "Trường THCS Lê Lợi", "Trường THCS Chu Văn An",
	"Trường Tiểu học Võ Thị Sáu",
}

// generalRoles are positions used by Position.
var generalRoles = []roleSpec{
	{"Bí thư Chi bộ {h}", anySex},
	{"Phó Bí thư Chi bộ, {H}", anySex},
	{"{H}", anySex},
	{"Trưởng ban công tác Mặt trận khu dân cư", anySex},
	{"Trưởng ban công tác Mặt trận {h}", anySex},
	{"Chi hội trưởng Phụ nữ", womenOnly},
	{"Chi hội trưởng Phụ nữ {h}", womenOnly},
	{"Chi hội trưởng Nông dân {h}", anySex},
	{"Chi hội trưởng Cựu chiến binh {h}", menOnly},
	{"Bí thư Chi đoàn {h}", anySex},
	{"Công an viên", menOnly},
	{"Cán bộ Công an {c}", anySex},
	{"Cán bộ Ban Dân vận Huyện ủy", anySex},
	{"Trưởng ban Dân vận Đảng ủy {c}", anySex},
	{"Chủ tịch Ủy ban MTTQ Việt Nam {c}", anySex},
	{"Chủ tịch Hội Nông dân {c}", anySex},
	{"Chủ tịch Hội Liên hiệp Phụ nữ {c}", womenOnly},
	{"Chủ tịch Hội Cựu chiến binh {c}", menOnly},
	{"Bí thư Đoàn {c}", anySex},
	{"Phó Chủ tịch Ủy ban nhân dân {c}", anySex},
	{"Công chức Văn hóa – Xã hội {c}", anySex},
	{"Công chức Tư pháp – Hộ tịch {c}", anySex},
	{"Chỉ huy trưởng Ban Chỉ huy Quân sự {c}", menOnly},
	{"Trưởng Trạm Y tế {c}", anySex},
	{"Giáo viên {s}", anySex},
	{"Hiệu trưởng {s}", anySex},
	{"Tổ trưởng Tổ hòa giải {h}", anySex},
	{"Tổ trưởng Tổ tự quản an ninh trật tự {h}", menOnly},
	{"Người có uy tín trong đồng bào dân tộc thiểu số", anySex},
	{"Hội viên Chi hội Nông dân {h}", anySex},
	{"Giám đốc Hợp tác xã Nông nghiệp {b}", anySex},
	{"Đảng viên Chi bộ {h}", anySex},
}

// expandRole fills a role pattern.
func expandRole(r *rand.Rand, pattern, hamlet, commune string) string {
	var b strings.Builder
	for i := 0; i < len(pattern); i++ {
		if pattern[i] != '{' || i+2 >= len(pattern) || pattern[i+2] != '}' {
			b.WriteByte(pattern[i])
			continue
		}
		switch pattern[i+1] {
		case 'h':
			b.WriteString(hamlet)
		case 'H':
			b.WriteString(headOf(hamlet))
		case 'c':
			b.WriteString(commune)
		case 'b':
			b.WriteString(bareName(commune))
		case 's':
			b.WriteString(pick(r, schools))
		}
		i += 2
	}
	return b.String()
}

// rolesFor returns the roles compatible with the sex.
func rolesFor(list []roleSpec, female bool) []roleSpec {
	out := make([]roleSpec, 0, len(list))
	for _, s := range list {
		if (female && s.sex == menOnly) || (!female && s.sex == womenOnly) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// randomLocality returns a hamlet and a commune for positions not tied to
// a given place.
func randomLocality(r *rand.Rand) (hamlet, commune string) {
	def := districtDefs[r.IntN(len(districtDefs))]
	g := def.groups[r.IntN(len(def.groups))]
	commune = pick(r, g.old)
	return hamletFor(r, commune), commune
}

// Position returns a plausible position for an individual exemplar or the
// leader of a collective, e.g. "Bí thư Chi bộ ấp 3", "Trưởng ấp Bàu Sen",
// "Chi hội trưởng Phụ nữ", "Công an viên", "Giáo viên Trường THCS Nguyễn Du".
// Some positions suit only men or only women; use PositionFor when the sex
// of the person is known.
func Position(r *rand.Rand) string {
	spec := generalRoles[r.IntN(len(generalRoles))]
	h, c := randomLocality(r)
	return expandRole(r, spec.pattern, h, c)
}

// PositionFor is Position restricted to positions that suit a man or a
// woman.
func PositionFor(r *rand.Rand, female bool) string {
	roles := rolesFor(generalRoles, female)
	spec := roles[r.IntN(len(roles))]
	h, c := randomLocality(r)
	return expandRole(r, spec.pattern, h, c)
}
