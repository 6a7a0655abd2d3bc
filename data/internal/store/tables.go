package store

// Table names a table of the archive whose records a person sees: the
// audit log, the recycle bin, save conflicts and merges say which kind of
// record they speak of with it.
type Table string

// The archive's tables of records, and the two names the audit log uses
// for what is not one record: the settings and the archive as a whole.
const (
	Entries       Table = "entries"
	Units         Table = "units"
	Fields        Table = "fields"
	Levels        Table = "levels"
	Phases        Table = "phases"
	AwardForms    Table = "award_forms"
	CriteriaSets  Table = "criteria_sets"
	Recognitions  Table = "recognitions"
	Evaluations   Table = "evaluations"
	Commendations Table = "commendations"
	Attachments   Table = "attachments"
	Settings      Table = "settings"
	ArchiveFile   Table = "archive"
)

// Label returns the Vietnamese name of the table's records.
func (t Table) Label() string {
	switch t {
	case Entries:
		return "Mô hình, điển hình"
	case Recognitions:
		return "Công nhận"
	case Evaluations:
		return "Đánh giá"
	case Commendations:
		return "Khen thưởng"
	case Attachments:
		return "Tệp đính kèm"
	case Units:
		return "Đơn vị"
	case Fields:
		return "Lĩnh vực"
	case Levels:
		return "Cấp công nhận"
	case Phases:
		return "Giai đoạn"
	case AwardForms:
		return "Hình thức khen thưởng"
	case CriteriaSets:
		return "Bộ tiêu chí"
	case Settings:
		return "Cài đặt"
	case ArchiveFile:
		return "Kho dữ liệu"
	}
	return string(t)
}

// Binned reports whether the table's records go to the recycle bin when
// deleted. Catalogue items (units, fields…) are deactivated instead, never
// deleted while in use.
func (t Table) Binned() bool {
	switch t {
	case Entries, Recognitions, Evaluations, Commendations, Attachments:
		return true
	}
	return false
}
