# Dân vận khéo – build, run and test.
#
#   make run          installs missing Debian packages, builds, opens the demo archive
#   make test         installs what the tests need, checks go.mod is tidy, runs them all
#                     (the archive's and the screens' under the race detector)
#   make bench        speed and memory benchmarks on generated archives (figures in docs/)
#   make screenshots  every screen at 1366×768 under Xvfb, into docs/screenshots/
#   make samples      every kind of document from the demo archive, into docs/samples/ (PDF, Word)
#   make clean        removes what the build made

GO      ?= go
BIN     := bin
TAGS    := migrated_fynedo
# Fixed build flags: changing -trimpath or the tags invalidates Go's cache.
GOFLAGS := -trimpath -tags=$(TAGS)
export LANG := vi_VN.UTF-8

# Debian packages. Fyne needs a C compiler and the X11/OpenGL headers;
# tests read archives with the SQLite shell and run the window program
# under Xvfb for screenshots.
FYNE_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
             libxinerama-dev libxi-dev libxxf86vm-dev
RUN_PKGS  := $(FYNE_PKGS) sqlite3
TEST_PKGS := $(FYNE_PKGS) sqlite3 poppler-utils xvfb xauth imagemagick

.PHONY: run test bench screenshots samples clean build deps-run deps-test

run: deps-run build
	$(BIN)/danvankheo --demo

build:
	$(GO) build $(GOFLAGS) -o $(BIN)/danvankheo ./cmd/danvankheo
	$(GO) build $(GOFLAGS) -o $(BIN)/dvk ./cmd/dvk

deps-run:
	@.ci/deps $(RUN_PKGS)

deps-test:
	@.ci/deps $(TEST_PKGS)

test: deps-test
	$(GO) vet $(GOFLAGS) ./...
	@test -z "$$(gofmt -l . | tee /dev/stderr)" || (echo "gofmt: các tệp trên chưa được định dạng" && exit 1)
	@# go.mod and go.sum must be what `go mod tidy` makes: -diff prints the
	@# change and fails without writing; with the module cache warm (as CI
	@# keeps it) it needs no network.
	@$(GO) mod tidy -diff || (echo "go.mod/go.sum chưa gọn: hãy chạy “go mod tidy” rồi commit" && exit 1)
	$(GO) test $(GOFLAGS) ./cmd/... ./assets/... ./data/...
	@# The archive and the screens run work on goroutines: their tests run
	@# again under the race detector (it needs cgo, which Fyne needs anyway).
	@# It makes them several times slower, hence the timeout; -short leaves
	@# out the data tests that ran just above and need their speed: several
	@# processes on one archive, timed (the detector slows them past their
	@# limits), and the search-quality report on the demo archive.
	$(GO) test $(GOFLAGS) -race -short -timeout=40m ./data/... ./ui/...

bench:
	$(GO) test $(GOFLAGS) -run='^$$' -bench=. -benchmem -timeout=60m ./data/... ./ui/...

screenshots: deps-test build
	mkdir -p docs/screenshots && rm -f docs/screenshots/[0-9][0-9]-*.png
	HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1366x768x24" \
		env LANG=vi_VN.UTF-8 FYNE_SCALE=1 LIBGL_ALWAYS_SOFTWARE=1 $(BIN)/danvankheo --demo --tour docs/screenshots

# LibreOffice draws the pictures of the Word samples, in Liberation Serif
# where Times New Roman is missing (a font it only recommends).
samples: deps-test build
	@.ci/deps sqlite3 libreoffice-writer-nogui fonts-liberation2
	.ci/samples

clean:
	rm -rf $(BIN) dist

# Windows: cross-built here with mingw, installer with NSIS, portable zip;
# proved under wine and Xvfb (make windows-test). See .ci/windows.
#
#   make windows        dist/windows/*.exe, dist/DanVanKheo-<version>-setup.exe, …-portable.zip
#   make windows-test   builds, then runs dvk.exe, the installer and the window program under wine
WIN_PKGS      := gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis osslsigncode zip imagemagick git
WIN_TEST_PKGS := $(WIN_PKGS) wine wine64 xvfb xauth x11-utils sqlite3 poppler-utils openssl fonts-dejavu-core

.PHONY: windows windows-test windows-unit

windows:
	@.ci/deps $(WIN_PKGS)
	GO=$(GO) .ci/windows

windows-test: windows
	@.ci/deps $(WIN_TEST_PKGS)
	.ci/windows-smoke

windows-unit:
	@.ci/deps $(WIN_TEST_PKGS)
	.ci/windows-tests
