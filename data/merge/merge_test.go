package merge_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/internal/datatest"
	"github.com/danvankheo/danvankheo/data/merge"
)

var colleague = data.Actor{User: "hung.nv", Machine: "MAY-HUYEN-02", Display: "Nguyễn Văn Hùng"}

// mergeCase is this archive (a, with its fixture) and a colleague's copy of
// it (b at bPath), taken after both hold the same records.
type mergeCase struct {
	a, b   *data.Archive
	fx     *datatest.Fixture
	bPath  string
	set    *data.CriteriaSet
	shared []*data.Entry // e1..e4, in both archives
}

func newMergeCase(t *testing.T) *mergeCase {
	t.Helper()
	a, _ := newArchive(t)
	mc := &mergeCase{a: a, fx: seed(t, a)}
	mc.set = &data.CriteriaSet{PhaseID: mc.fx.Phase1.ID, Name: "Bộ tiêu chí 2016–2020",
		Criteria:   []data.Criterion{{Name: "Hiệu quả", MaxPoints: 60}, {Name: "Nhân rộng", MaxPoints: 40}},
		Thresholds: []data.Threshold{{Conclusion: "Đạt", MinPoints: 50}}}
	must(t, a.SaveCriteriaSet(ctx, mc.set))
	for _, n := range []string{"Mô hình dân vận khéo xây dựng nông thôn mới", "Mô hình hiến đất làm đường",
		"Mô hình camera an ninh", "Mô hình tổ tự quản"} {
		mc.shared = append(mc.shared, mc.fx.Entry(t, n))
	}
	bk, err := a.Backup(ctx, "thu-cong")
	must(t, err)
	mc.bPath = filepath.Join(tempDir(t), "kho-huyen.dvk")
	must(t, data.RestoreBackupTo(ctx, bk, mc.bPath))
	mc.b = openAgain(t, mc.bPath, colleague)
	return mc
}

// closeB closes the colleague's archive (closing may still write to it)
// and returns the file's checksum.
func (mc *mergeCase) closeB(t *testing.T) [32]byte {
	t.Helper()
	must(t, mc.b.Close())
	return fileSum(t, mc.bPath)
}

func edit(t *testing.T, a *data.Archive, id int64, f func(e *data.Entry)) *data.Entry {
	t.Helper()
	e, err := a.GetEntry(ctx, id)
	must(t, err)
	f(e)
	must(t, a.SaveEntry(ctx, e))
	return e
}

func countOf(p []merge.Count, table data.Table) merge.Count {
	for _, c := range p {
		if c.Table == table {
			return c
		}
	}
	return merge.Count{}
}

