package ui

import (
	"context"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// backupState is the "Sao lưu và kiểm tra" card: backups on demand, the
// list of this archive's backups with restore, and the integrity check.
type backupState struct {
	Backups                                           []data.BackupInfo
	BackupList                                        *widget.List
	BackupCount                                       *widget.Label
	BackupNow, RestoreButton, OpenFolder, CheckButton *widget.Button
	LastCheck                                         *data.CheckReport // the last check's findings (tests)
	CheckText                                         string            // and its summary
	chosen                                            string            // path of the backup selected
}

func (s *Settings) initBackups() {
	s.BackupNow = widget.NewButtonWithIcon("Sao lưu ngay", theme.DownloadIcon(), s.Backup)
	s.BackupNow.Importance = widget.HighImportance
	s.RestoreButton = widget.NewButtonWithIcon("Khôi phục bản này…", theme.HistoryIcon(), s.restoreChosen)
	s.OpenFolder = widget.NewButtonWithIcon("Mở thư mục sao lưu", theme.FolderOpenIcon(), s.openFolder)
	s.CheckButton = widget.NewButtonWithIcon("Kiểm tra kho", theme.ConfirmIcon(), s.Check)
	s.BackupCount = widget.NewLabel("")
	s.BackupList = widget.NewList(func() int { return len(s.Backups) }, func() fyne.CanvasObject {
		size := widget.NewLabel("1.000,0 MB")
		size.Alignment = fyne.TextAlignTrailing
		return container.NewBorder(nil, nil, widget.NewLabel("00/00/0000 00:00"), size, widget.NewLabel(""))
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		b := s.Backups[id]
		c := o.(*fyne.Container)
		c.Objects[0].(*widget.Label).SetText(b.ReasonLabel())
		c.Objects[1].(*widget.Label).SetText(b.Time.Format("02/01/2006 15:04"))
		c.Objects[2].(*widget.Label).SetText(sizeText(b.Size))
	})
	s.BackupList.OnSelected = func(id widget.ListItemID) {
		s.chosen = s.Backups[id].Path
		s.updateBackupButtons()
	}
}

func (s *Settings) backupCard() fyne.CanvasObject {
	folder := widget.NewLabel("Thư mục: " + s.env.Archive().BackupFolder())
	folder.Wrapping = fyne.TextWrapBreak
	top := container.NewVBox(container.NewHBox(s.BackupNow, s.CheckButton, s.OpenFolder), folder, s.BackupCount)
	return widget.NewCard("Sao lưu và kiểm tra", "",
		container.NewBorder(top, container.NewHBox(layout.NewSpacer(), s.RestoreButton), nil, nil, s.BackupList))
}

func (s *Settings) updateBackupButtons() {
	setEnabled(s.RestoreButton, !s.env.ReadOnly() && s.chosen != "")
}

// loadBackups lists the backup files, keeping the one selected.
func (s *Settings) loadBackups() {
	background(s.env, context.Background(), func(_ context.Context, ar *data.Archive) ([]data.BackupInfo, error) {
		return ar.Backups()
	}, func(bs []data.BackupInfo, err error) {
		if err != nil {
			s.env.ShowError(err)
			return
		}
		s.Backups = bs
		s.BackupList.UnselectAll()
		chosen := s.chosen
		s.chosen = ""
		for i, b := range bs {
			if b.Path == chosen {
				s.BackupList.Select(i)
			}
		}
		if len(bs) == 0 {
			s.BackupCount.SetText("Chưa có bản sao lưu nào của kho này.")
		} else {
			s.BackupCount.SetText(countText(len(bs), "bản sao lưu, mới nhất ở trên:"))
		}
		s.BackupList.Refresh()
		s.updateBackupButtons()
	})
}

// Backup copies the archive into the backup folder now.
func (s *Settings) Backup() {
	closeWait := waitDialog(s.env, "Sao lưu", "Đang chép kho vào thư mục sao lưu…")
	background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (string, error) {
		return ar.Backup(ctx, "thu-cong")
	}, func(path string, err error) {
		closeWait()
		if err != nil {
			s.env.ShowError(err)
			return
		}
		s.nav.notice("Đã sao lưu kho vào " + path)
		s.loadBackups()
	})
}

