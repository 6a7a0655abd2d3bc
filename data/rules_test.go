package data_test

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/danvankheo/danvankheo/data"
)

// The tests here guard the shared-drive rules that the older concurrency
// tests pass without: each is named in docs/shared-drive-rules.md with the
// change that breaks its rule, and .ci/rule-breakages makes that change.

// TestWritesAreImmediate: an import reads before it writes (is the entry
// there? which unit?); from its first statement a colleague's program can
// no longer begin a write, so two writers never both read and then fight
// over the upgrade to the write lock, and a write is never started over.
func TestWritesAreImmediate(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	e := fx.entry(t, "Mô hình đọc trước khi ghi")
	c := startOther(t, path, 0)
	c.must("BEGIN IMMEDIATE", "ROLLBACK") // the lock is free before
	runs, during := 0, ""
	err := a.Batch(ctx, "import", "nhập thử", func(b *data.Batch) error {
		runs++
		cur, err := b.Entry(e.ID)
		if err != nil {
			return err
		}
		if during = c.do("BEGIN IMMEDIATE"); during == "ok" {
			c.must("ROLLBACK")
		}
		cur.Notes = "đã đọc rồi ghi"
		return b.Save(cur)
	})
	must(t, err)
	if during != "busy" {
		t.Fatalf("a colleague's program began a write (%s) while an import's transaction was open: writes do not take the write lock when they begin", during)
	}
	if runs != 1 {
		t.Fatalf("the import ran %d times", runs)
	}
	c.must("BEGIN IMMEDIATE", "ROLLBACK") // and free after
}

// TestCommitWaitsForAColleaguesRead: an import commits while a colleague's
// listing is still reading. SQLite's busy timeout lets the commit wait for
// that read to end; without it the commit fails, the transaction is rolled
// back and the whole import is done over again.
func TestCommitWaitsForAColleaguesRead(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	c := startOther(t, path, 5000)
	runs := 0
	err := a.Batch(ctx, "import", "nhập thử", func(b *data.Batch) error {
		runs++
		for i := range 20 {
			if err := b.Save(&data.Entry{Kind: data.KindModel, Name: fmt.Sprintf("Mô hình nhập %d", i),
				UnitID: fx.commune1.ID, FieldID: fx.fields[0].ID, Year: 2024}); err != nil {
				return err
			}
		}
		if runs == 1 {
			// The colleague's listing holds its read for a moment longer
			// than the import takes to finish.
			c.must("BEGIN", "SELECT count(*) FROM entries")
			c.send("sleep 300", "COMMIT")
		}
		return nil
	})
	must(t, err)
	if got := c.answer() + " " + c.answer(); got != "slept ok" {
		t.Fatalf("colleague: %s", got)
	}
	if runs != 1 {
		t.Fatalf("the import ran %d times: its commit did not wait for a colleague's read to end", runs)
	}
	_, total, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 20 {
		t.Fatalf("%d entries after the import of 20", total)
	}
}

