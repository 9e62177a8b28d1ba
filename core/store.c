/* store.c -- the corpus in SQLite: open, migrate, ingest, REGEXP, guards.
 *
 * One connection per store.  File corpora run in WAL mode so readers keep
 * reading while one writer ingests; every document goes in under one
 * BEGIN IMMEDIATE ... COMMIT, so a crash leaves it whole or absent.  User
 * SQL passes an authorizer that refuses ATTACH, DETACH, load_extension,
 * transaction control and pragmas that change anything.
 *
 * Ingest writes a document's rows one statement per table (store_rows.c);
 * a pipelined batch parses the next document on a worker (ingest.c) and
 * checkpoints the WAL on a thread of its own (checkpoint.c). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <xxhash.h>

#include "checkpoint.h"
#include "extract/extract.h"
#include "ingest.h"
#include "regex.h"
#include "store.h"
#include "store_rows.h"

#if SCM_INGEST_RUN_MAX > SCM_AHEAD_MAX
#error "a run queues more documents than the parse-ahead queue holds"
#endif

enum {
    ST_FIND_HASH = 0,
    ST_NEXT_VERSION,
    ST_RETIRE,
    ST_DOCUMENT,
    ST_META,
    ST_PARAGRAPH,
    ST_SENTENCE,
    ST_PERSON,
    ST_MENTION,
    ST_ACT,
    ST_ACTOR,
    ST_ACRONYM,
    ST_DATE,
    ST_REF,
    ST_FTS,
    ST_MAX_IDS,
    ST_SAVEPOINT,
    ST_RELEASE,
    ST_ROLLBACK_TO,
    ST_COUNT
};

/* Statements for ingest, prepared on first use and kept. */
static const char *const ingest_sql[ST_COUNT] = {
    "SELECT doc_id, name, version FROM documents WHERE hash = ?1 "
    "UNION ALL SELECT doc_id, name, version FROM documents "
    "WHERE source_hash = ?2 LIMIT 1",
    "SELECT coalesce(max(version), 0) + 1 FROM documents WHERE name = ?1",
    "UPDATE documents SET current = 0 WHERE name = ?1 AND current = 1",
    "INSERT INTO documents (name, version, current, source, hash, bytes, "
    "title, kind, series, number, meeting, parties, place, date, year, "
    "layout, warnings, n_paragraphs, n_sentences, n_tokens, n_acts, "
    "ingested_at, raw, normalised, source_kind, source_hash) VALUES (?1, ?2, "
    "1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
    "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
    /* The rows of a document, one statement per table (store_rows.h):
     * ?1 is the doc_id, the rest comes from the scm_rows buffer. */
    "INSERT OR REPLACE INTO doc_meta (doc_id, key, value) "
    "SELECT ?1, c1, c2 FROM scm_rows",
    "INSERT INTO paragraphs (doc_id, position, kind, start, stop) "
    "SELECT ?1, c1, c2, c3, c4 FROM scm_rows",
    "INSERT INTO sentences (sentence_id, doc_id, position, paragraph, start, "
    "stop, text) SELECT c1, ?1, c2, c3, c4, c5, c6 FROM scm_rows",
    "INSERT INTO people (person_id, doc_id, position, name, family, title, "
    "role, party, start, stop, mentions) "
    "SELECT c1, ?1, c2, c3, c4, c5, c6, c7, c8, c9, c10 FROM scm_rows",
    "INSERT OR IGNORE INTO person_mentions (person_id, start, stop) "
    "SELECT c1, c2, c3 FROM scm_rows",
    /* schema 4: the text of a span only when it is not in the sentence */
    "INSERT INTO act_rows (act_id, doc_id, sentence_id, position, lemma, "
    "class, negated, actors, subject_text, verb_text, clause_text, "
    "subject_start, subject_stop, verb_start, verb_stop, clause_start, "
    "clause_stop) SELECT c1, ?1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, "
    "c12, c13, c14, c15, c16 FROM scm_rows",
    "INSERT INTO act_actors (act_id, position, actor, person_id) "
    "SELECT c1, c2, c3, c4 FROM scm_rows",
    "INSERT INTO acronyms (doc_id, position, short, long, defined, start, "
    "stop, mentions) SELECT ?1, c1, c2, c3, c4, c5, c6, c7 FROM scm_rows",
    "INSERT INTO dates (doc_id, position, iso, precision, relative, text, "
    "start, stop) SELECT ?1, c1, c2, c3, c4, c5, c6, c7 FROM scm_rows",
    "INSERT INTO refs (doc_id, position, kind, series, numbers, text, start, "
    "stop) SELECT ?1, c1, c2, c3, c4, c5, c6, c7 FROM scm_rows",
    "INSERT INTO sentences_fts (rowid, text) SELECT c1, c2 FROM scm_rows",
    /* the ids the rows of the next document start after */
    "SELECT (SELECT coalesce(max(sentence_id), 0) FROM sentences), "
    "(SELECT coalesce(max(person_id), 0) FROM people), "
    "(SELECT coalesce(max(act_id), 0) FROM act_rows)",
    /* prepared once: sqlite3_exec would compile them for every document */
    "SAVEPOINT scm_doc",
    "RELEASE scm_doc",
    "ROLLBACK TO scm_doc",
};

struct scm_store {
    sqlite3 *db;
    int readonly;
    int user_sql; /* the authorizer applies the user-SQL rules */
    int bulk; /* foreign keys and triggers off: ingest's transaction */
    const char *source_kind, *source_hash; /* of the document being stored */
    int batch;     /* scm_store_batch_begin: documents share a transaction */
    int batch_first;           /* a batch transaction is open */
    sqlite3_int64 batch_first_pending; /* its first sentence_id */
    size_t batch_docs;         /* documents stored in the open batch */
    sqlite3_stmt *st[ST_COUNT];
    scm_rows rows; /* the rows of one bulk insert (store_rows.h) */
    scm_ahead *ahead; /* the parse-ahead queue of a batch (ingest.h); NULL
                       * until scm_store_ingest_run, freed at batch end */
    int ahead_running; /* its worker may be parsing (inside one call) */
    scm_ckpt *ckpt;    /* the WAL checkpointer of a batch (checkpoint.h) */
    int ckpt_tried;    /* scm_ckpt_start was tried in this batch */
    /* Ranking (scm_rank): statistics kept per connection while the
     * corpus is unchanged (PRAGMA data_version, sqlite3_total_changes). */
    sqlite3_stmt *data_version;
    long long seen_version, seen_changes;
    uint16_t *lens;          /* tokens of sentence rowid; RANK_LEN_UNKNOWN */
    sqlite3_int64 nlens;     /* entries in lens */
    sqlite3_int64 lookups;   /* xColumnSize calls since the last change */
    struct rank_idf *idf;    /* a few queries' phrase counts */
};

static void ckpt_stop(scm_store *s);

/* ---- small helpers ---------------------------------------------------- */

static int db_error(sqlite3 *db, scm_error *err, const char *what) {
    int rc = sqlite3_errcode(db);
    if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
        return scm_error_set(err, SCM_NO_BYTE,
                             "%s: corpus file is corrupt or not a database "
                             "(%s)",
                             what, sqlite3_errmsg(db));
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return scm_error_set(err, SCM_NO_BYTE,
                             "%s: the corpus is busy (another process is "
                             "writing to it)",
                             what);
    if (rc == SQLITE_READONLY)
        return scm_error_set(err, SCM_NO_BYTE,
                             "%s: the corpus is open read-only", what);
    if (rc == SQLITE_FULL)
        return scm_error_set(err, SCM_NO_BYTE, "%s: the disk is full", what);
    return scm_error_set(err, SCM_NO_BYTE, "%s: %s", what,
                         sqlite3_errmsg(db));
}

static int exec(sqlite3 *db, const char *sql, scm_error *err,
                const char *what) {
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_error(db, err, what);
    return 0;
}

/* Run a one-integer query; -1 with err on failure. */
static int query_int(sqlite3 *db, const char *sql, long long *out,
                     scm_error *err) {
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return db_error(db, err, "cannot read the corpus");
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(st, 0);
        rc = SQLITE_DONE;
    } else if (rc == SQLITE_DONE) {
        *out = 0;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return db_error(db, err, "cannot read the corpus");
    return 0;
}

/* ---- SQL functions ---------------------------------------------------- */

/* The compiled pattern of argument 0, compiled once per statement: SQLite
 * keeps it as auxiliary data while the pattern argument stays constant. */
static scm_regex *aux_regex(sqlite3_context *ctx, sqlite3_value *pattern,
                            const char *fname) {
    scm_regex *re = sqlite3_get_auxdata(ctx, 0);
    scm_error err;
    const char *p;
    if (re) return re;
    p = (const char *)sqlite3_value_text(pattern);
    if (!p) return NULL;
    err.message[0] = '\0';
    re = scm_regex_compile(p, (size_t)sqlite3_value_bytes(pattern), NULL,
                           &err);
    if (!re) {
        char msg[320];
        snprintf(msg, sizeof msg, "%s: bad pattern: %s", fname, err.message);
        sqlite3_result_error(ctx, msg, -1);
        return NULL;
    }
    sqlite3_set_auxdata(ctx, 0, re, (void (*)(void *))scm_regex_free);
    /* set_auxdata may have freed it already (out of memory): ask again. */
    re = sqlite3_get_auxdata(ctx, 0);
    if (!re) sqlite3_result_error_nomem(ctx);
    return re;
}

/* Room for the match vector of `re`: on the stack for ordinary patterns. */
typedef struct ovec_buf {
    size_t small[64];
    size_t *v;
} ovec_buf;

