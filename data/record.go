package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// column maps one stored column to a field of a record struct.
type column struct {
	name    string
	ptr     any  // pointer to the struct field
	nullID  bool // an optional reference: 0 in Go is NULL in SQL
	derived bool // computed from other fields (sort keys): not audited
}

// record is a stored row with the common bookkeeping columns (Meta). The
// generic functions below load, insert and update any record and write the
// audit log, so each table's code only says what its columns are and what
// rules its values obey.
type record interface {
	meta() *Meta
	table() string
	columns() []column
	label() string // what the audit log calls this record
}

const metaCols = "id, uid, version, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by"

var errStale = errors.New("stale version")

func colNames(cs []column) []string {
	n := make([]string, len(cs))
	for i, c := range cs {
		n[i] = c.name
	}
	return n
}

// scanTargets returns Scan destinations for the meta and record columns and a
// function that copies the temporaries into the struct after Scan.
func scanTargets(r record) ([]any, func()) {
	m := r.meta()
	var created, updated, deleted string
	dest := []any{&m.ID, &m.UID, &m.Version, &created, &m.CreatedBy, &updated, &m.UpdatedBy, &deleted, &m.DeletedBy}
	type nullFix struct {
		n   *sql.NullInt64
		ptr *int64
	}
	var fixes []nullFix
	for _, c := range r.columns() {
		if c.nullID {
			n := new(sql.NullInt64)
			fixes = append(fixes, nullFix{n, c.ptr.(*int64)})
			dest = append(dest, n)
			continue
		}
		dest = append(dest, c.ptr)
	}
	return dest, func() {
		m.CreatedAt, m.UpdatedAt, m.DeletedAt = parseTime(created), parseTime(updated), parseTime(deleted)
		for _, f := range fixes {
			*f.ptr = f.n.Int64
		}
	}
}

func selectSQL(r record) string {
	return "SELECT " + metaCols + ", " + strings.Join(colNames(r.columns()), ", ") + " FROM " + r.table()
}

// loadRecord reads record id into r; ENotFound if there is none.
func loadRecord(ctx context.Context, q dbtx, r record, id int64) error {
	dest, fix := scanTargets(r)
	err := q.QueryRowContext(ctx, selectSQL(r)+" WHERE id = ?", id).Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return &Error{Code: ENotFound, Message: "Không tìm thấy bản ghi (có thể đã bị người khác xóa hẳn).", Err: err}
	}
	if err != nil {
		return err
	}
	fix()
	if wc, ok := r.(withChildren); ok {
		return wc.loadChildren(ctx, q)
	}
	return nil
}

// loadRecords runs a query whose columns are selectSQL's and appends each row
// made by newRec. Children are not loaded: lists show the rows themselves.
func loadRecords[T record](ctx context.Context, q dbtx, newRec func() T, where string, args ...any) ([]T, error) {
	return loadRecordsFrom(ctx, q, newRec, newRec().table(), where, args...)
}

// loadRecordsFrom is loadRecords reading from the given source (a table or
// a subquery with the table's columns).
func loadRecordsFrom[T record](ctx context.Context, q dbtx, newRec func() T, from, where string, args ...any) ([]T, error) {
	var out []T
	proto := newRec()
	rows, err := q.QueryContext(ctx, "SELECT "+metaCols+", "+strings.Join(colNames(proto.columns()), ", ")+" FROM "+from+" "+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		r := newRec()
		dest, fix := scanTargets(r)
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		fix()
		out = append(out, r)
	}
	return out, rows.Err()
}

func colValue(c column) any {
	v := reflect.ValueOf(c.ptr).Elem().Interface()
	if c.nullID && v.(int64) == 0 {
		return nil
	}
	return v
}