// TestSaveOutlastsALongWrite: a colleague's import holds the write lock
// longer than SQLite's busy timeout; the save keeps trying and goes
// through once the import has committed.
func TestSaveOutlastsALongWrite(t *testing.T) {
	_, path := newArchive(t)
	o := testOptions(t)
	o.BusyTimeout = 100 * time.Millisecond
	a, err := data.Open(ctx, path, o)
	must(t, err)
	defer a.Close()
	fx := seed(t, a)
	c := startOther(t, path, 5000)
	c.must("BEGIN IMMEDIATE", "INSERT INTO settings (key, value) VALUES ('dong-nghiep', 'nhập xong')")
	c.send("sleep 1000", "COMMIT")
	e := &data.Entry{Kind: data.KindModel, Name: "Mô hình lưu sau", UnitID: fx.commune1.ID, FieldID: fx.fields[0].ID, Year: 2024}
	must(t, a.SaveEntry(ctx, e))
	if got := c.answer() + " " + c.answer(); got != "slept ok" {
		t.Fatalf("the colleague's import: %s", got)
	}
	if _, err := a.GetEntry(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
}

// TestSaveGivesUpAfterWriteWait: while a colleague holds the write lock
// and does not let go, a save tries for Options.WriteWait and then says
// the archive is busy; nothing is written.
func TestSaveGivesUpAfterWriteWait(t *testing.T) {
	_, path := newArchive(t)
	o := testOptions(t)
	o.BusyTimeout, o.WriteWait = 50*time.Millisecond, 500*time.Millisecond
	a, err := data.Open(ctx, path, o)
	must(t, err)
	defer a.Close()
	fx := seed(t, a)
	c := startOther(t, path, 5000)
	c.must("BEGIN IMMEDIATE")
	done := make(chan error, 1)
	go func() {
		done <- a.SaveEntry(ctx, &data.Entry{Kind: data.KindModel, Name: "Mô hình không lưu được",
			UnitID: fx.commune1.ID, FieldID: fx.fields[0].ID, Year: 2024})
	}()
	select {
	case err := <-done:
		wantCode(t, err, data.EBusy)
		if !strings.Contains(data.ErrorMessage(err), "Kho đang bận") {
			t.Fatalf("message %q", data.ErrorMessage(err))
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the save still waits after 30 s for a write wait of 0.5 s")
	}
	c.must("ROLLBACK")
	_, total, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 0 {
		t.Fatalf("%d entries written by a save that gave up", total)
	}
}

// helperAdder saves DVK_ROUNDS entries one at a time, each its own commit.
func helperAdder(path string, o data.Options) error {
	a, err := data.Open(ctx, path, o)
	if err != nil {
		return err
	}
	defer a.Close()
	for i := range envInt("DVK_ROUNDS") {
		e := &data.Entry{Kind: data.KindModel, Name: fmt.Sprintf("Mô hình thêm %d", i),
			UnitID: int64(envInt("DVK_UNIT")), FieldID: int64(envInt("DVK_FIELD")), Year: 2024}
		if err := a.SaveEntry(ctx, e); err != nil {
			return err
		}
	}
	return nil
}

// TestPageAndTotalAgreeWhileOthersWrite lists while a colleague's process
// commits one entry after another: each listing's rows and its total come
// from one read transaction, so they always agree.
func TestPageAndTotalAgreeWhileOthersWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("lists while another process writes")
	}
	_, path, env := sharedFixture(t)
	cmd := helperCmd(t, "adder", path, append(env, "DVK_ROUNDS=300")...)
	must(t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	b := openAgain(t, path, tester)
	reads, differ := 0, 0
	for ended := false; !ended; {
		select {
		case err := <-done:
			must(t, err)
			ended = true
		default:
		}
		rows, total, err := b.FindEntries(ctx, data.EntryFilter{Limit: 1000})
		must(t, err)
		reads++
		if len(rows) != total {
			differ++
			t.Errorf("a page of %d rows under a total of %d", len(rows), total)
		}
	}
	if differ > 0 {
		t.Fatalf("%d of %d listings disagree with their own total", differ, reads)
	}
	t.Logf("%d listings while 300 entries were saved, all agreeing", reads)
}

// toSchema3 takes an archive back to schema 3: the search index before
// schema 4.
var toSchema3 = append(undo4[:len(undo4):len(undo4)], "PRAGMA user_version = 3")

// helperOpener opens the archive (upgrading it if it is older) and closes it.
func helperOpener(path string, o data.Options) error {
	a, err := data.Open(ctx, path, o)
	if err != nil {
		return err
	}
	fmt.Println("opened")
	return a.Close()
}

// TestTwoProcessesUpgradeAtOnce: several colleagues open an older archive
// at the same moment. Each step is applied once: whoever comes second
// finds, under the write lock, that the step is done.
func TestTwoProcessesUpgradeAtOnce(t *testing.T) {
	for round := range 3 {
		a, path := newArchive(t)
		fx := seed(t, a)
		fx.entry(t, "Dân vận khéo ở Thanh Hòa")
		must(t, a.Close())
		db, err := sql.Open("sqlite", path)
		must(t, err)
		for _, s := range toSchema3 {
			_, err := db.Exec(s)
			must(t, err)
		}
		db.Close()
		var cmds []*exec.Cmd
		for i := range 4 {
			cmds = append(cmds, helperCmd(t, "opener", path, "DVK_BACKUPS="+filepath.Join(tempDir(t), "bk"+strconv.Itoa(i))))
		}
		for i, out := range runAll(t, cmds) {
			if strings.TrimSpace(out) != "opened" {
				t.Fatalf("round %d, process %d: %q", round, i, out)
			}
		}
		b := openAgain(t, path, tester)
		log, _, err := b.FindAudit(ctx, data.AuditFilter{Table: "archive"})
		must(t, err)
		upgrades := 0
		for _, l := range log {
			if l.Action == "migrate" {
				upgrades++
			}
		}
		// One audit line per version climbed (3 → 4 → 5…), each applied once.
		if want := data.SchemaVersion() - 3; upgrades != want {
			t.Fatalf("round %d: %d upgrade steps applied, want %d", round, upgrades, want)
		}
		if got := searchNames(t, b, "Thanh Hòa"); len(got) != 1 {
			t.Fatalf("round %d: after the upgrade the search finds %q", round, got)
		}
		b.Close()
	}
}

// TestWALArchiveGoesBackToTheRollbackJournal: someone switched the archive
// to WAL with another tool (the sqlite3 shell, a database browser). WAL
// needs memory shared on one computer and breaks on a network share: the
// first program that opens it for writing puts it back in rollback mode.
func TestWALArchiveGoesBackToTheRollbackJournal(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	fx.entry(t, "Mô hình trước khi đổi chế độ")
	must(t, a.Close())
	db, err := sql.Open("sqlite", path)
	must(t, err)
	var mode string
	must(t, db.QueryRow("PRAGMA journal_mode = WAL").Scan(&mode))
	db.Close()
	if b := readHeader(t, path); mode != "wal" || b[18] != 2 {
		t.Fatalf("the other tool did not switch to WAL: %s, header %d", mode, b[18])
	}
	b := openAgain(t, path, tester)
	_, total, err := b.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 1 {
		t.Fatalf("%d entries", total)
	}
	if h := readHeader(t, path); h[18] != 1 || h[19] != 1 {
		t.Fatalf("file format versions %d/%d after opening: still WAL", h[18], h[19])
	}
	b.Close()
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Fatalf("%s left beside the archive", suffix)
		}
	}
}

func readHeader(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	must(t, err)
	if len(b) < 100 {
		t.Fatalf("%d bytes", len(b))
	}
	return b[:100]
}