// TestMergeCopyBackIntoArchive plays the colleague who took a copy of the
// office's archive to the district: what was added there arrives with its
// references, an edit made only there is taken, one made only here is
// kept, and one made on both sides is asked; the other file is never
// written.
func TestMergeCopyBackIntoArchive(t *testing.T) {
	mc := newMergeCase(t)
	a, b, e := mc.a, mc.b, mc.shared
	// There: a new commune with a new model, recognised, scored and proposed.
	bUnits, err := b.Units(ctx)
	must(t, err)
	var district *data.Unit
	for _, u := range bUnits {
		if u.Name == "Huyện ủy Tân Lập" {
			district = u
		}
	}
	commune := &data.Unit{Name: "Đảng ủy xã Tân Phú", Kind: "Đảng ủy xã", ParentID: district.ID}
	must(t, b.SaveUnit(ctx, commune))
	bFields, _ := b.Fields(ctx)
	bPhases, _ := b.Phases(ctx)
	bLevels, _ := b.Levels(ctx)
	bForms, _ := b.AwardForms(ctx)
	bSets, _ := b.CriteriaSets(ctx, 0)
	var phase1 *data.Phase
	for _, p := range bPhases {
		if p.StartYear == 2016 {
			phase1 = p
		}
	}
	fresh := &data.Entry{Kind: data.KindModel, Name: "Mô hình “Chợ phiên nông sản sạch”", UnitID: commune.ID,
		FieldID: bFields[1].ID, PhaseID: phase1.ID, Year: 2019, Results: "Tiêu thụ 120 tấn rau"}
	must(t, b.SaveEntry(ctx, fresh))
	must(t, b.SaveRecognition(ctx, &data.Recognition{EntryID: fresh.ID, Year: 2020, Status: data.RecOutstanding, LevelID: bLevels[1].ID}))
	crit := bSets[0].Criteria
	must(t, b.SaveEvaluation(ctx, &data.Evaluation{EntryID: fresh.ID, Year: 2020, SetID: bSets[0].ID,
		Scores: map[int64]float64{crit[0].ID: 55, crit[1].ID: 30}}))
	must(t, b.SaveCommendation(ctx, &data.Commendation{EntryID: fresh.ID, Year: 2020, FormID: bForms[0].ID, Citation: "Đã có thành tích xuất sắc"}))
	photo := append([]byte("\x89PNG\r\n\x1a\n"), "ảnh chợ phiên"...)
	_, err = b.AddAttachment(ctx, fresh.ID, "cho-phien.png", "Phiên chợ đầu tiên", photo)
	must(t, err)
	renamed, err := b.GetUnit(ctx, mc.fx.Commune1.ID)
	must(t, err)
	renamed.Name = "Đảng ủy phường Tân Hòa"
	must(t, b.SaveUnit(ctx, renamed))
	edit(t, b, e[0].ID, func(x *data.Entry) { x.Results = "Làm mới 3,2 km đường bê tông" })
	edit(t, b, e[2].ID, func(x *data.Entry) { x.Place = "Ấp 3, xã Tân Hòa" })
	must(t, b.Delete(ctx, "entries", e[3].ID))
	// Here: other edits.
	edit(t, a, e[1].ID, func(x *data.Entry) { x.Person = "Bí thư chi bộ ấp 2" })
	edit(t, a, e[2].ID, func(x *data.Entry) { x.Place = "Ấp 5, xã Tân Hòa" })
	sum := mc.closeB(t)

	plan, err := merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	if fileSum(t, mc.bPath) != sum {
		t.Fatal("planning wrote to the other file")
	}
	ent := countOf(plan.Tables, "entries")
	if ent.Added != 1 || ent.Updated != 2 || ent.Deleted != 1 || ent.KeptLocal != 1 || ent.Conflicts != 1 || ent.Label != "Mô hình, điển hình" {
		t.Fatalf("entries: %+v", ent)
	}
	if sm := plan.Summary(); !strings.Contains(sm, "1 bản ghi đã bị xóa ở kho kia, sẽ vào thùng rác") || !strings.Contains(sm, "1 bản ghi sửa ở cả hai kho") {
		t.Errorf("summary: %q", sm)
	}
	for table, added := range map[data.Table]int{"units": 1, "recognitions": 1, "evaluations": 1, "commendations": 1, "attachments": 1, "fields": 0} {
		if c := countOf(plan.Tables, table); c.Added != added || c.Conflicts != 0 {
			t.Errorf("%s: %+v", table, c)
		}
	}
	if c := countOf(plan.Tables, "units"); c.Updated != 1 || c.Unchanged != 3 {
		t.Errorf("units: %+v", c)
	}
	if len(plan.Conflicts) != 1 {
		t.Fatalf("conflicts %+v", plan.Conflicts)
	}
	c := plan.Conflicts[0]
	if c.Label != "Mô hình camera an ninh" || len(c.Fields) != 1 || c.Fields[0].Label != "Địa bàn thực hiện" ||
		c.Fields[0].Mine != "Ấp 5, xã Tân Hòa" || c.Fields[0].Theirs != "Ấp 3, xã Tân Hòa" || c.TheirsBy != "Nguyễn Văn Hùng" {
		t.Fatalf("conflict %+v", c)
	}
	if !plan.LastMerge.IsZero() || plan.PeerUID == "" {
		t.Fatalf("first merge: %v %q", plan.LastMerge, plan.PeerUID)
	}

	res, err := merge.Apply(ctx, a, plan, map[string]merge.Choice{c.Key: merge.TakeTheirs})
	must(t, err)
	if fileSum(t, mc.bPath) != sum {
		t.Fatal("merging wrote to the other file")
	}
	if res.Theirs != 1 || res.Mine != 0 || res.Backup == "" || res.Total().Added != 6 {
		t.Fatalf("result %+v", res)
	}
	if bs, err := a.Backups(); err != nil || len(bs) == 0 || bs[0].ReasonLabel() != "Trước khi gộp kho" {
		t.Errorf("backup before merging: %+v %v", bs, err)
	}
	got := func(id int64) *data.Entry {
		x, err := a.GetEntry(ctx, id)
		must(t, err)
		return x
	}
	if x := got(e[0].ID); x.Results != "Làm mới 3,2 km đường bê tông" || x.UpdatedBy != "Nguyễn Văn Hùng" {
		t.Errorf("edited there: %q by %q", x.Results, x.UpdatedBy)
	}
	if x := got(e[1].ID); x.Person != "Bí thư chi bộ ấp 2" {
		t.Errorf("edited here: %q", x.Person)
	}
	if x := got(e[2].ID); x.Place != "Ấp 3, xã Tân Hòa" {
		t.Errorf("conflict taken from there: %q", x.Place)
	}
	if x := got(e[3].ID); !x.Deleted() {
		t.Error("deleted there, still live here")
	}
	// The new model, found by search, with its unit, recognition, scores and commendation.
	rows, n, err := a.FindEntries(ctx, data.EntryFilter{Text: "cho phien nong san"})
	must(t, err)
	if n != 1 || rows[0].Unit != "Đảng ủy xã Tân Phú" || rows[0].RecStatus != data.RecOutstanding || rows[0].Field != mc.fx.Fields[1].Name {
		t.Fatalf("merged entry %+v", rows)
	}
	if _, n, _ := a.FindEntries(ctx, data.EntryFilter{Text: "tân phú chợ"}); n != 1 {
		t.Error("search does not find the merged entry by its unit")
	}
	if _, n, _ := a.FindEntries(ctx, data.EntryFilter{Text: "to tu quan"}); n != 0 {
		t.Error("an entry deleted there is still found here")
	}
	if _, n, _ := a.FindEntries(ctx, data.EntryFilter{UnitID: mc.fx.District.ID, Text: "cho phien"}); n != 1 {
		t.Error("the new commune is not under the district here")
	}
	evs, err := a.EntryEvaluations(ctx, rows[0].ID)
	must(t, err)
	if len(evs) != 1 || evs[0].Total != 85 || evs[0].Conclusion != "Đạt" || evs[0].SetID != mc.set.ID ||
		evs[0].Scores[mc.set.Criteria[0].ID] != 55 {
		t.Fatalf("merged evaluation %+v", evs)
	}
	cs, err := a.EntryCommendations(ctx, rows[0].ID)
	must(t, err)
	if len(cs) != 1 || cs[0].FormID != mc.fx.Forms[0].ID || cs[0].CreatedBy != "Nguyễn Văn Hùng" {
		t.Fatalf("merged commendation %+v", cs)
	}
	atts, err := a.EntryAttachments(ctx, rows[0].ID)
	must(t, err)
	if len(atts) != 1 || atts[0].Caption != "Phiên chợ đầu tiên" {
		t.Fatalf("attachments %+v", atts)
	}
	if got, _ := a.AttachmentData(ctx, atts[0].ID); string(got) != string(photo) {
		t.Fatalf("attachment data %q", got)
	}
	// The unit renamed there: its entries are found by the new name.
	if _, n, _ := a.FindEntries(ctx, data.EntryFilter{Text: "phuong tan hoa"}); n != 3 {
		t.Errorf("%d entries found by the unit's new name", n)
	}
	log, _, err := a.FindAudit(ctx, data.AuditFilter{Table: "archive", Limit: 1})
	must(t, err)
	if len(log) != 1 || log[0].Action != "merge" || !strings.HasPrefix(log[0].Label, "Gộp kho “kho-huyen.dvk”") || log[0].ActionLabel() != "Gộp kho" {
		t.Fatalf("audit %+v", log)
	}
	rep, err := a.Check(ctx)
	must(t, err)
	if !rep.OK {
		t.Fatalf("check after merge: %v", rep.Problems)
	}
	// Merging the same file again changes nothing.
	again, err := merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	if !again.Empty() || again.LastMerge.IsZero() {
		t.Fatalf("second plan %+v", again.Total())
	}
}

