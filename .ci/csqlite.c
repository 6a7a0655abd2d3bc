/* csqlite: the C SQLite engine as a floor for the search benchmarks
 * (data/search_c_bench_test.go). It opens FILE read-only and runs each SQL
 * argument in turn, printing every row's columns separated by tabs: what
 * `dvk list --search` asks of the archive, run by the reference engine.
 * Built by .ci/csqlite from the amalgamation that the Go module proxy
 * serves (github.com/mattn/go-sqlite3 carries it), with FTS5. */
#include <stdio.h>
#include "sqlite3-binding.h"

int main(int argc, char **argv) {
	sqlite3 *db;
	if (argc < 3) {
		fprintf(stderr, "usage: csqlite FILE SQL...\n");
		return 2;
	}
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(stderr, "open: %s\n", sqlite3_errmsg(db));
		return 1;
	}
	for (int i = 2; i < argc; i++) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(db, argv[i], -1, &st, NULL) != SQLITE_OK) {
			fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
			return 1;
		}
		int rc;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			for (int c = 0; c < sqlite3_column_count(st); c++) {
				const unsigned char *t = sqlite3_column_text(st, c);
				printf(c ? "\t%s" : "%s", t ? (const char *)t : "");
			}
			putchar('\n');
		}
		if (rc != SQLITE_DONE) {
			fprintf(stderr, "step: %s\n", sqlite3_errmsg(db));
			return 1;
		}
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return 0;
}
