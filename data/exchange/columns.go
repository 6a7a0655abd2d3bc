package exchange

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Target is a field of an entry a column can fill: the field's column,
// without "_id" for a reference ("unit", as remembered mappings store it).
type Target string

// The targets the importer treats on their own. Ignore marks a column left
// out; every other field of the entry (data.EntryFields) is a target too.
const (
	Ignore    Target = ""
	TName     Target = "name"
	TKind     Target = "kind"
	TUnit     Target = "unit"
	TField    Target = "field"
	TPhase    Target = "phase"
	TYear     Target = "year"
	TPlace    Target = "place"
	TPerson   Target = "person"
	TPosition Target = "position"
	TRepCount Target = "replication_count"
)

// targetOf is the target that fills the field f.
func targetOf(f data.EntryField) Target {
	return Target(strings.TrimSuffix(f.Name, "_id"))
}

// field is the entry's field t fills.
func (t Target) field() (data.EntryField, bool) {
	for _, f := range data.EntryFields() {
		if targetOf(f) == t {
			return f, true
		}
	}
	return data.EntryField{}, false
}

// Targets lists what a column can be mapped to: every field of the entry,
// in form order.
var Targets = func() []Target {
	var out []Target
	for _, f := range data.EntryFields() {
		out = append(out, targetOf(f))
	}
	return out
}()

// Label names a target in Vietnamese (the same words as the entry form).
func (t Target) Label() string {
	if t == Ignore {
		return "(Bỏ qua cột này)"
	}
	if f, ok := t.field(); ok {
		return f.Label
	}
	return string(t)
}

// aliases are the column headings units write besides each field's label,
// folded (no case, no marks, đ→d, punctuation as spaces). A heading matches
// when its folded words equal a field's folded label or an alias, or begin
// with one.
var aliases = func() map[Target][]string {
	extra := map[Target][]string{
		TName:                {"ten mo hinh", "ten dien hinh", "mo hinh dien hinh", "ten", "ten mo hinh dien hinh dan van kheo", "noi dung mo hinh"},
		TKind:                {"loai hinh", "phan loai", "mo hinh hay dien hinh"},
		TUnit:                {"don vi", "don vi dang ky", "co quan don vi", "don vi xay dung"},
		TYear:                {"nam", "nam xay dung", "thoi gian dang ky", "ngay dang ky"},
		TPlace:               {"dia ban", "dia chi", "noi thuc hien", "dia diem"},
		TPerson:              {"ca nhan", "ho va ten", "ho ten", "tap the", "nguoi thuc hien", "ten ca nhan tap the"},
		TPosition:            {"chuc danh"},
		Target("situation"):  {"thuc trang", "ly do"},
		Target("method"):     {"cach lam", "noi dung thuc hien", "giai phap"},
		Target("scope"):      {"pham vi", "doi tuong"},
		Target("forces"):     {"luc luong"},
		Target("resources"):  {"kinh phi"},
		Target("time_frame"): {"thoi gian"},
		Target("results"):    {"ket qua", "hieu qua"},
		TRepCount:            {"so mo hinh nhan rong"},
	}
	out := map[Target][]string{}
	for _, t := range Targets {
		out[t] = append([]string{folded(t.Label())}, extra[t]...)
	}
	return out
}()

// ignored are headings of columns that are not data: the row number.
var ignored = []string{"stt", "tt", "so tt", "so thu tu"}

// folded returns the words of s, folded, joined by spaces.
func folded(s string) string {
	fixed, _ := vntext.FixLegacy(s)
	return strings.Join(vntext.Words(fixed), " ")
}

// matchHeading returns the target a heading names, and how sure: 2 for an
// exact alias, 1 for an alias at its start, 0 for none.
func matchHeading(h string) (Target, int) {
	f := folded(h)
	if f == "" {
		return Ignore, 0
	}
	for _, ig := range ignored {
		if f == ig {
			return Ignore, 2
		}
	}
	best, score, bestLen := Ignore, 0, 0
	for t, as := range aliases {
		for _, a := range as {
			switch {
			case f == a && (score < 2 || len(a) > bestLen):
				best, score, bestLen = t, 2, len(a)
			case score < 2 && strings.HasPrefix(f, a+" ") && len(a) > bestLen:
				best, score, bestLen = t, 1, len(a)
			}
		}
	}
	return best, score
}

// Mapping says which column fills which field (index by column).
type Mapping struct {
	HeaderRow int      // 0-based index of the heading row in the sheet
	Columns   []Target // per column
	Headings  []string // the headings as written
}

// Column returns the index of the column mapped to t, or -1.
func (m *Mapping) Column(t Target) int {
	for i, c := range m.Columns {
		if c == t {
			return i
		}
	}
	return -1
}

// Key identifies the shape of a sheet (its folded headings), so a mapping
// the person corrected is offered again for the next file like it.
func (m *Mapping) Key() string {
	var parts []string
	for _, h := range m.Headings {
		parts = append(parts, folded(h))
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, "|")))
	return "import.mapping." + hex.EncodeToString(sum[:8])
}

// DetectMapping finds the heading row among the first rows (below title
// rows such as "DANH SÁCH MÔ HÌNH…" and merged cells) and maps its columns.
// The row with the most recognised headings wins; a name column is needed.
func DetectMapping(s *Sheet) (*Mapping, error) {
	bestRow, bestScore := -1, 0
	for r := 0; r < len(s.Rows) && r < 30; r++ {
		score, seen := 0, map[Target]bool{}
		for _, c := range s.Rows[r] {
			if t, sc := matchHeading(c.Text); t != Ignore && !seen[t] {
				score += sc
				seen[t] = true
			}
		}
		if seen[TName] && score > bestScore {
			bestRow, bestScore = r, score
		}
	}
	if bestRow < 0 {
		return nil, readErr(data.EInvalid, "Không tìm thấy dòng tiêu đề cột trong “%s” (cần ít nhất cột “Tên mô hình, điển hình”). Hãy kiểm tra tệp hoặc chọn cột bằng tay.", s.File)
	}
	m := &Mapping{HeaderRow: bestRow}
	seen := map[Target]bool{}
	for _, c := range s.Rows[bestRow] {
		t, _ := matchHeading(c.Text)
		if seen[t] {
			t = Ignore // the first column of a kind wins
		}
		if t != Ignore {
			seen[t] = true
		}
		m.Columns = append(m.Columns, t)
		m.Headings = append(m.Headings, strings.TrimSpace(c.Text))
	}
	return m, nil
}

// encode stores the mapping's targets as text ("name,unit,,year…").
func (m *Mapping) encode() string {
	parts := make([]string, len(m.Columns))
	for i, t := range m.Columns {
		parts[i] = string(t)
	}
	return strings.Join(parts, ",")
}

// RememberedMapping returns the mapping saved for sheets shaped like m (the
// same headings), or nil.
func RememberedMapping(ctx context.Context, a *data.Archive, m *Mapping) *Mapping {
	v, err := a.DocSetting(ctx, m.Key())
	if err != nil || v == "" {
		return nil
	}
	parts := strings.Split(v, ",")
	if len(parts) != len(m.Columns) {
		return nil
	}
	out := &Mapping{HeaderRow: m.HeaderRow, Headings: m.Headings}
	for _, p := range parts {
		out.Columns = append(out.Columns, Target(p))
	}
	return out
}