// TestMergeRemembersTheLastMerge: after a merge, the next one compares each
// side with what they were then, and a conflict answered "mine" is not asked
// again until someone edits the record.
func TestMergeRemembersTheLastMerge(t *testing.T) {
	mc := newMergeCase(t)
	a, e := mc.a, mc.shared
	// Both edit e1 (a conflict, kept as mine) and e2 twice here.
	edit(t, mc.b, e[0].ID, func(x *data.Entry) { x.Notes = "Ghi chú của huyện" })
	edit(t, a, e[0].ID, func(x *data.Entry) { x.Notes = "Ghi chú của Ban" })
	mc.closeB(t)
	plan, err := merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	if len(plan.Conflicts) != 1 {
		t.Fatalf("conflicts %+v", plan.Conflicts)
	}
	_, err = merge.Apply(ctx, a, plan, nil)
	must(t, err)

	// Later: there e2 and e4 change; here e3 and e4.
	b := openAgain(t, mc.bPath, colleague)
	edit(t, b, e[1].ID, func(x *data.Entry) { x.Year = 2019 })
	edit(t, b, e[3].ID, func(x *data.Entry) { x.Name = "Mô hình tổ tự quản an ninh" })
	edit(t, a, e[2].ID, func(x *data.Entry) { x.Person = "Trưởng ấp" })
	edit(t, a, e[3].ID, func(x *data.Entry) { x.Name = "Mô hình tổ tự quản về an ninh trật tự" })
	must(t, b.Close())
	plan, err = merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	ent := countOf(plan.Tables, "entries")
	if ent.Updated != 1 || ent.KeptLocal != 1 || ent.Unchanged != 1 || ent.Conflicts != 1 || len(plan.Conflicts) != 1 || plan.Conflicts[0].UID != e[3].UID {
		t.Fatalf("second merge %+v %+v", ent, plan.Conflicts)
	}
	if plan.LastMerge.IsZero() {
		t.Fatal("the last merge is not remembered")
	}
	_, err = merge.Apply(ctx, a, plan, map[string]merge.Choice{plan.Conflicts[0].Key: merge.KeepMine})
	must(t, err)
	x, err := a.GetEntry(ctx, e[1].ID)
	must(t, err)
	if x.Year != 2019 {
		t.Fatalf("edited there after the first merge: %d", x.Year)
	}
	for id, want := range map[int64]string{e[0].ID: "Ghi chú của Ban", e[3].ID: ""} {
		x, _ := a.GetEntry(ctx, id)
		if want != "" && x.Notes != want || want == "" && x.Name != "Mô hình tổ tự quản về an ninh trật tự" {
			t.Errorf("kept as mine: %+v", x)
		}
	}
}

