package data

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (m *merger) matchKey(r record, remote bool) string {
	switch x := r.(type) {
	case *Unit:
		return vntext.Fold(x.Name) + "|" + m.ref(remote, "units", x.ParentID)
	case *Phase:
		return fmt.Sprintf("%d-%d", x.StartYear, x.EndYear)
	case *CriteriaSet:
		var b strings.Builder
		b.WriteString(m.ref(remote, "phases", x.PhaseID) + "|" + vntext.Fold(x.Name))
		for _, c := range x.Criteria {
			b.WriteString("|" + vntext.Fold(c.Name) + ":" + strconv.FormatFloat(c.MaxPoints, 'g', -1, 64))
		}
		return b.String()
	}
	return vntext.Fold(r.label())
}

// matched records that r there is x here.
func (m *merger) matched(table string, r, x *mrow) {
	if m.alias[table] == nil {
		m.alias[table] = map[string]string{}
	}
	m.alias[table][r.uid] = x.uid
	if s, ok := r.full.(*CriteriaSet); ok {
		for i, c := range s.Criteria {
			m.critAlias[c.UID] = x.full.(*CriteriaSet).Criteria[i].UID
		}
	}
}

// ref returns the UID here of the record a reference points to.
func (m *merger) ref(remote bool, table string, id int64) string {
	if id == 0 {
		return ""
	}
	s := m.local
	if remote {
		s = m.remote
	}
	uid, ok := s.uidOf(table, id)
	if !ok {
		return "?" + itoa(id)
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
	out := colNames(contentColumns(r))
	switch r.(type) {
	case *CriteriaSet:
		out = append(out, "criteria", "thresholds")
	case *Evaluation:
		out = append(out, "scores")
	}
	return append(out, "deleted")
}

// canon is r's content in fieldNames order, references given as the UIDs
// they have here, so equal content compares equal between archives.
func (m *merger) canon(t *mtable, r record, remote bool) []string {
	refs := map[string]string{}
	for _, f := range t.refs {
		refs[f.col] = f.table
	}
	var out []string
	for _, c := range contentColumns(r) {
		if rt, ok := refs[c.name]; ok {
			out = append(out, m.ref(remote, rt, *c.ptr.(*int64)))
			continue
		}
		out = append(out, plainText(c.ptr))
	}
	switch x := r.(type) {
	case *CriteriaSet:
		var cs, ts []string
		for _, c := range x.Criteria {
			cs = append(cs, strings.Join([]string{m.critRef(remote, c.ID), c.Group, c.Name, strconv.FormatFloat(c.MaxPoints, 'g', -1, 64), strconv.Itoa(c.Position)}, "\x1e"))
		}
		for _, t := range x.Thresholds {
			ts = append(ts, t.Conclusion+"\x1e"+strconv.FormatFloat(t.MinPoints, 'g', -1, 64))
		}
		sort.Strings(ts)
		out = append(out, strings.Join(cs, "\x1d"), strings.Join(ts, "\x1d"))
	case *Evaluation:
		var ss []string
		for id, p := range x.Scores {
			ss = append(ss, m.critRef(remote, id)+"="+strconv.FormatFloat(p, 'g', -1, 64))
		}
		sort.Strings(ss)
		out = append(out, strings.Join(ss, "\x1d"))
	}
	deleted := ""
	if r.meta().Deleted() {
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
	case *Kind:
		return string(*v)
	case *RecStatus:
		return string(*v)
	case *AwardStatus:
		return string(*v)
	case *HeaderStyle:
		return string(*v)
	}
	return fmt.Sprint(p)
}
