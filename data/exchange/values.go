package exchange

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// clean turns a cell into stored text: legacy encodings converted, NFC,
// trimmed. converted reports a conversion, shown in the preview.
func clean(c Cell) (text string, converted bool) {
	fixed, enc := vntext.FixLegacy(c.Text)
	return vntext.CleanText(fixed), enc != vntext.Unicode
}

// parseYear reads a year from a cell: a bare year, an Excel date serial
// number, or a date written dd/mm/yyyy, d/m/yy or "năm 2024".
func parseYear(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	f := strings.Join(vntext.Words(s), " ")
	f = strings.TrimPrefix(f, "nam ")
	if n, err := strconv.Atoi(f); err == nil && n >= 1900 && n <= 2200 {
		return n, nil
	}
	if x, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64); err == nil && !math.IsNaN(x) && !math.IsInf(x, 0) {
		if x >= 1900 && x <= 2200 && x == math.Trunc(x) {
			return int(x), nil
		}
		if x > 3000 && x < 2958466 { // Excel's dates run to 31/12/9999
			t, err := excelize.ExcelDateToTime(x, false)
			if err == nil && t.Year() >= 1900 && t.Year() <= 2200 {
				return t.Year(), nil
			}
		}
		return 0, fmt.Errorf("“%s” không phải là năm", s)
	}
	if t, err := vntext.ParseDate(s); err == nil {
		return t.Year(), nil
	}
	return 0, fmt.Errorf("“%s” không phải là năm (ghi 2024, hoặc ngày 05/02/2024)", s)
}

// parseKind reads the kind of an entry: "mô hình", "điển hình tập thể",
// "điển hình cá nhân" and the short forms offices write.
func parseKind(s string) (data.Kind, error) {
	f := strings.Join(vntext.Words(s), " ")
	switch {
	case f == "":
		return "", nil
	case strings.Contains(f, "ca nhan"):
		return data.KindIndividual, nil
	case strings.Contains(f, "tap the"), f == "dh tt", f == "dhtt":
		return data.KindCollective, nil
	case strings.Contains(f, "mo hinh"), f == "mh":
		return data.KindModel, nil
	case f == "dh cn", f == "dhcn":
		return data.KindIndividual, nil
	}
	return "", fmt.Errorf("loại “%s” không rõ (ghi: mô hình, điển hình tập thể hoặc điển hình cá nhân)", strings.TrimSpace(s))
}

// parseCount reads a whole number such as "12" or "1.045".
func parseCount(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	x, err := vntext.ParseNumber(s)
	if err != nil || x < 0 || x > 1e6 || x != math.Trunc(x) {
		return 0, fmt.Errorf("“%s” không phải là số nguyên", s)
	}
	return int(x), nil
}

// isTotalRow tells a "Tổng cộng" or "Cộng" line from an entry.
func isTotalRow(name string) bool {
	f := strings.Join(vntext.Words(name), " ")
	return f == "tong" || f == "cong" || strings.HasPrefix(f, "tong cong") || strings.HasPrefix(f, "cong ") && len(f) < 20 ||
		strings.HasPrefix(f, "tong so")
}
