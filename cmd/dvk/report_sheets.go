package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// maxProfiles bounds the files one command prints from a filter: a
// forgotten filter would otherwise lay out the whole province's archive.
const maxProfiles = 500

// idList is an option that may be given several times: --entry 12 --entry 15.
type idList []int64

func (l *idList) String() string { return fmt.Sprint([]int64(*l)) }

func (l *idList) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		id, err := strconv.ParseInt(strings.TrimSpace(part), 10, 64)
		if err != nil || id <= 0 {
			return fmt.Errorf("mã %q không phải là số", part)
		}
		*l = append(*l, id)
	}
	return nil
}

func init() {
	addReportKind(reportKind{name: "phieu-danh-gia", title: "Phiếu đánh giá, chấm điểm (A4 dọc)",
		setup: func(fs *flag.FlagSet, ff *filterFlags) func(context.Context, *data.Archive) (*report.Doc, error) {
			evaluation := fs.Int64("evaluation", 0, "")
			entry := fs.Int64("entry", 0, "")
			all := fs.Bool("all", false, "")
			blank := fs.Bool("blank", false, "")
			return func(ctx context.Context, a *data.Archive) (*report.Doc, error) {
				// --year is the filters' option; here it is the year scored.
				p := report.EvaluationParams{EvaluationID: *evaluation, EntryID: *entry, Year: ff.year, Blank: *blank}
				switch {
				case *evaluation != 0:
					p.EntryID, p.Year = 0, 0
				case *entry != 0 && ff.year != 0, *all && ff.year != 0:
				default:
					return nil, &exitError{code: 2, msg: "Hãy cho biết phiếu cần in: --evaluation MÃ, hoặc --entry MÃ --year NĂM, hoặc --year NĂM --all (mọi phiếu của năm).\nThêm --blank để in phiếu trắng chấm tay."}
				}
				d, err := report.Evaluation(ctx, a, p, nil)
				if data.ErrorCode(err) == data.ENotFound && *entry != 0 && !*blank {
					return nil, &exitError{code: 1, msg: data.ErrorMessage(err) + " (thêm --blank)"}
				}
				return d, err
			}
		}})
	addReportKind(reportKind{name: "ho-so", title: "Hồ sơ mô hình, điển hình (A4 dọc)",
		setup: func(fs *flag.FlagSet, ff *filterFlags) func(context.Context, *data.Archive) (*report.Doc, error) {
			var entries idList
			fs.Var(&entries, "entry", "")
			date := fs.String("date", "", "")
			return func(ctx context.Context, a *data.Archive) (*report.Doc, error) {
				d, err := dateFlag(*date)
				if err != nil {
					return nil, err
				}
				ids := []int64(entries)
				if len(ids) == 0 {
					if ids, err = profileIDs(ctx, a, ff); err != nil {
						return nil, err
					}
				}
				return report.Profile(ctx, a, report.ProfileParams{EntryIDs: ids, Date: d}, nil)
			}
		}})
}

// profileIDs selects the entries of the filters, in their order, refusing
// no filter at all and more than maxProfiles files unless --limit says
// how many to take.
func profileIDs(ctx context.Context, a *data.Archive, ff *filterFlags) ([]int64, error) {
	if ff.search == "" && ff.phase == "" && ff.unit == "" && ff.field == "" && ff.kind == "" && ff.year == 0 && !ff.deleted {
		return nil, &exitError{code: 2, msg: "Hãy chọn mô hình, điển hình: --entry MÃ (có thể lặp lại), hoặc lọc bằng --search, --phase, --unit, --field, --year, --kind."}
	}
	ids, err := a.EntryIDs(ctx, ff.resolved)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, &exitError{code: 1, msg: "Không có mô hình, điển hình nào khớp bộ lọc."}
	}
	if ff.limit > 0 && ff.limit < len(ids) {
		ids = ids[:ff.limit]
	}
	if len(ids) > maxProfiles {
		return nil, &exitError{code: 1, msg: fmt.Sprintf("Có %s mô hình, điển hình khớp bộ lọc; mỗi lần chỉ in tối đa %s hồ sơ. Hãy lọc hẹp hơn hoặc dùng --limit.",
			fi(len(ids)), fi(maxProfiles))}
	}
	return ids, nil
}
