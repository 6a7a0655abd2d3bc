package data_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

func TestSaveEntryNormalisesText(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	// Decomposed input, as Windows' Vietnamese keyboard and Mac files give it.
	nfd := "  Mo\u0302 hi\u0300nh  \u201cDa\u0302n va\u0323\u0302n khe\u0301o\u201d\u00a0  "
	e := fx.entry(t, nfd, func(e *data.Entry) {
		e.Method = "Dòng một  \r\nDòng hai\r\n\r\n\r\n\r\nDòng ba   "
	})
	got, err := a.GetEntry(ctx, e.ID)
	must(t, err)
	if got.Name != "Mô hình “Dân vận khéo”" {
		t.Fatalf("name stored as %q", got.Name)
	}
	if got.Method != "Dòng một\nDòng hai\n\nDòng ba" {
		t.Fatalf("method stored as %q", got.Method)
	}
	if got.UID == "" || got.Version != 1 || got.CreatedBy != "Nguyễn Thị Lan" || got.CreatedAt.IsZero() {
		t.Fatalf("meta %+v", got.Meta)
	}
}

func TestSaveEntryValidation(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e := &data.Entry{Kind: data.KindIndividual, Name: "   ", Year: 1890, PhaseID: fx.phase1.ID}
	err := a.SaveEntry(ctx, e)
	wantCode(t, err, data.EInvalid)
	fields := map[string]string{}
	for _, f := range data.FieldErrors(err) {
		fields[f.Field] = f.Message
	}
	for _, want := range []string{"name", "unit_id", "field_id", "year", "person"} {
		if fields[want] == "" {
			t.Errorf("no message for %s: %v", want, fields)
		}
	}
	if !strings.Contains(fields["name"], "Tên mô hình") {
		t.Errorf("the message does not name the field: %q", fields["name"])
	}
	// A year outside the phase.
	e = &data.Entry{Kind: data.KindModel, Name: "Mô hình", UnitID: fx.commune1.ID, FieldID: fx.fields[0].ID,
		PhaseID: fx.phase1.ID, Year: 2023}
	err = a.SaveEntry(ctx, e)
	wantCode(t, err, data.EInvalid)
	if !strings.Contains(data.ErrorMessage(err), "không thuộc giai đoạn 2016–2020") {
		t.Fatalf("message %q", data.ErrorMessage(err))
	}
	if e.ID != 0 {
		t.Fatal("a refused entry got an ID")
	}
	_, total, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 0 {
		t.Fatalf("%d entries stored after refused saves", total)
	}
}

// TestConflictKeepsBothVersions plays two people editing one entry: the
// second save is refused with both versions, and the first is kept.
func TestConflictKeepsBothVersions(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	e := fx.entry(t, "Mô hình hiến đất làm đường")
	b := openAgain(t, path, data.Actor{User: "hung.nv", Machine: "MAY-VP-02", Display: "Nguyễn Văn Hùng"})

	mine, err := a.GetEntry(ctx, e.ID)
	must(t, err)
	theirs, err := b.GetEntry(ctx, e.ID)
	must(t, err)
	theirs.Results = "Làm mới 3,2 km đường bê tông"
	must(t, b.SaveEntry(ctx, theirs))

	mine.Results = "Vận động 126 hộ hiến 12.500 m² đất"
	err = a.SaveEntry(ctx, mine)
	wantCode(t, err, data.EConflict)
	var ce *data.ConflictError
	if !errors.As(err, &ce) {
		t.Fatalf("%T", err)
	}
	m, ok1 := ce.Mine.(*data.Entry)
	th, ok2 := ce.Theirs.(*data.Entry)
	if !ok1 || !ok2 || m.Results != mine.Results || th.Results != theirs.Results || th.UpdatedBy != "Nguyễn Văn Hùng" {
		t.Fatalf("conflict carries mine %+v theirs %+v", ce.Mine, ce.Theirs)
	}
	stored, err := a.GetEntry(ctx, e.ID)
	must(t, err)
	if stored.Results != theirs.Results || stored.Version != 2 {
		t.Fatalf("stored %q v%d", stored.Results, stored.Version)
	}
	// Keeping mine after seeing theirs: save on top of their version.
	mine.Version = th.Version
	must(t, a.SaveEntry(ctx, mine))
	stored, err = b.GetEntry(ctx, e.ID)
	must(t, err)
	if stored.Results != mine.Results || stored.Version != 3 {
		t.Fatalf("stored %q v%d", stored.Results, stored.Version)
	}
}

