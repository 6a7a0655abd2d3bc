-- Phrases from word pairs (schema 5): the folded index of schema 4 kept
-- every word's position so that it could answer phrases, which made it the
-- largest table of the archive and every search read those positions. Now
-- it keeps only the fields its words stand in, and a third table holds
-- each pair of neighbouring words as one token ("dan_van"): a phrase is
-- the pairs it is made of, in one field. The Go step of this version fills
-- the tables (rebuildSearch); data/search.go explains the design.

DROP TABLE entry_fts;

-- Folded words (no case, no diacritics, đ→d) and the fields they stand in;
-- prefix indexes keep one to three typed letters fast.
CREATE VIRTUAL TABLE entry_fts USING fts5(
    name, person, place, unit, body,
    content = '',
    contentless_delete = 1,
    detail = column,
    prefix = '1 2 3',
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Each pair of neighbouring folded words of a field, joined by "_".
CREATE VIRTUAL TABLE entry_fts_pairs USING fts5(
    name, person, place, unit, body,
    content = '',
    contentless_delete = 1,
    detail = column,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
);

-- bm25 weights for whoever orders by rank: the short fields above the texts.
INSERT INTO entry_fts (entry_fts, rank) VALUES ('rank', 'bm25(10.0, 8.0, 6.0, 6.0, 1.0)');