static int ovec_get(ovec_buf *b, const scm_regex *re) {
    size_t need = 2 * ((size_t)scm_regex_groups(re) + 1);
    b->v = b->small;
    if (need > sizeof b->small / sizeof b->small[0]) {
        b->v = malloc(need * sizeof *b->v);
        if (!b->v) return -1;
    }
    return 0;
}

static void ovec_done(ovec_buf *b) {
    if (b->v != b->small) free(b->v);
}

/* regexp(pattern, text): 1 when PCRE2 `pattern` matches somewhere in
 * `text`, NULL when either is NULL.  `text REGEXP pattern` calls it. */
static void sql_regexp(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    scm_regex *re;
    const char *s;
    ovec_buf ov;
    scm_error err;
    int rc;
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL ||
        sqlite3_value_type(argv[1]) == SQLITE_NULL)
        return; /* NULL */
    if (!(re = aux_regex(ctx, argv[0], "regexp"))) return;
    s = (const char *)sqlite3_value_text(argv[1]);
    if (!s) return;
    if (ovec_get(&ov, re) != 0) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    rc = scm_regex_exec(re, s, (size_t)sqlite3_value_bytes(argv[1]), 0, ov.v,
                        &err);
    ovec_done(&ov);
    if (rc < 0) {
        char msg[320];
        snprintf(msg, sizeof msg, "regexp: %s", err.message);
        sqlite3_result_error(ctx, msg, -1);
        return;
    }
    sqlite3_result_int(ctx, rc);
}

/* regexp_spans(pattern, text): every match as "start-stop" (1-based,
 * inclusive bytes) joined by ","; '' when none.  kwic uses it. */
static void sql_regexp_spans(sqlite3_context *ctx, int argc,
                             sqlite3_value **argv) {
    scm_regex *re;
    const char *s;
    size_t n, from = 0;
    ovec_buf ov;
    scm_error err;
    scm_buf out = {0};
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL ||
        sqlite3_value_type(argv[1]) == SQLITE_NULL)
        return;
    if (!(re = aux_regex(ctx, argv[0], "regexp_spans"))) return;
    s = (const char *)sqlite3_value_text(argv[1]);
    if (!s) return;
    n = (size_t)sqlite3_value_bytes(argv[1]);
    if (ovec_get(&ov, re) != 0) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (scm_buf_append(&out, "", 0) != 0) goto nomem;
    while (from <= n) {
        char item[48];
        int rc = scm_regex_exec(re, s, n, from, ov.v, &err);
        if (rc < 0) {
            char msg[320];
            snprintf(msg, sizeof msg, "regexp_spans: %s", err.message);
            sqlite3_result_error(ctx, msg, -1);
            goto done;
        }
        if (rc == 0) break;
        if (ov.v[1] > ov.v[0]) {
            int k = snprintf(item, sizeof item, "%s%zu-%zu",
                             out.len ? "," : "", ov.v[0] + 1, ov.v[1]);
            if (scm_buf_append(&out, item, (size_t)k) != 0) goto nomem;
            from = ov.v[1];
        } else {
            /* empty match: step over one UTF-8 character */
            from = ov.v[0] + 1;
            while (from < n && ((unsigned char)s[from] & 0xC0) == 0x80) from++;
        }
    }
    sqlite3_result_text(ctx, out.items, (int)out.len, SQLITE_TRANSIENT);
    goto done;
nomem:
    sqlite3_result_error_nomem(ctx);
done:
    ovec_done(&ov);
    SCM_VEC_FREE(&out);
}

/* span_text(text, start, stop): the bytes text[start .. stop] (1-based,
 * inclusive), as stored spans address them; substr() counts characters. */
static void sql_span_text(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
    const char *s;
    sqlite3_int64 n, a, b;
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL ||
        sqlite3_value_type(argv[1]) == SQLITE_NULL ||
        sqlite3_value_type(argv[2]) == SQLITE_NULL)
        return;
    s = (const char *)sqlite3_value_text(argv[0]);
    if (!s) return;
    n = sqlite3_value_bytes(argv[0]);
    a = sqlite3_value_int64(argv[1]);
    b = sqlite3_value_int64(argv[2]);
    if (a < 1) a = 1;
    if (b > n) b = n;
    if (b < a) {
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        return;
    }
    sqlite3_result_text(ctx, s + a - 1, (int)(b - a + 1), SQLITE_TRANSIENT);
}

/* scm_fts_sync(): the sentences_ai trigger's gate (schema v2), always 1
 * where it runs: ingest, which writes sentences_fts itself, runs with
 * triggers off (bulk_begin); a tool without the function cannot insert
 * sentences at all rather than leave the index out of step. */
static void sql_fts_sync(sqlite3_context *ctx, int argc,
                         sqlite3_value **argv) {
    (void)argc;
    (void)argv;
    sqlite3_result_int(ctx, 1);
}

/* ---- ranking ------------------------------------------------------------
 *
 * scm_rank(sentences_fts, query): Okapi BM25 exactly as FTS5's bm25()
 * computes it (k1 = 1.2, b = 0.75, one column of weight 1; IDF
 * log((N - n + 0.5) / (n + 0.5)) floored at 1e-6, n = rows holding the
 * phrase, N = rows of the index; length = the sentence's tokens, avgdl =
 * tokens / N), returned negated so that ORDER BY rank is best first.
 * It is cheaper per row than bm25():
 *   - term frequency from xPhraseFirst/xPhraseNext (no instance array);
 *   - the sentence's length from an array of every sentence's length kept
 *     by the connection, loaded from sentences_fts_docsize once the
 *     per-row lookups (xColumnSize) of this connection outnumber an eighth
 *     of the rows (so that a short-lived connection with few matches never
 *     pays for the load);
 *   - the phrase counts behind the IDF, which cost one pass over each
 *     phrase, kept for the last RANK_IDF_SLOTS queries (by query text).
 * Both are dropped as soon as the corpus changes (data_version for other
 * connections, total_changes for this one).
 * scm_rank(sentences_fts, query, n) also keeps the best n rows seen so far
 * and returns NULL for a row that would not enter them: it cannot be among
 * the best n of all, and `WHERE rank IS NOT NULL ORDER BY rank LIMIT n`
 * then sorts a few hundred rows instead of every match (same result). */

#define RANK_K1 1.2
#define RANK_B 0.75
#define RANK_IDF_SLOTS 32
#define RANK_LEN_UNKNOWN 0xFFFFu
#define RANK_KEEP_MAX (1 << 20) /* a larger bound ranks every row */

typedef struct rank_idf {
    char *query;
    int nphrase;
    sqlite3_int64 *hits;
} rank_idf;

/* The best `keep` rows seen so far, worst at the root: a row that would
 * not enter them cannot be among the best `keep` of all the matches, so
 * scm_rank(query, keep) returns NULL for it and the sorter never sees it.
 * Rows order by score, then lower rowid first (as ORDER BY rank, rowid). */
typedef struct rank_best {
    double score;
    sqlite3_int64 rowid;
} rank_best;

typedef struct rank_query {
    int nphrase;
    double avgdl;
    int keep, nbest;       /* keep = 0: every row gets its score */
    rank_best *best;       /* a heap of nbest <= keep rows */
    int has_last, last_kept; /* the last row's answer: the rank column */
    sqlite3_int64 last_rowid; /* may be read twice for one row */
    double last_score;
    double idf[1]; /* nphrase of them */
} rank_query;

static void rank_query_free(void *p) {
    rank_query *q = p;
    if (q) sqlite3_free(q->best);
    sqlite3_free(q);
}

/* a is worse than b */
static int rank_worse(const rank_best *a, const rank_best *b) {
    return a->score < b->score || (a->score == b->score && a->rowid > b->rowid);
}

static void rank_sift_down(rank_best *h, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, w = i;
        rank_best t;
        if (l < n && rank_worse(&h[l], &h[w])) w = l;
        if (r < n && rank_worse(&h[r], &h[w])) w = r;
        if (w == i) return;
        t = h[i], h[i] = h[w], h[w] = t;
        i = w;
    }
}

/* Offer a row to the heap: 1 if it is among the best `keep` so far. */
static int rank_offer(rank_query *q, double score, sqlite3_int64 rowid) {
    rank_best b;
    b.score = score;
    b.rowid = rowid;
    if (q->nbest < q->keep) {
        int i = q->nbest++;
        q->best[i] = b;
        while (i > 0 && rank_worse(&q->best[i], &q->best[(i - 1) / 2])) {
            rank_best t = q->best[i];
            q->best[i] = q->best[(i - 1) / 2];
            q->best[(i - 1) / 2] = t;
            i = (i - 1) / 2;
        }
        return 1;
    }
    if (!rank_worse(&q->best[0], &b)) return 0;
    q->best[0] = b;
    rank_sift_down(q->best, q->nbest, 0);
    return 1;
}

static void rank_forget(scm_store *s) {
    int i;
    free(s->lens);
    s->lens = NULL;
    s->nlens = 0;
    s->lookups = 0;
    if (s->idf)
        for (i = 0; i < RANK_IDF_SLOTS; i++) {
            free(s->idf[i].query);
            free(s->idf[i].hits);
            s->idf[i].query = NULL;
            s->idf[i].hits = NULL;
        }
}

/* Drop the statistics when the corpus changed since they were taken. */
static void rank_check_version(scm_store *s) {
    long long v = -1, c = sqlite3_total_changes64(s->db);
    if (!s->data_version &&
        sqlite3_prepare_v3(s->db, "PRAGMA data_version", -1,
                           SQLITE_PREPARE_PERSISTENT, &s->data_version,
                           NULL) != SQLITE_OK)
        s->data_version = NULL;
    if (s->data_version) {
        if (sqlite3_step(s->data_version) == SQLITE_ROW)
            v = sqlite3_column_int64(s->data_version, 0);
        sqlite3_reset(s->data_version);
    }
    if (v != s->seen_version || c != s->seen_changes || v < 0) {
        rank_forget(s);
        s->seen_version = v;
        s->seen_changes = c;
    }
}