// auditText renders a value for the audit log.
func auditText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		if x {
			return "có"
		}
		return "không"
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// withChildren is a record that owns rows of another table (a criteria set
// its criteria, an evaluation its scores). Their changes count as changes of
// the record: they bump its version and appear in its audit line.
type withChildren interface {
	loadChildren(ctx context.Context, q dbtx) error
	childChanges(ctx context.Context, q dbtx) ([]Change, error) // against the stored children
	saveChildren(ctx context.Context, q dbtx) error             // after the row is stored
}

// insertRecord stores r as a new row, filling its Meta, and logs it with
// extra describing its children.
func (a *Archive) insertRecord(ctx context.Context, q dbtx, r record, extra ...Change) error {
	m := r.meta()
	now := a.now()
	if m.UID == "" {
		m.UID = newUID()
	}
	m.Version = 1
	m.CreatedAt, m.UpdatedAt = now, now
	m.CreatedBy, m.UpdatedBy = a.opts.Actor.Name(), a.opts.Actor.Name()
	m.DeletedAt, m.DeletedBy = time.Time{}, ""
	cols := r.columns()
	names := append([]string{"uid", "version", "created_at", "created_by", "updated_at", "updated_by"}, colNames(cols)...)
	args := []any{m.UID, m.Version, fmtTime(now), m.CreatedBy, fmtTime(now), m.UpdatedBy}
	var changes []Change
	_, quiet := q.(quietTx) // no audit line to describe
	for _, c := range cols {
		v := colValue(c)
		args = append(args, v)
		if !c.derived && !quiet {
			if s := auditText(v); s != "" && s != "0" && s != "không" {
				changes = append(changes, Change{Field: c.name, New: s})
			}
		}
	}
	res, err := q.ExecContext(ctx, "INSERT INTO "+r.table()+" ("+strings.Join(names, ", ")+") VALUES (?"+
		strings.Repeat(", ?", len(names)-1)+")", args...)
	if err != nil {
		return err
	}
	if m.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return audit(ctx, q, a.opts.Actor, now, "create", r.table(), m.ID, m.UID, r.label(), append(changes, extra...))
}

// updateRecord saves r over its row if the row still has r's version. cur
// is an empty record of the same type that receives the stored state; on a
// version mismatch it holds the other person's version and errStale is
// returned. extra lists changes of the record's children. Saving without any
// change touches nothing.
func (a *Archive) updateRecord(ctx context.Context, q dbtx, r, cur record, extra ...Change) (bool, error) {
	m := r.meta()
	if err := loadRecord(ctx, q, cur, m.ID); err != nil {
		return false, err
	}
	cm := cur.meta()
	if cm.Version != m.Version {
		return false, errStale
	}
	if cm.Deleted() {
		return false, &Error{Code: EInvalid, Message: "Bản ghi đang ở trong thùng rác; hãy khôi phục trước khi sửa."}
	}
	var sets []string
	var args []any
	var changes []Change
	curCols := cur.columns()
	for i, c := range r.columns() {
		nv, ov := colValue(c), colValue(curCols[i])
		if reflect.DeepEqual(nv, ov) {
			continue
		}
		sets = append(sets, c.name+" = ?")
		args = append(args, nv)
		if !c.derived {
			changes = append(changes, Change{Field: c.name, Old: auditText(ov), New: auditText(nv)})
		}
	}
	changes = append(changes, extra...)
	if len(changes) == 0 {
		*m = *cm
		return false, nil
	}
	now := a.now()
	sets = append(sets, "version = version + 1", "updated_at = ?", "updated_by = ?")
	args = append(args, fmtTime(now), a.opts.Actor.Name(), m.ID, m.Version)
	res, err := q.ExecContext(ctx, "UPDATE "+r.table()+" SET "+strings.Join(sets, ", ")+" WHERE id = ? AND version = ?", args...)
	if err != nil {
		return false, err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, errStale
	}
	m.Version++
	m.UpdatedAt, m.UpdatedBy = now, a.opts.Actor.Name()
	m.CreatedAt, m.CreatedBy = cm.CreatedAt, cm.CreatedBy
	return true, audit(ctx, q, a.opts.Actor, now, "update", r.table(), m.ID, m.UID, r.label(), changes)
}

