package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// reportKind is one document dvk report can make. setup declares the
// kind's own options and returns the function that lays it out once the
// command line is parsed.
type reportKind struct {
	name  string // on the command line
	title string // in Vietnamese, for the help
	setup func(fs *flag.FlagSet, ff *filterFlags) func(ctx context.Context, a *data.Archive) (*report.Doc, error)
}

var reportKinds = map[string]reportKind{}

func addReportKind(k reportKind) { reportKinds[k.name] = k }

func reportUsage() string {
	var names []string
	for n := range reportKinds {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("Các loại văn bản:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %-16s %s\n", n, reportKinds[n].title)
	}
	return b.String()
}

// cmdReport: dvk report KIND FILE.dvk [filters] -o OUT.pdf (or OUT.docx: Word)
func cmdReport(ctx context.Context, args []string, out, _ io.Writer) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return &exitError{code: 2, msg: "Lệnh report cần: LOẠI TỆP -o TỆP.pdf\n" + reportUsage()}
	}
	kind, ok := reportKinds[args[0]]
	if !ok {
		return &exitError{code: 2, msg: fmt.Sprintf("Không có loại văn bản %q.\n%s", args[0], reportUsage())}
	}
	fs := flag.NewFlagSet("report "+kind.name, flag.ContinueOnError)
	var ff filterFlags
	ff.register(fs)
	output := fs.String("o", "", "")
	build := kind.setup(fs, &ff)
	pos, err := parse(fs, args[1:], "TỆP")
	if err != nil {
		return err
	}
	if *output == "" {
		return &exitError{code: 2, msg: "Hãy cho biết tệp sẽ ghi: -o TỆP.pdf, hoặc -o TỆP.docx để sửa trong Word"}
	}
	word := strings.EqualFold(filepath.Ext(*output), ".docx")
	if strings.EqualFold(filepath.Ext(*output), ".doc") {
		return &exitError{code: 2, msg: "Chương trình ghi tệp Word dạng .docx, không ghi dạng .doc cũ: -o TỆP.docx"}
	}
	a, err := openReadOnly(ctx, pos[0])
	if err != nil {
		return err
	}
	defer a.Close()
	if err := ff.resolve(ctx, a); err != nil {
		return err
	}
	d, err := build(ctx, a)
	if err != nil {
		return err
	}
	render, what := report.RenderPDF, fi(len(d.Pages))+" trang"
	if word {
		render, what = func(d *report.Doc, _ *report.Fonts) ([]byte, error) { return report.RenderDOCX(d) }, "tệp Word"
	}
	content, err := render(d, nil)
	if err != nil {
		return err
	}
	tmp := *output + ".tam"
	if err := os.WriteFile(tmp, content, 0o644); err != nil {
		os.Remove(tmp)
		return &data.Error{Code: data.EIO, Message: fmt.Sprintf("Không ghi được tệp %q.", *output), Err: err}
	}
	if err := os.Rename(tmp, *output); err != nil {
		os.Remove(tmp)
		return &data.Error{Code: data.EIO, Message: fmt.Sprintf("Không ghi được tệp %q.", *output), Err: err}
	}
	fmt.Fprintf(out, "Đã ghi %s: %s, %s.\n", *output, kind.title, what)
	return nil
}

// dateFlag reads a date option (dd/mm/yyyy); empty means today.
func dateFlag(s string) (time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return time.Now(), nil
	}
	t, err := vntext.ParseDate(s)
	if err != nil {
		return t, &exitError{code: 2, msg: "Ngày không hợp lệ (dạng 05/02/2026): " + s}
	}
	return t, nil
}

func init() {
	addReportKind(reportKind{name: "danh-sach", title: "Danh sách mô hình, điển hình (A4 ngang)",
		setup: func(fs *flag.FlagSet, ff *filterFlags) func(context.Context, *data.Archive) (*report.Doc, error) {
			group := fs.String("group", "unit", "")
			date := fs.String("date", "", "")
			return func(ctx context.Context, a *data.Archive) (*report.Doc, error) {
				g := map[string]report.Grouping{"none": report.GroupNone, "unit": report.GroupUnit, "field": report.GroupField}
				grouping, ok := g[*group]
				if !ok {
					return nil, &exitError{code: 2, msg: "Cách chia nhóm (--group) phải là none, unit hoặc field."}
				}
				d, err := dateFlag(*date)
				if err != nil {
					return nil, err
				}
				return report.List(ctx, a, report.ListParams{Filter: ff.resolved, Group: grouping, Date: d}, nil)
			}
		}})
}
