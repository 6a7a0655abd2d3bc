package main

import (
	"context"
	"fmt"
	"io"
)

// version is stamped by the build: .ci/windows passes
// -ldflags "-X main.version=1.0.0.8-b3559f7" (FyneApp.toml's version, the
// number of commits, the commit). A plain go build says "dev".
var version = "dev"

// cmdVersion: dvk version (also dvk --version) prints "dvk <version>".
func cmdVersion(_ context.Context, args []string, out, _ io.Writer) error {
	if len(args) > 0 {
		return &exitError{code: 2, msg: "Lệnh version không nhận tham số."}
	}
	fmt.Fprintln(out, "dvk "+version)
	return nil
}
