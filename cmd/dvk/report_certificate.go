package main

import (
	"context"
	"flag"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/report"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Certificates are printed in two ways: the whole design on blank paper,
// or (--overlay) only the variable texts onto the office's pre-printed
// forms, at the positions calibrated for the form; the calibration page
// is its own kind, printed onto a blank form to measure those positions.
func init() {
	addReportKind(reportKind{name: "giay-khen", title: "Giấy khen, bằng khen (A4 ngang, mỗi khen thưởng một trang)",
		setup: certificateFlags})
	addReportKind(reportKind{name: "hieu-chinh", title: "Trang hiệu chỉnh vị trí in giấy khen trên phôi (lưới milimét)",
		setup: func(fs *flag.FlagSet, ff *filterFlags) func(context.Context, *data.Archive) (*report.Doc, error) {
			form := fs.String("form", "", "")
			return func(ctx context.Context, a *data.Archive) (*report.Doc, error) {
				id, err := certFormFlag(ctx, a, *form, true)
				if err != nil {
					return nil, err
				}
				return report.CalibrationPage(ctx, a, id, nil)
			}
		}})
}

// certFormFlag finds the award form named on the command line.
func certFormFlag(ctx context.Context, a *data.Archive, name string, required bool) (int64, error) {
	if strings.TrimSpace(name) == "" {
		if required {
			return 0, &exitError{code: 2, msg: "Hãy cho biết hình thức khen thưởng: --form \"Bằng khen của Ban Thường vụ Tỉnh ủy\"."}
		}
		return 0, nil
	}
	return pickNamed(ctx, "hình thức khen thưởng", name, a.AwardForms,
		func(f *data.AwardForm) named { return named{f.ID, f.Name} })
}

// awardStatusFlag reads --status of the commendation documents: de-nghi
// (proposed) or da-khen (granted), with or without the marks.
func awardStatusFlag(s string) (data.AwardStatus, bool) {
	switch strings.Join(vntext.Words(s), "-") {
	case "de-nghi":
		return data.AwardProposed, true
	case "da-khen", "da-khen-thuong":
		return data.AwardGranted, true
	}
	return "", false
}

// certificateFlags declares the options of "giay-khen": --year (the
// commendation year), --unit and --search of the filters, --form, --status,
// --entry, --prefix, --signer (the printed name of who signs) and --overlay.
func certificateFlags(fs *flag.FlagSet, ff *filterFlags) func(context.Context, *data.Archive) (*report.Doc, error) {
	form := fs.String("form", "", "")
	status := fs.String("status", "da-khen", "")
	entries := fs.String("entry", "", "")
	prefix := fs.String("prefix", "", "")
	overlay := fs.Bool("overlay", false, "")
	signer := fs.String("signer", "", "")
	return func(ctx context.Context, a *data.Archive) (*report.Doc, error) {
		if ff.phase != "" || ff.field != "" || ff.kind != "" || ff.deleted {
			return nil, &exitError{code: 2, msg: "Giấy khen chỉ chọn theo --year, --form, --status, --unit, --search và --entry."}
		}
		p := report.CertificateParams{Year: ff.year, UnitID: ff.resolved.UnitID, Text: ff.search, Overlay: *overlay,
			SignerName: *signer}
		var err error
		if p.FormID, err = certFormFlag(ctx, a, *form, false); err != nil {
			return nil, err
		}
		var ok bool
		if p.Status, ok = awardStatusFlag(*status); !ok {
			return nil, &exitError{code: 2, msg: "Trạng thái (--status) phải là da-khen hoặc de-nghi."}
		}
		switch strings.Join(vntext.Words(*prefix), "-") {
		case "": // the form's saved choice
		case "dong-chi":
			p.Prefix = "Đồng chí"
		case "ong-ba":
			p.Prefix = "Ông (Bà)"
		case "khong":
			p.Prefix = report.PrefixNone
		default:
			return nil, &exitError{code: 2, msg: "Danh xưng (--prefix) phải là dong-chi, ong-ba hoặc khong."}
		}
		for _, s := range strings.FieldsFunc(*entries, func(r rune) bool { return r == ',' || r == ' ' }) {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil || id <= 0 {
				return nil, &exitError{code: 2, msg: "Mã mô hình (--entry) phải là số, cách nhau bằng dấu phẩy: " + s}
			}
			p.EntryIDs = append(p.EntryIDs, id)
		}
		return report.Certificates(ctx, a, p, nil)
	}
}
