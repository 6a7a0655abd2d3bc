package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
	"modernc.org/sqlite"
)

// DefaultBackupDir is where backups go unless configured: on the local disk,
// because the shared drive may be what fails.
func DefaultBackupDir() string {
	if runtime.GOOS == "windows" {
		if d := os.Getenv("LOCALAPPDATA"); d != "" {
			return filepath.Join(d, "DanVanKheo", "SaoLuu")
		}
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "danvankheo", "saoluu")
	}
	return filepath.Join(os.TempDir(), "danvankheo-saoluu")
}

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path   string
	Time   time.Time // local time it was taken
	Reason string    // thu-cong, hang-ngay, truoc-nang-cap-vN, truoc-khoi-phuc
	Size   int64
}

// ReasonLabel returns the Vietnamese description of why the backup was taken.
func (b BackupInfo) ReasonLabel() string {
	switch {
	case b.Reason == "thu-cong":
		return "Sao lưu thủ công"
	case b.Reason == "hang-ngay":
		return "Sao lưu tự động hằng ngày"
	case b.Reason == "truoc-khoi-phuc":
		return "Trước khi khôi phục"
	case b.Reason == "truoc-gop":
		return "Trước khi gộp kho"
	case strings.HasPrefix(b.Reason, "truoc-nang-cap"):
		return "Trước khi nâng cấp kho"
	}
	return b.Reason
}

const backupStamp = "20060102-150405.000"

// BackupFolder is the folder holding this archive's backups: one per archive
// path, so two archives called kho.dvk on different drives do not mix.
func (a *Archive) BackupFolder() string {
	base := strings.TrimSuffix(filepath.Base(a.path), filepath.Ext(a.path))
	sum := sha256.Sum256([]byte(strings.ToLower(a.path)))
	return filepath.Join(a.opts.BackupDir, safeName(base)+"-"+hex.EncodeToString(sum[:4]))
}

func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '_'
		}
		return r
	}, s)
}

// Backup writes a consistent copy of the archive (VACUUM INTO) into the
// backup folder, then keeps only the newest Options.BackupKeep copies.
// reason is a short ASCII tag in the file name. Errors: EIO, EBusy, EFull.
func (a *Archive) Backup(ctx context.Context, reason string) (string, error) {
	dir := a.BackupFolder()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", &Error{Code: EIO, Message: fmt.Sprintf("Không tạo được thư mục sao lưu %q.", dir), Err: err}
	}
	now := a.now().Local()
	name := fmt.Sprintf("%s_%s_%s.dvk", safeName(strings.TrimSuffix(filepath.Base(a.path), filepath.Ext(a.path))), now.Format(backupStamp), reason)
	final := filepath.Join(dir, name)
	tmp := final + ".tmp"
	os.Remove(tmp)
	err := store.RetryBusy(ctx, a.opts.WriteWait, func() error {
		// VACUUM cannot run inside a transaction, so not through a.read.
		_, err := a.rdb.ExecContext(ctx, "VACUUM INTO ?", tmp)
		if err != nil {
			os.Remove(tmp)
		}
		return store.MapErr(err)
	})
	if err != nil {
		return "", &Error{Code: ErrorCode(err), Message: "Không sao lưu được kho. " + ErrorMessage(err), Err: err}
	}
	if err := os.Rename(tmp, final); err != nil {
		os.Remove(tmp)
		return "", &Error{Code: EIO, Message: "Không hoàn tất được bản sao lưu.", Err: err}
	}
	a.pruneBackups()
	return final, nil
}

// Backups lists this archive's backups, newest first.
func (a *Archive) Backups() ([]BackupInfo, error) {
	dir := a.BackupFolder()
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &Error{Code: EIO, Message: fmt.Sprintf("Không đọc được thư mục sao lưu %q.", dir), Err: err}
	}
	var out []BackupInfo
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".dvk") {
			continue
		}
		parts := strings.Split(strings.TrimSuffix(n, ".dvk"), "_")
		if len(parts) < 3 {
			continue
		}
		t, err := time.ParseInLocation(backupStamp, parts[len(parts)-2], time.Local)
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, BackupInfo{Path: filepath.Join(dir, n), Time: t, Reason: parts[len(parts)-1], Size: info.Size()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	return out, nil
}

func (a *Archive) pruneBackups() {
	bs, err := a.Backups()
	if err != nil {
		return
	}
	for i := a.opts.BackupKeep; i < len(bs); i++ {
		os.Remove(bs[i].Path)
	}
}