// TestMergeIsAllOrNothing: one record the archive's rules refuse stops the
// whole merge, and it says which.
func TestMergeIsAllOrNothing(t *testing.T) {
	mc := newMergeCase(t)
	a, b := mc.a, mc.b
	good := edit(t, b, mc.shared[0].ID, func(x *data.Entry) { x.Results = "Kết quả mới" })
	bad := &data.Entry{Kind: data.KindModel, Name: "Mô hình ghi sai năm", UnitID: mc.fx.Commune2.ID, FieldID: mc.fx.Fields[0].ID, Year: 2018}
	must(t, b.SaveEntry(ctx, bad))
	mc.closeB(t)
	// A hand edit (another tool) leaves a year the program refuses.
	db, err := sql.Open("sqlite", mc.bPath)
	must(t, err)
	_, err = db.Exec("UPDATE entries SET year = 1890 WHERE uid = ?", bad.UID)
	must(t, err)
	db.Close()

	plan, err := merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	if c := countOf(plan.Tables, "entries"); c.Added != 1 || c.Updated != 1 {
		t.Fatalf("plan %+v", c)
	}
	before, _ := a.Check(ctx)
	_, err = merge.Apply(ctx, a, plan, nil)
	wantCode(t, err, data.EInvalid)
	if msg := data.ErrorMessage(err); !strings.Contains(msg, "Mô hình ghi sai năm") || !strings.Contains(msg, "năm đăng ký") {
		t.Fatalf("message %q", msg)
	}
	x, err := a.GetEntry(ctx, good.ID)
	must(t, err)
	after, _ := a.Check(ctx)
	if x.Results != "" || after.Counts[0] != before.Counts[0] {
		t.Fatalf("half applied: %q, %v → %v", x.Results, before.Counts, after.Counts)
	}
	if log, _, _ := a.FindAudit(ctx, data.AuditFilter{Table: "archive", Limit: 1}); len(log) > 0 && log[0].Action == "merge" {
		t.Fatal("a failed merge was logged")
	}
}

