package data

import (
	"context"
	"database/sql"
	"slices"
	"strconv"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// OrgSettings are the organisation's lines printed on every document. They
// live in the archive, so every computer prints the same header.
type OrgSettings struct {
	// Superior is the direct superior body over the issuer: "TỈNH ỦY PHƯỚC
	// SƠN" over a Ban of the Tỉnh ủy ("ĐẢNG BỘ TỈNH …" heads a cấp ủy's
	// documents, such as a huyện ủy's: 36-HD/VPTW Phụ lục 3).
	Superior string
	Issuer   string // issuing body, e.g. "BAN TUYÊN GIÁO VÀ DÂN VẬN"
	Symbol   string // symbol in document numbers, e.g. "BTGDVTU"
	// Place is the place name on the date line: for a provincial Party
	// body, the province's name ("Phước Sơn"), not the town it sits in
	// (36-HD/VPTW 1.4.1).
	Place         string
	SignAuthority string   // e.g. "T/M BAN THƯỜNG VỤ" or "K/T TRƯỞNG BAN"; may be empty
	SignerTitle   string   // e.g. "TRƯỞNG BAN" or "PHÓ TRƯỞNG BAN"
	SignerName    string   // e.g. "Nguyễn Văn A"
	Recipients    []string // default "Nơi nhận" lines, e.g. "- Thường trực Tỉnh ủy (để b/c),"
	Version       int64    // guards against two people editing the settings at once
}

var settingKeys = []struct {
	key string
	get func(*OrgSettings) *string
}{
	{"org.superior", func(s *OrgSettings) *string { return &s.Superior }},
	{"org.issuer", func(s *OrgSettings) *string { return &s.Issuer }},
	{"org.symbol", func(s *OrgSettings) *string { return &s.Symbol }},
	{"org.place", func(s *OrgSettings) *string { return &s.Place }},
	{"sign.authority", func(s *OrgSettings) *string { return &s.SignAuthority }},
	{"sign.title", func(s *OrgSettings) *string { return &s.SignerTitle }},
	{"sign.name", func(s *OrgSettings) *string { return &s.SignerName }},
}

// SettingLabels names the settings in Vietnamese for forms and the audit log.
var SettingLabels = map[string]string{
	"org.superior":   "Cơ quan cấp trên",
	"org.issuer":     "Cơ quan ban hành",
	"org.symbol":     "Ký hiệu cơ quan",
	"org.place":      "Địa danh",
	"sign.authority": "Thẩm quyền ký (T/M, K/T…)",
	"sign.title":     "Chức vụ người ký",
	"sign.name":      "Họ tên người ký",
	"recipients":     "Nơi nhận",
}

func writeDefaultSettings(ctx context.Context, q store.Tx) error {
	def := map[string]string{
		"org.issuer":       "BAN TUYÊN GIÁO VÀ DÂN VẬN",
		"org.symbol":       "BTGDVTU",
		"sign.title":       "TRƯỞNG BAN",
		"recipients":       "- Thường trực Tỉnh ủy (để b/c),\n- Lưu Văn phòng.",
		"settings.version": "1",
	}
	for k, v := range def {
		if _, err := q.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?)", k, v); err != nil {
			return err
		}
	}
	return nil
}

func readSettings(ctx context.Context, q store.Tx) (map[string]string, error) {
	rows, err := q.QueryContext(ctx, "SELECT key, value FROM settings")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		m[k] = v
	}
	return m, rows.Err()
}

func settingsFrom(m map[string]string) *OrgSettings {
	s := &OrgSettings{}
	for _, k := range settingKeys {
		*k.get(s) = m[k.key]
	}
	if r := m["recipients"]; r != "" {
		s.Recipients = strings.Split(r, "\n")
	}
	s.Version, _ = strconv.ParseInt(m["settings.version"], 10, 64)
	return s
}

// Settings returns the organisation's document settings.
func (a *Archive) Settings(ctx context.Context) (*OrgSettings, error) {
	var s *OrgSettings
	err := a.read(ctx, func(q store.Tx) error {
		m, err := readSettings(ctx, q)
		s = settingsFrom(m)
		return err
	})
	return s, err
}

