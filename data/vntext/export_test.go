package vntext

// FoldSlow exposes the general folding path so tests can check that the
// Latin fast path of Fold agrees with it.
var FoldSlow = foldSlow
