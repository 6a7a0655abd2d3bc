package ui

import (
	"encoding/json"

	"github.com/danvankheo/danvankheo/data"
)

// savedFilter is the part of the list's filter remembered between sessions
// for one archive (IDs mean nothing in another archive). The search text is
// not kept: a list that opens already searched looks empty by mistake.
type savedFilter struct {
	PhaseID     int64            `json:"phase,omitempty"`
	Year        int              `json:"year,omitempty"`
	UnitID      int64            `json:"unit,omitempty"`
	FieldID     int64            `json:"field,omitempty"`
	Kind        data.Kind        `json:"kind,omitempty"`
	RecYear     int              `json:"rec_year,omitempty"`
	RecStatuses []data.RecStatus `json:"rec,omitempty"`
	RecLevelID  int64            `json:"level,omitempty"`
	Commended   data.Tri         `json:"commended,omitempty"`
	Sort        data.EntrySort   `json:"sort,omitempty"`
	Desc        bool             `json:"desc,omitempty"`
}

func (s *Entries) filterKey() string { return "entries.filter:" + s.env.Archive().Path() }

func (s *Entries) saveFilter() {
	f := s.Filter
	b, _ := json.Marshal(savedFilter{f.PhaseID, f.Year, f.UnitID, f.FieldID, f.Kind, f.RecYear, f.RecStatuses,
		f.RecLevelID, f.Commended, f.Sort, f.Desc})
	s.env.Prefs.SetString(s.filterKey(), string(b))
}

// savedFilter returns the filter remembered for this archive, dropping
// references to catalogue items that no longer exist.
func (s *Entries) savedFilter(c *Catalog) data.EntryFilter {
	var sf savedFilter
	if err := json.Unmarshal([]byte(s.env.Prefs.String(s.filterKey())), &sf); err != nil {
		return data.EntryFilter{}
	}
	f := data.EntryFilter{PhaseID: sf.PhaseID, Year: sf.Year, UnitID: sf.UnitID, FieldID: sf.FieldID, Kind: sf.Kind,
		RecYear: sf.RecYear, RecStatuses: sf.RecStatuses, RecLevelID: sf.RecLevelID, Commended: sf.Commended,
		Sort: sf.Sort, Desc: sf.Desc}
	if c.Unit(f.UnitID) == nil {
		f.UnitID = 0
	}
	if phaseChoice(c, "").label(f.PhaseID) == "" {
		f.PhaseID = 0
	}
	if fieldChoice(c, "").label(f.FieldID) == "" {
		f.FieldID = 0
	}
	if levelChoice(c, "").label(f.RecLevelID) == "" {
		f.RecLevelID = 0
	}
	return f
}
