package store

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// RecipientKind says whether a commendation honours a person or a
// collective.
type RecipientKind string

// The two kinds of recipient.
const (
	RecipientPerson     RecipientKind = "ca_nhan"
	RecipientCollective RecipientKind = "tap_the"
)

// Label returns the Vietnamese name of the kind.
func (k RecipientKind) Label() string {
	if k == RecipientPerson {
		return "Cá nhân"
	}
	return "Tập thể"
}

// Recipient is who a commendation honours: a person (name, position and
// place of work) or a collective (its name and place). Review marks a
// recipient the program guessed from the entry and a person should check.
type Recipient struct {
	Kind     RecipientKind
	Name     string // "Nguyễn Văn An"; "Chi hội Phụ nữ ấp 3"
	Position string // a person's position: "Trưởng Trạm Y tế xã Phước Minh"
	Place    string // a person's place of work or a collective's place: "xã Tân Hòa"
	Review   bool
}

// Details is the line printed under the recipient's name: a person's
// position and place, a collective's place.
func (r Recipient) Details() string {
	if r.Kind == RecipientPerson {
		var parts []string
		for _, s := range []string{r.Position, r.Place} {
			if s = strings.TrimSpace(s); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return r.Place
}

// honorifics open an exemplar's or a leader's name in the office's texts;
// the certificate's own prefix ("Ông", "Bà", "Đồng chí") is chosen per form.
var honorifics = []string{"Đồng chí ", "Đ/c ", "Ông ", "Bà ", "Anh ", "Chị "}

// collectiveWords open the names of collectives: a Party cell, an
// association, a team, a school, a commune's committee…
var collectiveWords = []string{"chi bộ", "đảng bộ", "đảng ủy", "chi hội", "hội", "chi đoàn", "đoàn", "ban", "tổ", "nhóm",
	"câu lạc bộ", "clb", "trung đội", "đại đội", "tiểu đội", "dân quân", "lực lượng", "hợp tác xã", "htx", "trường", "trạm", "công an", "ủy ban", "ubnd", "mặt trận", "mttq",
	"huyện ủy", "thành ủy", "thị ủy", "tập thể", "khu phố", "ấp", "thôn", "bản", "tổ dân phố", "đội", "đồn", "ban chỉ huy",
	"phòng", "sở", "trung tâm", "bệnh viện", "công ty", "doanh nghiệp", "xã", "phường", "thị trấn", "gia đình"}

// looksCollective reports whether a name starts as a collective's does.
func looksCollective(name string) bool {
	f := vntext.Fold(name)
	for _, w := range collectiveWords {
		if fw := vntext.Fold(w); f == fw || strings.HasPrefix(f, fw+" ") {
			return true
		}
	}
	return false
}

// stripHonorific drops "Ông", "Bà", "Đồng chí"… before a person's name.
func stripHonorific(name string) (string, bool) {
	for _, h := range honorifics {
		if len(name) > len(h) && strings.EqualFold(name[:len(h)], h) {
			return strings.TrimSpace(name[len(h):]), true
		}
	}
	return name, false
}

// placeBeyond keeps the parts of a place ("ấp 3, xã Tân Hòa", smallest
// first) that lie beyond what the given texts already name, so "Trưởng
// Trạm Y tế xã Tân Hòa" is not followed by "xã Tân Hòa" again, and "Hội
// Khuyến học xã Tân Hòa" not by its hamlet.
func placeBeyond(place string, named ...string) string {
	var have []string
	for _, n := range named {
		have = append(have, vntext.Fold(n))
	}
	var parts []string
	for _, p := range strings.Split(place, ",") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	for i := len(parts) - 1; i >= 0; i-- {
		fp := vntext.Fold(parts[i])
		for _, h := range have {
			if strings.Contains(h, fp) {
				return strings.Join(parts[i+1:], ", ")
			}
		}
	}
	return strings.Join(parts, ", ")
}

// DefaultRecipient says who a commendation of the entry honours, as far as
// the entry tells: an individual exemplar's person; a collective
// exemplar's collective; the collective that runs a model, or else the unit
// that registered it. Whatever is guessed is marked for review.
func DefaultRecipient(e *Entry, unitName string) Recipient {
	person := strings.TrimSpace(e.Person)
	switch e.Kind {
	case KindIndividual:
		name, _ := stripHonorific(person)
		if name == "" {
			name = PersonOfTitle(e.Name)
		}
		return Recipient{Kind: RecipientPerson, Name: name, Position: e.Position,
			Place: placeBeyond(e.Place, e.Position), Review: person == ""}
	case KindCollective:
		name := person
		if name == "" {
			name = collectiveOfTitle(e.Name)
		}
		if name == "" {
			name = unitName
		}
		return Recipient{Kind: RecipientCollective, Name: name, Place: placeBeyond(e.Place, name), Review: person == ""}
	}
	if person == "" {
		return Recipient{Kind: RecipientCollective, Name: unitName, Review: true}
	}
	if name, ok := stripHonorific(person); ok || !looksCollective(person) {
		return Recipient{Kind: RecipientPerson, Name: name, Position: e.Position,
			Place: placeBeyond(e.Place, e.Position), Review: !ok}
	}
	return Recipient{Kind: RecipientCollective, Name: person, Place: placeBeyond(e.Place, person)}
}

// collectiveOfTitle takes the collective out of an exemplar's title such
// as "Chi hội Phụ nữ ấp 3 – điển hình “Dân vận khéo” trong …": the part
// before the dash, when it reads as a collective.
func collectiveOfTitle(title string) string {
	for _, sep := range []string{" – ", " - ", ": "} {
		if head, _, ok := strings.Cut(title, sep); ok && looksCollective(head) {
			return strings.TrimSpace(head)
		}
	}
	return ""
}

// PersonOfTitle takes the person out of an individual exemplar's title,
// as district lists name them when they have no column for the person:
// "Ông Nguyễn Văn An – trưởng ấp …", "Bà Trần Thị B, Chi hội trưởng …",
// "Đ/c Lê Văn Tám (Bí thư Chi bộ ấp 2)". The name follows the honorific
// up to the first dash, comma, bracket, colon or closing quote, and ends
// before the first word without a capital ("Ông Nguyễn Văn An trưởng ấp
// 3"), so "Anh hùng …" or "Chị em phụ nữ …" name nobody; a name in
// capitals is written as names are. It returns "" when the title names no
// one it can be sure of (one word, or more than five capitalised words).
func PersonOfTitle(title string) string {
	rest, ok := stripHonorific(strings.TrimLeft(strings.TrimSpace(title), "“\"'"))
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, ",(–—-:;”\""); i >= 0 {
		rest = rest[:i]
	}
	var name []string
	for _, w := range strings.Fields(rest) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			break
		}
		name = append(name, w)
	}
	if len(name) < 2 || len(name) > 5 {
		return ""
	}
	out := strings.Join(name, " ")
	if out == strings.ToUpper(out) {
		for i, w := range name {
			r, n := utf8.DecodeRuneInString(w)
			name[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
		}
		out = strings.Join(name, " ")
	}
	return out
}

