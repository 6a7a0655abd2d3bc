package data_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

const killBatch = 150 // entries of ~17 kB per import: more than SQLite's page cache

// importAndKill starts an importing process, kills it with SIGKILL once it
// has written `after` entries (counting all its imports), and returns the
// rounds it acknowledged as committed.
func importAndKill(t *testing.T, path string, env []string, tag, after int) []int {
	cmd := helperCmd(t, "killed", path, append(env, "DVK_TAG="+strconv.Itoa(tag), "DVK_BATCH="+strconv.Itoa(killBatch))...)
	stdout, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	sc := bufio.NewScanner(stdout)
	var acked []int
	wrote, killed := 0, false
	for sc.Scan() {
		line := sc.Text()
		if r, ok := strings.CutPrefix(line, "committed "); ok {
			n, _ := strconv.Atoi(r)
			acked = append(acked, n)
		}
		if strings.HasPrefix(line, "wrote ") {
			wrote++
		}
		if wrote == after && !killed {
			must(t, cmd.Process.Kill()) // SIGKILL: no chance to clean up
			killed = true
		}
	}
	cmd.Wait()
	if !killed {
		t.Fatalf("the importer ended by itself after %d entries", wrote)
	}
	return acked
}

// hotJournal reports whether a journal that SQLite will roll back lies beside
// path: one whose header has been written (SQLite leaves the header zero until
// it syncs the journal, before it changes the archive itself).
func hotJournal(path string) bool {
	b, err := os.ReadFile(path + "-journal")
	return err == nil && len(b) >= 8 && !bytes.Equal(b[:8], make([]byte, 8))
}

// runCheck runs "dvk check"'s steps in a process of its own, as an account
// that may not write to the folder when unprivileged is set and the tests
// run as root, and returns its one line of output.
func runCheck(t *testing.T, path, bin string, env []string) string {
	cmd := helperCmd(t, "check", path, env...)
	if bin != "" {
		cmd.Path, cmd.Args[0] = bin, bin
		setUnprivileged(cmd)
	}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("check process: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// TestKilledImportsRecover kills importing processes at ten different
// points: before, during and after SQLite spills the transaction to the
// file. After each kill two "dvk check"s on the writable folder start at
// once (two colleagues finding the same journal): both succeed, the hot
// journal is rolled back once and noted once, the file is sound, every
// acknowledged import is there in full and no import is there in part. At
// every third kill a read-only archive, open across the kill as a view-only
// window would be, meets the journal first: its next read rolls it back
// and goes on. Last, a hot journal in a folder the account may not write
// to is refused with the message that says so, the file untouched, and
// undone once the folder is writable again.
func TestKilledImportsRecover(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills a dozen processes")
	}
	dir, path, env := sharedFixture(t)
	acked := map[string]bool{}
	hot, recovered := 0, 0
	const kills = 10
	for k := 0; k < kills; k++ {
		var view *data.Archive
		if k%3 == 2 {
			view = openViewOnly(t, path)
		}
		for _, r := range importAndKill(t, path, env, k, 40+97*k) {
			acked[fmt.Sprintf("lần %d lô %d", k, r)] = true
		}
		wasHot := hotJournal(path)
		undone := 0
		if view != nil {
			if _, _, err := view.FindEntries(ctx, data.EntryFilter{Limit: 5}); err != nil {
				t.Fatalf("kill %d: a read-only archive open across the kill cannot read: %v", k, err)
			}
			if view.Recovered() {
				undone++
			}
			view.Close()
		}
		for _, out := range runAll(t, []*exec.Cmd{helperCmd(t, "check", path, env...), helperCmd(t, "check", path, env...)}) {
			out = strings.TrimSpace(out)
			if !strings.HasPrefix(out, "ok") {
				t.Fatalf("kill %d: check says %q", k, out)
			}
			if out == "ok recovered" {
				undone++
			}
		}
		if wasHot {
			hot++
			if undone != 1 {
				t.Fatalf("kill %d: a hot journal was rolled back and noted %d times, not once", k, undone)
			}
		} else if undone > 1 {
			t.Fatalf("kill %d: %d rollbacks noted", k, undone)
		}
		recovered += undone
	}
	b := openAgain(t, path, tester)
	checkImports(t, b, acked)
	notes, _, err := b.FindAudit(ctx, data.AuditFilter{})
	must(t, err)
	undone := 0
	for _, n := range notes {
		if n.Action == "recover" {
			undone++
		}
	}
	if undone != recovered {
		t.Fatalf("%d rollbacks noted in the audit log, %d reported", undone, recovered)
	}
	b.Close()
	t.Logf("%d imports killed: %d left a hot journal, %d rolled back and noted, %d imports acknowledged, none lost, none partial", kills, hot, recovered, len(acked))
	refuseThenRecover(t, dir, path, env)
}

// openViewOnly opens the archive read-only, as a view-only window does.
func openViewOnly(t *testing.T, path string) *data.Archive {
	o := testOptions(t)
	o.ReadOnly = true
	v, err := data.Open(ctx, path, o)
	must(t, err)
	return v
}

// checkImports asserts that each import is in the archive in full or not at
// all, and in full when it was acknowledged.
func checkImports(t *testing.T, b *data.Archive, acked map[string]bool) {
	rows, _, err := b.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	perImport := map[string]int{}
	for _, n := range names(rows) {
		if i := strings.Index(n, " mục "); i > 0 {
			perImport[n[:i]]++
		}
	}
	for imp, n := range perImport {
		if n != killBatch {
			t.Fatalf("%s: %d of %d entries: a partial import survived", imp, n, killBatch)
		}
	}
	for imp := range acked {
		if perImport[imp] != killBatch {
			t.Fatalf("%s was acknowledged but holds %d entries", imp, perImport[imp])
		}
	}
	rep, err := b.Check(ctx)
	must(t, err)
	if !rep.OK {
		t.Fatalf("integrity: %v", rep.Problems)
	}
}

// refuseThenRecover leaves a hot journal (kills deep into an import, a few
// times if need be), makes the folder read-only and checks that a reader
// is told exactly why it cannot read, then undoes it from a writable folder.
func refuseThenRecover(t *testing.T, dir, path string, env []string) {
	for k := 100; !hotJournal(path); k++ {
		if k == 105 {
			t.Fatal("five kills deep into an import left no hot journal")
		}
		importAndKill(t, path, env, k, killBatch-10)
	}
	bin := childBinary(t, dir)
	must(t, os.Chmod(dir, 0o555))
	defer os.Chmod(dir, 0o755)
	if bin == "" && folderWritable(dir) {
		// root, or Windows, which ignores a folder's read-only mark.
		t.Skip("this account writes to a read-only folder: nothing to refuse")
	}
	before := fileSum(t, path)
	out := runCheck(t, path, bin, env)
	if !strings.Contains(out, "có một lần ghi dở dang") || !strings.Contains(out, "chỉ có quyền đọc") {
		t.Fatalf("view-only check says %q", out)
	}
	if fileSum(t, path) != before || !hotJournal(path) {
		t.Fatal("the view-only check touched the archive or its journal")
	}
	must(t, os.Chmod(dir, 0o755))
	if out := runCheck(t, path, "", env); out != "ok recovered" {
		t.Fatalf("check from a writable folder: %q", out)
	}
}

// folderWritable reports whether a file can be made in dir.
func folderWritable(dir string) bool {
	f, err := os.CreateTemp(dir, "thu-ghi-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}
