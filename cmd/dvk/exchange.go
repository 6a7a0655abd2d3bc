package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/exchange"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// cmdImport: dvk import FILE.dvk SHEET.xlsx [--dry-run] [--update] [--create]
func cmdImport(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	dry := fs.Bool("dry-run", false, "")
	update := fs.Bool("update", false, "")
	create := fs.Bool("create", false, "")
	pos, err := parse(fs, args, "TỆP", "BẢNG_TÍNH")
	if err != nil {
		return err
	}
	a, err := data.Open(ctx, pos[0], data.Options{ReadOnly: *dry, Progress: progressTo(errOut)})
	if err != nil {
		return err
	}
	defer a.Close()
	s, err := exchange.ReadFile(pos[1])
	if err != nil {
		return err
	}
	o := exchange.Options{CreateMissing: *create}
	if *update {
		o.OnDuplicate = exchange.UpdateDuplicates
	}
	if m, err := exchange.DetectMapping(s); err == nil {
		o.Mapping = exchange.RememberedMapping(ctx, a, m)
	}
	p, err := exchange.PlanImport(ctx, a, s, o)
	if err != nil {
		return err
	}
	printPlan(out, p)
	if *dry {
		fmt.Fprintln(out, "Chạy thử: chưa ghi gì vào kho.")
		return nil
	}
	res, err := exchange.Apply(ctx, a, p)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Đã nhập: %s thêm mới, %s cập nhật", fi(res.Added), fi(res.Updated))
	if res.Units+res.Fields > 0 {
		fmt.Fprintf(out, "; tạo mới %s đơn vị, %s lĩnh vực", fi(res.Units), fi(res.Fields))
	}
	fmt.Fprintln(out, ".")
	if len(res.NoPerson) > 0 {
		fmt.Fprintf(out, "Cần bổ sung họ và tên người được ghi nhận cho %s điển hình cá nhân:\n", fi(len(res.NoPerson)))
		for _, u := range res.NoPerson {
			fmt.Fprintf(out, "  Dòng %d (mã %d): %s\n", u.Row, u.ID, u.Name)
		}
	}
	return nil
}

func printPlan(out io.Writer, p *exchange.Plan) {
	fmt.Fprintf(out, "Tệp %s", p.File)
	if p.Sheet != "" {
		fmt.Fprintf(out, ", trang “%s”", p.Sheet)
	}
	fmt.Fprintf(out, ": dòng tiêu đề là dòng %d.\nCác cột:\n", p.Mapping.HeaderRow+1)
	for i, h := range p.Mapping.Headings {
		if h == "" {
			continue
		}
		fmt.Fprintf(out, "  %-36s → %s\n", h, p.Mapping.Columns[i].Label())
	}
	for f := exchange.FateNew; f <= exchange.FateError; f++ {
		fmt.Fprintf(out, "%s: %s\n", f.Label(), fi(p.Counts[f]))
	}
	if p.Converted > 0 {
		fmt.Fprintf(out, "Đã chuyển mã chữ cũ (TCVN3/VNI) sang Unicode ở %s dòng.\n", fi(p.Converted))
	}
	if p.FromTitle > 0 {
		fmt.Fprintf(out, "Lấy họ và tên người được ghi nhận từ tên điển hình ở %s dòng.\n", fi(p.FromTitle))
	}
	if p.NoPerson > 0 {
		fmt.Fprintf(out, "Chưa có họ và tên người được ghi nhận ở %s dòng: vẫn nhập, cần bổ sung sau.\n", fi(p.NoPerson))
	}
	for _, r := range p.Rows {
		if r.Fate == exchange.FateError || r.PersonFromTitle || r.PersonMissing {
			fmt.Fprintf(out, "  Dòng %d: %s\n", r.Row, r.Reason)
		}
	}
	for _, m := range p.MissingUnits {
		fmt.Fprintf(out, "Chưa có đơn vị “%s” (dòng %s)", m.Name, rowsText(m.Rows))
		if len(m.Suggestions) > 0 {
			fmt.Fprintf(out, "; gần giống: %s", strings.Join(m.Suggestions, "; "))
		}
		fmt.Fprintln(out)
	}
	for _, m := range p.MissingFields {
		fmt.Fprintf(out, "Chưa có lĩnh vực “%s” (dòng %s)\n", m.Name, rowsText(m.Rows))
	}
}

func rowsText(rows []int) string {
	var s []string
	for i, r := range rows {
		if i == 5 {
			s = append(s, "…")
			break
		}
		s = append(s, fi(r))
	}
	return strings.Join(s, ", ")
}

// cmdExport: dvk export FILE.dvk OUT.xlsx [filters] [--stats] [--template]
func cmdExport(ctx context.Context, args []string, out, _ io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	var ff filterFlags
	ff.register(fs)
	stats := fs.Bool("stats", false, "")
	template := fs.Bool("template", false, "")
	pos, err := parse(fs, args, "TỆP", "TỆP.xlsx")
	if err != nil {
		return err
	}
	if !strings.EqualFold(filepath.Ext(pos[1]), ".xlsx") {
		return &exitError{code: 2, msg: "Tệp xuất phải có đuôi .xlsx."}
	}
	a, err := openReadOnly(ctx, pos[0])
	if err != nil {
		return err
	}
	defer a.Close()
	if err := ff.resolve(ctx, a); err != nil {
		return err
	}
	tmp := pos[1] + ".tam"
	f, err := os.Create(tmp)
	if err != nil {
		return &data.Error{Code: data.EIO, Message: fmt.Sprintf("Không ghi được tệp %q.", pos[1]), Err: err}
	}
	var what string
	switch {
	case *template:
		err, what = exchange.Template(ctx, a, f), "mẫu đăng ký mô hình, điển hình"
	case *stats:
		err, what = exchange.ExportStats(ctx, a, ff.resolved, f), "thống kê"
	default:
		var n int
		n, err = exchange.ExportEntries(ctx, a, ff.resolved, f)
		what = vntext.FormatInt(int64(n)) + " mô hình, điển hình"
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, pos[1])
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	fmt.Fprintf(out, "Đã xuất %s vào %s\n", what, pos[1])
	return nil
}
