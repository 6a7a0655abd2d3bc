package store

import (
	"context"
	"database/sql"
)

// StmtCache prepares each statement of a long transaction once and runs it
// again from there. The driver parses the SQL of every plain Exec or Query
// anew, and a batch runs the same few statements for each of thousands of
// records: parsing was a third of a 10,000-row import.
type StmtCache struct {
	Tx
	prep interface {
		PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
	}
	stmts map[string]*sql.Stmt
}

// maxCached bounds the cache: statements built for one call (an IN list of
// some length) pass through once it is full.
const maxCached = 64

// CacheStmts wraps q; Close releases the statements before the transaction
// ends. Without a way to prepare, q is used as it is.
func CacheStmts(q Tx) *StmtCache {
	c := &StmtCache{Tx: q, stmts: map[string]*sql.Stmt{}}
	c.prep, _ = q.(interface {
		PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
	})
	return c
}

func (c *StmtCache) stmt(ctx context.Context, query string) *sql.Stmt {
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

func (c *StmtCache) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if s := c.stmt(ctx, query); s != nil {
		return s.ExecContext(ctx, args...)
	}
	return c.Tx.ExecContext(ctx, query, args...)
}

func (c *StmtCache) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if s := c.stmt(ctx, query); s != nil {
		return s.QueryContext(ctx, args...)
	}
	return c.Tx.QueryContext(ctx, query, args...)
}

func (c *StmtCache) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if s := c.stmt(ctx, query); s != nil {
		return s.QueryRowContext(ctx, args...)
	}
	return c.Tx.QueryRowContext(ctx, query, args...)
}

func (c *StmtCache) Close() {
	for _, s := range c.stmts {
		s.Close()
	}
	c.stmts = nil
}
