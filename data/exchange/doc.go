// Package exchange moves entries between the archive and spreadsheets:
// it reads the lists units send (.xlsx and .csv, with title rows, merged
// cells, Vietnamese column names in their usual variants, and text in the
// legacy TCVN3 and VNI encodings), plans an import row by row before
// anything is written, applies it all or nothing, and writes lists,
// statistics and a blank template as .xlsx.
package exchange
