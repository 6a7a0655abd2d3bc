package report

import (
	"strings"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// provinceName reads the province's (or centrally governed city's) name
// from the superior body's line of the settings, as a sentence writes it:
// "TỈNH ỦY PHƯỚC SƠN", "Tỉnh uỷ Phước Sơn", "ĐẢNG BỘ TỈNH PHƯỚC SƠN" →
// "Phước Sơn"; city says it is a city ("THÀNH ỦY …", "ĐẢNG BỘ THÀNH PHỐ …").
// Both tone placements of "ủy"/"uỷ" are read, in any case. A line it does
// not know gives "". One reader for every document, so a report and a
// certificate never disagree on the province.
func provinceName(superior string) (name string, city bool) {
	// Upper case first: "Ỷ" and "Ủ" are then the only two spellings.
	s := strings.Join(strings.Fields(strings.ToUpper(vntext.Clean(superior))), " ")
	s = strings.ReplaceAll(s, "UỶ", "ỦY")
	for _, p := range []struct {
		prefix string
		city   bool
	}{
		{"ĐẢNG BỘ THÀNH PHỐ ", true}, {"THÀNH ỦY ", true}, {"THÀNH PHỐ ", true},
		{"ĐẢNG BỘ TỈNH ", false}, {"TỈNH ỦY ", false}, {"TỈNH ", false},
	} {
		if rest, ok := strings.CutPrefix(s, p.prefix); ok {
			words := strings.Fields(strings.ToLower(rest))
			for i, w := range words {
				words[i] = upperFirst(w)
			}
			return strings.Join(words, " "), p.city
		}
	}
	return "", false
}
