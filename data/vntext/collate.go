package vntext

import (
	"bytes"
	"slices"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// KeyVersion identifies the rules behind Key: the CLDR and Unicode versions
// of the x/text collation tables, the Unicode version of the NFC tables used
// by Clean, and a revision number of this package's own preparation of the
// text. A store of saved keys must rebuild them when it changes.
const KeyVersion = "vi-cldr" + collate.CLDRVersion +
	"-uca" + collate.UnicodeVersion +
	"-nfc" + norm.Version +
	"-r1"

// keyer is a Vietnamese collator with its scratch buffer; neither is safe
// for concurrent use, so each goroutine borrows one from keyers.
type keyer struct {
	c   *collate.Collator
	buf collate.Buffer
}

// keyers holds idle keyers, letting concurrent callers sort without a lock.
var keyers = sync.Pool{
	New: func() any {
		return &keyer{c: collate.New(language.Vietnamese)}
	},
}

// Key returns a binary sort key for s such that bytes.Compare on two keys
// orders the strings alphabetically in Vietnamese (CLDR "vi": letters first,
// then tones ngang, huyền, hỏi, ngã, sắc, nặng, then lower case before upper
// case). The text is Clean-ed first, so surrounding spaces and NFC/NFD
// differences do not matter. The returned slice belongs to the caller; keys
// saved for later must be rebuilt when KeyVersion changes.
func Key(s string) []byte {
	k := keyers.Get().(*keyer)
	defer keyers.Put(k)
	key := k.c.KeyFromString(&k.buf, Clean(s))
	out := make([]byte, len(key))
	copy(out, key)
	k.buf.Reset()
	return out
}

// Compare returns -1, 0 or +1 as a sorts before, equal to or after b in
// Vietnamese order; it always agrees with comparing Key(a) and Key(b).
func Compare(a, b string) int {
	k := keyers.Get().(*keyer)
	defer keyers.Put(k)
	// Both keys live in the buffer until Reset, so no copy is needed.
	ka := k.c.KeyFromString(&k.buf, Clean(a))
	kb := k.c.KeyFromString(&k.buf, Clean(b))
	r := bytes.Compare(ka, kb)
	k.buf.Reset()
	return r
}

// SortStrings sorts ss in place in Vietnamese order, keeping strings that
// compare equal (such as NFC and NFD spellings of one name) in their
// original order; each key is computed once.
func SortStrings(ss []string) {
	if len(ss) < 2 {
		return
	}
	type item struct {
		key []byte
		s   string
	}
	k := keyers.Get().(*keyer)
	defer keyers.Put(k)
	items := make([]item, len(ss))
	for i, s := range ss {
		items[i] = item{key: k.c.KeyFromString(&k.buf, Clean(s)), s: s}
	}
	slices.SortStableFunc(items, func(x, y item) int {
		return bytes.Compare(x.key, y.key)
	})
	for i := range items {
		ss[i] = items[i].s
	}
	k.buf.Reset()
}
