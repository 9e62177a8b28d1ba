/* lua_corpus.c -- the corpus binding: scm.Corpus and scm.Rows.
 *
 * A Corpus wraps one scm_store; a Rows wraps one prepared statement and is
 * stepped once per call, so no query loads a corpus into memory.  Both
 * userdata are zeroed and given their metatable before anything is
 * allocated; __gc and __close are safe to run twice.  A Rows keeps its
 * Corpus alive (uservalue 1) and checks it on every step: after
 * corpus:close() it raises "corpus is closed" instead of touching a closed
 * connection.  sqlite3_close_v2 keeps the connection alive while a Rows
 * still holds a statement, so the order of collection never matters. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "lua_scm.h"
#include "store.h"

#define CORPUS_MT "scm.Corpus"
#define ROWS_MT "scm.Rows"

typedef struct lcorpus {
    scm_store *store; /* NULL once closed */
} lcorpus;

typedef struct lrows {
    sqlite3_stmt *stmt; /* NULL once finished or closed */
    lcorpus *owner;     /* kept alive by uservalue 1 */
    int pending;        /* a row was stepped to by :prefetch() */
} lrows;

static lcorpus *check_corpus(lua_State *L, int idx) {
    lcorpus *c = (lcorpus *)luaL_checkudata(L, idx, CORPUS_MT);
    if (!c->store) luaL_error(L, "corpus is closed");
    return c;
}

/* scm.core.open_corpus(path [, readonly]) -> Corpus | nil, message, code */
static int l_open_corpus(lua_State *L) {
    const char *path = luaL_checkstring(L, 1);
    int readonly = lua_toboolean(L, 2);
    scm_error err;
    lcorpus *c;
    memset(&err, 0, sizeof err);
    /* uservalue 1: the texts queued to be parsed ahead (ingest_run) */
    c = (lcorpus *)lua_newuserdatauv(L, sizeof *c, 1);
    memset(c, 0, sizeof *c);
    luaL_setmetatable(L, CORPUS_MT);
    if (scm_store_open(path, readonly ? SCM_STORE_READONLY : 0, &c->store,
                       &err) != 0)
        return scm_lua_fail(L, err.message, "open");
    return 1;
}

static int corpus_close(lua_State *L) {
    lcorpus *c = (lcorpus *)luaL_checkudata(L, 1, CORPUS_MT);
    if (c->store) {
        scm_store *s = c->store;
        c->store = NULL;
        scm_store_close(s);
    }
    return 0;
}

static int corpus_is_open(lua_State *L) {
    lcorpus *c = (lcorpus *)luaL_checkudata(L, 1, CORPUS_MT);
    lua_pushboolean(L, c->store != NULL);
    return 1;
}

static int corpus_readonly(lua_State *L) {
    lcorpus *c = check_corpus(L, 1);
    lua_pushboolean(L, scm_store_readonly(c->store));
    return 1;
}

static int corpus_tostring(lua_State *L) {
    lcorpus *c = (lcorpus *)luaL_checkudata(L, 1, CORPUS_MT);
    if (!c->store) {
        lua_pushliteral(L, "scm.Corpus (closed)");
    } else {
        const char *f = sqlite3_db_filename(scm_store_db(c->store), "main");
        lua_pushfstring(L, "scm.Corpus (%s)", f && *f ? f : ":memory:");
    }
    return 1;
}

static const char *const encoding_names[] = {"utf-8", "auto", "windows-1252",
                                             "utf8", "cp1252", NULL};
static const scm_encoding encoding_values[] = {
    SCM_ENC_UTF8, SCM_ENC_AUTO, SCM_ENC_CP1252, SCM_ENC_UTF8, SCM_ENC_CP1252};

/* The record of a stored document: { doc_id, version, status, hash, ... } */
static void push_result(lua_State *L, const scm_ingest_result *res) {
    lua_createtable(L, 0, 10);
    lua_pushinteger(L, (lua_Integer)res->doc_id);
    lua_setfield(L, -2, "doc_id");
    lua_pushinteger(L, res->version);
    lua_setfield(L, -2, "version");
    lua_pushstring(L, scm_ingest_status_name(res->status));
    lua_setfield(L, -2, "status");
    lua_pushstring(L, res->hash);
    lua_setfield(L, -2, "hash");
    lua_pushinteger(L, (lua_Integer)res->paragraphs);
    lua_setfield(L, -2, "paragraphs");
    lua_pushinteger(L, (lua_Integer)res->sentences);
    lua_setfield(L, -2, "sentences");
    lua_pushinteger(L, (lua_Integer)res->acts);
    lua_setfield(L, -2, "acts");
    lua_pushnumber(L, res->parse_seconds);
    lua_setfield(L, -2, "parse_seconds");
    lua_pushnumber(L, res->store_seconds);
    lua_setfield(L, -2, "store_seconds");
    if (res->status == SCM_INGEST_DUPLICATE) {
        lua_pushstring(L, res->existing_name);
        lua_setfield(L, -2, "same_as");
    }
}

