package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ApplicationID marks a SQLite file as a "Dân vận khéo" archive ("DVK!").
const ApplicationID = 0x44564B21

const sqliteMagic = "SQLite format 3\x00"

// FileHeader is what the first 100 bytes of a SQLite file tell without
// opening it through SQLite, which could write to it (a hot journal is rolled
// back, a WAL file converted) before we know it is ours.
type FileHeader struct {
	Size        int64
	PageSize    int64
	PageCount   int64 // 0 when the header's count is not trustworthy
	UserVersion int
	AppID       uint32
	WAL         bool
}

// InspectFile checks that path looks like one of our archives by reading
// its header. It never writes. The errors carry the Vietnamese message the
// user sees.
func InspectFile(path string) (FileHeader, error) {
	var h FileHeader
	name := filepath.Base(path)
	st, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return h, &Error{Code: ENotFound, Message: fmt.Sprintf("Không tìm thấy tệp %q.", path), Err: err}
		}
		return h, &Error{Code: EIO, Message: fmt.Sprintf("Không đọc được tệp %q.", path), Err: err}
	}
	if st.IsDir() {
		return h, &Error{Code: ENotArchive, Message: fmt.Sprintf("%q là một thư mục, không phải tệp kho dữ liệu.", path)}
	}
	h.Size = st.Size()
	if h.Size == 0 {
		return h, &Error{Code: ENotArchive, Message: fmt.Sprintf("Tệp %q rỗng (0 byte), không phải kho dữ liệu Dân vận khéo.", name)}
	}
	f, err := os.Open(path)
	if err != nil {
		return h, &Error{Code: EIO, Message: fmt.Sprintf("Không mở được tệp %q để đọc.", name), Err: err}
	}
	defer f.Close()
	buf := make([]byte, 100)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return h, &Error{Code: EIO, Message: fmt.Sprintf("Không đọc được tệp %q.", name), Err: err}
	}
	if n < len(sqliteMagic) || string(buf[:len(sqliteMagic)]) != sqliteMagic {
		return h, &Error{Code: ENotArchive, Message: fmt.Sprintf("Tệp %q không phải là kho dữ liệu Dân vận khéo.", name)}
	}
	if n < 100 {
		return h, &Error{Code: ECorrupt, Message: fmt.Sprintf("Tệp %q bị hỏng: phần đầu tệp bị cắt cụt.", name)}
	}
	ps := int64(binary.BigEndian.Uint16(buf[16:18]))
	if ps == 1 {
		ps = 65536
	}
	if ps < 512 || ps > 65536 || ps&(ps-1) != 0 {
		return h, &Error{Code: ECorrupt, Message: fmt.Sprintf("Tệp %q bị hỏng: phần đầu tệp không hợp lệ.", name)}
	}
	h.PageSize = ps
	h.WAL = buf[18] == 2 || buf[19] == 2
	h.UserVersion = int(int32(binary.BigEndian.Uint32(buf[60:64])))
	h.AppID = binary.BigEndian.Uint32(buf[68:72])
	if h.AppID != ApplicationID {
		return h, &Error{Code: ENotArchive, Message: fmt.Sprintf("Tệp %q là cơ sở dữ liệu SQLite nhưng không phải kho dữ liệu Dân vận khéo.", name)}
	}
	// The page count in the header is valid only when the change counter
	// matches the "version valid for" number (SQLite 3.7.0 and later).
	if binary.BigEndian.Uint32(buf[24:28]) == binary.BigEndian.Uint32(buf[92:96]) {
		h.PageCount = int64(binary.BigEndian.Uint32(buf[28:32]))
	}
	return h, nil
}

// LengthCheck finds a truncated file. The length and the header agree only
// while no one commits, so it is asked under SQLite's shared lock (see
// probe); in WAL mode the header may lag behind the file.
func (h FileHeader) LengthCheck(name string) error {
	if h.WAL {
		return nil
	}
	if h.Size%h.PageSize != 0 || (h.PageCount > 0 && h.Size < h.PageCount*h.PageSize) {
		return &Error{Code: ECorrupt, Message: fmt.Sprintf("Tệp %q bị hỏng: tệp bị cắt cụt hoặc thiếu dữ liệu. Hãy khôi phục từ bản sao lưu.", name)}
	}
	return nil
}
