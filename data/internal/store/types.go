package store

import "time"

// Kind says what an entry is: a model run by a collective, or an exemplar.
type Kind string

// The three kinds of entry.
const (
	KindModel      Kind = "mo_hinh"
	KindCollective Kind = "dien_hinh_tap_the"
	KindIndividual Kind = "dien_hinh_ca_nhan"
)

// Kinds lists the kinds in the order the office prints them.
var Kinds = []Kind{KindModel, KindCollective, KindIndividual}

// Label returns the Vietnamese name of the kind.
func (k Kind) Label() string {
	switch k {
	case KindModel:
		return "Mô hình"
	case KindCollective:
		return "Điển hình tập thể"
	case KindIndividual:
		return "Điển hình cá nhân"
	}
	return string(k)
}

// ShortLabel names the kind in a narrow column of a list or table: "ĐH"
// is the office's usual short form of "điển hình".
func (k Kind) ShortLabel() string {
	switch k {
	case KindCollective:
		return "ĐH tập thể"
	case KindIndividual:
		return "ĐH cá nhân"
	}
	return k.Label()
}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	return k == KindModel || k == KindCollective || k == KindIndividual
}

// RecStatus is the outcome of a yearly recognition.
type RecStatus string

// Recognition outcomes.
const (
	RecRecognised    RecStatus = "cong_nhan"
	RecOutstanding   RecStatus = "tieu_bieu"
	RecNotRecognised RecStatus = "khong_cong_nhan"
	RecDropped       RecStatus = "loai_bo"
)

// RecStatuses lists the outcomes in display order.
var RecStatuses = []RecStatus{RecRecognised, RecOutstanding, RecNotRecognised, RecDropped}

// Label returns the Vietnamese name of the outcome.
func (s RecStatus) Label() string {
	switch s {
	case RecRecognised:
		return "Công nhận"
	case RecOutstanding:
		return "Tiêu biểu"
	case RecNotRecognised:
		return "Không công nhận"
	case RecDropped:
		return "Loại bỏ"
	}
	return string(s)
}

// Valid reports whether s is one of RecStatuses.
func (s RecStatus) Valid() bool {
	for _, x := range RecStatuses {
		if s == x {
			return true
		}
	}
	return false
}

// Recognised reports whether the outcome counts as recognised (tiêu biểu
// entries are recognised ones chosen as outstanding).
func (s RecStatus) Recognised() bool { return s == RecRecognised || s == RecOutstanding }

// AwardStatus is where a commendation stands.
type AwardStatus string

// Commendation states: proposed, then awarded or refused.
const (
	AwardProposed AwardStatus = "de_nghi"
	AwardGranted  AwardStatus = "da_khen"
	AwardRefused  AwardStatus = "khong_khen"
)

// AwardStatuses lists the states in display order.
var AwardStatuses = []AwardStatus{AwardProposed, AwardGranted, AwardRefused}

// Label returns the Vietnamese name of the state.
func (s AwardStatus) Label() string {
	switch s {
	case AwardProposed:
		return "Đề nghị"
	case AwardGranted:
		return "Đã khen thưởng"
	case AwardRefused:
		return "Không được khen"
	}
	return string(s)
}

// Valid reports whether s is one of AwardStatuses.
func (s AwardStatus) Valid() bool {
	return s == AwardProposed || s == AwardGranted || s == AwardRefused
}

// HeaderStyle says which national header a document or certificate carries.
type HeaderStyle string

// Party documents follow Hướng dẫn 36-HD/VPTW, state ones Nghị định 30/2020.
const (
	HeaderParty HeaderStyle = "dang"
	HeaderState HeaderStyle = "nha_nuoc"
)

// Label returns the Vietnamese name of the style.
func (h HeaderStyle) Label() string {
	if h == HeaderState {
		return "Nhà nước (Cộng hòa xã hội chủ nghĩa Việt Nam)"
	}
	return "Đảng (Đảng Cộng sản Việt Nam)"
}

