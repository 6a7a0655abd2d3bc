package demo

import (
	"fmt"
	"math/rand/v2"
)

// Sentences of the later sections of a form: resources, time frame,
// results, replication and notes.

// resourceFunding says where the money comes from; one is used per form.
var resourceFunding = []gen{
	func(r *rand.Rand) string {
		total := between(r, 10, 300) * 10
		state := total * between(r, 10, 50) / 100
		return fmt.Sprintf("Tổng kinh phí thực hiện %s, trong đó ngân sách nhà nước hỗ trợ %s, nhân dân đóng góp %s cùng %s ngày công lao động.",
			fmtMoney(total), fmtMoney(state), fmtMoney(total-state), fmtInt(between(r, 30, 400)*10))
	},
	lit("Mô hình không sử dụng ngân sách nhà nước; kinh phí hoạt động do hội viên đóng góp và vận động mạnh thường quân hỗ trợ."),
	func(r *rand.Rand) string {
		return fmt.Sprintf("Nguồn vốn vay ủy thác qua Ngân hàng Chính sách xã hội %s, giải ngân cho %d lượt hộ vay.", fmtMoney(between(r, 30, 250)*10), between(r, 15, 120))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("Quỹ hoạt động của mô hình hình thành từ đóng góp của thành viên, bình quân %s đồng/người/tháng.", fmtInt(between(r, 2, 10)*5000))
	},
}

// resourceOther are further resources, compatible with any funding.
var resourceOther = []gen{
	lit("Tận dụng cơ sở vật chất sẵn có tại nhà văn hóa ấp, hệ thống loa truyền thanh và các nhóm mạng xã hội của khu dân cư."),
	lit("Huy động nguồn lực xã hội hóa từ doanh nghiệp, mạnh thường quân và con em địa phương thành đạt ở xa quê."),
	lit("Các ngành chuyên môn hỗ trợ tài liệu tuyên truyền, tập huấn cho lực lượng nòng cốt."),
}

// timeDurations state how long the model runs; one is used per form.
var timeDurations = []gen{
	func(r *rand.Rand) string {
		return fmt.Sprintf("Mô hình được triển khai trong %d tháng, chia làm ba bước: khảo sát, xây dựng kế hoạch; tổ chức thực hiện; sơ kết, đánh giá và nhân rộng.", between(r, 4, 16)*3)
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("Thời gian thực hiện %d năm, gắn với kế hoạch thực hiện phong trào thi đua “Dân vận khéo” của giai đoạn.", between(r, 2, 5))
	},
	lit("Giai đoạn đầu thực hiện thí điểm ở một ấp; sau khi sơ kết, đánh giá hiệu quả sẽ nhân rộng ra toàn xã."),
}

// timeRhythms describe the rhythm of the work.
var timeRhythms = []gen{
	lit("Thực hiện thường xuyên, liên tục; định kỳ hằng quý giao ban, 6 tháng sơ kết, cuối năm tổng kết rút kinh nghiệm."),
	lit("Ban Chỉ đạo theo dõi tiến độ, định kỳ 6 tháng báo cáo kết quả về cấp trên."),
}

var resultsGeneral = []gen{
	lit("Mô hình được nhân dân đồng tình, hưởng ứng; mối quan hệ giữa cấp ủy, chính quyền với nhân dân ngày càng gắn bó."),
	lit("Qua thực hiện mô hình, nhận thức và trách nhiệm của cán bộ, đảng viên trong công tác dân vận được nâng lên rõ rệt."),
	lit("Mô hình góp phần quan trọng vào việc hoàn thành nhiệm vụ chính trị của địa phương."),
}

// fromTo returns two percentages, the first lower than the second.
func fromTo(r *rand.Rand, lo, mid, hi int) (string, string) {
	return pct(r, lo, mid), pct(r, mid+1, hi)
}

