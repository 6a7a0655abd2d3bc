-- Schema version 1 of the "Dân vận khéo" archive.
--
-- Every record table has the same bookkeeping columns: a random stable uid
-- (for merging archives), a version that guards against lost updates, who
-- created and changed it, and deleted_at/deleted_by for the recycle bin
-- ('' while the record is live). Times are UTC, 'YYYY-MM-DDTHH:MM:SS.sssZ';
-- calendar dates are 'YYYY-MM-DD'; '' means unknown.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE doc_counters (
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, year)
) WITHOUT ROWID;

CREATE TABLE units (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted_at   TEXT NOT NULL DEFAULT '',
    deleted_by   TEXT NOT NULL DEFAULT '',
    name         TEXT NOT NULL,
    name_key     BLOB NOT NULL DEFAULT x'',
    kind         TEXT NOT NULL DEFAULT '',
    parent_id    INTEGER REFERENCES units(id),
    valid_from   TEXT NOT NULL DEFAULT '',
    valid_to     TEXT NOT NULL DEFAULT '',
    successor_id INTEGER REFERENCES units(id),
    active       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_successor ON units(successor_id);
CREATE INDEX units_name_key ON units(name_key);

CREATE TABLE fields (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT NOT NULL DEFAULT '',
    deleted_by TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE levels (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT NOT NULL DEFAULT '',
    deleted_by TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL,
    rank       INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE phases (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT NOT NULL DEFAULT '',
    deleted_by TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL,
    start_year INTEGER NOT NULL,
    end_year   INTEGER NOT NULL,
    plan       TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    CHECK (end_year >= start_year)
);

-- A criteria set belongs to a phase: its criteria (with maximum points) and
-- the thresholds that turn a total into a conclusion.
CREATE TABLE criteria_sets (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT NOT NULL DEFAULT '',
    deleted_by TEXT NOT NULL DEFAULT '',
    phase_id   INTEGER NOT NULL REFERENCES phases(id),
    name       TEXT NOT NULL
);
CREATE INDEX criteria_sets_phase ON criteria_sets(phase_id);

CREATE TABLE criteria (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    set_id     INTEGER NOT NULL REFERENCES criteria_sets(id) ON DELETE CASCADE,
    grp        TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL,
    max_points REAL NOT NULL CHECK (max_points > 0),
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX criteria_set ON criteria(set_id, position);

CREATE TABLE thresholds (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    set_id     INTEGER NOT NULL REFERENCES criteria_sets(id) ON DELETE CASCADE,
    conclusion TEXT NOT NULL,
    min_points REAL NOT NULL
);
CREATE INDEX thresholds_set ON thresholds(set_id, min_points);

CREATE TABLE award_forms (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT NOT NULL DEFAULT '',
    deleted_by TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL,
    title      TEXT NOT NULL,
    authority  TEXT NOT NULL DEFAULT '',
    header     TEXT NOT NULL DEFAULT 'dang' CHECK (header IN ('dang', 'nha_nuoc')),
    rank       INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1
);

-- Entries hold what lists, filters and statistics read; the long text of
-- the registration form is in entry_texts, so scanning 100,000 entries reads
-- a few megabytes instead of the whole archive.
CREATE TABLE entries (
    id                INTEGER PRIMARY KEY,
    uid               TEXT NOT NULL UNIQUE,
    version           INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL DEFAULT '',
    deleted_at        TEXT NOT NULL DEFAULT '',
    deleted_by        TEXT NOT NULL DEFAULT '',
    kind              TEXT NOT NULL CHECK (kind IN ('mo_hinh', 'dien_hinh_tap_the', 'dien_hinh_ca_nhan')),
    name              TEXT NOT NULL,
    name_key          BLOB NOT NULL DEFAULT x'',
    unit_id           INTEGER NOT NULL REFERENCES units(id),
    field_id          INTEGER NOT NULL REFERENCES fields(id),
    phase_id          INTEGER REFERENCES phases(id),
    year              INTEGER NOT NULL,
    place             TEXT NOT NULL DEFAULT '',
    person            TEXT NOT NULL DEFAULT '',
    position          TEXT NOT NULL DEFAULT '',
    replication_count INTEGER NOT NULL DEFAULT 0
);
-- Pages of a list come in Vietnamese order straight from these indexes.
-- They are partial (live entries only), so the planner never mistakes
-- "deleted_at = ''" for a selective condition, statistics or not.
CREATE INDEX entries_name ON entries(name_key) WHERE deleted_at = '';
CREATE INDEX entries_unit_name ON entries(unit_id, name_key) WHERE deleted_at = '';
CREATE INDEX entries_year_name ON entries(year, name_key) WHERE deleted_at = '';
CREATE INDEX entries_updated ON entries(updated_at) WHERE deleted_at = '';
-- Counts and statistics read only this narrow index.
CREATE INDEX entries_stats ON entries(phase_id, year, unit_id, field_id, kind) WHERE deleted_at = '';
CREATE INDEX entries_deleted ON entries(deleted_at) WHERE deleted_at <> '';
-- For the foreign-key checks when a catalogue item is deleted.
CREATE INDEX entries_unit ON entries(unit_id);
CREATE INDEX entries_phase ON entries(phase_id);
CREATE INDEX entries_field ON entries(field_id);

CREATE TABLE entry_texts (
    entry_id    INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    situation   TEXT NOT NULL DEFAULT '',
    objectives  TEXT NOT NULL DEFAULT '',
    criteria    TEXT NOT NULL DEFAULT '',
    method      TEXT NOT NULL DEFAULT '',
    scope       TEXT NOT NULL DEFAULT '',
    forces      TEXT NOT NULL DEFAULT '',
    resources   TEXT NOT NULL DEFAULT '',
    time_frame  TEXT NOT NULL DEFAULT '',
    results     TEXT NOT NULL DEFAULT '',
    replication TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT ''
);

-- Search: folded text (lower case, no diacritics, đ→d) of name, unit,
-- person, place and content. Contentless with rowid-only doclists keeps it a
-- fraction of the text's size; prefix indexes make typing one to three
-- letters fast.
CREATE VIRTUAL TABLE entry_fts USING fts5(
    doc,
    content = '',
    contentless_delete = 1,
    detail = none,
    prefix = '1 2 3'
);

CREATE TABLE recognitions (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT NOT NULL DEFAULT '',
    deleted_by TEXT NOT NULL DEFAULT '',
    entry_id   INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    year       INTEGER NOT NULL,
    level_id   INTEGER REFERENCES levels(id),
    status     TEXT NOT NULL CHECK (status IN ('cong_nhan', 'tieu_bieu', 'khong_cong_nhan', 'loai_bo')),
    decision   TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX recognitions_entry_year ON recognitions(entry_id, year) WHERE deleted_at = '';
CREATE INDEX recognitions_year ON recognitions(year, status, level_id, entry_id) WHERE deleted_at = '';
CREATE INDEX recognitions_entry ON recognitions(entry_id);

CREATE TABLE evaluations (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT NOT NULL DEFAULT '',
    deleted_by TEXT NOT NULL DEFAULT '',
    entry_id   INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    year       INTEGER NOT NULL,
    set_id     INTEGER NOT NULL REFERENCES criteria_sets(id),
    total      REAL NOT NULL DEFAULT 0,
    conclusion TEXT NOT NULL DEFAULT '',
    evaluator  TEXT NOT NULL DEFAULT '',
    eval_date  TEXT NOT NULL DEFAULT '',
    comments   TEXT NOT NULL DEFAULT '',
    locked     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX evaluations_entry_year ON evaluations(entry_id, year) WHERE deleted_at = '';
CREATE INDEX evaluations_entry ON evaluations(entry_id);
CREATE INDEX evaluations_year ON evaluations(year);

CREATE TABLE evaluation_scores (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    criterion_id  INTEGER NOT NULL REFERENCES criteria(id),
    points        REAL NOT NULL CHECK (points >= 0),
    PRIMARY KEY (evaluation_id, criterion_id)
) WITHOUT ROWID;
CREATE INDEX evaluation_scores_criterion ON evaluation_scores(criterion_id);

-- A locked evaluation is final: the archive itself refuses to change it, so
-- no program version and no hand edit can alter a signed score.
CREATE TRIGGER evaluations_locked_update BEFORE UPDATE ON evaluations
WHEN OLD.locked = 1
BEGIN
    SELECT RAISE(ABORT, 'evaluation locked');
END;
CREATE TRIGGER evaluation_scores_locked_insert BEFORE INSERT ON evaluation_scores
WHEN (SELECT locked FROM evaluations WHERE id = NEW.evaluation_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'evaluation locked');
END;
CREATE TRIGGER evaluation_scores_locked_update BEFORE UPDATE ON evaluation_scores
WHEN (SELECT locked FROM evaluations WHERE id = OLD.evaluation_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'evaluation locked');
END;
CREATE TRIGGER evaluation_scores_locked_delete BEFORE DELETE ON evaluation_scores
WHEN (SELECT locked FROM evaluations WHERE id = OLD.evaluation_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'evaluation locked');
END;

CREATE TABLE commendations (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL DEFAULT '',
    deleted_at    TEXT NOT NULL DEFAULT '',
    deleted_by    TEXT NOT NULL DEFAULT '',
    entry_id      INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    year          INTEGER NOT NULL,
    form_id       INTEGER NOT NULL REFERENCES award_forms(id),
    status        TEXT NOT NULL CHECK (status IN ('de_nghi', 'da_khen', 'khong_khen')),
    decision_no   TEXT NOT NULL DEFAULT '',
    decision_date TEXT NOT NULL DEFAULT '',
    citation      TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX commendations_entry ON commendations(entry_id);
CREATE INDEX commendations_year ON commendations(year, status, form_id, entry_id) WHERE deleted_at = '';

CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT NOT NULL DEFAULT '',
    deleted_by TEXT NOT NULL DEFAULT '',
    entry_id   INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    caption    TEXT NOT NULL DEFAULT '',
    data       BLOB NOT NULL DEFAULT x''
);
CREATE INDEX attachments_entry ON attachments(entry_id);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    os_user      TEXT NOT NULL DEFAULT '',
    machine      TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL,
    table_name   TEXT NOT NULL DEFAULT '',
    record_id    INTEGER NOT NULL DEFAULT 0,
    record_uid   TEXT NOT NULL DEFAULT '',
    label        TEXT NOT NULL DEFAULT '',
    changes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_record ON audit_log(table_name, record_id);
CREATE INDEX audit_at ON audit_log(at);

-- The four fields every province uses; the list stays editable.
INSERT INTO fields (uid, created_at, updated_at, name, position) VALUES
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'Kinh tế', 1),
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'Văn hóa – xã hội', 2),
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'Quốc phòng – an ninh', 3),
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'Xây dựng hệ thống chính trị', 4);

INSERT INTO levels (uid, created_at, updated_at, name, rank) VALUES
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'Cấp cơ sở', 1),
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'Cấp huyện', 2),
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'Cấp tỉnh', 3);

-- Common award forms; offices edit names and authorities to their own.
INSERT INTO award_forms (uid, created_at, updated_at, name, title, authority, header, rank) VALUES
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'),
     'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'BẰNG KHEN', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'nha_nuoc', 3),
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'),
     'Bằng khen của Ban Thường vụ Tỉnh ủy', 'BẰNG KHEN', 'BAN THƯỜNG VỤ TỈNH ỦY', 'dang', 3),
    (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'),
     'Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy', 'GIẤY KHEN', 'BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY', 'dang', 2);
