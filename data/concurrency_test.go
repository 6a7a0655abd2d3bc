package data_test

import (
	"bufio"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// TestTwoProcessesWriteAtOnce runs two real processes that write to the same
// archive, each a number of times, while this one reads: no error reaches any of
// them, no write is lost, and the file stays sound.
func TestTwoProcessesWriteAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("takes several seconds")
	}
	a, path := newArchive(t)
	fx := seed(t, a)
	shared := fx.entry(t, "Mô hình dùng chung", func(e *data.Entry) { e.Notes = "0" })
	// A number of saves, not a time: on a slow machine (wine, a loaded
	// build) the writers take longer, and every save must still land.
	const saves = 15
	env := []string{"DVK_SAVES=" + strconv.Itoa(saves), "DVK_UNIT=" + strconv.FormatInt(fx.commune1.ID, 10),
		"DVK_FIELD=" + strconv.FormatInt(fx.fields[1].ID, 10), "DVK_SHARED=" + strconv.FormatInt(shared.ID, 10),
		"DVK_BACKUPS=" + filepath.Join(tempDir(t), "bk")}

	var wg sync.WaitGroup
	outputs := make([]string, 2)
	errs := make([]error, 2)
	for i, who := range []string{"writer-a", "writer-b"} {
		cmd := helperCmd(t, who, path, env...)
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := cmd.Output()
			outputs[i], errs[i] = string(out), err
		}()
	}
	// Read while they write, as a colleague browsing the list would.
	stop := make(chan struct{})
	readErr := make(chan error, 1)
	go func() {
		for {
			select {
			case <-stop:
				readErr <- nil
				return
			default:
			}
			if _, _, err := a.FindEntries(ctx, data.EntryFilter{Text: "mo hinh", Limit: 50}); err != nil {
				readErr <- err
				return
			}
		}
	}()
	wg.Wait()
	close(stop)
	if err := <-readErr; err != nil {
		t.Fatalf("reader: %v", err)
	}
	saved, bumps, conflicts := 0, 0, 0
	var names []string
	for i, out := range outputs {
		if errs[i] != nil {
			t.Fatalf("writer %d failed: %v\n%s", i, errs[i], out)
		}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			switch {
			case strings.HasPrefix(line, "saved "):
				saved++
				names = append(names, strings.TrimPrefix(line, "saved "))
			case line == "bumped":
				bumps++
			case line == "conflict":
				conflicts++
			}
		}
	}
	if saved != 2*saves || bumps != 2*saves {
		t.Fatalf("%d saves and %d changes of the shared record, want %d each", saved, bumps, 2*saves)
	}
	for _, n := range names {
		rows, total, err := a.FindEntries(ctx, data.EntryFilter{Text: n})
		must(t, err)
		found := 0
		for _, r := range rows {
			if r.Name == n {
				found++
			}
		}
		if found != 1 {
			t.Fatalf("%q found %d times (%d rows)", n, found, total)
		}
	}
	_, total, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != saved+1 {
		t.Fatalf("%d entries, %d saved + 1 shared", total, saved)
	}
	got, err := a.GetEntry(ctx, shared.ID)
	must(t, err)
	if got.Notes != strconv.Itoa(bumps) {
		t.Fatalf("shared counter %s after %d increments (%d conflicts retried): an update was lost", got.Notes, bumps, conflicts)
	}
	rep, err := a.Check(ctx)
	must(t, err)
	if !rep.OK {
		t.Fatalf("integrity: %v", rep.Problems)
	}
	t.Logf("%d saves, %d increments, %d conflicts refused and retried", saved, bumps, conflicts)
}

// TestKilledInTheMiddleOfAWrite kills a process with SIGKILL while a large
// write transaction is open: the archive opens, is sound, and holds every
// committed write and nothing of the interrupted one.
func TestKilledInTheMiddleOfAWrite(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	a.Close()
	cmd := helperCmd(t, "crash", path, "DVK_UNIT="+strconv.FormatInt(fx.commune1.ID, 10),
		"DVK_FIELD="+strconv.FormatInt(fx.fields[0].ID, 10), "DVK_BACKUPS="+filepath.Join(tempDir(t), "bk"))
	stdout, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	var committed []string
	sc := bufio.NewScanner(stdout)
	inTx := false
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "committed ") {
			committed = append(committed, strings.TrimPrefix(line, "committed "))
		}
		if line == "in-transaction" {
			inTx = true
			break
		}
	}
	if !inTx {
		cmd.Wait()
		t.Fatal("helper ended before its transaction")
	}
	if _, err := os.Stat(path + "-journal"); err != nil {
		t.Errorf("no rollback journal during the transaction: %v", err)
	}
	must(t, cmd.Process.Kill()) // SIGKILL: no chance to clean up
	cmd.Wait()

	b := openAgain(t, path, tester)
	rep, err := b.Check(ctx)
	must(t, err)
	if !rep.OK {
		t.Fatalf("integrity after the crash: %v", rep.Problems)
	}
	for _, n := range committed {
		rows, _, err := b.FindEntries(ctx, data.EntryFilter{Text: n})
		must(t, err)
		if len(rows) == 0 || !contains(names(rows), n) {
			t.Fatalf("committed entry %q lost", n)
		}
	}
	_, total, err := b.FindEntries(ctx, data.EntryFilter{Text: "dở dang"})
	must(t, err)
	if total != 0 {
		t.Fatalf("%d entries of the killed transaction survived", total)
	}
	if len(committed) != 20 {
		t.Fatalf("%d committed", len(committed))
	}
	// The sqlite3 shell agrees.
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	var res string
	must(t, db.QueryRow("PRAGMA integrity_check").Scan(&res))
	if res != "ok" {
		t.Fatal(res)
	}
}

// TestTwoProcessesCreateTheSameFile starts two processes creating one new
// archive at once: one creates it, the other is told it exists, and the
// file holds one schema, not a mixture.
func TestTwoProcessesCreateTheSameFile(t *testing.T) {
	for round := 0; round < 3; round++ {
		path := filepath.Join(tempDir(t), "moi.dvk")
		cmds := []*strings.Builder{{}, {}}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i := range cmds {
			cmd := helperCmd(t, "create", path, "DVK_BACKUPS="+filepath.Join(tempDir(t), "bk"))
			cmd.Stdout = cmds[i]
			wg.Add(1)
			go func() { defer wg.Done(); errs[i] = cmd.Run() }()
		}
		wg.Wait()
		created := 0
		for i, c := range cmds {
			if errs[i] != nil {
				t.Fatalf("process %d: %v", i, errs[i])
			}
			if strings.TrimSpace(c.String()) == "created" {
				created++
			}
		}
		if created != 1 {
			t.Fatalf("%d processes say they created the file", created)
		}
		b := openAgain(t, path, tester)
		fields, err := b.Fields(ctx)
		must(t, err)
		if len(fields) != 4 {
			t.Fatalf("%d fields: the schema was written twice", len(fields))
		}
		b.Close()
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
