package data

import (
	"context"
	"database/sql"
)

// stmtCache prepares each statement of a long transaction once and runs it
// again from there. The driver parses the SQL of every plain Exec or Query
// anew, and a batch runs the same few statements for each of thousands of
// records: parsing was a third of a 10,000-row import.
type stmtCache struct {
	dbtx
	prep interface {
		PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
	}
	stmts map[string]*sql.Stmt
}

// maxCached bounds the cache: statements built for one call (an IN list of
// some length) pass through once it is full.
const maxCached = 64

// cacheStmts wraps q; close releases the statements before the transaction
// ends. Without a way to prepare, q is used as it is.
func cacheStmts(q dbtx) *stmtCache {
	c := &stmtCache{dbtx: q, stmts: map[string]*sql.Stmt{}}
	c.prep, _ = q.(interface {
		PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
	})
	return c
}

func (c *stmtCache) stmt(ctx context.Context, query string) *sql.Stmt {
	if s, ok := c.stmts[query]; ok {
		return s
	}
	if c.prep == nil || len(c.stmts) >= maxCached {
		return nil
	}
	s, err := c.prep.PrepareContext(ctx, query)
	if err != nil {
		return nil // run unprepared: the error, if any, comes from there
	}
	c.stmts[query] = s
	return s
}

func (c *stmtCache) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if s := c.stmt(ctx, query); s != nil {
		return s.ExecContext(ctx, args...)
	}
	return c.dbtx.ExecContext(ctx, query, args...)
}

func (c *stmtCache) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if s := c.stmt(ctx, query); s != nil {
		return s.QueryContext(ctx, args...)
	}
	return c.dbtx.QueryContext(ctx, query, args...)
}

func (c *stmtCache) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if s := c.stmt(ctx, query); s != nil {
		return s.QueryRowContext(ctx, args...)
	}
	return c.dbtx.QueryRowContext(ctx, query, args...)
}

func (c *stmtCache) close() {
	for _, s := range c.stmts {
		s.Close()
	}
	c.stmts = nil
}