func TestSavingWithoutChangeTouchesNothing(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e := fx.entry(t, "Mô hình không đổi")
	must(t, a.SaveEntry(ctx, e))
	must(t, a.SaveEntry(ctx, e))
	if e.Version != 1 {
		t.Fatalf("version %d after saves without change", e.Version)
	}
	log, _, err := a.FindAudit(ctx, data.AuditFilter{Table: "entries", RecordID: e.ID})
	must(t, err)
	if len(log) != 1 {
		t.Fatalf("%d audit lines", len(log))
	}
}

func TestAuditRecordsWhoWhenWhat(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e := fx.entry(t, "Mô hình ban đầu", func(e *data.Entry) { e.Place = "ấp 3, xã Tân Hòa" })
	e.Name = "Mô hình đã sửa tên"
	e.Place = ""
	must(t, a.SaveEntry(ctx, e))
	must(t, a.Delete(ctx, "entries", e.ID))
	must(t, a.Restore(ctx, "entries", e.ID))
	log, total, err := a.FindAudit(ctx, data.AuditFilter{Table: "entries", RecordID: e.ID})
	must(t, err)
	if total != 4 {
		t.Fatalf("%d lines", total)
	}
	actions := []string{log[3].Action, log[2].Action, log[1].Action, log[0].Action}
	if strings.Join(actions, ",") != "create,update,delete,restore" {
		t.Fatalf("actions %v", actions)
	}
	upd := log[2]
	if upd.User != "lan.nt" || upd.Machine != "MAY-VP-01" || upd.Display != "Nguyễn Thị Lan" || upd.At.IsZero() {
		t.Fatalf("who/when %+v", upd)
	}
	changes := map[string]data.Change{}
	for _, c := range upd.Changes {
		changes[c.Field] = c
	}
	if len(changes) != 2 || changes["name"].Old != "Mô hình ban đầu" || changes["name"].New != "Mô hình đã sửa tên" ||
		changes["place"].Old != "ấp 3, xã Tân Hòa" || changes["place"].New != "" {
		t.Fatalf("changes %+v", upd.Changes)
	}
	if data.EntryFieldLabels["place"] != "Địa bàn thực hiện" {
		t.Fatal("no Vietnamese label for a changed field")
	}
	byPerson, _, err := a.FindAudit(ctx, data.AuditFilter{Person: "lan"})
	must(t, err)
	if len(byPerson) < 4 {
		t.Fatalf("%d lines by person", len(byPerson))
	}
}

func TestUnitRules(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	// A unit cannot sit under its own sub-unit.
	fx.district.ParentID = fx.commune1.ID
	wantCode(t, a.SaveUnit(ctx, fx.district), data.EInvalid)
	fx.district.ParentID = 0
	bad := &data.Unit{Name: "Đảng ủy xã mới", ValidFrom: "2025-07-01", ValidTo: "2025-01-01"}
	wantCode(t, a.SaveUnit(ctx, bad), data.EInvalid)
	// A unit in use cannot be deleted; an unused one can.
	fx.entry(t, "Mô hình của xã")
	wantCode(t, a.DeleteUnit(ctx, fx.commune1.ID), data.EInUse)
	spare := &data.Unit{Name: "Đơn vị nhập nhầm"}
	must(t, a.SaveUnit(ctx, spare))
	must(t, a.DeleteUnit(ctx, spare.ID))
	// Renaming a unit makes its entries findable by the new name.
	c1, err := a.GetUnit(ctx, fx.commune1.ID)
	must(t, err)
	c1.Name = "Đảng ủy xã Tân Hòa Đông"
	c1.SuccessorID = fx.commune2.ID
	must(t, a.SaveUnit(ctx, c1))
	_, total, err := a.FindEntries(ctx, data.EntryFilter{Text: "hoa dong"})
	must(t, err)
	if total != 1 {
		t.Fatalf("renamed unit: %d found", total)
	}
	wantCode(t, a.DeleteField(ctx, fx.fields[0].ID), data.EInUse)
}

func TestDocumentNumbersNeverRepeat(t *testing.T) {
	a, path := newArchive(t)
	b := openAgain(t, path, tester)
	seen := map[int]bool{}
	for i := 0; i < 10; i++ {
		for _, x := range []*data.Archive{a, b} {
			n, err := x.NextDocNumber(ctx, "BC", 2026)
			must(t, err)
			if seen[n] {
				t.Fatalf("number %d given twice", n)
			}
			seen[n] = true
		}
	}
	n, err := a.NextDocNumber(ctx, "BC", 2027)
	must(t, err)
	if n != 1 {
		t.Fatalf("a new year starts at %d", n)
	}
}

