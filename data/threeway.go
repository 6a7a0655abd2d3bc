package data

import "github.com/danvankheo/danvankheo/data/internal/store"

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
	for _, f := range store.EntryFields {
		b, m, t := f.Value(base), f.Value(mine), f.Value(theirs)
		switch {
		case m == t:
		case t == b:
			f.Set(&out, mine)
		case m == b:
			res.TheirsOnly = append(res.TheirsOnly, f.Name)
		default:
			res.Conflicts = append(res.Conflicts, f.Name)
		}
	}
	return res
}

// SetEntryField copies one field, named by its column, from src to dst.
func SetEntryField(dst, src *Entry, field string) {
	if f, ok := store.EntryFieldNamed(field); ok {
		f.Set(dst, src)
	}
}
