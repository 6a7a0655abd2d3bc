package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/merge"
)

// cmdMerge merges another archive (a district's, a colleague's copy) into
// an archive: it prints what the merge does, then does it in one
// transaction unless --dry-run. Conflicts keep this archive's version
// unless --theirs.
func cmdMerge(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	dry := fs.Bool("dry-run", false, "")
	theirs := fs.Bool("theirs", false, "")
	pos, err := parse(fs, args, "TỆP", "KHO_KIA")
	if err != nil {
		return err
	}
	a, err := data.Open(ctx, pos[0], data.Options{Progress: progressTo(errOut)})
	if err != nil {
		return err
	}
	defer a.Close()
	if ro, why := a.ReadOnly(); ro && !*dry {
		return &exitError{code: 1, msg: "Không gộp được: " + why}
	}
	plan, err := merge.NewPlan(ctx, a, pos[1])
	if err != nil {
		return err
	}
	printMergePlan(out, a.Path(), plan)
	switch {
	case *dry:
		fmt.Fprintln(out, "\nĐây là bản xem trước (--dry-run): chưa ghi gì vào kho.")
		return nil
	case plan.Empty():
		fmt.Fprintln(out, "\nKhông có gì mới để gộp.")
		return nil
	}
	choices := map[string]merge.Choice{}
	if *theirs {
		for _, c := range plan.Conflicts {
			choices[c.Key] = merge.TakeTheirs
		}
	}
	res, err := merge.Apply(ctx, a, plan, choices)
	if err != nil {
		return err
	}
	t := res.Total()
	fmt.Fprintf(out, "\nĐã gộp: thêm %s, cập nhật %s bản ghi.", fi(t.Added), fi(t.Updated))
	if res.Mine+res.Theirs > 0 {
		fmt.Fprintf(out, " Xung đột: giữ bản của kho này %s, lấy bản của kho kia %s.", fi(res.Mine), fi(res.Theirs))
	}
	fmt.Fprintln(out)
	if res.Backup != "" {
		fmt.Fprintf(out, "Bản sao lưu trước khi gộp: %s\n", res.Backup)
	}
	return nil
}

// printMergePlan shows the plan as a table per kind of record, then the
// conflicts, the records going to the recycle bin and the possible
// duplicates.
func printMergePlan(out io.Writer, path string, p *merge.Plan) {
	fmt.Fprintf(out, "Gộp kho “%s” vào “%s” (%s).\n\n", filepath.Base(p.Other), filepath.Base(path), p.When())
	fmt.Fprintf(out, "  %-22s %8s %9s %11s %12s %9s %9s\n", "Loại bản ghi", "Thêm", "Cập nhật", "Giống nhau", "Giữ bản này", "Khớp tên", "Xung đột")
	row := func(c merge.Count) {
		fmt.Fprintf(out, "  %-22s %8s %9s %11s %12s %9s %9s\n", c.Label, fi(c.Added), fi(c.Updated), fi(c.Unchanged),
			fi(c.KeptLocal), fi(c.Matched), fi(c.Conflicts))
	}
	for _, c := range p.Tables {
		if c.Added+c.Updated+c.Unchanged+c.KeptLocal+c.Matched+c.Conflicts > 0 {
			row(c)
		}
	}
	t := p.Total()
	t.Label = "Cộng"
	row(t)
	if len(p.Conflicts) > 0 {
		fmt.Fprintf(out, "\nXung đột – sửa ở cả hai kho (%s):\n", fi(len(p.Conflicts)))
		for i, c := range p.Conflicts {
			fmt.Fprintf(out, "  %d. %s\n", i+1, c.Title())
			for _, f := range c.Fields {
				mine, theirs := f.Excerpt(70)
				fmt.Fprintf(out, "       %s: kho này “%s”; kho kia “%s”\n", f.Label, mine, theirs)
			}
			mine, theirs := c.Changes()
			fmt.Fprintf(out, "       (sửa lần cuối ở kho này %s; ở kho kia %s)\n", mine, theirs)
		}
	}
	if notes := p.Notes(); len(notes) > 0 {
		fmt.Fprintf(out, "\nCần xem lại sau khi gộp (%s):\n", fi(len(notes)))
		for _, n := range notes {
			fmt.Fprintf(out, "  - %s\n", n)
		}
	}
}
