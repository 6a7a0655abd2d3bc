package ui

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/danvankheo/danvankheo/data"
)

// These tests run the program's own runner: work on goroutines, results
// handed back to the UI goroutine, which the test goroutine plays. Under
// -race (make test) they show that work and screens share nothing
// unguarded.

// TestClosingCancelsAndWaitsForWork: closing the archive cancels the work
// running on it and waits until that work has returned before the archive
// is closed; the work got the archive open when it started, and its result
// never reaches the screens that are gone.
func TestClosingCancelsAndWaitsForWork(t *testing.T) {
	ta := newLiveTestApp(t, 5)
	first := ta.env.Archive()
	started := make(chan struct{})
	var got *data.Archive
	var cancelled, ended, doneRan bool
	var readErr error
	background(ta.env, context.Background(), func(ctx context.Context, ar *data.Archive) (int, error) {
		got = ar
		close(started)
		select {
		case <-ctx.Done():
			cancelled = true
		case <-time.After(5 * time.Second):
		}
		// Work that takes a moment to stop, then reads: the archive must
		// still be open.
		time.Sleep(200 * time.Millisecond)
		_, readErr = ar.Phases(context.Background())
		ended = true
		return 0, readErr
	}, func(int, error) { doneRan = true })
	<-started

	other, err := data.Create(context.Background(), filepath.Join(t.TempDir(), "khac.dvk"), data.Options{BackupDir: t.TempDir()})
	must(t, err)
	ta.opened(other) // as "Mở kho" does when the other archive is ready
	if !ended || readErr != nil {
		t.Fatalf("the archive closed before the work running on it returned (%v)", readErr)
	}
	if !cancelled {
		t.Fatal("closing did not cancel the work running on the archive")
	}
	if got != first {
		t.Fatal("the work did not get the archive open when it started")
	}
	ta.settle(t)
	if doneRan {
		t.Fatal("the result of work on a closed archive reached the screens")
	}
	if len(ta.ask.errors) > 0 {
		t.Fatalf("errors shown: %v", ta.ask.errors)
	}
}

// TestTypingReadsOnceThePauseComes: the search box waits for a pause in
// typing; three quick keystrokes cost one read, of the whole word.
func TestTypingReadsOnceThePauseComes(t *testing.T) {
	ta := newLiveTestApp(t, 60)
	s := entriesOf(ta)
	ta.until(t, "the list", func() bool { return len(s.Rows()) == 60 })
	name := []rune(ta.entryName(t, s.Rows()[7]))
	word := string(name)
	reads := s.reads.gen
	for k := len(name) - 2; k <= len(name); k++ {
		s.Search.SetText(string(name[:k])) // three keystrokes
	}
	ta.until(t, "the search", func() bool { return s.Filter.Text == word && s.reads.gen > reads })
	ta.settle(t)
	if n := s.reads.gen - reads; n != 1 {
		t.Fatalf("%d reads for one pause in typing", n)
	}
	if len(s.Rows()) == 0 || len(s.Rows()) == 60 {
		t.Fatalf("%d rows match %q", len(s.Rows()), word)
	}
}

// TestAnOlderReadsAnswerIsDropped: when a list's filters change faster than
// the archive answers, an older read that answers last is not shown.
func TestAnOlderReadsAnswerIsDropped(t *testing.T) {
	ta := newLiveTestApp(t, 5)
	var l latestRead
	var shown []string
	release := make(chan struct{})
	readLatest(ta.env, &l, func(ctx context.Context, ar *data.Archive) (string, error) {
		<-release // the slow answer of the older filter
		return "older", nil
	}, func(v string) { shown = append(shown, v) })
	readLatest(ta.env, &l, func(ctx context.Context, ar *data.Archive) (string, error) {
		return "newer", nil
	}, func(v string) { shown = append(shown, v) })
	ta.until(t, "the newer answer", func() bool { return len(shown) > 0 })
	close(release)
	ta.settle(t)
	if len(shown) != 1 || shown[0] != "newer" {
		t.Fatalf("shown %v", shown)
	}
}

// TestListReadsItsPagesInTheBackground: a large list shows "…" for a page
// not read yet, reads it off the UI goroutine and then has its rows.
func TestListReadsItsPagesInTheBackground(t *testing.T) {
	ta := newLiveTestApp(t, 250)
	s := entriesOf(ta)
	ta.until(t, "the list", func() bool { return len(s.Rows()) == 250 })
	if _, ok := s.row(220); ok {
		t.Fatal("row 220 was there before its page was read")
	}
	ta.until(t, "the third page", func() bool { _, ok := s.pages.rows[220]; return ok })
	r, ok := s.row(220)
	if !ok || r.id != s.Rows()[220] {
		t.Fatalf("row 220: %+v %v", r, ok)
	}
}

// TestLookingForOthersChangesRefreshesTheList: the program's look at the
// archive every two seconds notices a colleague's save and reloads.
func TestLookingForOthersChangesRefreshesTheList(t *testing.T) {
	ta := newLiveTestApp(t, 5)
	s := entriesOf(ta)
	ta.until(t, "the list", func() bool { return len(s.Rows()) == 5 })
	ta.settle(t)
	ta.pollChanges() // nothing changed yet
	ta.settle(t)
	other := ta.other(t)
	e := &data.Entry{Kind: data.KindModel, Name: "Mô hình của đồng nghiệp", UnitID: s.cat.Units[0].ID, FieldID: s.cat.Fields[0].ID, Year: 2024}
	must(t, other.SaveEntry(context.Background(), e))
	ta.pollChanges()
	ta.until(t, "the colleague's entry", func() bool { return len(s.Rows()) == 6 })
}

// settle runs what work hands back until nothing more comes for a while
// (timers of the busy indicator and the search box included).
func (ta *testApp) settle(t testing.TB) {
	t.Helper()
	for ta.loop.runNext(500 * time.Millisecond) {
	}
}

// entryName reads an entry's name from the archive.
func (ta *testApp) entryName(t testing.TB, id int64) string {
	t.Helper()
	e, err := ta.env.Archive().GetEntry(context.Background(), id)
	must(t, err)
	return e.Name
}
