package store

import (
	"os"
	"os/user"
	"strings"
	"time"
)

// Actor is who makes a change, as the audit log records it.
type Actor struct {
	User    string // operating-system login, e.g. "BTGDV\\lan.nt" on Windows
	Machine string // computer name
	Display string // the name the person chose in the program's settings
}

// CurrentActor returns the logged-in user and this computer's name.
func CurrentActor() Actor {
	var a Actor
	if u, err := user.Current(); err == nil {
		a.User, a.Display = u.Username, strings.TrimSpace(u.Name)
	}
	if a.User == "" {
		a.User = firstNonEmpty(os.Getenv("USERNAME"), os.Getenv("USER"))
	}
	if h, err := os.Hostname(); err == nil {
		a.Machine = h
	} else {
		a.Machine = os.Getenv("COMPUTERNAME")
	}
	return a
}

// Name is how the actor appears in created_by/updated_by columns: the chosen
// display name when there is one, else the login.
func (a Actor) Name() string {
	return firstNonEmpty(a.Display, a.User)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// timeLayout is how instants are stored: UTC with milliseconds, so text order
// is time order.
const timeLayout = "2006-01-02T15:04:05.000Z"

func FmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func ParseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		// Rows written by SQL defaults use strftime('%Y-%m-%dT%H:%M:%fZ').
		t, _ = time.Parse("2006-01-02T15:04:05.999Z", s)
	}
	return t
}
