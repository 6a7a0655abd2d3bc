package data

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

// dbtx is what queries need from a connection inside a transaction.
type dbtx interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// errReadOnly is returned by every write on a read-only archive.
func (a *Archive) errReadOnly() error {
	msg := a.roReason
	if msg == "" {
		msg = "Kho đang ở chế độ chỉ xem."
	}
	return &Error{Code: EReadOnly, Message: "Không lưu được: " + lowerFirst(msg)}
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// write runs fn in one short IMMEDIATE transaction on the writer connection.
// While another person holds the file, it waits and retries (up to
// Options.WriteWait), so a busy shared drive shows as a short wait rather
// than an error. fn may run more than once and must not have side effects
// outside the transaction.
func (a *Archive) write(ctx context.Context, fn func(q dbtx) error) error {
	if a.readOnly {
		return a.errReadOnly()
	}
	w := startLockWait(ctx)
	defer w.stop()
	return retryBusy(ctx, a.opts.WriteWait, func() error {
		return runTx(ctx, a.wdb, "BEGIN IMMEDIATE", func(q dbtx) error {
			w.stop() // BEGIN IMMEDIATE holds the write lock: no more waiting
			return fn(q)
		})
	})
}

// read runs fn in one deferred transaction, so the queries in it (a page and
// its total, say) see the same state of the file.
func (a *Archive) read(ctx context.Context, fn func(q dbtx) error) error {
	w := startLockWait(ctx)
	defer w.stop()
	return a.retryRead(ctx, a.opts.WriteWait, func() error {
		return runTx(ctx, a.rdb, "BEGIN", func(q dbtx) error {
			if w.listened() {
				// A deferred BEGIN takes no lock; this tiny read takes the
				// shared one, so the time fn takes is not counted as waiting.
				var v int64
				if err := q.QueryRowContext(ctx, "PRAGMA schema_version").Scan(&v); err != nil {
					return err
				}
				w.stop()
			}
			return fn(q)
		})
	})
}

// retryRead runs a read again while a colleague's write is in its way: it
// waits out their lock (SQLITE_BUSY, after SQLite's own busy timeout), a
// commit that changed the schema under a prepared query, and a journal
// SQLite took for hot. That last one is settled first: rolled back where
// we may write, refused with its own message where we may not. fn may run
// more than once; it stops trying after wait.
func (a *Archive) retryRead(ctx context.Context, wait time.Duration, fn func() error) error {
	return retryBusy(ctx, wait, func() error {
		err := fn()
		if !isHotJournal(err) {
			return err
		}
		_, recovered, serr := a.settle(ctx)
		if serr != nil {
			return serr
		}
		if recovered {
			a.recovered.Store(true)
		}
		// EBusy makes retryBusy read again; the message shows only if its
		// time is up.
		return &Error{Code: EBusy, Message: "Kho đang bận: một lần ghi dở dang vừa được xử lý trong lúc đọc. Hãy thử lại.", Err: err}
	})
}

// runTx manages BEGIN/COMMIT by hand on one connection: when COMMIT fails
// with SQLITE_BUSY the transaction is still open, and database/sql's Tx
// would hand the connection back to the pool in that state.
func runTx(ctx context.Context, db *sql.DB, begin string, fn func(q dbtx) error) (err error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return mapErr(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, begin); err != nil {
		return mapErr(err)
	}
	defer func() {
		if err != nil {
			conn.ExecContext(context.Background(), "ROLLBACK")
		}
	}()
	if err := fn(conn); err != nil {
		return mapErr(err)
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return mapErr(err)
	}
	return nil
}

func retryBusy(ctx context.Context, wait time.Duration, fn func() error) error {
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
			return mapErr(ctx.Err())
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

// mapErr turns driver errors into *Error with a message for the user.
func mapErr(err error) error {
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
