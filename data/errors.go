package data

import "github.com/danvankheo/danvankheo/data/internal/store"

// Errors carry a code and a Vietnamese message (data/internal/store, shared
// with merging); these are their public names.
type (
	// Code classifies an error so callers can react without matching
	// strings.
	Code = store.Code
	// Error is an error with a code and a Vietnamese message meant for the
	// user; Err keeps the technical cause for logs.
	Error = store.Error
	// FieldError names one field that failed validation, with a message
	// for the user.
	FieldError = store.FieldError
	// ConflictError reports that a record changed since the user loaded
	// it: Mine is what the user tried to save, Theirs what the archive
	// holds now.
	ConflictError = store.ConflictError
)

// Error codes returned by the archive.
const (
	ENotFound    = store.ENotFound    // the record or file does not exist
	EInvalid     = store.EInvalid     // the input breaks a rule; Fields says which
	EConflict    = store.EConflict    // someone else saved the record first
	EReadOnly    = store.EReadOnly    // the archive is open read-only
	ENotArchive  = store.ENotArchive  // the file is not one of our archives
	ECorrupt     = store.ECorrupt     // the file is damaged or truncated
	ENewerSchema = store.ENewerSchema // written by a newer program
	EBusy        = store.EBusy        // another user held the file too long
	EInUse       = store.EInUse       // the record is referred to and cannot go
	EExists      = store.EExists      // the thing to create is already there
	ELocked      = store.ELocked      // a locked evaluation cannot change
	EIO          = store.EIO          // the disk or the network failed
	EInternal    = store.EInternal    // a bug or an unexpected condition
	ECanceled    = store.ECanceled    // the user cancelled the work
	EFull        = store.EFull        // the disk is full
	ETooLarge    = store.ETooLarge    // an attachment exceeds the limit
	EUnsupported = store.EUnsupported // a file type we do not accept
)

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code Code, format string, args ...any) *Error { return store.Errorf(code, format, args...) }

// ErrorCode returns the code of err, EConflict for a *ConflictError and
// EInternal for any other non-nil error.
func ErrorCode(err error) Code { return store.ErrorCode(err) }

// ErrorMessage returns the Vietnamese message of err for the user; errors
// that did not come from the archive get a generic message with the cause.
func ErrorMessage(err error) string { return store.ErrorMessage(err) }

// FieldErrors returns the per-field validation messages carried by err.
func FieldErrors(err error) []FieldError { return store.FieldErrors(err) }
