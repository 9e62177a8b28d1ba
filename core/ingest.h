/* ingest.h -- parse the next document on a worker thread while the
 * current one is stored.
 *
 * Parsing and extraction need no Lua state and no database, so a batch
 * ingest can run them for document i + 1 while the main thread writes
 * document i to SQLite.  One document ahead at most: an scm_ahead holds one
 * job and its result.
 *
 * Rules that keep it safe (the caller's, checked by store.c):
 *   - a job runs only while the main thread is inside one C call that
 *     touches neither Lua nor the lexicon: start it, store, then
 *     scm_ahead_wait before returning to Lua.  So scm.lexicon.add (from
 *     Lua) never runs while the worker reads the lexicon, and the worker is
 *     the only one building the lexicon's derived slots while it runs;
 *   - the raw bytes stay alive and unchanged until the result is taken or
 *     dropped (the document points into them);
 *   - a result is used only for the same bytes, options and lexicon
 *     (a word added to it since the job started means: parse again).
 *
 * When the thread cannot be created, scm_ahead_start returns -1 and the
 * caller parses in line, as without it. */
#ifndef SCM_INGEST_H
#define SCM_INGEST_H

#include <stddef.h>

#include "document.h"
#include "extract/extract.h"
#include "lexicon.h"
#include "types.h"

typedef struct scm_ahead scm_ahead;

/* A parse and extraction, done in line or by the worker. */
typedef struct scm_parsed {
    scm_doc doc;
    scm_extract x;
    int rc;         /* 0, or -1 with err */
    scm_error err;
    double seconds; /* wall time of scm_doc_parse + scm_extract_run */
} scm_parsed;

/* Parse and extract `raw` into `p` (zeroed first); p->rc. */
int scm_parse_run(scm_parsed *p, const char *raw, size_t len,
                  const scm_parse_opts *opts, const scm_lexicon *lex);
void scm_parsed_free(scm_parsed *p);

/* NULL when out of memory; the thread starts with the first job. */
scm_ahead *scm_ahead_new(void);
/* Waits for a running job, stops the thread, frees any result. */
void scm_ahead_free(scm_ahead *a);

/* Start parsing `raw` on the worker (any result not taken is dropped).
 * 0, or -1 when no thread could be made (nothing started). */
int scm_ahead_start(scm_ahead *a, const char *raw, size_t len,
                    const scm_parse_opts *opts, const scm_lexicon *lex);

/* Block until the running job (if any) is done. */
void scm_ahead_wait(scm_ahead *a);

/* Move the result into `out` when it is for these bytes, options and
 * lexicon: 1; 0 (and the result dropped) otherwise.  Waits first. */
int scm_ahead_take(scm_ahead *a, const char *raw, size_t len,
                   const scm_parse_opts *opts, const scm_lexicon *lex,
                   scm_parsed *out);

/* Free the result, if any (waits first). */
void scm_ahead_drop(scm_ahead *a);

#endif
