package main

import (
	"context"
	"flag"
	"os"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
)

// The report on the movement's results, of a year (--year) or of a phase
// (--phase alone), for the province or one unit (--unit). Its text is the
// one saved in the archive from the window program, or the default, or
// the file given with --narrative.
func init() {
	addReportKind(reportKind{name: "bao-cao", title: "Báo cáo kết quả phong trào thi đua “Dân vận khéo” (năm hoặc giai đoạn)",
		setup: func(fs *flag.FlagSet, ff *filterFlags) func(context.Context, *data.Archive) (*report.Doc, error) {
			number := fs.String("number", "", "")
			date := fs.String("date", "", "")
			narrative := fs.String("narrative", "", "")
			return func(ctx context.Context, a *data.Archive) (*report.Doc, error) {
				if ff.search != "" || ff.field != "" || ff.kind != "" || ff.deleted {
					return nil, &exitError{code: 2, msg: "Báo cáo kết quả phong trào chỉ chọn theo --phase, --year và --unit."}
				}
				d, err := dateFlag(*date)
				if err != nil {
					return nil, err
				}
				p := report.SummaryParams{PhaseID: ff.resolved.PhaseID, Year: ff.resolved.Year, UnitID: ff.resolved.UnitID,
					Number: *number, Date: d}
				if *narrative != "" {
					b, err := os.ReadFile(*narrative)
					if err != nil {
						return nil, &exitError{code: 1, msg: "Không đọc được tệp nội dung báo cáo " + *narrative + "."}
					}
					if p.Narrative = string(b); strings.TrimSpace(p.Narrative) == "" {
						return nil, &exitError{code: 1, msg: "Tệp nội dung báo cáo " + *narrative + " không có chữ nào."}
					}
				}
				return report.Summary(ctx, a, p, nil)
			}
		}})
}
