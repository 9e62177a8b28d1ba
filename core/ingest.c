/* ingest.c -- the parse-ahead worker of a batch ingest (see ingest.h).
 *
 * One thread, one job slot, a mutex and a condition variable: the main
 * thread puts a job in the slot and signals; the worker parses and marks it
 * done; the main thread waits for done before it reads the result.  The
 * lock's release/acquire pairs are what make the worker's writes (the
 * result, and any derived lexicon data it built) visible to the main
 * thread. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ingest.h"

enum { AHEAD_EMPTY = 0, AHEAD_QUEUED, AHEAD_DONE };

struct scm_ahead {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pthread_t thread;
    int started; /* the thread exists */
    int quit;
    int state;   /* AHEAD_*; under mu once the thread runs */
    /* the job */
    const char *raw;
    size_t len;
    scm_parse_opts opts;
    const scm_lexicon *lex;
    unsigned long generation; /* of lex when the job was queued */
    /* its result, once DONE */
    scm_parsed out;
};

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int scm_parse_run(scm_parsed *p, const char *raw, size_t len,
                  const scm_parse_opts *opts, const scm_lexicon *lex) {
    double t0 = now_seconds();
    memset(p, 0, sizeof *p);
    p->err.byte = SCM_NO_BYTE;
    p->rc = -1;
    if (scm_doc_parse(&p->doc, raw, len, opts, lex, &p->err) != 0)
        return -1; /* the document is emptied */
    if (scm_extract_run(&p->doc, lex, &p->x, &p->err) != 0) {
        scm_parsed_free(p);
        p->rc = -1;
        return -1;
    }
    p->seconds = now_seconds() - t0;
    p->rc = 0;
    return 0;
}

void scm_parsed_free(scm_parsed *p) {
    scm_extract_free(&p->x);
    scm_doc_free(&p->doc);
    memset(&p->x, 0, sizeof p->x);
    memset(&p->doc, 0, sizeof p->doc);
}

/* A sum that grows whenever a word is added to any list of `lex`
 * (scm_lexicon_add bumps the list's version). */
static unsigned long lexicon_generation(const scm_lexicon *lex) {
    unsigned long g = 0;
    int i;
    for (i = 0; i < SCM_LEX_NLISTS; i++) {
        unsigned v = 0;
        scm_lexicon_derived(lex, (scm_lex_list)i, &v);
        g += v; /* versions only grow */
    }
    return g;
}

/* No spinning while waiting: a poll loop measured slower (it takes the
 * core the other thread needs on a shared machine) and its CPU time would
 * count as work in the batch bound (M.BATCH_SECONDS, os.clock). */

static void *worker(void *arg) {
    scm_ahead *a = arg;
    pthread_mutex_lock(&a->mu);
    for (;;) {
        while (!a->quit && a->state != AHEAD_QUEUED)
            pthread_cond_wait(&a->cv, &a->mu);
        if (a->quit) break;
        pthread_mutex_unlock(&a->mu);
        scm_parse_run(&a->out, a->raw, a->len, &a->opts, a->lex);
        pthread_mutex_lock(&a->mu);
        a->state = AHEAD_DONE;
        pthread_cond_broadcast(&a->cv);
    }
    pthread_mutex_unlock(&a->mu);
    return NULL;
}

scm_ahead *scm_ahead_new(void) {
    scm_ahead *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    if (pthread_mutex_init(&a->mu, NULL) != 0) {
        free(a);
        return NULL;
    }
    if (pthread_cond_init(&a->cv, NULL) != 0) {
        pthread_mutex_destroy(&a->mu);
        free(a);
        return NULL;
    }
    return a;
}

/* With mu held: wait until no job runs. */
static void wait_locked(scm_ahead *a) {
    while (a->state == AHEAD_QUEUED) pthread_cond_wait(&a->cv, &a->mu);
}

void scm_ahead_wait(scm_ahead *a) {
    if (!a || !a->started) return;
    pthread_mutex_lock(&a->mu);
    wait_locked(a);
    pthread_mutex_unlock(&a->mu);
}

/* Move the result (if any) out of the slot, leaving it empty: 1 when
 * there was one. */
static int take_out(scm_ahead *a, scm_parsed *out) {
    int had;
    pthread_mutex_lock(&a->mu);
    wait_locked(a);
    had = a->state == AHEAD_DONE;
    if (had) {
        *out = a->out;
        memset(&a->out, 0, sizeof a->out);
    }
    a->state = AHEAD_EMPTY;
    pthread_mutex_unlock(&a->mu);
    return had;
}

void scm_ahead_drop(scm_ahead *a) {
    scm_parsed p;
    if (a && take_out(a, &p)) scm_parsed_free(&p);
}

void scm_ahead_free(scm_ahead *a) {
    if (!a) return;
    scm_ahead_drop(a);
    if (a->started) {
        pthread_mutex_lock(&a->mu);
        a->quit = 1;
        pthread_cond_broadcast(&a->cv);
        pthread_mutex_unlock(&a->mu);
        pthread_join(a->thread, NULL);
    }
    pthread_cond_destroy(&a->cv);
    pthread_mutex_destroy(&a->mu);
    free(a);
}

int scm_ahead_start(scm_ahead *a, const char *raw, size_t len,
                    const scm_parse_opts *opts, const scm_lexicon *lex) {
    if (!a) return -1;
    scm_ahead_drop(a);
    if (!a->started) {
        if (pthread_create(&a->thread, NULL, worker, a) != 0) return -1;
        a->started = 1;
    }
    pthread_mutex_lock(&a->mu);
    a->raw = raw;
    a->len = len;
    memset(&a->opts, 0, sizeof a->opts);
    if (opts) a->opts = *opts;
    a->lex = lex;
    a->generation = lexicon_generation(lex);
    a->state = AHEAD_QUEUED;
    pthread_cond_broadcast(&a->cv);
    pthread_mutex_unlock(&a->mu);
    return 0;
}

int scm_ahead_take(scm_ahead *a, const char *raw, size_t len,
                   const scm_parse_opts *opts, const scm_lexicon *lex,
                   scm_parsed *out) {
    scm_parse_opts o;
    scm_parsed p;
    if (!a || !take_out(a, &p)) return 0;
    memset(&o, 0, sizeof o);
    if (opts) o = *opts;
    /* the worker is idle: the lexicon can be read */
    if (a->raw != raw || a->len != len || a->lex != lex ||
        a->opts.text.encoding != o.text.encoding ||
        a->generation != lexicon_generation(lex)) {
        scm_parsed_free(&p);
        return 0;
    }
    *out = p;
    return 1;
}
