package store

import (
	"net/url"
	"strings"
)

// SQLiteURI turns a file path into the "file:" URI SQLite needs to honour
// mode=ro/rw (a plain name would silently create a missing file). windows
// selects the Windows rules so both can be tested on any machine: drive
// paths become file:///C:/…, UNC paths \\server\share\… become
// file:////server/share/… (an empty authority followed by the UNC path).
func SQLiteURI(path string, windows bool, params url.Values) string {
	p := path
	if windows {
		p = strings.ReplaceAll(p, `\`, "/")
		if len(p) >= 2 && p[1] == ':' {
			p = "///" + p
		} else if strings.HasPrefix(p, "//") {
			p = "//" + p
		}
	}
	var b strings.Builder
	b.WriteString("file:")
	for _, r := range p {
		switch r {
		case '%':
			b.WriteString("%25")
		case '?':
			b.WriteString("%3f")
		case '#':
			b.WriteString("%23")
		default:
			b.WriteRune(r)
		}
	}
	if len(params) > 0 {
		b.WriteByte('?')
		b.WriteString(params.Encode())
	}
	return b.String()
}
