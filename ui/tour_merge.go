package ui

import (
	"context"
	"io"
	"os"
	"path/filepath"

	"github.com/danvankheo/danvankheo/data"
)

// tourMergeCopy makes the other archive the merge wizard of the tour
// compares with: a copy of the open archive, as a laptop taken away would
// bring back, with three entries edited, one new and one deleted. The open
// archive itself is not changed.
func tourMergeCopy(a *data.Archive) (string, error) {
	ctx := context.Background()
	backup, err := a.Backup(ctx, "thu-cong")
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "dvk-gop")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "kho-may-xach-tay.dvk")
	if err := copyFile(backup, path); err != nil {
		return "", err
	}
	other, err := data.Open(ctx, path, data.Options{BackupDir: filepath.Join(dir, "saoluu"),
		Actor: data.Actor{User: "hung.nv", Machine: "LAPTOP-HUYEN", Display: "Nguyễn Văn Hùng"}})
	if err != nil {
		return "", err
	}
	defer other.Close()
	ids, err := other.EntryIDs(ctx, data.EntryFilter{})
	if err != nil || len(ids) < 5 {
		return "", err
	}
	for _, id := range ids[:3] {
		e, err := other.GetEntry(ctx, id)
		if err != nil {
			return "", err
		}
		e.Results += " Năm 2026 tiếp tục nhân rộng ra các ấp lân cận."
		if err := other.SaveEntry(ctx, e); err != nil {
			return "", err
		}
	}
	e, err := other.GetEntry(ctx, ids[3])
	if err != nil {
		return "", err
	}
	e.Meta = data.Meta{}
	e.Name = "Tổ tự quản đường hoa, đèn chiếu sáng ấp Tân Phong"
	if err := other.SaveEntry(ctx, e); err != nil {
		return "", err
	}
	return path, other.Delete(ctx, data.TableEntries, ids[4])
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
