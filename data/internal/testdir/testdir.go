// Package testdir gives tests a temporary folder that also works in the
// Windows test binaries run under wine (.ci/windows-tests).
package testdir

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// New is t.TempDir, except on Windows: wine 8's os.RemoveAll fails
// ("Invalid function"), so t.TempDir's own cleanup would fail every test
// that uses it. There the folder is made with os.MkdirTemp and removed file
// by file, deepest first; what cannot be removed is left in %TEMP%.
func New(t testing.TB) string {
	t.Helper()
	if runtime.GOOS != "windows" {
		return t.TempDir()
	}
	dir, err := os.MkdirTemp("", "dvk-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		var paths []string
		filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
			if err == nil {
				paths = append(paths, p) // a folder comes before what it holds
			}
			return nil
		})
		for i := len(paths) - 1; i >= 0; i-- {
			os.Remove(paths[i])
		}
	})
	return dir
}
