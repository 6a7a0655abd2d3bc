package store

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

// Column maps one stored column to a field of a record struct.
type Column struct {
	Name    string
	Ptr     any  // pointer to the struct field
	NullID  bool // an optional reference: 0 in Go is NULL in SQL
	Derived bool // computed from other fields (sort keys): not audited
}

// Record is a stored row with the common bookkeeping columns (Meta). The
// generic functions below load, insert and update any record and write the
// audit log, so each table's code only says what its columns are and what
// rules its values obey. Its methods are unexported: only the types of this
// package are records, and other packages reach them through the functions
// below (MetaOf, ColumnsOf, Check…).
type Record interface {
	meta() *Meta
	table() Table
	columns() []Column
	label() string // what the audit log calls this record
}

// MetaOf returns the bookkeeping of r.
func MetaOf(r Record) *Meta { return r.meta() }

// TableOf returns the table r is stored in.
func TableOf(r Record) Table { return r.table() }

// ColumnsOf returns r's own columns (not its children's), in table order.
func ColumnsOf(r Record) []Column { return r.columns() }

// LabelOf returns what the audit log calls r.
func LabelOf(r Record) string { return r.label() }

// Normalize tidies r's text as saving does (NFC, trimmed).
func Normalize(r Record) {
	if n, ok := r.(normalizer); ok {
		n.normalize()
	}
}

// Check runs r's rules against the archive q reads; EInvalid names each bad
// field.
func Check(ctx context.Context, q Tx, r Record) error {
	if c, ok := r.(checker); ok {
		return c.check(ctx, q)
	}
	return nil
}

// LoadChildren reads what r owns in other tables (a criteria set's criteria
// and thresholds, an evaluation's scores, an entry's texts).
func LoadChildren(ctx context.Context, q Tx, r Record) error {
	if wc, ok := r.(withChildren); ok {
		return wc.loadChildren(ctx, q)
	}
	return nil
}

// SaveChildren writes what r owns in other tables, after r's row.
func SaveChildren(ctx context.Context, q Tx, r Record) error {
	if wc, ok := r.(withChildren); ok {
		return wc.saveChildren(ctx, q)
	}
	return nil
}

const metaCols = "id, uid, version, created_at, created_by, updated_at, updated_by, deleted_at, deleted_by"

var errStale = errors.New("stale version")

func ColNames(cs []Column) []string {
	n := make([]string, len(cs))
	for i, c := range cs {
		n[i] = c.Name
	}
	return n
}

// scanTargets returns Scan destinations for the meta and record columns and a
// function that copies the temporaries into the struct after Scan.
func scanTargets(r Record) ([]any, func()) {
	m := r.meta()
	var created, updated, deleted string
	dest := []any{&m.ID, &m.UID, &m.Version, &created, &m.CreatedBy, &updated, &m.UpdatedBy, &deleted, &m.DeletedBy}
	type nullFix struct {
		n   *sql.NullInt64
		ptr *int64
	}
	var fixes []nullFix
	for _, c := range r.columns() {
		if c.NullID {
			n := new(sql.NullInt64)
			fixes = append(fixes, nullFix{n, c.Ptr.(*int64)})
			dest = append(dest, n)
			continue
		}
		dest = append(dest, c.Ptr)
	}
	return dest, func() {
		m.CreatedAt, m.UpdatedAt, m.DeletedAt = ParseTime(created), ParseTime(updated), ParseTime(deleted)
		for _, f := range fixes {
			*f.ptr = f.n.Int64
		}
	}
}

func selectSQL(r Record) string {
	return "SELECT " + metaCols + ", " + strings.Join(ColNames(r.columns()), ", ") + " FROM " + string(r.table())
}

