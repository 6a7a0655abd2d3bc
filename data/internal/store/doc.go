// Package store is the archive's records as they are stored: the domain
// types with the columns they map to and the rules each obeys, the generic
// load, insert and versioned update with their audit lines, the search
// index kept in step with the entries, the transactions and their retries
// while a colleague holds the file, and the errors with their Vietnamese
// messages.
//
// It is internal to data: the public archive (package data, which names
// the types for the rest of the program) and merging archives (data/merge)
// both work through it, so neither reaches into the other.
package store