// TestMergeRefusesWhatItCannotMerge: files that are not archives, newer
// archives, the archive itself, and a file changed after the preview.
func TestMergeRefusesWhatItCannotMerge(t *testing.T) {
	mc := newMergeCase(t)
	a := mc.a
	dir := tempDir(t)
	text := filepath.Join(dir, "ghi-chu.dvk")
	must(t, os.WriteFile(text, []byte("không phải kho"), 0o644))
	plain := filepath.Join(dir, "khac.dvk")
	db, err := sql.Open("sqlite", plain)
	must(t, err)
	_, err = db.Exec("CREATE TABLE t (x)")
	must(t, err)
	db.Close()
	mc.closeB(t)
	newer := filepath.Join(dir, "moi.dvk")
	raw, err := os.ReadFile(mc.bPath)
	must(t, err)
	must(t, os.WriteFile(newer, raw, 0o644))
	db, err = sql.Open("sqlite", newer)
	must(t, err)
	_, err = db.Exec("PRAGMA user_version = 99")
	must(t, err)
	db.Close()
	for path, code := range map[string]data.Code{text: data.ENotArchive, plain: data.ENotArchive, newer: data.ENewerSchema,
		filepath.Join(dir, "khong-co.dvk"): data.ENotFound, a.Path(): data.EInvalid} {
		_, err := merge.NewPlan(ctx, a, path)
		wantCode(t, err, code)
	}
	_, err = merge.NewPlan(ctx, a, newer)
	if !strings.Contains(data.ErrorMessage(err), "phiên bản mới hơn") {
		t.Fatalf("newer: %q", data.ErrorMessage(err))
	}

	plan, err := merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	b := openAgain(t, mc.bPath, colleague)
	edit(t, b, mc.shared[0].ID, func(x *data.Entry) { x.Notes = "sửa sau khi xem trước" })
	_, err = merge.Apply(ctx, a, plan, nil)
	wantCode(t, err, data.EConflict)
	if !strings.Contains(data.ErrorMessage(err), "hãy xem trước lại") {
		t.Fatalf("message %q", data.ErrorMessage(err))
	}
	ro := openReadOnly(t, a.Path())
	_, err = merge.Apply(ctx, ro, plan, nil)
	wantCode(t, err, data.EInvalid) // a plan belongs to the archive that made it
}

func openReadOnly(t *testing.T, path string) *data.Archive {
	t.Helper()
	o := testOptions(t)
	o.ReadOnly = true
	r, err := data.Open(ctx, path, o)
	must(t, err)
	t.Cleanup(func() { r.Close() })
	return r
}

// TestMergeArchivesMadeApart: a district that made its own archive has its
// own IDs for the same catalogue; the merge matches those by name instead
// of doubling them, and lists an entry both registered as a possible
// duplicate.
func TestMergeArchivesMadeApart(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	set := &data.CriteriaSet{PhaseID: fx.Phase1.ID, Name: "Bộ tiêu chí", Criteria: []data.Criterion{{Name: "Hiệu quả", MaxPoints: 100}}}
	must(t, a.SaveCriteriaSet(ctx, set))
	fx.Entry(t, "Mô hình Dân vận khéo “Chợ quê”")

	bPath := filepath.Join(tempDir(t), "huyen.dvk")
	o := testOptions(t)
	o.Actor = colleague
	b, err := data.Create(ctx, bPath, o)
	must(t, err)
	bx := seed(t, b)
	bset := &data.CriteriaSet{PhaseID: bx.Phase1.ID, Name: "Bộ tiêu chí", Criteria: []data.Criterion{{Name: "Hiệu quả", MaxPoints: 100}}}
	must(t, b.SaveCriteriaSet(ctx, bset))
	bx.Entry(t, "MÔ HÌNH DÂN VẬN KHÉO “CHỢ QUÊ”")
	other := bx.Entry(t, "Mô hình sân chơi cho thiếu nhi", func(e *data.Entry) { e.UnitID = bx.Commune2.ID })
	must(t, b.SaveEvaluation(ctx, &data.Evaluation{EntryID: other.ID, Year: 2019, SetID: bset.ID, Scores: map[int64]float64{bset.Criteria[0].ID: 70}}))
	newUnit := &data.Unit{Name: "Đảng ủy xã Tân Tiến", ParentID: bx.District.ID}
	must(t, b.SaveUnit(ctx, newUnit))
	must(t, b.Close())

	plan, err := merge.NewPlan(ctx, a, bPath)
	must(t, err)
	for table, want := range map[data.Table]merge.Count{
		"fields": {Matched: 4}, "levels": {Matched: 3}, "award_forms": {Matched: 3}, "phases": {Matched: 2},
		"units": {Matched: 4, Added: 1}, "criteria_sets": {Matched: 1}, "entries": {Added: 2}, "evaluations": {Added: 1},
	} {
		c := countOf(plan.Tables, table)
		if c.Matched != want.Matched || c.Added != want.Added || c.Updated != 0 || c.Conflicts != 0 {
			t.Errorf("%s: %+v, want %+v", table, c, want)
		}
	}
	if len(plan.Duplicates) != 1 || plan.Duplicates[0].Name != "MÔ HÌNH DÂN VẬN KHÉO “CHỢ QUÊ”" || plan.Duplicates[0].Unit != "Đảng ủy xã Tân Hòa" || plan.Duplicates[0].Phase != "2016–2020" {
		t.Fatalf("duplicates %+v", plan.Duplicates)
	}
	_, err = merge.Apply(ctx, a, plan, nil)
	must(t, err)
	fields, _ := a.Fields(ctx)
	units, _ := a.Units(ctx)
	sets, _ := a.CriteriaSets(ctx, 0)
	if len(fields) != 4 || len(units) != 5 || len(sets) != 1 {
		t.Fatalf("catalogue doubled: %d fields, %d units, %d sets", len(fields), len(units), len(sets))
	}
	rows, n, err := a.FindEntries(ctx, data.EntryFilter{Text: "san choi"})
	must(t, err)
	if n != 1 || rows[0].UnitID != fx.Commune2.ID || rows[0].PhaseID != fx.Phase1.ID {
		t.Fatalf("entry not tied to the matched catalogue: %+v", rows)
	}
	evs, err := a.EntryEvaluations(ctx, rows[0].ID)
	must(t, err)
	if len(evs) != 1 || evs[0].SetID != set.ID || evs[0].Scores[set.Criteria[0].ID] != 70 {
		t.Fatalf("scores not on the criteria here: %+v", evs)
	}
	if _, n, _ := a.FindEntries(ctx, data.EntryFilter{UnitID: fx.District.ID}); n != 3 {
		t.Fatalf("%d entries under the district", n)
	}
}

