package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/vntext"
)

func cmdNew(ctx context.Context, args []string, out, _ io.Writer) error {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	pos, err := parse(fs, args, "TỆP")
	if err != nil {
		return err
	}
	a, err := data.Create(ctx, pos[0], data.Options{})
	if err != nil {
		return err
	}
	defer a.Close()
	fmt.Fprintf(out, "Đã tạo kho dữ liệu mới: %s\n", a.Path())
	return nil
}

func cmdDemo(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	n := fs.Int("entries", demo.DefaultEntries, "")
	seed := fs.Uint64("seed", 1, "")
	pos, err := parse(fs, args, "TỆP")
	if err != nil {
		return err
	}
	if *n < 1 || *n > 1_000_000 {
		return &exitError{code: 2, msg: "Số mô hình (--entries) phải từ 1 đến 1.000.000."}
	}
	a, err := data.Create(ctx, pos[0], data.Options{})
	if err != nil {
		return err
	}
	o := demo.Options{Entries: *n, Seed: *seed}
	if *n > 5000 {
		o.Progress = func(done, total int) {
			fmt.Fprintf(errOut, "\rĐang tạo dữ liệu mẫu: %s/%s", vntext.FormatInt(int64(done)), vntext.FormatInt(int64(total)))
			if done == total {
				fmt.Fprintln(errOut)
			}
		}
	}
	s, err := demo.Generate(ctx, a, o)
	a.Close()
	if err != nil {
		os.Remove(a.Path()) // a half-made demo is of no use to anyone
		return err
	}
	fmt.Fprintf(out, "Đã tạo kho mẫu %s (tỉnh %s): %s đơn vị, %s mô hình, điển hình, %s lượt công nhận, %s phiếu đánh giá, %s lượt khen thưởng.\n",
		a.Path(), demo.ProvinceName, fi(s.Units), fi(s.Entries), fi(s.Recognitions), fi(s.Evaluations), fi(s.Commendations))
	return nil
}

func fi(n int) string { return vntext.FormatInt(int64(n)) }

// openReadOnly opens an archive for commands that only look at it. Where
// the folder is writable it still rolls back an unfinished write first
// (and notes it in the audit log); where it is not, only then does it refuse.
func openReadOnly(ctx context.Context, path string) (*data.Archive, error) {
	return data.Open(ctx, path, data.Options{ReadOnly: true})
}

func cmdCheck(ctx context.Context, args []string, out, _ io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	pos, err := parse(fs, args, "TỆP")
	if err != nil {
		return err
	}
	a, err := openReadOnly(ctx, pos[0])
	if err != nil {
		return err
	}
	defer a.Close()
	r, err := a.Check(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Kho: %s\nPhiên bản lược đồ: %d (chương trình này: %d)\nDung lượng: %s byte\n",
		a.Path(), r.SchemaVersion, data.SchemaVersion(), vntext.FormatInt(r.Size))
	if a.Recovered() {
		fmt.Fprintln(out, data.RecoveredNote)
	}
	for _, c := range r.Counts {
		fmt.Fprintf(out, "  %-24s %8s\n", c.Label+":", fi(c.N))
	}
	fmt.Fprintf(out, "  %-24s %8s\n", "Trong thùng rác:", fi(r.Deleted))
	if r.OK {
		fmt.Fprintln(out, "Kiểm tra toàn vẹn: tốt (ok).")
		return nil
	}
	fmt.Fprintln(out, "Kiểm tra toàn vẹn: CÓ LỖI")
	for _, p := range r.Problems {
		fmt.Fprintln(out, "  - "+p)
	}
	return &exitError{code: 1, msg: "Kho dữ liệu có lỗi. Hãy khôi phục từ bản sao lưu gần nhất (dvk restore)."}
}

func cmdBackup(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	to := fs.String("to", "", "")
	pos, err := parse(fs, args, "TỆP")
	if err != nil {
		return err
	}
	a, err := data.Open(ctx, pos[0], data.Options{BackupDir: *to, Progress: progressTo(errOut)})
	if err != nil {
		return err
	}
	defer a.Close()
	p, err := a.Backup(ctx, "thu-cong")
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Đã sao lưu vào %s\n", p)
	return nil
}

func cmdRestore(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	pos, err := parse(fs, args, "BẢN_SAO_LƯU", "TỆP")
	if err != nil {
		return err
	}
	backup, target := pos[0], pos[1]
	if _, err := os.Stat(target); err != nil {
		if err := data.RestoreBackupTo(ctx, backup, target); err != nil {
			return err
		}
		fmt.Fprintf(out, "Đã tạo lại kho %s từ bản sao lưu %s\n", target, backup)
		return nil
	}
	a, err := data.Open(ctx, target, data.Options{Progress: progressTo(errOut)})
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.RestoreBackup(ctx, backup); err != nil {
		return err
	}
	fmt.Fprintf(out, "Đã khôi phục kho %s từ bản sao lưu %s.\nNội dung trước khi khôi phục được giữ trong thư mục sao lưu %s\n", a.Path(), backup, a.BackupFolder())
	return nil
}

// progressTo tells the person on w how work inside data.Open goes: an
// upgrade of a large archive rebuilds its search index for minutes, and a
// silent terminal looks hung. A line when the work changes, then at every
// tenth of it.
func progressTo(w io.Writer) func(what string, done, total int) {
	last, tenth := "", -1
	return func(what string, done, total int) {
		if what != last {
			last, tenth = what, -1
			fmt.Fprintln(w, what)
		}
		if total > 0 && done*10/total > tenth {
			tenth = done * 10 / total
			fmt.Fprintf(w, "  %s/%s\n", fi(done), fi(total))
		}
	}
}
