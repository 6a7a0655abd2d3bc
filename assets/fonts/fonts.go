// Package fonts embeds Liberation Serif, the metric-compatible stand-in for
// Times New Roman that Party documents are set in, for computers without
// Times New Roman. Licence: SIL Open Font License 1.1
// (LICENSE-LiberationSerif.txt). No other dependency, so the report code
// under data/ can use it without pulling in the window toolkit.
package fonts

import _ "embed"

// The four faces of Liberation Serif.
var (
	//go:embed LiberationSerif-Regular.ttf
	SerifRegular []byte
	//go:embed LiberationSerif-Bold.ttf
	SerifBold []byte
	//go:embed LiberationSerif-Italic.ttf
	SerifItalic []byte
	//go:embed LiberationSerif-BoldItalic.ttf
	SerifBoldItalic []byte
)