// TestMergeSameYearGoesToBin: both recorded the 2019 recognition of the
// same model on their own; the other one arrives in the recycle bin, so the
// model still has one recognition a year.
func TestMergeSameYearGoesToBin(t *testing.T) {
	mc := newMergeCase(t)
	e := mc.shared[0]
	must(t, mc.a.SaveRecognition(ctx, &data.Recognition{EntryID: e.ID, Year: 2019, Status: data.RecRecognised, LevelID: mc.fx.Levels[0].ID}))
	must(t, mc.b.SaveRecognition(ctx, &data.Recognition{EntryID: e.ID, Year: 2019, Status: data.RecOutstanding, LevelID: mc.fx.Levels[1].ID}))
	must(t, mc.b.SaveRecognition(ctx, &data.Recognition{EntryID: e.ID, Year: 2020, Status: data.RecRecognised, LevelID: mc.fx.Levels[1].ID}))
	mc.closeB(t)
	plan, err := merge.NewPlan(ctx, mc.a, mc.bPath)
	must(t, err)
	if c := countOf(plan.Tables, "recognitions"); c.Added != 2 || c.Parked != 1 || len(plan.Parked) != 1 ||
		plan.Parked[0].Label != "Công nhận năm 2019 – Mô hình dân vận khéo xây dựng nông thôn mới" {
		t.Fatalf("plan %+v %+v", c, plan.Parked)
	}
	_, err = merge.Apply(ctx, mc.a, plan, nil)
	must(t, err)
	recs, err := mc.a.EntryRecognitions(ctx, e.ID)
	must(t, err)
	if len(recs) != 2 || recs[0].Year != 2020 || recs[1].Status != data.RecRecognised {
		t.Fatalf("live recognitions %+v", recs)
	}
	bin, err := mc.a.Trash(ctx)
	must(t, err)
	if len(bin) != 1 || bin[0].Table != "recognitions" || bin[0].DeletedBy != "Nguyễn Thị Lan" {
		t.Fatalf("bin %+v", bin)
	}
}

