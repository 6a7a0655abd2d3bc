package data

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// AuditEntry is one line of the audit log.
type AuditEntry struct {
	ID        int64
	At        time.Time
	User      string // OS login
	Machine   string
	Display   string
	Action    string // create, update, delete, restore, purge, migrate, restore_backup…
	Table     Table
	RecordID  int64
	RecordUID string
	Label     string // what the record was called at the time
	Changes   []Change
}

// ActionLabel returns the Vietnamese name of the entry's action.
func (e AuditEntry) ActionLabel() string {
	switch e.Action {
	case "create":
		return "Tạo mới"
	case "update":
		return "Sửa"
	case "delete":
		return "Xóa (vào thùng rác)"
	case "restore":
		return "Khôi phục từ thùng rác"
	case "purge":
		return "Xóa hẳn"
	case "migrate":
		return "Nâng cấp kho"
	case "restore_backup":
		return "Khôi phục từ bản sao lưu"
	case "import":
		return "Nhập dữ liệu"
	case "merge":
		return "Gộp kho"
	case "recover":
		return "Hoàn tác lần ghi dở dang"
	}
	return e.Action
}

// AuditFilter selects lines of the audit log. Zero fields match everything.
type AuditFilter struct {
	Person   string // words beginning the OS login or display name, ignoring case and diacritics
	From, To time.Time
	Table    Table
	RecordID int64
	Limit    int // 0 means 200
	Offset   int
}

// FindAudit returns audit lines, newest first, and how many match in all.
func (a *Archive) FindAudit(ctx context.Context, f AuditFilter) ([]AuditEntry, int, error) {
	var where []string
	var args []any
	if strings.TrimSpace(f.Person) != "" {
		// Folded like search: "hung" finds "Hùng", "do" finds "Đỗ".
		where = append(where, "dvk_match(os_user || ' ' || display_name, ?)")
		args = append(args, f.Person)
	}
	if !f.From.IsZero() {
		where = append(where, "at >= ?")
		args = append(args, store.FmtTime(f.From))
	}
	if !f.To.IsZero() {
		where = append(where, "at < ?")
		args = append(args, store.FmtTime(f.To))
	}
	if f.Table != "" {
		where = append(where, "table_name = ?")
		args = append(args, f.Table)
	}
	if f.RecordID != 0 {
		where = append(where, "record_id = ?")
		args = append(args, f.RecordID)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	var out []AuditEntry
	var total int
	err := a.read(ctx, func(q store.Tx) error {
		if err := q.QueryRowContext(ctx, "SELECT count(*) FROM audit_log"+cond, args...).Scan(&total); err != nil {
			return err
		}
		rows, err := q.QueryContext(ctx, `SELECT id, at, os_user, machine, display_name, action, table_name,
			record_id, record_uid, label, changes FROM audit_log`+cond+
			` ORDER BY id DESC LIMIT ? OFFSET ?`, append(args, limit, f.Offset)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var e AuditEntry
			var at, js string
			if err := rows.Scan(&e.ID, &at, &e.User, &e.Machine, &e.Display, &e.Action, &e.Table,
				&e.RecordID, &e.RecordUID, &e.Label, &js); err != nil {
				return err
			}
			e.At = store.ParseTime(at)
			if js != "" {
				if err := json.Unmarshal([]byte(js), &e.Changes); err != nil {
					return fmt.Errorf("audit %d: %w", e.ID, err)
				}
			}
			out = append(out, e)
		}
		return rows.Err()
	})
	return out, total, err
}
