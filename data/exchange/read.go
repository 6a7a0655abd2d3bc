package exchange

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// Cell is one cell as read: its text (for numbers, Excel's raw value) and
// its place, for messages.
type Cell struct {
	Text     string
	Row, Col int  // from 1; 0 for a cell the sheet lacks
	Err      bool // an Excel error value such as #REF! or #N/A
}

// Ref is the cell's address as Excel shows it ("C7"), or "" for a cell
// the sheet lacks. Made only for a message: a name per cell of a large
// sheet cost as much as reading it.
func (c Cell) Ref() string {
	if c.Row == 0 || c.Col == 0 {
		return ""
	}
	ref, _ := excelize.CoordinatesToCellName(c.Col, c.Row)
	return ref
}

// Sheet is the table read from a file.
type Sheet struct {
	File string // base name, for messages
	Name string // the worksheet's name ("" for CSV)
	Rows [][]Cell
}

// Limits keep a hostile or mistaken file from exhausting the computer.
const (
	MaxFileSize = 50 << 20
	MaxRows     = 200_000
	MaxCellLen  = 32_767 // Excel's own limit
)

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func readErr(code data.Code, format string, args ...any) error {
	return &data.Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ReadFile reads the first worksheet holding data of an .xlsx file, or a
// .csv file (UTF-8 with or without BOM; Windows-1258 when it is not UTF-8).
// An old .xls, a password-protected workbook, an empty or damaged file
// gives a clear Vietnamese error.
func ReadFile(path string) (*Sheet, error) {
	name := filepath.Base(path)
	st, err := os.Stat(path)
	if err != nil {
		return nil, readErr(data.ENotFound, "Không mở được tệp “%s”.", name)
	}
	if st.Size() > MaxFileSize {
		return nil, readErr(data.ETooLarge, "Tệp “%s” lớn quá %d MB; hãy chia nhỏ danh sách.", name, MaxFileSize>>20)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, &data.Error{Code: data.EIO, Message: fmt.Sprintf("Không đọc được tệp “%s”.", name), Err: err}
	}
	return Read(name, b)
}

// Read reads a spreadsheet from its bytes; name gives its kind by extension
// and names it in messages.
func Read(name string, b []byte) (*Sheet, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, readErr(data.EInvalid, "Tệp “%s” rỗng.", name)
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(b, oleMagic):
		if bytes.Contains(b, utf16le("EncryptionInfo")) {
			return nil, readErr(data.EUnsupported, "Tệp “%s” được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại.", name)
		}
		return nil, readErr(data.EUnsupported, "Tệp “%s” là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng “Sổ làm việc Excel (.xlsx)” rồi nhập tệp mới.", name)
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return readXLSX(name, b)
	case ext == ".csv" || ext == ".txt":
		return readCSV(name, b)
	case ext == ".xls":
		return nil, readErr(data.EUnsupported, "Tệp “%s” là định dạng Excel cũ (.xls). Hãy lưu lại dưới dạng .xlsx.", name)
	}
	return nil, readErr(data.EUnsupported, "Tệp “%s” không phải bảng tính Excel (.xlsx) hay CSV.", name)
}

func utf16le(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func readXLSX(name string, b []byte) (*Sheet, error) {
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookFileFormat) || errors.Is(err, excelize.ErrWorkbookPassword) {
			return nil, readErr(data.EUnsupported, "Tệp “%s” được đặt mật khẩu hoặc không phải sổ làm việc Excel.", name)
		}
		return nil, &data.Error{Code: data.EUnsupported, Message: fmt.Sprintf("Tệp “%s” bị hỏng hoặc không phải sổ làm việc Excel (.xlsx).", name), Err: err}
	}
	defer f.Close()
	for _, sh := range f.GetSheetList() {
		rows, err := f.Rows(sh)
		if err != nil {
			return nil, &data.Error{Code: data.EUnsupported, Message: fmt.Sprintf("Không đọc được trang “%s” của tệp “%s”.", sh, name), Err: err}
		}
		s := &Sheet{File: name, Name: sh}
		r := 0
		for rows.Next() {
			r++
			if r > MaxRows {
				rows.Close()
				return nil, readErr(data.ETooLarge, "Trang “%s” có hơn %s dòng; hãy chia nhỏ danh sách.", sh, fmtInt(MaxRows))
			}
			cols, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				rows.Close()
				return nil, &data.Error{Code: data.EUnsupported, Message: fmt.Sprintf("Dòng %d của trang “%s” không đọc được.", r, sh), Err: err}
			}
			s.Rows = append(s.Rows, cells(cols, r))
		}
		rows.Close()
		if hasData(s) {
			return s, nil
		}
	}
	return nil, readErr(data.EInvalid, "Tệp “%s” không có dữ liệu (các trang đều trống).", name)
}

func cells(cols []string, row int) []Cell {
	out := make([]Cell, len(cols))
	for i, c := range cols {
		if len(c) > MaxCellLen {
			c = c[:MaxCellLen]
		}
		out[i] = Cell{Text: c, Row: row, Col: i + 1, Err: isExcelError(c)}
	}
	return out
}

func isExcelError(s string) bool {
	if !strings.Contains(s, "#") {
		return false
	}
	switch strings.TrimSpace(s) {
	case "#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!":
		return true
	}
	return false
}

func hasData(s *Sheet) bool {
	for _, r := range s.Rows {
		for _, c := range r {
			if strings.TrimSpace(c.Text) != "" {
				return true
			}
		}
	}
	return false
}

func readCSV(name string, b []byte) (*Sheet, error) {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if !utf8.Valid(b) {
		// Excel's plain "CSV" on a Vietnamese Windows writes Windows-1258.
		if d, err := charmap.Windows1258.NewDecoder().Bytes(b); err == nil {
			b = d
		}
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = sniffComma(b)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	s := &Sheet{File: name}
	for row := 1; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &data.Error{Code: data.EInvalid, Message: fmt.Sprintf("Dòng %d của tệp “%s” không đúng định dạng CSV.", row, name), Err: err}
		}
		if row > MaxRows {
			return nil, readErr(data.ETooLarge, "Tệp “%s” có hơn %s dòng; hãy chia nhỏ danh sách.", name, fmtInt(MaxRows))
		}
		s.Rows = append(s.Rows, cells(rec, row))
	}
	if !hasData(s) {
		return nil, readErr(data.EInvalid, "Tệp “%s” không có dữ liệu.", name)
	}
	return s, nil
}

// sniffComma picks the separator of the first line: Excel uses ";" where
// the decimal mark is a comma, as on Vietnamese Windows.
func sniffComma(b []byte) rune {
	line := b
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		line = b[:i]
	}
	best, n := ',', bytes.Count(line, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if k := bytes.Count(line, []byte(string(c))); k > n {
			best, n = c, k
		}
	}
	return best
}

func fmtInt(n int) string { return vntext.FormatInt(int64(n)) }
