/* bench_parse.c -- throughput and peak memory of the C core, without Lua.
 *
 *   bench_parse FILE...
 *
 * Builds a corpus of at least 20 MB from the given documents and measures
 * (1) normalise + segment (sentences and tokens) and (2) the same plus
 * extraction, each both as many small documents (the files as they are,
 * repeated) and as one large document (all of them concatenated).  Each
 * measurement runs in a child process so that its peak resident memory
 * (VmHWM) is its own; memory is reported above the input's own size, as a
 * multiple of the largest document parsed at once (the largest file for
 * many documents, the whole input for one large one).  Each measurement is
 * repeated and the median time reported: the machine may be shared. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../core/document.h"
#include "../../core/extract/extract.h"
#include "../../core/extract/wordscan.h"

#define TARGET_BYTES (20u * 1024u * 1024u)
#define RUNS 5 /* timed passes per measurement; the median is printed */

typedef struct {
    char *data;
    size_t len;
} blob;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long status_kb(const char *field) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    size_t n = strlen(field);
    if (!f) return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, field, n) == 0) kb = strtol(line + n + 1, NULL, 10);
    fclose(f);
    return kb;
}

static blob slurp(const char *path) {
    blob b = {NULL, 0};
    FILE *f = fopen(path, "rb");
    long n;
    if (!f) return b;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    b.data = malloc((size_t)n + 1);
    if (b.data && fread(b.data, 1, (size_t)n, f) == (size_t)n) b.len = (size_t)n;
    fclose(f);
    return b;
}

