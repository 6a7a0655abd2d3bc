package merge

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/internal/store"
)

// Choice is the person's answer to one conflict of a merge.
type Choice int

// The two answers; a conflict left unanswered keeps this archive's version.
const (
	KeepMine   Choice = iota // keep the record as it is here
	TakeTheirs               // replace it with the other archive's version
)

// Count says what a merge does to one table.
type Count struct {
	Table     store.Table
	Label     string // e.g. "Mô hình, điển hình"
	Added     int    // only in the other archive: added here
	Updated   int    // changed only there: updated here
	Deleted   int    // of Updated: put in the recycle bin there, so here too
	Unchanged int    // the same on both sides
	KeptLocal int    // changed only here, deleted for good here, or locked here: kept
	Matched   int    // a catalogue item both archives made separately, found by its name
	Conflicts int    // changed on both sides: the person chooses
	Parked    int    // added or updated into the recycle bin: same entry and year as a record here
}

// Changes is how many records the merge writes in the table.
func (c Count) Changes() int { return c.Added + c.Updated }

// Field is one field of a conflict, as text for the person.
type Field struct {
	Field  string // column, e.g. "name"
	Label  string // e.g. "Tên mô hình, điển hình"
	Mine   string
	Theirs string
}

// Conflict is a record changed on both sides since they last agreed.
type Conflict struct {
	Key           string // the key of the choices map given to Apply
	Table         store.Table
	UID           string
	Label         string // e.g. the entry's name, "Công nhận năm 2023 – Mô hình …"
	Fields        []Field
	MineAt        time.Time // last change here
	MineBy        string
	TheirsAt      time.Time // last change there
	TheirsBy      string
	TheirsDeleted bool // the other archive has it in the recycle bin
}

// Duplicate is an entry of the other archive that looks like one here
// (same name, unit and phase) under another ID: registered twice on its own.
// The merge adds it anyway; the person decides later which to keep.
type Duplicate struct {
	Name    string
	Unit    string
	Phase   string
	MineID  int64  // the entry here
	TheirID string // the UID of the other archive's entry
}

// Note names one record the merge treats specially (see Parked).
type Note struct {
	Table store.Table
	Label string
}

// Plan is what merging another archive would do, computed without
// writing anything (the dry run). Apply carries it out.
type Plan struct {
	Other      string    // absolute path of the other archive
	PeerUID    string    // the other archive's stable ID
	LastMerge  time.Time // when it was last merged here; zero the first time
	Tables     []Count   // in the order of merging
	Conflicts  []Conflict
	Duplicates []Duplicate
	Parked     []Note // go to the recycle bin: a record here has the same entry and year

	archive    *data.Archive
	stamp      fileStamp // the other file when planned
	localStamp fileStamp // this one
	merger     *merger   // the comparison, reused when nothing changed since
	remote     *mside
	conflicts  map[string]bool
}

// Total sums the tables' counts.
func (p *Plan) Total() Count {
	var t Count
	for _, c := range p.Tables {
		t.Added += c.Added
		t.Updated += c.Updated
		t.Deleted += c.Deleted
		t.Unchanged += c.Unchanged
		t.KeptLocal += c.KeptLocal
		t.Matched += c.Matched
		t.Conflicts += c.Conflicts
		t.Parked += c.Parked
	}
	return t
}

// Empty reports whether merging would change nothing here, whatever the
// choices.
func (p *Plan) Empty() bool {
	t := p.Total()
	return t.Changes() == 0 && t.Conflicts == 0
}

// Result is what Apply did.
type Result struct {
	Tables []Count // as applied (conflicts counted as kept or updated)
	Mine   int     // conflicts kept as they were here
	Theirs int     // conflicts resolved with the other archive's version
	Backup string  // the backup taken before merging ("" when nothing changed)
}

// Total sums the tables' counts.
func (r *Result) Total() Count {
	p := Plan{Tables: r.Tables}
	return p.Total()
}

