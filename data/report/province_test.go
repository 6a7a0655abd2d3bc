package report

import "testing"

func TestProvinceName(t *testing.T) {
	for _, c := range []struct {
		in   string
		name string
		city bool
	}{
		{"TỈNH ỦY PHƯỚC SƠN", "Phước Sơn", false},
		{"TỈNH UỶ PHƯỚC SƠN", "Phước Sơn", false},
		{"Tỉnh uỷ Phước Sơn", "Phước Sơn", false},
		{"tỉnh ủy  phước   sơn", "Phước Sơn", false},
		{"ĐẢNG BỘ TỈNH PHƯỚC SƠN", "Phước Sơn", false},
		{"THÀNH ỦY CẦN THƠ", "Cần Thơ", true},
		{"Thành uỷ Cần Thơ", "Cần Thơ", true},
		{"ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "Hải Phòng", true},
		{"BAN THƯỜNG VỤ", "", false},
		{"", "", false},
	} {
		if name, city := provinceName(c.in); name != c.name || city != c.city {
			t.Errorf("provinceName(%q) = %q, %v; want %q, %v", c.in, name, city, c.name, c.city)
		}
	}
}
