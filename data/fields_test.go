package data_test

import (
	"database/sql"
	"reflect"
	"slices"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestEntryFieldsDescribeEveryField: every field of Entry a person fills
// (all but its bookkeeping) is described once in EntryFields, and the
// archive stores exactly the described fields. A field added to Entry, or
// a column added to entries or entry_texts, without its description fails
// here rather than being left out of the form, the file, the spreadsheets,
// the save conflicts or the merge.
func TestEntryFieldsDescribeEveryField(t *testing.T) {
	fields := data.EntryFields()
	typ := reflect.TypeOf(data.Entry{})
	seen := map[string]string{}
	for i := 0; i < typ.NumField(); i++ {
		sf := typ.Field(i)
		if !sf.IsExported() || sf.Anonymous { // Meta: the bookkeeping
			continue
		}
		var e data.Entry
		v := reflect.ValueOf(&e).Elem().Field(i)
		switch v.Kind() {
		case reflect.String:
			v.SetString("x")
		case reflect.Int, reflect.Int64:
			v.SetInt(7)
		default:
			t.Fatalf("Entry.%s is a %s: give EntryField a way to hold it", sf.Name, v.Kind())
		}
		diff := data.DiffEntries(&data.Entry{}, &e)
		if len(diff) != 1 {
			t.Errorf("Entry.%s is described by %d fields of EntryFields (%v), want 1", sf.Name, len(diff), diff)
			continue
		}
		if other, dup := seen[diff[0]]; dup {
			t.Errorf("EntryFields' %q describes both Entry.%s and Entry.%s", diff[0], other, sf.Name)
		}
		seen[diff[0]] = sf.Name
	}
	if len(seen) != len(fields) {
		t.Errorf("EntryFields has %d fields, Entry %d", len(fields), len(seen))
	}
	labels := map[string]bool{}
	for _, f := range fields {
		if f.Label == "" || labels[f.Label] {
			t.Errorf("field %q: label %q empty or used twice", f.Name, f.Label)
		}
		labels[f.Label] = true
		if got, ok := data.EntryFieldNamed(f.Name); !ok || got.Label != f.Label {
			t.Errorf("EntryFieldNamed(%q) = %v, %v", f.Name, got, ok)
		}
	}

	// The tables hold the described fields: entries the short ones, in
	// form order, entry_texts the long ones.
	a, path := newArchive(t)
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	must(t, err)
	defer db.Close()
	bookkeeping := []string{"id", "uid", "version", "created_at", "created_by", "updated_at", "updated_by",
		"deleted_at", "deleted_by", "name_key", "entry_id"}
	columns := func(table string) []string {
		rows, err := db.Query("SELECT name FROM pragma_table_info(?) ORDER BY cid", table)
		must(t, err)
		defer rows.Close()
		var out []string
		for rows.Next() {
			var n string
			must(t, rows.Scan(&n))
			if !slices.Contains(bookkeeping, n) {
				out = append(out, n)
			}
		}
		return out
	}
	var short, long []string
	for _, f := range fields {
		if f.Type == data.FieldText {
			long = append(long, f.Name)
		} else {
			short = append(short, f.Name)
		}
	}
	if got := columns("entries"); !slices.Equal(got, short) {
		t.Errorf("entries has the columns %v, EntryFields describes %v", got, short)
	}
	if got := columns("entry_texts"); !slices.Equal(got, long) {
		t.Errorf("entry_texts has the columns %v, EntryFields describes %v", got, long)
	}

	// Every described field is stored and read back, through the table.
	fx := seed(t, a)
	e := &data.Entry{Kind: data.KindIndividual, UnitID: fx.commune1.ID, FieldID: fx.fields[0].ID, PhaseID: fx.phase2.ID,
		Year: 2022, ReplicationCount: 3}
	for _, f := range fields {
		if p := f.Text(e); p != nil {
			*p = "Nội dung của " + f.Label
		}
	}
	must(t, a.SaveEntry(ctx, e))
	got, err := a.GetEntry(ctx, e.ID)
	must(t, err)
	if diff := data.DiffEntries(e, got); len(diff) > 0 {
		t.Errorf("read back differently: %v", diff)
	}
}
