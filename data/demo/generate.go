package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/danvankheo/danvankheo/data"
)

// GeneratorVersion changes whenever Generate would write a different
// archive for the same options, so cached benchmark archives are remade.
const GeneratorVersion = 4

// SeedEntries is the number of models and exemplars the seed province
// registered in 2016–2020.
const SeedEntries = 1045

// LaterEntries is how many the demo province registered in 2021–2025. The
// seed gives no figure for that phase: about three quarters of the first
// phase's is plausible, as most units kept their earlier models (recognised
// again each year) and registered fewer new ones.
const LaterEntries = 760

// DefaultEntries is the size of the default demo archive: both phases.
const DefaultEntries = SeedEntries + LaterEntries

// Options control Generate.
type Options struct {
	// Entries is the number of entries of both phases; 0 means
	// DefaultEntries.
	Entries int
	// Phase1 is how many of them are registered in 2016–2020, the first
	// ones written; the rest are registered in 2021–2025. 0 means
	// min(Entries, SeedEntries), so the default archive has the seed's
	// 1,045 and LaterEntries, and an archive of 1,045 entries is the
	// seed's first phase alone; a negative value puts all in 2021–2025.
	Phase1   int
	Seed     uint64 // 0 means 1; equal seeds give equal archives
	Progress func(done, total int)
}

// phase1 returns how many entries are registered in 2016–2020.
func (o Options) phase1() int {
	switch {
	case o.Phase1 < 0:
		return 0
	case o.Phase1 == 0:
		return min(o.Entries, SeedEntries)
	}
	return min(o.Phase1, o.Entries)
}

// Summary counts what Generate wrote.
type Summary struct {
	Units, Entries, Recognitions, Evaluations, Commendations int
}

// unitKindLabels names the vocabulary's unit kinds in the catalogue.
var unitKindLabels = map[string]string{
	UnitProvince:   "Cơ quan Tỉnh ủy",
	UnitDepartment: "Sở, ngành",
	UnitFront:      "MTTQ, đoàn thể",
	UnitDistrict:   "Huyện, thị, thành ủy",
	UnitCommune:    "Đảng ủy xã, phường, thị trấn",
	UnitArmed:      "Lực lượng vũ trang",
	UnitOther:      "Khác",
}

// world is the catalogue the entries refer to, as stored.
type world struct {
	phases  [2]*data.Phase
	sets    [2]*data.CriteriaSet
	fields  []*data.Field
	levels  []*data.Level // cơ sở, huyện, tỉnh
	forms   awardForms
	units   []*unitRef
	phase1  int // entries 0 to phase1-1 are registered in 2016–2020
	summary Summary
}

type unitRef struct {
	spec UnitSpec
	unit *data.Unit
}