static int get_varint32(const unsigned char *p, int n, unsigned *out) {
    unsigned v = 0;
    int i;
    for (i = 0; i < n && i < 5; i++) {
        v = (v << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *out = v;
            return 0;
        }
    }
    return -1;
}

/* Every sentence's length, from the index's own record of them. */
static void rank_load_lengths(scm_store *s) {
    sqlite3_stmt *st = NULL;
    sqlite3_int64 maxid = 0, n = 0, i;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT max(id), count(*) FROM "
                           "main.sentences_fts_docsize",
                           -1, &st, NULL) != SQLITE_OK)
        return;
    if (sqlite3_step(st) == SQLITE_ROW) {
        maxid = sqlite3_column_int64(st, 0);
        n = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    /* sparse rowids: the array would be mostly holes */
    if (maxid <= 0 || maxid > 8 * n + 65536 || maxid > ((sqlite3_int64)1 << 31))
        return;
    s->lens = malloc((size_t)(maxid + 1) * sizeof *s->lens);
    if (!s->lens) return;
    s->nlens = maxid + 1;
    for (i = 0; i < s->nlens; i++) s->lens[i] = RANK_LEN_UNKNOWN;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT id, sz FROM main.sentences_fts_docsize",
                           -1, &st, NULL) != SQLITE_OK) {
        rank_forget(s);
        return;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(st, 0);
        const unsigned char *b = sqlite3_column_blob(st, 1);
        int nb = sqlite3_column_bytes(st, 1);
        unsigned v;
        if (id >= 0 && id < s->nlens && b &&
            get_varint32(b, nb, &v) == 0 && v < RANK_LEN_UNKNOWN)
            s->lens[id] = (uint16_t)v;
    }
    sqlite3_finalize(st);
}

static int rank_count_cb(const Fts5ExtensionApi *api, Fts5Context *fts,
                         void *ud) {
    (void)api;
    (void)fts;
    (*(sqlite3_int64 *)ud)++;
    return SQLITE_OK;
}

/* The per-query part: N, avgdl and each phrase's IDF. */
static rank_query *rank_prepare(scm_store *s, const Fts5ExtensionApi *api,
                                Fts5Context *fts, const char *query,
                                int *rc) {
    int i, cached, np = api->xPhraseCount(fts);
    sqlite3_int64 nrow = 0, ntok = 0;
    rank_query *q;
    rank_idf *slot = NULL;
    rank_check_version(s);
    q = sqlite3_malloc64(sizeof *q + (size_t)(np > 0 ? np : 1) *
                                         sizeof(double));
    if (!q) {
        *rc = SQLITE_NOMEM;
        return NULL;
    }
    q->nphrase = np;
    q->keep = q->nbest = q->has_last = 0;
    q->best = NULL;
    if ((*rc = api->xRowCount(fts, &nrow)) != SQLITE_OK ||
        (*rc = api->xColumnTotalSize(fts, -1, &ntok)) != SQLITE_OK) {
        sqlite3_free(q);
        return NULL;
    }
    if (nrow <= 0) nrow = 1;
    q->avgdl = (double)ntok / (double)nrow;
    if (query && !s->idf) s->idf = calloc(RANK_IDF_SLOTS, sizeof *s->idf);
    if (query && s->idf) {
        unsigned h = 5381;
        const char *c;
        for (c = query; *c; c++) h = h * 33 + (unsigned char)*c;
        slot = &s->idf[h % RANK_IDF_SLOTS];
        if (!slot->query || strcmp(slot->query, query) != 0 ||
            slot->nphrase != np) {
            free(slot->query);
            free(slot->hits);
            slot->query = NULL;
            slot->hits = NULL;
        }
    }
    cached = slot && slot->hits;
    for (i = 0; i < np; i++) {
        sqlite3_int64 hits = 0;
        double idf;
        if (cached) {
            hits = slot->hits[i];
        } else if ((*rc = api->xQueryPhrase(fts, i, &hits,
                                            rank_count_cb)) != SQLITE_OK) {
            sqlite3_free(q);
            return NULL;
        }
        idf = log(((double)nrow - (double)hits + 0.5) / ((double)hits + 0.5));
        q->idf[i] = idf <= 0.0 ? 1e-6 : idf;
        if (slot && !cached) {
            /* remember the counts once all are known */
            if (i == 0) {
                slot->hits = malloc((size_t)np * sizeof *slot->hits);
                slot->query = slot->hits ? strdup(query) : NULL;
                if (!slot->query) {
                    free(slot->hits);
                    slot->hits = NULL;
                    slot = NULL;
                }
            }
            if (slot) slot->hits[i] = hits;
        }
    }
    if (slot) slot->nphrase = np;
    return q;
}

static void rank_function(const Fts5ExtensionApi *api, Fts5Context *fts,
                          sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
    scm_store *s = api->xUserData(fts);
    rank_query *q = api->xGetAuxdata(fts, 0);
    sqlite3_int64 rowid = api->xRowid(fts);
    double score = 0.0, dl = -1.0;
    int i, rc = SQLITE_OK;
    if (q && q->keep && q->has_last && q->last_rowid == rowid) {
        if (q->last_kept)
            sqlite3_result_double(ctx, q->last_score);
        else
            sqlite3_result_null(ctx);
        return;
    }
    if (!q) {
        const char *query = argc > 0 && sqlite3_value_type(argv[0]) ==
                                            SQLITE_TEXT
                                ? (const char *)sqlite3_value_text(argv[0])
                                : NULL;
        q = rank_prepare(s, api, fts, query, &rc);
        if (q && argc > 1 && sqlite3_value_type(argv[1]) == SQLITE_INTEGER) {
            sqlite3_int64 keep = sqlite3_value_int64(argv[1]);
            if (keep > 0 && keep <= RANK_KEEP_MAX) {
                q->best = sqlite3_malloc64((size_t)keep * sizeof *q->best);
                if (q->best) q->keep = (int)keep;
            }
        }
        if (q) rc = api->xSetAuxdata(fts, q, rank_query_free);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
    }
    if (s->lens && rowid >= 0 && rowid < s->nlens &&
        s->lens[rowid] != RANK_LEN_UNKNOWN) {
        dl = s->lens[rowid];
    } else {
        int ntok = 0;
        sqlite3_int64 nrow = 0;
        if ((rc = api->xColumnSize(fts, -1, &ntok)) != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
        dl = ntok;
        if (!s->lens && ++s->lookups % 4096 == 0 &&
            api->xRowCount(fts, &nrow) == SQLITE_OK &&
            s->lookups > nrow / 8)
            rank_load_lengths(s);
    }
    for (i = 0; i < q->nphrase; i++) {
        Fts5PhraseIter it;
        int col = -1, off = -1, tf = 0;
        if ((rc = api->xPhraseFirst(fts, i, &it, &col, &off)) != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
        while (col >= 0) {
            tf++;
            api->xPhraseNext(fts, &it, &col, &off);
        }
        if (tf)
            score += q->idf[i] * ((double)tf * (RANK_K1 + 1.0)) /
                     ((double)tf +
                      RANK_K1 * (1.0 - RANK_B + RANK_B * dl / q->avgdl));
    }
    if (q->keep) {
        q->has_last = 1;
        q->last_rowid = rowid;
        q->last_score = -score;
        q->last_kept = rank_offer(q, score, rowid);
        if (!q->last_kept) {
            sqlite3_result_null(ctx);
            return;
        }
    }
    sqlite3_result_double(ctx, -score);
}

/* Register scm_rank with the FTS5 of this connection. */
static int register_rank(scm_store *s) {
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT fts5(?1)", -1, &st, NULL) !=
        SQLITE_OK)
        return -1;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api || api->iVersion < 2) return -1;
    return api->xCreateFunction(api, "scm_rank", s, rank_function, NULL) ==
                   SQLITE_OK
               ? 0
               : -1;
}

/* ---- the authorizer --------------------------------------------------- */

/* Pragmas that only read, and may take an argument (a table name). */
static const char *const info_pragmas[] = {
    "table_info", "table_xinfo", "table_list", "index_list", "index_info",
    "index_xinfo", "foreign_key_list", "foreign_key_check",
    "integrity_check", "quick_check", "function_list", "module_list",
    "pragma_list", "collation_list", "compile_options", "database_list",
    NULL};
/* Pragmas that are settings: reading them (no argument) is fine. */
static const char *const setting_pragmas[] = {
    "user_version", "application_id", "schema_version", "page_count",
    "page_size", "freelist_count", "encoding", "data_version",
    "journal_mode", "foreign_keys", "busy_timeout", "cache_size",
    "auto_vacuum", "max_page_count", "synchronous", NULL};

static int in_list(const char *const *list, const char *s) {
    for (; *list; list++)
        if (sqlite3_stricmp(*list, s) == 0) return 1;
    return 0;
}

