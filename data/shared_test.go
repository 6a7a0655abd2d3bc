package data_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// sharedFixture makes an archive in a folder every account may enter, so a
// view-only colleague (the "nobody" account when the tests run as root) can
// read it while the others write. It returns the archive's path and the
// environment the helpers need.
func sharedFixture(t *testing.T) (dir, path string, env []string) {
	dir, err := os.MkdirTemp("", "dvk-chung-")
	must(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	must(t, os.Chmod(dir, 0o755))
	path = filepath.Join(dir, "kho-chung.dvk")
	a, err := data.Create(ctx, path, testOptions(t))
	must(t, err)
	fx := seed(t, a)
	a.Close()
	env = []string{"DVK_UNIT=" + strconv.FormatInt(fx.commune1.ID, 10), "DVK_FIELD=" + strconv.FormatInt(fx.fields[1].ID, 10),
		"DVK_BACKUPS=" + filepath.Join(dir, "saoluu")}
	return dir, path, env
}

// runAll starts the commands together and returns their outputs once all
// have ended; a helper that exits with an error fails the test.
func runAll(t *testing.T, cmds []*exec.Cmd) []string {
	outs := make([]string, len(cmds))
	errs := make([]error, len(cmds))
	var wg sync.WaitGroup
	for i, c := range cmds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := c.Output()
			outs[i], errs[i] = string(b), err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("process %d failed: %v\n%s", i, err, outs[i])
		}
	}
	return outs
}

// TestReadersNeverFailWhileOthersImport runs six importing processes and
// three reading ones on one archive: two open it read-only for each listing,
// as "dvk list" does (one of them, when the tests run as root, as an account
// that may not write to the folder at all); one keeps it open read-only and
// polls for changes, as a view-only window does. No listing fails,
// every imported row is there exactly once and the file is sound.
func TestReadersNeverFailWhileOthersImport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs seven processes")
	}
	dir, path, env := sharedFixture(t)
	const writers, readers, rounds, batch, listings = 6, 3, 10, 20, 150
	var cmds []*exec.Cmd
	for i := 0; i < writers; i++ {
		cmds = append(cmds, helperCmd(t, "importer-"+strconv.Itoa(i), path,
			append(env, "DVK_ROUNDS="+strconv.Itoa(rounds), "DVK_BATCH="+strconv.Itoa(batch))...))
	}
	bin := childBinary(t, dir)
	for i := 0; i < readers; i++ {
		lenv := append(env, "DVK_ROUNDS="+strconv.Itoa(listings))
		if i == 1 {
			lenv = append(lenv, "DVK_WINDOW=1")
		}
		c := helperCmd(t, "lister", path, lenv...)
		if i == 0 && bin != "" {
			c.Path, c.Args[0] = bin, bin
			setUnprivileged(c)
		}
		cmds = append(cmds, c)
	}
	outs := runAll(t, cmds)

	saved := map[string]int{}
	for _, out := range outs[:writers] {
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if n, ok := strings.CutPrefix(line, "saved "); ok {
				saved[n]++
			}
		}
	}
	readErrs, reads, duringWrites := 0, 0, 0
	for _, out := range outs[writers:] {
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if n, ok := strings.CutPrefix(line, "reads "); ok {
				var k, j int
				fmt.Sscan(n, &k, &j)
				reads, duringWrites = reads+k, duringWrites+j
			} else if strings.HasPrefix(line, "error ") {
				readErrs++
				t.Error(line)
			}
		}
	}
	if readErrs > 0 {
		t.Fatalf("%d of %d listings failed while others imported", readErrs, readers*listings)
	}
	if want := writers * rounds * (batch + 1); len(saved) != want {
		t.Fatalf("%d names acknowledged, want %d", len(saved), want)
	}
	b := openAgain(t, path, tester)
	rows, total, err := b.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	stored := map[string]int{}
	for _, n := range names(rows) {
		stored[n]++
	}
	for n, k := range saved {
		if k != 1 || stored[n] != 1 {
			t.Fatalf("%q acknowledged %d times, stored %d times", n, k, stored[n])
		}
	}
	if total != len(saved) {
		t.Fatalf("%d entries in the archive, %d acknowledged", total, len(saved))
	}
	rep, err := b.Check(ctx)
	must(t, err)
	if !rep.OK {
		t.Fatalf("integrity: %v", rep.Problems)
	}
	t.Logf("%d importing processes, %d listing ones: %d entries written, %d listings (%d begun beside a journal), 0 failed", writers, readers, total, reads, duringWrites)
}
