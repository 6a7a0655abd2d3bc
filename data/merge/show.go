package merge

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// plan summarises the merger's decisions for the person.
func (m *merger) plan() *Plan {
	p := &Plan{PeerUID: m.remote.uid, LastMerge: m.lastMerge, Duplicates: m.dups, conflicts: m.conflictKeys()}
	p.Tables = m.counts()
	for _, t := range mergeTables {
		for _, it := range m.items[t.name] {
			switch {
			case it.op == opConflict:
				p.Conflicts = append(p.Conflicts, m.conflict(it))
			case it.park:
				p.Parked = append(p.Parked, Note{Table: t.name, Label: m.remote.labelOf(t.name, it.remote)})
			}
		}
	}
	return p
}

// counts tallies the decisions per table.
func (m *merger) counts() []Count {
	var out []Count
	for _, t := range mergeTables {
		c := Count{Table: t.name, Label: t.name.Label()}
		for _, it := range m.items[t.name] {
			switch it.op {
			case opSame:
				c.Unchanged++
			case opAdd:
				c.Added++
			case opTake:
				c.Updated++
				if it.remote.deleted && it.local != nil && !it.local.deleted {
					c.Deleted++
				}
			case opKeep, opPurged:
				c.KeptLocal++
			case opConflict:
				c.Conflicts++
			case opMatched:
				c.Matched++
			}
			if it.park {
				c.Parked++
			}
		}
		out = append(out, c)
	}
	return out
}

// conflictKeys returns the keys of the conflicts, answered or not.
func (m *merger) conflictKeys() map[string]bool {
	keys := map[string]bool{}
	for _, items := range m.items {
		for _, it := range items {
			if it.op == opConflict || it.chosen {
				keys[string(it.t.name)+":"+it.uid] = true
			}
		}
	}
	return keys
}

// conflict shows the fields that differ between the two versions.
func (m *merger) conflict(it *mitem) Conflict {
	l, r := it.local.full, it.remote.full
	lm, rm := store.MetaOf(l), store.MetaOf(r)
	c := Conflict{Key: string(it.t.name) + ":" + it.uid, Table: it.t.name, UID: it.uid, Label: m.local.labelOf(it.t.name, it.local),
		MineAt: lm.UpdatedAt, MineBy: lm.UpdatedBy, TheirsAt: rm.UpdatedAt, TheirsBy: rm.UpdatedBy, TheirsDeleted: rm.Deleted()}
	lv, rv := m.canon(it.t, l, false), m.canon(it.t, r, true)
	for i, f := range fieldNames(it.t) {
		if lv[i] != rv[i] {
			c.Fields = append(c.Fields, Field{Field: f, Label: fieldLabel(it.t.name, f),
				Mine: m.local.show(it.t, l, f), Theirs: m.remote.show(it.t, r, f)})
		}
	}
	return c
}

// show renders one field of r for the person, references by name.
func (s *mside) show(t *mtable, r store.Record, field string) string {
	switch field {
	case "deleted":
		if m := store.MetaOf(r); m.Deleted() {
			return "Trong thùng rác (xóa ngày " + vntext.FormatDate(m.DeletedAt.Local()) + ")"
		}
		return "Đang dùng"
	case "criteria", "thresholds":
		c, th := store.GridText(r.(*store.CriteriaSet))
		if field == "criteria" {
			return c
		}
		return th
	case "scores":
		ev := r.(*store.Evaluation)
		var parts []string
		for id, p := range ev.Scores {
			parts = append(parts, s.critNm[id]+": "+vntext.FormatScore(p))
		}
		sort.Strings(parts)
		return strings.Join(parts, "; ")
	}
	if e, ok := r.(*store.Entry); ok {
		if f, ok := store.EntryFieldNamed(field); ok {
			return f.Show(e, func(table store.Table, id int64) string { return s.labelOf(table, s.byID[table][id]) })
		}
	}
	for _, f := range t.refs {
		if f.col == field {
			return s.labelOf(f.table, s.byID[f.table][*refPtr(r, field)])
		}
	}
	for _, c := range store.ContentColumns(r) {
		if c.Name != field {
			continue
		}
		switch v := c.Ptr.(type) {
		case *store.RecStatus:
			return v.Label()
		case *store.AwardStatus:
			return v.Label()
		case *store.HeaderStyle:
			return v.Label()
		case *bool:
			return store.AuditText(*v)
		case *float64:
			return vntext.FormatScore(*v)
		case *int:
			return strconv.Itoa(*v)
		case *int64:
			if field == "size" {
				return vntext.FormatInt(*v) + " byte"
			}
			return strconv.FormatInt(*v, 10)
		case *store.Date:
			return v.Text()
		case *string:
			return *v
		}
	}
	return ""
}