static int authorize(void *ud, int action, const char *a, const char *b,
                     const char *dbname, const char *trigger) {
    const scm_store *store = ud;
    (void)dbname;
    (void)trigger;
    switch (action) {
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        return SQLITE_DENY;
    case SQLITE_FUNCTION:
        if (b && sqlite3_stricmp(b, "load_extension") == 0) return SQLITE_DENY;
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        if (!a) return SQLITE_DENY;
        if (in_list(info_pragmas, a)) return SQLITE_OK;
        if (!b && in_list(setting_pragmas, a)) return SQLITE_OK;
        return store->user_sql ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        return store->user_sql ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_READ:
        /* ingest's row buffer (store_rows.h) is not for user SQL */
        return store->user_sql && a && sqlite3_stricmp(a, "scm_rows") == 0
                   ? SQLITE_DENY
                   : SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

/* ---- open, create, migrate -------------------------------------------- */

static int migrate(scm_store *s, long long from, scm_error *err) {
    long long v;
    char sql[96];
    if (exec(s->db, "BEGIN IMMEDIATE", err, "cannot create the corpus") != 0)
        return -1;
    /* Someone may have created or migrated it while we waited. */
    if (query_int(s->db, "PRAGMA user_version", &v, err) != 0) goto fail;
    if (v != from && v >= SCM_SCHEMA_VERSION) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return 0;
    }
    for (; v < SCM_SCHEMA_VERSION; v++) {
        if (exec(s->db, scm_store_migrations[v], err,
                 "cannot create the corpus schema") != 0)
            goto fail;
    }
    if (from == 0) {
        char created[32];
        time_t now = time(NULL);
        struct tm tmv;
        char isql[200];
        gmtime_r(&now, &tmv);
        strftime(created, sizeof created, "%Y-%m-%dT%H:%M:%SZ", &tmv);
        snprintf(isql, sizeof isql,
                 "INSERT OR REPLACE INTO scm_info VALUES ('created_by', "
                 "'scm'), ('created_at', '%s')",
                 created);
        if (exec(s->db, isql, err, "cannot create the corpus") != 0)
            goto fail;
    }
    snprintf(sql, sizeof sql,
             "PRAGMA application_id = %d; PRAGMA user_version = %d",
             SCM_APPLICATION_ID, SCM_SCHEMA_VERSION);
    if (exec(s->db, sql, err, "cannot create the corpus") != 0) goto fail;
    if (exec(s->db, "COMMIT", err, "cannot create the corpus") != 0)
        goto fail;
    return 0;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}

static int register_functions(scm_store *s) {
    sqlite3 *db = s->db;
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    /* used by a trigger: innocuous, not deterministic */
    if (sqlite3_create_function_v2(db, "scm_fts_sync", 0,
                                   SQLITE_UTF8 | SQLITE_INNOCUOUS, NULL,
                                   sql_fts_sync, NULL, NULL,
                                   NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_create_function_v2(db, "regexp", 2, flags, NULL, sql_regexp,
                                   NULL, NULL, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_create_function_v2(db, "regexp_spans", 2, flags, NULL,
                                   sql_regexp_spans, NULL, NULL,
                                   NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_create_function_v2(db, "span_text", 3, flags, NULL,
                                   sql_span_text, NULL, NULL,
                                   NULL) != SQLITE_OK)
        return -1;
    if (scm_rows_register(db, &s->rows) != SQLITE_OK) return -1;
    return register_rank(s);
}

static int file_exists(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    fclose(f);
    return 1;
}

int scm_store_open(const char *path, int flags, scm_store **out,
                   scm_error *err) {
    scm_store *s;
    int oflags, memory, rc;
    long long app_id, version, objects;
    *out = NULL;
    memory = strcmp(path, ":memory:") == 0 || path[0] == '\0';
    if ((flags & SCM_STORE_READONLY) && !memory && !file_exists(path))
        return scm_error_set(err, SCM_NO_BYTE, "no such corpus: %s", path);
    s = calloc(1, sizeof *s);
    if (!s) return scm_error_set(err, SCM_NO_BYTE, "out of memory");
    s->readonly = (flags & SCM_STORE_READONLY) != 0;
    oflags = (s->readonly ? SQLITE_OPEN_READONLY
                          : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
             SQLITE_OPEN_NOMUTEX;
    rc = sqlite3_open_v2(path, &s->db, oflags, NULL);
    if (rc != SQLITE_OK) {
        if (s->db)
            scm_error_set(err, SCM_NO_BYTE, "cannot open corpus %s: %s", path,
                          sqlite3_errmsg(s->db));
        else
            scm_error_set(err, SCM_NO_BYTE, "cannot open corpus %s: out of "
                          "memory", path);
        goto fail;
    }
    sqlite3_extended_result_codes(s->db, 0);
    sqlite3_busy_timeout(s->db, 10000);
    if (register_functions(s) != 0) {
        scm_error_set(err, SCM_NO_BYTE, "cannot open corpus %s: out of memory",
                      path);
        goto fail;
    }
    if (query_int(s->db, "PRAGMA application_id", &app_id, err) != 0 ||
        query_int(s->db, "PRAGMA user_version", &version, err) != 0 ||
        query_int(s->db, "SELECT count(*) FROM sqlite_schema", &objects,
                  err) != 0) {
        if (sqlite3_errcode(s->db) == SQLITE_NOTADB ||
            sqlite3_errcode(s->db) == SQLITE_CORRUPT)
            scm_error_set(err, SCM_NO_BYTE,
                          "%s is not an scm corpus (not a SQLite database, "
                          "or corrupt)",
                          path);
        goto fail;
    }
    if (objects == 0 && app_id == 0 && version == 0) {
        if (s->readonly) {
            scm_error_set(err, SCM_NO_BYTE,
                          "%s is not an scm corpus (empty file)", path);
            goto fail;
        }
    } else if (app_id != SCM_APPLICATION_ID) {
        scm_error_set(err, SCM_NO_BYTE,
                      "%s is not an scm corpus (a SQLite database made by "
                      "another program)",
                      path);
        goto fail;
    } else if (version > SCM_SCHEMA_VERSION) {
        scm_error_set(err, SCM_NO_BYTE,
                      "%s was written by a newer scm (corpus schema %lld; "
                      "this scm reads up to %d): upgrade scm",
                      path, version, SCM_SCHEMA_VERSION);
        goto fail;
    } else if (version < SCM_SCHEMA_VERSION && s->readonly) {
        scm_error_set(err, SCM_NO_BYTE,
                      "%s uses corpus schema %lld and needs an upgrade to "
                      "%d: open it once for writing",
                      path, version, SCM_SCHEMA_VERSION);
        goto fail;
    }
    if (!s->readonly) {
        if (!memory &&
            exec(s->db, "PRAGMA journal_mode = WAL", err,
                 "cannot open corpus") != 0)
            goto fail;
        if (exec(s->db,
                 "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                 "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY",
                 err, "cannot open corpus") != 0)
            goto fail;
        if (version < SCM_SCHEMA_VERSION && migrate(s, version, err) != 0)
            goto fail;
    }
    /* A corpus whose tables are gone is as good as corrupt. */
    if (query_int(s->db,
                  "SELECT count(*) FROM sqlite_schema WHERE name IN "
                  "('documents', 'sentences', 'sentences_fts')",
                  &objects, err) != 0)
        goto fail;
    if (objects != 3) {
        scm_error_set(err, SCM_NO_BYTE,
                      "%s is not a complete scm corpus (tables missing)",
                      path);
        goto fail;
    }
    sqlite3_set_authorizer(s->db, authorize, s);
    *out = s;
    return 0;
fail:
    sqlite3_close_v2(s->db);
    free(s);
    return -1;
}

void scm_store_close(scm_store *s) {
    int i;
    scm_error err;
    if (!s) return;
    /* Documents of an open batch are whole: keep them. */
    if (s->batch) scm_store_batch_end(s, &err);
    ckpt_stop(s);
    for (i = 0; i < ST_COUNT; i++) sqlite3_finalize(s->st[i]);
    sqlite3_finalize(s->data_version);
    rank_forget(s);
    free(s->idf);
    scm_rows_free(&s->rows);
    scm_ahead_free(s->ahead);
    /* Statements still held by iterators keep the connection (a zombie)
     * alive until they are finalized. */
    sqlite3_set_authorizer(s->db, NULL, NULL);
    sqlite3_close_v2(s->db);
    free(s);
}

sqlite3 *scm_store_db(scm_store *s) { return s ? s->db : NULL; }

int scm_store_readonly(const scm_store *s) { return s->readonly; }

const char *scm_ingest_status_name(scm_ingest_status status) {
    switch (status) {
    case SCM_INGEST_NEW: return "new";
    case SCM_INGEST_VERSION: return "version";
    case SCM_INGEST_UNCHANGED: return "unchanged";
    case SCM_INGEST_DUPLICATE: return "duplicate";
    }
    return "?";
}

/* ---- ingest ----------------------------------------------------------- */

static sqlite3_stmt *stmt(scm_store *s, int which, scm_error *err) {
    if (!s->st[which] &&
        sqlite3_prepare_v3(s->db, ingest_sql[which], -1,
                           SQLITE_PREPARE_PERSISTENT, &s->st[which],
                           NULL) != SQLITE_OK) {
        db_error(s->db, err, "cannot prepare the corpus");
        return NULL;
    }
    sqlite3_reset(s->st[which]);
    sqlite3_clear_bindings(s->st[which]);
    return s->st[which];
}

static void bind_str(sqlite3_stmt *st, int i, const char *s) {
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* Step an insert to completion. */
static int run(scm_store *s, sqlite3_stmt *st, scm_error *err) {
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_error(s->db, err, "cannot store");
    return 0;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void hash_hex(const char *raw, size_t len, char out[33]) {
    XXH128_hash_t h = XXH3_128bits(raw, len);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.high64,
             (unsigned long long)h.low64);
}

/* Look the hash up; 1 found (res filled), 0 not, -1 error. */
static int find_hash(scm_store *s, const char *name, scm_ingest_result *res,
                     scm_error *err) {
    sqlite3_stmt *st = stmt(s, ST_FIND_HASH, err);
    int rc, found = 0;
    if (!st) return -1;
    sqlite3_bind_text(st, 1, res->hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, s->source_hash ? s->source_hash : res->hash, -1,
                      SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *have = (const char *)sqlite3_column_text(st, 1);
        found = 1;
        res->doc_id = sqlite3_column_int64(st, 0);
        res->version = sqlite3_column_int(st, 2);
        if (have && strcmp(have, name) != 0) {
            res->status = SCM_INGEST_DUPLICATE;
            snprintf(res->existing_name, sizeof res->existing_name, "%s",
                     have);
        } else {
            res->status = SCM_INGEST_UNCHANGED;
        }
    } else if (rc != SQLITE_DONE) {
        found = -1;
        db_error(s->db, err, "cannot read the corpus");
    }
    sqlite3_reset(st);
    return found;
}

static const char *para_kind(uint8_t kind) {
    switch (kind) {
    case SCM_PARA_HEADER: return "header";
    case SCM_PARA_HEADING: return "heading";
    default: return "body";
    }
}

static int join_strvec(const scm_strvec *v, const char *sep, scm_buf *out) {
    size_t i;
    out->len = 0;
    if (scm_buf_append(out, "", 0) != 0) return -1;
    for (i = 0; i < v->len; i++) {
        if (i && scm_buf_append(out, sep, strlen(sep)) != 0) return -1;
        if (scm_buf_append(out, v->items[i], strlen(v->items[i])) != 0)
            return -1;
    }
    return 0;
}

/* Cells of scm_rows (store_rows.h): a span as its 1-based bounds, and the
 * text of a span of the normalised text (NULL when empty). */
static void rows_span(scm_rows *r, scm_span sp) {
    scm_rows_int(r, (sqlite3_int64)sp.start + 1);
    scm_rows_int(r, (sqlite3_int64)sp.stop);
}

static void rows_span_text(scm_rows *r, const scm_doc *doc, scm_span sp) {
    if (sp.stop > sp.start && sp.stop <= doc->text.len)
        scm_rows_text(r, doc->text.text + sp.start, sp.stop - sp.start);
    else
        scm_rows_null(r);
}

/* NULL when the span lies in `in` (schema 4: the acts view cuts such text
 * from the sentence). */
static void rows_span_text_outside(scm_rows *r, const scm_doc *doc,
                                   scm_span sp, scm_span in) {
    if (sp.start >= in.start && sp.stop <= in.stop)
        scm_rows_null(r);
    else
        rows_span_text(r, doc, sp);
}

/* Insert the rows in s->rows with statement `which` (?1: the doc_id). */
static int run_rows(scm_store *s, int which, sqlite3_int64 doc_id,
                    scm_error *err) {
    sqlite3_stmt *st;
    int rc;
    if (s->rows.failed)
        return scm_error_set(err, SCM_NO_BYTE, "out of memory");
    if (scm_rows_count(&s->rows) == 0) return 0;
    if (!(st = stmt(s, which, err))) return -1;
    if (sqlite3_bind_parameter_count(st) > 0)
        sqlite3_bind_int64(st, 1, doc_id);
    rc = run(s, st, err);
    scm_rows_reset(&s->rows, 1);
    return rc;
}

/* Insert the document row and everything hanging off it.  Inside the
 * caller's transaction. */
static int insert_all(scm_store *s, const char *name, const char *path,
                      const char *raw, size_t len, scm_doc *doc,
                      const scm_extract *x, scm_ingest_result *res,
                      scm_error *err) {
    sqlite3_stmt *st;
    sqlite3_int64 doc_id, sent_base, person_base, act_base, nact;
    scm_rows *r = &s->rows;
    scm_buf buf = {0}, warn = {0};
    size_t i, j;
    int rc = -1, version;
    char now[32];
    time_t t = time(NULL);
    struct tm tmv;
    const scm_header *h = &x->header;

    gmtime_r(&t, &tmv);
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tmv);

    if (!(st = stmt(s, ST_NEXT_VERSION, err))) return -1;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return db_error(s->db, err, "cannot read the corpus");
    }
    version = sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    if (!(st = stmt(s, ST_RETIRE, err))) return -1;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    if (run(s, st, err) != 0) return -1;

    if (!(st = stmt(s, ST_DOCUMENT, err))) return -1;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, version);
    bind_str(st, 3, path);
    sqlite3_bind_text(st, 4, res->hash, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, (sqlite3_int64)len);
    bind_str(st, 6, doc->title);
    bind_str(st, 7, h->kind);
    if (h->has_meeting) {
        bind_str(st, 8, h->meeting.series);
        if (h->meeting.number > 0) sqlite3_bind_int(st, 9, h->meeting.number);
        bind_str(st, 10, h->meeting.name);
        if (h->meeting.parties.len) {
            if (join_strvec(&h->meeting.parties, ", ", &buf) != 0) goto oom;
            sqlite3_bind_text(st, 11, buf.items, (int)buf.len,
                              SQLITE_STATIC);
        }
    }
    bind_str(st, 12, h->place);
    if (doc->date.precision != SCM_DATE_NONE) {
        sqlite3_bind_text(st, 13, doc->date_iso, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 14, doc->date.year);
    }
    sqlite3_bind_text(st, 15, scm_layout_name(doc->text.layout), -1,
                      SQLITE_STATIC);
    if (doc->text.warnings.len) {
        if (scm_buf_append(&warn, "", 0) != 0) goto oom;
        for (i = 0; i < doc->text.warnings.len; i++) {
            const char *w = doc->text.warnings.items[i];
            if ((i && scm_buf_putc(&warn, '\n') != 0) ||
                scm_buf_append(&warn, w, strlen(w)) != 0)
                goto oom;
        }
        sqlite3_bind_text(st, 16, warn.items, (int)warn.len, SQLITE_STATIC);
    }
    sqlite3_bind_int64(st, 17, (sqlite3_int64)doc->text.paragraphs.len);
    sqlite3_bind_int64(st, 18, (sqlite3_int64)doc->sentences.len);
    sqlite3_bind_int64(st, 19, (sqlite3_int64)doc->tokens.len);
    sqlite3_bind_int64(st, 20, (sqlite3_int64)x->acts.len);
    sqlite3_bind_text(st, 21, now, -1, SQLITE_STATIC);
    sqlite3_bind_blob(st, 22, len ? raw : "", (int)len, SQLITE_STATIC);
    sqlite3_bind_text(st, 23, doc->text.text, (int)doc->text.len,
                      SQLITE_STATIC);
    sqlite3_bind_text(st, 24, s->source_kind ? s->source_kind : "text", -1,
                      SQLITE_STATIC);
    sqlite3_bind_text(st, 25, s->source_hash ? s->source_hash : res->hash,
                      -1, SQLITE_STATIC);
    if (run(s, st, err) != 0) goto done;
    doc_id = sqlite3_last_insert_rowid(s->db);

    /* The ids the document's rows take: explicit, so that acts can name
     * their sentence and actors their person before those are written. */
    if (!(st = stmt(s, ST_MAX_IDS, err))) goto done;
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        db_error(s->db, err, "cannot read the corpus");
        goto done;
    }
    sent_base = sqlite3_column_int64(st, 0);
    person_base = sqlite3_column_int64(st, 1);
    act_base = sqlite3_column_int64(st, 2);
    sqlite3_reset(st);
    if (sent_base > INT64_MAX / 2 || person_base > INT64_MAX / 2 ||
        act_base > INT64_MAX / 2) {
        scm_error_set(err, SCM_NO_BYTE, "cannot store: the corpus has run "
                      "out of row ids");
        goto done;
    }

    scm_rows_reset(r, 2);
    for (i = 0; i < doc->text.meta.len; i++) {
        scm_rows_str(r, doc->text.meta.items[i].key);
        scm_rows_str(r, doc->text.meta.items[i].value);
    }
    if (run_rows(s, ST_META, doc_id, err) != 0) goto done;

    scm_rows_reset(r, 4);
    for (i = 0; i < doc->text.paragraphs.len; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        scm_rows_int(r, (sqlite3_int64)i + 1);
        scm_rows_str(r, para_kind(p->kind));
        rows_span(r, p->span);
    }
    if (run_rows(s, ST_PARAGRAPH, doc_id, err) != 0) goto done;

    scm_rows_reset(r, 6);
    for (i = 0; i < doc->sentences.len; i++) {
        const scm_sentence *se = &doc->sentences.items[i];
        scm_rows_int(r, sent_base + (sqlite3_int64)i + 1);
        scm_rows_int(r, (sqlite3_int64)i + 1);
        scm_rows_int(r, (sqlite3_int64)se->paragraph + 1);
        rows_span(r, se->span);
        scm_rows_text(r, doc->text.text + se->span.start,
                      se->span.stop - se->span.start);
    }
    if (run_rows(s, ST_SENTENCE, doc_id, err) != 0) goto done;

    scm_rows_reset(r, 10);
    for (i = 0; i < x->people.len; i++) {
        const scm_person *p = &x->people.items[i];
        scm_rows_int(r, person_base + (sqlite3_int64)i + 1);
        scm_rows_int(r, (sqlite3_int64)i + 1);
        scm_rows_str(r, p->name ? p->name : "");
        scm_rows_str(r, p->family);
        scm_rows_str(r, p->title);
        scm_rows_str(r, p->role);
        scm_rows_str(r, p->party);
        if (p->mentions.len) {
            rows_span(r, p->mentions.items[0]);
        } else {
            scm_rows_null(r);
            scm_rows_null(r);
        }
        scm_rows_int(r, (sqlite3_int64)p->mentions.len);
    }
    if (run_rows(s, ST_PERSON, doc_id, err) != 0) goto done;

    scm_rows_reset(r, 3);
    for (i = 0; i < x->people.len; i++) {
        const scm_person *p = &x->people.items[i];
        for (j = 0; j < p->mentions.len; j++) {
            scm_rows_int(r, person_base + (sqlite3_int64)i + 1);
            rows_span(r, p->mentions.items[j]);
        }
    }
    if (run_rows(s, ST_MENTION, doc_id, err) != 0) goto done;

    /* acts, then their actors (act ids count the acts stored) */
    scm_rows_reset(r, 16);
    for (i = 0, nact = 0; i < x->acts.len; i++) {
        const scm_act *a = &x->acts.items[i];
        scm_span in;
        if (a->sentence >= doc->sentences.len) continue;
        in = doc->sentences.items[a->sentence].span;
        scm_rows_int(r, act_base + ++nact);
        scm_rows_int(r, sent_base + (sqlite3_int64)a->sentence + 1);
        scm_rows_int(r, (sqlite3_int64)i + 1);
        scm_rows_str(r, a->lemma);
        scm_rows_str(r, a->klass);
        scm_rows_int(r, a->negated ? 1 : 0);
        if (a->actors.len) {
            if (join_strvec(&a->actors, ", ", &buf) != 0) goto oom;
            scm_rows_copy(r, buf.items, buf.len);
        } else {
            scm_rows_null(r);
        }
        rows_span_text_outside(r, doc, a->subject, in);
        rows_span_text_outside(r, doc, a->verb, in);
        rows_span_text_outside(r, doc, a->clause, in);
        rows_span(r, a->subject);
        rows_span(r, a->verb);
        rows_span(r, a->clause);
    }
    if (run_rows(s, ST_ACT, doc_id, err) != 0) goto done;

    scm_rows_reset(r, 4);
    for (i = 0, nact = 0; i < x->acts.len; i++) {
        const scm_act *a = &x->acts.items[i];
        if (a->sentence >= doc->sentences.len) continue;
        ++nact;
        for (j = 0; j < a->actors.len; j++) {
            int32_t pi = j < a->persons.len ? a->persons.items[j] : -1;
            scm_rows_int(r, act_base + nact);
            scm_rows_int(r, (sqlite3_int64)j + 1);
            scm_rows_str(r, a->actors.items[j]);
            if (pi >= 0 && (size_t)pi < x->people.len)
                scm_rows_int(r, person_base + pi + 1);
            else
                scm_rows_null(r);
        }
    }
    if (run_rows(s, ST_ACTOR, doc_id, err) != 0) goto done;

    scm_rows_reset(r, 7);
    for (i = 0; i < x->acronyms.len; i++) {
        const scm_acronym *a = &x->acronyms.items[i];
        scm_rows_int(r, (sqlite3_int64)i + 1);
        scm_rows_str(r, a->short_form ? a->short_form : "");
        scm_rows_str(r, a->long_form);
        scm_rows_int(r, a->defined ? 1 : 0);
        if (a->defined) {
            rows_span(r, a->definition);
        } else if (a->mentions.len) {
            rows_span(r, a->mentions.items[0]);
        } else {
            scm_rows_null(r);
            scm_rows_null(r);
        }
        scm_rows_int(r, (sqlite3_int64)a->mentions.len);
    }
    if (run_rows(s, ST_ACRONYM, doc_id, err) != 0) goto done;

    scm_rows_reset(r, 7);
    for (i = 0; i < x->dates.len; i++) {
        const scm_date_item *d = &x->dates.items[i];
        scm_rows_int(r, (sqlite3_int64)i + 1);
        scm_rows_str(r, d->iso);
        scm_rows_str(r, d->precision);
        scm_rows_int(r, d->relative ? 1 : 0);
        rows_span_text(r, doc, d->span);
        rows_span(r, d->span);
    }
    if (run_rows(s, ST_DATE, doc_id, err) != 0) goto done;

    scm_rows_reset(r, 7);
    for (i = 0; i < x->references.len; i++) {
        const scm_reference *rf = &x->references.items[i];
        scm_rows_int(r, (sqlite3_int64)i + 1);
        scm_rows_str(r, rf->kind ? rf->kind : "other");
        scm_rows_str(r, rf->series);
        if (rf->numbers.len) {
            buf.len = 0;
            if (scm_buf_append(&buf, "", 0) != 0) goto oom;
            for (j = 0; j < rf->numbers.len; j++) {
                char num[16];
                int k = snprintf(num, sizeof num, "%s%d", j ? "," : "",
                                 (int)rf->numbers.items[j]);
                if (scm_buf_append(&buf, num, (size_t)k) != 0) goto oom;
            }
            scm_rows_copy(r, buf.items, buf.len);
        } else {
            scm_rows_null(r);
        }
        rows_span_text(r, doc, rf->span);
        rows_span(r, rf->span);
    }
    if (run_rows(s, ST_REF, doc_id, err) != 0) goto done;

    /* The index last, and straight into sentences_fts (triggers are off
     * in ingest's transaction, bulk_begin): FTS5 keeps the terms of the whole document in
     * memory and writes them as one segment at COMMIT.  A batch indexes
     * all its sentences at its commit instead. */
    if (!s->batch) {
        scm_rows_reset(r, 2);
        for (i = 0; i < doc->sentences.len; i++) {
            const scm_sentence *se = &doc->sentences.items[i];
            scm_rows_int(r, sent_base + (sqlite3_int64)i + 1);
            scm_rows_text(r, doc->text.text + se->span.start,
                          se->span.stop - se->span.start);
        }
        if (run_rows(s, ST_FTS, doc_id, err) != 0) goto done;
    }

    res->doc_id = doc_id;
    res->version = version;
    res->status = version > 1 ? SCM_INGEST_VERSION : SCM_INGEST_NEW;
    res->paragraphs = doc->text.paragraphs.len;
    res->sentences = doc->sentences.len;
    res->acts = x->acts.len;
    rc = 0;
    goto done;
oom:
    scm_error_set(err, SCM_NO_BYTE, "out of memory");
done:
    /* No statement may keep a binding to memory freed below. */
    for (i = 0; i < ST_COUNT; i++)
        if (s->st[i]) {
            sqlite3_reset(s->st[i]);
            sqlite3_clear_bindings(s->st[i]);
        }
    /* no cell may point to the freed document; and the buffer is not kept
     * between documents, so that a store holds no memory of the core's
     * once an ingest returns (the fault sweep counts it) */
    scm_rows_free(r);
    SCM_VEC_FREE(&buf);
    SCM_VEC_FREE(&warn);
    return rc;
}

/* ---- the background checkpoint (checkpoint.h) ---------------------------
 *
 * Only a pipelined batch (scm_store_ingest_run)
 * hands its checkpoints to the thread: that is the bulk ingest, and
 * nothing else of the store runs a second thread. */

#define CKPT_PAGES 1000 /* SQLite's own automatic checkpoint threshold */
/* WAL pages at which a commit waits for the checkpoint to catch up (after
 * a COMMIT, outside any transaction: the next one restarts the WAL) */
#define CKPT_SYNC_PAGES 8192

static int ckpt_hook(void *ud, sqlite3 *db, const char *name, int pages) {
    scm_store *s = ud;
    (void)db;
    (void)name;
    if (pages >= CKPT_SYNC_PAGES)
        scm_ckpt_sync(s->ckpt);
    else if (pages >= CKPT_PAGES)
        scm_ckpt_poke(s->ckpt);
    return SQLITE_OK;
}

static void ckpt_begin(scm_store *s) {
    const char *file;
    if (s->ckpt || s->ckpt_tried) return;
    s->ckpt_tried = 1;
    file = sqlite3_db_filename(s->db, "main");
    if (!file || !*file) return; /* :memory: has no WAL */
    if (!(s->ckpt = scm_ckpt_start(file))) return;
    sqlite3_wal_hook(s->db, ckpt_hook, s);
}

static void ckpt_stop(scm_store *s) {
    s->ckpt_tried = 0;
    if (!s->ckpt) return;
    scm_ckpt_stop(s->ckpt);
    s->ckpt = NULL;
    sqlite3_wal_autocheckpoint(s->db, CKPT_PAGES); /* SQLite's own again */
}

/* ---- the settings of an ingest transaction ----------------------------
 *
 * Ingest writes only rows it builds itself: each child row's doc_id is the
 * document it has just inserted, and it writes sentences_fts itself.  So
 * for its transaction the connection checks no foreign key and runs no
 * trigger (sentences_ai would only find its WHEN false): 13 % of the main
 * thread's instructions in a bulk ingest.  Both are connection flags, set
 * with sqlite3_db_config (which allocates nothing, so setting them back
 * cannot fail), only outside a transaction (as PRAGMA foreign_keys may
 * only be) and set back as soon as it ends; meanwhile user SQL may not
 * write (scm_store_prepare), so nothing but ingest runs without them. */
static void bulk_set(scm_store *s, int on) {
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_FKEY, on, (int *)NULL);
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on, (int *)NULL);
}

