package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// filterFlags are the options list and stats share.
type filterFlags struct {
	search, phase, unit, field, kind, sort string
	year, limit                            int
	deleted                                bool
	resolved                               data.EntryFilter // after resolve
}

// resolve turns the options into a filter for the archive.
func (f *filterFlags) resolve(ctx context.Context, a *data.Archive) error {
	var err error
	f.resolved, err = f.filter(ctx, a)
	return err
}

func (f *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.search, "search", "", "")
	fs.StringVar(&f.phase, "phase", "", "")
	fs.StringVar(&f.unit, "unit", "", "")
	fs.StringVar(&f.field, "field", "", "")
	fs.StringVar(&f.kind, "kind", "", "")
	fs.StringVar(&f.sort, "sort", "", "") // none given: by name, the best matches first when searching
	fs.IntVar(&f.year, "year", 0, "")
	fs.IntVar(&f.limit, "limit", 0, "")
	fs.BoolVar(&f.deleted, "deleted", false, "")
}

// named is a catalogue item that can be chosen by name on the command line.
type named struct {
	id   int64
	name string
}

// resolve finds the item the user meant: an exact match of the folded words
// ("2016-2020" matches "2016–2020"), else the only item containing them.
func resolve(what, input string, items []named) (int64, error) {
	want := strings.Join(vntext.Words(input), " ")
	if id, err := strconv.ParseInt(input, 10, 64); err == nil {
		for _, it := range items {
			if it.id == id {
				return id, nil
			}
		}
	}
	var partial []named
	for _, it := range items {
		got := strings.Join(vntext.Words(it.name), " ")
		if got == want {
			return it.id, nil
		}
		if want != "" && strings.Contains(" "+got+" ", " "+want) {
			partial = append(partial, it)
		}
	}
	switch len(partial) {
	case 1:
		return partial[0].id, nil
	case 0:
		return 0, &exitError{code: 1, msg: fmt.Sprintf("Không tìm thấy %s %q.", what, input)}
	}
	var list []string
	for i, it := range partial {
		if i == 8 {
			list = append(list, "…")
			break
		}
		list = append(list, "  - "+it.name)
	}
	return 0, &exitError{code: 1, msg: fmt.Sprintf("Có nhiều %s khớp với %q, hãy ghi rõ hơn:\n%s", what, input, strings.Join(list, "\n"))}
}

// pickNamed resolves input against a catalogue; empty input means none.
func pickNamed[T any](ctx context.Context, what, input string, load func(context.Context) ([]T, error), name func(T) named) (int64, error) {
	if input == "" {
		return 0, nil
	}
	all, err := load(ctx)
	if err != nil {
		return 0, err
	}
	items := make([]named, len(all))
	for i, x := range all {
		items[i] = name(x)
	}
	return resolve(what, input, items)
}

func (f *filterFlags) filter(ctx context.Context, a *data.Archive) (data.EntryFilter, error) {
	ef := data.EntryFilter{Text: f.search, Year: f.year, Limit: f.limit, Deleted: f.deleted}
	var err error
	if ef.PhaseID, err = pickNamed(ctx, "giai đoạn", f.phase, a.Phases, func(p *data.Phase) named { return named{p.ID, p.Name} }); err != nil {
		return ef, err
	}
	if ef.UnitID, err = pickNamed(ctx, "đơn vị", f.unit, a.Units, func(u *data.Unit) named { return named{u.ID, u.Name} }); err != nil {
		return ef, err
	}
	if ef.FieldID, err = pickNamed(ctx, "lĩnh vực", f.field, a.Fields, func(x *data.Field) named { return named{x.ID, x.Name} }); err != nil {
		return ef, err
	}
	switch strings.Join(vntext.Words(f.kind), "-") {
	case "":
	case "mo-hinh":
		ef.Kind = data.KindModel
	case "tap-the", "dien-hinh-tap-the":
		ef.Kind = data.KindCollective
	case "ca-nhan", "dien-hinh-ca-nhan":
		ef.Kind = data.KindIndividual
	default:
		return ef, &exitError{code: 2, msg: "Loại (--kind) phải là mo-hinh, tap-the hoặc ca-nhan."}
	}
	switch f.sort {
	case "":
		ef.Rank = true
	case "name", "ten":
		ef.Sort = data.SortName
	case "unit", "don-vi":
		ef.Sort = data.SortUnit
	case "year", "nam":
		ef.Sort = data.SortYear
	case "updated":
		ef.Sort, ef.Desc = data.SortUpdated, true
	default:
		return ef, &exitError{code: 2, msg: "Cách sắp xếp (--sort) phải là name, unit, year hoặc updated."}
	}
	return ef, nil
}

