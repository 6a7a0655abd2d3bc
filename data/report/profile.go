package report

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"strconv"
	"strings"
	"time"

	xdraw "golang.org/x/image/draw"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// ProfileParams choose the entries whose files are printed.
type ProfileParams struct {
	EntryID  int64     // this entry;
	EntryIDs []int64   // and these, one after another, each from a new page
	Date     time.Time // the date of the header and of the printing note; zero: today
}

// Profile lays out the file of a model or exemplar (A4 portrait): every
// field of its record, its first photo, every content section under its
// Vietnamese heading, and its recognitions, commendations and evaluations
// year by year. The office confirms the file: its header carries the place
// and the date (p.Date), and it ends with the note of where it was printed
// from and the signature of the office (signer from the settings) under
// "XÁC NHẬN CỦA …". It has no number: a file is kept, not issued. Several
// files follow one another, each numbered from its own second page.
func Profile(ctx context.Context, a *data.Archive, p ProfileParams, f *Fonts) (*Doc, error) {
	m, err := newMeasurer(f)
	if err != nil {
		return nil, err
	}
	ids := p.EntryIDs
	if p.EntryID != 0 {
		ids = append([]int64{p.EntryID}, ids...)
	}
	if len(ids) == 0 {
		return nil, data.Errorf(data.EInvalid, "Hãy chọn mô hình, điển hình cần in hồ sơ.")
	}
	lk, err := newSheetLookup(ctx, a)
	if err != nil {
		return nil, err
	}
	date := p.Date
	if date.IsZero() {
		date = time.Now()
	}
	out := &Doc{Title: "Hồ sơ mô hình, điển hình"}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, name, err := lk.layoutProfile(ctx, m, id, date)
		if err != nil {
			return nil, err
		}
		if len(ids) == 1 {
			out.Subject = name
		}
		out.Pages = append(out.Pages, d.Pages...)
	}
	return out, nil
}

// layoutProfile lays out one entry's file as a document of its own.
func (lk *sheetLookup) layoutProfile(ctx context.Context, m *measurer, id int64, date time.Time) (*Doc, string, error) {
	e, err := lk.a.GetEntry(ctx, id)
	if err != nil {
		return nil, "", err
	}
	recs, err := lk.a.EntryRecognitions(ctx, id)
	if err != nil {
		return nil, "", err
	}
	coms, err := lk.a.EntryCommendations(ctx, id)
	if err != nil {
		return nil, "", err
	}
	evs, err := lk.a.EntryEvaluations(ctx, id)
	if err != nil {
		return nil, "", err
	}
	s := DefaultSpec()
	b := newBuilder(s, m, false, "Hồ sơ mô hình, điển hình")
	h := lk.header()
	h.Date = date
	b.partyHeader(h)
	b.title("HỒ SƠ MÔ HÌNH, ĐIỂN HÌNH", e.Name)
	part := 0
	heading := func(text string, next float64) {
		part++
		b.ensure(s.ParaSpace + s.lineH(s.Body) + next)
		if b.y > b.top+0.1 {
			b.y += s.ParaSpace
		}
		b.paragraph(roman(part)+". "+text, para{size: s.Body, style: Style{Bold: true}, after: 1})
	}
	tableStart := 2 * (2*s.ProfileTable*ptMM*s.TableLine + 2*s.CellPadding) // a heading row and a row
	heading("THÔNG TIN CHUNG", tableStart)
	profileFields(b, lk.fieldRows(e))
	if err := lk.photo(ctx, b, id); err != nil {
		return nil, "", err
	}
	b.y += s.ParaSpace
	n := 0
	for _, f := range data.EntryFields() {
		if f.Type != data.FieldText {
			continue
		}
		text := *f.Text(e)
		if len(vntext.Words(text)) == 0 {
			continue
		}
		if n == 0 {
			heading("NỘI DUNG MÔ HÌNH, ĐIỂN HÌNH", 3*s.lineH(s.Body))
		}
		n++
		b.ensure(3 * s.lineH(s.Body)) // a heading never ends a page
		b.paragraph(strconv.Itoa(n)+". "+f.Label, para{size: s.Body, style: Style{Bold: true}, indent: s.Indent})
		for _, pr := range sheetParas(text) {
			b.paragraph(pr, para{size: s.Body, align: Justify, indent: s.Indent, after: s.ParaSpace / 2})
		}
	}
	et, err := lk.evaluationTable(ctx, s, evs)
	if err != nil {
		return nil, "", err
	}
	for _, h := range []struct {
		title string
		t     Table
		none  string
	}{
		{"QUÁ TRÌNH CÔNG NHẬN", recognitionTable(lk, s, recs), "Chưa có quyết định công nhận."},
		{"KHEN THƯỞNG", commendationTable(lk, s, coms), "Chưa được đề nghị khen thưởng."},
		{"ĐÁNH GIÁ, CHẤM ĐIỂM", et, "Chưa được chấm điểm."},
	} {
		if len(h.t.Rows) == 0 {
			heading(h.title, s.lineH(s.Body))
			b.paragraph(h.none, para{size: s.Body, style: Style{Italic: true}, indent: s.Indent, after: s.ParaSpace})
			continue
		}
		heading(h.title, b.tableStart(h.t))
		b.table(h.t)
	}
	b.y += s.ParaSpace
	// The note stays on the page of the signature it explains.
	sg := lk.confirmer()
	signH, _, _ := b.signatureH(sg, nil)
	b.ensure(s.lineH(s.FormNote) + signH)
	b.paragraph("Hồ sơ in ngày "+vntext.FormatDate(date)+" từ kho dữ liệu Dân vận khéo.",
		para{size: s.FormNote, style: Style{Italic: true}, align: Left})
	b.signature(sg, nil)
	return b.finish(), e.Name, nil
}