static void bulk_begin(scm_store *s) {
    if (s->bulk || !sqlite3_get_autocommit(s->db)) return;
    bulk_set(s, 0);
    s->bulk = 1;
}

static void bulk_end(scm_store *s) {
    if (!s->bulk || !sqlite3_get_autocommit(s->db)) return;
    bulk_set(s, 1);
    s->bulk = 0;
}

/* ---- batches ----------------------------------------------------------
 *
 * In a batch the documents share one transaction, opened by the first of
 * them and committed by scm_store_batch_commit (the caller bounds it).
 * Each document is a SAVEPOINT: a failing one is rolled back to it and
 * leaves no row.  The FTS rows of the whole batch are written by one
 * statement just before COMMIT (FTS5 flushes its pending terms whenever a
 * savepoint opens, so indexing per document would write one segment per
 * document again).  Until the commit the batch is visible to this
 * connection only, and its sentences are not yet in sentences_fts. */

int scm_store_batch_begin(scm_store *s, scm_error *err) {
    if (s->readonly)
        return scm_error_set(err, SCM_NO_BYTE,
                             "the corpus is open read-only");
    if (s->batch)
        return scm_error_set(err, SCM_NO_BYTE, "a batch is already open");
    if (!sqlite3_get_autocommit(s->db))
        return scm_error_set(err, SCM_NO_BYTE,
                             "cannot start a batch inside a transaction");
    s->batch = 1;
    s->batch_first = 0;
    s->batch_docs = 0;
    return 0;
}

