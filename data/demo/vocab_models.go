package demo

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fieldVocab holds the slot fillers of one field.
type fieldVocab struct {
	acts    []string   // verb phrases: "vận động nhân dân hiến đất làm đường giao thông nông thôn"
	areas   []string   // noun phrases after "trong": "xây dựng nông thôn mới"
	slogans []string   // names of models in quotes
	teams   []string   // groups that form a model, followed by a place
	colls   []string   // collectives (role patterns, see expandRole)
	roles   []roleSpec // positions of individual exemplars
}

var fieldVocabs = [4]fieldVocab{
	fieldEconomy: {
		acts: []string{
			"vận động nhân dân hiến đất làm đường giao thông nông thôn",
			"vận động hiến đất làm đường giao thông nông thôn",
			"vận động nhân dân đóng góp bê tông hóa đường giao thông nội đồng",
			"vận động hội viên chuyển đổi cơ cấu cây trồng, vật nuôi",
			"giúp hộ nghèo phát triển kinh tế, thoát nghèo bền vững",
			"vận động nông dân liên kết sản xuất điều hữu cơ",
			"hỗ trợ hội viên phụ nữ vay vốn phát triển kinh tế gia đình",
			"vận động nhân dân lắp đặt đèn chiếu sáng đường quê",
			"vận động hộ dân trồng hồ tiêu theo tiêu chuẩn VietGAP",
			"giúp nhau vốn, giống, ngày công phát triển sản xuất",
			"vận động đồng bào dân tộc thiểu số ứng dụng khoa học kỹ thuật vào sản xuất",
			"vận động nhân dân hiến đất mở rộng kênh mương nội đồng",
			"xây dựng sản phẩm OCOP từ hạt điều",
			"hỗ trợ nông dân tiêu thụ nông sản trên sàn thương mại điện tử",
			"vận động nhân dân đóng góp xây dựng cầu giao thông nông thôn",
			"phát triển tổ hợp tác chăn nuôi bò sinh sản",
			"vận động nhân dân bàn giao mặt bằng xây dựng công trình trọng điểm",
			"vận động nhân dân chỉnh trang hàng rào, cổng ngõ theo tiêu chí nông thôn mới",
		},
		areas: []string{
			"xây dựng nông thôn mới", "xây dựng nông thôn mới nâng cao", "giảm nghèo bền vững",
			"phát triển kinh tế hộ gia đình", "phát triển kinh tế tập thể", "chuyển đổi cơ cấu cây trồng",
			"vận động hiến đất làm đường", "công tác giải phóng mặt bằng",
			"liên kết sản xuất và tiêu thụ nông sản", "phát triển sản phẩm OCOP",
			"xây dựng khu dân cư kiểu mẫu", "phong trào nông dân sản xuất, kinh doanh giỏi",
			"ứng dụng chuyển đổi số vào sản xuất nông nghiệp", "phát triển giao thông nông thôn",
		},
		slogans: []string{
			"“Thắp sáng đường quê”", "“Cánh đồng điều hữu cơ”", "“Bò giống xoay vòng”",
			"“Nông dân giúp nhau thoát nghèo”", "“Ngày công vì đường quê”", "“Vườn mẫu nông thôn mới”",
			"“Một hộ khá giúp một hộ nghèo”", "“Chợ phiên nông sản sạch”", "“Góp đất mở đường”",
			"“Tiết kiệm vì phụ nữ nghèo”", "“Đường đẹp, ngõ xanh”",
		},
		teams: []string{
			"Tổ hợp tác sản xuất tiêu sạch", "Tổ liên kết sản xuất điều hữu cơ",
			"Tổ hợp tác chăn nuôi bò sinh sản", "Tổ vận động hiến đất làm đường",
			"Câu lạc bộ nông dân sản xuất, kinh doanh giỏi", "Tổ tiết kiệm và vay vốn",
			"Tổ hợp tác trồng rau an toàn", "Câu lạc bộ khuyến nông",
			"Tổ phụ nữ giúp nhau phát triển kinh tế",
		},
		colls: []string{
			"Chi hội Nông dân {h}", "Chi hội Phụ nữ {h}", "Chi bộ {h}", "Ban công tác Mặt trận {h}",
			"Hợp tác xã Nông nghiệp {b}", "Hội Nông dân {c}", "Tổ hợp tác trồng tiêu {h}",
			"Ban nhân dân {h}",
		},
		roles: []roleSpec{
			{"Bí thư Chi bộ {h}", anySex}, {"{H}", anySex}, {"Chi hội trưởng Nông dân {h}", anySex},
			{"Chủ tịch Hội Nông dân {c}", anySex}, {"Giám đốc Hợp tác xã Nông nghiệp {b}", anySex},
			{"hội viên Chi hội Nông dân {h}", anySex}, {"Trưởng ban công tác Mặt trận {h}", anySex},
			{"Phó Chủ tịch Ủy ban nhân dân {c}", anySex}, {"Chi hội trưởng Phụ nữ {h}", womenOnly},
			{"đảng viên Chi bộ {h}", anySex}, {"Chi hội trưởng Cựu chiến binh {h}", menOnly},
		},
	},
	fieldSociety: {
		acts: []string{
			"vận động nhân dân giữ gìn vệ sinh môi trường, phân loại rác thải tại nguồn",
			"vận động nhân dân tham gia bảo hiểm y tế hộ gia đình",
			"vận động con em đồng bào dân tộc thiểu số đến trường",
			"xóa nhà tạm, nhà dột nát cho hộ nghèo",
			"chăm lo gia đình chính sách, người có công với cách mạng",
			"vận động hiến máu tình nguyện",
			"giữ gìn và phát huy bản sắc văn hóa dân tộc S'tiêng",
			"thực hiện nếp sống văn minh trong việc cưới, việc tang",
			"vận động nhân dân trồng cây xanh, xây dựng tuyến đường hoa",
			"giúp đỡ học sinh nghèo vượt khó",
			"chăm sóc người cao tuổi neo đơn",
			"vận động nhân dân tham gia bảo hiểm xã hội tự nguyện",
			"phòng, chống dịch bệnh trong cộng đồng",
			"phòng, chống bạo lực gia đình",
			"vận động nhân dân xây dựng nhà tiêu hợp vệ sinh",
			"vận động mạnh thường quân hỗ trợ trẻ em có hoàn cảnh đặc biệt",
		},
		areas: []string{
			"xây dựng đời sống văn hóa ở khu dân cư", "bảo vệ môi trường", "công tác an sinh xã hội",
			"công tác khuyến học, khuyến tài", "chăm sóc sức khỏe nhân dân",
			"xây dựng gia đình no ấm, tiến bộ, hạnh phúc", "công tác đền ơn đáp nghĩa",
			"bảo tồn văn hóa truyền thống", "phòng, chống dịch bệnh", "phát triển bảo hiểm y tế toàn dân",
			"xây dựng khu dân cư văn hóa", "xóa nhà tạm, nhà dột nát", "chăm sóc trẻ em có hoàn cảnh khó khăn",
		},
		slogans: []string{
			"“Ngày Chủ nhật xanh”", "“Tuyến đường hoa nông thôn mới”", "“Nuôi heo đất giúp học sinh nghèo”",
			"“Ngôi nhà 100 đồng”", "“Hũ gạo tình thương”", "“Biến rác thải thành tiền”",
			"“Tủ sách khuyến học”", "“Mái ấm tình thương”", "“Gia đình 5 không, 3 sạch”",
			"“Nói không với túi ni lông”", "“Mẹ đỡ đầu”", "“Bữa cơm nghĩa tình”",
		},
		teams: []string{
			"Tổ thu gom rác thải", "Câu lạc bộ phụ nữ bảo vệ môi trường", "Câu lạc bộ cồng chiêng",
			"Đội văn nghệ quần chúng", "Câu lạc bộ liên thế hệ tự giúp nhau", "Tổ vận động bảo hiểm y tế",
			"Câu lạc bộ gia đình hạnh phúc", "Tổ xung kích phòng, chống dịch", "Ban vận động Quỹ khuyến học",
		},
		colls: []string{
			"Chi hội Phụ nữ {h}", "Ban công tác Mặt trận {h}", "Trạm Y tế {c}", "Chi đoàn {h}",
			"Hội Chữ thập đỏ {c}", "Đoàn {c}", "Hội Liên hiệp Phụ nữ {c}",
			"Câu lạc bộ liên thế hệ tự giúp nhau {h}", "Trường Tiểu học {b}", "Hội Khuyến học {c}",
		},
		roles: []roleSpec{
			{"Chi hội trưởng Phụ nữ {h}", womenOnly}, {"Trưởng ban công tác Mặt trận {h}", anySex},
			{"Trưởng Trạm Y tế {c}", anySex}, {"Công chức Văn hóa – Xã hội {c}", anySex},
			{"giáo viên {s}", anySex}, {"Hiệu trưởng {s}", anySex}, {"Bí thư Chi đoàn {h}", anySex},
			{"người có uy tín ở {h}", anySex}, {"Chủ tịch Hội Liên hiệp Phụ nữ {c}", womenOnly},
			{"Bí thư Chi bộ {h}", anySex}, {"{H}", anySex},
		},
	},
	fieldSecurity: {
		acts: []string{
			"giữ gìn an ninh trật tự ở khu dân cư", "vận động nhân dân tố giác tội phạm",
			"phòng, chống tội phạm và tệ nạn ma túy", "vận động nhân dân lắp đặt camera an ninh",
			"cảm hóa, giúp đỡ người lầm lỗi tái hòa nhập cộng đồng",
			"vận động thanh niên lên đường nhập ngũ", "bảo đảm trật tự an toàn giao thông",
			"phòng, chống lừa đảo trên không gian mạng", "tham gia tự quản đường biên, cột mốc",
			"phòng cháy, chữa cháy ở khu dân cư", "vận động nhân dân giao nộp vũ khí, vật liệu nổ",
			"hòa giải mâu thuẫn, tranh chấp ở cơ sở", "phòng, chống tín dụng đen",
			"bảo vệ vườn cây, tài sản của nhân dân",
			"vận động nhân dân không xuất, nhập cảnh trái phép",
		},
		areas: []string{
			"bảo đảm an ninh trật tự ở cơ sở", "phong trào toàn dân bảo vệ an ninh Tổ quốc",
			"xây dựng thế trận lòng dân", "xây dựng khu dân cư an toàn về an ninh trật tự",
			"công tác tuyển quân", "bảo vệ chủ quyền, an ninh biên giới", "công tác hòa giải ở cơ sở",
			"phòng, chống ma túy", "phòng cháy, chữa cháy", "bảo đảm trật tự an toàn giao thông",
			"xây dựng nền quốc phòng toàn dân", "quản lý, giáo dục người lầm lỗi",
		},
		slogans: []string{
			"“Camera giám sát an ninh trật tự”", "“Khu dân cư không ma túy”", "“Xứ đạo bình yên”",
			"“Tiếng kẻng an ninh”", "“Ấp không có tội phạm”", "“Dòng họ tự quản về an ninh trật tự”",
			"“Cổng trường an toàn giao thông”", "“Con nuôi đồn Biên phòng”", "“Phụ nữ tham gia giữ gìn an ninh trật tự”",
			"“Zalo an ninh khu phố”", "“Đèn đường an ninh”",
		},
		teams: []string{
			"Tổ tự quản an ninh trật tự", "Tổ tự quản an ninh trật tự khu dân cư", "Tổ an ninh nhân dân",
			"Tổ tự quản đường biên, cột mốc", "Tổ liên gia an toàn phòng cháy, chữa cháy",
			"Đội dân phòng", "Tổ hòa giải", "Tổ nhân dân tự quản", "Tổ bảo vệ an ninh, trật tự ở cơ sở",
		},
		colls: []string{
			"Công an {c}", "Ban Chỉ huy Quân sự {c}", "Tổ hòa giải {h}", "Đội dân phòng {h}",
			"Chi hội Cựu chiến binh {h}", "Tổ an ninh nhân dân {h}", "Đồn Biên phòng {b}",
			"Trung đội dân quân cơ động {c}", "Chi bộ {h}",
		},
		roles: []roleSpec{
			{"cán bộ Công an {c}", anySex}, {"Trưởng Công an {c}", menOnly},
			{"Tổ trưởng Tổ tự quản an ninh trật tự {h}", menOnly}, {"Chi hội trưởng Cựu chiến binh {h}", menOnly},
			{"Chỉ huy trưởng Ban Chỉ huy Quân sự {c}", menOnly}, {"Tổ trưởng Tổ hòa giải {h}", anySex},
			{"Đội trưởng Đội dân phòng {h}", menOnly}, {"Bí thư Chi bộ {h}", anySex}, {"{H}", anySex},
			{"Chi hội trưởng Phụ nữ {h}", womenOnly},
		},
	},
	fieldPolitics: {
		acts: []string{
			"nâng cao chất lượng sinh hoạt chi bộ", "tiếp xúc, đối thoại trực tiếp với nhân dân",
			"giải quyết thủ tục hành chính cho người dân", "hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
			"thực hiện dân chủ ở cơ sở", "phát triển đảng viên ở khu dân cư",
			"thu hút đoàn viên, hội viên tham gia sinh hoạt", "lắng nghe và giải quyết kiến nghị của cử tri",
			"học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
			"giám sát, phản biện xã hội ở cơ sở", "xây dựng chi bộ trong sạch, vững mạnh",
			"phân công đảng viên phụ trách hộ gia đình", "xây dựng chính quyền thân thiện, vì nhân dân phục vụ",
			"đẩy mạnh chuyển đổi số ở cơ sở",
			"vận động nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền",
		},
		areas: []string{
			"xây dựng Đảng", "công tác phát triển đảng viên", "cải cách hành chính",
			"thực hiện Quy chế dân chủ ở cơ sở", "xây dựng chính quyền thân thiện", "chuyển đổi số",
			"công tác tiếp công dân", "xây dựng tổ chức đoàn, hội vững mạnh",
			"công tác giám sát và phản biện xã hội", "học tập và làm theo gương Bác",
			"xây dựng hệ thống chính trị ở cơ sở vững mạnh", "thực thi công vụ",
		},
		slogans: []string{
			"“Đảng viên gắn kết với hộ gia đình”", "“Cà phê sáng với nhân dân”", "“Lắng nghe và chia sẻ”",
			"“Bộ phận một cửa thân thiện”", "“Chính quyền thân thiện”", "“Sinh hoạt chi bộ kiểu mẫu”",
			"“Dân hỏi, cán bộ trả lời”", "“Gõ cửa từng nhà”", "“Mỗi tháng một việc làm theo gương Bác”",
			"“Ngày thứ Bảy cùng dân”",
		},
		teams: []string{
			"Tổ công nghệ số cộng đồng", "Tổ tư vấn pháp luật", "Ban Giám sát đầu tư của cộng đồng",
			"Ban Thanh tra nhân dân", "Tổ tiếp nhận ý kiến nhân dân", "Câu lạc bộ lý luận trẻ",
			"Tổ hỗ trợ dịch vụ công trực tuyến",
		},
		colls: []string{
			"Chi bộ {h}", "Đảng ủy {c}", "Bộ phận tiếp nhận và trả kết quả {c}",
			"Ủy ban MTTQ Việt Nam {c}", "Ban Thanh tra nhân dân {c}", "Đoàn {c}",
			"Ban công tác Mặt trận {h}", "Chi đoàn {h}",
		},
		roles: []roleSpec{
			{"Bí thư Chi bộ {h}", anySex}, {"Phó Bí thư Chi bộ, {H}", anySex},
			{"Trưởng ban Dân vận Đảng ủy {c}", anySex}, {"Chủ tịch Ủy ban MTTQ Việt Nam {c}", anySex},
			{"Phó Chủ tịch Ủy ban nhân dân {c}", anySex}, {"Công chức Tư pháp – Hộ tịch {c}", anySex},
			{"Bí thư Đoàn {c}", anySex}, {"cán bộ Ban Dân vận Huyện ủy phụ trách {c}", anySex},
			{"Trưởng ban Thanh tra nhân dân {c}", anySex},
		},
	},
}

