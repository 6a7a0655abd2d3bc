package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestScreensReachEachOtherThroughTheNavigator: outside the window's frame
// (shell.go, app.go and the screenshot tour), no code holds the frame, reads
// its screens or asserts a screen's type: screens ask the navigator.
func TestScreensReachEachOtherThroughTheNavigator(t *testing.T) {
	files, err := filepath.Glob("*.go")
	must(t, err)
	fset := token.NewFileSet()
	parsed := map[string]*ast.File{}
	screens := map[string]int{} // types with Content and Reload methods
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		must(t, err)
		parsed[f] = file
		for _, d := range file.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv != nil && (fn.Name.Name == "Content" || fn.Name.Name == "Reload") {
				if star, ok := fn.Recv.List[0].Type.(*ast.StarExpr); ok {
					if id, ok := star.X.(*ast.Ident); ok {
						screens[id.Name]++
					}
				}
			}
		}
	}
	if screens["Entries"] != 2 || screens["Dashboard"] != 2 {
		t.Fatalf("screens not found: %v", screens)
	}
	for f, file := range parsed {
		if f == "shell.go" || f == "app.go" || f == "tour.go" {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.TypeAssertExpr:
				if star, ok := n.Type.(*ast.StarExpr); ok {
					if id, ok := star.X.(*ast.Ident); ok && screens[id.Name] == 2 {
						t.Errorf("%s: asserts a screen's type (%s)", fset.Position(n.Pos()), id.Name)
					}
				}
			case *ast.SelectorExpr:
				if n.Sel.Name == "screens" {
					t.Errorf("%s: reads the frame's screens", fset.Position(n.Pos()))
				}
			case *ast.StarExpr:
				if id, ok := n.X.(*ast.Ident); ok && id.Name == "Shell" {
					t.Errorf("%s: holds the frame itself, not a navigator", fset.Position(n.Pos()))
				}
			}
			return true
		})
	}
}
