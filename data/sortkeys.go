package data

import (
	"context"
	"strings"
	"unicode"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// refreshSortKeys recomputes the stored Vietnamese sort keys when the
// collation rules of this program differ from those that wrote them (a newer
// golang.org/x/text), so lists never come out in a mixed order.
func (a *Archive) refreshSortKeys(ctx context.Context) error {
	var cur string
	err := a.rdb.QueryRowContext(ctx, "SELECT coalesce((SELECT value FROM settings WHERE key = 'collation.version'), '')").Scan(&cur)
	if err != nil {
		return mapErr(err)
	}
	if cur == sortKeyVersion {
		return nil
	}
	return a.write(ctx, func(q dbtx) error {
		for _, t := range []string{"entries", "units"} {
			if err := rekey(ctx, q, t); err != nil {
				return err
			}
		}
		_, err := q.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('collation.version', ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, sortKeyVersion)
		return err
	})
}

func rekey(ctx context.Context, q dbtx, table string) error {
	rows, err := q.QueryContext(ctx, "SELECT id, name FROM "+table)
	if err != nil {
		return err
	}
	type row struct {
		id   int64
		name string
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.name); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	for _, r := range all {
		if _, err := q.ExecContext(ctx, "UPDATE "+table+" SET name_key = ? WHERE id = ?", sortKey(r.name), r.id); err != nil {
			return err
		}
	}
	return nil
}

// sortKeyVersion names the rules of sortKey; stored keys made under other
// rules are rebuilt when the archive is opened.
const sortKeyVersion = vntext.KeyVersion + "+trim1+tie24"

// sortKey is the stored sort key of a name. Leading quotes and dashes are
// skipped ("“Dân vận khéo” …" sorts under D, as a reader looks for it).
func sortKey(name string) []byte {
	trimmed := strings.TrimLeftFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if trimmed == "" {
		trimmed = name
	}
	return compactKey(vntext.Key(trimmed))
}

// tieBytes is how much of the tone and case levels a key keeps.
const tieBytes = 24

// compactKey keeps a collation key's letters (the primary level) whole and
// cuts the tone and case levels after tieBytes: they only break ties between
// names with exactly the same letters, and whole they would triple the size
// of every index on names. A primary weight is two bytes, or three when its
// first byte has the high bit set; the levels are separated by 00 00.
func compactKey(k []byte) []byte {
	i := 0
	for i+1 < len(k) {
		if k[i] == 0 && k[i+1] == 0 {
			break
		}
		if k[i]&0x80 != 0 {
			i += 3
		} else {
			i += 2
		}
	}
	if end := i + 2 + tieBytes; end < len(k) {
		return k[:end:end]
	}
	return k
}