// Generate fills an empty archive with the demo province: its settings,
// units before and after the 2025 reorganisation, two phases with their
// criteria sets, and entries with recognitions, evaluations and
// commendations over 2016–2025. Entries are written in transactions of a
// thousand, each all or nothing.
func Generate(ctx context.Context, a *data.Archive, o Options) (*Summary, error) {
	if o.Entries <= 0 {
		o.Entries = DefaultEntries
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if err := writeSettings(ctx, a); err != nil {
		return nil, err
	}
	w := &world{phase1: o.phase1()}
	var err error
	if w.fields, err = a.Fields(ctx); err != nil {
		return nil, err
	}
	if w.levels, err = a.Levels(ctx); err != nil {
		return nil, err
	}
	forms, err := a.AwardForms(ctx)
	if err != nil {
		return nil, err
	}
	if len(w.fields) < len(Fields) || len(w.levels) < 3 || !w.pickForms(forms) {
		return nil, &data.Error{Code: data.EInvalid, Message: "Kho không còn đủ danh mục mặc định để tạo dữ liệu mẫu; hãy dùng một kho mới."}
	}
	err = a.Batch(ctx, "import", "Tạo danh mục của tỉnh mẫu "+ProvinceName, func(b *data.Batch) error {
		return w.build(b)
	})
	if err != nil {
		return nil, err
	}
	if err := w.saveSigners(ctx, a); err != nil {
		return nil, err
	}
	const chunk = 1000
	for start := 0; start < o.Entries; start += chunk {
		end := min(start+chunk, o.Entries)
		var part Summary
		err := a.Batch(ctx, "import", fmt.Sprintf("Tạo dữ liệu mẫu: mô hình %d–%d", start+1, end), func(b *data.Batch) error {
			part = Summary{}
			r := rand.New(rand.NewPCG(o.Seed, uint64(start)))
			for i := start; i < end; i++ {
				if err := ctx.Err(); err != nil {
					return err
				}
				if err := w.entry(b, r, i, &part); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		w.summary.Entries += part.Entries
		w.summary.Recognitions += part.Recognitions
		w.summary.Evaluations += part.Evaluations
		w.summary.Commendations += part.Commendations
		if o.Progress != nil {
			o.Progress(end, o.Entries)
		}
	}
	if err := a.Optimize(ctx); err != nil {
		return nil, err
	}
	s := w.summary
	return &s, nil
}

func writeSettings(ctx context.Context, a *data.Archive) error {
	s, err := a.Settings(ctx)
	if err != nil {
		return err
	}
	// The office as it is now (since the 2025 merger); its superior body is
	// the Tỉnh ủy, and a provincial Party body dates its documents with the
	// province's name (Hướng dẫn 36-HD/VPTW, 1.4.1).
	s.Superior = "TỈNH ỦY " + strings.ToUpper(ProvinceName)
	s.Issuer = "BAN TUYÊN GIÁO VÀ DÂN VẬN"
	s.Symbol = "BTGDVTU"
	s.Place = ProvinceName
	s.SignAuthority = "K/T TRƯỞNG BAN"
	s.SignerTitle = "PHÓ TRƯỞNG BAN"
	s.SignerName = "Nguyễn Thị Thanh Hương"
	s.Recipients = []string{
		"- Ban Tuyên giáo và Dân vận Trung ương (để b/c),",
		"- Thường trực Tỉnh ủy (để b/c),",
		"- Các đảng ủy trực thuộc Tỉnh ủy,",
		"- Lưu Văn phòng.",
	}
	return a.SaveSettings(ctx, s)
}

// build writes phases, criteria sets and units. It runs inside a batch that
// may be retried, so it starts from nothing each time.
func (w *world) build(b *data.Batch) error {
	w.phases = [2]*data.Phase{
		{Name: "2016–2020", StartYear: 2016, EndYear: 2020, Plan: "Kế hoạch số 20-KH/TU ngày 12/8/2016 của Ban Thường vụ Tỉnh ủy"},
		{Name: "2021–2025", StartYear: 2021, EndYear: 2025, Plan: "Kế hoạch số 112-KH/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy"},
	}
	for _, p := range w.phases {
		if err := b.Save(p); err != nil {
			return err
		}
	}
	for i, s := range criteriaSets() {
		s.PhaseID = w.phases[i].ID
		if err := b.Save(s); err != nil {
			return err
		}
		w.sets[i] = s
	}
	if err := w.addOldForm(b); err != nil {
		return err
	}
	w.units = w.units[:0]
	byKey := map[string]*data.Unit{}
	for _, spec := range Units() {
		u := &data.Unit{Name: spec.Name, Kind: unitKindLabels[spec.Kind], ValidFrom: data.Date(spec.ValidFrom), ValidTo: data.Date(spec.ValidTo)}
		if err := b.Save(u); err != nil {
			return err
		}
		w.units = append(w.units, &unitRef{spec: spec, unit: u})
		byKey[spec.Key] = u
	}
	// Parents and successors refer to units created above.
	for _, ref := range w.units {
		if ref.spec.ParentKey == "" && ref.spec.SuccessorKey == "" {
			continue
		}
		if p := byKey[ref.spec.ParentKey]; p != nil {
			ref.unit.ParentID = p.ID
		}
		if s := byKey[ref.spec.SuccessorKey]; s != nil {
			ref.unit.SuccessorID = s.ID
		}
		if err := b.Save(ref.unit); err != nil {
			return err
		}
	}
	w.summary.Units = len(w.units)
	return nil
}

// criteriaSets returns the scoring grids of the two phases: a simple one for
// 2016–2020 and one in criteria groups for 2021–2025, as one province's
// guidance has them.
func criteriaSets() []*data.CriteriaSet {
	thresholds := []data.Threshold{
		{Conclusion: "Xuất sắc", MinPoints: 90},
		{Conclusion: "Tốt", MinPoints: 75},
		{Conclusion: "Đạt", MinPoints: 50},
		{Conclusion: "Không đạt", MinPoints: 0},
	}
	return []*data.CriteriaSet{
		{Name: "Tiêu chí công nhận mô hình, điển hình giai đoạn 2016–2020", Thresholds: thresholds,
			Criteria: []data.Criterion{
				{Name: "Có tên gọi, địa chỉ cụ thể; thuộc một trong các lĩnh vực của phong trào", MaxPoints: 10},
				{Name: "Được cấp ủy, chính quyền lãnh đạo, chỉ đạo; có đăng ký với cơ quan phát động", MaxPoints: 15},
				{Name: "Huy động được nhiều lực lượng tham gia, nhân dân đồng tình ủng hộ", MaxPoints: 25},
				{Name: "Hiệu quả thiết thực, giải quyết vấn đề bức xúc ở địa phương", MaxPoints: 30},
				{Name: "Bền vững, có khả năng nhân rộng", MaxPoints: 20},
			}},
		{Name: "Tiêu chí đánh giá, chấm điểm mô hình, điển hình giai đoạn 2021–2025", Thresholds: thresholds,
			Criteria: []data.Criterion{
				{Group: "I. Tính pháp lý", Name: "Có tên gọi, địa bàn cụ thể, thuộc lĩnh vực của phong trào", MaxPoints: 5},
				{Group: "I. Tính pháp lý", Name: "Được cấp ủy, chính quyền lãnh đạo, chỉ đạo; đăng ký với cơ quan phát động", MaxPoints: 10},
				{Group: "II. Cách làm", Name: "Huy động sự tham gia của nhiều lực lượng, tổ chức", MaxPoints: 15},
				{Group: "II. Cách làm", Name: "Cách làm sáng tạo, phù hợp với thực tiễn địa phương", MaxPoints: 10},
				{Group: "III. Hiệu quả", Name: "Phạm vi ảnh hưởng rộng, hiệu quả thiết thực, nhân dân đồng tình", MaxPoints: 20},
				{Group: "III. Hiệu quả", Name: "Giải quyết vấn đề bức xúc hoặc nhiệm vụ chính trị trọng tâm", MaxPoints: 20},
				{Group: "IV. Sức lan tỏa", Name: "Được cơ quan có thẩm quyền ghi nhận", MaxPoints: 10},
				{Group: "IV. Sức lan tỏa", Name: "Bền vững, có khả năng nhân rộng", MaxPoints: 10},
			}},
	}
}
