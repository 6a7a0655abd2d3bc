package main

import (
	"context"
	"flag"
	"os"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// The proposal for a commendation is two documents: the submission with
// its list attached (what the office signs and sends up), and the list
// alone (to print it again, or the list of the awards made).
func init() {
	addReportKind(reportKind{name: "to-trinh", title: "Tờ trình đề nghị khen thưởng, kèm danh sách",
		setup: func(fs *flag.FlagSet, ff *filterFlags) func(context.Context, *data.Archive) (*report.Doc, error) {
			return proposalFlags(fs, ff, report.Proposal)
		}})
	addReportKind(reportKind{name: "danh-sach-de-nghi", title: "Danh sách đề nghị khen thưởng (A4 ngang)",
		setup: func(fs *flag.FlagSet, ff *filterFlags) func(context.Context, *data.Archive) (*report.Doc, error) {
			return proposalFlags(fs, ff, report.ProposalList)
		}})
}

type proposalMaker func(context.Context, *data.Archive, report.ProposalParams, *report.Fonts) (*report.Doc, error)

// proposalFlags declares the options of both kinds: --year (of the
// filters), --form by name as --unit is given, --status, the submission's
// number (the list cites it: a danh sách has no number of its own), the
// date, whom the submission goes to and its text from a file.
func proposalFlags(fs *flag.FlagSet, ff *filterFlags, build proposalMaker) func(context.Context, *data.Archive) (*report.Doc, error) {
	form := fs.String("form", "", "")
	status := fs.String("status", "de-nghi", "")
	number := fs.String("number", "", "")
	date := fs.String("date", "", "")
	recipient := fs.String("recipient", "", "")
	bodyFile := fs.String("body-file", "", "")
	return func(ctx context.Context, a *data.Archive) (*report.Doc, error) {
		if ff.search != "" || ff.phase != "" || ff.unit != "" || ff.field != "" || ff.kind != "" || ff.deleted {
			return nil, &exitError{code: 2, msg: "Tờ trình và danh sách đề nghị khen thưởng chỉ chọn theo --year, --form và --status."}
		}
		formID, err := certFormFlag(ctx, a, *form, true)
		if err != nil {
			return nil, err
		}
		p := report.ProposalParams{Year: ff.year, FormID: formID, Number: *number,
			Recipient: strings.ReplaceAll(*recipient, `\n`, "\n")}
		var ok bool
		if p.Status, ok = awardStatusFlag(*status); !ok {
			return nil, &exitError{code: 2, msg: "Trạng thái (--status) phải là de-nghi hoặc da-khen."}
		}
		if p.Date, err = dateFlag(*date); err != nil {
			return nil, err
		}
		if *bodyFile != "" {
			b, err := os.ReadFile(*bodyFile)
			if err != nil {
				return nil, &data.Error{Code: data.EIO, Message: "Không đọc được tệp nội dung tờ trình " + *bodyFile + ".", Err: err}
			}
			p.Body = vntext.CleanText(strings.TrimPrefix(string(b), "\ufeff"))
		}
		return build(ctx, a, p, nil)
	}
}
