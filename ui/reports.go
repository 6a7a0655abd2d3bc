package ui

import (
	"context"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// reportMaker is one kind of document the Báo cáo screen makes: its
// parameters, and how to lay it out from the archive.
type reportMaker interface {
	Title() string
	Hint() string
	Form() fyne.CanvasObject
	// Build reads the parameters on the UI goroutine and returns the
	// work that lays the document out, or why it cannot.
	Build() (docLayout, error)
	FileName() string // suggested file name, without folder
}

// docLayout lays a document out from the archive, off the UI goroutine.
type docLayout func(ctx context.Context, ar *data.Archive) (*report.Doc, error)

// Reports is the "Báo cáo" screen: choose a document, set its parameters,
// look at page 1, export it as PDF and open it to print.
type Reports struct {
	env *Env
	nav navigator
	cat *Catalog

	makers  []reportMaker
	current int

	Kinds      *widget.List
	params     *fyne.Container
	Preview    *canvas.Image
	PageInfo   *widget.Label
	PreviewBtn *widget.Button
	ExportBtn  *widget.Button
	WordBtn    *widget.Button // the same document as Word, to edit before signing
	OpenBtn    *widget.Button
	Doc        *report.Doc // the last document laid out
	LastPDF    string      // the last file written
	view       fyne.CanvasObject
}

func newReports(env *Env, nav navigator) screen {
	s := &Reports{env: env, nav: nav}
	s.makers = []reportMaker{newSummaryReport(s), newListReport(s), newProposalReport(s), newCertReport(s), newCertCalibration(s), newSheetReport(s), newProfileReport(s)}
	s.Kinds = widget.NewList(func() int { return len(s.makers) },
		func() fyne.CanvasObject { return widget.NewLabel("Danh sách mô hình, điển hình") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(s.makers[i].Title()) })
	s.Kinds.OnSelected = func(i widget.ListItemID) { s.choose(i) }
	s.params = container.NewStack()
	s.Preview = canvas.NewImageFromImage(nil)
	s.Preview.FillMode = canvas.ImageFillContain
	s.Preview.SetMinSize(fyne.NewSize(300, 212))
	s.PageInfo = widget.NewLabel("Bấm “Xem trước” để xem trang đầu của văn bản.")
	s.PageInfo.Wrapping = fyne.TextWrapWord
	s.PreviewBtn = widget.NewButtonWithIcon("Xem trước", theme.VisibilityIcon(), s.ShowPreview)
	s.ExportBtn = widget.NewButtonWithIcon("Xuất PDF…", theme.DocumentSaveIcon(), s.askExport)
	s.ExportBtn.Importance = widget.HighImportance
	s.WordBtn = widget.NewButtonWithIcon("Xuất Word…", theme.DocumentSaveIcon(), s.askWord)
	s.OpenBtn = widget.NewButtonWithIcon("Mở PDF", theme.FileIcon(), s.OpenPDF)
	s.OpenBtn.Disable()
	s.view = s.layout()
	s.loadCatalog()
	s.Kinds.Select(0)
	return s
}

// layout puts the choice of document and its parameters on the left and
// the preview of page 1 on the right, where it can be large.
func (s *Reports) layout() fyne.CanvasObject {
	kinds := container.NewBorder(widget.NewLabelWithStyle("Văn bản", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		nil, nil, nil, container.NewGridWrap(fyne.NewSize(320, 150), s.Kinds))
	buttons := container.NewHBox(s.PreviewBtn, s.ExportBtn, s.WordBtn, s.OpenBtn)
	left := container.NewBorder(kinds, container.NewVBox(buttons, s.PageInfo), nil, nil, container.NewVScroll(s.params))
	desk := canvas.NewRectangle(color.NRGBA{R: 0xd8, G: 0xd8, B: 0xd8, A: 0xff}) // the page lies on a grey desk
	preview := container.NewBorder(widget.NewLabelWithStyle("Xem trước trang 1", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		nil, nil, nil, container.NewStack(desk, container.NewPadded(s.Preview)))
	split := container.NewHSplit(left, preview)
	split.Offset = 0.42
	return split
}

// Content is the screen.
func (s *Reports) Content() fyne.CanvasObject { return s.view }

// Dirty reports a document's unsaved settings (a report's narrative).
func (s *Reports) Dirty() bool {
	for _, m := range s.makers {
		if d, ok := m.(dirtyScreen); ok && d.Dirty() {
			return true
		}
	}
	return false
}

// Reload reads the catalogues again; parameters chosen are kept.
func (s *Reports) Reload() { s.loadCatalog() }

func (s *Reports) loadCatalog() {
	readCatalog(s.env, func(c *Catalog) {
		s.cat = c
		for _, m := range s.makers {
			if cs, ok := m.(interface{ setCatalog(*Catalog) }); ok {
				cs.setCatalog(c)
			}
		}
	})
}

func (s *Reports) choose(i int) {
	s.current = i
	s.Doc = nil
	if hasWord(s.makers[i]) {
		s.WordBtn.Enable()
	} else {
		s.WordBtn.Disable()
	}
	hint := widget.NewLabel(s.makers[i].Hint())
	hint.Wrapping = fyne.TextWrapWord
	s.params.Objects = []fyne.CanvasObject{widget.NewCard(s.makers[i].Title(), "", container.NewVBox(hint, s.makers[i].Form()))}
	s.params.Refresh()
	s.Preview.Image = nil
	s.Preview.Refresh()
	s.PageInfo.SetText("Bấm “Xem trước” để xem trang đầu của văn bản.")
}

// build lays the chosen document out in the background, with a progress
// bar that can cancel it, then calls then.
func (s *Reports) build(then func(d *report.Doc)) {
	m := s.makers[s.current]
	lay, err := m.Build()
	if err != nil {
		s.env.ShowError(err)
		return
	}
	p := newProgress(s.env, "Đang lập văn bản", m.Title()+"…")
	background(s.env, p.ctx, lay, func(d *report.Doc, err error) {
		p.done()
		if err != nil {
			s.env.ShowError(err)
			return
		}
		s.Doc = d
		then(d)
	})
}

// ShowPreview lays the document out and shows its first page.
func (s *Reports) ShowPreview() {
	s.build(func(d *report.Doc) {
		background(s.env, context.Background(), func(context.Context, *data.Archive) (image.Image, error) {
			return report.RenderPage(d, 0, 96, nil)
		}, func(img image.Image, err error) {
			if err != nil {
				s.env.ShowError(err)
				return
			}
			s.Preview.Image = img
			s.Preview.Refresh()
			s.PageInfo.SetText("Trang 1 trên " + countText(len(d.Pages), "trang") + ".")
		})
	})
}

// askExport asks where to save the PDF. askSavePath itself asks before
// replacing a file, so it hands the path to write: Export would ask again.
func (s *Reports) askExport() {
	askSavePath(s.env, "Xuất văn bản ra PDF", s.makers[s.current].FileName(), ".pdf", s.write)
}

// Export lays the document out and writes it to path as PDF. An existing
// file is replaced only after asking.
func (s *Reports) Export(path string) { savePath(s.env, path, ".pdf", s.write) }

// hasWord reports whether the maker's documents also go out as Word: the
// report, the lists and the proposal, which the leader edits before
// signing (a certificate or a sheet is printed as it is).
func hasWord(m reportMaker) bool {
	switch m.(type) {
	case *summaryReport, *listReport, *proposalReport:
		return true
	}
	return false
}

// askWord asks where to save the Word file, named as the PDF would be.
func (s *Reports) askWord() {
	name := strings.TrimSuffix(s.makers[s.current].FileName(), ".pdf") + ".docx"
	askSavePath(s.env, "Xuất văn bản ra Word", name, ".docx", s.writeWord)
}

// ExportWord lays the document out and writes it to path as Word
// (.docx). An existing file is replaced only after asking.
func (s *Reports) ExportWord(path string) { savePath(s.env, path, ".docx", s.writeWord) }

// write lays the document out and writes it to path as PDF.
func (s *Reports) write(path string) { s.writeAs(path, false) }

// writeWord lays the document out and writes it to path as Word.
func (s *Reports) writeWord(path string) { s.writeAs(path, true) }

func (s *Reports) writeAs(path string, word bool) {
	s.build(func(d *report.Doc) {
		background(s.env, context.Background(), func(context.Context, *data.Archive) (struct{}, error) {
			render := func() ([]byte, error) { return report.RenderPDF(d, nil) }
			if word {
				render = func() ([]byte, error) { return report.RenderDOCX(d) }
			}
			content, err := render()
			if err != nil {
				return struct{}{}, err
			}
			return struct{}{}, writeFileAtomic(path, content)
		}, func(_ struct{}, err error) {
			if err != nil {
				s.env.ShowError(err)
				return
			}
			if word {
				s.PageInfo.SetText("Đã lưu " + path + " (tệp Word, sửa được trước khi trình ký).")
			} else {
				s.LastPDF = path
				s.OpenBtn.Enable()
				s.PageInfo.SetText("Đã lưu " + path + " (" + countText(len(d.Pages), "trang") + ").")
			}
			s.nav.notice("Đã xuất " + filepath.Base(path) + ".")
		})
	})
}

// OpenPDF opens the last exported file in the computer's PDF viewer, to
// read and print.
func (s *Reports) OpenPDF() {
	if s.LastPDF == "" {
		return
	}
	if err := openLocal(s.env, s.LastPDF); err != nil {
		s.env.ShowError(err)
	}
}

// writeFileAtomic writes data beside path and renames it into place, so a
// failure never leaves half a document.
func writeFileAtomic(path string, content []byte) error {
	tmp := path + ".tam"
	if err := os.WriteFile(tmp, content, 0o644); err != nil {
		os.Remove(tmp)
		return &data.Error{Code: data.EIO, Message: "Không ghi được tệp " + path + ".", Err: err}
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return &data.Error{Code: data.EIO, Message: "Không ghi được tệp " + path + " (tệp có thể đang mở trong chương trình khác).", Err: err}
	}
	return nil
}
