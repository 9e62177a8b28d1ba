/* store_rows.h -- the rows of one bulk insert, readable as a table.
 *
 * Ingest writes most rows of a document (its sentences, acts, actors,
 * dates, ...) as one INSERT ... SELECT ... FROM scm_rows per table instead
 * of one INSERT per row: every statement run opens cursors, a statement
 * journal and its FK bookkeeping, which cost more than the row itself.  The
 * caller fills an scm_rows buffer, runs the statement, and resets it.
 *
 * scm_rows is an eponymous virtual table of columns c1 .. c20 on the
 * connection it is registered with; it reads the buffer given at
 * registration, which must outlive the connection.  Text cells point into
 * memory the caller keeps alive until the statement has run (the
 * document's text) or are copied into the buffer (scm_rows_copy). */
#ifndef SCM_STORE_ROWS_H
#define SCM_STORE_ROWS_H

#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "vec.h"

#define SCM_ROWS_MAXCOL 20

typedef struct scm_cell {
    sqlite3_int64 i; /* an integer, or a text's offset in `text` */
    const char *p;   /* text outside the buffer; NULL for copied text */
    int n;           /* text bytes */
    uint8_t type;    /* SCM_CELL_* */
} scm_cell;

enum { SCM_CELL_NULL = 0, SCM_CELL_INT, SCM_CELL_TEXT, SCM_CELL_COPY };

typedef struct scm_rows {
    int ncol;              /* cells per row */
    SCM_VEC(scm_cell) cells;
    scm_buf text;          /* copied text */
    int failed;            /* an append ran out of memory */
} scm_rows;

/* Register the scm_rows table on `db`, reading `rows`; SQLite's code. */
int scm_rows_register(sqlite3 *db, scm_rows *rows);

/* Start a new set of rows of `ncol` columns (keeps the memory). */
void scm_rows_reset(scm_rows *rows, int ncol);

/* Append one cell (rows are filled left to right, top to bottom).  Out of
 * memory sets rows->failed, which the caller checks once at the end. */
void scm_rows_null(scm_rows *rows);
void scm_rows_int(scm_rows *rows, sqlite3_int64 v);
/* text[0 .. n) kept alive by the caller; NULL text is a NULL cell */
void scm_rows_text(scm_rows *rows, const char *text, size_t n);
void scm_rows_str(scm_rows *rows, const char *s); /* NUL-terminated */
/* text copied into the buffer */
void scm_rows_copy(scm_rows *rows, const char *text, size_t n);

size_t scm_rows_count(const scm_rows *rows);

void scm_rows_free(scm_rows *rows);

#endif
