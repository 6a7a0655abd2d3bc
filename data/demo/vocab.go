// Package demo generates a deterministic, realistic archive for a fictitious province, for trying the program and for benchmarks.
//
// The vocabulary half of the package (the vocab*.go files) holds the fixed
// data of the fictitious province (its units before and after the 2025
// reorganisation) and the generators of Vietnamese text: names of models and
// exemplars, places, people, positions and the paragraphs of a registration
// form. Every generator draws only from the *rand.Rand it is given, so equal
// seeds give equal output.
package demo

import (
	"math/rand/v2"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// ProvinceName is the name of the fictitious province (no Vietnamese
// province, before or after the 2025 merger, bears it), also the place
// name in the dates of the office's documents, as provincial Party bodies
// write it ("Phước Sơn, ngày 05 tháng 02 năm 2026"); CapitalName is the
// provincial capital, whose Thành ủy is one of the units.
const ProvinceName, CapitalName = "Phước Sơn", "Tân Phước"

// Fields lists the four fields of the movement, in this order, as printed.
var Fields = []string{
	"Kinh tế",
	"Văn hóa – xã hội",
	"Quốc phòng – an ninh",
	"Xây dựng hệ thống chính trị",
}

// Field indexes into Fields.
const (
	fieldEconomy = iota
	fieldSociety
	fieldSecurity
	fieldPolitics
)

// Kinds of entries accepted by ModelName.
const (
	KindModel              = "mo_hinh"
	KindCollectiveExemplar = "dien_hinh_tap_the"
	KindIndividualExemplar = "dien_hinh_ca_nhan"
)

// Section identifies a content field of a record.
type Section int

// The sections of a registration form, in the order they are printed.
const (
	Situation   Section = iota // thực trạng, lý do
	Objectives                 // mục tiêu, tiêu chí
	Method                     // nội dung, cách làm
	Scope                      // phạm vi, đối tượng
	Forces                     // lực lượng tham gia và vai trò
	Resources                  // nguồn lực
	TimeFrame                  // thời gian thực hiện
	Results                    // kết quả, hiệu quả
	Replication                // nhân rộng
	Notes                      // ghi chú
)

// NumSections is the number of sections; valid sections are 0 to NumSections-1.
const NumSections = int(Notes) + 1

var sectionTitles = [NumSections]string{
	"Thực trạng, lý do",
	"Mục tiêu, tiêu chí",
	"Nội dung, cách làm",
	"Phạm vi, đối tượng",
	"Lực lượng tham gia và vai trò",
	"Nguồn lực",
	"Thời gian thực hiện",
	"Kết quả, hiệu quả",
	"Nhân rộng",
	"Ghi chú",
}

// String returns the heading of the section as printed on a form.
func (s Section) String() string {
	if s < 0 || int(s) >= NumSections {
		return "Section(" + strconv.Itoa(int(s)) + ")"
	}
	return sectionTitles[s]
}

// pick returns a uniformly chosen element of list.
func pick(r *rand.Rand, list []string) string {
	return list[r.IntN(len(list))]
}

// between returns an integer in [lo, hi].
func between(r *rand.Rand, lo, hi int) int {
	return lo + r.IntN(hi-lo+1)
}

// clampField maps an out-of-range field index to a valid one.
func clampField(field int) int {
	if field < 0 || field >= len(Fields) {
		return ((field % len(Fields)) + len(Fields)) % len(Fields)
	}
	return field
}

// capFirst upper-cases the first letter of s.
func capFirst(s string) string {
	c, n := utf8.DecodeRuneInString(s)
	if c == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(c)) + s[n:]
}

// fmtInt formats n with '.' as the thousands separator: 12500 → "12.500".
func fmtInt(n int) string { return vntext.FormatInt(int64(n)) }

// fmtDec formats tenths/10 with one decimal, Vietnamese style, dropping a
// zero decimal: 18 → "1,8", 3210 → "321", 12345 → "1.234,5".
func fmtDec(tenths int) string {
	whole, frac := tenths/10, tenths%10
	if frac == 0 {
		return fmtInt(whole)
	}
	return fmtInt(whole) + "," + strconv.Itoa(frac)
}

// fmtMoney formats an amount given in millions of đồng: 750 → "750 triệu
// đồng", 1840 → "1,8 tỷ đồng".
func fmtMoney(millions int) string {
	if millions < 1000 {
		return fmtInt(millions) + " triệu đồng"
	}
	return fmtDec((millions+50)/100) + " tỷ đồng"
}

// pct returns a percentage between lo and hi tenths, formatted with one
// decimal and the sign: "94,5%".
func pct(r *rand.Rand, loTenths, hiTenths int) string {
	return fmtDec(between(r, loTenths, hiTenths)) + "%"
}
