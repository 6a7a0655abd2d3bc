package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// gen makes one sentence.
type gen func(r *rand.Rand) string

func lit(s string) gen { return func(*rand.Rand) string { return s } }

// take runs k distinct generators of list, chosen at random.
func take(r *rand.Rand, list []gen, k int) []string {
	if k > len(list) {
		k = len(list)
	}
	perm := r.Perm(len(list))
	out := make([]string, 0, k)
	for _, i := range perm[:k] {
		out = append(out, list[i](r))
	}
	return out
}

// chance reports true with probability percent/100.
func chance(r *rand.Rand, percent int) bool { return r.IntN(100) < percent }

// Paragraph returns 1 to 4 sentences for section s of a registration form
// about a model in the given field, in formal administrative Vietnamese.
// Results and Replication always contain figures drawn from r. An unknown
// section gives "".
func Paragraph(r *rand.Rand, s Section, field int) string {
	f := clampField(field)
	var out []string
	switch s {
	case Situation:
		out = append(take(r, situations[f], between(r, 1, 2)), take(r, situationClosers, 1)...)
	case Objectives:
		out = take(r, objectives[f], between(r, 1, 2))
		if chance(r, 50) {
			out = append(out, take(r, objectiveCriteria, 1)...)
		}
	case Method:
		out = append(take(r, methodsGeneral, between(r, 1, 2)), take(r, methods[f], 1)...)
	case Scope:
		out = take(r, scopes, 1)
		if chance(r, 60) {
			out = append(out, "Đối tượng: cán bộ, đảng viên, hội viên các đoàn thể và nhân dân trên địa bàn, trọng tâm là "+pick(r, targets[f])+".")
		}
	case Forces:
		out = take(r, forcesGeneral, 1)
		out = append(out, take(r, forces[f], r.IntN(2))...)
	case Resources:
		out = take(r, resourceFunding, 1)
		if chance(r, 50) {
			out = append(out, take(r, resourceOther, 1)...)
		}
	case TimeFrame:
		out = take(r, timeDurations, 1)
		if chance(r, 50) {
			out = append(out, take(r, timeRhythms, 1)...)
		}
	case Results:
		out = take(r, results[f], between(r, 2, 3))
		if chance(r, 40) {
			out = append(out, take(r, resultsGeneral, 1)...)
		}
	case Replication:
		out = take(r, replications, between(r, 1, 2))
		if chance(r, 30) {
			out = append(out, "Mô hình có cách làm đơn giản, ít tốn kém, phù hợp để nhân rộng ở các địa bàn có điều kiện tương đồng.")
		}
	case Notes:
		out = take(r, notes, 1)
	}
	return strings.Join(out, " ")
}

var situationClosers = []gen{
	lit("Xuất phát từ thực tế đó, cấp ủy đã chỉ đạo xây dựng mô hình “Dân vận khéo” nhằm phát huy sức mạnh của cả hệ thống chính trị và sự đồng thuận của nhân dân."),
	lit("Trước tình hình đó, đơn vị đăng ký xây dựng mô hình để tập trung giải quyết những vấn đề bức xúc, được nhân dân quan tâm."),
	lit("Việc xây dựng mô hình là cần thiết, đáp ứng nguyện vọng chính đáng của nhân dân và yêu cầu nhiệm vụ chính trị của địa phương."),
	lit("Thực hiện kế hoạch của Ban Thường vụ Tỉnh ủy về phong trào thi đua “Dân vận khéo”, cấp ủy đã lựa chọn nội dung này để xây dựng mô hình."),
}

