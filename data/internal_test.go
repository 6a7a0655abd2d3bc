package data

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data/internal/store"
	"github.com/danvankheo/danvankheo/data/internal/testdir"
)

func newTestArchive(t *testing.T) *Archive {
	t.Helper()
	dir := tempDir(t)
	a, err := Create(context.Background(), filepath.Join(dir, "kho.dvk"), Options{BackupDir: filepath.Join(dir, "bk")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func checkPragmas(t *testing.T, c *sql.Conn) {
	t.Helper()
	ctx := context.Background()
	var journal string
	var sync, fk, busy int
	for _, p := range []struct {
		q    string
		dest any
	}{{"PRAGMA journal_mode", &journal}, {"PRAGMA synchronous", &sync}, {"PRAGMA foreign_keys", &fk}, {"PRAGMA busy_timeout", &busy}} {
		if err := c.QueryRowContext(ctx, p.q).Scan(p.dest); err != nil {
			t.Fatal(err)
		}
	}
	if journal != "delete" || sync != 2 || fk != 1 || busy != 5000 {
		t.Errorf("connection has journal %s, synchronous %d, foreign_keys %d, busy_timeout %d", journal, sync, fk, busy)
	}
}

// TestPragmasOnEveryConnection holds several connections of both pools at
// once: each has the rollback journal, full sync, foreign keys and the busy
// timeout, because they come from the DSN and not from one Exec.
func TestPragmasOnEveryConnection(t *testing.T) {
	ctx := context.Background()
	a := newTestArchive(t)
	var conns []*sql.Conn
	for i := 0; i < 3; i++ { // the reader pool holds 4; one is the watcher
		c, err := a.rdb.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	w, err := a.wdb.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	conns = append(conns, w)
	for _, c := range append(conns, a.watch) {
		checkPragmas(t, c)
	}
	for _, c := range conns {
		c.Close()
	}
	if !strings.Contains(a.dsn("rw", true), "_txlock=immediate") {
		t.Fatal("the writer's transactions are not IMMEDIATE")
	}
	b, err := os.ReadFile(a.path)
	if err != nil {
		t.Fatal(err)
	}
	if b[18] != 1 || b[19] != 1 {
		t.Fatalf("file format versions %d/%d: not a rollback-journal file", b[18], b[19])
	}
}

func TestSQLiteURI(t *testing.T) {
	q := url.Values{"mode": {"ro"}}
	cases := []struct {
		path    string
		windows bool
		want    string
	}{
		{"/tmp/kho.dvk", false, "file:/tmp/kho.dvk?mode=ro"},
		{"/mnt/Dân vận/kho #1?.dvk", false, "file:/mnt/Dân vận/kho %231%3f.dvk?mode=ro"},
		{`C:\Dan van\kho.dvk`, true, "file:///C:/Dan van/kho.dvk?mode=ro"},
		{`Z:\Dân vận khéo\kho 100%.dvk`, true, "file:///Z:/Dân vận khéo/kho 100%25.dvk?mode=ro"},
		{`\\maychu\chung\danvankheo.dvk`, true, "file:////maychu/chung/danvankheo.dvk?mode=ro"},
	}
	for _, c := range cases {
		if got := store.SQLiteURI(c.path, c.windows, q); got != c.want {
			t.Errorf("sqliteURI(%q) = %q, want %q", c.path, got, c.want)
		}
	}
	// A path with special characters really opens.
	dir := tempDir(t)
	name := "Kho Dân vận #2 ?100%.dvk"
	if runtime.GOOS == "windows" {
		name = "Kho Dân vận #2 100%.dvk" // no "?" in a Windows file name
	}
	p := filepath.Join(dir, name)
	a, err := Create(context.Background(), p, Options{BackupDir: filepath.Join(dir, "bk")})
	if err != nil {
		t.Fatal(err)
	}
	a.Close()
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("file not at the path asked for: %v", err)
	}
}

// TestMigrationBacksUpAndIsAtomic adds schema steps to a copy of the list: a
// good step runs after a backup; a failing step leaves the archive as it was.
func TestMigrationBacksUpAndIsAtomic(t *testing.T) {
	ctx := context.Background()
	dir := tempDir(t)
	path := filepath.Join(dir, "kho.dvk")
	o := Options{BackupDir: filepath.Join(dir, "bk")}
	a, err := Create(ctx, path, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SaveField(ctx, &Field{Name: "Xây dựng nông thôn mới", Position: 5}); err != nil {
		t.Fatal(err)
	}
	a.Close()

	saved := migrations
	defer func() { migrations = saved }()
	migrations = append(append([]migration(nil), saved...),
		migration{version: len(saved) + 1, name: "thu.sql", sql: "ALTER TABLE fields ADD COLUMN color TEXT NOT NULL DEFAULT ''"})
	a, err = Open(ctx, path, o)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	a.rdb.QueryRow("PRAGMA user_version").Scan(&v)
	bs, _ := a.Backups()
	a.Close()
	if v != len(saved)+1 {
		t.Fatalf("user_version %d", v)
	}
	if len(bs) != 1 || !strings.HasPrefix(bs[0].Reason, "truoc-nang-cap") {
		t.Fatalf("backups before the migration: %+v", bs)
	}

	migrations = append(migrations, migration{version: len(saved) + 2, name: "hong.sql",
		sql: "ALTER TABLE fields ADD COLUMN size INTEGER; INSERT INTO khong_co_bang VALUES (1)"})
	_, err = Open(ctx, path, o)
	if ErrorCode(err) == "" || !strings.Contains(ErrorMessage(err), "giữ nguyên") {
		t.Fatalf("failing migration: %v", err)
	}
	migrations = migrations[:len(migrations)-1]
	a, err = Open(ctx, path, o)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	a.rdb.QueryRow("PRAGMA user_version").Scan(&v)
	var n int
	if err := a.rdb.QueryRow("SELECT count(*) FROM pragma_table_info('fields') WHERE name = 'size'").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if v != len(saved)+1 || n != 0 {
		t.Fatalf("after a failed step: user_version %d, half-applied column %d", v, n)
	}
}

func TestErrorMessagesAreVietnamese(t *testing.T) {
	for _, err := range []error{errors.New("boom"), &ConflictError{}, Errorf(EInvalid, "Tên không được để trống.")} {
		msg := ErrorMessage(err)
		if msg == "" || strings.HasPrefix(msg, "boom") {
			t.Errorf("message %q", msg)
		}
	}
}

// tempDir is t.TempDir, also under wine.
var tempDir = testdir.New