/* The byte of an error, 1-based, or nil. */
static void push_error_byte(lua_State *L, const scm_error *err) {
    if (err->byte != SCM_NO_BYTE)
        lua_pushinteger(L, (lua_Integer)err->byte + 1);
    else
        lua_pushnil(L);
}

/* corpus:ingest_bytes(name, bytes [, path [, encoding [, kind [,
 *                     source_hash]]]]): kind and source_hash describe the
 * original file when `bytes` is text read from a PDF or HTML file
 *   -> { doc_id, version, status, hash, ... } | nil, message, byte */
static int corpus_ingest_bytes(lua_State *L) {
    lcorpus *c = check_corpus(L, 1);
    const char *name = luaL_checkstring(L, 2);
    size_t len;
    const char *raw = luaL_checklstring(L, 3, &len);
    const char *path = luaL_optstring(L, 4, NULL);
    const char *kind = luaL_optstring(L, 6, NULL);
    const char *source_hash = luaL_optstring(L, 7, NULL);
    scm_parse_opts opts;
    scm_ingest_result res;
    scm_error err;
    memset(&opts, 0, sizeof opts);
    memset(&err, 0, sizeof err);
    err.byte = SCM_NO_BYTE;
    if (!lua_isnoneornil(L, 5))
        opts.text.encoding =
            encoding_values[luaL_checkoption(L, 5, NULL, encoding_names)];
    if (scm_store_ingest_source(c->store, name, path, raw, len, &opts,
                                scm_lua_lexicon(L), kind, source_hash, &res,
                                &err) != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err.message);
        push_error_byte(L, &err);
        return 3;
    }
    push_result(L, &res);
    return 1;
}

/* Field `k` of the table at `t`: a string or NULL (nil); raises otherwise. */
static const char *opt_field(lua_State *L, int t, const char *k,
                             size_t *len) {
    const char *v = NULL;
    int type = lua_getfield(L, t, k);
    if (type != LUA_TNIL) {
        if (type != LUA_TSTRING)
            luaL_error(L, "ingest_run: field '%s' must be a string", k);
        v = lua_tolstring(L, -1, len);
    }
    lua_pop(L, 1); /* the table keeps the string alive */
    return v;
}

static double num_field(lua_State *L, int t, const char *k) {
    double v;
    lua_getfield(L, t, k);
    v = (double)luaL_checknumber(L, -1);
    lua_pop(L, 1);
    return v;
}

/* corpus:ingest_run(docs, run, bounds) -> stored, { record... }
 * In a batch, store docs[1 .. run] in order, while a worker thread parses
 * the documents after them (store.h, scm_store_ingest_run); stop after the
 * document that fills the batch.  docs[i] = { name =, text = [, path =,
 * encoding =, kind =, hash =, size = ] }; bounds = { docs =, max_docs =,
 * bytes =, max_bytes =, clock =, max_seconds = } (os.clock() at the start
 * of the batch).  A record is what ingest_bytes returns, or { status =
 * "failed", error =, position = }.  docs[run + 1 ..] stay queued: they are
 * parsed during the next batch_commit or ingest_run. */