var situations = [4][]gen{
	{
		lit("Trước khi triển khai mô hình, phần lớn đường giao thông trên địa bàn là đường đất, mùa mưa lầy lội, đi lại khó khăn, ảnh hưởng lớn đến sản xuất và vận chuyển nông sản của nhân dân."),
		func(r *rand.Rand) string {
			h := between(r, 300, 1200)
			return fmt.Sprintf("Địa bàn có %s hộ với %s nhân khẩu, trong đó %d hộ nghèo và %d hộ cận nghèo; người dân chủ yếu sống bằng nghề trồng điều, cao su và làm thuê theo mùa vụ nên thu nhập không ổn định.",
				fmtInt(h), fmtInt(h*between(r, 35, 45)/10), between(r, 8, 45), between(r, 10, 50))
		},
		lit("Sản xuất nông nghiệp còn manh mún, nhỏ lẻ; người dân chủ yếu canh tác theo kinh nghiệm, chưa mạnh dạn ứng dụng tiến bộ khoa học kỹ thuật, giá cả nông sản bấp bênh."),
		lit("Một bộ phận nhân dân còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước, chưa chủ động vươn lên thoát nghèo."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, xã còn %d tiêu chí chưa đạt, trong đó tiêu chí giao thông, thu nhập và hộ nghèo là những tiêu chí khó thực hiện.", between(r, 3, 8))
		},
		lit("Việc vận động nhân dân hiến đất, góp công làm đường gặp nhiều khó khăn do giá trị đất ngày càng tăng, một số hộ còn e ngại, chưa đồng thuận."),
	},
	{
		lit("Trên địa bàn còn tình trạng vứt rác thải sinh hoạt, xác động vật ra đường, kênh mương, gây ô nhiễm môi trường và mất mỹ quan khu dân cư."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Tỷ lệ người dân tham gia bảo hiểm y tế mới đạt %s, thấp hơn bình quân chung của tỉnh, nhất là ở các hộ làm nông nghiệp, lao động tự do và đồng bào dân tộc thiểu số.", pct(r, 620, 850))
		},
		lit("Một số hộ đồng bào dân tộc thiểu số còn khó khăn về nhà ở; con em có nguy cơ bỏ học giữa chừng để phụ giúp gia đình."),
		lit("Việc tổ chức cưới, tang ở một số nơi còn rườm rà, tốn kém; một số phong tục, tập quán lạc hậu chưa được xóa bỏ triệt để."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Trên địa bàn có %d gia đình chính sách, %d người cao tuổi neo đơn và nhiều hộ có hoàn cảnh khó khăn, cần sự quan tâm, chăm lo thường xuyên của cộng đồng.", between(r, 12, 90), between(r, 5, 40))
		},
		lit("Phong trào văn hóa, văn nghệ ở khu dân cư chưa được duy trì thường xuyên; một số nét văn hóa truyền thống của đồng bào có nguy cơ mai một."),
	},
	{
		lit("Địa bàn có nhiều doanh nghiệp, cơ sở sản xuất, số lao động từ nơi khác đến tạm trú đông nên tình hình an ninh trật tự tiềm ẩn nhiều yếu tố phức tạp."),
		lit("Tình trạng trộm cắp tài sản, nhất là trộm hạt điều, mủ cao su, gia súc vẫn còn xảy ra; tệ nạn cờ bạc, ma túy có chiều hướng gia tăng."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Xã có %s km đường biên giới giáp Vương quốc Campuchia; nhân dân hai bên biên giới có quan hệ thân tộc, qua lại thăm thân thường xuyên, tiềm ẩn nguy cơ xuất, nhập cảnh trái phép.", fmtDec(between(r, 80, 260)))
		},
		lit("Tình trạng lừa đảo chiếm đoạt tài sản qua không gian mạng, cho vay nặng lãi diễn biến phức tạp; nhiều người dân, nhất là người cao tuổi, đã bị thiệt hại."),
		lit("Tai nạn giao thông trên các tuyến đường liên xã vẫn còn xảy ra; ý thức chấp hành pháp luật về trật tự an toàn giao thông của một bộ phận người dân, nhất là thanh thiếu niên, chưa cao."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Trong năm trước khi xây dựng mô hình, trên địa bàn xảy ra %d vụ phạm pháp hình sự và %d vụ việc vi phạm pháp luật về ma túy.", between(r, 6, 35), between(r, 2, 15))
		},
	},
	{
		lit("Chất lượng sinh hoạt chi bộ có lúc còn hình thức, nội dung chưa phong phú; tỷ lệ đảng viên tham gia sinh hoạt chưa cao."),
		lit("Việc giải quyết thủ tục hành chính cho người dân có lúc còn chậm; một số cán bộ, công chức chưa thật sự gần dân, sát dân, lắng nghe dân."),
		lit("Công tác phát triển đảng viên ở khu dân cư gặp nhiều khó khăn do thanh niên đi làm ăn xa; nguồn cán bộ kế cận ở cơ sở còn thiếu."),
		lit("Một số kiến nghị, phản ánh của nhân dân chậm được xem xét, giải quyết, ảnh hưởng đến niềm tin của nhân dân đối với cấp ủy, chính quyền."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Tỷ lệ tập hợp đoàn viên, hội viên ở khu dân cư mới đạt %s; hoạt động của một số chi hội còn đơn điệu, chưa thu hút được quần chúng.", pct(r, 450, 700))
		},
		lit("Người dân, nhất là người cao tuổi, còn gặp khó khăn khi thực hiện thủ tục hành chính trên môi trường điện tử."),
	},
}