func cmdList(ctx context.Context, args []string, out, _ io.Writer) error {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	var ff filterFlags
	ff.register(fs)
	pos, err := parse(fs, args, "TỆP")
	if err != nil {
		return err
	}
	a, err := openReadOnly(ctx, pos[0])
	if err != nil {
		return err
	}
	defer a.Close()
	f, err := ff.filter(ctx, a)
	if err != nil {
		return err
	}
	rows, total, err := a.FindEntries(ctx, f)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "STT\tTên mô hình, điển hình\tLoại\tĐơn vị\tLĩnh vực\tNăm\tCông nhận gần nhất")
	for i, r := range rows {
		rec := ""
		if r.RecStatus != "" {
			rec = fmt.Sprintf("%s %d", r.RecStatus.Label(), r.RecYear)
			if r.RecLevel != "" {
				rec += " (" + strings.ToLower(r.RecLevel) + ")"
			}
		}
		fmt.Fprintf(out, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", f.Offset+i+1, r.Name, r.Kind.Label(), r.Unit, r.Field, r.Year, rec)
	}
	if len(rows) < total {
		fmt.Fprintf(out, "Đã in %s trong tổng số %s mô hình, điển hình.\n", fi(len(rows)), fi(total))
	} else {
		fmt.Fprintf(out, "Tổng số: %s mô hình, điển hình.\n", fi(total))
	}
	return nil
}

func cmdStats(ctx context.Context, args []string, out, _ io.Writer) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	var ff filterFlags
	ff.register(fs)
	pos, err := parse(fs, args, "TỆP")
	if err != nil {
		return err
	}
	a, err := openReadOnly(ctx, pos[0])
	if err != nil {
		return err
	}
	defer a.Close()
	f, err := ff.filter(ctx, a)
	if err != nil {
		return err
	}
	st, err := a.Stats(ctx, f)
	if err != nil {
		return err
	}
	printStats(out, st)
	return nil
}

func printStats(out io.Writer, st *data.Stats) {
	fmt.Fprintf(out, "Tổng số mô hình, điển hình: %s\n\nTheo loại:\n", fi(st.Total))
	for _, c := range st.ByKind {
		fmt.Fprintf(out, "  %-28s %8s\n", c.Label, fi(c.N))
	}
	fmt.Fprintln(out, "\nTheo lĩnh vực:")
	for _, c := range st.Fields {
		fmt.Fprintf(out, "  %-28s %8s\n", c.Label, fi(c.N))
	}
	fmt.Fprint(out, "\nTheo đơn vị và lĩnh vực:\nĐơn vị")
	for _, c := range st.Fields {
		fmt.Fprint(out, "\t"+c.Label)
	}
	fmt.Fprintln(out, "\tCộng")
	for _, r := range st.ByUnit {
		fmt.Fprint(out, r.Unit)
		for _, n := range r.ByField {
			fmt.Fprint(out, "\t"+fi(n))
		}
		fmt.Fprintln(out, "\t"+fi(r.Total))
	}
	fmt.Fprintln(out, "\nTheo năm đăng ký:")
	for _, c := range st.ByYear {
		fmt.Fprintf(out, "  %s: %s\n", c.Label, fi(c.N))
	}
	fmt.Fprintln(out, "\nCông nhận theo năm và cấp:")
	for _, c := range st.Recognitions {
		level := c.Level
		if level == "" {
			level = "—"
		}
		fmt.Fprintf(out, "  %d\t%s\t%s\t%s\n", c.Year, level, c.Status.Label(), fi(c.N))
	}
	fmt.Fprintln(out, "\nKhen thưởng theo năm và hình thức:")
	for _, c := range st.Commendations {
		fmt.Fprintf(out, "  %d\t%s\t%s\t%s\n", c.Year, c.Form, c.Status.Label(), fi(c.N))
	}
}