size_t scm_store_batch_pending(const scm_store *s) {
    return s->batch ? s->batch_docs : 0;
}

static void ahead_resume(scm_store *s, const scm_lexicon *lex);
static void ahead_pause(scm_store *s);
static int batch_commit(scm_store *s, scm_error *err);

/* The worker parses the documents still queued while the batch is indexed
 * and committed (a quarter of a bulk ingest's time). */
int scm_store_batch_commit(scm_store *s, scm_error *err) {
    int rc;
    if (!s->batch || s->batch_first == 0) return 0; /* nothing open */
    if (scm_ahead_queued(s->ahead)) ahead_resume(s, NULL);
    rc = batch_commit(s, err);
    ahead_pause(s);
    return rc;
}

static int batch_commit(scm_store *s, scm_error *err) {
    sqlite3_stmt *st;
    int rc;
    s->batch_first = 0;
    s->batch_docs = 0;
    /* SQLITE_FULL and some I/O errors make SQLite roll the whole
     * transaction back by itself: say so rather than "no transaction". */
    if (sqlite3_get_autocommit(s->db)) {
        bulk_end(s);
        return scm_error_set(err, SCM_NO_BYTE,
                             "the batch was rolled back after a failed write "
                             "(disk full or I/O error): its documents were "
                             "not stored");
    }
    rc = sqlite3_prepare_v2(s->db,
                            "INSERT INTO sentences_fts (rowid, text) "
                            "SELECT sentence_id, text FROM sentences "
                            "WHERE sentence_id >= ?1",
                            -1, &st, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, s->batch_first_pending);
        rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc == SQLITE_DONE) rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK) {
        db_error(s->db, err, "cannot index the batch");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        bulk_end(s);
        return -1;
    }
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        db_error(s->db, err, "cannot commit");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        bulk_end(s);
        return -1;
    }
    bulk_end(s);
    return 0;
}

