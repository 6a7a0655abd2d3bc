package data

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Options tune how an archive is opened. The zero value is right for the
// program; tests set the clock and the backup folder.
type Options struct {
	ReadOnly    bool          // open for reading only, even if the file is writable
	BackupDir   string        // local folder for backups; "" means DefaultBackupDir()
	BackupKeep  int           // how many backups to keep per archive; 0 means 10
	Actor       Actor         // who is working; zero means CurrentActor()
	BusyTimeout time.Duration // how long SQLite waits for a lock; 0 means 5 s
	WriteWait   time.Duration // how long a write keeps retrying while busy; 0 means 60 s
	// BatchCacheKiB is the page cache of an import's transaction; 0 means
	// 64 MiB. A transaction larger than it spills pages to the file before
	// its commit (slower; a machine short of memory may want that).
	BatchCacheKiB int
	// Progress, when set, hears how long work inside Open goes (an upgrade
	// that rebuilds the search index takes minutes on a large archive):
	// what is being done, in Vietnamese, and how far, total 0 when unknown.
	// It is called on Open's goroutine.
	Progress func(what string, done, total int)
	Now      func() time.Time
}

// Archive is an open archive file. It is safe for concurrent use.
type Archive struct {
	path     string
	opts     Options
	rdb      *sql.DB // readers: deferred transactions, a few connections
	wdb      *sql.DB // the one writer connection; nil when read-only
	readOnly bool
	roReason string // why it is read-only, in Vietnamese

	recovered atomic.Bool // an unfinished write was rolled back and noted

	watchMu     sync.Mutex
	watch       *sql.Conn
	dataVersion int64
}

// Path returns the absolute path of the archive file.
func (a *Archive) Path() string { return a.path }

// Recovered reports whether this program found an unfinished write (left
// by a program stopped part-way), rolled it back and noted it in the audit
// log. Everything committed before it is intact.
func (a *Archive) Recovered() bool { return a.recovered.Load() }

// RecoveredNote says in Vietnamese what Recovered means.
const RecoveredNote = recoveredNote + "."

// ReadOnly reports whether the archive refuses writes, and why.
func (a *Archive) ReadOnly() (bool, string) { return a.readOnly, a.roReason }

// Actor returns who the archive records as making changes.
func (a *Archive) Actor() Actor { return a.opts.Actor }

func (a *Archive) now() time.Time { return a.opts.Now() }

func (o *Options) fill() {
	if o.Actor == (Actor{}) {
		o.Actor = CurrentActor()
	}
	if o.BusyTimeout == 0 {
		o.BusyTimeout = 5 * time.Second
	}
	if o.WriteWait == 0 {
		o.WriteWait = 60 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.BackupKeep == 0 {
		o.BackupKeep = 10
	}
	if o.BackupDir == "" {
		o.BackupDir = DefaultBackupDir()
	}
}

// dsn builds the connection string. Every pragma is in it so that every
// connection the pool opens gets the same settings: a rollback journal
// (WAL needs shared memory on one host and breaks on a network share),
// full fsync, foreign keys, a busy timeout, and the readers' page cache.
func (a *Archive) dsn(mode string, writer bool) string {
	q := url.Values{}
	q.Set("mode", mode)
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", a.opts.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	if mode != "ro" {
		q.Add("_pragma", "journal_mode(DELETE)")
	}
	q.Add("_pragma", "synchronous(FULL)")
	if writer {
		q.Set("_txlock", "immediate")
	} else {
		// A reader keeps up to 16 MiB of pages between its reads (SQLite
		// keeps them while the file's change counter stands still): the
		// search index's lists for the first letters typed are a few
		// megabytes, and reading them again at each keystroke cost more
		// than the search (2 MiB, the default, halved its speed).
		q.Add("_pragma", "cache_size(-16384)")
	}
	return store.SQLiteURI(a.path, runtime.GOOS == "windows", q)
}

// Open opens an existing archive. A file that is not our archive, or is
// damaged, gives an error and is left untouched. An archive written by a
// newer program, a read-only file or a read-only folder opens read-only
// (see ReadOnly). An older archive is backed up and migrated.
func Open(ctx context.Context, path string, opts Options) (*Archive, error) {
	opts.fill()
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{Code: EIO, Message: fmt.Sprintf("Đường dẫn %q không hợp lệ.", path), Err: err}
	}
	// Ours, by its header, before SQLite touches it (it could roll back).
	if _, err := store.InspectFile(abs); err != nil {
		return nil, err
	}
	a := &Archive{path: abs, opts: opts}
	h, recovered, err := a.settle(ctx)
	if err != nil {
		return nil, err
	}
	a.recovered.Store(recovered)
	switch {
	case h.UserVersion > schemaVersion():
		a.readOnly, a.roReason = true, fmt.Sprintf("Kho này được ghi bởi phiên bản mới hơn của chương trình (lược đồ %d, chương trình này hiểu đến %d). Kho chỉ mở để xem; hãy cập nhật chương trình để sửa.", h.UserVersion, schemaVersion())
	case opts.ReadOnly:
		a.readOnly, a.roReason = true, "Kho được mở ở chế độ chỉ xem."
	default:
		if reason := writeBlocked(abs); reason != "" {
			a.readOnly, a.roReason = true, reason
		}
	}
	if err := a.openPools(ctx); err != nil {
		return nil, err
	}
	if err := a.verify(ctx); err != nil {
		a.Close()
		return nil, err
	}
	if !a.readOnly {
		if err := a.migrate(ctx); err != nil {
			a.Close()
			return nil, err
		}
		if err := a.refreshSortKeys(ctx); err != nil {
			a.Close()
			return nil, err
		}
	} else if h.UserVersion < schemaVersion() {
		a.Close()
		return nil, &Error{Code: EReadOnly, Message: "Kho dùng định dạng cũ và cần được nâng cấp, nhưng đang chỉ cho phép đọc. Hãy mở kho bằng máy có quyền ghi."}
	}
	if err := a.startWatch(ctx); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

