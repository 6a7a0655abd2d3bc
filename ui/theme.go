package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is Fyne's light theme with the office's red as the primary
// colour. Light always: offices print what they see, and a dark window on
// one computer and a light one on the next confuses people helping each
// other.
type appTheme struct{}

func newTheme() fyne.Theme { return appTheme{} }

var (
	red      = color.NRGBA{R: 0xb0, G: 0x1e, B: 0x23, A: 0xff}
	paleRed  = color.NRGBA{R: 0xfb, G: 0xe9, B: 0xe9, A: 0xff}
	amber    = color.NRGBA{R: 0xff, G: 0xf3, B: 0xcd, A: 0xff}
	darkText = color.NRGBA{R: 0x21, G: 0x21, B: 0x21, A: 0xff}
)

func (appTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameFocus:
		return red
	case theme.ColorNameSelection:
		return paleRed
	case theme.ColorNameForeground:
		return darkText
	case theme.ColorNameInputBorder:
		// Check boxes and field borders must be visible on office screens.
		return color.NRGBA{R: 0x8a, G: 0x8a, B: 0x8a, A: 0xff}
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

func (appTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (appTheme) Size(n fyne.ThemeSizeName) float32 {
	return theme.DefaultTheme().Size(n)
}
