// Package report makes the office's documents – reports, lists,
// submissions, certificates, evaluation sheets and model files – in the
// Party document format of Hướng dẫn 36-HD/VPTW.
//
// Each document is built in two steps. A builder turns archive data into a
// layout (Doc): pages of positioned text lines, rules, boxes and images,
// with the wrapping, page breaks, repeated table headers and page numbers
// already decided. A renderer then writes the layout as PDF with gofpdf
// (and the window program draws the same layout as its preview). Tests
// check the layout itself and the text a PDF reader extracts.
//
// Every measure of the format is in Spec, so a newer guidance is applied by
// changing numbers, not code. All gofpdf calls are in this package.
package report
