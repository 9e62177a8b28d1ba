/* ingest.h -- parse the next documents of a batch ingest on a worker
 * thread while the main thread stores and commits.
 *
 * Parsing and extraction need no Lua state and no database, so a batch
 * ingest can run them for the documents it has read ahead (a queue, in the
 * order they will be stored) while the main thread writes the current one
 * to SQLite or commits the batch.  The worker parses the queue in order and
 * keeps each result until the main thread takes it.
 *
 * Rules that keep it safe (the caller's, kept by store.c):
 *   - the worker runs only between scm_ahead_resume and scm_ahead_pause,
 *     both inside one C call that touches neither Lua nor the lexicon
 *     meanwhile (it may parse in line only while the worker is paused).
 *     So scm.lexicon.add (from Lua) never runs while the worker reads the
 *     lexicon, and the worker is the only one building the lexicon's
 *     derived slots while it runs;
 *   - the raw bytes of every queued document stay alive and unchanged
 *     until the queue is replaced, emptied or freed (a result points into
 *     them);
 *   - a result is used only for the same bytes, options and lexicon
 *     (a word added to it since the parse means: parse again).
 *
 * When no thread can be created the queue still works: nothing is parsed
 * ahead, and the caller parses in line, as without it. */
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

/* A document for the queue.  `skip`: its bytes are already stored, so no
 * parse is needed (it keeps its place in the queue all the same). */
typedef struct scm_ahead_doc {
    const char *raw;
    size_t len;
    scm_parse_opts opts;
    int skip;
} scm_ahead_doc;

/* The most documents a queue holds (more are not parsed ahead). */
#define SCM_AHEAD_MAX 256

/* NULL when out of memory; the thread starts with the first resume. */
scm_ahead *scm_ahead_new(void);
/* Pauses, stops the thread, frees every result. */
void scm_ahead_free(scm_ahead *a);

/* Replace the queue (pausing first) with docs[0 .. n), in the order they
 * will be taken.  A document already queued (same bytes pointer, length
 * and options) keeps its state: its result when the lexicon is unchanged
 * since, or its `skip`; every other result is dropped.  `lex` must not be in
 * use by another thread.  0, or -1 when out of memory (the queue is then
 * empty). */
int scm_ahead_set(scm_ahead *a, const scm_ahead_doc *docs, size_t n,
                  const scm_lexicon *lex);

/* 1 when a document for these bytes and options is queued (its `skip`
 * is then kept by scm_ahead_set rather than taken from the new list). */
int scm_ahead_has(const scm_ahead *a, const char *raw, size_t len,
                  const scm_parse_opts *opts);

/* 1 while documents are queued (their bytes must stay alive). */
int scm_ahead_queued(const scm_ahead *a);

/* Let the worker parse the queue (results made before a change of `lex`
 * are dropped first; NULL: the lexicon of scm_ahead_set).  0, or -1 when
 * no thread could be made. */
int scm_ahead_resume(scm_ahead *a, const scm_lexicon *lex);

/* Let the worker finish the document it is parsing, and stop: returns
 * once it is idle. */
void scm_ahead_pause(scm_ahead *a);

/* The first queued document leaves the queue when it is for these bytes
 * and options: its result is moved into `out` when it has one for the
 * current lexicon (waiting for the worker if it is parsing it, or about
 * to): 1; 0 otherwise, and the caller parses (with the worker paused). */
int scm_ahead_take(scm_ahead *a, const char *raw, size_t len,
                   const scm_parse_opts *opts, const scm_lexicon *lex,
                   scm_parsed *out);

#endif