// fieldRows are the identification fields of a record (all but the long
// texts), labelled as the entry form labels them.
func (lk *sheetLookup) fieldRows(e *data.Entry) [][2]string {
	var rows [][2]string
	for _, f := range data.EntryFields() {
		if f.Type != data.FieldText {
			rows = append(rows, [2]string{f.Label, f.Show(e, lk.name)})
		}
	}
	return rows
}

// name is the name of catalogue item id of table, "" for none.
func (lk *sheetLookup) name(table data.Table, id int64) string {
	switch table {
	case data.TableUnits:
		return lk.units[id]
	case data.TableFields:
		return lk.fields[id]
	case data.TablePhases:
		return lk.phases[id]
	case data.TableLevels:
		return lk.levels[id]
	case data.TableAwardForms:
		return lk.forms[id]
	}
	return ""
}

// profileFields lays out a two-column table of labels and values with no
// heading row, leaving out empty values; a row never splits across pages.
func profileFields(b *builder, rows [][2]string) {
	s := b.spec
	size, pad := s.ProfileTable, s.CellPadding
	lh := size * ptMM * s.TableLine
	lw := s.ProfileLabelW
	vw := b.width() - lw
	for i, r := range rows {
		if r[1] == "" {
			continue
		}
		label := b.wrap(r[0], size, Style{Bold: true}, lw-2*pad, lw-2*pad)
		st := Style{Bold: i == 1} // the name stands out
		value := b.wrap(r[1], size, st, vw-2*pad, vw-2*pad)
		h := float64(max(len(label), len(value)))*lh + 2*pad
		b.ensure(h)
		b.add(Rect{X: b.left, Y: b.y, W: lw, H: h, Width: 0.2, Fill: 248})
		b.add(Rect{X: b.left + lw, Y: b.y, W: vw, H: h, Width: 0.2})
		for k, l := range label {
			b.line(b.left+pad, b.y+pad+float64(k)*lh, lw-2*pad, l, size, Style{Bold: true}, Left)
		}
		for k, l := range value {
			b.line(b.left+lw+pad, b.y+pad+float64(k)*lh, vw-2*pad, l, size, st, Left)
		}
		b.y += h
	}
}

// recognitionTable lists the yearly decisions, the earliest first.
func recognitionTable(lk *sheetLookup, s Spec, recs []*data.Recognition) Table {
	t := Table{Size: s.ProfileTable, Cols: []Column{
		{Title: "Năm", W: s.ProfileYearW, Align: Center, Fit: true},
		{Title: "Kết quả", W: s.ProfileResultW, Align: Left},
		{Title: "Cấp công nhận", W: s.ProfileResultW, Align: Left},
		{Title: "Quyết định", Align: Left},
	}}
	for i := len(recs) - 1; i >= 0; i-- { // the archive gives the newest first
		r := recs[i]
		t.Rows = append(t.Rows, Row{Cells: []string{strconv.Itoa(r.Year), r.Status.Label(), lk.levels[r.LevelID], r.Decision}})
	}
	return t
}

