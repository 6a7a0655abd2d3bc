package demo

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/danvankheo/danvankheo/data"
)

// CachedArchive returns the path of a demo archive with n entries, made
// once per schema and generator version and kept in the user's cache
// folder: benchmarks at 100,000 entries need one, and making it takes
// minutes. Callers must not write to it.
func CachedArchive(ctx context.Context, n int) (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	dir = filepath.Join(dir, "danvankheo-bench")
	path := filepath.Join(dir, fmt.Sprintf("demo-%d-s%d-g%d.dvk", n, data.SchemaVersion(), GeneratorVersion))
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp := path + ".tmp"
	os.Remove(tmp)
	a, err := data.Create(ctx, tmp, data.Options{BackupDir: filepath.Join(dir, "saoluu")})
	if err != nil {
		return "", err
	}
	_, err = Generate(ctx, a, Options{Entries: n})
	a.Close()
	if err != nil {
		os.Remove(tmp)
		return "", err
	}
	return path, os.Rename(tmp, path)
}