// Create makes a new, empty archive at path. It fails if the file exists.
// The schema is written in one IMMEDIATE transaction, so two people creating
// the same file at once end with one archive, not a mixture.
func Create(ctx context.Context, path string, opts Options) (*Archive, error) {
	opts.fill()
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{Code: EIO, Message: fmt.Sprintf("Đường dẫn %q không hợp lệ.", path), Err: err}
	}
	if _, err := os.Stat(abs); err == nil {
		return nil, &Error{Code: EExists, Message: fmt.Sprintf("Tệp %q đã có. Hãy chọn tên khác hoặc mở tệp đó.", abs)}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, &Error{Code: EIO, Message: fmt.Sprintf("Không kiểm tra được tệp %q.", abs), Err: err}
	}
	if reason := dirBlocked(filepath.Dir(abs)); reason != "" {
		return nil, &Error{Code: EReadOnly, Message: reason}
	}
	a := &Archive{path: abs, opts: opts}
	db, err := sql.Open("sqlite", a.dsn("rwc", true))
	if err != nil {
		return nil, store.MapErr(err)
	}
	db.SetMaxOpenConns(1)
	created, err := a.createSchema(ctx, db)
	db.Close()
	if err != nil {
		return nil, err
	}
	if !created {
		return nil, &Error{Code: EExists, Message: fmt.Sprintf("Tệp %q vừa được người khác tạo. Hãy mở tệp đó.", abs)}
	}
	return Open(ctx, abs, opts)
}

func (a *Archive) openPools(ctx context.Context) error {
	mode := "rw"
	if a.readOnly {
		mode = "ro"
	}
	rdb, err := sql.Open("sqlite", a.dsn(mode, false))
	if err != nil {
		return store.MapErr(err)
	}
	rdb.SetMaxOpenConns(4)
	rdb.SetMaxIdleConns(4)
	a.rdb = rdb
	if !a.readOnly {
		wdb, err := sql.Open("sqlite", a.dsn("rw", true))
		if err != nil {
			rdb.Close()
			return store.MapErr(err)
		}
		wdb.SetMaxOpenConns(1)
		wdb.SetMaxIdleConns(1)
		a.wdb = wdb
	}
	return nil
}

// verify reads the schema through SQLite: the header check cannot see a
// damaged first page or schema table.
func (a *Archive) verify(ctx context.Context) error {
	return a.read(ctx, func(q store.Tx) error {
		var appID, n int64
		if err := q.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
			return err
		}
		if uint32(appID) != ApplicationID {
			return &Error{Code: ENotArchive, Message: fmt.Sprintf("Tệp %q không phải là kho dữ liệu Dân vận khéo.", filepath.Base(a.path))}
		}
		return q.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n)
	})
}

// Close releases the archive's connections.
func (a *Archive) Close() error {
	a.watchMu.Lock()
	if a.watch != nil {
		a.watch.Close()
		a.watch = nil
	}
	a.watchMu.Unlock()
	var err error
	if a.wdb != nil {
		// Keeps the planner's statistics fresh as the archive grows.
		a.wdb.Exec("PRAGMA optimize")
		err = a.wdb.Close()
	}
	if a.rdb != nil {
		if e := a.rdb.Close(); err == nil {
			err = e
		}
	}
	return err
}

// writeBlocked returns why the archive cannot be written, or "".
func writeBlocked(path string) string {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return "Tệp kho chỉ cho phép đọc (bạn không có quyền ghi). Kho được mở để xem; mọi thay đổi đều bị từ chối."
	}
	f.Close()
	return dirBlocked(filepath.Dir(path))
}

// dirBlocked checks by creating and removing a probe file: SQLite writes its
// journal beside the archive, so a read-only folder makes every write fail.
func dirBlocked(dir string) string {
	var b [6]byte
	rand.Read(b[:])
	probe := filepath.Join(dir, ".dvk-probe-"+hex.EncodeToString(b[:]))
	f, err := os.OpenFile(probe, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return "Thư mục chứa kho chỉ cho phép đọc, nên không ghi được. Kho được mở để xem; mọi thay đổi đều bị từ chối."
	}
	f.Close()
	os.Remove(probe)
	return ""
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// session is who saves records through this archive, and when.
func (a *Archive) session() store.Session { return store.Session{Actor: a.opts.Actor, Now: a.opts.Now} }

// Handle gives the packages under data (merging archives) this archive's
// file, transactions and writer. Its type is internal to this module.
func (a *Archive) Handle() *store.Handle {
	h := &store.Handle{Path: a.path, Session: a.session(), Schema: schemaVersion(),
		BusyTimeout: a.opts.BusyTimeout, WriteWait: a.opts.WriteWait, Read: a.read, Write: a.write}
	if a.readOnly {
		h.ReadOnly = a.errReadOnly()
	}
	return h
}

// ArchiveUID returns this archive's stable ID, which other archives use to
// remember what they merged from it.
func (a *Archive) ArchiveUID(ctx context.Context) (string, error) {
	var uid string
	err := a.read(ctx, func(q store.Tx) error {
		var err error
		uid, err = store.ArchiveUID(ctx, q)
		return err
	})
	return uid, err
}
