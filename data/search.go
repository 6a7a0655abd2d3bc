package data

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// The search index (schema 4, migrations/0004_search.sql).
//
// Two contentless FTS5 tables hold each live entry under its ID, with the
// same five columns: name, person, place, unit (the unit's name) and body
// (the person's position and every long text of the form, in form order).
//
//   - entry_fts holds the folded words (vntext.Words: no case, no
//     diacritics, đ→d) with detail = full, so it answers phrases ("thanh
//     hoa" as two neighbouring words) and column filters; prefix indexes of
//     one to three letters keep the first keystrokes fast.
//   - entry_fts_exact holds the same words as written (vntext.ExactWords:
//     lower case, NFC, "hoà" and "hòa" made one spelling) with
//     detail = column: which words stand in which field, no positions.
//
// A query (parseSearch) is split into words; a word typed with diacritics
// (or đ) must appear in entry_fts_exact as typed, a word without them in
// entry_fts in any spelling; the last word is a prefix unless the text ends
// in a space. Every word must match. The phrase itself is checked on the
// folded words, the spelling of its marked words on the same field's exact
// words: an entry with "Thanh Hóa" in its name and "hòa" elsewhere in the
// name would pass "Thanh Hòa", a price paid for an index of half the size.
//
// Ranking (searchQuery.tiers): the matches fall into groups, best first:
// the words as a phrase in a short field (name, person, place, unit); the
// phrase in the long texts; every word in the short fields though apart;
// last, words scattered over the form, the weak matches. When some words
// are typed with marks and some without, each phrase group is split: the
// words spelled exactly as typed first ("Thanh Hòa" before "Thành Hòa"). Inside a group the list keeps
// its usual order (name, unit, year…). entry_fts also carries bm25 weights
// (10, 8, 6, 6, 1 for name, person, place, unit, body) for ORDER BY rank,
// but the lists do not use it: the groups say why a row is where it is, and
// the issue wants the list's order inside them.

// searchColumns are the columns of both search tables, in order; body is
// last and is the only long one.
var searchColumns = [...]string{"name", "person", "place", "unit", "body"}

// entrySearchText reads the text of a live entry a column at a time, or
// reports false for an entry in the recycle bin or gone.
func entrySearchText(ctx context.Context, q dbtx, id int64) ([len(searchColumns)]string, bool, error) {
	var cols [len(searchColumns)]string
	var deleted, position string
	// Two single-table queries, not a join: SQLite always looks a rowid up
	// directly then, while a join may be planned as a scan when the
	// statistics were taken on an almost empty archive, which made a large
	// import slower with every row.
	err := q.QueryRowContext(ctx, `SELECT deleted_at, name, person, place, (SELECT name FROM units WHERE id = unit_id), position
		FROM entries WHERE id = ?`, id).Scan(&deleted, &cols[0], &cols[1], &cols[2], &cols[3], &position)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && deleted != "") {
		return cols, false, nil
	}
	if err != nil {
		return cols, false, err
	}
	texts := make([]string, len((&Entry{}).textColumns()))
	dest := make([]any, len(texts))
	for i := range texts {
		dest[i] = &texts[i]
	}
	err = q.QueryRowContext(ctx, "SELECT "+textColumnList()+" FROM entry_texts WHERE entry_id = ?", id).Scan(dest...)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return cols, false, err
	}
	cols[4] = position + "\n" + strings.Join(texts, "\n")
	return cols, true, nil
}

func insertSearch(ctx context.Context, q dbtx, id int64, cols [len(searchColumns)]string) error {
	folded := make([]any, 0, len(cols)+1)
	exact := make([]any, 0, len(cols)+1)
	folded, exact = append(folded, id), append(exact, id)
	for _, c := range cols {
		folded = append(folded, strings.Join(vntext.Words(c), " "))
		exact = append(exact, strings.Join(vntext.ExactWords(c), " "))
	}
	const cols5 = "(rowid, name, person, place, unit, body) VALUES (?, ?, ?, ?, ?, ?)"
	if _, err := q.ExecContext(ctx, "INSERT INTO entry_fts "+cols5, folded...); err != nil {
		return err
	}
	_, err := q.ExecContext(ctx, "INSERT INTO entry_fts_exact "+cols5, exact...)
	return err
}

// unindexEntry removes an entry from the search.
func unindexEntry(ctx context.Context, q dbtx, id int64) error {
	if _, err := q.ExecContext(ctx, "DELETE FROM entry_fts WHERE rowid = ?", id); err != nil {
		return err
	}
	_, err := q.ExecContext(ctx, "DELETE FROM entry_fts_exact WHERE rowid = ?", id)
	return err
}

// rebuildSearch fills the new search tables of schema 4 from every live
// entry, inside the migration's transaction: a failure leaves the archive
// as it was. The tables are new and empty, so nothing is deleted first.
func rebuildSearch(ctx context.Context, q dbtx) error {
	ids, err := queryRows(ctx, q, func(id *int64) []any { return []any{id} }, "SELECT id FROM entries WHERE deleted_at = '' ORDER BY id")
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		cols, live, err := entrySearchText(ctx, q, id)
		if err != nil {
			return err
		}
		if live {
			if err := insertSearch(ctx, q, id, cols); err != nil {
				return err
			}
		}
	}
	return nil
}
