package merge

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
	"github.com/danvankheo/danvankheo/data/vntext"
)

func (m *merger) matchKey(r store.Record, remote bool) string {
	switch x := r.(type) {
	case *store.Unit:
		return vntext.Fold(x.Name) + "|" + m.ref(remote, store.Units, x.ParentID)
	case *store.Phase:
		return fmt.Sprintf("%d-%d", x.StartYear, x.EndYear)
	case *store.CriteriaSet:
		var b strings.Builder
		b.WriteString(m.ref(remote, store.Phases, x.PhaseID) + "|" + vntext.Fold(x.Name))
		for _, c := range x.Criteria {
			b.WriteString("|" + vntext.Fold(c.Name) + ":" + strconv.FormatFloat(c.MaxPoints, 'g', -1, 64))
		}
		return b.String()
	}
	return vntext.Fold(store.LabelOf(r))
}

// matched records that r there is x here.
func (m *merger) matched(table store.Table, r, x *mrow) {
	if m.alias[table] == nil {
		m.alias[table] = map[string]string{}
	}
	m.alias[table][r.uid] = x.uid
	if s, ok := r.full.(*store.CriteriaSet); ok {
		for i, c := range s.Criteria {
			m.critAlias[c.UID] = x.full.(*store.CriteriaSet).Criteria[i].UID
		}
	}
}

// ref returns the UID here of the record a reference points to.
func (m *merger) ref(remote bool, table store.Table, id int64) string {
	if id == 0 {
		return ""
	}
	s := m.local
	if remote {
		s = m.remote
	}
	uid, ok := s.uidOf(table, id)
	if !ok {
		return "?" + strconv.FormatInt(id, 10)
	}
	if a, ok := m.alias[table][uid]; ok && remote {
		return a
	}
	return uid
}

func (m *merger) critRef(remote bool, id int64) string {
	s := m.local
	if remote {
		s = m.remote
	}
	uid := s.crit[id]
	if a, ok := m.critAlias[uid]; ok && remote {
		return a
	}
	return uid
}

// fieldNames lists what canon compares, in its order.
func fieldNames(t *mtable) []string {
	r := t.newRec()
	out := store.ColNames(store.ContentColumns(r))
	switch r.(type) {
	case *store.CriteriaSet:
		out = append(out, "criteria", "thresholds")
	case *store.Evaluation:
		out = append(out, "scores")
	}
	return append(out, "deleted")
}

// canon is r's content in fieldNames order, references given as the UIDs
// they have here, so equal content compares equal between archives.
func (m *merger) canon(t *mtable, r store.Record, remote bool) []string {
	refs := map[string]store.Table{}
	for _, f := range t.refs {
		refs[f.col] = f.table
	}
	var out []string
	for _, c := range store.ContentColumns(r) {
		if rt, ok := refs[c.Name]; ok {
			out = append(out, m.ref(remote, rt, *c.Ptr.(*int64)))
			continue
		}
		out = append(out, plainText(c.Ptr))
	}
	switch x := r.(type) {
	case *store.CriteriaSet:
		var cs, ts []string
		for _, c := range x.Criteria {
			cs = append(cs, strings.Join([]string{m.critRef(remote, c.ID), c.Group, c.Name, strconv.FormatFloat(c.MaxPoints, 'g', -1, 64), strconv.Itoa(c.Position)}, "\x1e"))
		}
		for _, t := range x.Thresholds {
			ts = append(ts, t.Conclusion+"\x1e"+strconv.FormatFloat(t.MinPoints, 'g', -1, 64))
		}
		sort.Strings(ts)
		out = append(out, strings.Join(cs, "\x1d"), strings.Join(ts, "\x1d"))
	case *store.Evaluation:
		var ss []string
		for id, p := range x.Scores {
			ss = append(ss, m.critRef(remote, id)+"="+strconv.FormatFloat(p, 'g', -1, 64))
		}
		sort.Strings(ss)
		out = append(out, strings.Join(ss, "\x1d"))
	}
	deleted := ""
	if store.MetaOf(r).Deleted() {
		deleted = "1"
	}
	return append(out, deleted)
}

func plainText(p any) string {
	switch v := p.(type) {
	case *string:
		return *v
	case *int:
		return strconv.Itoa(*v)
	case *int64:
		return strconv.FormatInt(*v, 10)
	case *float64:
		return strconv.FormatFloat(*v, 'g', -1, 64)
	case *bool:
		if *v {
			return "1"
		}
		return "0"
	case *store.Kind:
		return string(*v)
	case *store.Date:
		return string(*v)
	case *store.RecStatus:
		return string(*v)
	case *store.AwardStatus:
		return string(*v)
	case *store.HeaderStyle:
		return string(*v)
	}
	return fmt.Sprint(p)
}
