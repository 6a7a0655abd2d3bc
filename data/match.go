package data

import (
	"database/sql/driver"
	"strings"

	"modernc.org/sqlite"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// dvk_match(text, query) is true when every word of query begins some word
// of text, folded as the search index folds them. It serves the recycle
// bin's search: the search index holds live entries only.
func init() {
	err := sqlite.RegisterDeterministicScalarFunction("dvk_match", 2, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		text, _ := args[0].(string)
		query, _ := args[1].(string)
		return wordsMatch(text, query), nil
	})
	if err != nil {
		panic(err)
	}
}

func wordsMatch(text, query string) bool {
	words := vntext.Words(text)
	for _, q := range vntext.Words(query) {
		found := false
		for _, w := range words {
			if strings.HasPrefix(w, q) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
