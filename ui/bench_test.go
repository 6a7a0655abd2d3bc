package ui

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
)

// The screens' state layer on a 100,000-entry archive: what a person waits
// for between double-clicking the archive and seeing rows, and between a
// keystroke in the search box and the updated list.

const benchEntries = 100_000

func benchApp(b *testing.B) (*App, string) {
	path, err := demo.CachedArchive(context.Background(), benchEntries)
	must(b, err)
	a := newApp(test.NewTempApp(b), inlineRunner{}, &fakeAsker{yes: true})
	a.env.Win.Resize(fyne.NewSize(1366, 768))
	return a, path
}

// firstRows opens the archive the way "Mở" does and reads the rows the
// list shows on a 1366×768 screen.
func firstRows(b *testing.B, a *App, path string) {
	o := data.Options{ReadOnly: true, BackupDir: b.TempDir()}
	ar, err := data.Open(context.Background(), path, o)
	must(b, err)
	a.opened(ar)
	s := a.shell.Screen(screenEntries).(*Entries)
	for i := 0; i < 30; i++ {
		if _, ok := s.row(i); !ok {
			b.Fatalf("row %d not shown", i)
		}
	}
	if len(s.Rows()) != benchEntries {
		b.Fatalf("%d rows", len(s.Rows()))
	}
}

func BenchmarkOpenToFirstRows(b *testing.B) {
	a, path := benchApp(b)
	for b.Loop() {
		firstRows(b, a, path)
		a.env.closeArchive()
	}
	reportMemory(b)
}

func BenchmarkSearchKeystroke(b *testing.B) {
	a, path := benchApp(b)
	firstRows(b, a, path)
	defer a.env.closeArchive()
	s := a.shell.Screen(screenEntries).(*Entries)
	for _, typed := range []string{"d", "da", "dan", "dan v", "dan van", "tan hoa", "Thanh Hòa", "hiến đất", "môi trường"} {
		b.Run(strings.ReplaceAll(typed, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				s.Search.SetText("")
				s.Search.SetText(typed) // inline: the list is read again at once
				if _, ok := s.row(0); !ok && len(s.Rows()) > 0 {
					b.Fatal("no first row")
				}
			}
		})
	}
	reportMemory(b)
}

// reportMemory reports the heap in use and the process's resident memory
// (Linux), in megabytes.
func reportMemory(b *testing.B) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MB")
	if st, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(st), "\n") {
			if strings.HasPrefix(l, "VmHWM:") {
				f := strings.Fields(l)
				kb, _ := strconv.ParseFloat(f[1], 64)
				b.ReportMetric(kb/1024, "peak-RSS-MB")
			}
		}
	}
}
