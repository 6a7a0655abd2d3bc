package merge

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// mop is what the merge does with one record of the other archive.
type mop int8

const (
	opSame     mop = iota // the same on both sides
	opAdd                 // only there: add here
	opTake                // changed only there: update here
	opKeep                // changed only here (or locked here, or decided before): keep
	opConflict            // changed on both sides: the person chooses
	opPurged              // deleted for good here since the last merge: not added back
	opMatched             // a catalogue item made on both sides: use the one here
)

// mitem is one record of the other archive and its counterpart here.
type mitem struct {
	t      *mtable
	uid    string
	local  *mrow // nil when only there
	remote *mrow
	dec    mop  // what comparing decided
	op     mop  // what the merge does: dec, with the person's choices
	chosen bool // a conflict the person answered (op is then opTake or opKeep)
	park   bool // goes into the recycle bin: a live record here has its entry and year
}

// merger works out a merge between this archive (local, read inside the
// transaction that will write) and the other one (remote).
type merger struct {
	s         store.Session // who writes here, and when
	local     *mside
	remote    *mside
	base      map[string]mbase // this archive's rows about the other
	theirBase map[string]mbase // the other's rows about this one, sides swapped
	fork      *mfork
	lastMerge time.Time
	alias     map[store.Table]map[string]string // table → UID there → UID here (matched by name)
	critAlias map[string]string                 // criterion UID there → UID here
	items     map[store.Table][]*mitem          // table → the other's records, in its order
	itemBy    map[store.Table]map[string]*mitem // table → UID → item
	dups      []Duplicate
	bad       error // the other archive refers to a record it does not hold
}

func newMerger(ctx context.Context, s store.Session, q, rq store.Tx, remote *mside) (*merger, error) {
	local, err := readSide(ctx, q)
	if err != nil {
		return nil, err
	}
	m := &merger{s: s, local: local, remote: remote, alias: map[store.Table]map[string]string{}, critAlias: map[string]string{},
		items: map[store.Table][]*mitem{}, itemBy: map[store.Table]map[string]*mitem{}, theirBase: map[string]mbase{}}
	if m.base, err = readBase(ctx, q, remote.uid); err != nil {
		return nil, err
	}
	if remote.hasMB {
		theirs, err := readBase(ctx, rq, local.uid)
		if err != nil {
			return nil, err
		}
		for k, b := range theirs {
			m.theirBase[k] = mbase{lv: b.rv, rv: b.lv, lat: b.rat, rat: b.lat}
		}
	}
	if m.fork, err = readFork(ctx, q, rq); err != nil {
		return nil, err
	}
	var at string
	err = q.QueryRowContext(ctx, "SELECT merged_at FROM merge_peers WHERE peer_uid = ?", remote.uid).Scan(&at)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	m.lastMerge = store.ParseTime(at)
	for _, t := range mergeTables {
		if err := m.compare(ctx, q, rq, t); err != nil {
			return nil, err
		}
		if m.bad != nil {
			return nil, m.bad
		}
	}
	return m, nil
}

// resolve applies the person's answers to the conflicts (none while
// planning) and what follows from them.
func (m *merger) resolve(ctx context.Context, q, rq store.Tx, choices map[string]Choice) error {
	purged := false
	for _, items := range m.items {
		for _, it := range items {
			it.op, it.chosen = it.dec, false
			if it.dec == opConflict && choices != nil {
				it.chosen, it.op = true, opKeep
				if choices[string(it.t.name)+":"+it.uid] == TakeTheirs {
					it.op = opTake
				}
			}
			purged = purged || it.dec == opPurged
		}
	}
	if purged {
		if err := m.addNeeded(ctx, rq); err != nil {
			return err
		}
	}
	m.parkSameYear()
	m.findDuplicates()
	return nil
}

// compare decides, for each record of the other archive in table t, what
// the merge does with it. Records whose version and time of change agree
// are the same; only the others are read whole and compared.
func (m *merger) compare(ctx context.Context, q, rq store.Tx, t *mtable) error {
	var index map[string]*mrow // catalogue items only here, by name
	var pending []*mitem
	m.itemBy[t.name] = map[string]*mitem{}
	for _, r := range m.remote.rows[t.name] {
		m.checkRefs(t, r)
		l := m.local.byUID[t.name][r.uid]
		if l == nil && matchable(t.name) {
			if index == nil {
				index = map[string]*mrow{}
				for _, x := range m.local.rows[t.name] {
					k := m.matchKey(x.full, false)
					if _, shared := m.remote.byUID[t.name][x.uid]; !shared && index[k] == nil {
						index[k] = x
					}
				}
			}
			k := m.matchKey(r.full, true)
			if x := index[k]; x != nil {
				delete(index, k)
				m.matched(t.name, r, x)
				m.addItem(&mitem{t: t, uid: r.uid, local: x, remote: r, dec: opMatched})
				continue
			}
		}
		it := &mitem{t: t, uid: r.uid, local: l, remote: r}
		switch {
		case l == nil && m.hadHere(t.name, r.uid):
			it.dec = opPurged
		case l == nil:
			it.dec = opAdd
		case l.version == r.version && l.at == r.at && l.deleted == r.deleted, m.sinceBase(it) == 0:
			it.dec = opSame
		default:
			pending = append(pending, it)
		}
		m.addItem(it)
	}
	if len(pending) == 0 {
		return nil
	}
	ls, rs := make([]*mrow, len(pending)), make([]*mrow, len(pending))
	for i, it := range pending {
		ls[i], rs[i] = it.local, it.remote
	}
	if err := m.local.load(ctx, q, t, ls); err != nil {
		return err
	}
	if err := m.remote.load(ctx, rq, t, rs); err != nil {
		return err
	}
	for _, it := range pending {
		if slices.Equal(m.canon(t, it.local.full, false), m.canon(t, it.remote.full, true)) {
			it.dec = opSame
		} else {
			it.dec = m.decide(it)
		}
	}
	return nil
}