// LoadRecord reads record id into r; ENotFound if there is none.
func LoadRecord(ctx context.Context, q Tx, r Record, id int64) error {
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

// LoadRecords runs a query whose columns are selectSQL's and appends each row
// made by newRec. Children are not loaded: lists show the rows themselves.
func LoadRecords[T Record](ctx context.Context, q Tx, newRec func() T, where string, args ...any) ([]T, error) {
	return LoadRecordsFrom(ctx, q, newRec, string(newRec().table()), where, args...)
}

// LoadRecordsFrom is LoadRecords reading from the given source (a table or
// a subquery with the table's columns).
func LoadRecordsFrom[T Record](ctx context.Context, q Tx, newRec func() T, from, where string, args ...any) ([]T, error) {
	var out []T
	proto := newRec()
	rows, err := q.QueryContext(ctx, "SELECT "+metaCols+", "+strings.Join(ColNames(proto.columns()), ", ")+" FROM "+from+" "+where, args...)
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

func ColValue(c Column) any {
	v := reflect.ValueOf(c.Ptr).Elem().Interface()
	if c.NullID && v.(int64) == 0 {
		return nil
	}
	return v
}

// AuditText renders a value for the audit log.
func AuditText(v any) string {
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
	loadChildren(ctx context.Context, q Tx) error
	childChanges(ctx context.Context, q Tx) ([]Change, error) // against the stored children
	saveChildren(ctx context.Context, q Tx) error             // after the row is stored
}

// Session is who saves records and the clock that dates the saves: the
// archive's actor and time.
type Session struct {
	Actor Actor
	Now   func() time.Time
}

// insertRecord stores r as a new row, filling its Meta, and logs it with
// extra describing its children.
func (s Session) insertRecord(ctx context.Context, q Tx, r Record, extra ...Change) error {
	m := r.meta()
	now := s.Now()
	if m.UID == "" {
		m.UID = NewUID()
	}
	m.Version = 1
	m.CreatedAt, m.UpdatedAt = now, now
	m.CreatedBy, m.UpdatedBy = s.Actor.Name(), s.Actor.Name()
	m.DeletedAt, m.DeletedBy = time.Time{}, ""
	cols := r.columns()
	names := append([]string{"uid", "version", "created_at", "created_by", "updated_at", "updated_by"}, ColNames(cols)...)
	args := []any{m.UID, m.Version, FmtTime(now), m.CreatedBy, FmtTime(now), m.UpdatedBy}
	var changes []Change
	_, quiet := q.(quietTx) // no audit line to describe
	for _, c := range cols {
		v := ColValue(c)
		args = append(args, v)
		if !c.Derived && !quiet {
			if s := AuditText(v); s != "" && s != "0" && s != "không" {
				changes = append(changes, Change{Field: c.Name, New: s})
			}
		}
	}
	res, err := q.ExecContext(ctx, "INSERT INTO "+string(r.table())+" ("+strings.Join(names, ", ")+") VALUES (?"+
		strings.Repeat(", ?", len(names)-1)+")", args...)
	if err != nil {
		return err
	}
	if m.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return Audit(ctx, q, s.Actor, now, "create", r.table(), m.ID, m.UID, r.label(), append(changes, extra...))
}

// Update saves r over its row if the row still has r's version. cur
// is an empty record of the same type that receives the stored state; on a
// version mismatch it holds the other person's version and errStale is
// returned. extra lists changes of the record's children. Saving without any
// change touches nothing.
func (s Session) Update(ctx context.Context, q Tx, r, cur Record, extra ...Change) (bool, error) {
	m := r.meta()
	if err := LoadRecord(ctx, q, cur, m.ID); err != nil {
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
		nv, ov := ColValue(c), ColValue(curCols[i])
		if reflect.DeepEqual(nv, ov) {
			continue
		}
		sets = append(sets, c.Name+" = ?")
		args = append(args, nv)
		if !c.Derived {
			changes = append(changes, Change{Field: c.Name, Old: AuditText(ov), New: AuditText(nv)})
		}
	}
	changes = append(changes, extra...)
	if len(changes) == 0 {
		*m = *cm
		return false, nil
	}
	now := s.Now()
	sets = append(sets, "version = version + 1", "updated_at = ?", "updated_by = ?")
	args = append(args, FmtTime(now), s.Actor.Name(), m.ID, m.Version)
	res, err := q.ExecContext(ctx, "UPDATE "+string(r.table())+" SET "+strings.Join(sets, ", ")+" WHERE id = ? AND version = ?", args...)
	if err != nil {
		return false, err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, errStale
	}
	m.Version++
	m.UpdatedAt, m.UpdatedBy = now, s.Actor.Name()
	m.CreatedAt, m.CreatedBy = cm.CreatedAt, cm.CreatedBy
	return true, Audit(ctx, q, s.Actor, now, "update", r.table(), m.ID, m.UID, r.label(), changes)
}

// saveRecord inserts r when it has no ID and updates it otherwise, turning
// a stale version into a *ConflictError carrying both versions.
func (s Session) saveRecord(ctx context.Context, q Tx, r, cur Record) error {
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
		err = s.insertRecord(ctx, q, r, extra...)
	} else {
		_, err = s.Update(ctx, q, r, cur, extra...)
		if errors.Is(err, errStale) {
			return &ConflictError{Table: r.table(), Mine: r, Theirs: cur}
		}
	}
	if err != nil || !hasChildren {
		return err
	}
	return wc.saveChildren(ctx, q)
}

// RecordPtr is a pointer to a record struct, so generic code can make an
// empty one and copy values.
type RecordPtr[T any] interface {
	*T
	Record
}

// Optional behaviour of a record type, used by Save.
type (
	normalizer interface{ normalize() } // tidy text before anything else
	checker    interface {
		check(context.Context, Tx) error
	} // validate against the archive
	afterSaver interface {
		afterSave(ctx context.Context, q Tx, before Record) error
	} // keep derived data in step; before is the stored state, nil for a new record
)

// Save stores r inside the transaction q: normalised, checked against the
// archive, written (insert or versioned update, with its audit line), then
// derived data such as the search index updated.
func (s Session) Save(ctx context.Context, q Tx, r Record) error {
	if n, ok := r.(normalizer); ok {
		n.normalize()
	}
	if c, ok := r.(checker); ok {
		if err := c.check(ctx, q); err != nil {
			return err
		}
	}
	cur := reflect.New(reflect.TypeOf(r).Elem()).Interface().(Record)
	var before Record
	if r.meta().ID != 0 {
		before = cur // filled by the update with the state it replaced
	}
	if err := s.saveRecord(ctx, q, r, cur); err != nil {
		return err
	}
	if s, ok := r.(afterSaver); ok {
		return s.afterSave(ctx, q, before)
	}
	return nil
}

// ContentColumns are the columns of r a person edits, in the order of the
// form: the row's own, then for an entry the texts stored beside it; not the
// derived ones (sort keys). Save conflicts and merges of archives both
// compare records over this one list.
func ContentColumns(r Record) []Column {
	cols := r.columns()
	if e, ok := r.(*Entry); ok {
		cols = append(cols, e.textColumns()...)
	}
	var out []Column
	for _, c := range cols {
		if !c.Derived {
			out = append(out, c)
		}
	}
	return out
}