// actors are people whose role a model puts forward.
var actors = []string{
	"đảng viên", "hội viên nông dân", "hội viên phụ nữ", "người có uy tín", "cựu chiến binh",
	"đoàn viên thanh niên", "Ban công tác Mặt trận khu dân cư", "chức sắc, chức việc tôn giáo",
	"già làng, người có uy tín", "cán bộ, công chức", "người cao tuổi",
}

var (
	adverbs = []string{"tích cực", "năng nổ", "tận tụy", "đi đầu", "nhiệt tình", "kiên trì"}
	leads   = []string{"người tiên phong trong", "người đi đầu trong", "người tâm huyết với",
		"người gắn bó với", "người truyền lửa trong"}
)

// Name templates; the slots are described at expandName.
var (
	modelTemplates = []string{
		"Mô hình “Dân vận khéo” {act} {at} {place}",
		"Dân vận khéo trong {area} {at} {place}",
		"Mô hình {slogan} ở {place}",
		"{team} {place}",
		"“Dân vận khéo” {act} tại {place}",
		"Phát huy vai trò của {actor} trong {area} {at} {place}",
		"{Act} {at} {place}",
		"Mô hình {slogan} gắn với {area} tại {place}",
		"Dân vận khéo gắn với {area} tại {place}",
		"Mô hình “Dân vận khéo” của {coll} trong {area}",
		"Xây dựng {teamL} ở {place}",
		"{Actor} chung tay {act} {at} {place}",
	}
	collectiveTemplates = []string{
		"{coll} – điển hình “Dân vận khéo” trong {area}",
		"{coll} {adv} {act}",
		"{coll} với mô hình {slogan}",
		"Tập thể {coll} đi đầu trong {area}",
		"{coll} – điển hình tập thể trong {area}",
		"{coll} làm tốt công tác dân vận trong {area}",
		"{coll} với phong trào {slogan}",
		"{coll} – “Dân vận khéo” trong {area}",
	}
	individualTemplates = []string{
		"{hon} {person} – {role} {adv} {act}",
		"{person}, {roleFull} – điển hình “Dân vận khéo” trong {area}",
		"{hon} {person} ({roleFull}) với mô hình {slogan}",
		"{role} {person} {adv} {act}",
		"{hon} {person} – {roleFull}, {lead} {area}",
		"{hon} {person}, {role} {adv} {act}",
		"{hon} {person} ({roleFull}) – “Dân vận khéo” trong {area}",
	}
)