// commendationTable lists the proposals and awards, the earliest first.
func commendationTable(lk *sheetLookup, s Spec, coms []*data.Commendation) Table {
	t := Table{Size: s.ProfileTable, Cols: []Column{
		{Title: "Năm", W: s.ProfileYearW, Align: Center, Fit: true},
		{Title: "Hình thức", W: s.ProfileFormW, Align: Left},
		{Title: "Tình trạng", W: s.ProfileStatusW, Align: Left},
		{Title: "Quyết định", W: s.ProfileDecisionW, Align: Left},
		{Title: "Thành tích", Align: Left},
	}}
	for i := len(coms) - 1; i >= 0; i-- {
		c := coms[i]
		decision := c.DecisionNo
		if _, ok := c.DecisionDate.Time(); ok {
			decision += " ngày " + c.DecisionDate.Text()
		}
		t.Rows = append(t.Rows, Row{Cells: []string{strconv.Itoa(c.Year), lk.forms[c.FormID], c.Status.Label(), decision, c.Citation}})
	}
	return t
}

// evaluationTable lists the scores, the earliest year first.
func (lk *sheetLookup) evaluationTable(ctx context.Context, s Spec, evs []*data.Evaluation) (Table, error) {
	t := Table{Size: s.ProfileTable, Cols: []Column{
		{Title: "Năm", W: s.ProfileYearW, Align: Center, Fit: true},
		{Title: "Tổng điểm", W: s.ProfileScoreW, Align: Center},
		{Title: "Kết luận", W: s.ProfileResultW, Align: Left},
		{Title: "Người chấm", Align: Left},
		{Title: "Ngày chấm", W: s.ProfileScoreW, Align: Center},
	}}
	for i := len(evs) - 1; i >= 0; i-- {
		ev := evs[i]
		set, err := lk.set(ctx, ev.SetID)
		if err != nil {
			return t, err
		}
		day := ""
		if _, ok := ev.Date.Time(); ok {
			day = ev.Date.Text()
		}
		t.Rows = append(t.Rows, Row{Cells: []string{strconv.Itoa(ev.Year),
			vntext.FormatScore(ev.Total) + "/" + vntext.FormatScore(set.MaxTotal()), ev.Conclusion, ev.Evaluator, day}})
	}
	return t, nil
}

// photo places the entry's first readable photo, centred and fitted in the
// box of Spec, with its caption. A photo that is missing or cannot be read
// is left out: the file is still worth printing.
func (lk *sheetLookup) photo(ctx context.Context, b *builder, entryID int64) error {
	atts, err := lk.a.EntryAttachments(ctx, entryID)
	if err != nil {
		return err
	}
	s := b.spec
	for _, t := range atts {
		if !t.IsImage() {
			continue
		}
		raw, err := lk.a.AttachmentData(ctx, t.ID)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			continue
		}
		img, ok := photoItem(raw, s)
		if !ok {
			continue
		}
		b.y += s.ParaSpace
		b.ensure(img.H + s.lineH(s.FormNote)) // with its caption
		img.X, img.Y = b.left+(b.width()-img.W)/2, b.y
		b.add(img)
		b.y += img.H + 1
		if t.Caption != "" {
			b.paragraph(t.Caption, para{size: s.FormNote, style: Style{Italic: true}, align: Center})
		}
		return nil
	}
	return nil
}

