// Package merge merges another archive into this one: a colleague's copy
// taken away on a laptop, or an archive a district office kept apart.
//
// NewPlan compares the two without writing anything (the dry run): what
// each table gains, which records changed on both sides since they last
// agreed (conflicts, for the person to decide), which entries look
// registered twice. The plan shows itself in Vietnamese (Plan.Summary,
// Plan.Notes, Conflict.Title, Field.Excerpt). Apply carries it out in one
// transaction, all or nothing, after a backup, refusing when either file
// changed since the plan was made.
//
// Records are matched by their UIDs; catalogue items made apart by name.
// merge_base remembers, per record, both sides' versions at the last merge,
// so the next one knows which side changed; without it the audit logs of
// two copies tell which side wrote a record since the copy. The other file
// is opened read-only and never written.
package merge