func (s *Settings) restoreChosen() {
	for _, b := range s.Backups {
		if b.Path == s.chosen {
			s.Restore(b)
		}
	}
}

// Restore replaces the archive's content with a backup's, after asking.
func (s *Settings) Restore(b data.BackupInfo) {
	if s.env.ReadOnly() {
		return
	}
	when := b.Time.Format("02/01/2006 15:04")
	msg := "Thay toàn bộ nội dung kho bằng bản sao lưu lúc " + when + " (" + b.ReasonLabel() + ")?\n\n" +
		"Những gì nhập sau thời điểm đó sẽ không còn trong kho. Nội dung hiện tại được sao lưu trước\n" +
		"(bản “Trước khi khôi phục”), nên vẫn có thể quay lại. Mọi người dùng kho sẽ thấy nội dung mới."
	confirm(s.env, "Khôi phục bản sao lưu", msg, "Khôi phục", func() {
		closeWait := waitDialog(s.env, "Khôi phục", "Đang khôi phục kho từ bản sao lưu lúc "+when+"…")
		background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (struct{}, error) {
			return struct{}{}, ar.RestoreBackup(ctx, b.Path)
		}, func(_ struct{}, err error) {
			closeWait()
			if err != nil {
				s.env.ShowError(err)
				return
			}
			s.nav.notice("Đã khôi phục kho từ bản sao lưu lúc " + when + ".")
			s.env.changed()
		})
	})
}

func (s *Settings) openFolder() {
	dir := s.env.Archive().BackupFolder()
	err := os.MkdirAll(dir, 0o755)
	if err == nil {
		err = openLocal(s.env, dir)
	}
	if err != nil {
		s.env.ShowError(&data.Error{Code: data.EIO, Message: "Không mở được thư mục sao lưu " + dir + ".", Err: err})
	}
}

// Check runs the integrity check and shows what it found.
func (s *Settings) Check() {
	closeWait := waitDialog(s.env, "Kiểm tra kho", "Đang kiểm tra toàn bộ kho…")
	background(s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*data.CheckReport, error) {
		return ar.Check(ctx)
	}, func(r *data.CheckReport, err error) {
		closeWait()
		if err != nil {
			s.env.ShowError(err)
			return
		}
		s.LastCheck = r
		s.showCheck(r)
	})
}

func (s *Settings) showCheck(r *data.CheckReport) {
	head := "Kho không có lỗi: cấu trúc dữ liệu và các liên kết đều đúng."
	if !r.OK {
		head = "Phát hiện " + countText(len(r.Problems), "vấn đề") + ". Hãy sao lưu ngay và báo người phụ trách tin học."
	}
	facts := "Phiên bản cấu trúc dữ liệu: " + strconv.Itoa(r.SchemaVersion) + " · Dung lượng: " + sizeText(r.Size) +
		" · Mô hình trong thùng rác: " + vntext.FormatInt(int64(r.Deleted))
	grid := container.NewGridWithColumns(4)
	var lines []string
	for _, c := range r.Counts {
		n := widget.NewLabelWithStyle(vntext.FormatInt(int64(c.N)), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		grid.Add(widget.NewLabel(c.Label))
		grid.Add(n)
		lines = append(lines, c.Label+": "+vntext.FormatInt(int64(c.N)))
	}
	s.CheckText = head + "\n" + facts + "\n" + strings.Join(lines, "; ") + "\n" + strings.Join(r.Problems, "\n")
	headLabel := widget.NewLabel(head)
	headLabel.Wrapping = fyne.TextWrapWord
	var icon fyne.Resource = theme.NewSuccessThemedResource(theme.ConfirmIcon())
	if !r.OK {
		icon = theme.NewErrorThemedResource(theme.ErrorIcon())
		headLabel.Importance = widget.DangerImportance
	}
	body := container.NewVBox(container.NewBorder(nil, nil, widget.NewIcon(icon), nil, headLabel), widget.NewLabel(facts), grid)
	if !r.OK {
		probs := widget.NewLabel(strings.Join(r.Problems, "\n"))
		probs.Wrapping = fyne.TextWrapWord
		scroll := container.NewVScroll(probs)
		scroll.SetMinSize(fyne.NewSize(0, 160))
		body.Add(scroll)
	}
	s.env.ask.show("Kiểm tra kho", 760, body)
}
