/* store.h -- the corpus: parsed communiqués in one SQLite file.
 *
 * A store is one SQLite database (a file, or ":memory:") holding documents,
 * their paragraphs, sentences and extracted items, with an FTS5 index over
 * the sentences (written by ingest itself; triggers for other writers).
 * The schema carries a version (PRAGMA user_version) and an application
 * id, so that a file that is not a corpus, or one written by a newer scm,
 * is refused with a clear message.
 *
 * Ingesting a document is one transaction (or one savepoint of a batch):
 * the corpus holds it whole or not at all.  The same bytes twice are a no-op (XXH3-128 content hash); changed
 * bytes under a known name become a new version of that name.
 *
 * Every span and ordinal the store writes is 1-based and inclusive, as Lua
 * sees them: a sentence's bytes are text[start .. stop].
 *
 * This file knows nothing of Lua. */
#ifndef SCM_STORE_H
#define SCM_STORE_H

#include <stdint.h>

#include <sqlite3.h>

#include "document.h"
#include "lexicon.h"
#include "types.h"

/* The schema version this build writes; older corpora are migrated on
 * open (when writable), newer ones refused. */
#define SCM_SCHEMA_VERSION 4
/* PRAGMA application_id of every corpus: "SCM1". */
#define SCM_APPLICATION_ID 0x53434d31

typedef struct scm_store scm_store;

enum {
    SCM_STORE_READONLY = 1 /* open an existing corpus for reading only */
};

/* Open (or create, unless read-only) the corpus at `path`.  On failure
 * returns -1 with `err` saying why: "not an scm corpus", "corpus file is
 * corrupt", "corpus was written by a newer scm (schema 3; this scm reads up
 * to 1)", "no such corpus" (read-only and missing). */
int scm_store_open(const char *path, int flags, scm_store **out,
                   scm_error *err);

/* Close; statements still open keep the connection alive until they are
 * finalized (sqlite3_close_v2), so closing never invalidates memory. */
void scm_store_close(scm_store *store);

sqlite3 *scm_store_db(scm_store *store);
int scm_store_readonly(const scm_store *store);

typedef enum scm_ingest_status {
    SCM_INGEST_NEW = 0,     /* a name not seen before */
    SCM_INGEST_VERSION,     /* new bytes under a known name: next version */
    SCM_INGEST_UNCHANGED,   /* these bytes are already stored (same name) */
    SCM_INGEST_DUPLICATE    /* these bytes are already stored (other name) */
} scm_ingest_status;

typedef struct scm_ingest_result {
    int64_t doc_id;        /* the stored (or already present) document */
    int version;           /* its version under its name */
    scm_ingest_status status;
    char hash[33];         /* XXH3-128, lower-case hex */
    size_t paragraphs, sentences, acts;
    char existing_name[256]; /* for DUPLICATE: the name stored first */
    double parse_seconds;  /* wall time in scm_doc_parse + scm_extract_run
                            * (on the worker when parsed ahead) */
    double store_seconds;  /* wall time writing (and committing) it */
} scm_ingest_result;

/* Parse, extract and store `len` bytes at `raw` as document `name` (`path`,
 * the source path, may be NULL).  0 with `res` filled, or -1 with `err`
 * naming the problem (and, for bad input, the raw byte in err->byte); on
 * failure the corpus is exactly as it was. */
int scm_store_ingest(scm_store *store, const char *name, const char *path,
                     const char *raw, size_t len, const scm_parse_opts *opts,
                     const scm_lexicon *lex, scm_ingest_result *res,
                     scm_error *err);

/* As scm_store_ingest, for text read from another kind of file:
 * `source_kind` ("pdf", "html"; NULL: "text") and `source_hash` (the
 * XXH3-128 hex of the original file; NULL: the hash of `raw`) are stored
 * with the document, and a document whose source_hash is already stored
 * is UNCHANGED (same name) or DUPLICATE, as for the same bytes. */
int scm_store_ingest_source(scm_store *store, const char *name,
                            const char *path, const char *raw, size_t len,
                            const scm_parse_opts *opts,
                            const scm_lexicon *lex, const char *source_kind,
                            const char *source_hash,
                            scm_ingest_result *res, scm_error *err);