static int corpus_ingest_run(lua_State *L) {
    lcorpus *c = check_corpus(L, 1);
    lua_Integer n = 0, run = luaL_checkinteger(L, 3), i, done;
    scm_ingest_doc *docs;
    scm_ingest_result *res;
    scm_error *err;
    scm_batch_bounds b;
    int *rc;
    luaL_checktype(L, 2, LUA_TTABLE);
    luaL_checktype(L, 4, LUA_TTABLE);
    n = (lua_Integer)lua_rawlen(L, 2);
    if (n > SCM_INGEST_RUN_MAX) n = SCM_INGEST_RUN_MAX;
    if (run < 0) luaL_error(L, "ingest_run: run must not be negative");
    if (run > n) run = n; /* the others in a later call */
    b.docs = (size_t)num_field(L, 4, "docs");
    b.max_docs = (size_t)num_field(L, 4, "max_docs");
    b.bytes = num_field(L, 4, "bytes");
    b.max_bytes = num_field(L, 4, "max_bytes");
    b.clock_start = num_field(L, 4, "clock");
    b.max_seconds = num_field(L, 4, "max_seconds");
    /* scratch owned by Lua: nothing to free if a field raises */
    docs = (scm_ingest_doc *)lua_newuserdatauv(
        L, (size_t)(n ? n : 1) * sizeof *docs, 0);
    res = (scm_ingest_result *)lua_newuserdatauv(
        L, (size_t)(run ? run : 1) * sizeof *res, 0);
    err = (scm_error *)lua_newuserdatauv(L,
                                         (size_t)(run ? run : 1) * sizeof *err,
                                         0);
    rc = (int *)lua_newuserdatauv(L, (size_t)(run ? run : 1) * sizeof *rc, 0);
    /* uservalue 1: the texts queued in the store (it points into them) */
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) {
        scm_ingest_doc *d = &docs[i];
        const char *enc;
        int t;
        memset(d, 0, sizeof *d);
        lua_rawgeti(L, 2, i + 1);
        t = lua_gettop(L);
        luaL_checktype(L, t, LUA_TTABLE);
        d->name = opt_field(L, t, "name", NULL);
        d->raw = opt_field(L, t, "text", &d->len);
        if (!d->name || !d->raw)
            luaL_error(L, "ingest_run: docs[%d] needs name and text",
                       (int)i + 1);
        d->path = opt_field(L, t, "path", NULL);
        d->source_kind = opt_field(L, t, "kind", NULL);
        d->source_hash = opt_field(L, t, "hash", NULL);
        enc = opt_field(L, t, "encoding", NULL);
        if (enc) {
            int k;
            for (k = 0; encoding_names[k] && strcmp(encoding_names[k], enc);
                 k++)
                ;
            if (!encoding_names[k])
                luaL_error(L, "ingest_run: unknown encoding '%s'", enc);
            d->opts.text.encoding = encoding_values[k];
        }
        lua_getfield(L, t, "size");
        d->bytes = lua_isinteger(L, -1) ? (size_t)lua_tointeger(L, -1)
                                        : d->len;
        lua_pop(L, 1);
        lua_getfield(L, t, "text");
        lua_rawseti(L, -3, i + 1);
        lua_pop(L, 1); /* docs[i] */
    }
    done = (lua_Integer)scm_store_ingest_run(
        c->store, docs, (size_t)n, (size_t)run, scm_lua_lexicon(L), &b, res,
        rc, err);
    /* The store points into the texts still queued: keep them alive (and
     * let go of those it no longer holds). */
    if (!scm_store_ahead_pending(c->store)) {
        lua_pop(L, 1);
        lua_pushnil(L);
    }
    lua_setiuservalue(L, 1, 1);
    lua_pushinteger(L, done);
    lua_createtable(L, (int)done, 0);
    for (i = 0; i < done; i++) {
        if (rc[i] == 0) {
            push_result(L, &res[i]);
        } else {
            lua_createtable(L, 0, 3);
            lua_pushliteral(L, "failed");
            lua_setfield(L, -2, "status");
            lua_pushstring(L, err[i].message);
            lua_setfield(L, -2, "error");
            push_error_byte(L, &err[i]);
            lua_setfield(L, -2, "position");
        }
        lua_rawseti(L, -2, i + 1);
    }
    return 2;
}

static double wall_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* corpus:batch_begin() / corpus:batch_commit() / corpus:batch_end()
 *   -> true | nil, message  (see scm_store_batch_begin); batch_commit and
 * batch_end return true, seconds (wall time: indexing and COMMIT). */
static int batch_call(lua_State *L, int (*fn)(scm_store *, scm_error *),
                      int timed) {
    lcorpus *c = check_corpus(L, 1);
    scm_error err;
    double t0 = wall_seconds();
    memset(&err, 0, sizeof err);
    if (fn(c->store, &err) != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err.message);
        return 2;
    }
    lua_pushboolean(L, 1);
    if (!timed) return 1;
    lua_pushnumber(L, wall_seconds() - t0);
    return 2;
}

