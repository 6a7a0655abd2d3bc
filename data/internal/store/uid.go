package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"strconv"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// NewUID returns a random stable identifier (128 bits, hex).
func NewUID() string {
	var b [16]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// ArchiveUID returns the stable ID of the archive q reads. Archives of
// schema 1 have none: their first audit line (the creation) stands in.
func ArchiveUID(ctx context.Context, q Tx) (string, error) {
	var uid string
	err := q.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = 'archive.uid'").Scan(&uid)
	if err == nil && uid != "" {
		return uid, nil
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	var first string
	err = q.QueryRowContext(ctx, "SELECT at || '|' || os_user || '|' || machine FROM audit_log ORDER BY id LIMIT 1").Scan(&first)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	return "v1-" + shortHash(first), nil
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:15])
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