/* A document of a pipelined batch ingest (scm_store_ingest_run). */
#define SCM_INGEST_RUN_MAX 256 /* documents one run queues, at most */
typedef struct scm_ingest_doc {
    const char *name;            /* as for scm_store_ingest_source */
    const char *path;            /* may be NULL */
    const char *raw;
    size_t len;
    scm_parse_opts opts;
    const char *source_kind;     /* NULL: "text" */
    const char *source_hash;     /* NULL: the hash of raw */
    size_t bytes;                /* its size for the batch's byte bound */
} scm_ingest_doc;

/* When the open batch is full, as the caller counts it: documents and
 * bytes in it so far, and the process CPU time (clock()) at its start.
 * scm_store_ingest_run adds what it stores. */
typedef struct scm_batch_bounds {
    size_t docs, max_docs;
    double bytes, max_bytes;
    double clock_start, max_seconds;
} scm_batch_bounds;

/* In a batch: store docs[0 .. run) in order, each as
 * scm_store_ingest_source would (rc[i] 0 with res[i], or -1 with err[i]),
 * while the worker (ingest.h) parses the documents that follow; stop after
 * the document that fills the batch (`bounds`).  docs[run .. n) are the
 * documents that will come next: they stay queued, and a later call
 * (scm_store_batch_commit, scm_store_ingest_run) lets the worker parse
 * them meanwhile.  The bytes of docs[0 .. n) must stay alive and unchanged
 * until the next call of scm_store_ingest_run, scm_store_batch_end or
 * scm_store_close (scm_store_ahead_pending says whether any are held).
 * Returns the number of documents stored (or failed), once the worker is
 * idle again, so the caller may run code that changes the lexicon between
 * calls (a changed lexicon makes the documents parsed ahead be parsed
 * again).  Results and errors are the same as one document at a time. */
size_t scm_store_ingest_run(scm_store *store, const scm_ingest_doc *docs,
                            size_t n, size_t run, const scm_lexicon *lex,
                            scm_batch_bounds *bounds,
                            scm_ingest_result *res, int *rc,
                            scm_error *err);

/* 1 while the store holds documents queued to be parsed ahead (their
 * bytes must stay alive), 0 otherwise. */
int scm_store_ahead_pending(const scm_store *store);

const char *scm_ingest_status_name(scm_ingest_status status);

/* Batches: after scm_store_batch_begin, each scm_store_ingest stores its
 * document under a SAVEPOINT of one shared transaction (a failing document
 * still leaves no row), and the sentences of the batch are indexed at
 * scm_store_batch_commit, which the caller runs every so often (a crash
 * loses the documents since the last commit, never part of one); while it
 * commits, the worker parses the documents queued by scm_store_ingest_run.
 * scm_store_batch_end commits, drops that queue, stops the worker and
 * leaves batch mode.  On a failed commit
 * the whole open batch is rolled back: -1, and the pending documents are
 * not stored. */
int scm_store_batch_begin(scm_store *store, scm_error *err);
int scm_store_batch_commit(scm_store *store, scm_error *err);
int scm_store_batch_end(scm_store *store, scm_error *err);
size_t scm_store_batch_pending(const scm_store *store);

/* Merge the full-text index into one segment (FTS5 'optimize': searches
 * read one b-tree instead of many) and checkpoint the WAL.  Costs about a
 * rewrite of the index; run it after a bulk ingest. */
int scm_store_optimize(scm_store *store, scm_error *err);

enum {
    SCM_SQL_USER = 1,  /* user SQL: no transactions, one statement */
    SCM_SQL_WRITE = 2  /* allow a statement that changes the corpus */
};

/* Prepare one statement.  Without SCM_SQL_WRITE a statement that would
 * change the corpus is refused (sqlite3_stmt_readonly); SCM_SQL_WRITE on a
 * read-only store is refused too.  ATTACH, DETACH, load_extension and
 * pragmas that change anything are always refused.  Errors name the
 * problem in words a user understands. */
int scm_store_prepare(scm_store *store, const char *sql, size_t len,
                      int flags, sqlite3_stmt **out, scm_error *err);

/* Turn an error from stepping `stmt` (result code `rc`) into a message for
 * people: FTS5 syntax errors become "malformed search query: ...". */
void scm_store_step_error(sqlite3 *db, int rc, scm_error *err);

/* The schema, as SQL (store_schema.c): migrations[i] moves a corpus from
 * version i to version i + 1. */
extern const char *const scm_store_migrations[SCM_SCHEMA_VERSION];

#endif
