package ui

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// entryRelated shows an entry's recognitions, evaluations, commendations,
// attachments and history inside its form.
type entryRelated struct {
	env  *Env
	form *EntryForm

	relatedData // what the tabs show

	recBox, evalBox, comBox, attBox, histBox *fyne.Container
}

// relatedData is everything the tabs show, read in one go.
type relatedData struct {
	Recognitions  []*data.Recognition
	Evaluations   []*data.Evaluation
	Commendations []*data.Commendation
	Attachments   []*data.Attachment
	History       []data.AuditEntry
}

func newEntryRelated(env *Env, f *EntryForm) *entryRelated {
	r := &entryRelated{env: env, form: f, recBox: container.NewVBox(), evalBox: container.NewVBox(),
		comBox: container.NewVBox(), attBox: container.NewVBox(), histBox: container.NewVBox()}
	r.load()
	return r
}

func (r *entryRelated) load() {
	id := r.form.entry.ID
	if id == 0 {
		r.show(relatedData{})
		return
	}
	background(r.env, context.Background(), func(ctx context.Context, a *data.Archive) (relatedData, error) {
		var d relatedData
		var err error
		if d.Recognitions, err = a.EntryRecognitions(ctx, id); err != nil {
			return d, err
		}
		if d.Evaluations, err = a.EntryEvaluations(ctx, id); err != nil {
			return d, err
		}
		if d.Commendations, err = a.EntryCommendations(ctx, id); err != nil {
			return d, err
		}
		if d.Attachments, err = a.EntryAttachments(ctx, id); err != nil {
			return d, err
		}
		d.History, _, err = a.FindAudit(ctx, data.AuditFilter{Table: data.TableEntries, RecordID: id, Limit: 200})
		return d, err
	}, func(d relatedData, err error) {
		if err != nil {
			r.env.ShowError(err)
			return
		}
		r.show(d)
	})
}

func (r *entryRelated) show(d relatedData) {
	r.relatedData = d
	ro := r.env.ReadOnly()
	r.recBox.Objects = nil
	for _, x := range d.Recognitions {
		rec := x
		text := fmt.Sprintf("Năm %d: %s", rec.Year, rec.Status.Label())
		if l := r.levelName(rec.LevelID); l != "" {
			text += " – " + strings.ToLower(l)
		}
		if rec.Decision != "" {
			text += " – " + rec.Decision
		}
		r.recBox.Add(recordRow(text, ro, func() { r.editRecognition(rec) }, func() { r.remove(data.TableRecognitions, rec.ID, text) }))
	}
	empty(r.recBox, "Chưa có kết quả công nhận.")
	r.evalBox.Objects = nil
	for _, ev := range d.Evaluations {
		text := fmt.Sprintf("Năm %d: %s điểm – %s", ev.Year, vntext.FormatScore(ev.Total), orDash(ev.Conclusion))
		if ev.Evaluator != "" {
			text += " – người chấm: " + ev.Evaluator
		}
		if ev.Locked {
			text += " (đã khóa)"
		}
		r.evalBox.Add(widget.NewLabel(text))
	}
	empty(r.evalBox, "Chưa có phiếu đánh giá. Chấm điểm ở mục Đánh giá.")
	r.comBox.Objects = nil
	for _, x := range d.Commendations {
		c := x
		text := fmt.Sprintf("Năm %d: %s – %s", c.Year, r.formName(c.FormID), c.Status.Label())
		if c.DecisionNo != "" {
			text += " – Quyết định số " + c.DecisionNo
			if _, ok := c.DecisionDate.Time(); ok {
				text += " ngày " + c.DecisionDate.Text()
			}
		}
		r.comBox.Add(recordRow(text, ro, func() { r.editCommendation(c) }, func() { r.remove(data.TableCommendations, c.ID, text) }))
	}
	empty(r.comBox, "Chưa có đề nghị khen thưởng.")
	r.attBox.Objects = nil
	for _, x := range d.Attachments {
		t := x
		text := t.FileName + " (" + sizeText(t.Size) + ")"
		if t.Caption != "" {
			text += " – " + t.Caption
		}
		view := widget.NewButtonWithIcon("Xem", theme.VisibilityIcon(), func() { r.view(t) })
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { r.remove(data.TableAttachments, t.ID, t.FileName) })
		if ro {
			del.Disable()
		}
		r.attBox.Add(container.NewBorder(nil, nil, widget.NewIcon(fileIcon(t)), container.NewHBox(view, del), widget.NewLabel(text)))
	}
	empty(r.attBox, "Chưa có ảnh hay tài liệu đính kèm.")
	r.histBox.Objects = nil
	for _, h := range d.History {
		l := widget.NewLabel(historyText(h, data.EntryFieldLabels))
		l.Wrapping = fyne.TextWrapWord
		r.histBox.Add(l)
	}
	empty(r.histBox, "Chưa có lịch sử (mô hình chưa được lưu).")
	for _, b := range []*fyne.Container{r.recBox, r.evalBox, r.comBox, r.attBox, r.histBox} {
		b.Refresh()
	}
}

