package exchange_test

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/exchange"
)

// BenchmarkImport10k reads, plans and applies a 10,000-row list into an
// archive (each iteration a fresh copy of the same empty archive).
func BenchmarkImport10k(b *testing.B) {
	units := archive(b, 0)
	us, err := units.Units(ctx)
	must(b, err)
	rows := [][]any{{"STT", "Tên mô hình, điển hình", "Đơn vị thực hiện", "Lĩnh vực", "Loại", "Năm đăng ký", "Nội dung, cách làm", "Kết quả, hiệu quả"}}
	fields := []string{"Kinh tế", "Văn hóa – xã hội", "Quốc phòng – an ninh", "Xây dựng hệ thống chính trị"}
	n := 0
	for i := 0; len(rows) <= 10_000; i++ {
		u := us[i%len(us)]
		if u.ValidTo != "" && u.ValidTo < "2025-01-01" {
			continue
		}
		n++
		rows = append(rows, []any{n, "Mô hình nhập thử số " + strconv.Itoa(n) + " về vận động nhân dân", u.Name, fields[n%4], "Mô hình", 2024,
			"Vận động nhân dân cùng bàn, cùng làm, cùng kiểm tra.", "Đạt kết quả tốt."})
	}
	file := workbook(b, rows)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		a := archive(b, 0)
		b.StartTimer()
		sheet, err := exchange.Read("10k.xlsx", file)
		must(b, err)
		p, err := exchange.PlanImport(ctx, a, sheet, exchange.Options{})
		must(b, err)
		res, err := exchange.Apply(ctx, a, p)
		must(b, err)
		if res.Added != 10_000 {
			b.Fatalf("added %d", res.Added)
		}
	}
}

// BenchmarkExport100k writes the whole 100,000-entry demo archive.
func BenchmarkExport100k(b *testing.B) {
	path, err := demo.CachedArchive(ctx, 100_000)
	must(b, err)
	a, err := data.Open(ctx, path, data.Options{ReadOnly: true, BackupDir: tempDir(b)})
	must(b, err)
	defer a.Close()
	var size int64
	for b.Loop() {
		var buf bytes.Buffer
		n, err := exchange.ExportEntries(ctx, a, data.EntryFilter{}, &buf)
		must(b, err)
		if n != 100_000 {
			b.Fatalf("%d rows", n)
		}
		size = int64(buf.Len())
	}
	b.ReportMetric(float64(size)/(1<<20), "MB")
}
