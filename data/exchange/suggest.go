package exchange

import (
	"sort"
	"strings"
)

// suggest returns up to three names from names that the person probably
// meant by name: one contains the other ("xã Tân Hòa" in "Đảng ủy xã Tân
// Hòa"), or they differ by a few letters once folded.
func suggest(name string, names []string) []string {
	f := folded(name)
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, n := range names {
		g := folded(n)
		d := distance(f, g)
		if strings.HasSuffix(" "+g, " "+f) || strings.HasSuffix(" "+f, " "+g) {
			d = 1
		}
		if d <= max(2, len([]rune(f))/6) {
			cs = append(cs, cand{n, d})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].name < cs[j].name
	})
	var out []string
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