// fieldLabels names the fields of the merged tables in Vietnamese
// (entries' are in store.EntryFields).
var fieldLabels = map[store.Table]map[string]string{
	store.Units: {"name": "Tên đơn vị", "kind": "Loại đơn vị", "parent_id": "Đơn vị cấp trên", "valid_from": "Hiệu lực từ ngày",
		"valid_to": "Hiệu lực đến ngày", "successor_id": "Đơn vị kế thừa", "active": "Đang sử dụng"},
	store.Fields:       {"name": "Tên lĩnh vực", "position": "Thứ tự", "active": "Đang sử dụng"},
	store.Levels:       {"name": "Tên cấp công nhận", "rank": "Thứ bậc", "active": "Đang sử dụng"},
	store.Phases:       {"name": "Tên giai đoạn", "start_year": "Năm bắt đầu", "end_year": "Năm kết thúc", "plan": "Kế hoạch", "active": "Đang sử dụng"},
	store.AwardForms:   {"name": "Tên hình thức", "title": "Tiêu đề in trên giấy", "authority": "Cơ quan khen thưởng", "header": "Quốc hiệu", "rank": "Thứ bậc", "active": "Đang sử dụng"},
	store.CriteriaSets: {"phase_id": "Giai đoạn", "name": "Tên bộ tiêu chí", "criteria": "Các tiêu chí", "thresholds": "Ngưỡng điểm"},
	store.Recognitions: {"entry_id": "Mô hình, điển hình", "year": "Năm công nhận", "level_id": "Cấp công nhận", "status": "Kết quả",
		"decision": "Quyết định", "notes": "Ghi chú"},
	store.Evaluations: {"entry_id": "Mô hình, điển hình", "year": "Năm đánh giá", "set_id": "Bộ tiêu chí", "total": "Tổng điểm",
		"conclusion": "Kết luận", "evaluator": "Người đánh giá", "eval_date": "Ngày đánh giá", "comments": "Nhận xét",
		"locked": "Đã khóa", "scores": "Điểm từng tiêu chí"},
	store.Commendations: {"entry_id": "Mô hình, điển hình", "year": "Năm khen thưởng", "form_id": "Hình thức khen thưởng", "status": "Trạng thái",
		"decision_no": "Số quyết định", "decision_date": "Ngày quyết định", "citation": "Nội dung thành tích", "notes": "Ghi chú",
		"recipient_kind": "Cá nhân hay tập thể", "recipient_name": "Người, tập thể được khen", "recipient_position": "Chức vụ người được khen",
		"recipient_place": "Nơi công tác, địa chỉ", "recipient_review": "Cần xem lại người được khen", "gold_book_no": "Số sổ vàng"},
	store.Attachments: {"entry_id": "Mô hình, điển hình", "file_name": "Tên tệp", "mime": "Loại tệp", "size": "Dung lượng",
		"sha256": "Nội dung tệp", "caption": "Chú thích"},
}