int scm_store_batch_end(scm_store *s, scm_error *err) {
    int rc;
    /* nothing more will be taken: no parse ahead, and no thread left */
    scm_ahead_free(s->ahead);
    s->ahead = NULL;
    s->ahead_running = 0;
    rc = scm_store_batch_commit(s, err);
    s->batch = 0;
    ckpt_stop(s);
    return rc;
}

/* Run one of the prepared savepoint statements; SQLite's result code. */
static int savepoint_step(scm_store *s, int which) {
    sqlite3_stmt *st = s->st[which];
    int rc;
    if (!st && sqlite3_prepare_v3(s->db, ingest_sql[which], -1,
                                  SQLITE_PREPARE_PERSISTENT, &s->st[which],
                                  NULL) != SQLITE_OK)
        return sqlite3_errcode(s->db);
    st = s->st[which];
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* `locked`: the batch's transaction was already open when ingest looked
 * the hash up, so no other writer can have stored it since. */
static int ingest_in_batch(scm_store *s, const char *name, const char *path,
                           const char *raw, size_t len, scm_doc *doc,
                           const scm_extract *x, scm_ingest_result *res,
                           int locked, scm_error *err) {
    int found;
    if (s->batch_first == 0) {
        locked = 0;
        long long next;
        bulk_begin(s);
        if (exec(s->db, "BEGIN IMMEDIATE", err, "cannot start storing") != 0) {
            bulk_end(s);
            return -1;
        }
        if (query_int(s->db,
                      "SELECT coalesce(max(sentence_id), 0) + 1 FROM "
                      "sentences",
                      &next, err) != 0) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            bulk_end(s);
            return -1;
        }
        s->batch_first = 1; /* open */
        s->batch_first_pending = next;
        s->batch_docs = 0;
    }
    if (savepoint_step(s, ST_SAVEPOINT) != SQLITE_OK)
        return db_error(s->db, err, "cannot start storing");
    found = locked ? 0 : find_hash(s, name, res, err);
    if (found == 0) {
        found = insert_all(s, name, path, raw, len, doc, x, res, err);
        if (found == 0) s->batch_docs++;
    } else if (found > 0) {
        found = 0;
    }
    if (found != 0) savepoint_step(s, ST_ROLLBACK_TO);
    if (savepoint_step(s, ST_RELEASE) != SQLITE_OK && found == 0) {
        db_error(s->db, err, "cannot store");
        found = -1;
    }
    return found;
}

static int ingest(scm_store *s, const char *name, const char *path,
                  const char *raw, size_t len, const scm_parse_opts *opts,
                  const scm_lexicon *lex, int queued, scm_ingest_result *res,
                  scm_error *err);

int scm_store_ingest(scm_store *s, const char *name, const char *path,
                     const char *raw, size_t len, const scm_parse_opts *opts,
                     const scm_lexicon *lex, scm_ingest_result *res,
                     scm_error *err) {
    return scm_store_ingest_source(s, name, path, raw, len, opts, lex, NULL,
                                   NULL, res, err);
}

int scm_store_ingest_source(scm_store *s, const char *name, const char *path,
                            const char *raw, size_t len,
                            const scm_parse_opts *opts,
                            const scm_lexicon *lex, const char *source_kind,
                            const char *source_hash, scm_ingest_result *res,
                            scm_error *err) {
    int rc;
    s->source_kind = source_kind;
    s->source_hash = source_hash;
    rc = ingest(s, name, path, raw, len, opts, lex, 0, res, err);
    s->source_kind = s->source_hash = NULL;
    return rc;
}

int scm_store_ahead_pending(const scm_store *s) {
    return scm_ahead_queued(s->ahead);
}

/* ---- the parse-ahead queue (ingest.h) ----------------------------------
 *
 * The worker runs only between ahead_resume and ahead_pause, inside one
 * call of scm_store_ingest_run or scm_store_batch_commit: it never runs
 * while Lua does, and while it runs this thread does not touch the
 * lexicon (it pauses the worker to parse in line). */

static void ahead_resume(scm_store *s, const scm_lexicon *lex) {
    if (s->ahead_running || !scm_ahead_queued(s->ahead)) return;
    s->ahead_running = scm_ahead_resume(s->ahead, lex) == 0;
}

static void ahead_pause(scm_store *s) {
    if (!s->ahead_running) return;
    scm_ahead_pause(s->ahead);
    s->ahead_running = 0;
}

/* Queue docs[0 .. n) for the worker.  A document whose bytes are already
 * stored is queued as skipped: its ingest needs no parse. */
static void ahead_set(scm_store *s, const scm_ingest_doc *docs, size_t n,
                      const scm_lexicon *lex) {
    scm_ahead_doc q[SCM_AHEAD_MAX];
    const char *own = s->source_hash;
    size_t i;
    if (n > SCM_AHEAD_MAX) n = SCM_AHEAD_MAX;
    if (!s->ahead && !(s->ahead = scm_ahead_new())) return;
    for (i = 0; i < n; i++) {
        scm_ingest_result r;
        scm_error e;
        q[i].raw = docs[i].raw;
        q[i].len = docs[i].len;
        q[i].opts = docs[i].opts;
        q[i].skip = 1;
        if (!docs[i].raw || docs[i].len > SCM_MAX_INPUT ||
            docs[i].len > (size_t)0x7fffffff)
            continue; /* refused before any parse */
        if (scm_ahead_has(s->ahead, docs[i].raw, docs[i].len,
                          &docs[i].opts))
            continue; /* looked up when it was queued */
        memset(&r, 0, sizeof r);
        hash_hex(docs[i].raw, docs[i].len, r.hash);
        s->source_hash = docs[i].source_hash;
        q[i].skip = find_hash(s, "", &r, &e) != 0;
    }
    s->source_hash = own;
    scm_ahead_set(s->ahead, q, n, lex);
}

static double cpu_seconds(void) {
    return (double)clock() / (double)CLOCKS_PER_SEC; /* as Lua's os.clock */
}

size_t scm_store_ingest_run(scm_store *s, const scm_ingest_doc *docs,
                            size_t n, size_t run, const scm_lexicon *lex,
                            scm_batch_bounds *b, scm_ingest_result *res,
                            int *rc, scm_error *err) {
    size_t i, done = 0;
    if (run > n) run = n;
    /* outside a batch nothing is parsed ahead: no queue outlives the call */
    if (s->batch && !s->readonly) {
        ahead_set(s, docs, n, lex);
        ckpt_begin(s);
    }
    for (i = 0; i < run; i++) {
        memset(&err[i], 0, sizeof err[i]);
        err[i].byte = SCM_NO_BYTE;
        s->source_kind = docs[i].source_kind;
        s->source_hash = docs[i].source_hash;
        rc[i] = ingest(s, docs[i].name, docs[i].path, docs[i].raw,
                       docs[i].len, &docs[i].opts, lex, s->ahead != NULL,
                       &res[i], &err[i]);
        s->source_kind = s->source_hash = NULL;
        done++;
        b->docs++;
        b->bytes += (double)docs[i].bytes;
        if (b->docs >= b->max_docs || b->bytes >= b->max_bytes ||
            cpu_seconds() - b->clock_start >= b->max_seconds)
            break;
    }
    /* Back to the caller (Lua) only with the worker idle. */
    ahead_pause(s);
    if (!s->batch) {
        scm_ahead_free(s->ahead);
        s->ahead = NULL;
    }
    return done;
}

