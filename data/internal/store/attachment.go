package store

import (
	"context"
	"strings"

	"github.com/danvankheo/danvankheo/data/vntext"
)

// Attachment is a photo or document stored inside the archive. Data is
// loaded only by AttachmentData, so lists stay light.
type Attachment struct {
	Meta
	EntryID  int64
	FileName string
	MIME     string
	Size     int64
	SHA256   string
	Caption  string

	data []byte // set only when adding; stored by afterSave
}

func (t *Attachment) table() Table  { return Attachments }
func (t *Attachment) label() string { return t.FileName }
func (t *Attachment) columns() []Column {
	return []Column{
		{Name: "entry_id", Ptr: &t.EntryID}, {Name: "file_name", Ptr: &t.FileName}, {Name: "mime", Ptr: &t.MIME},
		{Name: "size", Ptr: &t.Size}, {Name: "sha256", Ptr: &t.SHA256}, {Name: "caption", Ptr: &t.Caption},
	}
}

// IsImage reports whether the attachment is a photo that can be previewed.
func (t *Attachment) IsImage() bool { return strings.HasPrefix(t.MIME, "image/") }

func (t *Attachment) normalize() {
	t.Caption, t.FileName = vntext.Clean(t.Caption), vntext.Clean(t.FileName)
}

func (t *Attachment) check(ctx context.Context, q Tx) error {
	var v validator
	liveEntry(ctx, q, &v, t.EntryID)
	v.required("file_name", "Tên tệp", t.FileName)
	return v.err()
}

func (t *Attachment) afterSave(ctx context.Context, q Tx, _ Record) error {
	if t.data == nil {
		return nil
	}
	_, err := q.ExecContext(ctx, "UPDATE attachments SET data = ? WHERE id = ?", t.data, t.ID)
	return err
}

// SetContent gives a new attachment the bytes its save stores.
func SetContent(t *Attachment, data []byte) { t.data = data }
