package report_test

import (
	"os"
	"testing"
)

// TestMain fixes the date PDFs say they were made, so tests can compare
// the bytes of two renderings; TestPDFCreatedToday unsets it.
func TestMain(m *testing.M) {
	os.Setenv("SOURCE_DATE_EPOCH", "1770249600") // 05/02/2026
	os.Exit(m.Run())
}