// saveRecord inserts r when it has no ID and updates it otherwise, turning
// a stale version into a *ConflictError carrying both versions.
func (a *Archive) saveRecord(ctx context.Context, q dbtx, r, cur record) error {
	var extra []Change
	wc, hasChildren := r.(withChildren)
	_, quiet := q.(quietTx)
	// A new record's changes only make its audit line, which a batch does
	// not write.
	if hasChildren && (r.meta().ID != 0 || !quiet) {
		var err error
		if extra, err = wc.childChanges(ctx, q); err != nil {
			return err
		}
	}
	var err error
	if r.meta().ID == 0 {
		err = a.insertRecord(ctx, q, r, extra...)
	} else {
		_, err = a.updateRecord(ctx, q, r, cur, extra...)
		if errors.Is(err, errStale) {
			return &ConflictError{Table: r.table(), Mine: r, Theirs: cur}
		}
	}
	if err != nil || !hasChildren {
		return err
	}
	return wc.saveChildren(ctx, q)
}

// recordPtr is a pointer to a record struct, so generic code can make an
// empty one and copy values.
type recordPtr[T any] interface {
	*T
	record
}

// Optional behaviour of a record type, used by saveIn.
type (
	normalizer interface{ normalize() } // tidy text before anything else
	checker    interface {
		check(context.Context, *Archive, dbtx) error
	} // validate against the archive
	afterSaver interface {
		afterSave(ctx context.Context, q dbtx, before record) error
	} // keep derived data in step; before is the stored state, nil for a new record
)

// save stores r in one write transaction (see saveIn). The write may be
// retried while the file is busy, so it works on a copy and only updates r
// once the transaction has committed.
func save[T any, P recordPtr[T]](ctx context.Context, a *Archive, r P) error {
	if n, ok := any(r).(normalizer); ok {
		n.normalize()
	}
	var work T
	err := a.write(ctx, func(q dbtx) error {
		work = *r
		return a.saveIn(ctx, q, P(&work))
	})
	var ce *ConflictError
	if errors.As(err, &ce) {
		ce.Mine = r
	}
	if err == nil {
		*r = work
	}
	return err
}

// saveIn stores r inside the transaction q: normalised, checked against the
// archive, written (insert or versioned update, with its audit line), then
// derived data such as the search index updated.
func (a *Archive) saveIn(ctx context.Context, q dbtx, r record) error {
	if n, ok := r.(normalizer); ok {
		n.normalize()
	}
	if c, ok := r.(checker); ok {
		if err := c.check(ctx, a, q); err != nil {
			return err
		}
	}
	cur := reflect.New(reflect.TypeOf(r).Elem()).Interface().(record)
	var before record
	if r.meta().ID != 0 {
		before = cur // filled by the update with the state it replaced
	}
	if err := a.saveRecord(ctx, q, r, cur); err != nil {
		return err
	}
	if s, ok := r.(afterSaver); ok {
		return s.afterSave(ctx, q, before)
	}
	return nil
}

// get loads record id of type T.
func get[T any, P recordPtr[T]](ctx context.Context, a *Archive, id int64) (P, error) {
	var r T
	err := a.read(ctx, func(q dbtx) error { return loadRecord(ctx, q, P(&r), id) })
	if err != nil {
		return nil, err
	}
	return P(&r), nil
}

// list loads every record of type T matching where (which may hold ORDER BY).
func list[T any, P recordPtr[T]](ctx context.Context, a *Archive, where string, args ...any) ([]P, error) {
	var out []P
	err := a.read(ctx, func(q dbtx) error {
		var err error
		out, err = loadRecords(ctx, q, func() P { return P(new(T)) }, where, args...)
		return err
	})
	return out, err
}
