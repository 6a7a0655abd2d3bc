package data_test

import (
	"bufio"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// otherProgram is a colleague's program on another computer, reduced to one
// SQLite connection in a process of its own that the test drives line by
// line: it holds and releases the locks a colleague's save, import or
// listing would, exactly when the test needs them held.

// helperColleague runs each line of its input on one connection with the
// busy timeout DVK_BUSY_MS and answers one line: "ok", "busy" when SQLite
// said SQLITE_BUSY, or "error …". "sleep N" waits N milliseconds first, as
// a colleague's long import or slow listing would.
func helperColleague(path string) error {
	db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout("+os.Getenv("DVK_BUSY_MS")+")")
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		line := in.Text()
		if ms, ok := strings.CutPrefix(line, "sleep "); ok {
			n, _ := strconv.Atoi(ms)
			time.Sleep(time.Duration(n) * time.Millisecond)
			fmt.Println("slept")
			continue
		}
		_, err := c.ExecContext(ctx, line)
		var se *sqlite.Error
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY:
			fmt.Println("busy")
		default:
			fmt.Println("error", strings.ReplaceAll(err.Error(), "\n", " "))
		}
	}
	return in.Err()
}

type otherProgram struct {
	t   *testing.T
	in  io.WriteCloser
	out *bufio.Scanner
}

// startOther starts a colleague on the archive at path whose SQLite
// waits busyMS milliseconds for a lock; it ends with the test.
func startOther(t *testing.T, path string, busyMS int) *otherProgram {
	t.Helper()
	cmd := helperCmd(t, "colleague", path, "DVK_BUSY_MS="+strconv.Itoa(busyMS))
	in, err := cmd.StdinPipe()
	must(t, err)
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	t.Cleanup(func() { in.Close(); cmd.Wait() })
	return &otherProgram{t: t, in: in, out: bufio.NewScanner(out)}
}

// send hands the colleague lines without waiting for its answers.
func (c *otherProgram) send(lines ...string) {
	c.t.Helper()
	for _, l := range lines {
		if _, err := fmt.Fprintln(c.in, l); err != nil {
			c.t.Fatalf("colleague: %v", err)
		}
	}
}

// answer waits for the colleague's next answer.
func (c *otherProgram) answer() string {
	c.t.Helper()
	if !c.out.Scan() {
		c.t.Fatal("the colleague's process ended")
	}
	return c.out.Text()
}

// do runs one line and returns the colleague's answer.
func (c *otherProgram) do(line string) string {
	c.t.Helper()
	c.send(line)
	return c.answer()
}

// must runs lines that have to succeed.
func (c *otherProgram) must(lines ...string) {
	c.t.Helper()
	for _, l := range lines {
		if got := c.do(l); got != "ok" {
			c.t.Fatalf("colleague %q: %s", l, got)
		}
	}
}