func TestSettingsConflict(t *testing.T) {
	a, path := newArchive(t)
	b := openAgain(t, path, tester)
	s1, err := a.Settings(ctx)
	must(t, err)
	s2, err := b.Settings(ctx)
	must(t, err)
	s1.Place, s1.Superior = "Đồng Xoài", "ĐẢNG BỘ TỈNH PHƯỚC SƠN"
	must(t, a.SaveSettings(ctx, s1))
	s2.SignerName = "Trần Văn B"
	wantCode(t, b.SaveSettings(ctx, s2), data.EConflict)
	got, err := b.Settings(ctx)
	must(t, err)
	if got.Place != "Đồng Xoài" || got.SignerName != "" {
		t.Fatalf("%+v", got)
	}
}

func TestAuditPersonIgnoresDiacritics(t *testing.T) {
	a, path := newArchive(t)
	b := openAgain(t, path, data.Actor{User: "do.va", Machine: "MAY-02", Display: "Đỗ Văn Ánh"})
	must(t, b.SaveField(ctx, &data.Field{Name: "Xây dựng nông thôn mới", Position: 5}))
	for _, q := range []string{"do van", "ĐỖ", "anh", "do.va"} {
		log, _, err := a.FindAudit(ctx, data.AuditFilter{Person: q})
		must(t, err)
		if len(log) != 1 || log[0].Display != "Đỗ Văn Ánh" {
			t.Errorf("person %q: %d lines", q, len(log))
		}
	}
}

func TestDocSettings(t *testing.T) {
	a, _ := newArchive(t)
	v, err := a.DocSetting(ctx, "report.summary.2025")
	must(t, err)
	if v != "" {
		t.Fatalf("%q", v)
	}
	must(t, a.SaveDocSetting(ctx, "report.summary.2025", "I. ĐẶC ĐIỂM TÌNH HÌNH\nNăm 2025…"))
	v, err = a.DocSetting(ctx, "report.summary.2025")
	must(t, err)
	if v != "I. ĐẶC ĐIỂM TÌNH HÌNH\nNăm 2025…" {
		t.Fatalf("%q", v)
	}
	// The archive's own settings are out of the documents' reach, whatever
	// namespace a document chooses for its own.
	for _, key := range []string{"org.issuer", "sign.name", "settings.version", "archive.uid", "collation.version", "recipients", ".x", "report."} {
		wantCode(t, a.SaveDocSetting(ctx, key, "X"), data.EInvalid)
		_, err = a.DocSetting(ctx, key)
		wantCode(t, err, data.EInvalid)
	}
	uid, err := a.ArchiveUID(ctx)
	must(t, err)
	if s, _ := a.Settings(ctx); s.Issuer == "X" || uid == "X" {
		t.Fatal("a document's setting overwrote the archive's")
	}
	must(t, a.SaveDocSetting(ctx, "export.columns", "name,unit"))
	if v, _ := a.DocSetting(ctx, "export.columns"); v != "name,unit" {
		t.Fatalf("a document's own namespace: %q", v)
	}
	log, _, err := a.FindAudit(ctx, data.AuditFilter{Table: "settings"})
	must(t, err)
	if len(log) != 2 || log[1].Label != "Cài đặt văn bản: report.summary.2025" {
		t.Fatalf("%+v", log)
	}
}

// TestUnnamedIndividual: a batch (an import) may store an individual
// exemplar whose person is not known yet; the form's save asks for it.
func TestUnnamedIndividual(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	e := &data.Entry{Kind: data.KindIndividual, Name: "Người gom rác thuê ấp 3", UnitID: fx.commune1.ID,
		FieldID: fx.fields[0].ID, PhaseID: fx.phase1.ID, Year: 2018}
	must(t, a.Batch(ctx, "import", "Nhập thử", func(b *data.Batch) error { return b.Save(e) }))
	if e.ID == 0 {
		t.Fatal("not stored")
	}
	e.Place = "ấp 3"
	err := a.SaveEntry(ctx, e)
	wantCode(t, err, data.EInvalid)
	if f := data.FieldErrors(err); len(f) != 1 || f[0].Field != "person" {
		t.Fatalf("field errors %+v", f)
	}
	e.Person = "Nguyễn Văn Ba"
	must(t, a.SaveEntry(ctx, e))
}
