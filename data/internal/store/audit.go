package store

import (
	"context"
	"encoding/json"
	"time"
)

// Change is one field's old and new value in an audit entry.
type Change struct {
	Field string `json:"f"`
	Old   string `json:"o"`
	New   string `json:"n"`
}

func Audit(ctx context.Context, q Tx, actor Actor, at time.Time, action string, table Table, id int64, uid, label string, changes []Change) error {
	if _, quiet := q.(quietTx); quiet {
		return nil
	}
	var js string
	if len(changes) > 0 {
		b, err := json.Marshal(changes)
		if err != nil {
			return err
		}
		js = string(b)
	}
	_, err := q.ExecContext(ctx, `INSERT INTO audit_log
		(at, os_user, machine, display_name, action, table_name, record_id, record_uid, label, changes)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		FmtTime(at), actor.User, actor.Machine, actor.Display, action, table, id, uid, label, js)
	return err
}
