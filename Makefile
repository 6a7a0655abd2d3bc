# Dân vận khéo – build, run and test.
#
#   make run     installs missing Debian packages, builds, opens the demo archive
#   make test    installs what the tests need and runs them all
#   make bench   speed and memory benchmarks on generated archives (figures in docs/)
#   make clean   removes what the build made

GO      ?= go
BIN     := bin
DEMO    := $(BIN)/demo.dvk
GOFLAGS := -trimpath

# Debian packages: running needs only the SQLite shell for administrators;
# tests read archives back with it.
RUN_PKGS  := sqlite3
TEST_PKGS := sqlite3

.PHONY: run test bench clean deps-run deps-test dvk

run: deps-run dvk
	@test -f $(DEMO) || $(BIN)/dvk demo $(DEMO)
	$(BIN)/dvk check $(DEMO)
	$(BIN)/dvk stats $(DEMO)

dvk:
	$(GO) build $(GOFLAGS) -o $(BIN)/dvk ./cmd/dvk

deps-run:
	@.ci/deps $(RUN_PKGS)

deps-test:
	@.ci/deps $(TEST_PKGS)

test: deps-test
	$(GO) vet ./...
	@test -z "$$(gofmt -l . | tee /dev/stderr)" || (echo "gofmt: các tệp trên chưa được định dạng" && exit 1)
	$(GO) test $(GOFLAGS) ./...

bench:
	$(GO) test $(GOFLAGS) -run='^$$' -bench=. -benchmem -timeout=60m ./data/...

clean:
	rm -rf $(BIN) dist