func empty(box *fyne.Container, text string) {
	if len(box.Objects) == 0 {
		l := widget.NewLabel(text)
		l.Importance = widget.LowImportance
		box.Add(l)
	}
}

func recordRow(text string, ro bool, edit, del func()) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	e := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), edit)
	d := widget.NewButtonWithIcon("", theme.DeleteIcon(), del)
	if ro {
		e.Disable()
		d.Disable()
	}
	return container.NewBorder(nil, nil, nil, container.NewHBox(e, d), l)
}

// historyText renders an audit line: when, who on which machine, what.
func historyText(h data.AuditEntry, labels map[string]string) string {
	who := h.Display
	if who == "" {
		who = h.User
	}
	if h.Machine != "" {
		who += " (" + h.Machine + ")"
	}
	s := h.At.Local().Format("02/01/2006 15:04") + " – " + who + " – " + h.ActionLabel()
	var parts []string
	for _, c := range h.Changes {
		name := labels[c.Field]
		if name == "" {
			name = strings.TrimPrefix(c.Field, "score:")
		}
		if h.Action == "create" {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s: “%s” → “%s”", name, shorten(c.Old), shorten(c.New)))
	}
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, "; ")
	}
	return s
}

func shorten(s string) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return string(r)
}

func sizeText(n int64) string {
	if n < 1<<20 {
		return vntext.FormatInt((n+1023)/1024) + " KB"
	}
	return vntext.FormatDecimal(float64(n)/(1<<20), 1) + " MB"
}

func fileIcon(t *data.Attachment) fyne.Resource {
	if t.IsImage() {
		return theme.FileImageIcon()
	}
	return theme.FileTextIcon()
}

func (r *entryRelated) levelName(id int64) string {
	for _, l := range r.form.cat.Levels {
		if l.ID == id {
			return l.Name
		}
	}
	return ""
}

func (r *entryRelated) formName(id int64) string {
	for _, f := range r.form.cat.Forms {
		if f.ID == id {
			return f.Name
		}
	}
	return ""
}

func (r *entryRelated) recordsTab() fyne.CanvasObject {
	addRec := widget.NewButtonWithIcon("Thêm kết quả công nhận", theme.ContentAddIcon(), func() { r.editRecognition(nil) })
	addCom := widget.NewButtonWithIcon("Thêm đề nghị khen thưởng", theme.ContentAddIcon(), func() { r.editCommendation(nil) })
	if r.env.ReadOnly() || r.form.entry.ID == 0 {
		addRec.Disable()
		addCom.Disable()
	}
	return container.NewVScroll(container.NewVBox(
		widget.NewCard("Công nhận hằng năm", "", container.NewVBox(r.recBox, container.NewHBox(addRec))),
		widget.NewCard("Đánh giá, chấm điểm", "", r.evalBox),
		widget.NewCard("Khen thưởng", "", container.NewVBox(r.comBox, container.NewHBox(addCom))),
	))
}

