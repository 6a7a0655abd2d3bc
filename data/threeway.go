package data

import (
	"reflect"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

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
	bc, mc, tc, oc := store.ContentColumns(base), store.ContentColumns(mine), store.ContentColumns(theirs), store.ContentColumns(&out)
	for i, c := range oc {
		b, m, t := store.ColValue(bc[i]), store.ColValue(mc[i]), store.ColValue(tc[i])
		switch {
		case reflect.DeepEqual(m, t):
		case reflect.DeepEqual(t, b):
			store.SetColumn(c, mc[i])
		case reflect.DeepEqual(m, b):
			res.TheirsOnly = append(res.TheirsOnly, c.Name)
		default:
			res.Conflicts = append(res.Conflicts, c.Name)
		}
	}
	return res
}

// SetEntryField copies one field, named by its column, from src to dst.
func SetEntryField(dst, src *Entry, field string) {
	sc := store.ContentColumns(src)
	for i, c := range store.ContentColumns(dst) {
		if c.Name == field {
			store.SetColumn(c, sc[i])
		}
	}
}
