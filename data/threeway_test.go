package data_test

import (
	"reflect"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestMergeEntryEditsFieldByField: a field only one side changed takes that
// side's value without asking, one both changed alike is no conflict, and
// only one both changed differently is listed; the merged entry saves on
// top of the stored version.
func TestMergeEntryEditsFieldByField(t *testing.T) {
	base := &data.Entry{Meta: data.Meta{ID: 7, Version: 3}, Kind: data.KindModel, Name: "Dân vận khéo xây dựng đường quê",
		UnitID: 1, FieldID: 2, Year: 2020, Place: "ấp 1", Person: "Tổ tự quản", Notes: "cũ", Results: "cũ", Method: "cũ"}
	mine, theirs := *base, *base
	theirs.Version = 4
	mine.Place = "ấp 7"       // only mine
	theirs.Results = "của họ" // only theirs
	mine.Year, theirs.Year = 2021, 2021
	mine.Name, theirs.Name = "Tên của tôi", "Tên của họ"       // both, differently
	mine.Method, theirs.Method = "cách của tôi", "cách của họ" // both, differently, a text
	mine.FieldID = 5                                           // only mine, a reference

	m := data.MergeEntryEdits(base, &mine, &theirs)
	if !reflect.DeepEqual(m.Conflicts, []string{"name", "method"}) {
		t.Fatalf("conflicts %v", m.Conflicts)
	}
	if !reflect.DeepEqual(m.TheirsOnly, []string{"results"}) {
		t.Fatalf("taken from theirs %v", m.TheirsOnly)
	}
	got := m.Merged
	if got.Version != 4 || got.Place != "ấp 7" || got.FieldID != 5 || got.Results != "của họ" || got.Year != 2021 ||
		got.Name != "Tên của họ" || got.Method != "cách của họ" || got.Person != "Tổ tự quản" {
		t.Fatalf("merged %+v", got)
	}
	data.SetEntryField(got, &mine, "name")
	if got.Name != "Tên của tôi" || got.Method != "cách của họ" {
		t.Fatalf("after choosing mine for the name: %q, %q", got.Name, got.Method)
	}
	if mine.Name != "Tên của tôi" || theirs.Name != "Tên của họ" || base.Place != "ấp 1" {
		t.Fatal("the inputs changed")
	}
}
