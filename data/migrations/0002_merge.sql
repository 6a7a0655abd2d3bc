-- Schema version 2: merging archives.
--
-- Every archive gets its own stable ID, so another archive that merges it can
-- remember what it saw. A file copied from this one carries the same ID: the
-- merge therefore also compares content, never the ID alone.
INSERT OR IGNORE INTO settings (key, value) VALUES ('archive.uid', lower(hex(randomblob(16))));

-- merge_peers lists the archives merged into this one, for the person's
-- information ("last merged on …").
CREATE TABLE merge_peers (
    peer_uid  TEXT PRIMARY KEY,
    name      TEXT NOT NULL DEFAULT '',
    path      TEXT NOT NULL DEFAULT '',
    merged_at TEXT NOT NULL DEFAULT '',
    merged_by TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- merge_base holds, per other archive (peer) and record, the state of both
-- sides after the last merge: this archive's version and time of last
-- change, and the peer's. Every change raises a record's version and sets
-- its time, so the next merge tells who changed what since: only there,
-- take it; only here, keep it; both, ask. (A copy of a copy has the same
-- archive ID but other times: its records do not pass for the ones seen.)
CREATE TABLE merge_base (
    peer_uid          TEXT NOT NULL,
    table_name        TEXT NOT NULL,
    record_uid        TEXT NOT NULL,
    local_version     INTEGER NOT NULL,
    remote_version    INTEGER NOT NULL,
    local_changed_at  TEXT NOT NULL DEFAULT '',
    remote_changed_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (peer_uid, table_name, record_uid)
) WITHOUT ROWID;
