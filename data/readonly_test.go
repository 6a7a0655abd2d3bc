package data_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// checkOpensReadOnly opens path and expects a read-only archive that still
// reads but refuses every write with EReadOnly.
func checkOpensReadOnly(t *testing.T, path string) {
	o := testOptions(t)
	a, err := data.Open(ctx, path, o)
	must(t, err)
	defer a.Close()
	ro, why := a.ReadOnly()
	if !ro || why == "" {
		t.Fatalf("read-only %v (%q)", ro, why)
	}
	rows, total, err := a.FindEntries(ctx, data.EntryFilter{})
	must(t, err)
	if total != 1 || rows[0].Name != "Mô hình chỉ để đọc" {
		t.Fatalf("read %d rows", total)
	}
	e, err := a.GetEntry(ctx, rows[0].ID)
	must(t, err)
	e.Name = "Sửa"
	wantCode(t, a.SaveEntry(ctx, e), data.EReadOnly)
	wantCode(t, a.Delete(ctx, "entries", e.ID), data.EReadOnly)
	_, err = a.Backup(ctx, "thu-cong") // the backup goes to the local disk: allowed
	must(t, err)
}

// TestReadOnlyHelper is the check run by a non-root child process; it does
// nothing unless started by runReadOnlyCheck.
func TestReadOnlyHelper(t *testing.T) {
	path := os.Getenv("DVK_RO_ARCHIVE")
	if path == "" {
		t.Skip("run as a child process by the read-only tests")
	}
	checkOpensReadOnly(t, path)
}

func readOnlyFixture(t *testing.T) (dir, path string) {
	// A folder every user can enter: the check may run as another user.
	dir, err := os.MkdirTemp("", "dvk-ro-")
	must(t, err)
	t.Cleanup(func() { os.Chmod(dir, 0o755); os.RemoveAll(dir) })
	must(t, os.Chmod(dir, 0o755))
	path = filepath.Join(dir, "chi-doc.dvk")
	a, err := data.Create(ctx, path, testOptions(t))
	must(t, err)
	fx := seed(t, a)
	fx.entry(t, "Mô hình chỉ để đọc")
	a.Close()
	return dir, path
}

// asRoot reports whether the tests run as root, who may write to any file:
// the read-only checks then run in a child process as "nobody".
func asRoot() bool { return os.Geteuid() == 0 && runtime.GOOS != "windows" }

// childBinary copies this test binary into dir, where "nobody" can run it.
func childBinary(t *testing.T, dir string) string {
	if !asRoot() {
		return ""
	}
	bin := filepath.Join(dir, "kiemtra.test")
	b, err := os.ReadFile(os.Args[0])
	must(t, err)
	must(t, os.WriteFile(bin, b, 0o755))
	return bin
}

// runReadOnlyCheck runs checkOpensReadOnly as an unprivileged user.
func runReadOnlyCheck(t *testing.T, bin, path string) {
	if bin == "" {
		checkOpensReadOnly(t, path)
		return
	}
	cmd := exec.Command(bin, "-test.run=^TestReadOnlyHelper$", "-test.v")
	cmd.Env = append(os.Environ(), "DVK_RO_ARCHIVE="+path, "HOME="+os.TempDir(), "XDG_CONFIG_HOME="+os.TempDir())
	setUnprivileged(cmd)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("read-only check as an unprivileged user failed: %v\n%s", err, out)
	}
}

func TestReadOnlyFileOpensReadOnly(t *testing.T) {
	dir, path := readOnlyFixture(t)
	bin := childBinary(t, dir)
	must(t, os.Chmod(path, 0o444))
	if runtime.GOOS == "windows" {
		// Wine run as root (.ci/windows-tests on a CI machine) gives the file
		// the read-only attribute but, like Linux for root, still opens it for
		// writing; Windows, and wine run as any other user, refuse with
		// "Access denied". There is no other user to switch to here.
		if f, err := os.OpenFile(path, os.O_RDWR, 0); err == nil {
			f.Close()
			t.Skip("this Windows account (wine as root) writes even a read-only file: nothing to check")
		}
	}
	before := fileSum(t, path)
	runReadOnlyCheck(t, bin, path)
	if fileSum(t, path) != before {
		t.Fatal("the read-only file changed")
	}
}

func TestReadOnlyFolderOpensReadOnly(t *testing.T) {
	if runtime.GOOS == "windows" {
		// Windows does not honour the read-only attribute on a folder (only
		// its access rights can keep new files out), so os.Chmod cannot make
		// the folder this test needs; wine likewise.
		t.Skip("os.Chmod cannot make a read-only folder on Windows")
	}
	dir, path := readOnlyFixture(t)
	bin := childBinary(t, dir)
	must(t, os.Chmod(path, 0o666))
	must(t, os.Chmod(dir, 0o555))
	defer os.Chmod(dir, 0o755)
	before := fileSum(t, path)
	runReadOnlyCheck(t, bin, path)
	if fileSum(t, path) != before {
		t.Fatal("the archive in a read-only folder changed")
	}
}