// ModelName returns a plausible name for an entry. field is an index into
// Fields; kind is "mo_hinh", "dien_hinh_tap_the" or "dien_hinh_ca_nhan";
// place is a place made by Place ("ấp 3, xã Tân Hòa"). For an individual
// exemplar person is the person's name (made by PersonName; a name is drawn
// if it is empty).
func ModelName(r *rand.Rand, field int, kind string, place, person string) string {
	name, _ := modelName(r, field, kind, place, person, 0)
	return name
}

// titleParts is who an entry's title names besides the person: the
// collective (without its commune: "Chi hội Phụ nữ ấp 3") and an
// individual's position as the title gives it ("Trưởng Công an xã Tân Hòa").
type titleParts struct {
	coll, role string
}

// modelName is ModelName that also returns the collective or position
// the title names, so the entry's Person and Position can say the same.
// year, when set, leaves out positions that did not exist that year.
func modelName(r *rand.Rand, field int, kind string, place, person string, year int) (string, titleParts) {
	v := &fieldVocabs[clampField(field)]
	var tpl string
	switch kind {
	case KindCollectiveExemplar:
		tpl = pick(r, collectiveTemplates)
	case KindIndividualExemplar:
		tpl = pick(r, individualTemplates)
		if strings.TrimSpace(person) == "" {
			person, _ = PersonName(r)
		}
	default:
		tpl = pick(r, modelTemplates)
	}
	place = strings.TrimSpace(place)
	if place == "" {
		h, c := randomLocality(r)
		place = h + ", " + c
	}
	var parts titleParts
	name := capFirst(expandName(r, tpl, v, place, strings.TrimSpace(person), year, &parts))
	return name, parts
}

