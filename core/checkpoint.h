/* checkpoint.h -- copy the WAL into the database file on a thread of its
 * own while the writer goes on writing.
 *
 * In WAL mode every page a commit writes is written twice: to the WAL at
 * COMMIT, and to the database file by the next checkpoint, which SQLite
 * runs on the committing connection once the WAL passes 1000 pages.  A
 * bulk ingest writes ~4.5 bytes per byte of text, so that second write was
 * ~40 % of its commit time.  During a batch ingest the store turns the
 * automatic checkpoint off and pokes this thread instead, which runs a
 * PASSIVE checkpoint (it never waits for the writer nor blocks it) on a
 * second connection to the same file; once the WAL passes a bound the
 * writer waits for the checkpoint to catch up, so that the WAL restarts.  A checkpoint is safe at any moment:
 * what a crash can lose does not change. */
#ifndef SCM_CHECKPOINT_H
#define SCM_CHECKPOINT_H

typedef struct scm_ckpt scm_ckpt;

/* Open a connection to the corpus file `path` and start the thread; NULL
 * when either fails (the caller keeps SQLite's own checkpoints). */
scm_ckpt *scm_ckpt_start(const char *path);

/* The WAL has grown: checkpoint soon (at once unless one is running). */
void scm_ckpt_poke(scm_ckpt *c);

/* Poke, and wait until that checkpoint is done: all the WAL committed so
 * far is in the database file, so the writer's next transaction starts the
 * WAL from its beginning again (SQLite restarts it only then; a WAL that
 * is never caught up grows without end). */
void scm_ckpt_sync(scm_ckpt *c);

/* Wait for a running checkpoint, stop the thread, close the connection. */
void scm_ckpt_stop(scm_ckpt *c);

#endif
