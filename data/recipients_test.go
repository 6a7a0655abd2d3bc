package data_test

import (
	"database/sql"
	"testing"

	"github.com/danvankheo/danvankheo/data"
)

// recipientCase is an entry and the recipient its commendation should name.
type recipientCase struct {
	name string
	mod  func(*data.Entry)
	want data.Recipient
}

var recipientCases = []recipientCase{
	{"Ông Nguyễn Văn An – trưởng ấp gương mẫu", func(e *data.Entry) {
		e.Kind, e.Person, e.Position, e.Place = data.KindIndividual, "Nguyễn Văn An", "Trưởng Trạm Y tế xã Tân Hòa", "ấp 3, xã Tân Hòa"
	}, data.Recipient{Kind: data.RecipientPerson, Name: "Nguyễn Văn An", Position: "Trưởng Trạm Y tế xã Tân Hòa"}},
	{"Chi hội Phụ nữ ấp Bàu Sen – điển hình “Dân vận khéo”", func(e *data.Entry) {
		e.Kind, e.Place = data.KindCollective, "ấp Bàu Sen, xã Tân Hòa"
	}, data.Recipient{Kind: data.RecipientCollective, Name: "Chi hội Phụ nữ ấp Bàu Sen", Place: "xã Tân Hòa", Review: true}},
	{"Tổ tự quản đường hoa", func(e *data.Entry) {
		e.Person, e.Place = "Chi đoàn ấp 2", "ấp 2, xã Tân Hòa"
	}, data.Recipient{Kind: data.RecipientCollective, Name: "Chi đoàn ấp 2", Place: "xã Tân Hòa"}},
	{"Sinh hoạt chi bộ kiểu mẫu", nil,
		data.Recipient{Kind: data.RecipientCollective, Name: "Đảng ủy xã Tân Hòa", Review: true}},
}

// TestProposalNamesRecipient: a new proposal honours who the entry names,
// never the model's title; guesses are marked for review.
func TestProposalNamesRecipient(t *testing.T) {
	a, _ := newArchive(t)
	fx := seed(t, a)
	for _, c := range recipientCases {
		var mods []func(*data.Entry)
		if c.mod != nil {
			mods = append(mods, c.mod)
		}
		e := fx.entry(t, c.name, mods...)
		out, err := a.ProposeCommendations(ctx, []int64{e.ID}, 2020, fx.forms[0].ID, "")
		must(t, err)
		if got := out[0].Recipient; got != c.want {
			t.Errorf("%s: recipient %+v, want %+v", c.name, got, c.want)
		}
		if want := data.DefaultCitation(e, "2016–2020", 2020); out[0].Citation != want {
			t.Errorf("%s: citation %q, want %q", c.name, out[0].Citation, want)
		}
	}
}

// TestUpgradeDerivesRecipients: commendations of an archive written before
// schema 3 get their recipients when it is opened.
func TestUpgradeDerivesRecipients(t *testing.T) {
	a, path := newArchive(t)
	fx := seed(t, a)
	var ids []int64
	for _, c := range recipientCases {
		var mods []func(*data.Entry)
		if c.mod != nil {
			mods = append(mods, c.mod)
		}
		e := fx.entry(t, c.name, mods...)
		out, err := a.ProposeCommendations(ctx, []int64{e.ID}, 2020, fx.forms[0].ID, "Thành tích")
		must(t, err)
		ids = append(ids, out[0].ID)
	}
	must(t, a.Close())
	db, err := sql.Open("sqlite", path)
	must(t, err)
	for _, s := range append(undo4, schema1[len(undo4)+3:]...) { // recipients removed, back to schema 2
		if s == "PRAGMA user_version = 1" {
			s = "PRAGMA user_version = 2"
		}
		_, err := db.Exec(s)
		must(t, err)
	}
	db.Close()
	b := openAgain(t, path, tester)
	for i, c := range recipientCases {
		got, err := b.GetCommendation(ctx, ids[i])
		must(t, err)
		if got.Recipient != c.want {
			t.Errorf("%s: upgraded recipient %+v, want %+v", c.name, got.Recipient, c.want)
		}
	}
}

// TestDefaultCitationNamesModel: a model is commended for building and
// spreading it, by name.
func TestDefaultCitationNamesModel(t *testing.T) {
	for _, c := range []struct {
		e    data.Entry
		want string
	}{
		{data.Entry{Kind: data.KindModel, Name: "Tổ tự quản đường hoa"},
			"Đã có thành tích xuất sắc trong xây dựng và nhân rộng mô hình “Tổ tự quản đường hoa”, phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025"},
		{data.Entry{Kind: data.KindModel, Name: "Mô hình “Sinh hoạt chi bộ kiểu mẫu” ở ấp 3"},
			"Đã có thành tích xuất sắc trong xây dựng và nhân rộng mô hình “Sinh hoạt chi bộ kiểu mẫu” ở ấp 3, phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025"},
		{data.Entry{Kind: data.KindIndividual, Name: "Ông A"},
			"Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025"},
	} {
		if got := data.DefaultCitation(&c.e, "2021–2025", 2025); got != c.want {
			t.Errorf("citation\n got %s\nwant %s", got, c.want)
		}
	}
}

// TestPersonOfTitle: district lists name an individual exemplar in its
// title, after an honorific; anything else names nobody.
func TestPersonOfTitle(t *testing.T) {
	cases := map[string]string{
		"Ông Nguyễn Văn An – trưởng ấp gương mẫu":                  "Nguyễn Văn An",
		"Bà Trần Thị Bích - Chi hội trưởng Chi hội Phụ nữ ấp 5":    "Trần Thị Bích",
		"Ông Nguyễn Văn A, trưởng ấp Bàu Sen":                      "Nguyễn Văn A",
		"Anh Lê Văn Tám (Bí thư Chi đoàn ấp 2)":                    "Lê Văn Tám",
		"Chị Hồ Thị Lan: người gom rác thuê":                       "Hồ Thị Lan",
		"Đồng chí Phạm Minh Chính – Bí thư Chi bộ":                 "Phạm Minh Chính",
		"Đ/c Võ Thị Sáu, công an viên":                             "Võ Thị Sáu",
		"ĐỒNG CHÍ NGUYỄN VĂN HAI – TRƯỞNG ẤP":                      "Nguyễn Văn Hai",
		"Ông Nguyễn Văn An trưởng ấp 3 vận động hiến đất":          "Nguyễn Văn An",
		"“Bà Bùi Mỹ Hiền”, tổ trưởng tổ tự quản":                   "Bùi Mỹ Hiền",
		"Anh hùng lao động giúp dân":                               "",
		"Chị em phụ nữ ấp 3 giữ đường sạch":                        "",
		"Tổ tự quản an ninh trật tự ấp 3":                          "",
		"Ông Tám – người giữ đê":                                   "",
		"Nguyễn Văn An – trưởng ấp":                                "",
		"Ông Nguyễn Văn An Trưởng Ban Công Tác Mặt Trận Khu Phố 3": "",
		"Bà Rịa": "",
	}
	for title, want := range cases {
		if got := data.PersonOfTitle(title); got != want {
			t.Errorf("PersonOfTitle(%q) = %q, want %q", title, got, want)
		}
	}
}
