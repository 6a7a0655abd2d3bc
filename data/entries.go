package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// The fields of an entry are described once, in data/internal/store (the
// columns are made from the description); these are their public names.
type (
	// EntryField describes one field of an entry: its column (Name), its
	// Vietnamese label, the type of its value, and how to read, set and
	// show it (Value, Text, Set, Show).
	EntryField = store.EntryField
	// FieldType is what a field of an entry holds.
	FieldType = store.FieldType
)

// The types of the entry's fields.
const (
	FieldChoice = store.FieldChoice // one of Kinds
	FieldLine   = store.FieldLine   // one line of text (a name, a place)
	FieldText   = store.FieldText   // a long text of the form
	FieldYear   = store.FieldYear   // a year, shown without grouping
	FieldCount  = store.FieldCount  // a whole number, shown with the thousands grouped
	FieldRef    = store.FieldRef    // the ID of a catalogue item
)

// EntryFields lists the fields of an entry in the order of its
// registration form. The slice is shared: do not change it.
func EntryFields() []EntryField { return store.EntryFields }

// EntryFieldNamed returns the field of the column name.
func EntryFieldNamed(name string) (EntryField, bool) { return store.EntryFieldNamed(name) }

// EntryFieldLabels names the entry's columns in Vietnamese (EntryFields'
// labels by name), for the history of a record.
var EntryFieldLabels = func() map[string]string {
	m := map[string]string{}
	for _, f := range store.EntryFields {
		m[f.Name] = f.Label
	}
	return m
}()

// DiffEntries returns the names of the fields whose values differ between
// a and b, in form order.
func DiffEntries(a, b *Entry) []string {
	var out []string
	for _, f := range store.EntryFields {
		if f.Value(a) != f.Value(b) {
			out = append(out, f.Name)
		}
	}
	return out
}

// SaveEntry creates the entry (ID 0) or updates it. Text is normalised to
// NFC and trimmed first. It returns an EInvalid *Error naming each bad field,
// a *ConflictError when someone else saved the entry since it was loaded, or
// EReadOnly.
//
// An individual exemplar needs its person here; a batch (an import) may
// store one without, for the person to be added later.
func (a *Archive) SaveEntry(ctx context.Context, e *Entry) error {
	store.ByHand(e, true)
	defer store.ByHand(e, false)
	return save(ctx, a, e)
}

// GetEntry returns the entry with id, deleted or not; ENotFound if none.
func (a *Archive) GetEntry(ctx context.Context, id int64) (*Entry, error) {
	return get[Entry](ctx, a, id)
}
