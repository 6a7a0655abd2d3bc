package data_test

import (
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/merge"
)

// TestMergeLeavesTheOtherArchivesJournal: the other archive of a merge was
// left with a hot journal (its user's program was killed mid-import). The
// merge opens it read-only and never writes there, not even to roll the
// journal back: after a few looks (its writer may be rolling back just
// then) it refuses with a message saying what to do, and the file and its
// journal stay byte for byte as they were.
func TestMergeLeavesTheOtherArchivesJournal(t *testing.T) {
	if testing.Short() {
		t.Skip("kills an importing process")
	}
	_, other, env := sharedFixture(t)
	for k := 0; !hotJournal(other); k++ {
		if k == 5 {
			t.Fatal("five kills deep into an import left no hot journal")
		}
		importAndKill(t, other, env, k, killBatch-10)
	}
	before, journal := fileSum(t, other), fileSum(t, other+"-journal")
	a, _ := newArchive(t)
	_, err := merge.NewPlan(ctx, a, other)
	wantCode(t, err, data.EReadOnly)
	if !strings.Contains(data.ErrorMessage(err), "có một lần ghi dở dang") {
		t.Fatalf("message %q", data.ErrorMessage(err))
	}
	if fileSum(t, other) != before || fileSum(t, other+"-journal") != journal {
		t.Fatal("the merge wrote to the other archive or its journal")
	}
}