// fieldLabel returns the Vietnamese name of a field shown in a merge
// conflict.
func fieldLabel(table store.Table, field string) string {
	if field == "deleted" {
		return "Thùng rác"
	}
	if f, ok := store.EntryFieldNamed(field); ok && table == store.Entries {
		return f.Label
	}
	if l := fieldLabels[table][field]; l != "" {
		return l
	}
	return field
}

// Excerpt returns both values on one line, each at most n letters, cut
// at the same place around where they first differ, so a change at the end
// of a long text shows.
func (f Field) Excerpt(n int) (mine, theirs string) {
	m := []rune(strings.Join(strings.Fields(f.Mine), " "))
	t := []rune(strings.Join(strings.Fields(f.Theirs), " "))
	at := 0
	for at < len(m) && at < len(t) && m[at] == t[at] {
		at++
	}
	start := 0
	if max(len(m), len(t)) > n {
		start = max(0, min(at-n/3, max(len(m), len(t))-n))
	}
	return excerpt(m, start, n), excerpt(t, start, n)
}

func excerpt(r []rune, start, n int) string {
	start = min(start, len(r))
	end := min(len(r), start+n)
	s := string(r[start:end])
	if start > 0 {
		s = "…" + s
	}
	if end < len(r) {
		s += "…"
	}
	return s
}

// When says which merge with the other archive this is: the first, or
// when the last one was.
func (p *Plan) When() string {
	if p.LastMerge.IsZero() {
		return "lần gộp đầu tiên với kho này"
	}
	return "lần gộp trước: " + vntext.FormatDate(p.LastMerge.Local())
}

// Summary says in one sentence what merging would do.
func (p *Plan) Summary() string {
	name := filepath.Base(p.Other)
	if p.Empty() {
		return fmt.Sprintf("Kho “%s” (%s): không có gì mới để gộp.", name, p.When())
	}
	t := p.Total()
	s := fmt.Sprintf("Kho “%s” (%s): sẽ thêm %s, cập nhật %s bản ghi", name, p.When(),
		vntext.FormatInt(int64(t.Added)), vntext.FormatInt(int64(t.Updated)))
	if t.Deleted > 0 {
		s += fmt.Sprintf(" (trong đó %s bản ghi đã bị xóa ở kho kia, sẽ vào thùng rác)", vntext.FormatInt(int64(t.Deleted)))
	}
	if t.Conflicts > 0 {
		s += fmt.Sprintf("; %s bản ghi sửa ở cả hai kho cần bạn chọn (mặc định giữ bản của kho này)", vntext.FormatInt(int64(t.Conflicts)))
	}
	return s + "."
}

// Notes lists, a line each, what to look at after merging: the records
// going to the recycle bin and the possible duplicates.
func (p *Plan) Notes() []string {
	var out []string
	for _, n := range p.Parked {
		out = append(out, "Vào thùng rác vì trùng năm với bản ghi ở kho này: "+n.Label)
	}
	for _, d := range p.Duplicates {
		out = append(out, fmt.Sprintf("Có thể đăng ký trùng: “%s” (%s, giai đoạn %s) – kho này đã có một mô hình cùng tên; vẫn được thêm", d.Name, d.Unit, d.Phase))
	}
	return out
}

// Title names the record of a conflict with its kind when the label does
// not say it.
func (c Conflict) Title() string {
	if c.Table == store.Entries || strings.HasPrefix(c.Label, c.Table.Label()) {
		return c.Label
	}
	return c.Table.Label() + ": " + c.Label
}

// Changes says when and by whom the record was last changed, here and
// there: "25/11/2026 – Nguyễn Văn Hùng".
func (c Conflict) Changes() (mine, theirs string) {
	when := func(at time.Time, by string) string {
		if by == "" {
			return vntext.FormatDate(at.Local())
		}
		return vntext.FormatDate(at.Local()) + " – " + by
	}
	return when(c.MineAt, c.MineBy), when(c.TheirsAt, c.TheirsBy)
}
