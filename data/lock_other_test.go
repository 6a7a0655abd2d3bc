//go:build !unix

package data_test

import (
	"errors"
	"os"
)

// sqliteSharedLock is for unix only: Windows' locks are another design.
func sqliteSharedLock(*os.File, bool) error { return errors.ErrUnsupported }
