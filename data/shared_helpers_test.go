package data_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
)

// The helpers below run as separate processes (see TestMain): an office's
// colleagues importing, and others only looking, at the same time.

func envInt(name string) int {
	n, _ := strconv.Atoi(os.Getenv(name))
	return n
}

// helperImporter imports DVK_ROUNDS batches of DVK_BATCH entries, each in one
// transaction as a spreadsheet import is, with a single save between them,
// and prints every name once its transaction has committed.
func helperImporter(ctx context.Context, path string, o data.Options, who string) error {
	a, err := data.Open(ctx, path, o)
	if err != nil {
		return err
	}
	defer a.Close()
	unitID, fieldID := int64(envInt("DVK_UNIT")), int64(envInt("DVK_FIELD"))
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	text := strings.Repeat("Vận động nhân dân cùng làm đường giao thông nông thôn. ", 30)
	for r := 0; r < envInt("DVK_ROUNDS"); r++ {
		var names []string
		err := a.Batch(ctx, "import", "nhập thử", func(b *data.Batch) error {
			names = names[:0]
			for i := 0; i < envInt("DVK_BATCH"); i++ {
				name := fmt.Sprintf("%s lô %d mục %d", who, r, i)
				e := &data.Entry{Kind: data.KindModel, Name: name, UnitID: unitID, FieldID: fieldID, Year: 2024, Method: text}
				if err := b.Save(e); err != nil {
					return err
				}
				names = append(names, name)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("import round %d: %w", r, err)
		}
		one := fmt.Sprintf("%s lẻ %d", who, r)
		if err := a.SaveEntry(ctx, &data.Entry{Kind: data.KindModel, Name: one, UnitID: unitID, FieldID: fieldID, Year: 2024}); err != nil {
			return fmt.Errorf("save %s: %w", one, err)
		}
		for _, n := range append(names, one) {
			fmt.Fprintln(out, "saved", n)
		}
		out.Flush()
	}
	return nil
}

// helperLister does what "dvk list" does DVK_ROUNDS times: open read-only,
// list a page, close. With DVK_WINDOW set it does what a view-only window
// does instead: open once, then each round ask whether anyone committed and
// list again. It does not stop at an error: it prints each one, so the test
// can count them, and it ends with "reads N M": N listings done, M of them
// begun while a -journal file lay beside the archive.
func helperLister(ctx context.Context, path string, o data.Options) error {
	o.ReadOnly = true
	var window *data.Archive
	if os.Getenv("DVK_WINDOW") != "" {
		var err error
		if window, err = data.Open(ctx, path, o); err != nil {
			return err
		}
		defer window.Close()
	}
	reads, busy := 0, 0
	for r := 0; r < envInt("DVK_ROUNDS"); r++ {
		// Counted only to show that the listings met writes under way.
		if _, err := os.Stat(path + "-journal"); err == nil {
			busy++
		}
		var err error
		if window != nil {
			if _, err = window.Changed(ctx); err == nil {
				_, _, err = window.FindEntries(ctx, data.EntryFilter{Text: "lo", Limit: 20})
			}
		} else if a, oerr := data.Open(ctx, path, o); oerr != nil {
			err = oerr
		} else {
			_, _, err = a.FindEntries(ctx, data.EntryFilter{Text: "lo", Limit: 20})
			a.Close()
		}
		if err != nil {
			fmt.Println("error", data.ErrorMessage(err), err)
			continue
		}
		reads++
	}
	fmt.Println("reads", reads, busy)
	return nil
}

// helperKilled imports batches of DVK_BATCH large entries for ever, printing
// "committed <round>" after each commit and "wrote <round> <i>" inside the
// transaction, until the test kills it.
func helperKilled(ctx context.Context, path string, o data.Options) error {
	// An import larger than its page cache writes pages to the file before
	// it commits: the kill then leaves a hot journal, the case to recover.
	o.BatchCacheKiB = 1024
	a, err := data.Open(ctx, path, o)
	if err != nil {
		return err
	}
	unitID, fieldID := int64(envInt("DVK_UNIT")), int64(envInt("DVK_FIELD"))
	big := strings.Repeat("Nội dung dài để giao dịch tràn khỏi bộ nhớ đệm và phải ghi nhật ký. ", 120)
	for r := 0; ; r++ {
		err := a.Batch(ctx, "import", "nhập thử", func(b *data.Batch) error {
			for i := 0; i < envInt("DVK_BATCH"); i++ {
				e := &data.Entry{Kind: data.KindModel, Name: fmt.Sprintf("lần %s lô %d mục %d", os.Getenv("DVK_TAG"), r, i), UnitID: unitID, FieldID: fieldID,
					Year: 2024, Method: big, Results: big}
				if err := b.Save(e); err != nil {
					return err
				}
				fmt.Println("wrote", r, i)
			}
			return nil
		})
		if err != nil {
			return err
		}
		fmt.Println("committed", r)
	}
}

// helperCheck does what "dvk check" does: open read-only, check. It prints
// "ok", with "recovered" when it rolled an unfinished write back, or
// "error <message>"; with DVK_SAY_START, "start" first, as it begins.
func helperCheck(ctx context.Context, path string, o data.Options) error {
	if os.Getenv("DVK_SAY_START") != "" {
		fmt.Println("start")
	}
	o.ReadOnly = true
	a, err := data.Open(ctx, path, o)
	if err != nil {
		fmt.Println("error", data.ErrorMessage(err))
		return nil
	}
	defer a.Close()
	rep, err := a.Check(ctx)
	if err != nil {
		fmt.Println("error", data.ErrorMessage(err))
		return nil
	}
	if !rep.OK {
		fmt.Println("error", strings.Join(rep.Problems, "; "))
		return nil
	}
	if a.Recovered() {
		fmt.Println("ok recovered")
		return nil
	}
	fmt.Println("ok")
	return nil
}
