// Command danvankheo is the window program of the "Dân vận khéo" office:
// it opens the archive on the shared drive (or the demo archive) and shows
// the screens the office works in.
package main

import (
	"flag"
	"fmt"
	"os"

	"fyne.io/fyne/v2/app"

	"github.com/danvankheo/danvankheo/ui"
)

func main() {
	demoFlag := flag.Bool("demo", false, "mở kho mẫu (tạo mới nếu máy chưa có)")
	tour := flag.String("tour", "", "chụp ảnh từng màn hình vào thư mục này rồi thoát (dùng cho tài liệu)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "Cách dùng: danvankheo [--demo] [TỆP_KHO.dvk]")
		flag.PrintDefaults()
	}
	flag.Parse()
	ui.Setup()
	a := app.NewWithID("vn.danvankheo")
	w := ui.New(a)
	o := ui.Options{Demo: *demoFlag, Archive: flag.Arg(0)}
	w.Start(o)
	if *tour != "" {
		go w.Tour(*tour)
	}
	w.Env().Win.ShowAndRun()
}
