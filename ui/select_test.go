package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestChoicesSpeakVietnamese: every choice is made with newSelect, so an
// empty one never shows Fyne's English "(Select one)".
func TestChoicesSpeakVietnamese(t *testing.T) {
	files, err := filepath.Glob("*.go")
	must(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "select.go" {
			continue
		}
		b, err := os.ReadFile(f)
		must(t, err)
		if strings.Contains(string(b), "widget.NewSelect(") {
			t.Errorf("%s makes a choice with widget.NewSelect: use newSelect", f)
		}
	}
	if s := newSelect([]string{"a"}, nil); s.PlaceHolder != selectPlaceHolder || s.PlaceHolder == "(Select one)" {
		t.Fatalf("place holder %q", s.PlaceHolder)
	}
}
