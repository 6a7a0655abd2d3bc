package store

import (
	"context"
	"fmt"

	"github.com/danvankheo/danvankheo/data/vntext"
)

func (c *Commendation) table() Table  { return Commendations }
func (c *Commendation) label() string { return fmt.Sprintf("Khen thưởng năm %d", c.Year) }
func (c *Commendation) columns() []Column {
	return []Column{
		{Name: "entry_id", Ptr: &c.EntryID}, {Name: "year", Ptr: &c.Year}, {Name: "form_id", Ptr: &c.FormID},
		{Name: "status", Ptr: &c.Status}, {Name: "decision_no", Ptr: &c.DecisionNo},
		{Name: "decision_date", Ptr: &c.DecisionDate}, {Name: "citation", Ptr: &c.Citation}, {Name: "notes", Ptr: &c.Notes},
		{Name: "recipient_kind", Ptr: &c.Recipient.Kind}, {Name: "recipient_name", Ptr: &c.Recipient.Name},
		{Name: "recipient_position", Ptr: &c.Recipient.Position}, {Name: "recipient_place", Ptr: &c.Recipient.Place},
		{Name: "recipient_review", Ptr: &c.Recipient.Review}, {Name: "gold_book_no", Ptr: &c.GoldBookNo},
	}
}

func (c *Commendation) normalize() {
	c.DecisionNo, c.DecisionDate = vntext.Clean(c.DecisionNo), Date(vntext.Clean(string(c.DecisionDate)))
	c.Citation, c.Notes = vntext.CleanText(c.Citation), vntext.CleanText(c.Notes)
	r := &c.Recipient
	r.Name, r.Position, r.Place = vntext.Clean(r.Name), vntext.Clean(r.Position), vntext.Clean(r.Place)
	c.GoldBookNo = vntext.Clean(c.GoldBookNo)
	if c.Status == "" {
		c.Status = AwardProposed
	}
}

func (c *Commendation) check(ctx context.Context, q Tx) error {
	var v validator
	liveEntry(ctx, q, &v, c.EntryID)
	v.yearRange("year", "Năm khen thưởng", c.Year, true)
	if c.FormID == 0 {
		v.add("form_id", "Hãy chọn hình thức khen thưởng.")
	} else if !exists(ctx, q, AwardForms, c.FormID) {
		v.add("form_id", "Hình thức khen thưởng đã chọn không còn trong danh mục.")
	}
	if !c.Status.Valid() {
		v.add("status", "Trạng thái khen thưởng không hợp lệ.")
	}
	if !c.DecisionDate.Valid() {
		v.add("decision_date", "Ngày quyết định không hợp lệ.")
	}
	if c.Status == AwardGranted && c.DecisionNo == "" {
		v.add("decision_no", "Đã khen thưởng thì cần số quyết định.")
	}
	v.maxLen("citation", "Nội dung thành tích", c.Citation, 2000)
	if c.Recipient.Name == "" && c.ID == 0 && c.EntryID != 0 && v.err() == nil {
		// A new commendation without a recipient honours who its entry names.
		r, err := recipientOf(ctx, q, c.EntryID)
		if err != nil {
			return err
		}
		c.Recipient = r
	}
	if c.Recipient.Kind != RecipientPerson && c.Recipient.Kind != RecipientCollective {
		v.add("recipient_kind", "Hãy chọn được khen là cá nhân hay tập thể.")
	}
	if c.Recipient.Name == "" {
		// Nobody to name yet: printed as a line to fill in by hand, and
		// listed among those to complete.
		c.Recipient.Review = true
	}
	v.maxLen("recipient_name", "Tên người, tập thể được khen", c.Recipient.Name, 200)
	v.maxLen("recipient_position", "Chức vụ", c.Recipient.Position, 300)
	v.maxLen("recipient_place", "Nơi công tác, địa chỉ", c.Recipient.Place, 300)
	return v.err()
}