var results = [4][]gen{
	{
		func(r *rand.Rand) string {
			return fmt.Sprintf("Qua %d năm thực hiện, đã vận động %d hộ hiến %s m² đất, làm mới %s km đường bê tông; tổng giá trị công trình %s, trong đó nhân dân đóng góp %d%%.",
				between(r, 2, 5), between(r, 40, 260), fmtInt(between(r, 20, 300)*100), fmtDec(between(r, 8, 85)), fmtMoney(between(r, 80, 650)*10), between(r, 40, 85))
		},
		func(r *rand.Rand) string {
			lo, hi := fromTo(r, 2, 25, 90)
			return fmt.Sprintf("Tỷ lệ hộ nghèo giảm từ %s xuống còn %s; thu nhập bình quân đầu người đạt %s triệu đồng/năm.", hi, lo, fmtDec(between(r, 450, 950)))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Đã giúp %d hộ thoát nghèo, %d hộ vươn lên khá giả; %d hội viên được vay vốn với tổng dư nợ %s.",
				between(r, 5, 40), between(r, 3, 30), between(r, 20, 150), fmtMoney(between(r, 50, 600)*10))
		},
		func(r *rand.Rand) string {
			p := between(r, 10, 25)
			return fmt.Sprintf("Tổ hợp tác phát triển lên %d thành viên, canh tác %s ha điều, tiêu theo hướng hữu cơ; giá bán cao hơn thị trường %d–%d%%.",
				between(r, 12, 60), fmtDec(between(r, 100, 1500)), p, p+between(r, 5, 10))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Lắp đặt %d bóng đèn chiếu sáng trên %s km đường liên ấp, kinh phí %s do nhân dân đóng góp.",
				between(r, 40, 350), fmtDec(between(r, 15, 120)), fmtMoney(between(r, 8, 60)*10))
		},
	},
	{
		func(r *rand.Rand) string {
			lo, hi := fromTo(r, 700, 880, 990)
			return fmt.Sprintf("Tỷ lệ người dân tham gia bảo hiểm y tế tăng từ %s lên %s; %d người tham gia bảo hiểm xã hội tự nguyện.", lo, hi, between(r, 15, 180))
		},
		func(r *rand.Rand) string {
			n := between(r, 3, 25)
			return fmt.Sprintf("Xây mới và sửa chữa %d căn nhà cho hộ nghèo, hộ chính sách với tổng trị giá %s.", n, fmtMoney(n*between(r, 6, 9)*10))
		},
		func(r *rand.Rand) string {
			all := between(r, 4, 12)
			return fmt.Sprintf("Có %d%% hộ gia đình đạt danh hiệu “Gia đình văn hóa”; %d/%d ấp, khu phố giữ vững danh hiệu “Khu dân cư văn hóa”.", between(r, 90, 99), all-r.IntN(3), all)
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Mỗi tháng thu gom, xử lý khoảng %s tấn rác thải sinh hoạt; %d hộ tự ủ phân hữu cơ từ rác thải nhà bếp.", fmtDec(between(r, 15, 120)), between(r, 20, 250))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Trao %d suất học bổng, %s bộ sách giáo khoa và %d xe đạp cho học sinh có hoàn cảnh khó khăn, tổng trị giá %s.",
				between(r, 20, 150), fmtInt(between(r, 50, 1200)), between(r, 5, 60), fmtMoney(between(r, 5, 80)*10))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Không có học sinh bỏ học giữa chừng; tỷ lệ trẻ em trong độ tuổi đến trường đạt %s.", pct(r, 985, 1000))
		},
	},
	{
		func(r *rand.Rand) string {
			return fmt.Sprintf("Số vụ phạm pháp hình sự giảm %d%% so với trước khi thực hiện mô hình; không để xảy ra điểm nóng về an ninh trật tự.", between(r, 20, 60))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Nhân dân đã cung cấp %d nguồn tin có giá trị, giúp lực lượng Công an phát hiện, xử lý %d vụ việc vi phạm pháp luật.", between(r, 10, 90), between(r, 3, 30))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Lắp đặt %d camera an ninh tại các tuyến đường, điểm giao cắt, tổng kinh phí %s do nhân dân và doanh nghiệp đóng góp.", between(r, 8, 120), fmtMoney(between(r, 5, 90)*10))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Cảm hóa, giúp đỡ %d người lầm lỗi tái hòa nhập cộng đồng, không có trường hợp tái phạm.", between(r, 3, 25))
		},
		func(r *rand.Rand) string {
			all := between(r, 10, 80)
			ok := all - r.IntN(all/5+1)
			return fmt.Sprintf("Hòa giải thành %d/%d vụ việc mâu thuẫn, tranh chấp ngay tại cơ sở, đạt tỷ lệ %s.", ok, all, fmtDec((ok*1000+all/2)/all)+"%")
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Hằng năm hoàn thành 100%% chỉ tiêu giao quân với %d thanh niên lên đường nhập ngũ, không có trường hợp đào, bỏ ngũ.", between(r, 5, 40))
		},
	},
	{
		func(r *rand.Rand) string {
			return fmt.Sprintf("Kết nạp %d đảng viên mới; chi bộ liên tục được xếp loại hoàn thành tốt nhiệm vụ, có năm hoàn thành xuất sắc nhiệm vụ.", between(r, 2, 15))
		},
		func(r *rand.Rand) string {
			lo, hi := fromTo(r, 50, 400, 950)
			return fmt.Sprintf("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn đạt %s; tỷ lệ hồ sơ nộp trực tuyến tăng từ %s lên %s.", pct(r, 970, 1000), lo, hi)
		},
		func(r *rand.Rand) string {
			all := between(r, 10, 120)
			return fmt.Sprintf("Tổ chức %d buổi đối thoại với %s lượt người dân tham dự; tiếp nhận và giải quyết %d/%d kiến nghị, phản ánh.",
				between(r, 4, 40), fmtInt(between(r, 200, 3500)), all-r.IntN(all/10+1), all)
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Thu hút %d đoàn viên, hội viên mới; tỷ lệ tập hợp đoàn viên, hội viên đạt %s.", between(r, 20, 300), pct(r, 750, 980))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Hướng dẫn %s lượt người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến.", fmtInt(between(r, 300, 6000)))
		},
	},
}