func (r *entryRelated) attachmentsTab() fyne.CanvasObject {
	add := widget.NewButtonWithIcon("Thêm ảnh, tài liệu…", theme.ContentAddIcon(), r.addFile)
	if r.env.ReadOnly() || r.form.entry.ID == 0 {
		add.Disable()
	}
	hint := widget.NewLabel("Nhận ảnh JPG, PNG, GIF và tài liệu PDF, Word, Excel, PowerPoint, ODT, tối đa " +
		strconv.Itoa(data.MaxAttachmentSize>>20) + " MB mỗi tệp.")
	hint.Importance = widget.LowImportance
	return container.NewBorder(container.NewVBox(container.NewHBox(add), hint), nil, nil, nil, container.NewVScroll(r.attBox))
}

func (r *entryRelated) historyTab() fyne.CanvasObject { return container.NewVScroll(r.histBox) }

// readLimited reads at most n bytes, so a huge file is refused without
// filling the memory (the archive then says it is too large).
func readLimited(r io.Reader, n int64) ([]byte, error) { return io.ReadAll(io.LimitReader(r, n)) }

// run saves something of the entry's and reloads the tabs.
func (r *entryRelated) run(work func(ctx context.Context, ar *data.Archive) error, done string) {
	background(r.env, context.Background(), func(ctx context.Context, ar *data.Archive) (struct{}, error) {
		return struct{}{}, work(ctx, ar)
	}, func(_ struct{}, err error) {
		if err != nil {
			r.env.ShowError(err)
			return
		}
		r.form.list.nav.notice(done)
		r.load()
		r.env.changed()
	})
}

func (r *entryRelated) remove(table data.Table, id int64, what string) {
	confirm(r.env, "Xóa", "Chuyển “"+what+"” vào thùng rác?", "Xóa", func() {
		r.run(func(ctx context.Context, ar *data.Archive) error { return ar.Delete(ctx, table, id) }, "Đã chuyển vào thùng rác.")
	})
}

func (r *entryRelated) addFile() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		defer rc.Close()
		name := rc.URI().Name()
		b, err := readLimited(rc, data.MaxAttachmentSize+1)
		if err != nil {
			r.env.ShowError(&data.Error{Code: data.EIO, Message: "Không đọc được tệp " + name + ".", Err: err})
			return
		}
		id := r.form.entry.ID
		r.run(func(ctx context.Context, ar *data.Archive) error {
			_, err := ar.AddAttachment(ctx, id, name, "", b)
			return err
		}, "Đã đính kèm "+name+".")
	}, r.env.Win)
	d.SetFilter(storage.NewExtensionFileFilter(data.AcceptedAttachmentTypes()))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// view previews a photo, or opens a document with the computer's program.
func (r *entryRelated) view(t *data.Attachment) {
	background(r.env, context.Background(), func(ctx context.Context, ar *data.Archive) ([]byte, error) {
		return ar.AttachmentData(ctx, t.ID)
	}, func(b []byte, err error) {
		if err != nil {
			r.env.ShowError(err)
			return
		}
		if t.IsImage() {
			img := canvas.NewImageFromResource(fyne.NewStaticResource(t.FileName, b))
			img.FillMode = canvas.ImageFillContain
			img.SetMinSize(fyne.NewSize(720, 480))
			dialog.ShowCustom(t.FileName, "Đóng", img, r.env.Win)
			return
		}
		dir, err := os.MkdirTemp("", "dvk-tep-")
		if err == nil {
			p := filepath.Join(dir, t.FileName)
			if err = os.WriteFile(p, b, 0o600); err == nil {
				var u *url.URL
				if u, err = url.Parse(storage.NewFileURI(p).String()); err == nil {
					err = r.env.App.OpenURL(u)
				}
			}
		}
		if err != nil {
			r.env.ShowError(&data.Error{Code: data.EIO, Message: "Không mở được tệp " + t.FileName + ".", Err: err})
		}
	})
}
