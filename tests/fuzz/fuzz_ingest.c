/* fuzz_ingest.c -- scm_store_ingest of arbitrary bytes into an in-memory
 * corpus: parse, extract, and every row written (paragraphs, sentences,
 * FTS5, people, acts, acronyms, dates, references).  A fresh corpus every
 * 64 inputs keeps memory bounded; the same bytes ingested twice must be
 * "unchanged", and a failed ingest must leave the row count as it was. */
#include "fuzz_common.h"

#include "../../core/store.h"

static long long count_docs(scm_store *s) {
    sqlite3_stmt *st = NULL;
    long long n = -1;
    FUZZ_CHECK(sqlite3_prepare_v2(scm_store_db(s),
                                  "SELECT count(*) FROM documents", -1, &st,
                                  NULL) == SQLITE_OK);
    if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static scm_store *store;
    static unsigned uses;
    scm_parse_opts o = fuzz_opts(&data, &size);
    scm_ingest_result res;
    scm_error err;
    long long before;
    char name[32];
    if (++uses % 64 == 0 || !store) {
        if (store) scm_store_close(store);
        memset(&err, 0, sizeof err);
        FUZZ_CHECK(scm_store_open(":memory:", 0, &store, &err) == 0);
    }
    snprintf(name, sizeof name, "doc-%u", uses);
    memset(&err, 0, sizeof err);
    err.byte = SCM_NO_BYTE;
    before = count_docs(store);
    if (scm_store_ingest(store, name, NULL, (const char *)data, size, &o,
                         fuzz_lexicon(), &res, &err) != 0) {
        FUZZ_CHECK(err.message[0] != '\0');
        FUZZ_CHECK(count_docs(store) == before); /* nothing half-stored */
        return 0;
    }
    FUZZ_CHECK(count_docs(store) >= before);
    /* the same bytes again: a no-op */
    FUZZ_CHECK(scm_store_ingest(store, name, NULL, (const char *)data, size,
                                &o, fuzz_lexicon(), &res, &err) == 0);
    /* (DUPLICATE when an earlier input of this corpus had the same bytes) */
    FUZZ_CHECK(res.status == SCM_INGEST_UNCHANGED ||
               res.status == SCM_INGEST_DUPLICATE);
    return 0;
}