/* `queued`: raw is the head of the parse-ahead queue. */
static int ingest(scm_store *s, const char *name, const char *path,
                  const char *raw, size_t len, const scm_parse_opts *opts,
                  const scm_lexicon *lex, int queued, scm_ingest_result *res,
                  scm_error *err) {
    scm_parsed p;
    int found, locked, ahead = 0, rc = -1;
    double t1;
    memset(res, 0, sizeof *res);
    memset(&p, 0, sizeof p);
    /* The head of the queue is these bytes: it leaves the queue, with its
     * parse when the worker made one (for this lexicon). */
    if (queued) ahead = scm_ahead_take(s->ahead, raw, len, opts, lex, &p);
    if (s->readonly) {
        scm_error_set(err, SCM_NO_BYTE, "the corpus is open read-only");
        goto out;
    }
    if (!name || !*name) {
        scm_error_set(err, SCM_NO_BYTE, "a document needs a name");
        goto out;
    }
    if (len > SCM_MAX_INPUT || len > (size_t)0x7fffffff) {
        scm_error_set(err, SCM_NO_BYTE, "document too large (%zu bytes)",
                      len);
        goto out;
    }
    hash_hex(raw, len, res->hash);
    /* Cheap check first: the same bytes need no parse.  Inside an open
     * batch transaction the answer cannot change before the insert. */
    locked = s->batch && s->batch_first;
    found = find_hash(s, name, res, err);
    if (found != 0) {
        rc = found < 0 ? -1 : 0;
        goto out;
    }

    /* Parse and extract outside the write lock (readers and other writers
     * wait only for the inserts), unless the worker did it already; in
     * line only with the worker paused (it alone may build the lexicon's
     * derived data while it runs). */
    if (!ahead) {
        ahead_pause(s);
        scm_parse_run(&p, raw, len, opts, lex);
    }
    if (p.rc != 0) {
        *err = p.err;
        goto out;
    }
    res->parse_seconds = p.seconds;
    /* The worker parses the next documents while this one is stored: it
     * and this thread share nothing but the (read-only) lexicon. */
    if (queued) ahead_resume(s, lex);
    t1 = now_seconds();

    if (s->batch) {
        rc = ingest_in_batch(s, name, path, raw, len, &p.doc, &p.x, res,
                             locked, err);
        res->store_seconds = now_seconds() - t1;
        goto out;
    }
    bulk_begin(s);
    if (exec(s->db, "BEGIN IMMEDIATE", err, "cannot start storing") != 0) {
        bulk_end(s);
        goto out;
    }
    found = find_hash(s, name, res, err); /* another writer was quicker? */
    if (found == 0) {
        found = insert_all(s, name, path, raw, len, &p.doc, &p.x, res, err);
    } else if (found > 0) {
        found = 0;
    }
    if (found == 0 && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) ==
                          SQLITE_OK) {
        rc = 0;
    } else {
        if (found == 0) db_error(s->db, err, "cannot commit");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    }
    bulk_end(s);
    res->store_seconds = now_seconds() - t1;
out:
    scm_parsed_free(&p);
    return rc;
}

/* Merge the FTS index into one segment ('optimize'), then checkpoint the
 * WAL into the main file and truncate it. */
int scm_store_optimize(scm_store *s, scm_error *err) {
    if (s->readonly)
        return scm_error_set(err, SCM_NO_BYTE,
                             "the corpus is open read-only");
    if (s->batch && scm_store_batch_commit(s, err) != 0) return -1;
    if (exec(s->db,
             "INSERT INTO sentences_fts (sentences_fts) VALUES ('optimize')",
             err, "cannot optimize the corpus") != 0)
        return -1;
    /* a busy reader only makes the checkpoint partial: not an error */
    sqlite3_exec(s->db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA optimize",
                 NULL, NULL, NULL);
    return 0;
}

/* ---- user statements -------------------------------------------------- */

static int only_space(const char *p, const char *end) {
    while (p < end) {
        if (*p == '-' && p + 1 < end && p[1] == '-') {
            while (p < end && *p != '\n') p++;
        } else if (*p == '/' && p + 1 < end && p[1] == '*') {
            const char *q = strstr(p + 2, "*/");
            if (!q || q >= end) return 1;
            p = q + 2;
        } else if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
                   *p == ';') {
            p++;
        } else {
            return 0;
        }
    }
    return 1;
}

static int starts_with_pragma(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return end - p > 6 && sqlite3_strnicmp(p, "pragma", 6) == 0;
}

int scm_store_prepare(scm_store *s, const char *sql, size_t len, int flags,
                      sqlite3_stmt **out, scm_error *err) {
    const char *tail = NULL;
    const char *msg;
    int rc;
    *out = NULL;
    if (len > (size_t)0x7fffffff)
        return scm_error_set(err, SCM_NO_BYTE, "SQL text too long");
    if ((flags & SCM_SQL_WRITE) && s->readonly)
        return scm_error_set(err, SCM_NO_BYTE,
                             "the corpus is open read-only: it cannot be "
                             "changed");
    if ((flags & SCM_SQL_WRITE) && s->bulk)
        return scm_error_set(err, SCM_NO_BYTE,
                             "the corpus is being ingested: SQL that "
                             "changes it must wait until ingest returns");
    s->user_sql = (flags & SCM_SQL_USER) != 0;
    rc = sqlite3_prepare_v2(s->db, sql, (int)len, out, &tail);
    s->user_sql = 0;
    if (rc != SQLITE_OK) {
        msg = sqlite3_errmsg(s->db);
        sqlite3_finalize(*out);
        *out = NULL;
        if (rc == SQLITE_AUTH)
            return scm_error_set(err, SCM_NO_BYTE,
                                 "SQL refused: ATTACH, DETACH, "
                                 "load_extension, transactions and pragmas "
                                 "that change settings are not allowed");
        return scm_error_set(err, SCM_NO_BYTE, "SQL error: %s", msg);
    }
    if (!*out)
        return scm_error_set(err, SCM_NO_BYTE, "SQL error: no statement");
    if (tail && !only_space(tail, sql + len)) {
        sqlite3_finalize(*out);
        *out = NULL;
        return scm_error_set(err, SCM_NO_BYTE,
                             "SQL error: one statement at a time (text "
                             "follows the first ';' at byte %ld)",
                             (long)(tail - sql) + 1);
    }
    /* A pragma that reaches here passed the authorizer: it only reads. */
    if (!(flags & SCM_SQL_WRITE) && !sqlite3_stmt_readonly(*out) &&
        !((flags & SCM_SQL_USER) && starts_with_pragma(sql, sql + len))) {
        sqlite3_finalize(*out);
        *out = NULL;
        return scm_error_set(err, SCM_NO_BYTE,
                             "SQL refused: this statement would change the "
                             "corpus; pass { write = true } (--write) on a "
                             "corpus open for writing");
    }
    return 0;
}

/* Messages from FTS5 name its internals; say what the user typed wrong. */
void scm_store_step_error(sqlite3 *db, int rc, scm_error *err) {
    const char *msg = sqlite3_errmsg(db);
    const char *p;
    if ((p = strstr(msg, "fts5: syntax error near ")) != NULL) {
        const char *tok = p + strlen("fts5: syntax error near ");
        if (strcmp(tok, "\"\"") == 0)
            scm_error_set(err, SCM_NO_BYTE,
                          "malformed search query: it ends too early (a "
                          "dangling AND/OR/NOT or NEAR?)");
        else
            scm_error_set(err, SCM_NO_BYTE,
                          "malformed search query: unexpected %s (quote "
                          "words that hold punctuation: '\"U.S.-ROK\"')",
                          tok);
    } else if (strstr(msg, "unterminated string")) {
        scm_error_set(err, SCM_NO_BYTE,
                      "malformed search query: a double quote is not "
                      "closed");
    } else if (strncmp(msg, "no such column: ", 16) == 0 ||
               strncmp(msg, "fts5: no such column", 20) == 0) {
        scm_error_set(err, SCM_NO_BYTE,
                      "malformed search query: '%s:' is read as a column "
                      "name; quote the term instead (\"%s:...\")",
                      strchr(msg, ':') ? strrchr(msg, ' ') + 1 : msg,
                      strchr(msg, ':') ? strrchr(msg, ' ') + 1 : msg);
    } else if (strstr(msg, "unknown special query")) {
        scm_error_set(err, SCM_NO_BYTE,
                      "malformed search query: a '*' must follow a word "
                      "(deterr*)");
    } else if (strstr(msg, "fts5: ") || strstr(msg, "NEAR")) {
        scm_error_set(err, SCM_NO_BYTE, "malformed search query: %s",
                      strncmp(msg, "fts5: ", 6) == 0 ? msg + 6 : msg);
    } else if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) {
        scm_error_set(err, SCM_NO_BYTE, "corpus file is corrupt (%s)", msg);
    } else if (rc == SQLITE_BUSY) {
        scm_error_set(err, SCM_NO_BYTE,
                      "the corpus is busy (another process holds it)");
    } else {
        scm_error_set(err, SCM_NO_BYTE, "%s", msg);
    }
}
