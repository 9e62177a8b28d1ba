/* bench_parse.c -- throughput and peak memory of the C core, without Lua.
 *
 *   bench_parse FILE...
 *
 * Builds a corpus of at least 20 MB from the given documents and measures
 * (1) normalise + segment (sentences and tokens) and (2) the same plus
 * extraction, each both as many small documents (the files as they are,
 * repeated) and as one large document (all of them concatenated).  Each
 * measurement runs in a child process so that its peak resident memory
 * (VmHWM) is its own; memory is reported above the input's own size. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../core/document.h"
#include "../../core/extract/extract.h"

#define TARGET_BYTES (20u * 1024u * 1024u)

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

/* In a child: run the mode, print one line with MB/s and peak memory. */
static void measure(const char *label, blob *docs, size_t ndocs,
                    size_t repeat, const blob *big, int extract,
                    const scm_lexicon *lex) {
    pid_t pid;
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        long base = status_kb("VmRSS:"), peak;
        size_t bytes = 0, count = 0, r, i;
        double t0 = now(), dt;
        if (big) {
            if (run_one(big->data, big->len, lex, extract) != 0) _exit(1);
            bytes = big->len;
            count = 1;
        } else {
            for (r = 0; r < repeat; r++)
                for (i = 0; i < ndocs; i++) {
                    if (run_one(docs[i].data, docs[i].len, lex, extract) != 0)
                        _exit(1);
                    bytes += docs[i].len;
                    count++;
                }
        }
        dt = now() - t0;
        peak = status_kb("VmHWM:");
        printf("%-34s %7.1f MB in %6.3f s  %7.1f MB/s  %8.0f docs/s  "
               "peak +%.1f MB (%.2fx input)\n",
               label, (double)bytes / 1e6, dt, (double)bytes / 1e6 / dt,
               (double)count / dt, (double)(peak - base) / 1024.0,
               big ? (double)(peak - base) * 1024.0 / (double)big->len
                   : (double)(peak - base) * 1024.0 /
                         (double)(bytes / repeat));
        fflush(stdout);
        _exit(0);
    }
    if (pid > 0) waitpid(pid, NULL, 0);
}

int main(int argc, char **argv) {
    blob *docs = calloc((size_t)argc, sizeof *docs), big = {NULL, 0};
    size_t ndocs = 0, total = 0, repeat, i, off = 0;
    scm_lexicon *lex = scm_lexicon_new();
    int a;
    if (!docs || !lex) return 1;
    for (a = 1; a < argc; a++) {
        blob b = slurp(argv[a]);
        if (!b.len) continue;
        docs[ndocs++] = b;
        total += b.len;
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
    printf("corpus: %zu documents (%.1f KB on average), x%zu = %.1f MB\n",
           ndocs, (double)total / (double)ndocs / 1024.0, repeat,
           (double)(total * repeat) / 1e6);
    measure("normalise+segment, many docs", docs, ndocs, repeat, NULL, 0, lex);
    measure("normalise+segment, one large doc", docs, ndocs, repeat, &big, 0,
            lex);
    measure("parse+extract, many docs", docs, ndocs, repeat, NULL, 1, lex);
    measure("parse+extract, one large doc", docs, ndocs, repeat, &big, 1, lex);
    for (i = 0; i < ndocs; i++) free(docs[i].data);
    free(docs);
    free(big.data);
    scm_lexicon_free(lex);
    return 0;
}
