package report_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/danvankheo/danvankheo/data/report"
)

// TestWordInLibreOffice opens one document of each kind in LibreOffice
// (headless), has it print them as PDF, and reads those back: the header,
// the title and the signature are there, the number and the date share a
// line, the paper is A4 the right way round, pages are numbered from the
// second of each document, and LibreOffice says the same words as our PDF
// in about as many pages. It is skipped where LibreOffice is not installed
// (apt-get install libreoffice-writer-nogui).
func TestWordInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice is not installed: the Word documents are not opened in it")
	}
	a, btv, _ := proposalArchive(t)
	prop := report.ProposalParams{Year: 2025, FormID: btv.ID, Number: "15", Date: fixedDate}
	kinds := []struct {
		name  string
		build func() (*report.Doc, error)
		want  []string
	}{
		{"bao-cao", func() (*report.Doc, error) {
			return report.Summary(ctx, a, report.SummaryParams{Year: 2020, Number: "12", Date: fixedDate}, report.Liberation())
		}, []string{"BÁO CÁO", "kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2020", "Bảng 1.", "Nơi nhận:"}},
		{"danh-sach", func() (*report.Doc, error) {
			return report.List(ctx, a, report.ListParams{Group: report.GroupUnit, Date: fixedDate}, report.Liberation())
		}, []string{"DANH SÁCH", "Tên mô hình, điển hình", "Tổng cộng: 122 mô hình, điển hình", "Nơi nhận:"}},
		{"to-trinh", func() (*report.Doc, error) { return report.Proposal(ctx, a, prop, report.Liberation()) },
			[]string{"TỜ TRÌNH", "Kính gửi: Ban Thường vụ Tỉnh ủy", "DANH SÁCH", "I. TẬP THỂ", "II. CÁ NHÂN", "Tổng cộng:"}},
		{"danh-sach-de-nghi", func() (*report.Doc, error) { return report.ProposalList(ctx, a, prop, report.Liberation()) },
			[]string{"DANH SÁCH", "(Kèm theo Tờ trình số 15-TTr/BTGDVTU ngày 05/02/2026", "I. TẬP THỂ", "Tổng cộng:"}},
	}
	dir := tempDir(t)
	docs := map[string]*report.Doc{}
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")), "--headless",
		"--convert-to", "pdf", "--outdir", filepath.Join(dir, "lo")}
	for _, k := range kinds {
		d, err := k.build()
		if err != nil {
			t.Fatal(err)
		}
		docs[k.name] = d
		b, err := report.RenderDOCX(d)
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := report.RenderPDF(d, report.Liberation())
		if err != nil {
			t.Fatal(err)
		}
		for name, content := range map[string][]byte{k.name + ".docx": b, k.name + ".pdf": pdf} {
			if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		args = append(args, filepath.Join(dir, k.name+".docx"))
	}
	c, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(c, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, out)
	}
	for _, k := range kinds {
		lo := filepath.Join(dir, "lo", k.name+".pdf")
		text := string(pdftotext(t, "-layout", lo))
		flat := strings.Join(strings.Fields(text), " ")
		for _, want := range append(k.want, "TỈNH ỦY PHƯỚC SƠN", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "ĐẢNG CỘNG SẢN VIỆT NAM",
			"K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Thanh Hương") {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: LibreOffice does not show %q", k.name, want)
			}
		}
		if k.name == "bao-cao" || k.name == "to-trinh" {
			if !regexp.MustCompile(`Số 1[25]-(BC|TTr)/BTGDVTU\s{2,}Phước Sơn, ngày 05 tháng 02 năm 2026`).MatchString(text) {
				t.Errorf("%s: the number and the date are not on one line", k.name)
			}
		}
		ours := filepath.Join(dir, k.name+".pdf")
		loPages, ourPages := pageSizes(t, lo), pageSizes(t, ours)
		if len(loPages) < len(ourPages)*4/5 || len(loPages) > len(ourPages)*6/5+1 {
			t.Errorf("%s: %d pages in LibreOffice, %d in ours", k.name, len(loPages), len(ourPages))
		}
		// A Tờ trình is portrait, its list (from where the paper turns)
		// landscape; each numbers its own pages.
		split := 0
		for split < len(loPages) && loPages[split] == "A4" && len(docs[k.name].Sections) > 1 {
			split++
		}
		for i, size := range loPages {
			want := "A4"
			if docs[k.name].Sections[0].Landscape || i >= split && len(docs[k.name].Sections) > 1 {
				want = "A4 landscape"
			}
			if size != want {
				t.Errorf("%s: page %d is %s, not %s", k.name, i+1, size, want)
			}
		}
		if len(docs[k.name].Sections) == 1 {
			checkPageNumbers(t, k.name, lo, 0, len(loPages))
		} else {
			checkPageNumbers(t, k.name, lo, 0, split)
			if split == 0 || split == len(loPages) {
				t.Errorf("%s: the paper never turns: %v", k.name, loPages)
			}
			checkPageNumbers(t, k.name, lo, split, len(loPages))
		}
		if missing, extra := setDiff(pdfWords(t, ours), pdfWords(t, lo)), setDiff(pdfWords(t, lo), pdfWords(t, ours)); len(missing)+len(extra) > 0 {
			t.Errorf("%s: only in our PDF %q, only in LibreOffice's %q", k.name, missing, extra)
		}
	}
}

// pageSizes lists the paper of each page: "A4" or "A4 landscape".
func pageSizes(t *testing.T, path string) []string {
	t.Helper()
	out, err := exec.Command("pdfinfo", "-f", "1", "-l", "9999", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	var sizes []string
	for _, m := range regexp.MustCompile(`Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts`).FindAllStringSubmatch(string(out), -1) {
		w, h := m[1], m[2]
		switch {
		case strings.HasPrefix(w, "595.") && strings.HasPrefix(h, "841."):
			sizes = append(sizes, "A4")
		case strings.HasPrefix(w, "841.") && strings.HasPrefix(h, "595."):
			sizes = append(sizes, "A4 landscape")
		default:
			sizes = append(sizes, w+"×"+h)
		}
	}
	return sizes
}

// checkPageNumbers: the first page of a document (pages from+1 to end)
// has no number at its top, its second page has "2".
func checkPageNumbers(t *testing.T, name, path string, from, end int) {
	t.Helper()
	top := func(page int) string {
		out, err := exec.Command("pdftotext", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-layout", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		return strings.Fields(string(out) + " -")[0]
	}
	if got := top(from + 1); got != "TỈNH" {
		t.Errorf("%s: page %d starts with %q, not its header", name, from+1, got)
	}
	if from+2 <= end {
		if got := top(from + 2); got != "2" {
			t.Errorf("%s: page %d starts with %q, not its number 2", name, from+2, got)
		}
	}
}

// pdfWords are the words pdftotext reads from a PDF, page numbers left
// out.
func pdfWords(t *testing.T, path string) []string {
	t.Helper()
	var out []string
	for _, w := range strings.Fields(string(pdftotext(t, "-raw", path))) {
		if strings.Trim(w, "0123456789") != "" {
			out = append(out, w)
		}
	}
	return out
}