// DefaultCitation is the usual achievement text of a commendation: a model
// is commended for building and spreading it, by name; an exemplar for its
// part in the movement. phase is the phase's name ("2021–2025"); without
// one the year stands in.
func DefaultCitation(e *Entry, phase string, year int) string {
	when := "giai đoạn " + phase
	if phase == "" {
		when = "năm " + itoa(int64(year))
	}
	if e.Kind != KindModel {
		return "Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” " + when
	}
	return "Đã có thành tích xuất sắc trong xây dựng và nhân rộng " + modelPhrase(e.Name) +
		", phong trào thi đua “Dân vận khéo” " + when
}

// modelPhrase names a model in running text: "mô hình “Tổ tự quản …”", or
// as typed when the name already quotes itself ("Mô hình “…” ở ấp 3").
func modelPhrase(name string) string {
	name = strings.TrimSpace(name)
	if rest, ok := cutFoldPrefix(name, "mô hình "); ok {
		if strings.ContainsAny(rest, "“\"") {
			return "mô hình " + rest
		}
		name = rest
	}
	name = strings.Trim(name, "“”\"")
	return "mô hình “" + name + "”"
}

func cutFoldPrefix(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && vntext.Fold(s[:len(prefix)]) == vntext.Fold(prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// EntryAndUnit reads an entry and its unit's name in q.
func EntryAndUnit(ctx context.Context, q Tx, entryID int64) (*Entry, string, error) {
	e := &Entry{}
	if err := LoadRecord(ctx, q, e, entryID); err != nil {
		return nil, "", err
	}
	var unit string
	err := q.QueryRowContext(ctx, "SELECT name FROM units WHERE id = ?", e.UnitID).Scan(&unit)
	return e, unit, err
}

// recipientOf returns the default recipient of an entry's commendation.
func recipientOf(ctx context.Context, q Tx, entryID int64) (Recipient, error) {
	e, unit, err := EntryAndUnit(ctx, q, entryID)
	if err != nil {
		return Recipient{}, err
	}
	return DefaultRecipient(e, unit), nil
}

// DeriveRecipients fills in the recipients of the commendations that have
// none, from their entries. Schema step 3 runs it on existing archives.
func DeriveRecipients(ctx context.Context, q Tx) error {
	rows, err := q.QueryContext(ctx, "SELECT id, entry_id FROM commendations WHERE recipient_name = ''")
	if err != nil {
		return err
	}
	type pair struct{ id, entry int64 }
	var todo []pair
	for rows.Next() {
		var p pair
		if err := rows.Scan(&p.id, &p.entry); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, p := range todo {
		r, err := recipientOf(ctx, q, p.entry)
		if err != nil {
			return err
		}
		if _, err := q.ExecContext(ctx, `UPDATE commendations SET recipient_kind = ?, recipient_name = ?,
			recipient_position = ?, recipient_place = ?, recipient_review = ? WHERE id = ?`,
			string(r.Kind), r.Name, r.Position, r.Place, r.Review, p.id); err != nil {
			return err
		}
	}
	return nil
}
