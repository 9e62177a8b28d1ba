/* store_rows.c -- the scm_rows virtual table: a buffer of rows that one
 * INSERT ... SELECT writes at once (see store_rows.h). */
#include <string.h>

#include "store_rows.h"

typedef struct rows_vtab {
    sqlite3_vtab base;
    scm_rows *rows;
} rows_vtab;

typedef struct rows_cursor {
    sqlite3_vtab_cursor base;
    size_t row;
} rows_cursor;

static int rows_connect(sqlite3 *db, void *aux, int argc,
                        const char *const *argv, sqlite3_vtab **out,
                        char **errmsg) {
    rows_vtab *v;
    int rc;
    (void)argc;
    (void)argv;
    (void)errmsg;
    rc = sqlite3_declare_vtab(db, "CREATE TABLE x(c1, c2, c3, c4, c5, c6, "
                                  "c7, c8, c9, c10, c11, c12, c13, c14, "
                                  "c15, c16, c17, c18, c19, c20)");
    if (rc != SQLITE_OK) return rc;
    v = sqlite3_malloc(sizeof *v);
    if (!v) return SQLITE_NOMEM;
    memset(v, 0, sizeof *v);
    v->rows = aux;
    *out = &v->base;
    /* ingest's own statements only: never from a view or trigger */
    sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
    return SQLITE_OK;
}

static int rows_disconnect(sqlite3_vtab *v) {
    sqlite3_free(v);
    return SQLITE_OK;
}

static int rows_best_index(sqlite3_vtab *v, sqlite3_index_info *info) {
    (void)v;
    info->estimatedCost = 100.0;
    info->estimatedRows = 100;
    return SQLITE_OK;
}

static int rows_open(sqlite3_vtab *v, sqlite3_vtab_cursor **out) {
    rows_cursor *c = sqlite3_malloc(sizeof *c);
    (void)v;
    if (!c) return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    *out = &c->base;
    return SQLITE_OK;
}

static int rows_close(sqlite3_vtab_cursor *c) {
    sqlite3_free(c);
    return SQLITE_OK;
}

static int rows_filter(sqlite3_vtab_cursor *c, int idx, const char *idxstr,
                       int argc, sqlite3_value **argv) {
    (void)idx;
    (void)idxstr;
    (void)argc;
    (void)argv;
    ((rows_cursor *)c)->row = 0;
    return SQLITE_OK;
}

static int rows_next(sqlite3_vtab_cursor *c) {
    ((rows_cursor *)c)->row++;
    return SQLITE_OK;
}

static int rows_eof(sqlite3_vtab_cursor *c) {
    const scm_rows *r = ((rows_vtab *)c->pVtab)->rows;
    return ((rows_cursor *)c)->row >= scm_rows_count(r);
}

static int rows_column(sqlite3_vtab_cursor *c, sqlite3_context *ctx,
                       int col) {
    const scm_rows *r = ((rows_vtab *)c->pVtab)->rows;
    const scm_cell *cell;
    if (col >= r->ncol) return SQLITE_OK; /* NULL */
    cell = &r->cells.items[((rows_cursor *)c)->row * (size_t)r->ncol +
                           (size_t)col];
    switch (cell->type) {
    case SCM_CELL_INT:
        sqlite3_result_int64(ctx, cell->i);
        break;
    case SCM_CELL_TEXT:
        sqlite3_result_text(ctx, cell->p, cell->n, SQLITE_STATIC);
        break;
    case SCM_CELL_COPY:
        sqlite3_result_text(ctx, r->text.items ? r->text.items + cell->i : "",
                            cell->n, SQLITE_STATIC);
        break;
    default:
        break;
    }
    return SQLITE_OK;
}

static int rows_rowid(sqlite3_vtab_cursor *c, sqlite3_int64 *out) {
    *out = (sqlite3_int64)((rows_cursor *)c)->row;
    return SQLITE_OK;
}

static const sqlite3_module rows_module = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous only */
    .xConnect = rows_connect,
    .xBestIndex = rows_best_index,
    .xDisconnect = rows_disconnect,
    .xDestroy = rows_disconnect,
    .xOpen = rows_open,
    .xClose = rows_close,
    .xFilter = rows_filter,
    .xNext = rows_next,
    .xEof = rows_eof,
    .xColumn = rows_column,
    .xRowid = rows_rowid,
};

int scm_rows_register(sqlite3 *db, scm_rows *rows) {
    return sqlite3_create_module(db, "scm_rows", &rows_module, rows);
}

void scm_rows_reset(scm_rows *r, int ncol) {
    r->ncol = ncol > 0 && ncol <= SCM_ROWS_MAXCOL ? ncol : 1;
    r->cells.len = 0;
    r->text.len = 0;
    r->failed = 0;
}

static void push(scm_rows *r, scm_cell c) {
    if (SCM_VEC_PUSH(&r->cells, c) != 0) r->failed = 1;
}

void scm_rows_null(scm_rows *r) {
    scm_cell c = {0, NULL, 0, SCM_CELL_NULL};
    push(r, c);
}

void scm_rows_int(scm_rows *r, sqlite3_int64 v) {
    scm_cell c = {v, NULL, 0, SCM_CELL_INT};
    push(r, c);
}

void scm_rows_text(scm_rows *r, const char *text, size_t n) {
    scm_cell c = {0, text, (int)n, SCM_CELL_TEXT};
    if (!text) c.type = SCM_CELL_NULL;
    push(r, c);
}

void scm_rows_str(scm_rows *r, const char *s) {
    scm_rows_text(r, s, s ? strlen(s) : 0);
}

void scm_rows_copy(scm_rows *r, const char *text, size_t n) {
    scm_cell c = {(sqlite3_int64)r->text.len, NULL, (int)n, SCM_CELL_COPY};
    if (scm_buf_append(&r->text, text, n) != 0) {
        r->failed = 1;
        return;
    }
    push(r, c);
}

size_t scm_rows_count(const scm_rows *r) {
    return r->ncol > 0 ? r->cells.len / (size_t)r->ncol : 0;
}

void scm_rows_free(scm_rows *r) {
    SCM_VEC_FREE(&r->cells);
    SCM_VEC_FREE(&r->text);
    r->ncol = 0;
}
