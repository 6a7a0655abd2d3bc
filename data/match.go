package data

import (
	"database/sql/driver"

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
		return vntext.PrefixesAll(vntext.Words(text), vntext.Words(query)), nil
	})
	if err != nil {
		panic(err)
	}
}
