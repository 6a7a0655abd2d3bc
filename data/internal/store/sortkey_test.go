package store

import "testing"

func TestCompactKeyKeepsVietnameseOrder(t *testing.T) {
	prefix := "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới và bảo vệ môi trường ở "
	ordered := []string{
		"An Bình", "Ăn ở", "Ấp Bàu", "Ma", "Mà", "Mả", "Mã", "Má", "Mạ",
		prefix + "ấp 1, xã Tân Hòa", prefix + "ấp 2, xã Tân Hòa", prefix + "ấp Đông", prefix + "ấp Đồng Tiến",
		"Ông Tư", "Ưng thuận",
	}
	for i := 1; i < len(ordered); i++ {
		a, b := SortKey(ordered[i-1]), SortKey(ordered[i])
		if string(a) >= string(b) {
			t.Errorf("%q does not sort before %q", ordered[i-1], ordered[i])
		}
	}
	long := SortKey(prefix + prefix)
	if k := compactKey(nil); len(k) != 0 {
		t.Fatal("empty key grew")
	}
	if len(long) > 2*len([]rune(prefix+prefix))+2+tieBytes+8 {
		t.Fatalf("key of %d bytes for a %d-letter name", len(long), len([]rune(prefix+prefix)))
	}
}