var replications = []gen{
	func(r *rand.Rand) string {
		return fmt.Sprintf("Mô hình đã được nhân rộng ra %d ấp, khu phố trong xã và %d xã lân cận.", between(r, 2, 9), between(r, 1, 6))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("Ban Chỉ đạo phong trào thi đua “Dân vận khéo” cấp trên tổ chức hội nghị chuyên đề giới thiệu cách làm; đến nay có %d đơn vị học tập, áp dụng.", between(r, 3, 25))
	},
	func(r *rand.Rand) string {
		a := between(r, 1, 3)
		b := a + between(r, 2, 12)
		return fmt.Sprintf("Từ %d tổ ban đầu, đến nay đã phát triển lên %d tổ với %s thành viên tham gia.", a, b, fmtInt(b*between(r, 8, 30)))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("Dự kiến trong năm tới tiếp tục nhân rộng ra %d ấp, khu phố có điều kiện tương đồng.", between(r, 2, 8))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("Đã đón %d đoàn tham quan, học tập kinh nghiệm với %d lượt cán bộ, hội viên từ các địa phương khác.", between(r, 2, 15), between(r, 30, 400))
	},
}

var notes = []gen{
	lit("Hồ sơ kèm theo: kế hoạch thực hiện, biên bản họp dân và hình ảnh minh họa."),
	lit("Đơn vị cam kết duy trì mô hình sau khi được công nhận."),
	lit("Đề nghị tiếp tục theo dõi, đánh giá hiệu quả trong năm tiếp theo."),
	lit("Mô hình cần được hỗ trợ thêm kinh phí để duy trì hoạt động."),
	lit("Đã báo cáo kết quả tại hội nghị sơ kết của đơn vị."),
	lit("Số liệu tính đến thời điểm báo cáo."),
	func(r *rand.Rand) string {
		return fmt.Sprintf("Kèm theo %d ảnh minh họa và văn bản xác nhận của cấp ủy cơ sở.", between(r, 3, 12))
	},
}
