/* fault.c -- fault injection: allocation failures, a full disk and a busy
 * corpus on the parse, extract and ingest paths.
 *
 *   build-fuzz/fault [-v] [--xml-faults] [--text FILE] [--html FILE]
 *                    [--pdf FILE]
 *
 * Linked with -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,
 * --wrap=strndup,--wrap=free against the core's sources, so every
 * allocation the core makes goes through the wrappers below.  SQLite's
 * allocator (SQLITE_CONFIG_MALLOC) is routed through the same failure
 * switch, and libxml2's (xmlMemSetup) with --xml-faults.  A sweep runs one operation with the
 * Nth allocation failing, for N = 1, 2, ... until the operation makes
 * fewer than N allocations, and checks after each run:
 *
 *   - it returned 0, or -1 with a message (never a crash: ASan + UBSan);
 *   - every block the core allocated was freed (a live-block count);
 *   - for ingest, the corpus is intact: PRAGMA integrity_check is "ok",
 *     the documents stored before are all there, nothing half-stored, and
 *     the same document ingests cleanly once memory is back.
 *
 * Then SQLITE_FULL (PRAGMA max_page_count on a file corpus) and
 * SQLITE_BUSY (a second connection holding the write lock) during ingest,
 * single and batched.  LeakSanitizer checks the whole run at exit.
 * Exit status 0 when every check passed. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <sqlite3.h>

#include "../../core/document.h"
#include "../../core/extract/extract.h"
#include "../../core/source.h"
#include "../../core/store.h"

/* ---- the failure switch ---------------------------------------------- */

static long countdown;     /* >0: the countdown-th allocation from now fails */
static long calls;         /* allocations seen while armed */
static int fired;          /* the failure happened */
static long live;          /* core blocks allocated and not freed */
static int count_sqlite;   /* SQLite's allocations take part in the sweep */
static int count_core = 1; /* the core's allocations do */
/* libxml2's allocations fail too only with --xml-faults: libxml2 2.9.14
 * (Debian 12) itself dereferences NULL in xmlParseDocument when one of
 * its allocations fails, so the sweep would measure libxml2, not scm. */
static int count_xml;

static int should_fail(int counted) {
    if (!counted || countdown <= 0) return 0;
    calls++;
    if (--countdown == 0) {
        fired = 1;
        return 1;
    }
    return 0;
}

static void arm(long n) {
    countdown = n;
    calls = 0;
    fired = 0;
}
static void disarm(void) { countdown = 0; }

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);
void __wrap_free(void *p);

void *__wrap_malloc(size_t n) {
    void *p;
    if (should_fail(count_core)) return NULL;
    p = __real_malloc(n);
    if (p) live++;
    return p;
}
void *__wrap_calloc(size_t n, size_t m) {
    void *p;
    if (should_fail(count_core)) return NULL;
    p = __real_calloc(n, m);
    if (p) live++;
    return p;
}
void *__wrap_realloc(void *p, size_t n) {
    void *q;
    if (should_fail(count_core)) return NULL; /* p stays valid */
    q = __real_realloc(p, n);
    if (q && !p) live++;
    return q;
}
char *__wrap_strdup(const char *s) {
    char *p;
    if (should_fail(count_core)) return NULL;
    p = __real_strdup(s);
    if (p) live++;
    return p;
}
char *__wrap_strndup(const char *s, size_t n) {
    char *p;
    if (should_fail(count_core)) return NULL;
    p = __real_strndup(s, n);
    if (p) live++;
    return p;
}
void __wrap_free(void *p) {
    if (p) live--;
    __real_free(p);
}

/* libxml2: failures only (its blocks are freed by libxml2 itself, so they
 * are not in the live count; LeakSanitizer covers them). */
static void *xml_malloc(size_t n) {
    return should_fail(count_xml) ? NULL : __real_malloc(n);
}
static void *xml_realloc(void *p, size_t n) {
    return should_fail(count_xml) ? NULL : __real_realloc(p, n);
}
static char *xml_strdup(const char *s) {
    return should_fail(count_xml) ? NULL : __real_strdup(s);
}
static void xml_quiet(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}
static void xml_free(void *p) { __real_free(p); }

