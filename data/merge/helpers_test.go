package merge_test

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/datatest"
	"github.com/danvankheo/danvankheo/data/internal/testdir"
)

var ctx = context.Background()

// The archives of these tests, as data's own tests make them.
var (
	tempDir     = testdir.New
	tester      = datatest.Tester
	testOptions = datatest.Options
	newArchive  = datatest.NewArchive
	openAgain   = datatest.OpenAgain
	seed        = datatest.Seed
	must        = datatest.Must
	wantCode    = datatest.WantCode
	fileSum     = datatest.FileSum
	schema1     = datatest.Schema1
)