// photoItem checks that raw is a whole picture and returns it sized to fit
// the photo box. The bytes are kept as they are when the PDF can embed
// them; a picture far larger than print needs is scaled down (a phone
// photo would make every copy of the file megabytes larger), and a PNG the
// PDF writer cannot read (16-bit, interlaced) is written again.
func photoItem(raw []byte, s Spec) (Image, bool) {
	src, format, err := image.Decode(bytes.NewReader(raw))
	if err != nil {
		return Image{}, false
	}
	px := src.Bounds()
	w, h := fitBox(float64(px.Dx()), float64(px.Dy()), s.ProfilePhotoW, s.ProfilePhotoH)
	img := Image{W: w, H: h, Data: raw, Type: map[string]string{"jpeg": "JPG", "png": "PNG", "gif": "GIF"}[format]}
	if img.Type == "" {
		return Image{}, false
	}
	wantW, wantH := int(w/25.4*s.ProfilePhotoDPI), int(h/25.4*s.ProfilePhotoDPI)
	var buf bytes.Buffer
	switch {
	case px.Dx() > 2*wantW && wantW > 0 && wantH > 0:
		dst := image.NewRGBA(image.Rect(0, 0, wantW, wantH))
		draw.Draw(dst, dst.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src) // transparency on paper is white
		xdraw.CatmullRom.Scale(dst, dst.Bounds(), src, px, xdraw.Over, nil)
		if err := jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 88}); err != nil {
			return Image{}, false
		}
		img.Data, img.Type = buf.Bytes(), "JPG"
	case format == "png" && (len(raw) < 29 || raw[24] > 8 || raw[28] != 0): // IHDR bit depth, interlace
		dst := image.NewNRGBA(px)
		draw.Draw(dst, px, src, px.Min, draw.Src)
		if err := png.Encode(&buf, dst); err != nil {
			return Image{}, false
		}
		img.Data = buf.Bytes()
	}
	return img, true
}

// sheetLookup holds the names sheets and files print, read once per
// document rather than once per entry.
type sheetLookup struct {
	a                                    *data.Archive
	settings                             *data.OrgSettings
	phaseList                            []*data.Phase
	units, fields, phases, levels, forms map[int64]string
	sets                                 map[int64]*data.CriteriaSet
}

func newSheetLookup(ctx context.Context, a *data.Archive) (*sheetLookup, error) {
	lk := &sheetLookup{a: a, sets: map[int64]*data.CriteriaSet{}}
	var err error
	if lk.settings, err = a.Settings(ctx); err != nil {
		return nil, err
	}
	c, err := a.Catalogue(ctx)
	if err != nil {
		return nil, err
	}
	lk.phaseList = c.Phases
	lk.phases = sheetNames(c.Phases, func(p *data.Phase) (int64, string) { return p.ID, p.Name })
	lk.units = sheetNames(c.Units, func(u *data.Unit) (int64, string) { return u.ID, u.Name })
	lk.fields = sheetNames(c.Fields, func(f *data.Field) (int64, string) { return f.ID, f.Name })
	lk.levels = sheetNames(c.Levels, func(l *data.Level) (int64, string) { return l.ID, l.Name })
	lk.forms = sheetNames(c.Forms, func(f *data.AwardForm) (int64, string) { return f.ID, f.Name })
	for _, s := range c.Sets {
		lk.sets[s.ID] = s
	}
	return lk, nil
}

func sheetNames[T any](items []T, name func(T) (int64, string)) map[int64]string {
	out := make(map[int64]string, len(items))
	for _, it := range items {
		id, n := name(it)
		out[id] = n
	}
	return out
}

// set returns a criteria set, read once.
func (lk *sheetLookup) set(ctx context.Context, id int64) (*data.CriteriaSet, error) {
	if s, ok := lk.sets[id]; ok {
		return s, nil
	}
	s, err := lk.a.GetCriteriaSet(ctx, id)
	if err != nil {
		return nil, err
	}
	lk.sets[id] = s
	return s, nil
}

// header is the Party header of a form that carries no number (an
// evaluation sheet, a model's file).
// confirmer signs a model's file for the office, as the settings name the
// signer, under "XÁC NHẬN CỦA BAN TUYÊN GIÁO VÀ DÂN VẬN".
func (lk *sheetLookup) confirmer() Signer {
	set := lk.settings
	return Signer{Heading: "XÁC NHẬN CỦA " + set.Issuer, Authority: set.SignAuthority, Title: set.SignerTitle,
		Name: set.SignerName}
}

func (lk *sheetLookup) header() Header {
	return Header{Superior: lk.settings.Superior, Issuer: lk.settings.Issuer, Symbol: lk.settings.Symbol, Place: lk.settings.Place,
		NoNumber: true}
}

// sheetParas splits a text into its non-empty paragraphs (at least one).
func sheetParas(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		out = append(out, "")
	}
	return out
}
