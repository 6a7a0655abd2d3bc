package exchange_test

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/danvankheo/danvankheo/data"
	"github.com/danvankheo/danvankheo/data/demo"
	"github.com/danvankheo/danvankheo/data/exchange"
)

// list10000 is a district list of 10,000 rows naming the demo archive's
// units and fields, as .xlsx bytes.
func list10000(b *testing.B) []byte {
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
	return workbook(b, rows)
}

// BenchmarkBareExcelizeRead10000 is the yardstick of the two below: excelize
// opens the same workbook and reads every cell of it, as raw values.
func BenchmarkBareExcelizeRead10000(b *testing.B) {
	file := list10000(b)
	var cpu cpuMeter
	for b.Loop() {
		cpu.start()
		x, err := excelize.OpenReader(bytes.NewReader(file))
		must(b, err)
		rows, err := x.Rows(x.GetSheetList()[0])
		must(b, err)
		n := 0
		for rows.Next() {
			cols, err := rows.Columns(excelize.Options{RawCellValue: true})
			must(b, err)
			n += len(cols)
		}
		rows.Close()
		x.Close()
		cpu.stop()
		if n < 80_000 {
			b.Fatalf("%d cells", n)
		}
	}
	cpu.report(b)
}

// BenchmarkDryRun10000 reads and plans the list (the preview): nothing is
// written.
func BenchmarkDryRun10000(b *testing.B) {
	file := list10000(b)
	a := archive(b, 0)
	var cpu cpuMeter
	for b.Loop() {
		cpu.start()
		sheet, err := exchange.Read("10k.xlsx", file)
		must(b, err)
		p, err := exchange.PlanImport(ctx, a, sheet, exchange.Options{})
		must(b, err)
		cpu.stop()
		if p.Counts[exchange.FateNew] != 10_000 {
			b.Fatalf("counts %v", p.Counts)
		}
	}
	cpu.report(b)
}

// BenchmarkImport10000 reads, plans and applies the list into an archive
// (each iteration a fresh copy of the same empty archive, made untimed).
func BenchmarkImport10000(b *testing.B) {
	file := list10000(b)
	var cpu cpuMeter
	for b.Loop() {
		b.StopTimer()
		a := archive(b, 0)
		b.StartTimer()
		cpu.start()
		sheet, err := exchange.Read("10k.xlsx", file)
		must(b, err)
		p, err := exchange.PlanImport(ctx, a, sheet, exchange.Options{})
		must(b, err)
		res, err := exchange.Apply(ctx, a, p)
		must(b, err)
		cpu.stop()
		if res.Added != 10_000 {
			b.Fatalf("added %d", res.Added)
		}
	}
	cpu.report(b)
}

// cpuMeter adds up the processor time of the timed part of each op.
type cpuMeter struct {
	from, sum time.Duration
	n         int
}

func (m *cpuMeter) start() { m.from = cpuTime() }
func (m *cpuMeter) stop()  { m.sum += cpuTime() - m.from; m.n++ }

func (m *cpuMeter) report(b *testing.B) {
	if m.n > 0 {
		b.ReportMetric(float64(m.sum.Milliseconds())/float64(m.n), "cpu-ms/op")
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
