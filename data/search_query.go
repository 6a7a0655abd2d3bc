package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// maxSearchWords bounds a query so a pasted paragraph stays fast.
const maxSearchWords = 12

// searchWord is one word of a query in both forms.
type searchWord struct {
	folded, exact string
	marked        bool // typed with diacritics or đ: only that spelling matches
	prefix        bool // the word being typed: any word it begins matches
}

// searchQuery is what the person typed, split into words.
type searchQuery struct {
	words []searchWord
}

// parseSearch splits text into words. The last word is a prefix unless the
// text ends after it (a space, a comma), which says the word is whole.
func parseSearch(text string) searchQuery {
	exact := vntext.ExactWords(text)
	if len(exact) > maxSearchWords {
		exact = exact[:maxSearchWords]
	}
	var q searchQuery
	for _, w := range exact {
		f := vntext.Fold(w)
		if f == "" {
			continue
		}
		q.words = append(q.words, searchWord{folded: f, exact: w, marked: f != w})
	}
	if n := len(q.words); n > 0 {
		r, _ := utf8.DecodeLastRuneInString(text)
		q.words[n-1].prefix = unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
	}
	return q
}

// empty reports a query without words, which matches everything.
func (q searchQuery) empty() bool { return len(q.words) == 0 }

// hasWhole reports a query with a whole word, not only prefixes.
func (q searchQuery) hasWhole() bool {
	for _, w := range q.words {
		if !w.prefix {
			return true
		}
	}
	return false
}

// allPrefixes is the query with every word a prefix: what is tried when
// the whole words find nothing ("tan la" for "Tân Lập").
func (q searchQuery) allPrefixes() searchQuery {
	out := searchQuery{words: append([]searchWord(nil), q.words...)}
	for i := range out.words {
		out.words[i].prefix = true
	}
	return out
}

// mixed reports a query with words typed with marks and without.
func (q searchQuery) mixed() bool {
	n := 0
	for _, w := range q.words {
		if w.marked {
			n++
		}
	}
	return n > 0 && n < len(q.words)
}

// ftsCond is "the entry is among the rows of table matching match".
type ftsCond struct {
	table, match string
}

// tier is a group of matches: the entries meeting every condition.
type tier []ftsCond

// The column groups of a condition.
const (
	shortCols = "{name person place unit}"
	bodyCols  = "{body}"
	anyCols   = ""
)

func term(tok string, prefix bool) string {
	t := `"` + strings.ReplaceAll(tok, `"`, `""`) + `"`
	if prefix {
		t += "*"
	}
	return t
}

// filter wraps an FTS5 expression in a column filter.
func filter(cols, expr string) string {
	if cols == "" {
		return expr
	}
	return cols + " : (" + expr + ")"
}

// folded: every word in any spelling, in cols, anywhere in them.
func (q searchQuery) folded(cols string) ftsCond {
	ts := make([]string, len(q.words))
	for i, w := range q.words {
		ts[i] = term(w.folded, w.prefix)
	}
	return ftsCond{"entry_fts", filter(cols, strings.Join(ts, " "))}
}

// phrase: the words together and in order in one of cols, in any
// spelling. A phrase is its pairs of neighbouring words in one field
// (entry_fts_pairs): "cay gao hien dat" is cay_gao, gao_hien and hien_dat,
// which in practice only the phrase holds. The word being typed ends its
// pair as a prefix ("dan_van"* for "dan van"). A query whose earlier words
// are prefixes too (allPrefixes: "tan la") has no pair to look for, and
// asks for the words anywhere in the field instead.
func (q searchQuery) phrase(cols string) ftsCond {
	if len(q.words) == 1 {
		return q.folded(cols)
	}
	ts := make([]string, 0, len(q.words)-1)
	for i := 1; i < len(q.words); i++ {
		if q.words[i-1].prefix {
			return q.folded(cols)
		}
		ts = append(ts, term(q.words[i-1].folded+"_"+q.words[i].folded, q.words[i].prefix))
	}
	return ftsCond{"entry_fts_pairs", filter(cols, strings.Join(ts, " "))}
}

// exact: the words as typed in cols, the marked ones only unless all.
// ok is false when that leaves no word.
func (q searchQuery) exact(cols string, all bool) (ftsCond, bool) {
	var ts []string
	for _, w := range q.words {
		if w.marked || all {
			ts = append(ts, term(w.exact, w.prefix))
		}
	}
	return ftsCond{"entry_fts_exact", filter(cols, strings.Join(ts, " "))}, len(ts) > 0
}

// match is the condition every result meets: each word somewhere, in the
// spelling typed.
func (q searchQuery) match() tier {
	t := tier{q.folded(anyCols)}
	if x, ok := q.exact(anyCols, false); ok {
		t = append(t, x)
	}
	return t
}

// tiers returns the groups of matches, best first: an entry belongs to the
// first whose conditions it meets, and to the last group (rank
// len(tiers)) when it meets none. weak is the first rank of the weak
// matches, len(tiers)+1 when there are none.
func (q searchQuery) tiers() (ts []tier, weak int) {
	with := func(cols string, c ftsCond, exactAll bool) tier {
		t := tier{c}
		if x, ok := q.exact(cols, exactAll); ok {
			t = append(t, x)
		}
		return t
	}
	add := func(t tier) {
		ts = append(ts, t)
	}
	single := len(q.words) == 1
	// Exact spelling first only means something when some words were
	// typed with marks and some without ("Thanh Hòa": "Thanh Hòa" before
	// "Thành Hòa"); typed without any, every spelling is what was meant,
	// and typed with all, only that spelling matches.
	mixed := q.mixed()
	if mixed {
		add(with(shortCols, q.phrase(shortCols), true))
	}
	add(with(shortCols, q.phrase(shortCols), false))
	if mixed {
		add(with(bodyCols, q.phrase(bodyCols), true))
	}
	if single {
		// One word matches in a short field or in the texts: the
		// remaining matches are the texts' other spellings, not weak.
		return ts, len(ts) + 1
	}
	add(with(bodyCols, q.phrase(bodyCols), false))
	add(with(shortCols, q.folded(shortCols), false))
	return ts, len(ts)
}

// sql renders a tier as a condition on an entry ID column, with its args.
func (t tier) sql(id string) (string, []any) {
	parts := make([]string, len(t))
	args := make([]any, len(t))
	for i, c := range t {
		parts[i] = id + " IN (SELECT rowid FROM " + c.table + " WHERE " + c.table + " MATCH ?)"
		args[i] = c.match
	}
	return strings.Join(parts, " AND "), args
}