/* Parse one text; returns 0 on success.  `extract` adds the extraction. */
static int run_one(const char *s, size_t n, const scm_lexicon *lex,
                   int extract) {
    scm_doc doc;
    scm_error err;
    int rc = scm_doc_parse(&doc, s, n, NULL, lex, &err);
    if (rc != 0) {
        fprintf(stderr, "parse failed: %s\n", err.message);
        return -1;
    }
    rc = scm_doc_tokens(&doc, &err);
    if (rc == 0 && extract) {
        scm_extract x;
        memset(&x, 0, sizeof x);
        rc = scm_extract_run(&doc, lex, &x, &err);
        scm_extract_free(&x);
    }
    scm_doc_free(&doc);
    return rc;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* One timed pass: every document `repeat` times, or the large one. */
static double one_pass(blob *docs, size_t ndocs, size_t repeat,
                       const blob *big, int extract, const scm_lexicon *lex,
                       size_t *bytes, size_t *count) {
    double t0 = now();
    size_t r, i;
    *bytes = *count = 0;
    if (big) {
        if (run_one(big->data, big->len, lex, extract) != 0) _exit(1);
        *bytes = big->len;
        *count = 1;
    } else {
        for (r = 0; r < repeat; r++)
            for (i = 0; i < ndocs; i++) {
                if (run_one(docs[i].data, docs[i].len, lex, extract) != 0)
                    _exit(1);
                *bytes += docs[i].len;
                (*count)++;
            }
    }
    return now() - t0;
}

/* Run the mode RUNS times, each in a fresh child process (so that each
 * peak is the parse's own and not the leftovers of the pass before), and
 * print one line: the median time and MB/s, and the highest peak.  A
 * child first parses a tiny document, so that code pages and the lexicon
 * are not counted as the parse's memory.  `largest` is the largest input
 * parsed at once, the size the peak is compared with. */
static void measure(const char *label, blob *docs, size_t ndocs,
                    size_t repeat, const blob *big, int extract,
                    const scm_lexicon *lex, size_t largest) {
    double times[RUNS], dt;
    long peak_kb = 0;
    size_t bytes = 0, count = 0;
    int k, ok = 1;
    char rate[32];
    for (k = 0; k < RUNS; k++) {
        int fd[2];
        pid_t pid;
        struct {
            double dt;
            long peak_kb;
            size_t bytes, count;
        } res;
        if (pipe(fd) != 0) return;
        fflush(stdout);
        pid = fork();
        if (pid == 0) {
            static const char warm[] =
                "---\ntitle: Warm up\ndate: 2020-01-02\n---\n\n"
                "# Joint Statement\n\n**The lexicon** loads. Dr. Kim met "
                "U.S. officials on January 2, 2020 in Seoul.\n\n"
                "1. Long-\nterm deter-\nrence, 1,000.5 \"units\".\n";
            long base;
            close(fd[0]);
            if (run_one(warm, sizeof warm - 1, lex, extract) != 0) _exit(1);
            base = status_kb("VmRSS:");
            res.dt = one_pass(docs, ndocs, repeat, big, extract, lex,
                              &res.bytes, &res.count);
            res.peak_kb = status_kb("VmHWM:") - base;
            if (write(fd[1], &res, sizeof res) != (ssize_t)sizeof res)
                _exit(1);
            _exit(0);
        }
        close(fd[1]);
        if (pid < 0 || read(fd[0], &res, sizeof res) != (ssize_t)sizeof res)
            ok = 0;
        close(fd[0]);
        if (pid > 0) waitpid(pid, NULL, 0);
        if (!ok) {
            printf("%-34s failed\n", label);
            return;
        }
        times[k] = res.dt;
        if (res.peak_kb > peak_kb) peak_kb = res.peak_kb;
        bytes = res.bytes;
        count = res.count;
    }
    qsort(times, RUNS, sizeof times[0], cmp_double);
    dt = times[RUNS / 2];
    if (big)
        snprintf(rate, sizeof rate, "%8s", "-");
    else
        snprintf(rate, sizeof rate, "%8.0f", (double)count / dt);
    printf("%-34s %7.1f MB in %6.3f s  %7.1f MB/s  %s docs/s  "
           "peak +%.1f MB (%.2fx %s)\n",
           label, (double)bytes / 1e6, dt, (double)bytes / 1e6 / dt, rate,
           (double)peak_kb / 1024.0,
           (double)peak_kb * 1024.0 / (double)largest,
           big ? "input" : "largest doc");
    fflush(stdout);
}

/* ---- per stage ---- */

enum { ST_PARSE, ST_TOKENS, ST_HEADER, ST_PEOPLE, ST_ACTS, ST_ACRONYMS,
       ST_DATES, ST_REFERENCES, ST_N };
static const char *const stage_names[ST_N] = {
    "parse (normalise+sentences)", "tokens", "header", "people", "acts",
    "acronyms", "dates", "references"};

/* One document through every stage as scm_extract_run runs them, adding
 * each stage's time to t[]. */
static int run_stages(const char *s, size_t n, const scm_lexicon *lex,
                      double *t) {
    typedef int (*stage_fn)(scm_doc *, const scm_lexicon *, scm_extract *,
                            scm_error *);
    static const stage_fn fns[] = {
        scm_extract_header,   scm_extract_people, scm_extract_acts,
        scm_extract_acronyms, scm_extract_dates,  scm_extract_references};
    scm_doc doc;
    scm_extract x;
    scm_error err;
    double t0 = now(), t1;
    int rc, k;
    memset(&doc, 0, sizeof doc);
    memset(&x, 0, sizeof x);
    rc = scm_doc_parse(&doc, s, n, NULL, lex, &err);
    t1 = now();
    t[ST_PARSE] += t1 - t0;
    if (rc != 0) return -1;
    rc = scm_doc_tokens(&doc, &err);
    t0 = now();
    t[ST_TOKENS] += t0 - t1;
    (void)scm_extract_cache_begin(&doc, &x); /* as scm_extract_run does */
    for (k = 0; rc == 0 && k < (int)(sizeof fns / sizeof *fns); k++) {
        rc = fns[k](&doc, lex, &x, &err);
        if (k == ST_ACTS - ST_HEADER) scm_extract_cache_end(&x);
        t1 = now();
        t[ST_HEADER + k] += t1 - t0;
        t0 = t1;
    }
    scm_extract_free(&x);
    scm_doc_free(&doc);
    return rc;
}

/* Each stage's throughput over the many documents: RUNS passes, the
 * median of each stage's time. */
static void measure_stages(blob *docs, size_t ndocs, size_t repeat,
                           const scm_lexicon *lex) {
    double t[RUNS][ST_N], col[RUNS], total[RUNS], sum = 0;
    size_t bytes = 0, r, i;
    int k, st;
    memset(t, 0, sizeof t);
    for (i = 0; i < ndocs; i++) bytes += docs[i].len * repeat;
    for (k = 0; k < RUNS; k++)
        for (r = 0; r < repeat; r++)
            for (i = 0; i < ndocs; i++)
                if (run_stages(docs[i].data, docs[i].len, lex, t[k]) != 0) {
                    printf("stages: failed\n");
                    return;
                }
    for (st = 0; st < ST_N; st++) {
        double dt;
        for (k = 0; k < RUNS; k++) col[k] = t[k][st];
        qsort(col, RUNS, sizeof col[0], cmp_double);
        dt = col[RUNS / 2];
        sum += dt;
        printf("  stage %-28s %7.3f s  %8.1f MB/s\n", stage_names[st], dt,
               (double)bytes / 1e6 / dt);
    }
    for (k = 0; k < RUNS; k++) {
        total[k] = 0;
        for (st = ST_HEADER; st < ST_N; st++) total[k] += t[k][st];
    }
    qsort(total, RUNS, sizeof total[0], cmp_double);
    printf("  stages: extraction alone %.1f MB/s; sum of stage medians "
           "(parse to references) %.1f MB/s (%.1f MB, median of %d passes)\n",
           (double)bytes / 1e6 / total[RUNS / 2], (double)bytes / 1e6 / sum,
           (double)bytes / 1e6, RUNS);
    fflush(stdout);
}

int main(int argc, char **argv) {
    blob *docs = calloc((size_t)argc, sizeof *docs), big = {NULL, 0};
    size_t ndocs = 0, total = 0, largest = 0, repeat, i, off = 0;
    scm_lexicon *lex = scm_lexicon_new();
    int a;
    if (!docs || !lex) return 1;
    for (a = 1; a < argc; a++) {
        blob b = slurp(argv[a]);
        if (!b.len) continue;
        docs[ndocs++] = b;
        total += b.len;
        if (b.len > largest) largest = b.len;
    }
    if (!ndocs) {
        fprintf(stderr, "usage: bench_parse FILE...\n");
        return 2;
    }
    repeat = TARGET_BYTES / total + 1;
    /* One large document: every file repeated, separated by blank lines. */
    big.len = (total + 2 * ndocs) * repeat;
    big.data = malloc(big.len);
    if (!big.data) return 1;
    for (i = 0; i < repeat * ndocs; i++) {
        const blob *d = &docs[i % ndocs];
        memcpy(big.data + off, d->data, d->len);
        off += d->len;
        big.data[off++] = '\n';
        big.data[off++] = '\n';
    }
    big.len = off;
    printf("corpus: %zu documents (%.1f KB on average, largest %.1f KB), "
           "x%zu = %.1f MB; median of %d runs\n",
           ndocs, (double)total / (double)ndocs / 1024.0,
           (double)largest / 1024.0, repeat, (double)(total * repeat) / 1e6,
           RUNS);
    measure("normalise+segment, many docs", docs, ndocs, repeat, NULL, 0, lex,
            largest);
    measure("normalise+segment, one large doc", docs, ndocs, repeat, &big, 0,
            lex, big.len);
    measure("parse+extract, many docs", docs, ndocs, repeat, NULL, 1, lex,
            largest);
    measure("parse+extract, one large doc", docs, ndocs, repeat, &big, 1, lex,
            big.len);
    printf("per stage, many docs:\n");
    measure_stages(docs, ndocs, repeat, lex);
    for (i = 0; i < ndocs; i++) free(docs[i].data);
    free(docs);
    free(big.data);
    scm_lexicon_free(lex);
    return 0;
}
