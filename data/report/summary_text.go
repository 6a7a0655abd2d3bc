package report

import (
	"context"
	"regexp"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// SummaryPlaceholder is a word in braces that Summary replaces with a
// figure of the archive; the screen lists them beside the editor.
type SummaryPlaceholder struct {
	Name    string // "{tong_so}"
	Meaning string // in Vietnamese
}

// SummaryPlaceholders are the placeholders of the narrative. The last four
// are table markers: written alone on a line, they place that table there.
var SummaryPlaceholders = []SummaryPlaceholder{
	{"{tong_so}", "tổng số mô hình, điển hình đăng ký trong kỳ báo cáo"},
	{"{mo_hinh}", "số mô hình"},
	{"{dien_hinh_tap_the}", "số điển hình tập thể"},
	{"{dien_hinh_ca_nhan}", "số điển hình cá nhân"},
	{"{dien_hinh}", "số điển hình (tập thể và cá nhân)"},
	{"{theo_linh_vuc}", "số lượng theo từng lĩnh vực: “kinh tế 665; văn hóa – xã hội 589; …”"},
	{"{cong_nhan}", "số lượt được công nhận (kể cả tiêu biểu)"},
	{"{tieu_bieu}", "số lượt được công nhận tiêu biểu"},
	{"{khong_cong_nhan}", "số lượt không được công nhận"},
	{"{loai_bo}", "số lượt bị loại bỏ"},
	{"{khen_thuong}", "số lượt đã được khen thưởng"},
	{"{bang_khen}", "số Bằng khen đã được tặng"},
	{"{giay_khen}", "số Giấy khen đã được tặng"},
	{"{de_nghi}", "số trường hợp đang đề nghị khen thưởng"},
	{"{nam}", "năm báo cáo (báo cáo cả giai đoạn: năm ban hành)"},
	{"{giai_doan}", "giai đoạn, ví dụ 2021–2025"},
	{"{ky_bao_cao}", "“năm 2025” hoặc “giai đoạn 2021–2025”"},
	{"{ke_hoach}", "kế hoạch của giai đoạn (trong danh mục Giai đoạn)"},
	{"{tinh}", "tên tỉnh, lấy từ cơ quan cấp trên trong Cài đặt"},
	{"{pham_vi}", "“toàn tỉnh” hoặc tên đơn vị được chọn"},
	{"{bang_don_vi}", "dòng riêng: bảng số lượng theo đơn vị và lĩnh vực"},
	{"{bang_loai}", "dòng riêng: bảng số lượng theo loại"},
	{"{bang_cong_nhan}", "dòng riêng: bảng công nhận theo năm và cấp"},
	{"{bang_khen_thuong}", "dòng riêng: bảng khen thưởng theo hình thức và năm"},
}

// summaryTables are the table markers in the order tables not placed by
// the narrative are printed after it.
var summaryTables = []string{"bang_don_vi", "bang_loai", "bang_cong_nhan", "bang_khen_thuong"}

// defaultSummaryNarrative is the report's text until the office writes its
// own: the sections a Party report on the movement has, in the office's
// words, with the figures left to the placeholders.
const defaultSummaryNarrative = `Thực hiện {ke_hoach} về thực hiện phong trào thi đua “Dân vận khéo” giai đoạn {giai_doan}, Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” {ky_bao_cao} như sau:
I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN
Phong trào thi đua “Dân vận khéo” được các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị – xã hội quan tâm lãnh đạo, chỉ đạo, triển khai nghiêm túc, sâu rộng. Các cấp ủy, tổ chức đảng đã xây dựng kế hoạch, kiện toàn Ban Chỉ đạo phong trào thi đua “Dân vận khéo” các cấp; thường xuyên tổ chức quán triệt, tuyên truyền, triển khai phong trào đến cán bộ, đảng viên và các tầng lớp nhân dân.
Chính quyền các cấp quan tâm chỉ đạo thực hiện phong trào trong các cơ quan nhà nước và đội ngũ cán bộ, công chức, viên chức; phân công lãnh đạo phụ trách công tác dân vận; chú trọng thực hiện quy chế phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội.
II. KẾT QUẢ THỰC HIỆN
1. Xây dựng, đăng ký mô hình, điển hình
Trong {ky_bao_cao}, {pham_vi} đã đăng ký xây dựng {tong_so} mô hình, điển hình “Dân vận khéo”, trong đó có {mo_hinh} mô hình, {dien_hinh_tap_the} điển hình tập thể và {dien_hinh_ca_nhan} điển hình cá nhân. Phân theo lĩnh vực: {theo_linh_vuc}. Số lượng cụ thể như sau:
{bang_don_vi}
{bang_loai}
2. Công nhận, nhân rộng
Hằng năm, cấp ủy và Ban Chỉ đạo phong trào các cấp tổ chức đánh giá, công nhận mô hình, điển hình theo tiêu chí; mô hình còn hiệu quả tiếp tục được công nhận, mô hình không còn hiệu quả được đưa ra khỏi danh sách. Trong {ky_bao_cao}, có {cong_nhan} lượt mô hình, điển hình được công nhận, trong đó {tieu_bieu} lượt được công nhận tiêu biểu; {loai_bo} lượt mô hình, điển hình bị loại bỏ do không còn hiệu quả. Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng ra các địa phương, cơ quan, đơn vị.
{bang_cong_nhan}
3. Khen thưởng
Công tác khen thưởng được quan tâm, kịp thời động viên các tập thể, cá nhân có thành tích tiêu biểu trong phong trào. Trong {ky_bao_cao}, có {khen_thuong} lượt tập thể, cá nhân được khen thưởng, trong đó {bang_khen} Bằng khen và {giay_khen} Giấy khen; {de_nghi} trường hợp đang được đề nghị cấp có thẩm quyền xem xét, khen thưởng.
{bang_khen_thuong}
III. ĐÁNH GIÁ CHUNG
1. Ưu điểm
Phong trào thi đua “Dân vận khéo” ngày càng lan tỏa, đi vào cuộc sống, có địa chỉ và cách làm cụ thể, thiết thực. Các mô hình, điển hình “Dân vận khéo” đã tạo hiệu ứng xã hội tích cực, góp phần đổi mới, nâng cao hiệu quả công tác dân vận, thực hiện tốt các mục tiêu phát triển kinh tế – xã hội, giữ vững quốc phòng – an ninh và xây dựng hệ thống chính trị vững mạnh. Nhận thức của cán bộ, đảng viên, công chức, viên chức, lực lượng vũ trang về vị trí, vai trò của công tác dân vận có chuyển biến rõ nét; phong cách gần dân, trọng dân, vì dân được phát huy.
2. Hạn chế
Việc triển khai phong trào ở một số nơi chưa thường xuyên, còn hình thức; một số mô hình chưa bền vững, khả năng nhân rộng chưa cao; việc đánh giá, công nhận và tuyên truyền, biểu dương các điển hình ở một số đơn vị chưa kịp thời.
IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
- Tiếp tục quán triệt, nâng cao nhận thức của cấp ủy, chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị – xã hội, cán bộ, đảng viên và nhân dân về công tác dân vận và phong trào thi đua “Dân vận khéo”; phát huy vai trò của người đứng đầu trong thực hiện phong trào.
- Việc xây dựng, nhân rộng mô hình, điển hình phải hướng vào các nhiệm vụ chính trị trọng tâm, tập trung vào những việc mới, việc khó, giải quyết những vấn đề bức thiết của địa phương, đơn vị, đem lại lợi ích thiết thực cho nhân dân.
- Thường xuyên theo dõi, đánh giá, công nhận và nhân rộng các mô hình, điển hình hiệu quả; kịp thời biểu dương, khen thưởng tập thể, cá nhân tiêu biểu; gắn phong trào thi đua “Dân vận khéo” với các phong trào thi đua yêu nước và các cuộc vận động ở địa phương, đơn vị.
Trên đây là báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” {ky_bao_cao} trên địa bàn tỉnh {tinh}.`

// DefaultSummaryNarrative returns the text the report starts from, which
// "Khôi phục mẫu" brings back.
func DefaultSummaryNarrative() string { return defaultSummaryNarrative }

// SummaryNarrativeKey is where the narrative of a phase (0: every phase)
// and a year (0: the whole phase) is kept, so each report keeps its text.
func SummaryNarrativeKey(phaseID int64, year int) string {
	return "report.summary." + strconv.FormatInt(phaseID, 10) + "." + strconv.Itoa(year)
}

// SummaryNarrative returns the narrative saved for the phase and year, or
// the default text when none was saved.
func SummaryNarrative(ctx context.Context, a *data.Archive, phaseID int64, year int) (string, error) {
	s, err := a.DocSetting(ctx, SummaryNarrativeKey(phaseID, year))
	if err != nil || strings.TrimSpace(s) != "" {
		return s, err
	}
	return defaultSummaryNarrative, nil
}

// SaveSummaryNarrative keeps the narrative of the phase and year in the
// archive, so every computer prints the same text. The default text is
// stored as nothing, so a report left on the default follows the program's
// improved template.
func SaveSummaryNarrative(ctx context.Context, a *data.Archive, phaseID int64, year int, text string) error {
	text = vntext.CleanText(text)
	if text == vntext.CleanText(defaultSummaryNarrative) {
		text = ""
	}
	return a.SaveDocSetting(ctx, SummaryNarrativeKey(phaseID, year), text)
}

// summaryPlaceholderRe matches a placeholder: a lower-case ASCII name in braces.
var summaryPlaceholderRe = regexp.MustCompile(`\{[a-z0-9_]+\}`)

// summaryFill replaces the known placeholders; an unknown one, or one
// without a value (a phase with no plan), stays as typed so the person sees
// the mistake on the proof.
func summaryFill(s string, values map[string]string) string {
	return summaryPlaceholderRe.ReplaceAllStringFunc(s, func(m string) string {
		if v := values[m[1:len(m)-1]]; v != "" {
			return v
		}
		return m
	})
}

// summaryHeadingRe matches a section heading: "II. KẾT QUẢ…" or "1. Xây dựng…".
var summaryHeadingRe = regexp.MustCompile(`^([IVXL]+|[0-9]{1,2})\.\s`)

// summaryWriter lays out the narrative and numbers the tables in the order
// they appear.
type summaryWriter struct {
	b      *builder
	d      *summaryData
	tables int
	placed map[string]bool
}

// narrative lays out the text line by line: a heading bold, kept with the
// headings right after it and the start of what follows; a table marker
// alone on a line places its table; any other line is a body paragraph.
func (w *summaryWriter) narrative(ctx context.Context, text string) error {
	b, s := w.b, w.b.spec
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	body := para{size: s.Body, align: Justify, indent: s.Indent, after: s.ParaSpace}
	head := body
	head.style, head.role = Style{Bold: true}, RoleHeading
	for i, line := range lines {
		if err := ctx.Err(); err != nil {
			return err
		}
		if name := strings.Trim(line, "{}"); line == "{"+name+"}" && w.isTable(name) {
			w.table(name)
			continue
		}
		line = summaryFill(line, w.d.values)
		if !summaryHeadingRe.MatchString(line) {
			b.paragraph(line, body)
			continue
		}
		heads, next := 0.0, s.SummaryKeepLines*s.lineH(s.Body)
		for _, h := range lines[i:] {
			if name := strings.Trim(h, "{}"); h == "{"+name+"}" && w.isTable(name) {
				next = w.tableStart(name) // a heading right above a table stays with it
				break
			}
			if !summaryHeadingRe.MatchString(h) {
				break
			}
			n := len(b.wrap(summaryFill(h, w.d.values), s.Body, head.style, b.width()-s.Indent, b.width()))
			heads += float64(n)*s.lineH(s.Body) + s.ParaSpace
		}
		b.ensure(heads + next)
		b.paragraph(line, head)
	}
	return nil
}

// isTable reports whether name is a table marker not placed yet; a second
// marker of the same table is left as text.
func (w *summaryWriter) isTable(name string) bool {
	for _, t := range summaryTables {
		if t == name {
			return !w.placed[name]
		}
	}
	return false
}
