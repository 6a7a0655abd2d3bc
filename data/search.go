package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/store"
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

// rebuildSearch fills the new search tables of schema 4 from every live
// entry, inside the migration's transaction: a failure leaves the archive
// as it was. The tables are new and empty, so nothing is deleted first.
func rebuildSearch(ctx context.Context, q store.Tx) error {
	ids, err := queryRows(ctx, q, func(id *int64) []any { return []any{id} }, "SELECT id FROM entries WHERE deleted_at = '' ORDER BY id")
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		cols, live, err := store.EntrySearchText(ctx, q, id)
		if err != nil {
			return err
		}
		if live {
			if err := store.InsertSearch(ctx, q, id, cols); err != nil {
				return err
			}
		}
	}
	return nil
}
