package main

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/danvankheo/danvankheo/assets"
)

// version is stamped by the build: .ci/windows passes
// -ldflags "-X main.version=1.0.0.8-b3559f7" (FyneApp.toml's version, the
// number of commits, the commit; "-dirty" when built from uncommitted
// changes). A plain go build says "dev".
var version = "dev"

// The version reaches the screens through Fyne's application metadata:
//
//	m := fyne.CurrentApp().Metadata()
//	m.Version           "1.0.0" ("dev" for a plain go build)
//	m.Build             8 (the number of commits; 0 for "dev")
//	m.Custom["version"] "1.0.0.8-b3559f7", the whole stamp
//	m.Custom["commit"]  "b3559f7"
func init() {
	v, build, commit := splitVersion(version)
	app.SetMetadata(fyne.AppMetadata{
		ID:         "vn.danvankheo",
		Name:       "Dân vận khéo",
		Version:    v,
		Build:      build,
		Icon:       assets.Icon,
		Custom:     map[string]string{"version": version, "commit": commit},
		Migrations: map[string]bool{"fyneDo": true}, // as FyneApp.toml says
	})
}

// splitVersion splits "1.0.0.8-b3559f7[-dirty]" into "1.0.0", 8 and
// "b3559f7[-dirty]"; anything else is returned whole as the version.
func splitVersion(s string) (v string, build int, commit string) {
	v, commit, _ = strings.Cut(s, "-")
	parts := strings.Split(v, ".")
	if len(parts) == 4 {
		if n, err := strconv.Atoi(parts[3]); err == nil {
			return strings.Join(parts[:3], "."), n, commit
		}
	}
	return s, 0, ""
}
