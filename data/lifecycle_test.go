package data_test

import (
	"bytes"
	"database/sql"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

func TestRecycleBin(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e := fx.entry(t, "Mô hình sẽ bị xóa")
	keep := fx.entry(t, "Mô hình ở lại")
	rec := &data.Recognition{EntryID: e.ID, Year: 2019, Status: data.RecRecognised, LevelID: fx.levels[0].ID}
	must(t, a.SaveRecognition(ctx, rec))

	wantCode(t, a.Purge(ctx, "entries", e.ID), data.EInvalid) // not in the bin yet
	must(t, a.Delete(ctx, "entries", e.ID))
	rows, total, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 1 || rows[0].ID != keep.ID {
		t.Fatalf("live list %v", names(rows))
	}
	_, total, err = a.FindEntries(ctx, data.EntryFilter{Deleted: true})
	must(t, err)
	if total != 1 {
		t.Fatalf("%d in the bin", total)
	}
	// Search finds it in the bin, and no longer among the live entries.
	for _, c := range []struct {
		f    data.EntryFilter
		want int
	}{
		{data.EntryFilter{Text: "se bi xoa"}, 0},
		{data.EntryFilter{Text: "se bi xoa", Deleted: true}, 1},
		{data.EntryFilter{Text: "TÂN HÒA bị", Deleted: true}, 1}, // its unit's name
		{data.EntryFilter{Text: "o lai", Deleted: true}, 0},
	} {
		_, n, err := a.FindEntries(ctx, c.f)
		must(t, err)
		if n != c.want {
			t.Errorf("%+v: %d found, want %d", c.f, n, c.want)
		}
	}
	st, err := a.Stats(ctx, data.EntryFilter{})
	must(t, err)
	if st.Total != 1 || st.Recognised(2019, data.RecRecognised) != 0 {
		t.Fatalf("deleted entry counted: %+v", st)
	}
	trash, err := a.Trash(ctx)
	must(t, err)
	if len(trash) != 1 || trash[0].Label != "Mô hình sẽ bị xóa" || trash[0].DeletedBy != "Nguyễn Thị Lan" {
		t.Fatalf("bin %+v", trash)
	}
	// Editing a record in the bin is refused.
	got, err := a.GetEntry(ctx, e.ID)
	must(t, err)
	got.Name = "Sửa trong thùng rác"
	wantCode(t, a.SaveEntry(ctx, got), data.EInvalid)

	must(t, a.Restore(ctx, "entries", e.ID))
	if _, n, _ := a.FindEntries(ctx, data.EntryFilter{Text: "se bi xoa"}); n != 1 {
		t.Fatal("a restored entry is not found by search")
	}
	recs, err := a.EntryRecognitions(ctx, e.ID)
	must(t, err)
	if len(recs) != 1 {
		t.Fatal("the recognition did not come back with its entry")
	}
	must(t, a.Delete(ctx, "entries", e.ID))
	must(t, a.Purge(ctx, "entries", e.ID))
	_, err = a.GetEntry(ctx, e.ID)
	wantCode(t, err, data.ENotFound)
	_, err = a.EntryRecognitions(ctx, e.ID)
	must(t, err)
	_, total, err = a.FindEntries(ctx, data.EntryFilter{Text: "bi xoa"})
	must(t, err)
	if total != 0 {
		t.Fatal("a purged entry is still found by search")
	}
	n, err := a.EmptyTrash(ctx)
	must(t, err)
	if n != 0 {
		t.Fatalf("emptied %d", n)
	}
	wantCode(t, a.Delete(ctx, "units", fx.commune1.ID), data.EInvalid)
}

func TestRecognitionOncePerYear(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e := fx.entry(t, "Mô hình")
	r1 := &data.Recognition{EntryID: e.ID, Year: 2020, Status: data.RecOutstanding, LevelID: fx.levels[1].ID}
	must(t, a.SaveRecognition(ctx, r1))
	r2 := &data.Recognition{EntryID: e.ID, Year: 2020, Status: data.RecRecognised, LevelID: fx.levels[0].ID}
	err := a.SaveRecognition(ctx, r2)
	wantCode(t, err, data.EInvalid)
	if !strings.Contains(data.ErrorMessage(err), "năm 2020") {
		t.Fatalf("message %q", data.ErrorMessage(err))
	}
	wantCode(t, a.SaveRecognition(ctx, &data.Recognition{EntryID: e.ID, Year: 2021, Status: data.RecRecognised}), data.EInvalid) // no level
	// After deleting the first, the year is free; restoring the first then clashes.
	must(t, a.Delete(ctx, "recognitions", r1.ID))
	must(t, a.SaveRecognition(ctx, r2))
	wantCode(t, a.Restore(ctx, "recognitions", r1.ID), data.EExists)
}

func TestEvaluationScoringAndLock(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	set := &data.CriteriaSet{PhaseID: fx.phase2.ID, Name: "Tiêu chí 2021–2025",
		Criteria: []data.Criterion{
			{Group: "I", Name: "Tính pháp lý", MaxPoints: 20},
			{Group: "II", Name: "Cách làm", MaxPoints: 30},
			{Group: "III", Name: "Hiệu quả", MaxPoints: 50},
		},
		Thresholds: []data.Threshold{{Conclusion: "Xuất sắc", MinPoints: 90}, {Conclusion: "Đạt", MinPoints: 50}, {Conclusion: "Không đạt", MinPoints: 0}},
	}
	must(t, a.SaveCriteriaSet(ctx, set))
	bad := *set
	bad.Criteria = append([]data.Criterion(nil), set.Criteria...)
	bad.Criteria[0].MaxPoints = 0
	wantCode(t, a.SaveCriteriaSet(ctx, &bad), data.EInvalid)

	e := fx.entry(t, "Mô hình được chấm điểm", func(e *data.Entry) { e.PhaseID = fx.phase2.ID; e.Year = 2022 })
	c := set.Criteria
	ev := &data.Evaluation{EntryID: e.ID, Year: 2023, SetID: set.ID, Evaluator: "Trần Minh Tâm", Date: "2023-12-05",
		Scores: map[int64]float64{c[0].ID: 18, c[1].ID: 31, c[2].ID: 45}}
	err := a.SaveEvaluation(ctx, ev)
	wantCode(t, err, data.EInvalid) // 31 > 30
	if !strings.Contains(data.ErrorMessage(err), "Cách làm") {
		t.Fatalf("message %q", data.ErrorMessage(err))
	}
	ev.Scores[c[1].ID] = 27.5
	must(t, a.SaveEvaluation(ctx, ev))
	if ev.Total != 90.5 || ev.Conclusion != "Xuất sắc" {
		t.Fatalf("total %v conclusion %q", ev.Total, ev.Conclusion)
	}
	ev.Scores[c[2].ID] = 20
	must(t, a.SaveEvaluation(ctx, ev))
	if ev.Total != 65.5 || ev.Conclusion != "Đạt" {
		t.Fatalf("total %v conclusion %q", ev.Total, ev.Conclusion)
	}
	log, _, err := a.FindAudit(ctx, data.AuditFilter{Table: "evaluations", RecordID: ev.ID})
	must(t, err)
	if len(log) != 2 || !hasChange(log[0].Changes, "score:Hiệu quả", "45", "20") {
		t.Fatalf("audit %+v", log)
	}

	// A criterion that has scores cannot be removed from the set.
	set2, err := a.GetCriteriaSet(ctx, set.ID)
	must(t, err)
	set2.Criteria = set2.Criteria[:2]
	set2.Thresholds = []data.Threshold{{Conclusion: "Đạt", MinPoints: 25}}
	wantCode(t, a.SaveCriteriaSet(ctx, set2), data.EInUse)

	must(t, a.LockEvaluation(ctx, ev.ID, ev.Version))
	locked, err := a.GetEvaluation(ctx, ev.ID)
	must(t, err)
	if !locked.Locked {
		t.Fatal("not locked")
	}
	locked.Scores[c[0].ID] = 20
	wantCode(t, a.SaveEvaluation(ctx, locked), data.ELocked)
	wantCode(t, a.Delete(ctx, "evaluations", ev.ID), data.ELocked)
	// Not even a hand edit of the file can change it.
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	_, err = db.Exec("UPDATE evaluations SET total = 100 WHERE id = ?", ev.ID)
	if err == nil || !strings.Contains(err.Error(), "evaluation locked") {
		t.Fatalf("raw update of a locked evaluation: %v", err)
	}
	_, err = db.Exec("DELETE FROM evaluation_scores WHERE evaluation_id = ?", ev.ID)
	if err == nil {
		t.Fatal("raw delete of a locked evaluation's scores succeeded")
	}
	// Purging the whole entry from the bin still works.
	must(t, a.Delete(ctx, "entries", e.ID))
	must(t, a.Purge(ctx, "entries", e.ID))
	_, err = a.GetEvaluation(ctx, ev.ID)
	wantCode(t, err, data.ENotFound)
}

func hasChange(cs []data.Change, field, old, new string) bool {
	for _, c := range cs {
		if c.Field == field && c.Old == old && c.New == new {
			return true
		}
	}
	return false
}

func TestCommendations(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e1 := fx.entry(t, "Điển hình A", func(e *data.Entry) { e.Kind = data.KindIndividual; e.Person = "Nguyễn Văn An" })
	e2 := fx.entry(t, "Mô hình B")
	cs, err := a.ProposeCommendations(ctx, []int64{e1.ID, e2.ID}, 2020, fx.forms[0].ID,
		"Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” giai đoạn 2016–2020")
	must(t, err)
	if len(cs) != 2 || cs[0].Status != data.AwardProposed {
		t.Fatalf("%+v", cs)
	}
	// Granting needs a decision number; all or none.
	wantCode(t, a.GrantCommendations(ctx, []int64{cs[0].ID, cs[1].ID}, "", "2020-12-20"), data.EInvalid)
	must(t, a.GrantCommendations(ctx, []int64{cs[0].ID, cs[1].ID}, "3125/QĐ-UBND", "2020-12-20"))
	rows, total, err := a.FindEntries(ctx, data.EntryFilter{Commended: data.Yes, CommendYear: 2020})
	must(t, err)
	if total != 2 || !rows[0].Commended {
		t.Fatalf("commended %d", total)
	}
	_, total, err = a.FindEntries(ctx, data.EntryFilter{Commended: data.No})
	must(t, err)
	if total != 0 {
		t.Fatalf("not commended %d", total)
	}
	got, err := a.EntryCommendations(ctx, e1.ID)
	must(t, err)
	if len(got) != 1 || got[0].DecisionNo != "3125/QĐ-UBND" || got[0].DecisionDate != "2020-12-20" {
		t.Fatalf("%+v", got)
	}
}

func TestAttachments(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e := fx.entry(t, "Mô hình có ảnh")
	png := append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{1, 2, 3}, 1000)...)
	att, err := a.AddAttachment(ctx, e.ID, `C:\Users\lan\Ảnh\họp dân.PNG`, "Buổi họp dân ở ấp 3", png)
	must(t, err)
	if att.FileName != "họp dân.PNG" || att.MIME != "image/png" || !att.IsImage() || att.Size != int64(len(png)) {
		t.Fatalf("%+v", att)
	}
	back, err := a.AttachmentData(ctx, att.ID)
	must(t, err)
	if !bytes.Equal(back, png) {
		t.Fatal("stored bytes differ")
	}
	_, err = a.AddAttachment(ctx, e.ID, "anh.jpg", "", []byte("MZ\x90\x00 a Windows program"))
	wantCode(t, err, data.EUnsupported)
	_, err = a.AddAttachment(ctx, e.ID, "chuong-trinh.exe", "", []byte("MZ"))
	wantCode(t, err, data.EUnsupported)
	_, err = a.AddAttachment(ctx, e.ID, "lon.pdf", "", append([]byte("%PDF-1.7"), make([]byte, data.MaxAttachmentSize)...))
	wantCode(t, err, data.ETooLarge)
	list, err := a.EntryAttachments(ctx, e.ID)
	must(t, err)
	if len(list) != 1 {
		t.Fatalf("%d attachments", len(list))
	}
	must(t, a.Delete(ctx, "attachments", att.ID))
	list, err = a.EntryAttachments(ctx, e.ID)
	must(t, err)
	if len(list) != 0 {
		t.Fatal("deleted attachment still listed")
	}
}
