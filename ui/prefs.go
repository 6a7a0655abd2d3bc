package ui

import (
	"strings"

	"fyne.io/fyne/v2"

	"github.com/danvankheo/danvankheo/data"
)

// Prefs are this person's settings on this computer, kept by Fyne in the
// user's profile (never in the shared archive): the last and recent
// archives, the window's size, the list's columns and filters, the backup
// folder and the name shown in the audit log.
type Prefs struct {
	p fyne.Preferences
}

// NewPrefs wraps the app's preferences.
func NewPrefs(p fyne.Preferences) *Prefs { return &Prefs{p: p} }

const maxRecent = 8

// LastArchive returns the archive opened last, or "".
func (p *Prefs) LastArchive() string { return p.p.String("archive.last") }

// Recent returns recently opened archives, newest first.
func (p *Prefs) Recent() []string { return p.p.StringList("archive.recent") }

// Opened records that path was opened.
func (p *Prefs) Opened(path string) {
	p.p.SetString("archive.last", path)
	list := []string{path}
	for _, r := range p.Recent() {
		if !strings.EqualFold(r, path) && len(list) < maxRecent {
			list = append(list, r)
		}
	}
	p.p.SetStringList("archive.recent", list)
}

// Forget removes path from the recent list (it no longer opens).
func (p *Prefs) Forget(path string) {
	var list []string
	for _, r := range p.Recent() {
		if !strings.EqualFold(r, path) {
			list = append(list, r)
		}
	}
	p.p.SetStringList("archive.recent", list)
	if strings.EqualFold(p.LastArchive(), path) {
		p.p.SetString("archive.last", "")
	}
}

// Closed records that the person closed the archive on purpose, so the next
// start shows the start page instead of reopening it.
func (p *Prefs) Closed() { p.p.SetString("archive.last", "") }

// WindowSize returns the remembered window size, or the default for a
// 1366×768 laptop.
func (p *Prefs) WindowSize() fyne.Size {
	w, h := p.p.FloatWithFallback("window.width", 1280), p.p.FloatWithFallback("window.height", 720)
	return fyne.NewSize(float32(w), float32(h))
}

// SetWindowSize remembers the window size.
func (p *Prefs) SetWindowSize(s fyne.Size) {
	p.p.SetFloat("window.width", float64(s.Width))
	p.p.SetFloat("window.height", float64(s.Height))
}

// ColumnWidths returns remembered widths of a table's columns (nil if none).
func (p *Prefs) ColumnWidths(table string) []float64 { return p.p.FloatList("columns." + table) }

// SetColumnWidths remembers a table's column widths.
func (p *Prefs) SetColumnWidths(table string, w []float64) { p.p.SetFloatList("columns."+table, w) }

// String and SetString keep small named values such as the last filter.
func (p *Prefs) String(key string) string { return p.p.String(key) }

// SetString stores a small named value.
func (p *Prefs) SetString(key, v string) { p.p.SetString(key, v) }

// BackupDir is the folder for backups ("" means the default).
func (p *Prefs) BackupDir() string { return p.p.String("backup.dir") }

// BackupKeep is how many backups to keep per archive.
func (p *Prefs) BackupKeep() int { return p.p.IntWithFallback("backup.keep", 10) }

// SetBackup stores the backup folder and the number of copies.
func (p *Prefs) SetBackup(dir string, keep int) {
	p.p.SetString("backup.dir", dir)
	p.p.SetInt("backup.keep", keep)
}

// DisplayName is the name the audit log shows for this person.
func (p *Prefs) DisplayName() string { return p.p.String("user.display") }

// SetDisplayName stores the person's display name.
func (p *Prefs) SetDisplayName(s string) { p.p.SetString("user.display", s) }

// ArchiveOptions turns the preferences into options for opening an archive.
func (p *Prefs) ArchiveOptions() data.Options {
	actor := data.CurrentActor()
	if d := p.DisplayName(); d != "" {
		actor.Display = d
	}
	return data.Options{BackupDir: p.BackupDir(), BackupKeep: p.BackupKeep(), Actor: actor}
}