var objectiveCriteria = []gen{
	lit("Tiêu chí đánh giá: mô hình được đa số nhân dân đồng tình, ủng hộ; có kết quả cụ thể, đo đếm được; có khả năng duy trì và nhân rộng."),
	lit("Mô hình phải xuất phát từ nhu cầu thực tế, có địa chỉ cụ thể, phát huy được vai trò chủ thể của nhân dân."),
	lit("Tạo sự chuyển biến rõ nét trong nhận thức và hành động của cán bộ, đảng viên và nhân dân."),
}

var objectives = [4][]gen{
	{
		lit("Phấn đấu đến cuối giai đoạn, 100% tuyến đường trục ấp, liên ấp được cứng hóa, không còn đường lầy lội vào mùa mưa."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới %s; thu nhập bình quân đầu người tăng từ %d%%/năm trở lên.", pct(r, 5, 30), between(r, 8, 15))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Hình thành ít nhất %d tổ hợp tác, liên kết sản xuất theo chuỗi giá trị; có %d sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.", between(r, 2, 5), between(r, 1, 3))
		},
		lit("Góp phần hoàn thành các tiêu chí xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu của xã."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Vận động %d hộ dân tham gia, trong đó ít nhất %d%% số hộ hiến đất, đóng góp kinh phí hoặc ngày công.", between(r, 40, 300), between(r, 60, 90))
		},
	},
	{
		lit("Phấn đấu 100% hộ gia đình phân loại rác thải tại nguồn; các tuyến đường trong ấp luôn xanh – sạch – đẹp."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên %d%%; không có trẻ em trong độ tuổi đi học bỏ học.", between(r, 92, 97))
		},
		lit("Không còn hộ gia đình chính sách, hộ nghèo ở nhà tạm, nhà dột nát."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Trên %d%% hộ gia đình đạt danh hiệu “Gia đình văn hóa”; ấp giữ vững danh hiệu “Khu dân cư văn hóa”.", between(r, 90, 98))
		},
		lit("Giữ gìn, phát huy các giá trị văn hóa truyền thống tốt đẹp; xây dựng nếp sống văn minh ở khu dân cư."),
	},
	{
		func(r *rand.Rand) string {
			return fmt.Sprintf("Kéo giảm ít nhất %d%% số vụ phạm pháp hình sự so với trước khi thực hiện mô hình; không để xảy ra điểm nóng về an ninh trật tự.", between(r, 20, 40))
		},
		lit("100% hộ gia đình ký cam kết không vi phạm pháp luật, không mắc tệ nạn xã hội."),
		lit("Hằng năm hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ."),
		lit("Xây dựng khu dân cư an toàn về an ninh trật tự, góp phần giữ vững chủ quyền, an ninh biên giới."),
		lit("Nâng cao ý thức cảnh giác, tinh thần tự phòng, tự quản, tự bảo vệ của nhân dân."),
	},
	{
		lit("100% chi bộ sinh hoạt đúng định kỳ; mỗi quý có ít nhất một buổi sinh hoạt chuyên đề."),
		func(r *rand.Rand) string {
			return fmt.Sprintf("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn đạt trên %d%%; không để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho người dân.", between(r, 95, 99))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Hằng năm kết nạp ít nhất %d đảng viên mới; chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.", between(r, 2, 6))
		},
		lit("Nâng cao mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước."),
		lit("Kiến nghị, phản ánh của nhân dân được tiếp nhận, giải quyết kịp thời, đúng quy định."),
	},
}