// Runner draws a collective at the place that could run a model of the
// field, e.g. "Chi bộ ấp 3", "Tổ tự quản an ninh trật tự ấp Bàu Sen",
// "Hội Nông dân xã Tân Hòa". Teams are drawn less often: their names are
// specific, and a title that names none may be about something else.
func Runner(r *rand.Rand, field int, place string) string {
	v := &fieldVocabs[clampField(field)]
	hamlet, commune := splitPlace(place)
	if r.IntN(10) < 3 {
		return teamAt(pick(r, v.teams), hamlet, commune)
	}
	return expandRole(r, pick(r, v.colls), hamlet, commune)
}

// teamAt names a team of a hamlet, or of the commune when the place has
// no hamlet.
func teamAt(team, hamlet, commune string) string {
	if hamlet == "" {
		hamlet = commune
	}
	if hamlet == "" {
		return team
	}
	return team + " " + hamlet
}

// roleExisted reports whether a position existed in a year: the districts'
// Party committees and their Ban Dân vận ended in 2025.
func roleExisted(pattern string, year int) bool {
	return year == 0 || year < mergerYear || !strings.Contains(pattern, "Huyện ủy")
}

// expandName fills a template. Slots: {place} the place; {act}/{Act} an
// action; {area} a domain; {slogan} a quoted model name; {team}/{teamL} a
// group (lower-cased first letter in teamL); {actor}/{Actor}; {coll} a
// collective located at the place; {person}, {hon} (Ông/Bà), {role} a
// position, {roleFull} the position with its commune; {adv}; {lead};
// {at} "ở", or "tại" when the text so far already has "ở". The collective
// (a team with its hamlet) and the position drawn go into parts.
func expandName(r *rand.Rand, tpl string, v *fieldVocab, place, person string, year int, parts *titleParts) string {
	hamlet, commune := splitPlace(place)
	female := isFemaleName(person)
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			break
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			break
		}
		b.WriteString(tpl[:i])
		slot := tpl[i+1 : i+j]
		tpl = tpl[i+j+1:]
		switch slot {
		case "place":
			b.WriteString(place)
		case "act":
			b.WriteString(pick(r, v.acts))
		case "Act":
			b.WriteString(capFirst(pick(r, v.acts)))
		case "area":
			b.WriteString(pick(r, v.areas))
		case "slogan":
			b.WriteString(pick(r, v.slogans))
		case "team", "teamL":
			team := pick(r, v.teams)
			parts.coll = teamAt(team, hamlet, commune)
			if slot == "teamL" {
				team = lowerFirst(team)
			}
			b.WriteString(team)
		case "actor":
			b.WriteString(pick(r, actors))
		case "Actor":
			b.WriteString(capFirst(pick(r, actors)))
		case "coll":
			parts.coll = expandRole(r, pick(r, v.colls), hamlet, commune)
			b.WriteString(withCommune(parts.coll, commune))
		case "person":
			b.WriteString(person)
		case "hon":
			if female {
				b.WriteString("Bà")
			} else {
				b.WriteString("Ông")
			}
		case "role", "roleFull":
			var roles []roleSpec
			for _, s := range rolesFor(v.roles, female) {
				if roleExisted(s.pattern, year) {
					roles = append(roles, s)
				}
			}
			role := expandRole(r, roles[r.IntN(len(roles))].pattern, hamlet, commune)
			parts.role = role
			if slot == "roleFull" {
				role = withCommune(role, commune)
			}
			b.WriteString(role)
		case "at":
			if strings.Contains(b.String(), " ở ") {
				b.WriteString("tại")
			} else {
				b.WriteString("ở")
			}
		case "adv":
			b.WriteString(pick(r, adverbs))
		case "lead":
			b.WriteString(pick(r, leads))
		}
	}
	return b.String()
}

// withCommune appends ", commune" to s unless s already names it.
func withCommune(s, commune string) string {
	if commune == "" || strings.Contains(s, bareName(commune)) {
		return s
	}
	return s + ", " + commune
}

// lowerFirst lower-cases the first letter of s unless it starts an
// abbreviation or a proper name ("Ban Thanh tra nhân dân" stays as is).
func lowerFirst(s string) string {
	if strings.HasPrefix(s, "Ban ") {
		return s
	}
	c, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(c)) + s[n:]
}