static int corpus_batch_begin(lua_State *L) {
    return batch_call(L, scm_store_batch_begin, 0);
}
static int corpus_batch_commit(lua_State *L) {
    return batch_call(L, scm_store_batch_commit, 1);
}
static int corpus_batch_end(lua_State *L) {
    int r = batch_call(L, scm_store_batch_end, 1);
    lua_pushnil(L); /* the store no longer points into any text */
    lua_setiuservalue(L, 1, 1);
    return r;
}
static int corpus_batch_pending(lua_State *L) {
    lcorpus *c = check_corpus(L, 1);
    lua_pushinteger(L, (lua_Integer)scm_store_batch_pending(c->store));
    return 1;
}

/* corpus:optimize() -> true | nil, message */
static int corpus_optimize(lua_State *L) {
    return batch_call(L, scm_store_optimize, 0);
}

/* Bind one Lua value at stack index `v` to parameter `i`; raises on a
 * value SQL cannot hold. */
static void bind_value(lua_State *L, sqlite3_stmt *st, int i, int v,
                       const char *pname) {
    switch (lua_type(L, v)) {
    case LUA_TNUMBER:
        if (lua_isinteger(L, v))
            sqlite3_bind_int64(st, i, (sqlite3_int64)lua_tointeger(L, v));
        else
            sqlite3_bind_double(st, i, lua_tonumber(L, v));
        break;
    case LUA_TBOOLEAN:
        sqlite3_bind_int(st, i, lua_toboolean(L, v));
        break;
    case LUA_TSTRING: {
        size_t n;
        const char *s = lua_tolstring(L, v, &n);
        sqlite3_bind_text64(st, i, s, n, SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    default:
        sqlite3_finalize(st);
        luaL_error(L, "SQL parameter %s: cannot bind a %s", pname,
                   luaL_typename(L, v));
    }
}

/* Bind the parameters table at `t`: the array part to ?1, ?2, ..., string
 * keys to :key (or @key, $key; a key may carry its own prefix).  Every
 * parameter of the statement must get a value. */
static void bind_params(lua_State *L, sqlite3_stmt *st, int t) {
    int n = sqlite3_bind_parameter_count(st);
    char *bound;
    int i;
    bound = (char *)lua_newuserdatauv(L, (size_t)n + 1, 0); /* scratch */
    memset(bound, 0, (size_t)n + 1);
    if (t) {
        lua_pushnil(L);
        while (lua_next(L, t)) {
            int idx = 0;
            char pname[96];
            if (lua_type(L, -2) == LUA_TNUMBER && lua_isinteger(L, -2)) {
                lua_Integer k = lua_tointeger(L, -2);
                snprintf(pname, sizeof pname, "?%lld", (long long)k);
                if (k >= 1 && k <= n) idx = (int)k;
            } else if (lua_type(L, -2) == LUA_TSTRING) {
                const char *k = lua_tostring(L, -2);
                if (k[0] == ':' || k[0] == '@' || k[0] == '$') {
                    snprintf(pname, sizeof pname, "%s", k);
                    idx = sqlite3_bind_parameter_index(st, pname);
                } else {
                    static const char prefixes[] = ":@$";
                    int p;
                    for (p = 0; p < 3 && !idx; p++) {
                        snprintf(pname, sizeof pname, "%c%s", prefixes[p], k);
                        idx = sqlite3_bind_parameter_index(st, pname);
                    }
                    snprintf(pname, sizeof pname, ":%s", k);
                }
            } else {
                sqlite3_finalize(st);
                luaL_error(L, "SQL parameters: keys must be names or "
                              "positions, not %s",
                           luaL_typename(L, -2));
            }
            if (!idx) {
                sqlite3_finalize(st);
                luaL_error(L, "SQL parameter %s: the statement has no such "
                              "parameter",
                           pname);
            }
            bind_value(L, st, idx, lua_gettop(L), pname);
            bound[idx] = 1;
            lua_pop(L, 1);
        }
    }
    for (i = 1; i <= n; i++) {
        if (!bound[i]) {
            const char *pn = sqlite3_bind_parameter_name(st, i);
            char buf[32];
            if (!pn) {
                snprintf(buf, sizeof buf, "?%d", i);
                pn = buf;
            }
            lua_pushfstring(L, "SQL parameter %s has no value", pn);
            sqlite3_finalize(st);
            lua_error(L);
        }
    }
    lua_pop(L, 1); /* scratch */
}

static const char *const mode_names[] = {"internal", "user", "write", NULL};

/* corpus:prepare(sql [, params [, mode]]) -> Rows | nil, message
 * mode: "internal" (read-only, from the Lua API), "user" (read-only user
 * SQL), "write" (user SQL that may change the corpus). */
static int corpus_prepare(lua_State *L) {
    lcorpus *c = check_corpus(L, 1);
    size_t len;
    const char *sql = luaL_checklstring(L, 2, &len);
    int t = lua_isnoneornil(L, 3) ? 0 : 3;
    int mode = luaL_checkoption(L, 4, "internal", mode_names);
    int flags = mode == 0 ? 0 : mode == 1 ? SCM_SQL_USER
                                          : SCM_SQL_USER | SCM_SQL_WRITE;
    scm_error err;
    sqlite3_stmt *st = NULL;
    lrows *r;
    if (t) luaL_checktype(L, 3, LUA_TTABLE);
    memset(&err, 0, sizeof err);
    /* The userdata first, so an error below can leak nothing. */
    r = (lrows *)lua_newuserdatauv(L, sizeof *r, 2);
    memset(r, 0, sizeof *r);
    luaL_setmetatable(L, ROWS_MT);
    lua_pushvalue(L, 1);
    lua_setiuservalue(L, -2, 1);
    r->owner = c;
    if (scm_store_prepare(c->store, sql, len, flags, &st, &err) != 0)
        return scm_lua_fail(L, err.message, "sql");
    bind_params(L, st, t); /* finalizes st before raising */
    r->stmt = st;
    /* the column names outlive the statement (rows:columns() after the
     * last row) */
    {
        int i, n = sqlite3_column_count(st);
        lua_createtable(L, n, 0);
        for (i = 0; i < n; i++) {
            lua_pushstring(L, sqlite3_column_name(st, i));
            lua_rawseti(L, -2, i + 1);
        }
        lua_setiuservalue(L, -2, 2);
    }
    return 1;
}

static void push_column(lua_State *L, sqlite3_stmt *st, int i) {
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
        lua_pushinteger(L, (lua_Integer)sqlite3_column_int64(st, i));
        break;
    case SQLITE_FLOAT:
        lua_pushnumber(L, sqlite3_column_double(st, i));
        break;
    case SQLITE_TEXT:
        lua_pushlstring(L, (const char *)sqlite3_column_text(st, i),
                        (size_t)sqlite3_column_bytes(st, i));
        break;
    case SQLITE_BLOB: {
        const void *b = sqlite3_column_blob(st, i);
        lua_pushlstring(L, b ? (const char *)b : "",
                        (size_t)sqlite3_column_bytes(st, i));
        break;
    }
    default:
        lua_pushnil(L);
    }
}

static lrows *check_rows(lua_State *L) {
    return (lrows *)luaL_checkudata(L, 1, ROWS_MT);
}

static void rows_finish(lrows *r) {
    if (r->stmt) {
        sqlite3_stmt *st = r->stmt;
        r->stmt = NULL;
        sqlite3_finalize(st);
    }
    r->pending = 0;
}

/* Step once; pushes the row (a table by column name, or an array when
 * `array` is set) or nil at the end. */
static int rows_step(lua_State *L, int array) {
    lrows *r = check_rows(L);
    int rc, i, n;
    if (!r->stmt) {
        lua_pushnil(L);
        return 1;
    }
    if (!r->owner->store) {
        rows_finish(r);
        return luaL_error(L, "corpus is closed: its query results can no "
                             "longer be read");
    }
    if (r->pending) {
        r->pending = 0;
        rc = SQLITE_ROW;
    } else {
        rc = sqlite3_step(r->stmt);
    }
    if (rc == SQLITE_DONE) {
        rows_finish(r);
        lua_pushnil(L);
        return 1;
    }
    if (rc != SQLITE_ROW) {
        scm_error err;
        memset(&err, 0, sizeof err);
        scm_store_step_error(scm_store_db(r->owner->store), rc, &err);
        rows_finish(r);
        lua_pushstring(L, err.message);
        return lua_error(L);
    }
    n = sqlite3_column_count(r->stmt);
    lua_createtable(L, array ? n : 0, array ? 0 : n);
    for (i = 0; i < n; i++) {
        push_column(L, r->stmt, i);
        if (array)
            lua_rawseti(L, -2, i + 1);
        else
            lua_setfield(L, -2, sqlite3_column_name(r->stmt, i));
    }
    return 1;
}

/* rows() / rows:next(): the next row as { column = value } (NULL columns
 * are absent), or nil when done. */
static int rows_next(lua_State *L) { return rows_step(L, 0); }

/* rows:next_array(): the next row as an array in column order. */
static int rows_next_array(lua_State *L) { return rows_step(L, 1); }

/* rows:prefetch(): step to the first row now, so that an error in the
 * query (a malformed search, a bad regex) is raised here; the row is then
 * returned by the next call to next().  Returns true when a row is there. */
static int rows_prefetch(lua_State *L) {
    lrows *r = check_rows(L);
    int rc;
    if (!r->stmt || r->pending) {
        lua_pushboolean(L, r->pending);
        return 1;
    }
    if (!r->owner->store) {
        rows_finish(r);
        return luaL_error(L, "corpus is closed: its query results can no "
                             "longer be read");
    }
    rc = sqlite3_step(r->stmt);
    if (rc == SQLITE_ROW) {
        r->pending = 1;
    } else if (rc == SQLITE_DONE) {
        rows_finish(r);
    } else {
        scm_error err;
        memset(&err, 0, sizeof err);
        scm_store_step_error(scm_store_db(r->owner->store), rc, &err);
        rows_finish(r);
        lua_pushstring(L, err.message);
        return lua_error(L);
    }
    lua_pushboolean(L, r->pending);
    return 1;
}

/* rows:columns(): the column names in order. */
static int rows_columns(lua_State *L) {
    int i, n;
    check_rows(L);
    lua_getiuservalue(L, 1, 2);
    if (!lua_istable(L, -1)) {
        lua_newtable(L);
        return 1;
    }
    n = (int)luaL_len(L, -1);
    lua_createtable(L, n, 0); /* a copy: the caller may change it */
    for (i = 1; i <= n; i++) {
        lua_rawgeti(L, -2, i);
        lua_rawseti(L, -2, i);
    }
    return 1;
}

static int rows_close(lua_State *L) {
    rows_finish(check_rows(L));
    return 0;
}

static int rows_tostring(lua_State *L) {
    lrows *r = check_rows(L);
    lua_pushstring(L, r->stmt ? "scm.Rows" : "scm.Rows (finished)");
    return 1;
}

/* scm.core.isatty(file) -> boolean: for choosing aligned output or a
 * progress bar. */
static int l_isatty(lua_State *L) {
    luaL_Stream *p = (luaL_Stream *)luaL_checkudata(L, 1, LUA_FILEHANDLE);
    lua_pushboolean(L, p->f != NULL && isatty(fileno(p->f)));
    return 1;
}

static const luaL_Reg corpus_methods[] = {
    {"close", corpus_close},
    {"is_open", corpus_is_open},
    {"readonly", corpus_readonly},
    {"ingest_bytes", corpus_ingest_bytes},
    {"ingest_run", corpus_ingest_run},
    {"batch_begin", corpus_batch_begin},
    {"batch_commit", corpus_batch_commit},
    {"batch_end", corpus_batch_end},
    {"batch_pending", corpus_batch_pending},
    {"optimize", corpus_optimize},
    {"prepare", corpus_prepare},
    {NULL, NULL}};

static const luaL_Reg rows_methods[] = {
    {"next", rows_next},
    {"next_array", rows_next_array},
    {"columns", rows_columns},
    {"prefetch", rows_prefetch},
    {"close", rows_close},
    {NULL, NULL}};

void scm_lua_corpus_register(lua_State *L) {
    luaL_checktype(L, -1, LUA_TTABLE);

    luaL_newmetatable(L, CORPUS_MT);
    luaL_newlib(L, corpus_methods);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "__index");
    lua_setfield(L, -3, "Corpus"); /* module.Corpus = methods: corpus.lua
                                      adds the friendly ones */
    lua_pushcfunction(L, corpus_close);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, corpus_close);
    lua_setfield(L, -2, "__close");
    lua_pushcfunction(L, corpus_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pop(L, 1);

    luaL_newmetatable(L, ROWS_MT);
    luaL_newlib(L, rows_methods);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "__index");
    lua_setfield(L, -3, "Rows");
    lua_pushcfunction(L, rows_next);
    lua_setfield(L, -2, "__call");
    lua_pushcfunction(L, rows_close);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, rows_close);
    lua_setfield(L, -2, "__close");
    lua_pushcfunction(L, rows_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pop(L, 1);

    lua_pushcfunction(L, l_open_corpus);
    lua_setfield(L, -2, "open_corpus");
    lua_pushcfunction(L, l_isatty);
    lua_setfield(L, -2, "isatty");
}