// checkRefs notes a record of the other archive that refers to one it does
// not hold: it could not be merged.
func (m *merger) checkRefs(t *mtable, r *mrow) {
	if m.bad != nil {
		return
	}
	for _, f := range t.refs {
		var id int64
		switch {
		case r.full != nil:
			id = *refPtr(r.full, f.col)
		case f.col == "entry_id":
			id = r.entry
		case f.col == "unit_id":
			id = r.unit
		case f.col == "phase_id":
			id = r.phase
		}
		if _, ok := m.remote.uidOf(f.table, id); id != 0 && !ok {
			m.bad = &store.Error{Code: store.EInvalid, Message: fmt.Sprintf("Kho kia có bản ghi %s “%s” trỏ tới một mục không có trong kho kia (kho kia có thể bị hỏng), nên không gộp được.",
				strings.ToLower(t.name.Label()), m.remote.labelOf(t.name, r))}
		}
	}
}

func (m *merger) addItem(it *mitem) {
	m.items[it.t.name] = append(m.items[it.t.name], it)
	m.itemBy[it.t.name][it.uid] = it
}

// hadHere reports whether this archive once held the record and deleted it
// for good since: it is not brought back.
func (m *merger) hadHere(table store.Table, uid string) bool {
	k := baseKey(table, uid)
	_, mine := m.base[k]
	_, theirs := m.theirBase[k]
	return mine || theirs || m.fork.purged[uid]
}

// sinceBase compares both sides with the last merge: -1 without a base,
// else a bit set per side that changed since (1 here, 2 there). A side whose
// version did not grow while it changed is not a descendant of what was
// seen (a copy of a copy, a restored backup): it counts as a change of both.
func (m *merger) sinceBase(it *mitem) int {
	k := baseKey(it.t.name, it.uid)
	b, ok := m.base[k]
	if !ok {
		if b, ok = m.theirBase[k]; !ok {
			return -1
		}
	}
	l, r := it.local, it.remote
	lc, rc := l.version != b.lv || l.at != b.lat, r.version != b.rv || r.at != b.rat
	if rc && r.version <= b.rv {
		lc = true
	}
	if lc && l.version <= b.lv {
		rc = true
	}
	changed := 0
	if lc {
		changed |= 1
	}
	if rc {
		changed |= 2
	}
	return changed
}

// decide chooses for a record held on both sides with different content.
// With a base (the state of both at the last merge) the side that changed
// since wins, and a change on both is a conflict. Without a base, the audit
// logs of two copies tell which side wrote the record since the copy;
// failing that, a record never edited (version 1) yields to the edited
// side, and anything else is a conflict.
func (m *merger) decide(it *mitem) mop {
	if ev, ok := it.local.full.(*store.Evaluation); ok && ev.Locked {
		return opKeep // a locked evaluation is final
	}
	switch m.sinceBase(it) {
	case 3:
		return opConflict
	case 2:
		return opTake
	case 0, 1:
		return opKeep // only here, or neither since the person chose
	}
	lu, ru := m.fork.untouched(0, it.uid), m.fork.untouched(1, it.uid)
	lv, rv := it.local.version, it.remote.version
	switch {
	case lu && !ru:
		return opTake
	case ru && !lu:
		return opKeep
	case lv == 1 && rv > 1:
		return opTake
	case rv == 1 && lv > 1:
		return opKeep
	}
	return opConflict
}

// matchable tables are catalogues that archives made apart each fill with
// the same items (the default fields, levels and award forms, the phases,
// the province's units): an item there without a counterpart by UID is
// matched by name, so the merge does not double the catalogue.
func matchable(table store.Table) bool {
	switch table {
	case store.Units, store.Fields, store.Levels, store.Phases, store.AwardForms, store.CriteriaSets:
		return true
	}
	return false
}
