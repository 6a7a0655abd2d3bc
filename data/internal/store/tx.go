package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
	"unicode"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Tx is what queries need from a connection inside a transaction.
type Tx interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func LowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// RunTx manages BEGIN/COMMIT by hand on one connection: when COMMIT fails
// with SQLITE_BUSY the transaction is still open, and database/sql's Tx
// would hand the connection back to the pool in that state.
func RunTx(ctx context.Context, db *sql.DB, begin string, fn func(q Tx) error) (err error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return MapErr(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, begin); err != nil {
		return MapErr(err)
	}
	defer func() {
		if err != nil {
			conn.ExecContext(context.Background(), "ROLLBACK")
		}
	}()
	if err := fn(conn); err != nil {
		return MapErr(err)
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return MapErr(err)
	}
	return nil
}

func RetryBusy(ctx context.Context, wait time.Duration, fn func() error) error {
	deadline := time.Now().Add(wait)
	delay := 20 * time.Millisecond
	for {
		err := fn()
		if ErrorCode(err) != EBusy || time.Now().After(deadline) {
			return err
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return MapErr(ctx.Err())
		case <-t.C:
		}
		if delay < 500*time.Millisecond {
			delay *= 2
		}
	}
}

// sqliteCode returns the primary SQLite result code in err, or 0.
func sqliteCode(err error) int { return sqliteExtCode(err) & 0xff }

// sqliteExtCode returns the extended SQLite result code in err, or 0.
func sqliteExtCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// MapErr turns driver errors into *Error with a message for the user.
func MapErr(err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	var ce *ConflictError
	if errors.As(err, &e) || errors.As(err, &ce) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return &Error{Code: ECanceled, Message: "Công việc đã bị hủy.", Err: err}
	}
	if errors.Is(err, sql.ErrNoRows) {
		return &Error{Code: ENotFound, Message: "Không tìm thấy bản ghi.", Err: err}
	}
	switch sqliteCode(err) {
	// SQLITE_BUSY_SNAPSHOT is a kind of SQLITE_BUSY; SQLITE_SCHEMA means a
	// colleague's commit changed the schema under a prepared query. All of
	// them pass when tried again.
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_SCHEMA:
		return &Error{Code: EBusy, Message: "Kho đang bận: có người khác đang ghi vào kho quá lâu. Hãy thử lại sau ít phút.", Err: err}
	case sqlite3.SQLITE_READONLY:
		return &Error{Code: EReadOnly, Message: "Không ghi được: tệp kho hoặc thư mục chứa nó chỉ cho phép đọc.", Err: err}
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return &Error{Code: ECorrupt, Message: "Kho dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất.", Err: err}
	case sqlite3.SQLITE_FULL:
		return &Error{Code: EFull, Message: "Ổ đĩa chứa kho đã đầy. Hãy giải phóng dung lượng rồi thử lại.", Err: err}
	case sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PROTOCOL:
		return &Error{Code: EIO, Message: "Lỗi đọc/ghi tệp kho. Hãy kiểm tra kết nối tới ổ mạng rồi thử lại.", Err: err}
	case sqlite3.SQLITE_INTERRUPT:
		return &Error{Code: ECanceled, Message: "Công việc đã bị hủy.", Err: err}
	case sqlite3.SQLITE_CONSTRAINT:
		if strings.Contains(err.Error(), "evaluation locked") {
			return &Error{Code: ELocked, Message: "Phiếu đánh giá đã khóa, không thể thay đổi.", Err: err}
		}
		if strings.Contains(err.Error(), "FOREIGN KEY") {
			return &Error{Code: EInUse, Message: "Dữ liệu đang được bản ghi khác sử dụng hoặc tham chiếu tới mục không tồn tại.", Err: err}
		}
		if strings.Contains(err.Error(), "UNIQUE") {
			return &Error{Code: EExists, Message: "Bản ghi này trùng với một bản ghi đã có.", Err: err}
		}
		return &Error{Code: EInvalid, Message: "Dữ liệu không hợp lệ.", Err: err}
	}
	return &Error{Code: EInternal, Message: "Lỗi không mong đợi khi làm việc với kho dữ liệu.", Err: err}
}

// IsHotJournal reports whether err is SQLite refusing to read past a hot
// journal it may not roll back.
func IsHotJournal(err error) bool {
	var e *Error
	if errors.As(err, &e) && e.Code == EReadOnly && e.Err != nil {
		err = e.Err
	}
	return sqliteExtCode(err) == sqlite3.SQLITE_READONLY_ROLLBACK
}