// DailyBackup takes a backup unless one was already taken today (local
// time). It returns the new file's path, or "" when none was needed. The
// program runs it in the background after opening an archive.
func (a *Archive) DailyBackup(ctx context.Context) (string, error) {
	if a.readOnly {
		return "", nil
	}
	bs, err := a.Backups()
	if err != nil {
		return "", err
	}
	today := a.now().Local().Format("20060102")
	for _, b := range bs {
		if b.Time.Format("20060102") == today {
			return "", nil
		}
	}
	return a.Backup(ctx, "hang-ngay")
}

// checkBackupFile makes sure a file is a sound archive we can restore.
func checkBackupFile(ctx context.Context, path string) error {
	h, err := store.InspectFile(path)
	if err != nil {
		return err
	}
	if h.UserVersion > schemaVersion() {
		return &Error{Code: ENewerSchema, Message: "Bản sao lưu được tạo bởi phiên bản mới hơn của chương trình; hãy cập nhật chương trình trước khi khôi phục."}
	}
	db, err := sql.Open("sqlite", store.SQLiteURI(path, runtime.GOOS == "windows", url.Values{"mode": {"ro"}}))
	if err != nil {
		return store.MapErr(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRowContext(ctx, "PRAGMA integrity_check(1)").Scan(&res); err != nil {
		return &Error{Code: ECorrupt, Message: "Bản sao lưu bị hỏng, không dùng để khôi phục được.", Err: err}
	}
	if res != "ok" {
		return &Error{Code: ECorrupt, Message: "Bản sao lưu bị hỏng, không dùng để khôi phục được.", Err: errors.New(res)}
	}
	return nil
}

// RestoreBackup replaces the archive's content with a backup's, while the
// archive stays open (other users see the change at their next read). The
// current content is backed up first, so a restore can itself be undone.
// Errors: ENotArchive/ECorrupt for a bad backup, ENewerSchema, EReadOnly.
func (a *Archive) RestoreBackup(ctx context.Context, backupPath string) error {
	if a.readOnly {
		return a.errReadOnly()
	}
	if err := checkBackupFile(ctx, backupPath); err != nil {
		return err
	}
	if _, err := a.Backup(ctx, "truoc-khoi-phuc"); err != nil {
		return err
	}
	src := store.SQLiteURI(backupPath, runtime.GOOS == "windows", url.Values{"mode": {"ro"}})
	err := store.RetryBusy(ctx, a.opts.WriteWait, func() error {
		conn, err := a.wdb.Conn(ctx)
		if err != nil {
			return store.MapErr(err)
		}
		defer conn.Close()
		return store.MapErr(conn.Raw(func(dc any) error {
			r, ok := dc.(interface {
				NewRestore(string) (*sqlite.Backup, error)
			})
			if !ok {
				return errors.New("driver cannot restore")
			}
			b, err := r.NewRestore(src)
			if err != nil {
				return err
			}
			for more := true; more; {
				if more, err = b.Step(-1); err != nil {
					b.Finish()
					return err
				}
			}
			return b.Finish()
		}))
	})
	if err != nil {
		return &Error{Code: ErrorCode(err), Message: "Không khôi phục được kho từ bản sao lưu. " + ErrorMessage(err), Err: err}
	}
	if err := a.migrate(ctx); err != nil {
		return err
	}
	return a.write(ctx, func(q store.Tx) error {
		return store.Audit(ctx, q, a.opts.Actor, a.now(), "restore_backup", TableArchive, 0, "",
			"Khôi phục từ bản sao lưu "+filepath.Base(backupPath), nil)
	})
}

// RestoreBackupTo creates a new archive file at target from a backup, for
// when the archive itself is lost. It refuses to overwrite an existing file
// (open it and use RestoreBackup instead).
func RestoreBackupTo(ctx context.Context, backupPath, target string) error {
	if _, err := os.Stat(target); err == nil {
		return &Error{Code: EExists, Message: fmt.Sprintf("Tệp %q đã có; hãy mở kho đó rồi khôi phục vào nó.", target)}
	}
	if err := checkBackupFile(ctx, backupPath); err != nil {
		return err
	}
	data, err := os.ReadFile(backupPath)
	if err != nil {
		return &Error{Code: EIO, Message: "Không đọc được bản sao lưu.", Err: err}
	}
	tmp := target + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		os.Remove(tmp)
		return &Error{Code: EIO, Message: fmt.Sprintf("Không ghi được tệp %q.", target), Err: err}
	}
	if err := os.Rename(tmp, target); err != nil {
		os.Remove(tmp)
		return &Error{Code: EIO, Message: fmt.Sprintf("Không ghi được tệp %q.", target), Err: err}
	}
	return nil
}
