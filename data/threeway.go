package data

import "reflect"

// EditMerge is what comes of two people's edits of one record made from the
// same starting version (three-way: the start, mine, theirs).
type EditMerge struct {
	// Merged is theirs (so it saves on top of the stored version) with every
	// field only I changed set to mine; a field both changed holds theirs
	// until the person chooses (see SetEntryField).
	Merged *Entry
	// TheirsOnly lists the fields only they changed: taken without asking.
	TheirsOnly []string
	// Conflicts lists the fields both changed, to different values: the
	// only ones a person has to decide. Column names, in form order.
	Conflicts []string
}

// MergeEntryEdits compares base (the version the form was opened with),
// mine (what I am saving) and theirs (what is stored now) field by field. A
// field changed on one side only takes that side's value; a field both
// changed alike keeps it.
func MergeEntryEdits(base, mine, theirs *Entry) EditMerge {
	out := *theirs
	res := EditMerge{Merged: &out}
	bc, mc, tc, oc := contentColumns(base), contentColumns(mine), contentColumns(theirs), contentColumns(&out)
	for i, c := range oc {
		b, m, t := colValue(bc[i]), colValue(mc[i]), colValue(tc[i])
		switch {
		case reflect.DeepEqual(m, t):
		case reflect.DeepEqual(t, b):
			setColumn(c, mc[i])
		case reflect.DeepEqual(m, b):
			res.TheirsOnly = append(res.TheirsOnly, c.name)
		default:
			res.Conflicts = append(res.Conflicts, c.name)
		}
	}
	return res
}

// SetEntryField copies one field, named by its column, from src to dst.
func SetEntryField(dst, src *Entry, field string) {
	sc := contentColumns(src)
	for i, c := range contentColumns(dst) {
		if c.name == field {
			setColumn(c, sc[i])
		}
	}
}

// contentColumns are the columns of r a person edits, in the order of the
// form: the row's own, then for an entry the texts stored beside it; not the
// derived ones (sort keys). Save conflicts and merges of archives both
// compare records over this one list.
func contentColumns(r record) []column {
	cols := r.columns()
	if e, ok := r.(*Entry); ok {
		cols = append(cols, e.textColumns()...)
	}
	var out []column
	for _, c := range cols {
		if !c.derived {
			out = append(out, c)
		}
	}
	return out
}

func setColumn(dst, src column) {
	reflect.ValueOf(dst.ptr).Elem().Set(reflect.ValueOf(src.ptr).Elem())
}
