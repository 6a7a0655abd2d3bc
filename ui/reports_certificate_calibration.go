package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// certCellW is the width of a number cell of the positions table: room
// for "148,5".
const certCellW = 68

// certCalibration is "Hiệu chỉnh vị trí in giấy khen": the positions of a
// form's variable texts on the office's pre-printed forms, in millimetres,
// and the calibration page (grid and crosshairs) that measures them. The
// preview shows the page for the numbers as typed; "Lưu vị trí" keeps
// them for every computer.
type certCalibration struct {
	s     *Reports
	forms *choice

	Award            *widget.Select
	OffsetX, OffsetY *widget.Entry
	X, Y, Size       map[string]*widget.Entry // by field key (report.CertFieldNames)
	Print            map[string]*widget.Check
	SaveBtn          *widget.Button
	ResetBtn         *widget.Button

	loaded *report.CertLayout
	form   fyne.CanvasObject
}

func newCertCalibration(s *Reports) *certCalibration {
	c := &certCalibration{s: s, X: map[string]*widget.Entry{}, Y: map[string]*widget.Entry{}, Size: map[string]*widget.Entry{},
		Print: map[string]*widget.Check{}}
	c.Award = newSelect(nil, func(string) { c.load() })
	c.Award.PlaceHolder = "(Chọn hình thức khen thưởng)"
	c.OffsetX, c.OffsetY = widget.NewEntry(), widget.NewEntry()
	head := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	}
	// The numbers sit in cells of one width, so the columns line up under
	// their headings whatever the length of a field's name.
	cells := fyne.NewSize(4*certCellW+3*theme.Padding(), widget.NewEntry().MinSize().Height)
	row := func(label fyne.CanvasObject, cs ...fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, nil, container.NewGridWrap(cells, container.NewGridWithColumns(4, cs...)), label)
	}
	rows := []fyne.CanvasObject{row(widget.NewLabelWithStyle("Mục", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		head("x (mm)"), head("y (mm)"), head("Cỡ chữ"), head("In"))}
	for _, n := range report.CertFieldNames {
		c.X[n.Key], c.Y[n.Key], c.Size[n.Key] = widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
		c.Print[n.Key] = widget.NewCheck("", nil)
		rows = append(rows, row(widget.NewLabel(n.Label), c.X[n.Key], c.Y[n.Key], c.Size[n.Key], container.NewCenter(c.Print[n.Key])))
	}
	c.SaveBtn = widget.NewButtonWithIcon("Lưu vị trí", theme.DocumentSaveIcon(), c.Save)
	c.ResetBtn = widget.NewButtonWithIcon("Về vị trí mặc định", theme.ViewRefreshIcon(), func() {
		if f := c.chosenForm(); f != nil {
			c.show(report.DefaultCertLayout(report.DefaultSpec(), f))
		}
	})
	note := widget.NewLabel("x: từ mép trái tờ giấy đến đầu dòng (giữa dòng nếu căn giữa); y: từ mép trên đến chân dòng chữ. " +
		"Bỏ chọn “In” với mục đã in sẵn trên phôi. Độ lệch toàn trang bù cho máy in in lệch (dương: sang phải, xuống dưới).")
	note.Wrapping = fyne.TextWrapWord
	c.form = container.NewVBox(
		widget.NewForm(
			widget.NewFormItem("Hình thức", c.Award),
			widget.NewFormItem("Độ lệch ngang (mm)", c.OffsetX),
			widget.NewFormItem("Độ lệch dọc (mm)", c.OffsetY),
		),
		container.NewVBox(rows...),
		note,
		container.NewHBox(c.SaveBtn, c.ResetBtn),
	)
	return c
}

func (c *certCalibration) Title() string { return "Hiệu chỉnh vị trí in giấy khen" }
func (c *certCalibration) Hint() string {
	return "Trang hiệu chỉnh: lưới milimét và chữ thập tại vị trí in từng mục. In lên phôi trắng, soi lên nguồn sáng, đo độ lệch rồi sửa số."
}
func (c *certCalibration) Form() fyne.CanvasObject { return c.form }
func (c *certCalibration) FileName() string        { return "Trang hieu chinh giay khen.pdf" }

func (c *certCalibration) setCatalog(cat *Catalog) {
	c.forms = formChoice(cat, "")
	if len(c.forms.labels) == 0 {
		return
	}
	setOptions(c.Award, c.forms, c.forms.id(c.Award.Selected))
	if c.loaded == nil {
		c.load()
	}
}

