package store

import (
	"errors"
	"fmt"
	"strings"
)

// Code classifies an error so callers can react without matching strings.
type Code string

// Error codes returned by the archive.
const (
	ENotFound    Code = "not_found"    // the record or file does not exist
	EInvalid     Code = "invalid"      // the input breaks a rule; Fields says which
	EConflict    Code = "conflict"     // someone else saved the record first
	EReadOnly    Code = "read_only"    // the archive is open read-only
	ENotArchive  Code = "not_archive"  // the file is not one of our archives
	ECorrupt     Code = "corrupt"      // the file is damaged or truncated
	ENewerSchema Code = "newer_schema" // written by a newer program
	EBusy        Code = "busy"         // another user held the file too long
	EInUse       Code = "in_use"       // the record is referred to and cannot go
	EExists      Code = "exists"       // the thing to create is already there
	ELocked      Code = "locked"       // a locked evaluation cannot change
	EIO          Code = "io"           // the disk or the network failed
	EInternal    Code = "internal"     // a bug or an unexpected condition
	ECanceled    Code = "canceled"     // the user cancelled the work
	EFull        Code = "full"         // the disk is full
	ETooLarge    Code = "too_large"    // an attachment exceeds the limit
	EUnsupported Code = "unsupported"  // a file type we do not accept
)

// FieldError names one field that failed validation, with a message for the
// user that names the field in Vietnamese.
type FieldError struct {
	Field   string // column name, e.g. "name"
	Message string // e.g. "Tên mô hình không được để trống."
}

// Error is an error with a code and a Vietnamese message meant for the user.
// Err keeps the technical cause for logs.
type Error struct {
	Code    Code
	Message string
	Fields  []FieldError
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + " (" + e.Err.Error() + ")"
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ConflictError reports that a record changed since the user loaded it.
// Mine is what the user tried to save, Theirs what the archive holds now;
// both are pointers to the same record type (e.g. *Entry), so a screen can
// show them side by side and let the user choose.
type ConflictError struct {
	Table  Table
	Mine   any
	Theirs any
}

func (e *ConflictError) Error() string {
	return "Bản ghi đã được người khác sửa và lưu trước bạn. Hãy xem hai phiên bản và chọn giữ bản nào."
}

// ErrorCode returns the code of err, EConflict for a *ConflictError and
// EInternal for any other non-nil error.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var ce *ConflictError
	if errors.As(err, &ce) {
		return EConflict
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the Vietnamese message of err for the user; errors
// that did not come from this package get a generic message with the cause.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var ce *ConflictError
	if errors.As(err, &ce) {
		return ce.Error()
	}
	var e *Error
	if errors.As(err, &e) {
		if len(e.Fields) > 0 && e.Message == "" {
			msgs := make([]string, len(e.Fields))
			for i, f := range e.Fields {
				msgs[i] = f.Message
			}
			return strings.Join(msgs, "\n")
		}
		return e.Message
	}
	return "Lỗi không mong đợi: " + err.Error()
}

// FieldErrors returns the per-field validation messages carried by err.
func FieldErrors(err error) []FieldError {
	var e *Error
	if errors.As(err, &e) {
		return e.Fields
	}
	return nil
}

// validator collects field errors so a form can show all of them at once.
type validator struct{ fields []FieldError }

func (v *validator) add(field, format string, args ...any) {
	v.fields = append(v.fields, FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
}

func (v *validator) required(field, label, value string) {
	if value == "" {
		v.add(field, "%s không được để trống.", label)
	}
}

func (v *validator) maxLen(field, label, value string, n int) {
	if len([]rune(value)) > n {
		v.add(field, "%s dài quá %d ký tự.", label, n)
	}
}

func (v *validator) yearRange(field, label string, year int, required bool) {
	if year == 0 && !required {
		return
	}
	if year < minYear || year > maxYear {
		v.add(field, "%s phải là năm từ %d đến %d.", label, minYear, maxYear)
	}
}

func (v *validator) err() error {
	if len(v.fields) == 0 {
		return nil
	}
	msgs := make([]string, len(v.fields))
	for i, f := range v.fields {
		msgs[i] = f.Message
	}
	return &Error{Code: EInvalid, Message: strings.Join(msgs, "\n"), Fields: v.fields}
}

// Years outside this range are typing mistakes, not history.
const (
	minYear = 1990
	maxYear = 2100
)
