package data_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestBatchIndexesAtTheEnd saves entries in a batch, one of them twice, and
// finds each by its final name; a failed batch leaves no index words.
func TestBatchIndexesAtTheEnd(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	var ids []int64
	err := a.Batch(ctx, "import", "nhập thử", func(b *data.Batch) error {
		ids = ids[:0]
		for i := range 50 {
			e := &data.Entry{Kind: data.KindModel, Name: fmt.Sprintf("Đường hoa nông thôn số %d", i),
				UnitID: fx.commune1.ID, FieldID: fx.fields[0].ID, Year: 2024}
			if err := b.Save(e); err != nil {
				return err
			}
			ids = append(ids, e.ID)
		}
		e, err := b.Entry(ids[0])
		if err != nil {
			return err
		}
		e.Name = "Đội xung kích đắp đập"
		return b.Save(e)
	})
	must(t, err)
	got, err := a.SearchIDs(ctx, "duong hoa")
	must(t, err)
	if len(got) != 49 || slices.Contains(got, ids[0]) {
		t.Errorf("duong hoa: %d entries (first included: %v), want 49 without the renamed one", len(got), slices.Contains(got, ids[0]))
	}
	if got, _ := a.SearchIDs(ctx, "dap dap"); !slices.Equal(got, []int64{ids[0]}) {
		t.Errorf("dap dap: %v, want [%d]", got, ids[0])
	}

	boom := errors.New("dừng")
	err = a.Batch(ctx, "import", "nhập hỏng", func(b *data.Batch) error {
		e := &data.Entry{Kind: data.KindModel, Name: "Mô hình không được lưu",
			UnitID: fx.commune1.ID, FieldID: fx.fields[0].ID, Year: 2024}
		if err := b.Save(e); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("failed batch: %v", err)
	}
	if got, _ := a.SearchIDs(ctx, "khong duoc luu"); len(got) != 0 {
		t.Errorf("a failed batch left index words: %v", got)
	}
}
