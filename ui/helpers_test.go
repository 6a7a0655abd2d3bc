package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
)

func TestMain(m *testing.M) {
	// Fyne logs a locale error without a real locale.
	os.Setenv("LANG", "vi_VN.UTF-8")
	os.Exit(m.Run())
}

// testApp is the program on a headless test driver, with an archive open
// and background work running inline (Env.Sync).
type testApp struct {
	*App
	Path string
}

// newTestApp opens a demo archive of n entries (0: an empty archive) in a
// temporary folder, as the program would after "Mở kho".
func newTestApp(t testing.TB, n int) *testApp {
	t.Helper()
	fa := test.NewTempApp(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "kho.dvk")
	o := data.Options{BackupDir: filepath.Join(dir, "saoluu"), Actor: data.Actor{User: "lan.nt", Machine: "MAY-VP-01", Display: "Nguyễn Thị Lan"}}
	ar, err := data.Create(context.Background(), path, o)
	if err != nil {
		t.Fatal(err)
	}
	if n > 0 {
		if _, err := demo.Generate(context.Background(), ar, demo.Options{Entries: n}); err != nil {
			t.Fatal(err)
		}
	}
	a := New(fa)
	a.env.Sync = true
	a.env.Win.Resize(fyne.NewSize(1366, 768))
	a.opened(ar)
	t.Cleanup(func() {
		if a.env.Archive != nil {
			a.env.Archive.Close()
		}
	})
	return &testApp{App: a, Path: path}
}

// other opens a second handle on the archive, as a colleague's computer.
func (ta *testApp) other(t testing.TB) *data.Archive {
	t.Helper()
	o := data.Options{BackupDir: t.TempDir(), Actor: data.Actor{User: "hung.nv", Machine: "MAY-VP-02", Display: "Nguyễn Văn Hùng"}}
	b, err := data.Open(context.Background(), ta.Path, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// screen shows and returns a screen of the main window.
func (ta *testApp) screen(id string) screen {
	ta.shell.Show(id)
	return ta.shell.Screen(id)
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
