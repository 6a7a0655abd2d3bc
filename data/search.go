package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// The search index (schema 5, migrations/0005_search_pairs.sql).
//
// Three contentless FTS5 tables hold each live entry under its ID, with the
// same five columns: name, person, place, unit (the unit's name) and body
// (the person's position and every long text of the form, in form order).
// All three keep detail = column: which words stand in which field, no
// positions, so a search reads doclists of rowids and fields only.
//
//   - entry_fts holds the folded words (vntext.Words: no case, no
//     diacritics, đ→d); prefix indexes of one to three letters keep the
//     first keystrokes fast.
//   - entry_fts_pairs holds each pair of neighbouring folded words as one
//     token ("dan_van"). A phrase is the pairs it is made of in the same
//     fields: "thanh hoa" is the token thanh_hoa, "cay gao hien dat" the
//     tokens cay_gao, gao_hien and hien_dat. Schema 4 found phrases from
//     the words' positions instead; reading positions made the folded
//     index the largest table of the archive and its phrase queries the
//     slowest part of a keystroke.
//   - entry_fts_exact holds the words as written (vntext.ExactWords: lower
//     case, NFC, "hoà" and "hòa" made one spelling).
//
// A query (parseSearch) is split into words; a word typed with diacritics
// (or đ) must appear in entry_fts_exact as typed, a word without them in
// entry_fts in any spelling; the last word is a prefix unless the text ends
// in a space, and ends its pair as a prefix ("dan_van"* while typing "dan
// van"). Every word must match. The phrase is checked on the folded pairs,
// the spelling of its marked words on the same fields' exact words. Two
// approximations are the price of the smaller index: an entry with "Thanh
// Hóa" in its name and "hòa" elsewhere in the name passes "Thanh Hòa"; and
// the pairs of a phrase of three words or more could in principle come
// from different places of the fields ("cay gao" here, "gao hien dat"
// there), which real texts do not do.
//
// Ranking (searchQuery.tiers): the matches fall into groups, best first:
// the words as a phrase in a short field (name, person, place, unit); the
// phrase in the long texts; every word in the short fields though apart;
// last, words scattered over the form, the weak matches. When some words
// are typed with marks and some without, each phrase group is split: the
// words spelled exactly as typed first ("Thanh Hòa" before "Thành Hòa").
// Inside a group the list keeps its usual order (name, unit, year…).
// entry_fts also carries bm25 weights (10, 8, 6, 6, 1 for name, person,
// place, unit, body) for ORDER BY rank, but the lists do not use it: the
// groups say why a row is where it is, and the list's order holds inside
// them.

// rebuildSearch fills the new search tables of schema 5 from every live
// entry, inside the migration's transaction: a failure leaves the archive
// as it was. The tables are new and empty, so nothing is deleted first. It
// writes as an import does, a chunk at a time, and reports its progress:
// 100,000 entries take minutes.
func rebuildSearch(ctx context.Context, q store.Tx) error {
	ids, err := queryRows(ctx, q, func(id *int64) []any { return []any{id} }, "SELECT id FROM entries WHERE deleted_at = '' ORDER BY id")
	if err != nil {
		return err
	}
	report := progressOf(ctx)
	const chunk = 2000
	for start := 0; start < len(ids); start += chunk {
		report(start, len(ids))
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := store.IndexFresh(ctx, q, ids[start:min(start+chunk, len(ids))]); err != nil {
			return err
		}
	}
	report(len(ids), len(ids))
	return nil
}
