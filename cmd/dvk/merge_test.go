package main

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// mergeFiles makes an office archive with two models and a colleague's copy
// of it; the copy adds a model and both edit the first model's place.
func mergeFiles(t *testing.T) (office, other string) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	o := data.Options{BackupDir: filepath.Join(dir, "saoluu"), Actor: data.Actor{User: "lan.nt", Display: "Nguyễn Thị Lan"}}
	office = filepath.Join(dir, "kho.dvk")
	a, err := data.Create(ctx, office, o)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	fields, _ := a.Fields(ctx)
	phase := &data.Phase{Name: "2021–2025", StartYear: 2021, EndYear: 2025}
	unit := &data.Unit{Name: "Đảng ủy xã Tân Hòa"}
	check := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	check(a.SavePhase(ctx, phase))
	check(a.SaveUnit(ctx, unit))
	entry := func(a *data.Archive, name string) *data.Entry {
		e := &data.Entry{Kind: data.KindModel, Name: name, UnitID: unit.ID, FieldID: fields[0].ID, PhaseID: phase.ID, Year: 2022}
		check(a.SaveEntry(ctx, e))
		return e
	}
	first := entry(a, "Mô hình hiến đất làm đường")
	entry(a, "Mô hình camera an ninh")
	bk, err := a.Backup(ctx, "thu-cong")
	check(err)
	other = filepath.Join(dir, "kho-huyen.dvk")
	check(data.RestoreBackupTo(ctx, bk, other))
	o.Actor = data.Actor{User: "hung.nv", Display: "Nguyễn Văn Hùng"}
	b, err := data.Open(ctx, other, o)
	check(err)
	entry(b, "Mô hình chợ phiên nông sản sạch")
	for _, x := range []struct {
		ar    *data.Archive
		place string
	}{{a, "Ấp 5"}, {b, "Ấp 3"}} {
		e, err := x.ar.GetEntry(ctx, first.ID)
		check(err)
		e.Place = x.place
		check(x.ar.SaveEntry(ctx, e))
	}
	check(b.Close())
	return office, other
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestMergeDryRunThenMerge(t *testing.T) {
	office, other := mergeFiles(t)
	before, theirs := sum(t, office), sum(t, other)
	out, errOut, code := dvk(t, "merge", office, other, "--dry-run")
	if code != 0 {
		t.Fatalf("dry run: %d %s %s", code, out, errOut)
	}
	for _, want := range []string{
		"Gộp kho “kho-huyen.dvk” vào “kho.dvk” (lần gộp đầu tiên với kho này).",
		"Mô hình, điển hình", "Xung đột – sửa ở cả hai kho (1):",
		"1. Mô hình hiến đất làm đường",
		"Địa bàn thực hiện: kho này “Ấp 5”; kho kia “Ấp 3”", "– Nguyễn Văn Hùng)",
		"chưa ghi gì vào kho",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, out)
		}
	}
	if sum(t, office) != before || sum(t, other) != theirs {
		t.Fatal("a dry run changed a file")
	}

	out, errOut, code = dvk(t, "merge", office, other)
	if code != 0 || !strings.Contains(out, "Đã gộp: thêm 1, cập nhật 0 bản ghi. Xung đột: giữ bản của kho này 1, lấy bản của kho kia 0.") ||
		!strings.Contains(out, "Bản sao lưu trước khi gộp:") {
		t.Fatalf("merge: %d %s %s", code, out, errOut)
	}
	if sum(t, other) != theirs {
		t.Fatal("the other archive was written")
	}
	out, _, _ = dvk(t, "list", office, "--search", "cho phien")
	if !strings.Contains(out, "Mô hình chợ phiên nông sản sạch") {
		t.Fatalf("merged entry not listed: %s", out)
	}
	// The conflict was kept as mine; nothing is new the second time.
	out, _, code = dvk(t, "merge", office, other)
	if code != 0 || !strings.Contains(out, "lần gộp trước:") || !strings.Contains(out, "Không có gì mới để gộp.") {
		t.Fatalf("second merge: %d %s", code, out)
	}
}

func TestMergeTheirs(t *testing.T) {
	office, other := mergeFiles(t)
	out, errOut, code := dvk(t, "merge", office, other, "--theirs")
	if code != 0 || !strings.Contains(out, "lấy bản của kho kia 1") {
		t.Fatalf("merge --theirs: %d %s %s", code, out, errOut)
	}
	out, _, _ = dvk(t, "list", office, "--search", "hien dat")
	if !strings.Contains(out, "Mô hình hiến đất làm đường") {
		t.Fatalf("list: %s", out)
	}
	a, err := data.Open(context.Background(), office, data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	rows, _, err := a.FindEntries(context.Background(), data.EntryFilter{Text: "hien dat"})
	if err != nil || len(rows) != 1 || rows[0].Place != "Ấp 3" {
		t.Fatalf("place after --theirs: %+v %v", rows, err)
	}
}

func TestMergeErrors(t *testing.T) {
	office, other := mergeFiles(t)
	text := filepath.Join(t.TempDir(), "ghi-chu.dvk")
	if err := os.WriteFile(text, []byte("không phải kho"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := sum(t, office)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"merge", office, text}, 1, "không phải là kho dữ liệu Dân vận khéo"},
		{[]string{"merge", office, office}, 1, "chính nó"},
		{[]string{"merge", office}, 2, "Lệnh merge cần: TỆP, KHO_KIA."},
		{[]string{"merge", office, other, "--ours"}, 2, "không có tùy chọn -ours"},
	} {
		_, errOut, code := dvk(t, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: %d %q", c.args[1:], code, errOut)
		}
	}
	if sum(t, office) != before {
		t.Fatal("a refused merge changed the archive")
	}
}
