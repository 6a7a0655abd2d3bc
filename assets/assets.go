// Package assets holds what the programs embed: the icon and the
// translations of Fyne's own words (buttons of its dialogs, the file
// chooser, the text menu). Fonts for the PDF documents are added with them.
package assets

import (
	"embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

// Translations holds vi.json and en.json, the words of Fyne's own dialogs
// and menus. Both are Vietnamese: the office works in Vietnamese whatever
// language Windows is set to (see ui.Setup).
//
//go:embed translations/*.json
var Translations embed.FS

// Vietnamese is vi.json.
//
//go:embed translations/vi.json
var Vietnamese []byte

// Icon is the program's icon.
var Icon = fyne.NewStaticResource("icon.png", iconPNG)
