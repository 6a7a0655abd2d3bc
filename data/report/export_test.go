package report

// Test hooks: the external tests measure the PDF with the font metrics the
// layout used.

var testMeasurer, _ = newMeasurer(Liberation())

// TextWidth is the width in millimetres of s set in the embedded
// Liberation Serif at size points in style st.
func TextWidth(s string, size float64, st Style) float64 { return testMeasurer.width(s, size, st) }
