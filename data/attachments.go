package data

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/danvankheo/danvankheo/data/internal/store"
	"github.com/danvankheo/danvankheo/data/vntext"
)

// MaxAttachmentSize bounds one attachment: the archive lives on a shared
// drive and every byte of it travels over the network.
const MaxAttachmentSize = 20 << 20

// attachmentTypes are the accepted files: the extension must agree with what
// the content really is, so a renamed program is not stored as a photo.
var attachmentTypes = map[string]struct {
	mime  string
	magic [][]byte
}{
	".jpg":  {"image/jpeg", [][]byte{{0xFF, 0xD8, 0xFF}}},
	".jpeg": {"image/jpeg", [][]byte{{0xFF, 0xD8, 0xFF}}},
	".png":  {"image/png", [][]byte{[]byte("\x89PNG\r\n\x1a\n")}},
	".gif":  {"image/gif", [][]byte{[]byte("GIF87a"), []byte("GIF89a")}},
	".pdf":  {"application/pdf", [][]byte{[]byte("%PDF-")}},
	".docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", [][]byte{[]byte("PK\x03\x04")}},
	".xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [][]byte{[]byte("PK\x03\x04")}},
	".pptx": {"application/vnd.openxmlformats-officedocument.presentationml.presentation", [][]byte{[]byte("PK\x03\x04")}},
	".odt":  {"application/vnd.oasis.opendocument.text", [][]byte{[]byte("PK\x03\x04")}},
	".doc":  {"application/msword", [][]byte{{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}}},
	".xls":  {"application/vnd.ms-excel", [][]byte{{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}}},
}

// AcceptedAttachmentTypes lists the accepted extensions for file dialogs.
func AcceptedAttachmentTypes() []string {
	return []string{".jpg", ".jpeg", ".png", ".gif", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".pptx", ".odt"}
}

func checkAttachment(name string, data []byte) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	t, ok := attachmentTypes[ext]
	if !ok {
		return "", &Error{Code: EUnsupported, Message: fmt.Sprintf("Không nhận tệp %q: chỉ nhận ảnh (JPG, PNG, GIF) và tài liệu (PDF, Word, Excel, PowerPoint, ODT).", name)}
	}
	if len(data) == 0 {
		return "", &Error{Code: EInvalid, Message: fmt.Sprintf("Tệp %q rỗng.", name)}
	}
	if len(data) > MaxAttachmentSize {
		return "", &Error{Code: ETooLarge, Message: fmt.Sprintf("Tệp %q lớn %s MB, vượt giới hạn %d MB. Hãy thu nhỏ ảnh hoặc tài liệu trước khi đính kèm.",
			name, vntext.FormatDecimal(float64(len(data))/(1<<20), 1), MaxAttachmentSize>>20)}
	}
	for _, m := range t.magic {
		if bytes.HasPrefix(data, m) {
			return t.mime, nil
		}
	}
	return "", &Error{Code: EUnsupported, Message: fmt.Sprintf("Nội dung tệp %q không đúng với đuôi %s (tệp có thể bị hỏng hoặc bị đổi tên).", name, ext)}
}

// AddAttachment stores a file for an entry after checking its type and
// size. Errors: EUnsupported, ETooLarge, EInvalid, EReadOnly.
func (a *Archive) AddAttachment(ctx context.Context, entryID int64, fileName, caption string, data []byte) (*Attachment, error) {
	fileName = vntext.Clean(filepath.Base(strings.ReplaceAll(fileName, `\`, "/")))
	mime, err := checkAttachment(fileName, data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	t := &Attachment{EntryID: entryID, FileName: fileName, MIME: mime, Size: int64(len(data)),
		SHA256: hex.EncodeToString(sum[:]), Caption: caption}
	store.SetContent(t, data)
	if err := save(ctx, a, t); err != nil {
		return nil, err
	}
	store.SetContent(t, nil)
	return t, nil
}

// EntryAttachments lists an entry's live attachments without their data.
func (a *Archive) EntryAttachments(ctx context.Context, entryID int64) ([]*Attachment, error) {
	return list[Attachment](ctx, a, "WHERE entry_id = ? AND deleted_at = '' ORDER BY id", entryID)
}

// AttachmentData returns the stored bytes of an attachment.
func (a *Archive) AttachmentData(ctx context.Context, id int64) ([]byte, error) {
	var data []byte
	err := a.read(ctx, func(q store.Tx) error {
		return q.QueryRowContext(ctx, "SELECT data FROM attachments WHERE id = ?", id).Scan(&data)
	})
	return data, err
}
