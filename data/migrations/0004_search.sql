-- Search that ranks (schema 4): the one-column, position-less index of
-- schema 1 is replaced by two, both with a column a field so that names,
-- persons, places and units can weigh more than the long texts. The Go step
-- of this version fills them (rebuildSearch); data/search.go explains the
-- design.

DROP TABLE entry_fts;

-- Folded words (no case, no diacritics, đ→d) with their positions, for
-- phrases; prefix indexes keep one to three typed letters fast.
CREATE VIRTUAL TABLE entry_fts USING fts5(
    name, person, place, unit, body,
    content = '',
    contentless_delete = 1,
    detail = full,
    prefix = '1 2 3',
    tokenize = 'unicode61 remove_diacritics 0'
);

-- The same words as written (lower case, tone placement unified), with the
-- columns they stand in but no positions: a word typed with diacritics must
-- be there, and the phrase is checked in entry_fts.
CREATE VIRTUAL TABLE entry_fts_exact USING fts5(
    name, person, place, unit, body,
    content = '',
    contentless_delete = 1,
    detail = column,
    prefix = '2',
    tokenize = 'unicode61 remove_diacritics 0'
);

-- bm25 weights for whoever orders by rank: the short fields above the texts.
INSERT INTO entry_fts (entry_fts, rank) VALUES ('rank', 'bm25(10.0, 8.0, 6.0, 6.0, 1.0)');