/* SQLite: its default allocator behind the switch. */
static sqlite3_mem_methods sqlite_default;
static void *sq_malloc(int n) {
    return should_fail(count_sqlite) ? NULL : sqlite_default.xMalloc(n);
}
static void *sq_realloc(void *p, int n) {
    return should_fail(count_sqlite) ? NULL : sqlite_default.xRealloc(p, n);
}

static void install_allocators(void) {
    sqlite3_mem_methods m;
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &sqlite_default) != SQLITE_OK)
        abort();
    m = sqlite_default;
    m.xMalloc = sq_malloc;
    m.xRealloc = sq_realloc;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK) abort();
    if (xmlMemSetup(xml_free, xml_malloc, xml_realloc, xml_strdup) != 0)
        abort();
    xmlSetGenericErrorFunc(NULL, xml_quiet);
}

/* ---- checks and figures ----------------------------------------------- */

static int verbose, failures;

static void fail(const char *sweep, long n, const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "fault: FAIL %s at N=%ld: ", sweep, n);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    failures++;
}

typedef struct figures {
    const char *name;
    long points;   /* N values swept (each one a failing allocation) */
    long errors;   /* ... that ended in a clean error */
    long absorbed; /* ... that the code survived and still succeeded */
} figures;

static void report(const figures *f) {
    printf("fault: %-26s %6ld points: %6ld clean errors, %5ld absorbed, "
           "0 crashes, 0 leaks%s\n",
           f->name, f->points, f->errors, f->absorbed,
           failures ? " (see FAIL lines)" : "");
}

/* One operation under test: returns 0 or -1 (with err), and frees what it
 * made itself, so the live count must come back to where it was. */
typedef int (*op_fn)(void *ctx, scm_error *err);

static void sweep(const char *name, op_fn op, void *ctx, figures *f,
                  int (*check)(void *ctx, long n)) {
    long n;
    memset(f, 0, sizeof *f);
    f->name = name;
    for (n = 1;; n++) {
        scm_error err;
        long before = live;
        int rc;
        memset(&err, 0, sizeof err);
        arm(n);
        rc = op(ctx, &err);
        disarm();
        if (!fired) { /* the operation needs fewer than n allocations */
            if (rc != 0) fail(name, n, "fails without a fault: %s",
                              err.message);
            break;
        }
        f->points++;
        if (rc == 0) {
            f->absorbed++;
        } else {
            f->errors++;
            if (!err.message[0]) fail(name, n, "error without a message");
            if (verbose) printf("  N=%ld: %s\n", n, err.message);
        }
        if (live != before)
            fail(name, n, "%ld core block(s) leaked", live - before);
        if (check && check(ctx, n) != 0) break;
        if (n > 2000000) {
            fail(name, n, "sweep does not end");
            break;
        }
    }
    report(f);
}

/* ---- the operations ---------------------------------------------------- */

typedef struct input {
    const char *data;
    size_t len;
    const scm_lexicon *lex;
    scm_doc parsed; /* for the extract sweep: a document parsed unarmed */
    scm_store *store;
    long long docs_before;
    int seq;
} input;

static int op_parse(void *ctx, scm_error *err) {
    input *in = ctx;
    scm_doc doc;
    int rc;
    memset(&doc, 0, sizeof doc);
    rc = scm_doc_parse(&doc, in->data, in->len, NULL, in->lex, err);
    if (rc == 0) rc = scm_doc_tokens(&doc, err);
    if (rc == 0) {
        size_t line, col, raw;
        rc = scm_doc_raw_position(&doc, doc.text.len / 2, &line, &col, &raw);
        if (rc != 0) scm_error_set(err, SCM_NO_BYTE, "raw_position: memory");
    }
    scm_doc_free(&doc);
    return rc;
}

static int op_parse_cp1252(void *ctx, scm_error *err) {
    input *in = ctx;
    scm_doc doc;
    scm_parse_opts o;
    int rc;
    memset(&doc, 0, sizeof doc);
    memset(&o, 0, sizeof o);
    o.text.encoding = SCM_ENC_AUTO;
    rc = scm_doc_parse(&doc, in->data, in->len, &o, in->lex, err);
    scm_doc_free(&doc);
    return rc;
}

