// Package vntext handles Vietnamese text: normalisation, search folding,
// collation, dates and numbers.
//
// Every function is safe for concurrent use and depends only on the standard
// library and golang.org/x/text, so the package can be used by the user
// interface, the storage layer and the report generators alike.
//
// The functions fall into six groups:
//
//   - Clean and CleanText tidy user input before it is stored, so that the
//     same name typed on two keyboards (precomposed or combining accents,
//     stray non-breaking or zero-width spaces) is stored identically.
//   - Fold and Words give the accent-insensitive, case-insensitive form used
//     for searching ("dan van" finds "Dân vận").
//   - Key, Compare and SortStrings order text the way a Vietnamese reader
//     expects (a ă â b c d đ e ê … with tones ordered ngang, huyền, hỏi, ngã,
//     sắc, nặng), following the CLDR "vi" collation.
//   - FormatDate, ParseDate, LongDate and PlaceDate write and read dates in
//     the forms required by Party and State administrative documents.
//   - FormatInt, FormatDecimal, FormatScore and ParseNumber write and read
//     numbers with the Vietnamese separators ('.' for thousands, ',' for
//     decimals).
//   - DetectLegacy, DecodeLegacy, FixLegacy and EncodeLegacy recognise and
//     convert text typed in the legacy TCVN3 (ABC) and VNI encodings, as old
//     spreadsheets from district offices still hold it.
package vntext
