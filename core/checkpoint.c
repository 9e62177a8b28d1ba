/* checkpoint.c -- the background WAL checkpointer (see checkpoint.h). */
#include <pthread.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "checkpoint.h"

struct scm_ckpt {
    sqlite3 *db; /* used by the thread only */
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int quit;
    unsigned long poked, done; /* pokes asked, pokes served */
};

static void *run(void *arg) {
    scm_ckpt *c = arg;
    pthread_mutex_lock(&c->mu);
    for (;;) {
        unsigned long serving;
        while (c->done == c->poked && !c->quit)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->quit) break;
        serving = c->poked;
        pthread_mutex_unlock(&c->mu);
        /* failures (a reader in the way, I/O) only leave the WAL longer:
         * the next poke, or the last connection's close, tries again */
        sqlite3_wal_checkpoint_v2(c->db, "main", SQLITE_CHECKPOINT_PASSIVE,
                                  NULL, NULL);
        pthread_mutex_lock(&c->mu);
        c->done = serving;
        pthread_cond_broadcast(&c->cv);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

scm_ckpt *scm_ckpt_start(const char *path) {
    scm_ckpt *c;
    if (!path || !*path) return NULL;
    c = calloc(1, sizeof *c);
    if (!c) return NULL;
    if (sqlite3_open_v2(path, &c->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK)
        goto fail_db;
    /* it must never checkpoint at its own close: the writer may be
     * mid-transaction, and the last connection's close does it anyway */
    sqlite3_db_config(c->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
    /* a connection finds the WAL on its first read; until then its
     * checkpoints do nothing */
    if (sqlite3_exec(c->db, "PRAGMA schema_version", NULL, NULL, NULL) !=
        SQLITE_OK)
        goto fail_db;
    if (pthread_mutex_init(&c->mu, NULL) != 0) goto fail_db;
    if (pthread_cond_init(&c->cv, NULL) != 0) goto fail_mu;
    if (pthread_create(&c->thread, NULL, run, c) != 0) goto fail_cv;
    return c;
fail_cv:
    pthread_cond_destroy(&c->cv);
fail_mu:
    pthread_mutex_destroy(&c->mu);
fail_db:
    sqlite3_close(c->db);
    free(c);
    return NULL;
}

void scm_ckpt_poke(scm_ckpt *c) {
    if (!c) return;
    pthread_mutex_lock(&c->mu);
    c->poked++;
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
}

void scm_ckpt_sync(scm_ckpt *c) {
    unsigned long want;
    if (!c) return;
    pthread_mutex_lock(&c->mu);
    want = ++c->poked;
    pthread_cond_broadcast(&c->cv);
    while (c->done - want > (~0UL >> 1)) /* done < want, modulo wrap */
        pthread_cond_wait(&c->cv, &c->mu);
    pthread_mutex_unlock(&c->mu);
}

void scm_ckpt_stop(scm_ckpt *c) {
    if (!c) return;
    pthread_mutex_lock(&c->mu);
    c->quit = 1;
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
    pthread_join(c->thread, NULL);
    pthread_cond_destroy(&c->cv);
    pthread_mutex_destroy(&c->mu);
    sqlite3_close(c->db);
    free(c);
}
