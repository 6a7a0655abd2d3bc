package merge

import (
	"context"
	"strconv"

	"github.com/danvankheo/danvankheo/data/internal/store"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// addNeeded brings back a record deleted for good here when a record the
// merge adds or updates refers to it: the reference must hold.
func (m *merger) addNeeded(ctx context.Context, rq store.Tx) error {
	for changed := true; changed; {
		changed = false
		for _, t := range mergeTables {
			var rows []*mrow
			for _, it := range m.items[t.name] {
				if it.op == opAdd || it.op == opTake {
					rows = append(rows, it.remote)
				}
			}
			if err := m.remote.load(ctx, rq, t, rows); err != nil {
				return err
			}
			for _, r := range rows {
				for _, f := range t.refs {
					uid, _ := m.remote.uidOf(f.table, *refPtr(r.full, f.col))
					if x := m.itemBy[f.table][uid]; x != nil && x.op == opPurged {
						x.op, changed = opAdd, true
					}
				}
			}
		}
	}
	return nil
}

// parkSameYear keeps one live recognition and one live evaluation per entry
// and year: a record from there that would be a second one goes into the
// recycle bin, where the person can compare and restore it.
func (m *merger) parkSameYear() {
	for _, tn := range []store.Table{store.Recognitions, store.Evaluations} {
		taken := map[string]string{}
		for _, l := range m.local.rows[tn] {
			it := m.itemBy[tn][l.uid]
			if l.deleted || (it != nil && (it.op == opAdd || it.op == opTake)) {
				continue
			}
			taken[m.ref(false, store.Entries, l.entry)+"|"+strconv.Itoa(l.year)] = l.uid
		}
		for _, it := range m.items[tn] {
			it.park = false
			if (it.op != opAdd && it.op != opTake) || it.remote.deleted {
				continue
			}
			k := m.ref(true, store.Entries, it.remote.entry) + "|" + strconv.Itoa(it.remote.year)
			if uid, ok := taken[k]; ok && uid != it.uid {
				it.park = true
				continue
			}
			taken[k] = it.uid
		}
	}
}

// findDuplicates lists the entries to add that look like one here: the
// same name (ignoring case and marks) in the same unit and phase.
func (m *merger) findDuplicates() {
	m.dups = nil
	var groups map[string][]*mrow
	folded := map[*mrow]string{}
	fold := func(r *mrow) string {
		f, ok := folded[r]
		if !ok {
			f = vntext.Fold(r.name)
			folded[r] = f
		}
		return f
	}
	for _, it := range m.items[store.Entries] {
		if it.op != opAdd {
			continue
		}
		if groups == nil {
			groups = map[string][]*mrow{}
			for _, e := range m.local.rows[store.Entries] {
				if !e.deleted {
					k := m.ref(false, store.Units, e.unit) + "|" + m.ref(false, store.Phases, e.phase)
					groups[k] = append(groups[k], e)
				}
			}
		}
		r := it.remote
		name := vntext.Fold(r.name)
		for _, x := range groups[m.ref(true, store.Units, r.unit)+"|"+m.ref(true, store.Phases, r.phase)] {
			if fold(x) != name {
				continue
			}
			d := Duplicate{Name: r.name, MineID: x.id, TheirID: r.uid}
			d.Unit = m.local.labelOf(store.Units, m.local.byID[store.Units][x.unit])
			d.Phase = m.local.labelOf(store.Phases, m.local.byID[store.Phases][x.phase])
			m.dups = append(m.dups, d)
			break
		}
	}
}