// TestMergeRespectsLockedEvaluations: a locked evaluation here is final;
// one locked there arrives locked.
func TestMergeRespectsLockedEvaluations(t *testing.T) {
	a, _ := newArchive(t)
	mc := &mergeCase{a: a, fx: seed(t, a)}
	mc.set = &data.CriteriaSet{PhaseID: mc.fx.Phase1.ID, Name: "Bộ", Criteria: []data.Criterion{{Name: "Hiệu quả", MaxPoints: 100}}}
	must(t, a.SaveCriteriaSet(ctx, mc.set))
	crit := mc.set.Criteria[0].ID
	var evs []*data.Evaluation
	for _, n := range []string{"Mô hình A", "Mô hình B"} {
		e := mc.fx.Entry(t, n)
		ev := &data.Evaluation{EntryID: e.ID, Year: 2019, SetID: mc.set.ID, Scores: map[int64]float64{crit: 50}}
		must(t, a.SaveEvaluation(ctx, ev))
		evs = append(evs, ev)
	}
	bk, err := a.Backup(ctx, "thu-cong")
	must(t, err)
	bPath := filepath.Join(tempDir(t), "ban-sao.dvk")
	must(t, data.RestoreBackupTo(ctx, bk, bPath))
	b := openAgain(t, bPath, colleague)
	// Here the first is locked; there both are rescored, and the second locked.
	must(t, a.LockEvaluation(ctx, evs[0].ID, evs[0].Version))
	for _, ev := range evs {
		x, err := b.GetEvaluation(ctx, ev.ID)
		must(t, err)
		x.Scores[crit] = 90
		must(t, b.SaveEvaluation(ctx, x))
	}
	x, _ := b.GetEvaluation(ctx, evs[1].ID)
	must(t, b.LockEvaluation(ctx, x.ID, x.Version))
	must(t, b.Close())

	plan, err := merge.NewPlan(ctx, a, bPath)
	must(t, err)
	if c := countOf(plan.Tables, "evaluations"); c.Updated != 1 || c.KeptLocal != 1 || c.Conflicts != 0 {
		t.Fatalf("plan %+v", c)
	}
	_, err = merge.Apply(ctx, a, plan, nil)
	must(t, err)
	first, _ := a.GetEvaluation(ctx, evs[0].ID)
	second, _ := a.GetEvaluation(ctx, evs[1].ID)
	if !first.Locked || first.Total != 50 || !second.Locked || second.Total != 90 || second.Scores[crit] != 90 {
		t.Fatalf("after merge: %+v / %+v", first, second)
	}
}

// TestMergeSiblingCopiesAsk: two copies of one archive carry the same
// archive ID. After merging the first, an edit in the second made on the old
// state must not pass for a newer edit of the first: it is asked.
func TestMergeSiblingCopiesAsk(t *testing.T) {
	mc := newMergeCase(t)
	e := mc.shared[0]
	cPath := filepath.Join(tempDir(t), "ban-sao-2.dvk")
	copyArchive(t, mc.bPath, cPath) // b is open but idle
	edit(t, mc.b, e.ID, func(x *data.Entry) { x.Results = "Theo bản sao thứ nhất" })
	mc.closeB(t)
	plan, err := merge.NewPlan(ctx, mc.a, mc.bPath)
	must(t, err)
	_, err = merge.Apply(ctx, mc.a, plan, nil)
	must(t, err)

	c := openAgain(t, cPath, data.Actor{User: "mai.tt", Machine: "MAY-XA-03", Display: "Trần Thị Mai"})
	edit(t, c, e.ID, func(x *data.Entry) { x.Results = "Theo bản sao thứ hai" })
	must(t, c.Close())
	plan, err = merge.NewPlan(ctx, mc.a, cPath)
	must(t, err)
	if plan.LastMerge.IsZero() || len(plan.Conflicts) != 1 || plan.Conflicts[0].Fields[0].Mine != "Theo bản sao thứ nhất" {
		t.Fatalf("sibling copy: %+v %+v", countOf(plan.Tables, "entries"), plan.Conflicts)
	}
}

// TestMergeOlderArchive: an archive still at schema 1 (no archive ID, no
// merge table) merges all the same, and is not upgraded by it.
func TestMergeOlderArchive(t *testing.T) {
	mc := newMergeCase(t)
	edit(t, mc.b, mc.shared[1].ID, func(x *data.Entry) { x.Place = "Xã Tân Hòa" })
	mc.closeB(t)
	db, err := sql.Open("sqlite", mc.bPath)
	must(t, err)
	for _, s := range schema1 {
		_, err := db.Exec(s)
		must(t, err)
	}
	db.Close()
	sum := fileSum(t, mc.bPath)
	plan, err := merge.NewPlan(ctx, mc.a, mc.bPath)
	must(t, err)
	if !strings.HasPrefix(plan.PeerUID, "v1-") || countOf(plan.Tables, "entries").Updated != 1 {
		t.Fatalf("plan %q %+v", plan.PeerUID, countOf(plan.Tables, "entries"))
	}
	_, err = merge.Apply(ctx, mc.a, plan, nil)
	must(t, err)
	if fileSum(t, mc.bPath) != sum {
		t.Fatal("the older archive was written")
	}
	x, _ := mc.a.GetEntry(ctx, mc.shared[1].ID)
	if x.Place != "Xã Tân Hòa" {
		t.Fatalf("place %q", x.Place)
	}
}

