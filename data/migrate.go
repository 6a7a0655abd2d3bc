package data

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema step, applied in its own transaction.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations is the ordered list embedded in the program; tests may extend it.
var migrations = loadMigrations()

func loadMigrations() []migration {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	var ms []migration
	for i, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil || v != i+1 {
			panic(fmt.Sprintf("migration %s: expected number %d", n, i+1))
		}
		b, _ := migrationFS.ReadFile(n)
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	return ms
}

// migrationSteps are the Go steps of a schema version, run right after its
// SQL in the same transaction: data that only the program's rules can
// derive. A new archive has no data, so createSchema skips them.
var migrationSteps = map[int]func(context.Context, store.Tx) error{
	3: store.DeriveRecipients,
	// Schema 4's index is replaced by schema 5's in the same upgrade, so
	// only the last fills it (rebuildSearch writes the newest tables).
	5: rebuildSearch,
}

// schemaVersion is the newest schema this program writes.
func schemaVersion() int { return len(migrations) }

// SchemaVersion returns the schema version this program writes.
func SchemaVersion() int { return schemaVersion() }

// createSchema writes a new archive in a single IMMEDIATE transaction and
// reports false when another process created it first.
func (a *Archive) createSchema(ctx context.Context, db *sql.DB) (bool, error) {
	created := false
	err := store.RetryBusy(ctx, a.opts.WriteWait, func() error {
		return store.RunTx(ctx, db, "BEGIN IMMEDIATE", func(q store.Tx) error {
			var v, n int
			if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
				return err
			}
			if err := q.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
				return err
			}
			if v != 0 || n != 0 {
				return nil
			}
			for _, m := range migrations {
				if _, err := q.ExecContext(ctx, m.sql); err != nil {
					return fmt.Errorf("migration %s: %w", m.name, err)
				}
			}
			if _, err := q.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", int32(ApplicationID))); err != nil {
				return err
			}
			if _, err := q.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", schemaVersion())); err != nil {
				return err
			}
			if err := writeDefaultSettings(ctx, q); err != nil {
				return err
			}
			created = true
			return store.Audit(ctx, q, a.opts.Actor, a.now(), "create", TableArchive, 0, "", "Tạo kho dữ liệu", nil)
		})
	})
	return created, err
}

// migrate brings an older archive up to date: a backup copy first, then each
// step in its own transaction, checking the version again under the lock in
// case another user's program migrated it meanwhile.
func (a *Archive) migrate(ctx context.Context) error {
	backedUp := false // one copy before the first step covers them all
	for {
		var v int
		if err := a.rdb.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			return store.MapErr(err)
		}
		if v >= schemaVersion() {
			return nil
		}
		if v > 0 && !backedUp {
			backedUp = true
			if a.opts.Progress != nil {
				a.opts.Progress("Đang sao lưu kho trước khi nâng cấp…", 0, 0)
			}
			if _, err := a.Backup(ctx, fmt.Sprintf("truoc-nang-cap-v%d", v+1)); err != nil {
				return &Error{Code: ErrorCode(err), Message: "Không tạo được bản sao lưu trước khi nâng cấp kho, nên chưa nâng cấp. " + ErrorMessage(err), Err: err}
			}
		}
		m := migrations[v]
		stepCtx := ctx
		if a.opts.Progress != nil {
			what := fmt.Sprintf("Đang nâng cấp kho lên phiên bản %d…", m.version)
			a.opts.Progress(what, 0, 0)
			stepCtx = withProgress(ctx, func(done, total int) { a.opts.Progress(what, done, total) })
		}
		err := a.write(stepCtx, func(q store.Tx) error {
			var cur int
			if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
				return err
			}
			if cur != v {
				return nil
			}
			if _, err := q.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if step := migrationSteps[m.version]; step != nil {
				if err := step(stepCtx, q); err != nil {
					return fmt.Errorf("migration %s: %w", m.name, err)
				}
			}
			if _, err := q.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
				return err
			}
			return store.Audit(ctx, q, a.opts.Actor, a.now(), "migrate", TableArchive, 0, "", fmt.Sprintf("Nâng cấp kho lên phiên bản %d", m.version), nil)
		})
		if err != nil {
			return &Error{Code: ErrorCode(err), Message: fmt.Sprintf("Không nâng cấp được kho lên phiên bản %d; kho vẫn giữ nguyên như trước. %s", m.version, ErrorMessage(err)), Err: err}
		}
	}
}

// progressKey carries a migration step's progress report in its context.
type progressKey struct{}

func withProgress(ctx context.Context, report func(done, total int)) context.Context {
	return context.WithValue(ctx, progressKey{}, report)
}

// progressOf returns the progress report of ctx, or one that hears nothing.
func progressOf(ctx context.Context) func(done, total int) {
	if f, ok := ctx.Value(progressKey{}).(func(done, total int)); ok {
		return f
	}
	return func(int, int) {}
}