// SaveSettings stores the settings if nobody changed them since they were
// read (else a *ConflictError with both versions), and logs what changed.
func (a *Archive) SaveSettings(ctx context.Context, s *OrgSettings) error {
	for _, k := range settingKeys {
		p := k.get(s)
		*p = vntext.Clean(*p)
	}
	var lines []string
	for _, r := range s.Recipients {
		if r = vntext.Clean(r); r != "" {
			lines = append(lines, r)
		}
	}
	s.Recipients = lines
	var newVersion int64
	err := a.write(ctx, func(q store.Tx) error {
		m, err := readSettings(ctx, q)
		if err != nil {
			return err
		}
		cur := settingsFrom(m)
		if cur.Version != s.Version {
			return &ConflictError{Table: TableSettings, Mine: s, Theirs: cur}
		}
		next := map[string]string{"recipients": strings.Join(s.Recipients, "\n")}
		for _, k := range settingKeys {
			next[k.key] = *k.get(s)
		}
		var changes []Change
		for _, k := range append(sortedSettingKeys(), "recipients") {
			if m[k] == next[k] {
				continue
			}
			changes = append(changes, Change{Field: k, Old: m[k], New: next[k]})
			if _, err := q.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", k, next[k]); err != nil {
				return err
			}
		}
		newVersion = cur.Version
		if len(changes) == 0 {
			return nil
		}
		newVersion++
		if _, err := q.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES ('settings.version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", itoa(newVersion)); err != nil {
			return err
		}
		return store.Audit(ctx, q, a.opts.Actor, a.now(), "update", TableSettings, 0, "", "Cài đặt văn bản", changes)
	})
	if err == nil {
		s.Version = newVersion
	}
	return err
}

func sortedSettingKeys() []string {
	keys := make([]string, len(settingKeys))
	for i, k := range settingKeys {
		keys[i] = k.key
	}
	return keys
}

// NextDocNumber takes the next number of a document kind ("BC", "TTr",
// "DS"…) for a year. Numbers are never reused, even if the document is not
// issued, as the office's register requires.
func (a *Archive) NextDocNumber(ctx context.Context, kind string, year int) (int, error) {
	var n int
	err := a.write(ctx, func(q store.Tx) error {
		return q.QueryRowContext(ctx, `INSERT INTO doc_counters (kind, year, last) VALUES (?, ?, 1)
			ON CONFLICT (kind, year) DO UPDATE SET last = last + 1 RETURNING last`, kind, year).Scan(&n)
	})
	return n, err
}

// ownSettings are the namespaces of the archive's own settings: the
// organisation and signer (org.*, sign.*), the version of the settings, the
// archive's ID and the collation its sort keys were made with. The
// documents keep theirs beside them under namespaces of their own (the
// report's narrative, a certificate's calibration, an import's column
// mapping), which they name: this file needs to know only its own.
var ownSettings = []string{"org", "sign", "settings", "archive", "collation"}

// checkDocSetting accepts a key "namespace.name" outside the archive's own
// namespaces.
func checkDocSetting(key string) error {
	space, name, ok := strings.Cut(key, ".")
	if ok && space != "" && name != "" && len(key) <= 200 && !slices.Contains(ownSettings, space) {
		return nil
	}
	return &Error{Code: EInvalid, Message: "Khóa cài đặt văn bản không hợp lệ."}
}

// DocSetting returns a document's stored setting ("" when none). Keys are
// "namespace.name", the namespace the document's own ("report.",
// "cert."…); EInvalid for one of the archive's own settings.
func (a *Archive) DocSetting(ctx context.Context, key string) (string, error) {
	if err := checkDocSetting(key); err != nil {
		return "", err
	}
	var v string
	err := a.read(ctx, func(q store.Tx) error {
		err := q.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
		if err == sql.ErrNoRows {
			return nil
		}
		return err
	})
	return v, err
}

// SaveDocSetting stores a document's setting (the report's narrative, a
// certificate's calibration) and logs the change. Errors: EInvalid for a
// key of the archive's own settings (see DocSetting), EReadOnly.
func (a *Archive) SaveDocSetting(ctx context.Context, key, value string) error {
	if err := checkDocSetting(key); err != nil {
		return err
	}
	return a.write(ctx, func(q store.Tx) error {
		var old string
		err := q.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&old)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		if old == value {
			return nil
		}
		if _, err := q.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value); err != nil {
			return err
		}
		return store.Audit(ctx, q, a.opts.Actor, a.now(), "update", TableSettings, 0, "", "Cài đặt văn bản: "+key,
			[]Change{{Field: key, Old: old, New: value}})
	})
}
