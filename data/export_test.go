package data

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// RankedStatements returns the statements a ranked page of f runs, their
// arguments written in, for the benchmark that runs them in C.
func RankedStatements(ctx context.Context, a *Archive, f EntryFilter) ([]string, error) {
	var stmts []string
	err := a.read(ctx, func(q store.Tx) error {
		_, _, err := findRanked(ctx, recorder{q, &stmts}, f)
		return err
	})
	return stmts, err
}

// recorder runs each statement and keeps it, its arguments written in.
type recorder struct {
	q     store.Tx
	stmts *[]string
}

func (r recorder) note(query string, args []any) {
	for _, a := range args {
		var lit string
		switch v := a.(type) {
		case int64:
			lit = strconv.FormatInt(v, 10)
		case int:
			lit = strconv.Itoa(v)
		case string:
			lit = "'" + strings.ReplaceAll(v, "'", "''") + "'"
		default:
			panic(fmt.Sprintf("recorder: argument %T", a))
		}
		query = strings.Replace(query, "?", lit, 1)
	}
	*r.stmts = append(*r.stmts, query)
}

func (r recorder) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	r.note(query, args)
	return r.q.ExecContext(ctx, query, args...)
}

func (r recorder) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	r.note(query, args)
	return r.q.QueryContext(ctx, query, args...)
}

func (r recorder) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	r.note(query, args)
	return r.q.QueryRowContext(ctx, query, args...)
}