static int op_extract(void *ctx, scm_error *err) {
    input *in = ctx;
    scm_extract x;
    int rc;
    memset(&x, 0, sizeof x);
    rc = scm_extract_run(&in->parsed, in->lex, &x, err);
    scm_extract_free(&x);
    return rc;
}

static int op_pdf(void *ctx, scm_error *err) {
    input *in = ctx;
    scm_source src;
    int rc;
    memset(&src, 0, sizeof src);
    rc = scm_source_pdf(in->data, in->len, in->lex, &src, err);
    scm_source_free(&src);
    return rc;
}

static int op_html(void *ctx, scm_error *err) {
    input *in = ctx;
    scm_source src;
    int rc;
    memset(&src, 0, sizeof src);
    rc = scm_source_html(in->data, in->len, NULL, &src, err);
    scm_source_free(&src);
    return rc;
}

static long long query_ll(sqlite3 *db, const char *sql) {
    sqlite3_stmt *st = NULL;
    long long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static int integrity_ok(sqlite3 *db) {
    sqlite3_stmt *st = NULL;
    int ok = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        ok = strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0;
    sqlite3_finalize(st);
    return ok;
}

static int fts_ok(sqlite3 *db) {
    return sqlite3_exec(db,
                        "INSERT INTO sentences_fts(sentences_fts) "
                        "VALUES ('integrity-check')",
                        NULL, NULL, NULL) == SQLITE_OK;
}

/* Ingest the input under a fresh name into the open store. */
static int op_ingest(void *ctx, scm_error *err) {
    input *in = ctx;
    scm_ingest_result res;
    char name[32];
    snprintf(name, sizeof name, "doc-%d", ++in->seq);
    err->byte = SCM_NO_BYTE;
    return scm_store_ingest(in->store, name, NULL, in->data, in->len, NULL,
                            in->lex, &res, err);
}

/* After each ingest point: the corpus is intact, holds the earlier
 * documents and at most this one, whole; then reset for the next N (the
 * document is removed if it went in, so every N starts alike). */
static int check_ingest(void *ctx, long n) {
    input *in = ctx;
    sqlite3 *db = scm_store_db(in->store);
    long long docs = query_ll(db, "SELECT count(*) FROM documents");
    long long cur = query_ll(db, "SELECT count(*) FROM documents WHERE "
                                 "name = 'base'");
    if (sqlite3_get_autocommit(db) == 0) {
        fail("ingest", n, "a transaction was left open");
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    }
    if (!integrity_ok(db)) fail("ingest", n, "integrity_check failed");
    if (!fts_ok(db)) fail("ingest", n, "FTS5 index inconsistent");
    if (cur != 1) fail("ingest", n, "the earlier document is gone");
    if (docs != in->docs_before && docs != in->docs_before + 1)
        fail("ingest", n, "%lld documents (expected %lld or %lld)", docs,
             in->docs_before, in->docs_before + 1);
    if (docs == in->docs_before + 1) {
        /* stored whole? its sentence count matches the parse's */
        long long s = query_ll(db, "SELECT count(*) FROM sentences WHERE "
                                   "doc_id = (SELECT max(doc_id) FROM "
                                   "documents)");
        long long want = query_ll(db, "SELECT n_sentences FROM documents "
                                      "WHERE doc_id = (SELECT max(doc_id) "
                                      "FROM documents)");
        if (s != want) fail("ingest", n, "document stored in part");
        sqlite3_exec(db,
                     "DELETE FROM documents WHERE doc_id = (SELECT "
                     "max(doc_id) FROM documents)",
                     NULL, NULL, NULL);
    }
    return 0;
}

static const char *default_text =
    "---\ntitle: Joint Communique\ndate: 2013-10-02\n---\n"
    "Joint Communique\nThe 45th Security Consultative Meeting\n"
    "Seoul, October 2, 2013\n\n"
    "1. The 45th U.S.-Republic of Korea (ROK) Security Consultative Meeting "
    "(SCM) was held in Seoul on October 2, 2013. U.S. Secretary of Defense "
    "Chuck Hagel and ROK Minister of National Defense Kim Kwan-jin led "
    "their delegations.\n\n"
    "2. The Secretary and the Minister reaffirmed the commitment to extended "
    "deterrence, and urged North Korea to abide by UN Security Council "
    "Resolutions 1718, 1874, 2087 and 2094. They did not agree on the "
    "timing; Dr. Kim noted the Strategic Alliance 2015 (SA2015) plan.\n\n"
    "3. The Minister expressed appreciation for the U.S. commit-\nment, "
    "and the two sides agreed to hold the 46th SCM in Washington, D.C. in "
    "2014.\n";

static const char *default_html =
    "<html><head><meta charset=\"utf-8\"><title>Joint Statement</title>"
    "<meta name=\"date\" content=\"2023-04-26\"></head><body><nav>Home</nav>"
    "<main><h1>Joint Statement</h1><p>The two sides <b>met</b> in Seoul on "
    "April 26, 2023.</p><h2>Deterrence</h2><ol><li>The Secretary "
    "reaffirmed the commitment.</li><li>The Minister welcomed it.</li></ol>"
    "<p>They agreed&nbsp;to meet again.</p></main><footer>x</footer>"
    "</body></html>";

static const char *default_pdf =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html "
    "xmlns=\"http://www.w3.org/1999/xhtml\"><head><title></title></head>"
    "<body><doc><page width=\"612\" height=\"792\"><flow><block xMin=\"72\" "
    "yMin=\"40\" xMax=\"300\" yMax=\"50\"><line xMin=\"72\" yMin=\"40\" "
    "xMax=\"300\" yMax=\"50\"><word xMin=\"72\" yMin=\"40\" xMax=\"120\" "
    "yMax=\"50\">Joint</word><word xMin=\"125\" yMin=\"40\" xMax=\"200\" "
    "yMax=\"50\">Communique</word></line></block></flow><flow><block "
    "xMin=\"72\" yMin=\"100\" xMax=\"540\" yMax=\"130\"><line xMin=\"72\" "
    "yMin=\"100\" xMax=\"540\" yMax=\"112\"><word xMin=\"72\" yMin=\"100\" "
    "xMax=\"90\" yMax=\"112\">The</word><word xMin=\"95\" yMin=\"100\" "
    "xMax=\"140\" yMax=\"112\">Minister</word><word xMin=\"145\" "
    "yMin=\"100\" xMax=\"200\" yMax=\"112\">reaffir-</word></line><line "
    "xMin=\"72\" yMin=\"114\" xMax=\"540\" yMax=\"126\"><word xMin=\"72\" "
    "yMin=\"114\" xMax=\"120\" yMax=\"126\">med</word><word xMin=\"125\" "
    "yMin=\"114\" xMax=\"160\" yMax=\"126\">it.</word></line></block>"
    "</flow><flow><block xMin=\"300\" yMin=\"760\" xMax=\"310\" "
    "yMax=\"770\"><line xMin=\"300\" yMin=\"760\" xMax=\"310\" yMax=\"770\">"
    "<word xMin=\"300\" yMin=\"760\" xMax=\"310\" yMax=\"770\">1</word>"
    "</line></block></flow></page></doc></body></html>";

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f) {
        perror(path);
        exit(2);
    }
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = __real_malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) exit(2);
    buf[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* ---- SQLITE_FULL and SQLITE_BUSY -------------------------------------- */

static int ingest_named(scm_store *s, const char *name, const char *text,
                        const scm_lexicon *lex, scm_error *err) {
    scm_ingest_result res;
    memset(err, 0, sizeof *err);
    return scm_store_ingest(s, name, NULL, text, strlen(text), NULL, lex,
                            &res, err);
}

/* A document of `paras` distinct paragraphs (so it needs many pages). */
static char *big_text(int paras, int seed) {
    size_t cap = (size_t)paras * 200 + 100, len = 0;
    char *t = __real_malloc(cap);
    int i;
    len += (size_t)snprintf(t, cap, "Joint Statement %d\n\n", seed);
    for (i = 0; i < paras; i++)
        len += (size_t)snprintf(t + len, cap - len,
                                "The Secretary and the Minister reaffirmed "
                                "item %d of record %d, and agreed to review "
                                "it in %d.\n\n",
                                i, seed, 2000 + i % 50);
    return t;
}

static void disk_full_and_busy(const scm_lexicon *lex) {
    char dir[] = "/tmp/scm-fault-XXXXXX", path[256];
    scm_store *s = NULL;
    scm_error err;
    sqlite3 *other = NULL;
    char *big = big_text(3000, 1), *small = big_text(3, 2);
    char *other_small = big_text(4, 3);
    long long pages, docs;
    int rc, batch;
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        exit(2);
    }
    snprintf(path, sizeof path, "%s/full.db", dir);
    memset(&err, 0, sizeof err);
    if (scm_store_open(path, 0, &s, &err) != 0) {
        fail("full", 0, "open: %s", err.message);
        return;
    }
    if (ingest_named(s, "base", small, lex, &err) != 0)
        fail("full", 0, "base ingest: %s", err.message);
    /* no room for the big document */
    pages = query_ll(scm_store_db(s), "PRAGMA page_count");
    for (batch = 0; batch < 2; batch++) {
        char q[64];
        snprintf(q, sizeof q, "PRAGMA max_page_count = %lld", pages + 8);
        sqlite3_exec(scm_store_db(s), q, NULL, NULL, NULL);
        if (batch && scm_store_batch_begin(s, &err) != 0)
            fail("full", 1, "batch_begin: %s", err.message);
        rc = ingest_named(s, "big", big, lex, &err);
        if (rc == 0 && batch) {
            rc = scm_store_batch_end(s, &err);
        } else if (batch) {
            scm_error e2;
            memset(&e2, 0, sizeof e2);
            if (scm_store_batch_end(s, &e2) != 0)
                printf("fault: SQLITE_FULL (batch_end after it) -> \"%s\"\n",
                       e2.message);
        }
        if (rc == 0)
            fail("full", batch, "a document larger than the disk went in");
        else if (!strstr(err.message, "full"))
            fail("full", batch, "message does not say the disk is full: %s",
                 err.message);
        else
            printf("fault: SQLITE_FULL %-15s -> \"%s\"\n",
                   batch ? "(batch ingest)" : "(ingest)", err.message);
        docs = query_ll(scm_store_db(s), "SELECT count(*) FROM documents");
        if (docs != 1 || !integrity_ok(scm_store_db(s)) ||
            !fts_ok(scm_store_db(s)))
            fail("full", batch, "corpus not intact after SQLITE_FULL "
                                "(%lld documents)", docs);
    }
    sqlite3_exec(scm_store_db(s), "PRAGMA max_page_count = 1073741823", NULL,
                 NULL, NULL);
    if (ingest_named(s, "big", big, lex, &err) != 0)
        fail("full", 2, "ingest once space is back: %s", err.message);

    /* SQLITE_BUSY: another connection holds the write lock */
    if (sqlite3_open(path, &other) != SQLITE_OK ||
        sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
            SQLITE_OK) {
        fail("busy", 0, "second connection: %s", sqlite3_errmsg(other));
    } else {
        sqlite3_busy_timeout(scm_store_db(s), 50); /* not 10 s */
        for (batch = 0; batch < 2; batch++) {
            rc = batch ? scm_store_batch_begin(s, &err) : 0;
            if (rc == 0) rc = ingest_named(s, "busy", other_small, lex, &err);
            if (batch) {
                scm_error e2;
                memset(&e2, 0, sizeof e2);
                scm_store_batch_end(s, &e2);
            }
            if (rc == 0)
                fail("busy", batch, "ingest went through a held lock");
            else if (!strstr(err.message, "busy"))
                fail("busy", batch, "message does not say busy: %s",
                     err.message);
            else
                printf("fault: SQLITE_BUSY %-15s -> \"%s\"\n",
                       batch ? "(batch ingest)" : "(ingest)", err.message);
        }
        sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
        docs = query_ll(scm_store_db(s), "SELECT count(*) FROM documents");
        if (docs != 2 || !integrity_ok(scm_store_db(s)))
            fail("busy", 2, "corpus not intact after SQLITE_BUSY");
        if (ingest_named(s, "busy", other_small, lex, &err) != 0)
            fail("busy", 2, "ingest once the lock is gone: %s", err.message);
    }
    sqlite3_close(other);
    scm_store_close(s);
    unlink(path);
    snprintf(path, sizeof path, "%s/full.db-wal", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/full.db-shm", dir);
    unlink(path);
    rmdir(dir);
    __real_free(big);
    __real_free(small);
    __real_free(other_small);
}

int main(int argc, char **argv) {
    input text, cp, html, pdf, ing;
    scm_lexicon *lex;
    figures f;
    long total = 0;
    scm_error err;
    char *owned[3] = {NULL, NULL, NULL};
    int i;
    memset(&text, 0, sizeof text);
    text.data = default_text;
    text.len = strlen(default_text);
    html = text;
    html.data = default_html;
    html.len = strlen(default_html);
    pdf = text;
    pdf.data = default_pdf;
    pdf.len = strlen(default_pdf);
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v")) verbose = 1;
        else if (!strcmp(argv[i], "--xml-faults")) count_xml = 1;
        else if (!strcmp(argv[i], "--text") && i + 1 < argc)
            text.data = owned[0] = slurp(argv[++i], &text.len);
        else if (!strcmp(argv[i], "--html") && i + 1 < argc)
            html.data = owned[1] = slurp(argv[++i], &html.len);
        else if (!strcmp(argv[i], "--pdf") && i + 1 < argc)
            pdf.data = owned[2] = slurp(argv[++i], &pdf.len);
        else {
            fprintf(stderr, "usage: fault [-v] [--text F] [--html F] "
                            "[--pdf F]\n");
            return 2;
        }
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    install_allocators();
    lex = scm_lexicon_new();
    if (!lex) return 2;
    text.lex = html.lex = pdf.lex = lex;

    sweep("parse (normalise+segment)", op_parse, &text, &f, NULL);
    total += f.points;
    cp = text;
    cp.data = "Joint Statement\n\n\x93Smart quotes\x94 \x96 and "
              "\x85 an ellipsis. The Minister agreed.\n";
    cp.len = strlen(cp.data);
    sweep("parse (windows-1252)", op_parse_cp1252, &cp, &f, NULL);
    total += f.points;

    memset(&err, 0, sizeof err);
    if (scm_doc_parse(&text.parsed, text.data, text.len, NULL, lex, &err) != 0)
        return 2;
    {
        /* warm-up, unarmed: whatever the document or the lexicon build on
         * first use (tokens, indexes) is theirs, not a leak of a run */
        long before = live;
        if (op_extract(&text, &err) != 0) return 2;
        if (verbose) printf("  extract warm-up kept %ld blocks\n",
                            live - before);
    }
    sweep("extract", op_extract, &text, &f, NULL);
    total += f.points;
    scm_doc_free(&text.parsed);

    sweep(count_xml ? "PDF adapter (+libxml2)" : "PDF adapter", op_pdf, &pdf, &f, NULL);
    total += f.points;
    sweep(count_xml ? "HTML adapter (+libxml2)" : "HTML adapter", op_html, &html, &f, NULL);
    total += f.points;

    /* ingest into an in-memory corpus holding one document already:
     * first the core's allocations failing, then SQLite's */
    ing = text;
    memset(&err, 0, sizeof err);
    if (scm_store_open(":memory:", 0, &ing.store, &err) != 0) return 2;
    if (ingest_named(ing.store, "base",
                     "Joint Statement\n\nThe two sides met in Seoul.\n", lex,
                     &err) != 0) {
        fprintf(stderr, "fault: base ingest: %s\n", err.message);
        return 2;
    }
    ing.docs_before = 1;
    sweep("ingest (core allocations)", op_ingest, &ing, &f, check_ingest);
    total += f.points;
    count_core = 0;
    count_sqlite = 1;
    sweep("ingest (SQLite allocations)", op_ingest, &ing, &f, check_ingest);
    total += f.points;
    count_sqlite = 0;
    count_core = 1;
    scm_store_close(ing.store);

    disk_full_and_busy(lex);
    scm_lexicon_free(lex);
    for (i = 0; i < 3; i++) __real_free(owned[i]);
    printf("fault: %ld allocation-failure points swept; %d check(s) "
           "failed\n",
           total, failures);
    return failures ? 1 : 0;
}
