package ui

import "time"

// nowFunc is the clock; tests may set it.
var nowFunc = time.Now
