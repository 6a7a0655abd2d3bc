// Command dvk does the archive's jobs without a window: create, fill with
// demo data, check, back up, restore, list and count. Administrators use it
// in scripts; the tests use it as a real separate process. Every message is
// Vietnamese; errors go to standard error with a non-zero exit status.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/danvankheo/danvankheo/data"
)

const usage = `dvk – công cụ dòng lệnh của chương trình Dân vận khéo

Cách dùng:
  dvk new TỆP                      tạo kho dữ liệu mới, trống
  dvk demo TỆP [--entries N]       tạo kho mẫu (mặc định 1.805 mô hình, điển hình của hai giai đoạn)
  dvk check TỆP                    kiểm tra toàn vẹn, phiên bản, số bản ghi
  dvk backup TỆP [--to THƯ_MỤC]    sao lưu kho
  dvk restore BẢN_SAO_LƯU TỆP      khôi phục kho từ bản sao lưu
  dvk merge TỆP KHO_KIA [--dry-run] [--theirs]
                                   gộp kho khác (--dry-run: xem trước; --theirs: ưu tiên kho kia)
  dvk list TỆP [bộ lọc]            liệt kê mô hình, điển hình theo thứ tự tiếng Việt
  dvk stats TỆP [bộ lọc]           thống kê
  dvk import TỆP BẢNG_TÍNH.xlsx [--dry-run] [--update] [--create]
                                   nhập danh sách từ Excel/CSV (chạy thử trước với --dry-run)
  dvk export TỆP RA.xlsx [bộ lọc] [--stats | --template]
                                   xuất danh sách, thống kê hoặc mẫu đăng ký ra Excel
  dvk report LOẠI TỆP [bộ lọc] [tùy chọn] -o TỆP.pdf
                                   lập văn bản PDF (gõ "dvk report" để xem các loại); -o TỆP.docx:
                                   tệp Word để sửa (báo cáo, danh sách, tờ trình, danh sách đề nghị)
  dvk version                      in phiên bản của chương trình

Bộ lọc (list, stats):
  --search CHỮ    tìm không phân biệt hoa thường; từ gõ không dấu khớp mọi cách viết,
                  từ gõ có dấu chỉ khớp đúng dấu ấy; kết quả khớp nhất lên trước
  --phase GĐ      giai đoạn, ví dụ 2016-2020
  --unit ĐV       đơn vị (gồm cả đơn vị cấp dưới), tên hoặc một phần tên
  --field LV      lĩnh vực
  --year NĂM      năm đăng ký
  --kind LOẠI     mo-hinh, tap-the hoặc ca-nhan
  --deleted       các bản ghi trong thùng rác
  --sort THEO     name (tên), unit (đơn vị), year (năm), updated (lần sửa cuối);
                  không ghi: theo tên (khi tìm: kết quả khớp nhất lên trước)
  --limit N       chỉ in N dòng đầu
`

// exitError carries the exit status of a failed command.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	if err == nil {
		return
	}
	code := 1
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
		if ee.msg != "" {
			fmt.Fprintln(os.Stderr, ee.msg)
		}
	} else {
		fmt.Fprintln(os.Stderr, "Lỗi: "+data.ErrorMessage(err))
	}
	os.Exit(code)
}

func run(ctx context.Context, args []string, out, errOut io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(out, usage)
		if len(args) == 0 {
			return &exitError{code: 2}
		}
		return nil
	}
	cmds := map[string]func(context.Context, []string, io.Writer, io.Writer) error{
		"new": cmdNew, "demo": cmdDemo, "check": cmdCheck, "backup": cmdBackup,
		"restore": cmdRestore, "list": cmdList, "stats": cmdStats, "report": cmdReport,
		"merge":  cmdMerge,
		"import": cmdImport, "export": cmdExport,
		"version": cmdVersion, "--version": cmdVersion,
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		return &exitError{code: 2, msg: fmt.Sprintf("Lệnh %q không có. Gõ \"dvk help\" để xem các lệnh.", args[0])}
	}
	return cmd(ctx, args[1:], out, errOut)
}

// parse reads flags wherever they stand among the positional arguments and
// requires exactly want positional arguments, named in what.
func parse(fs *flag.FlagSet, args []string, what ...string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, &exitError{code: 2, msg: "Tham số không đúng: " + flagMessage(err) + "\nGõ \"dvk help\" để xem cách dùng."}
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if len(pos) != len(what) {
		return nil, &exitError{code: 2, msg: fmt.Sprintf("Lệnh %s cần: %s.\nGõ \"dvk help\" để xem cách dùng.", fs.Name(), strings.Join(what, ", "))}
	}
	return pos, nil
}

func flagMessage(err error) string {
	s := err.Error()
	switch {
	case strings.HasPrefix(s, "flag provided but not defined: "):
		return "không có tùy chọn " + strings.TrimPrefix(s, "flag provided but not defined: ")
	case strings.HasPrefix(s, "flag needs an argument: "):
		return "tùy chọn " + strings.TrimPrefix(s, "flag needs an argument: ") + " cần một giá trị"
	case strings.Contains(s, "invalid value"):
		return "giá trị không hợp lệ (" + s + ")"
	}
	return s
}