var methodsGeneral = []gen{
	lit("Cấp ủy ban hành kế hoạch, phân công đảng viên phụ trách từng nhóm hộ; tổ chức họp dân để công khai chủ trương, bàn bạc dân chủ và thống nhất cách làm."),
	lit("Thực hiện phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”; mọi khoản đóng góp đều được công khai tại nhà văn hóa ấp."),
	lit("Cán bộ, đảng viên gương mẫu đi đầu, trực tiếp đến từng hộ gia đình để gặp gỡ, thuyết phục; lựa chọn những hộ có uy tín thực hiện trước để tạo sức lan tỏa."),
	lit("Tuyên truyền qua hệ thống loa truyền thanh, nhóm Zalo của ấp và lồng ghép trong sinh hoạt chi bộ, chi hội."),
	lit("Định kỳ hằng quý, Ban Chỉ đạo kiểm tra, đánh giá, kịp thời tháo gỡ khó khăn, vướng mắc; biểu dương những tập thể, cá nhân tiêu biểu."),
}

var methods = [4][]gen{
	{
		lit("Tổ chức tập huấn kỹ thuật, tham quan các mô hình sản xuất hiệu quả; phối hợp với Ngân hàng Chính sách xã hội hỗ trợ vốn vay cho hội viên."),
		lit("Vận động hộ có đất hiến đất, hộ có điều kiện đóng góp kinh phí, hộ khó khăn đóng góp ngày công; Nhà nước hỗ trợ xi măng, cát, đá theo cơ chế đặc thù."),
		lit("Liên kết với doanh nghiệp để bao tiêu sản phẩm, ký hợp đồng tiêu thụ ổn định, giúp người dân yên tâm sản xuất."),
		lit("Mỗi đảng viên, hội viên khá giả nhận giúp đỡ ít nhất một hộ nghèo về vốn, giống, kinh nghiệm sản xuất."),
	},
	{
		lit("Thành lập tổ thu gom rác, phát động ngày Chủ nhật xanh hằng tháng; hướng dẫn các hộ phân loại rác hữu cơ để ủ phân bón cây trồng."),
		lit("Khảo sát, lập danh sách các hộ có hoàn cảnh khó khăn; vận động mạnh thường quân, con em xa quê đóng góp giúp đỡ."),
		lit("Phối hợp với ngành y tế, bảo hiểm xã hội tuyên truyền đến từng hộ gia đình; vận động hỗ trợ một phần kinh phí mua thẻ bảo hiểm y tế cho hộ cận nghèo."),
		lit("Duy trì sinh hoạt câu lạc bộ văn nghệ, cồng chiêng vào các dịp lễ, Tết; truyền dạy cho lớp trẻ các làn điệu dân ca của đồng bào."),
	},
	{
		lit("Thành lập tổ tự quản, phân công thành viên tuần tra vào ban đêm và các dịp cao điểm; kịp thời nắm tình hình, báo cáo lực lượng Công an."),
		lit("Vận động nhân dân đóng góp lắp đặt camera an ninh tại các tuyến đường, ngã ba, ngã tư; kết nối với trụ sở Công an xã để theo dõi."),
		lit("Lập nhóm Zalo “An ninh khu dân cư” để tiếp nhận tin báo, tuyên truyền phương thức, thủ đoạn của tội phạm."),
		lit("Giao người lầm lỗi cho gia đình, đoàn thể và người có uy tín giúp đỡ; tạo điều kiện cho họ vay vốn, học nghề, tìm việc làm."),
	},
	{
		lit("Đổi mới nội dung sinh hoạt chi bộ, gắn với những việc cụ thể ở khu dân cư; mỗi đảng viên đăng ký một việc làm theo gương Bác."),
		lit("Duy trì tiếp công dân định kỳ, đối thoại trực tiếp với nhân dân; những kiến nghị chính đáng được giải quyết dứt điểm, công khai kết quả."),
		lit("Niêm yết công khai thủ tục hành chính; phân công công chức, đoàn viên thanh niên hướng dẫn người dân nộp hồ sơ trực tuyến."),
		lit("Phân công đảng viên phụ trách nhóm hộ, nắm tình hình tư tưởng, tâm tư, nguyện vọng của nhân dân để báo cáo chi bộ."),
	},
}

