package vntext_test

import (
	"testing"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"only spaces", " \t\r\n\u00A0 ", ""},
		{"already clean", "Nguyễn Văn An", "Nguyễn Văn An"},
		{"NFD to NFC", "Nguye\u0302\u0303n", "Nguyễn"},
		{"NFD grave", "Đa\u0300 Na\u0306\u0303ng", "Đà Nẵng"},
		{"trim", "  Đồng Xoài  ", "Đồng Xoài"},
		{"tabs", "Tân\tLập", "Tân Lập"},
		{"CRLF", "Bình\r\nPhước", "Bình Phước"},
		{"NBSP", "Phường\u00A0Tân\u00A0Phú", "Phường Tân Phú"},
		{"narrow NBSP", "Tân\u202FPhú", "Tân Phú"},
		{"mixed run", "a \t\u00A0\r\n b", "a b"},
		{"BOM", "\uFEFFHuyện Đồng Phú", "Huyện Đồng Phú"},
		{"zero-width space removed", "Xã\u200B Tân Lập\u200B", "Xã Tân Lập"},
		{"zero-width inside word", "Tâ\u200Bn", "Tân"},
		{"zero-width between letter and mark", "Nguye\u0302\u200B\u0303n", "Nguyễn"},
		{"invalid byte dropped", "Tân\xffLập", "TânLập"},
		{"keeps punctuation", "Ban Dân vận – Tỉnh ủy", "Ban Dân vận – Tỉnh ủy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := vntext.Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := vntext.Clean(got); again != got {
				t.Errorf("Clean not idempotent: %q -> %q", got, again)
			}
		})
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"blank only", " \r\n\t\r\n ", ""},
		{"CRLF", "Dòng 1\r\nDòng 2", "Dòng 1\nDòng 2"},
		{"CR", "Dòng 1\rDòng 2", "Dòng 1\nDòng 2"},
		{"trailing spaces and tabs", "Dòng 1 \t\nDòng 2\u00A0", "Dòng 1\nDòng 2"},
		{"NBSP inside", "số\u00A01", "số 1"},
		{"keeps indentation", "Điều 1.\n  a) Nội dung", "Điều 1.\n  a) Nội dung"},
		{"keeps one blank line", "Đoạn 1\n\nĐoạn 2", "Đoạn 1\n\nĐoạn 2"},
		{"collapses blank lines", "Đoạn 1\n\n\n\n\nĐoạn 2", "Đoạn 1\n\nĐoạn 2"},
		{"whitespace-only lines are blank", "Đoạn 1\n \n\t\n\u00A0\nĐoạn 2", "Đoạn 1\n\nĐoạn 2"},
		{"trims whole text", "\n\n  Nội dung  \n\n", "Nội dung"},
		{"NFC", "Nguye\u0302\u0303n\r\nVa\u0306n", "Nguyễn\nVăn"},
		{"BOM and zero-width", "\uFEFFNội\u200B dung\u200D", "Nội dung"},
		{"keeps inner spaces", "a  b", "a  b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := vntext.CleanText(tt.in)
			if got != tt.want {
				t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := vntext.CleanText(got); again != got {
				t.Errorf("CleanText not idempotent: %q -> %q", got, again)
			}
		})
	}
}
