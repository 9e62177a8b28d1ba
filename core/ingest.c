/* ingest.c -- the parse-ahead worker of a batch ingest (see ingest.h).
 *
 * One thread, a queue of jobs, a mutex and a condition variable.  The main
 * thread fills the queue while the worker is paused, then resumes it; the
 * worker parses the queued jobs in order, one at a time, and marks each
 * done; the main thread takes the results from the head of the queue,
 * waiting for one the worker is still parsing.  The lock's release/acquire
 * pairs are what make the worker's writes (a result, and any derived
 * lexicon data it built) visible to the main thread. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ingest.h"

enum {
    JOB_QUEUED = 0,
    JOB_PARSING,
    JOB_DONE,
    JOB_SKIP, /* no parse needed, or taken */
    JOB_MOVED /* scm_ahead_set: its state went to the new queue */
};

typedef struct ahead_job {
    scm_ahead_doc doc;
    int state;                /* JOB_*, under mu once the thread runs */
    unsigned long generation; /* of the lexicon the result was made with */
    scm_parsed out;           /* once DONE */
} ahead_job;

struct scm_ahead {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pthread_t thread;
    int started; /* the thread exists */
    int quit;
    int running; /* between resume and pause: the worker may parse */
    int busy;    /* the worker is parsing a job (outside mu) */
    const scm_lexicon *lex;
    unsigned long generation; /* of lex, as of the last resume */
    ahead_job jobs[SCM_AHEAD_MAX];
    size_t head, n; /* jobs[head .. n) are queued, in order */
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
 * (scm_lexicon_add bumps the list's version).  Only with the worker
 * paused: the worker may be replacing a derived slot. */
static unsigned long lexicon_generation(const scm_lexicon *lex) {
    unsigned long g = 0;
    int i;
    if (!lex) return 0;
    for (i = 0; i < SCM_LEX_NLISTS; i++) {
        unsigned v = 0;
        scm_lexicon_derived(lex, (scm_lex_list)i, &v);
        g += v; /* versions only grow */
    }
    return g;
}

static int same_doc(const scm_ahead_doc *d, const char *raw, size_t len,
                    const scm_parse_opts *opts) {
    return d->raw == raw && d->len == len &&
           d->opts.text.encoding == opts->text.encoding;
}

/* No spinning while waiting: a poll loop measured slower (it takes the
 * core the other thread needs on a shared machine) and its CPU time would
 * count as work in the batch bound (M.BATCH_SECONDS, os.clock). */

/* With mu held: the first job to parse, or NULL. */
static ahead_job *next_job(scm_ahead *a) {
    size_t i;
    for (i = a->head; i < a->n; i++)
        if (a->jobs[i].state == JOB_QUEUED) return &a->jobs[i];
    return NULL;
}

static void *worker(void *arg) {
    scm_ahead *a = arg;
    ahead_job *job;
    pthread_mutex_lock(&a->mu);
    for (;;) {
        while (!a->quit && !(a->running && (job = next_job(a)) != NULL))
            pthread_cond_wait(&a->cv, &a->mu);
        if (a->quit) break;
        /* the queue is replaced only while paused, which waits for !busy:
         * `job` stays valid until it is marked done */
        job->state = JOB_PARSING;
        job->generation = a->generation;
        a->busy = 1;
        pthread_mutex_unlock(&a->mu);
        scm_parse_run(&job->out, job->doc.raw, job->doc.len, &job->doc.opts,
                      a->lex);
        pthread_mutex_lock(&a->mu);
        job->state = JOB_DONE;
        a->busy = 0;
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

void scm_ahead_pause(scm_ahead *a) {
    if (!a || !a->started) return;
    pthread_mutex_lock(&a->mu);
    a->running = 0;
    while (a->busy) pthread_cond_wait(&a->cv, &a->mu);
    pthread_mutex_unlock(&a->mu);
}

/* Paused: free the results of jobs[from .. n). */
static void drop_jobs(scm_ahead *a, size_t from) {
    size_t i;
    for (i = from; i < a->n; i++)
        if (a->jobs[i].state == JOB_DONE) scm_parsed_free(&a->jobs[i].out);
}

void scm_ahead_free(scm_ahead *a) {
    if (!a) return;
    scm_ahead_pause(a);
    drop_jobs(a, a->head);
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

int scm_ahead_set(scm_ahead *a, const scm_ahead_doc *docs, size_t n,
                  const scm_lexicon *lex) {
    ahead_job *fresh;
    unsigned long gen;
    size_t i, j;
    if (!a) return -1;
    scm_ahead_pause(a);
    if (n > SCM_AHEAD_MAX) n = SCM_AHEAD_MAX;
    fresh = calloc(n ? n : 1, sizeof *fresh);
    if (!fresh) {
        drop_jobs(a, a->head);
        a->head = a->n = 0;
        return -1;
    }
    gen = lexicon_generation(lex);
    for (i = 0; i < n; i++) {
        fresh[i].doc = docs[i];
        fresh[i].state = docs[i].skip ? JOB_SKIP : JOB_QUEUED;
        /* the same document queued before keeps its state (a result only
         * when made with this lexicon) */
        for (j = a->head; j < a->n; j++) {
            ahead_job *old = &a->jobs[j];
            if (old->state == JOB_MOVED ||
                !same_doc(&old->doc, docs[i].raw, docs[i].len,
                          &docs[i].opts))
                continue;
            fresh[i].doc.skip = old->doc.skip;
            fresh[i].state = old->doc.skip ? JOB_SKIP : JOB_QUEUED;
            if (old->state == JOB_DONE && old->generation == gen) {
                fresh[i].out = old->out;
                fresh[i].generation = gen;
                fresh[i].state = JOB_DONE;
                old->state = JOB_MOVED;
            } else if (old->state == JOB_DONE) {
                scm_parsed_free(&old->out);
                old->state = JOB_MOVED;
            } else {
                old->state = JOB_MOVED;
            }
            break;
        }
    }
    drop_jobs(a, a->head);
    memcpy(a->jobs, fresh, n * sizeof *fresh);
    free(fresh);
    a->head = 0;
    a->n = n;
    a->lex = lex;
    a->generation = gen;
    return 0;
}

int scm_ahead_queued(const scm_ahead *a) { return a && a->head < a->n; }

int scm_ahead_has(const scm_ahead *a, const char *raw, size_t len,
                  const scm_parse_opts *opts) {
    size_t i;
    if (!a) return 0;
    for (i = a->head; i < a->n; i++)
        if (same_doc(&a->jobs[i].doc, raw, len, opts)) return 1;
    return 0;
}

int scm_ahead_resume(scm_ahead *a, const scm_lexicon *lex) {
    size_t i;
    if (!a) return -1;
    scm_ahead_pause(a);
    /* paused: the lexicon can be read, and results made before a word
     * was added to it are parsed again */
    if (lex) a->lex = lex;
    a->generation = lexicon_generation(a->lex);
    for (i = a->head; i < a->n; i++) {
        ahead_job *job = &a->jobs[i];
        if (job->state == JOB_DONE && job->generation != a->generation) {
            scm_parsed_free(&job->out);
            job->state = JOB_QUEUED;
        }
    }
    if (!a->started) {
        if (pthread_create(&a->thread, NULL, worker, a) != 0) return -1;
        a->started = 1;
    }
    pthread_mutex_lock(&a->mu);
    a->running = 1;
    pthread_cond_broadcast(&a->cv);
    pthread_mutex_unlock(&a->mu);
    return 0;
}

int scm_ahead_take(scm_ahead *a, const char *raw, size_t len,
                   const scm_parse_opts *opts, const scm_lexicon *lex,
                   scm_parsed *out) {
    scm_parse_opts o;
    ahead_job *job;
    int took = 0;
    if (!a || a->head >= a->n) return 0;
    memset(&o, 0, sizeof o);
    if (opts) o = *opts;
    job = &a->jobs[a->head];
    if (!same_doc(&job->doc, raw, len, &o)) return 0; /* not in step */
    pthread_mutex_lock(&a->mu);
    /* running: the worker parses the head next, if it is not at it yet */
    while (a->running && (job->state == JOB_QUEUED ||
                          job->state == JOB_PARSING))
        pthread_cond_wait(&a->cv, &a->mu);
    if (job->state == JOB_DONE) {
        /* while running the lexicon is as it was at resume; paused, it
         * may have changed since the parse (and can be read) */
        unsigned long gen =
            a->running ? a->generation : lexicon_generation(lex);
        if (job->generation == gen && lex == a->lex) {
            *out = job->out;
            took = 1;
        } else {
            scm_parsed_free(&job->out);
        }
        memset(&job->out, 0, sizeof job->out);
    }
    job->state = JOB_SKIP; /* taken, or left to the caller */
    a->head++;
    pthread_mutex_unlock(&a->mu);
    return took;
}