var scopes = []gen{
	func(r *rand.Rand) string {
		h := between(r, 60, 900)
		return fmt.Sprintf("Mô hình được triển khai trên địa bàn %d ấp, khu phố với %s hộ gia đình, %s nhân khẩu tham gia.", between(r, 1, 8), fmtInt(h), fmtInt(h*between(r, 35, 45)/10))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("Phạm vi thực hiện trên toàn địa bàn xã, tập trung ở %d ấp có nhiều khó khăn.", between(r, 2, 5))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("Mô hình thực hiện thí điểm tại một ấp với %d hộ tham gia, sau đó mở rộng ra các ấp lân cận.", between(r, 30, 200))
	},
}

var targets = [4][]string{
	{"hộ nghèo, hộ cận nghèo và hộ sản xuất nông nghiệp", "các hộ có đất nằm trong phạm vi mở rộng đường",
		"hội viên nông dân, hội viên phụ nữ có nhu cầu vay vốn phát triển sản xuất"},
	{"hộ gia đình chính sách, hộ đồng bào dân tộc thiểu số", "học sinh có hoàn cảnh khó khăn",
		"người cao tuổi neo đơn, trẻ em có hoàn cảnh đặc biệt"},
	{"thanh thiếu niên, người lao động tạm trú", "người chấp hành xong án phạt tù trở về địa phương",
		"hộ dân sinh sống dọc tuyến biên giới"},
	{"cán bộ, công chức và người dân đến liên hệ công việc", "đảng viên, quần chúng ưu tú ở khu dân cư",
		"đoàn viên, hội viên và cử tri trên địa bàn"},
}

var forcesGeneral = []gen{
	lit("Cấp ủy giữ vai trò lãnh đạo; chính quyền quản lý, hỗ trợ; Mặt trận Tổ quốc và các đoàn thể chủ trì vận động; nhân dân là chủ thể thực hiện."),
	func(r *rand.Rand) string {
		return fmt.Sprintf("Lực lượng nòng cốt gồm %d thành viên: Bí thư Chi bộ, Trưởng ấp, Trưởng ban công tác Mặt trận, chi hội trưởng các đoàn thể và %d đảng viên.", between(r, 7, 15), between(r, 5, 25))
	},
	lit("Ban Chỉ đạo phong trào thi đua “Dân vận khéo” của xã theo dõi, hướng dẫn; các ban, ngành cấp trên hỗ trợ về chuyên môn."),
	lit("Người có uy tín, chức sắc tôn giáo và các hộ tiêu biểu tham gia tuyên truyền, vận động, tạo sự đồng thuận trong nhân dân."),
}

var forces = [4][]gen{
	{
		lit("Hội Nông dân phối hợp với Trạm Khuyến nông hướng dẫn kỹ thuật; Hội Liên hiệp Phụ nữ vận động hội viên tham gia tổ tiết kiệm và vay vốn."),
		lit("Hợp tác xã và doanh nghiệp liên kết bao tiêu sản phẩm, hỗ trợ giống, vật tư theo hình thức trả chậm."),
	},
	{
		lit("Đoàn Thanh niên làm nòng cốt trong các hoạt động tình nguyện; Hội Liên hiệp Phụ nữ vận động hội viên giữ gìn vệ sinh môi trường."),
		lit("Trạm Y tế, nhà trường phối hợp tuyên truyền, vận động; mạnh thường quân hỗ trợ kinh phí, hiện vật."),
	},
	{
		lit("Công an xã giữ vai trò nòng cốt, phối hợp chặt chẽ với Ban Chỉ huy Quân sự xã và Đồn Biên phòng; Hội Cựu chiến binh tham gia tuần tra, tuyên truyền."),
		lit("Tổ tự quản, tổ an ninh nhân dân và đội dân phòng là lực lượng trực tiếp tham gia giữ gìn an ninh trật tự ở khu dân cư."),
	},
	{
		lit("Bí thư Chi bộ trực tiếp chỉ đạo; Ủy ban MTTQ Việt Nam xã và Ban Thanh tra nhân dân giám sát việc thực hiện."),
		lit("Công chức Bộ phận tiếp nhận và trả kết quả, Tổ công nghệ số cộng đồng và đoàn viên thanh niên trực tiếp hỗ trợ người dân."),
	},
}