// NewPlan reads another archive and works out what merging it into archive
// a would do: which records it adds, which it updates, which changed on
// both sides (conflicts for the person to decide), and which entries look
// registered twice. Nothing is written, here or there: the other file is
// opened read-only. Errors: ENotFound, ENotArchive, ECorrupt, ENewerSchema
// for the other file; EInvalid when it refers to records it does not hold
// or is this archive itself.
func NewPlan(ctx context.Context, a *data.Archive, otherPath string) (*Plan, error) {
	h := a.Handle()
	o, err := openOther(ctx, h, otherPath)
	if err != nil {
		return nil, err
	}
	defer o.db.Close()
	var plan *Plan
	err = o.read(ctx, h.WriteWait, func(rq store.Tx) error {
		stamp, err := o.lockedStamp(ctx, rq)
		if err != nil {
			return err
		}
		remote, err := readSide(ctx, rq)
		if err != nil {
			return err
		}
		return h.Read(ctx, func(q store.Tx) error {
			m, err := newMerger(ctx, h.Session, q, rq, remote)
			if err != nil {
				return err
			}
			if err := m.resolve(ctx, q, rq, nil); err != nil {
				return err
			}
			plan = m.plan()
			plan.Other, plan.archive, plan.stamp, plan.merger, plan.remote = o.path, a, stamp, m, remote
			plan.localStamp, err = statStamp(h.Path)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return plan, nil
}

// Apply carries out a plan made for a in one write transaction: all of it or,
// on any error, nothing. choices answers the plan's conflicts by their Key;
// a conflict without an answer keeps this archive's version. The archive is
// backed up first. If the other file changed since the plan was made, or
// someone changed this archive so that new conflicts appear, it refuses
// (EConflict) and the plan must be made again. Errors also: EReadOnly,
// EInvalid for a record the archive's rules refuse (named in the message).
func Apply(ctx context.Context, a *data.Archive, plan *Plan, choices map[string]Choice) (*Result, error) {
	if plan == nil || plan.archive != a {
		return nil, &store.Error{Code: store.EInvalid, Message: "Kết quả xem trước không thuộc kho này; hãy xem trước lại."}
	}
	h := a.Handle()
	if h.ReadOnly != nil {
		return nil, h.ReadOnly
	}
	o, err := openOther(ctx, h, plan.Other)
	if err != nil {
		return nil, err
	}
	defer o.db.Close()
	if st, err := statStamp(o.path); err != nil || st != plan.stamp {
		return nil, errOtherChanged(err)
	}
	res := &Result{}
	if !plan.Empty() {
		if res.Backup, err = a.Backup(ctx, "truoc-gop"); err != nil {
			return nil, &store.Error{Code: store.ErrorCode(err), Message: "Không sao lưu được kho trước khi gộp, nên chưa gộp. " + store.ErrorMessage(err), Err: err}
		}
	}
	err = o.read(ctx, h.WriteWait, func(rq store.Tx) error {
		stamp, err := o.lockedStamp(ctx, rq)
		if err != nil {
			return err
		}
		if stamp != plan.stamp {
			return errOtherChanged(nil)
		}
		return h.Write(ctx, func(q store.Tx) error {
			// The comparison made for the plan still holds if nobody wrote
			// here since (and this is the first attempt: writing changes it).
			m := plan.merger
			if st, err := statStamp(h.Path); err != nil || st != plan.localStamp || m == nil {
				if m, err = newMerger(ctx, h.Session, q, rq, plan.remote); err != nil {
					return err
				}
			}
			plan.merger = nil
			if err := m.resolve(ctx, q, rq, choices); err != nil {
				return err
			}
			for key := range m.conflictKeys() {
				if !plan.conflicts[key] {
					return &store.Error{Code: store.EConflict, Message: "Kho này vừa được sửa (có thể bởi người khác) nên kết quả gộp đã khác lúc xem trước; hãy xem trước lại."}
				}
			}
			r, err := m.apply(ctx, q, rq, o.path)
			if err != nil {
				return err
			}
			// Commendations from an archive older than schema 3 come
			// without recipients: they get the ones their entries name.
			if err := store.DeriveRecipients(ctx, q); err != nil {
				return err
			}
			r.Backup = res.Backup
			res = r
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

func errOtherChanged(cause error) error {
	return &store.Error{Code: store.EConflict, Message: "Kho kia đã thay đổi từ lúc xem trước; hãy xem trước lại.", Err: cause}
}

// otherFile is the other archive of a merge, open for reading only: mode=ro
// never writes, never rolls back a journal and never migrates.
type otherFile struct {
	path   string
	db     *sql.DB
	header store.FileHeader
}

func openOther(ctx context.Context, h *store.Handle, path string) (*otherFile, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &store.Error{Code: store.EIO, Message: fmt.Sprintf("Đường dẫn %q không hợp lệ.", path), Err: err}
	}
	name := filepath.Base(abs)
	if st1, err1 := os.Stat(abs); err1 == nil {
		if st2, err2 := os.Stat(h.Path); err2 == nil && os.SameFile(st1, st2) {
			return nil, &store.Error{Code: store.EInvalid, Message: "Không thể gộp một kho với chính nó. Hãy chọn tệp kho khác."}
		}
	}
	fh, err := store.InspectFile(abs)
	if err != nil {
		return nil, &store.Error{Code: store.ErrorCode(err), Message: "Không gộp được: " + store.LowerFirst(store.ErrorMessage(err)), Err: err}
	}
	switch {
	case fh.UserVersion > h.Schema:
		return nil, &store.Error{Code: store.ENewerSchema, Message: fmt.Sprintf("Kho kia (“%s”) được ghi bởi phiên bản mới hơn của chương trình (lược đồ %d, chương trình này hiểu đến %d). Hãy cập nhật chương trình rồi gộp.", name, fh.UserVersion, h.Schema)}
	case fh.UserVersion < 1:
		return nil, &store.Error{Code: store.ENotArchive, Message: fmt.Sprintf("Tệp “%s” không phải kho Dân vận khéo.", name)}
	case fh.WAL:
		return nil, &store.Error{Code: store.EBusy, Message: fmt.Sprintf("Kho kia (“%s”) đang ở chế độ ghi WAL của một chương trình khác. Hãy mở nó bằng Dân vận khéo trên máy của người dùng nó một lần, rồi gộp.", name)}
	}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", h.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "query_only(1)")
	db, err := sql.Open("sqlite", store.SQLiteURI(abs, runtime.GOOS == "windows", q))
	if err != nil {
		return nil, store.MapErr(err)
	}
	db.SetMaxOpenConns(1)
	o := &otherFile{path: abs, db: db, header: fh}
	var appID int64
	err = o.read(ctx, h.WriteWait, func(rq store.Tx) error {
		return rq.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	})
	if err != nil || uint32(appID) != store.ApplicationID {
		db.Close()
		if err != nil && store.ErrorCode(err) != store.ENotArchive && store.ErrorCode(err) != store.ECorrupt {
			return nil, err
		}
		return nil, &store.Error{Code: store.ENotArchive, Message: fmt.Sprintf("Tệp “%s” không phải kho Dân vận khéo (hoặc bị hỏng).", name), Err: err}
	}
	return o, nil
}

// read runs fn in one read transaction on the other file, again while a
// colleague's write is in its way (as data.Archive reads). The merge never
// writes there, so a journal SQLite takes for hot is looked at a few times
// (its writer may have rolled back just then) and then refused.
func (o *otherFile) read(ctx context.Context, wait time.Duration, fn func(rq store.Tx) error) error {
	hot := 0
	return store.RetryBusy(ctx, wait, func() error {
		err := store.RunTx(ctx, o.db, "BEGIN", fn)
		if !store.IsHotJournal(err) {
			return err
		}
		if hot++; hot == 5 {
			// Not EBusy, which retryBusy would go on retrying until its time
			// was up, to end with the message below instead of this one.
			return &store.Error{Code: store.EReadOnly, Err: err, Message: fmt.Sprintf("Kho kia (“%s”) có một lần ghi dở dang (chương trình của người dùng nó đã bị dừng giữa lúc ghi). Việc gộp không bao giờ ghi vào kho kia, nên không tự hoàn tác được: hãy mở kho kia bằng Dân vận khéo trên máy có quyền ghi vào thư mục của nó một lần, rồi gộp.", filepath.Base(o.path))}
		}
		return &store.Error{Code: store.EBusy, Err: err, Message: "Kho kia đang được ghi; đang đọc lại."}
	})
}

// fileStamp identifies one committed state of a file: SQLite raises the
// header's change counter at every commit in rollback-journal mode.
type fileStamp struct {
	size    int64
	mtime   time.Time
	counter uint32
}

func statStamp(path string) (fileStamp, error) {
	st, err := os.Stat(path)
	if err != nil {
		return fileStamp{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return fileStamp{}, err
	}
	defer f.Close()
	var b [28]byte
	if _, err := io.ReadFull(f, b[:]); err != nil {
		return fileStamp{}, err
	}
	return fileStamp{size: st.Size(), mtime: st.ModTime(), counter: binary.BigEndian.Uint32(b[24:28])}, nil
}

// lockedStamp reads the stamp inside rq's transaction after taking SQLite's
// shared lock, so no one can commit to the file while the merge reads it.
func (o *otherFile) lockedStamp(ctx context.Context, rq store.Tx) (fileStamp, error) {
	var n int
	if err := rq.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
		return fileStamp{}, err
	}
	st, err := statStamp(o.path)
	if err != nil {
		return st, &store.Error{Code: store.EIO, Message: fmt.Sprintf("Không đọc được tệp %q.", filepath.Base(o.path)), Err: err}
	}
	return st, nil
}
