package data

import (
	"time"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// The records of the archive are defined in data/internal/store, with the
// columns they are stored in and the rules they obey, where merging
// archives (data/merge) reaches them too. These are their public names.
type (
	// Meta holds what every stored record has besides its own fields: the
	// integer key, a random stable ID that survives merging archives, the
	// version that guards against lost updates, and who changed it when.
	Meta = store.Meta

	// Entry is a model or an exemplar with everything its registration
	// form holds.
	Entry = store.Entry
	// Kind says what an entry is: a model run by a collective, or an
	// exemplar.
	Kind = store.Kind

	// Unit is a body that registers and runs entries, valid for a period
	// and possibly succeeded by another.
	Unit = store.Unit
	// Field is a field of work (lĩnh vực).
	Field = store.Field
	// Level is a level of recognition (cơ sở, huyện, tỉnh…).
	Level = store.Level
	// Phase is a period of the movement with its plan.
	Phase = store.Phase
	// AwardForm is a kind of commendation with the header its certificate
	// carries.
	AwardForm = store.AwardForm
	// HeaderStyle says which national header a document or certificate
	// carries.
	HeaderStyle = store.HeaderStyle

	// Recognition is the yearly decision on an entry.
	Recognition = store.Recognition
	// RecStatus is the outcome of a yearly recognition.
	RecStatus = store.RecStatus

	// CriteriaSet is the scoring grid of a phase; Criterion one scored
	// criterion of it; Threshold turns a total into a conclusion.
	CriteriaSet = store.CriteriaSet
	Criterion   = store.Criterion
	Threshold   = store.Threshold
	// Evaluation is an entry's score for a year against a criteria set.
	Evaluation = store.Evaluation

	// Commendation is a proposed or granted award for an entry.
	Commendation = store.Commendation
	// AwardStatus is where a commendation stands.
	AwardStatus = store.AwardStatus
	// Recipient is who a commendation honours, a person or a collective.
	Recipient = store.Recipient
	// RecipientKind says whether a commendation honours a person or a
	// collective.
	RecipientKind = store.RecipientKind

	// Attachment is a photo or document stored inside the archive.
	Attachment = store.Attachment

	// Actor is who makes a change, as the audit log records it.
	Actor = store.Actor
	// Change is one field's old and new value in an audit entry.
	Change = store.Change
)

// The three kinds of entry.
const (
	KindModel      = store.KindModel
	KindCollective = store.KindCollective
	KindIndividual = store.KindIndividual
)

// Kinds lists the kinds in the order the office prints them.
var Kinds = store.Kinds

// Recognition outcomes.
const (
	RecRecognised    = store.RecRecognised
	RecOutstanding   = store.RecOutstanding
	RecNotRecognised = store.RecNotRecognised
	RecDropped       = store.RecDropped
)

// RecStatuses lists the outcomes in display order.
var RecStatuses = store.RecStatuses

// Commendation states: proposed, then awarded or refused.
const (
	AwardProposed = store.AwardProposed
	AwardGranted  = store.AwardGranted
	AwardRefused  = store.AwardRefused
)

// AwardStatuses lists the states in display order.
var AwardStatuses = store.AwardStatuses

// Party documents follow Hướng dẫn 36-HD/VPTW, state ones Nghị định 30/2020.
const (
	HeaderParty = store.HeaderParty
	HeaderState = store.HeaderState
)

// The two kinds of recipient.
const (
	RecipientPerson     = store.RecipientPerson
	RecipientCollective = store.RecipientCollective
)

// ApplicationID marks our files in the SQLite header (PRAGMA
// application_id): "DVK!".
const ApplicationID = store.ApplicationID

// CurrentActor returns the logged-in user and this computer's name.
func CurrentActor() Actor { return store.CurrentActor() }

// DefaultRecipient says who a commendation of the entry honours, as far as
// the entry tells (see store.DefaultRecipient); a guess is marked for
// review.
func DefaultRecipient(e *Entry, unitName string) Recipient {
	return store.DefaultRecipient(e, unitName)
}

// PersonOfTitle takes the person out of an individual exemplar's title
// ("Ông Nguyễn Văn An – trưởng ấp …"), or returns "" when the title names
// no one it can be sure of.
func PersonOfTitle(title string) string { return store.PersonOfTitle(title) }

// DefaultCitation is the usual achievement text of a commendation of e in
// phase (a name such as "2021–2025"; without one the year stands in).
func DefaultCitation(e *Entry, phase string, year int) string {
	return store.DefaultCitation(e, phase, year)
}

// Record is any record the archive stores (*Entry, *Unit, *Recognition…),
// as a Batch saves them; only the archive's own types are records.
type Record = store.Record

// Table names a table of the archive's records (see Delete, TrashItem,
// AuditEntry); Label says it in Vietnamese.
type Table = store.Table

// The tables of records, and the names the audit log uses for the settings
// and for the archive as a whole.
const (
	TableEntries       = store.Entries
	TableUnits         = store.Units
	TableFields        = store.Fields
	TableLevels        = store.Levels
	TablePhases        = store.Phases
	TableAwardForms    = store.AwardForms
	TableCriteriaSets  = store.CriteriaSets
	TableRecognitions  = store.Recognitions
	TableEvaluations   = store.Evaluations
	TableCommendations = store.Commendations
	TableAttachments   = store.Attachments
	TableSettings      = store.Settings
	TableArchive       = store.ArchiveFile
)

// Date is a calendar day as the archive stores it ("2026-02-05"; "" is no
// date); Text writes it as people do, "05/02/2026".
type Date = store.Date

// DateOf is the day of t, in t's location.
func DateOf(t time.Time) Date { return store.DateOf(t) }

// ParseDate reads a date as a person types it ("05/02/2026", "5/2/26", or
// "2026-02-05"); blank text is no date. Other text comes back as it is,
// with an error in Vietnamese, and saving it is refused naming the field.
func ParseDate(s string) (Date, error) { return store.ParseDate(s) }
