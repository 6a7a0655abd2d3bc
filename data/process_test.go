package data_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/danvankheo/danvankheo/data"
)

// The concurrency and crash tests run this test binary again as separate
// processes, as two people's programs on two computers would be.
func TestMain(m *testing.M) {
	if name := os.Getenv("DVK_HELPER"); name != "" {
		if err := runHelper(name, os.Getenv("DVK_ARCHIVE")); err != nil {
			fmt.Fprintln(os.Stderr, "helper:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// helperCmd prepares a helper process working on the archive at path.
func helperCmd(t testing.TB, name, path string, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), append([]string{"DVK_HELPER=" + name, "DVK_ARCHIVE=" + path}, env...)...)
	cmd.Stderr = os.Stderr
	return cmd
}

func runHelper(name, path string) error {
	ctx := context.Background()
	o := data.Options{BackupDir: os.Getenv("DVK_BACKUPS"), Actor: data.Actor{User: name, Machine: "may-" + name}}
	switch name {
	case "create":
		a, err := data.Create(ctx, path, o)
		if data.ErrorCode(err) == data.EExists {
			fmt.Println("exists")
			return nil
		}
		if err != nil {
			return err
		}
		fmt.Println("created")
		return a.Close()
	case "writer-a", "writer-b":
		return helperWriter(ctx, path, o, name)
	case "crash":
		return helperCrash(ctx, path, o)
	case "lister":
		return helperLister(ctx, path, o)
	case "killed":
		return helperKilled(ctx, path, o)
	case "check":
		return helperCheck(ctx, path, o)
	case "colleague":
		return helperColleague(path)
	case "adder":
		return helperAdder(path, o)
	case "opener":
		return helperOpener(path, o)
	}
	if strings.HasPrefix(name, "importer-") {
		return helperImporter(ctx, path, o, name)
	}
	return fmt.Errorf("unknown helper %q", name)
}

// helperWriter saves new entries and bumps a shared counter entry for the
// time given in DVK_SECONDS, printing each committed write.
func helperWriter(ctx context.Context, path string, o data.Options, who string) error {
	a, err := data.Open(ctx, path, o)
	if err != nil {
		return err
	}
	defer a.Close()
	secs, _ := strconv.Atoi(os.Getenv("DVK_SECONDS"))
	unitID, _ := strconv.ParseInt(os.Getenv("DVK_UNIT"), 10, 64)
	fieldID, _ := strconv.ParseInt(os.Getenv("DVK_FIELD"), 10, 64)
	sharedID, _ := strconv.ParseInt(os.Getenv("DVK_SHARED"), 10, 64)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	deadline := time.Now().Add(time.Duration(secs) * time.Second)
	for i := 0; time.Now().Before(deadline); i++ {
		name := fmt.Sprintf("%s mô hình %d", who, i)
		e := &data.Entry{Kind: data.KindModel, Name: name, UnitID: unitID, FieldID: fieldID, Year: 2024,
			Method: strings.Repeat("Vận động nhân dân cùng làm. ", 40)}
		if err := a.SaveEntry(ctx, e); err != nil {
			return fmt.Errorf("save %s: %w", name, err)
		}
		fmt.Fprintln(out, "saved", name)
		// Read-modify-write of a record both writers change: on a conflict
		// reload and apply the change again, as the screens let a person do.
		for {
			s, err := a.GetEntry(ctx, sharedID)
			if err != nil {
				return err
			}
			n, _ := strconv.Atoi(s.Notes)
			s.Notes = strconv.Itoa(n + 1)
			err = a.SaveEntry(ctx, s)
			if data.ErrorCode(err) == data.EConflict {
				fmt.Fprintln(out, "conflict")
				continue
			}
			if err != nil {
				return fmt.Errorf("bump: %w", err)
			}
			fmt.Fprintln(out, "bumped")
			break
		}
		out.Flush()
	}
	return nil
}

// helperCrash commits some entries, then starts a large transaction and
// waits inside it to be killed.
func helperCrash(ctx context.Context, path string, o data.Options) error {
	a, err := data.Open(ctx, path, o)
	if err != nil {
		return err
	}
	unitID, _ := strconv.ParseInt(os.Getenv("DVK_UNIT"), 10, 64)
	fieldID, _ := strconv.ParseInt(os.Getenv("DVK_FIELD"), 10, 64)
	for i := 0; i < 20; i++ {
		name := fmt.Sprintf("đã lưu %d", i)
		if err := a.SaveEntry(ctx, &data.Entry{Kind: data.KindModel, Name: name, UnitID: unitID, FieldID: fieldID, Year: 2024}); err != nil {
			return err
		}
		fmt.Println("committed", name)
	}
	big := strings.Repeat("Nội dung rất dài của mô hình để giao dịch vượt quá bộ nhớ đệm. ", 150)
	return a.Batch(ctx, "import", "nhập thử", func(b *data.Batch) error {
		for i := 0; i < 2500; i++ {
			e := &data.Entry{Kind: data.KindModel, Name: fmt.Sprintf("dở dang %d", i), UnitID: unitID, FieldID: fieldID,
				Year: 2024, Method: big, Results: big}
			if err := b.Save(e); err != nil {
				return err
			}
		}
		fmt.Println("in-transaction")
		time.Sleep(time.Hour)
		return nil
	})
}