// Meta holds what every stored record has besides its own fields: the integer
// key, a random stable ID that survives merging archives, the version that
// guards against lost updates, and who changed it when.
type Meta struct {
	ID        int64
	UID       string
	Version   int64
	CreatedAt time.Time
	CreatedBy string
	UpdatedAt time.Time
	UpdatedBy string
	DeletedAt time.Time // zero while the record is live
	DeletedBy string
}

// Deleted reports whether the record is in the recycle bin.
func (m *Meta) Deleted() bool { return !m.DeletedAt.IsZero() }

func (m *Meta) meta() *Meta { return m }

// Entry is a model or an exemplar with everything its registration form holds.
type Entry struct {
	Meta
	Kind             Kind
	Name             string
	UnitID           int64
	FieldID          int64
	PhaseID          int64
	Year             int    // year registered
	Place            string // where it runs
	Person           string // the individual or collective of an exemplar, or who leads the model
	Position         string // their position
	Situation        string // thực trạng, lý do
	Objectives       string // mục tiêu
	Criteria         string // tiêu chí
	Method           string // nội dung, cách làm
	Scope            string // phạm vi, đối tượng
	Forces           string // lực lượng tham gia và vai trò
	Resources        string // nguồn lực
	TimeFrame        string // thời gian thực hiện
	Results          string // kết quả, hiệu quả
	Replication      string // nhân rộng: where and how
	ReplicationCount int    // number of places it was replicated to
	Notes            string

	nameKey []byte
	// byHand marks a save from the entry form (SaveEntry): whoever types an
	// individual exemplar names its person. An imported list may not, and
	// its unnamed exemplars are stored and listed to complete later.
	byHand bool
}

// Unit is a body that registers and runs entries. Units change over time:
// ValidFrom/ValidTo bound their existence and Successor names who took over.
type Unit struct {
	Meta
	Name        string
	Kind        string // free text such as "Huyện ủy", "Đảng ủy xã", "Sở, ngành"
	ParentID    int64  // 0 for a top-level unit
	ValidFrom   Date   // "" when it always existed
	ValidTo     Date   // "" while it still exists
	SuccessorID int64
	Active      bool

	nameKey []byte
}

// Field is a field of work (lĩnh vực).
type Field struct {
	Meta
	Name     string
	Position int
	Active   bool
}

// Level is a level of recognition (cơ sở, huyện, tỉnh…).
type Level struct {
	Meta
	Name   string
	Rank   int // higher is a higher level
	Active bool
}

// Phase is a period of the movement with its plan.
type Phase struct {
	Meta
	Name      string // e.g. "2021–2025"
	StartYear int
	EndYear   int
	Plan      string // e.g. "Kế hoạch số 20-KH/TU ngày 12/8/2016"
	Active    bool
}

// AwardForm is a kind of commendation, such as a Bằng khen of the provincial
// People's Committee, with the header its certificate carries.
type AwardForm struct {
	Meta
	Name      string      // e.g. "Bằng khen của Chủ tịch UBND tỉnh"
	Title     string      // printed title: "BẰNG KHEN" or "GIẤY KHEN"
	Authority string      // issuing authority, e.g. "ỦY BAN NHÂN DÂN TỈNH"
	Header    HeaderStyle // Party or state header
	Rank      int         // higher is a higher form
	Active    bool
}

// Recognition is the yearly decision on an entry.
type Recognition struct {
	Meta
	EntryID  int64
	Year     int
	LevelID  int64
	Status   RecStatus
	Decision string // decision reference, e.g. "Quyết định số 125-QĐ/BDVTU ngày 20/12/2021"
	Notes    string
}

// Commendation is a proposed or granted award for an entry.
type Commendation struct {
	Meta
	EntryID      int64
	Year         int
	FormID       int64
	Status       AwardStatus
	DecisionNo   string // e.g. "1234/QĐ-UBND"
	DecisionDate Date
	Citation     string // achievement text printed on the certificate
	Notes        string
	Recipient    Recipient // who is honoured
	GoldBookNo   string    // number in the Sổ vàng, printed when the decision has one
}