func (c *certCalibration) chosenForm() *data.AwardForm {
	if cat, ok := c.s.env.catalogSource(); ok && c.forms != nil {
		id := c.forms.id(c.Award.Selected)
		for _, f := range cat.Forms {
			if f.ID == id {
				return f
			}
		}
	}
	return nil
}

// load shows the chosen form's saved positions.
func (c *certCalibration) load() {
	f := c.chosenForm()
	if f == nil {
		return
	}
	background(c.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (*report.CertLayout, error) {
		return report.LoadCertLayout(ctx, ar, f.ID)
	}, func(l *report.CertLayout, err error) {
		if err != nil {
			c.s.env.ShowError(err)
			return
		}
		c.loaded = l
		c.show(l)
		setEnabled(c.SaveBtn, !c.s.env.ReadOnly())
	})
}

func (c *certCalibration) show(l *report.CertLayout) {
	c.OffsetX.SetText(vntext.FormatScore(l.OffsetX))
	c.OffsetY.SetText(vntext.FormatScore(l.OffsetY))
	for _, n := range report.CertFieldNames {
		fd := l.Fields[n.Key]
		c.X[n.Key].SetText(vntext.FormatScore(fd.X))
		c.Y[n.Key].SetText(vntext.FormatScore(fd.Y))
		c.Size[n.Key].SetText(vntext.FormatScore(fd.Size))
		c.Print[n.Key].SetChecked(!fd.Skip)
	}
}

// layout reads the numbers as typed over the loaded layout.
func (c *certCalibration) layout() (*report.CertLayout, error) {
	if c.loaded == nil {
		return nil, &data.Error{Code: data.EInvalid, Message: "Hãy chọn hình thức khen thưởng cần hiệu chỉnh."}
	}
	l := *c.loaded
	l.Fields = map[string]report.CertField{}
	num := func(what string, e *widget.Entry) (float64, error) {
		v, err := vntext.ParseNumber(e.Text)
		if err != nil {
			return 0, &data.Error{Code: data.EInvalid, Message: fmt.Sprintf("%s: “%s” không phải là số (ví dụ 148,5).", what, e.Text)}
		}
		return v, nil
	}
	var err error
	if l.OffsetX, err = num("Độ lệch ngang", c.OffsetX); err != nil {
		return nil, err
	}
	if l.OffsetY, err = num("Độ lệch dọc", c.OffsetY); err != nil {
		return nil, err
	}
	for _, n := range report.CertFieldNames {
		fd := c.loaded.Fields[n.Key]
		if fd.X, err = num(n.Label+", x", c.X[n.Key]); err != nil {
			return nil, err
		}
		if fd.Y, err = num(n.Label+", y", c.Y[n.Key]); err != nil {
			return nil, err
		}
		if fd.Size, err = num(n.Label+", cỡ chữ", c.Size[n.Key]); err != nil {
			return nil, err
		}
		fd.Skip = !c.Print[n.Key].Checked
		l.Fields[n.Key] = fd
	}
	return &l, nil
}

// Save keeps the positions as typed for the chosen form.
func (c *certCalibration) Save() {
	f := c.chosenForm()
	l, err := c.layout()
	if err != nil || f == nil {
		c.s.env.ShowError(err)
		return
	}
	background(c.s.env, context.Background(), func(ctx context.Context, ar *data.Archive) (struct{}, error) {
		return struct{}{}, report.SaveCertLayout(ctx, ar, f.ID, l)
	}, func(_ struct{}, err error) {
		if err != nil {
			c.s.env.ShowError(err)
			return
		}
		c.loaded = l
		c.s.nav.notice("Đã lưu vị trí in giấy khen của “" + f.Name + "”.")
		c.s.env.changed()
	})
}

func (c *certCalibration) Build() (docLayout, error) {
	f := c.chosenForm()
	l, err := c.layout()
	if err != nil {
		return nil, err
	}
	if f == nil {
		return nil, &data.Error{Code: data.EInvalid, Message: "Hãy chọn hình thức khen thưởng cần hiệu chỉnh."}
	}
	return func(ctx context.Context, ar *data.Archive) (*report.Doc, error) {
		return report.CalibrationPageFor(ctx, ar, f.ID, l, nil)
	}, nil
}