// TestMergeKeepsWhatWasDeletedForGood: a record deleted for good here after
// a merge does not come back with the next one, unless something new there
// needs it.
func TestMergeKeepsWhatWasDeletedForGood(t *testing.T) {
	mc := newMergeCase(t)
	a, e := mc.a, mc.shared
	mc.closeB(t)
	plan, err := merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	_, err = merge.Apply(ctx, a, plan, nil)
	must(t, err)
	for _, x := range e[2:] {
		must(t, a.Delete(ctx, "entries", x.ID))
		must(t, a.Purge(ctx, "entries", x.ID))
	}
	b := openAgain(t, mc.bPath, colleague)
	must(t, b.SaveRecognition(ctx, &data.Recognition{EntryID: e[3].ID, Year: 2020, Status: data.RecDropped}))
	must(t, b.Close())
	plan, err = merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	if c := countOf(plan.Tables, "entries"); c.Added != 1 || c.KeptLocal != 1 {
		t.Fatalf("plan %+v", c)
	}
	_, err = merge.Apply(ctx, a, plan, nil)
	must(t, err)
	if _, n, _ := a.FindEntries(ctx, data.EntryFilter{Text: "camera an ninh"}); n != 0 {
		t.Fatal("an entry deleted for good came back")
	}
	if _, n, _ := a.FindEntries(ctx, data.EntryFilter{Text: "to tu quan"}); n != 1 {
		t.Fatal("the entry a new recognition needs did not come back")
	}
}

// TestEveryArchiveHasItsOwnID: new archives differ, a copy carries the
// original's, and the schema is the program's.
func TestEveryArchiveHasItsOwnID(t *testing.T) {
	mc := newMergeCase(t)
	other, _ := newArchive(t)
	ua, err := mc.a.ArchiveUID(ctx)
	must(t, err)
	ub, _ := mc.b.ArchiveUID(ctx)
	uo, _ := other.ArchiveUID(ctx)
	if len(ua) != 32 || ua != ub || ua == uo {
		t.Fatalf("IDs %q %q %q", ua, ub, uo)
	}
	if data.SchemaVersion() != 5 {
		t.Fatalf("schema %d", data.SchemaVersion())
	}
	// An archive of schema 1 gets its ID when upgraded (after a backup).
	path := other.Path()
	must(t, other.Close())
	db, err := sql.Open("sqlite", path)
	must(t, err)
	for _, s := range schema1 {
		_, err := db.Exec(s)
		must(t, err)
	}
	db.Close()
	old := openAgain(t, path, tester)
	uid, err := old.ArchiveUID(ctx)
	must(t, err)
	bs, _ := old.Backups()
	if len(uid) != 32 || uid == uo || len(bs) != 1 || bs[0].Reason != "truoc-nang-cap-v2" {
		t.Fatalf("upgraded: %q, backups %+v", uid, bs)
	}
}

// TestMergeAfterChangesHere: someone saves here between the preview and the
// merge. A change the preview did not touch merges; one that makes a new
// conflict sends the person back to the preview.
func TestMergeAfterChangesHere(t *testing.T) {
	mc := newMergeCase(t)
	a, e := mc.a, mc.shared
	edit(t, mc.b, e[0].ID, func(x *data.Entry) { x.Notes = "Của huyện" })
	edit(t, mc.b, e[1].ID, func(x *data.Entry) { x.Notes = "Của huyện" })
	mc.closeB(t)
	plan, err := merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	colleagueHere := openAgain(t, a.Path(), data.Actor{User: "hoa.lt", Display: "Lê Thị Hoa"})
	edit(t, colleagueHere, e[2].ID, func(x *data.Entry) { x.Notes = "Sửa ở Ban" })
	res, err := merge.Apply(ctx, a, plan, nil)
	must(t, err)
	if c := countOf(res.Tables, "entries"); c.Updated != 2 {
		t.Fatalf("merged %+v", c)
	}

	b := openAgain(t, mc.bPath, colleague)
	edit(t, b, e[3].ID, func(x *data.Entry) { x.Notes = "Của huyện" })
	must(t, b.Close())
	plan, err = merge.NewPlan(ctx, a, mc.bPath)
	must(t, err)
	if c := countOf(plan.Tables, "entries"); c.Updated != 1 || c.Conflicts != 0 {
		t.Fatalf("plan %+v", c)
	}
	edit(t, colleagueHere, e[3].ID, func(x *data.Entry) { x.Notes = "Sửa ở Ban" })
	_, err = merge.Apply(ctx, a, plan, nil)
	wantCode(t, err, data.EConflict)
	x, _ := a.GetEntry(ctx, e[3].ID)
	if x.Notes != "Sửa ở Ban" {
		t.Fatalf("notes %q", x.Notes)
	}
}
