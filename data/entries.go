package data

import (
	"context"

	"github.com/danvankheo/danvankheo/data/internal/store"
)

// EntryFieldLabels names the entry's columns in Vietnamese, for forms,
// validation messages and the history of a record.
var EntryFieldLabels = map[string]string{
	"kind":              "Loại",
	"name":              "Tên mô hình, điển hình",
	"unit_id":           "Đơn vị",
	"field_id":          "Lĩnh vực",
	"phase_id":          "Giai đoạn",
	"year":              "Năm đăng ký",
	"place":             "Địa bàn thực hiện",
	"person":            "Cá nhân, tập thể",
	"position":          "Chức vụ",
	"situation":         "Thực trạng, lý do",
	"objectives":        "Mục tiêu",
	"criteria":          "Tiêu chí",
	"method":            "Nội dung, cách làm",
	"scope":             "Phạm vi, đối tượng",
	"forces":            "Lực lượng tham gia",
	"resources":         "Nguồn lực",
	"time_frame":        "Thời gian thực hiện",
	"results":           "Kết quả, hiệu quả",
	"replication":       "Nhân rộng",
	"replication_count": "Số nơi nhân rộng",
	"notes":             "Ghi chú",
}

// SaveEntry creates the entry (ID 0) or updates it. Text is normalised to
// NFC and trimmed first. It returns an EInvalid *Error naming each bad field,
// a *ConflictError when someone else saved the entry since it was loaded, or
// EReadOnly.
//
// An individual exemplar needs its person here; a batch (an import) may
// store one without, for the person to be added later.
func (a *Archive) SaveEntry(ctx context.Context, e *Entry) error {
	store.ByHand(e, true)
	defer store.ByHand(e, false)
	return save(ctx, a, e)
}

// GetEntry returns the entry with id, deleted or not; ENotFound if none.
func (a *Archive) GetEntry(ctx context.Context, id int64) (*Entry, error) {
	return get[Entry](ctx, a, id)
}
