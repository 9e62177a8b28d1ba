/* lua_scm.c -- the binding: turns the C core into the `scm.core` module.
 *
 * The only file (with lua_corpus.c) that includes Lua headers.  Userdata
 * are zeroed and given their metatable before anything is allocated, so an
 * error at any point leaves nothing to leak; __gc and __close are safe to
 * run twice.  Items (paragraphs, sentences, tokens, matches, ...) are small
 * tables with the "scm.Span" metatable: their `.text` is made from the
 * document's text only when read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include <lauxlib.h>
#include <lua.h>

#include "dates.h"
#include "document.h"
#include "extract/extract.h"
#include "lexicon.h"
#include "lua_scm.h"
#include "regex.h"
#include "source.h"

#define DOCUMENT_MT "scm.Document"
#define REGEX_MT "scm.Regex"
#define SPAN_MT "scm.Span"
#define LEXICON_KEY "scm.lexicon"

typedef struct ldoc {
    scm_doc doc;
    scm_extract x;
    int parsed;    /* doc holds a parse (freed by close/__gc) */
    int extracted; /* x holds the extraction */
    scm_source *src; /* PDF/HTML source map (see "source adapters" below) */
} ldoc;

typedef struct lregex {
    scm_regex *re;
    size_t *ovec;
    unsigned groups;
} lregex;

typedef struct llexicon {
    scm_lexicon *lex;
} llexicon;

/* ------------------------------------------------------------------ */
/* shared helpers                                                      */

int scm_lua_fail(lua_State *L, const char *message, const char *code) {
    lua_pushnil(L);
    lua_pushstring(L, message);
    if (code) {
        lua_pushstring(L, code);
        return 3;
    }
    return 2;
}

scm_lexicon *scm_lua_lexicon(lua_State *L) {
    llexicon *l;
    lua_getfield(L, LUA_REGISTRYINDEX, LEXICON_KEY);
    l = (llexicon *)lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (!l || !l->lex) luaL_error(L, "scm: the lexicon is not loaded");
    return l->lex;
}

static void set_int(lua_State *L, const char *k, lua_Integer v) {
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

static void set_str(lua_State *L, const char *k, const char *v) {
    if (!v) return;
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
}

static void set_bool(lua_State *L, const char *k, int v) {
    lua_pushboolean(L, v);
    lua_setfield(L, -2, k);
}

/* Convert a Lua string position (1-based, negative from the end) to a
 * 0-based offset, clamped to [0, len]; -1 if past the end + 1. */
static long lua_position(lua_Integer init, size_t len) {
    if (init > 0) {
        if ((size_t)init > len + 1) return -1;
        return (long)init - 1;
    }
    if (init == 0) return 0;
    /* -(init + 1) + 1: no signed overflow for math.mininteger */
    if ((size_t)(-(init + 1)) + 1 > len) return 0;
    return (long)(len + (size_t)init);
}

/* ------------------------------------------------------------------ */
/* Document                                                            */

static ldoc *check_doc(lua_State *L, int idx) {
    ldoc *d = (ldoc *)luaL_checkudata(L, idx, DOCUMENT_MT);
    if (!d->parsed) luaL_error(L, "scm: the document is closed");
    return d;
}

static void ensure_extracted(lua_State *L, ldoc *d) {
    scm_error err;
    if (d->extracted) return;
    memset(&err, 0, sizeof err);
    if (scm_extract_run(&d->doc, scm_lua_lexicon(L), &d->x, &err) != 0) {
        scm_extract_free(&d->x);
        memset(&d->x, 0, sizeof d->x);
        luaL_error(L, "scm: extraction failed: %s", err.message);
    }
    d->extracted = 1;
}

static void ensure_tokens(lua_State *L, ldoc *d) {
    scm_error err;
    memset(&err, 0, sizeof err);
    if (scm_doc_tokens(&d->doc, &err) != 0)
        luaL_error(L, "scm: tokenising failed: %s", err.message);
}

/* Push a span table {start, stop, document} with the Span metatable;
 * `doc_idx` is the document's stack index (absolute). */
static void push_span(lua_State *L, int doc_idx, scm_span span) {
    lua_createtable(L, 0, 6);
    set_int(L, "start", (lua_Integer)span.start + 1);
    set_int(L, "stop", (lua_Integer)span.stop);
    lua_pushvalue(L, doc_idx);
    lua_setfield(L, -2, "document");
    luaL_setmetatable(L, SPAN_MT);
}

static int span_index(lua_State *L) {
    const char *key = lua_tostring(L, 2);
    ldoc *d;
    lua_Integer start, stop;
    if (!key || strcmp(key, "text") != 0) return 0;
    lua_getfield(L, 1, "document");
    d = check_doc(L, -1);
    lua_getfield(L, 1, "start");
    lua_getfield(L, 1, "stop");
    start = lua_tointeger(L, -2);
    stop = lua_tointeger(L, -1);
    if (start < 1 || stop > (lua_Integer)d->doc.text.len || stop < start) {
        lua_pushliteral(L, "");
        return 1;
    }
    lua_pushlstring(L, d->doc.text.text + start - 1, (size_t)(stop - start + 1));
    return 1;
}

static int span_tostring(lua_State *L) {
    lua_getfield(L, 1, "text");
    if (!lua_isstring(L, -1)) lua_pushliteral(L, "");
    return 1;
}

static const char *const encoding_names[] = {"utf-8", "auto", "windows-1252",
                                             "utf8", "cp1252", NULL};
static const scm_encoding encoding_values[] = {
    SCM_ENC_UTF8, SCM_ENC_AUTO, SCM_ENC_CP1252, SCM_ENC_UTF8, SCM_ENC_CP1252};

/* scm.core.parse(text [, opts]) -> Document | nil, message */
static int l_parse(lua_State *L) {
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    scm_parse_opts opts;
    scm_error err;
    ldoc *d;
    memset(&opts, 0, sizeof opts);
    memset(&err, 0, sizeof err);
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        lua_getfield(L, 2, "encoding");
        if (!lua_isnil(L, -1)) {
            int i = luaL_checkoption(L, -1, NULL, encoding_names);
            opts.text.encoding = encoding_values[i];
        }
        lua_pop(L, 1);
    }
    if (len > SCM_MAX_INPUT)
        return scm_lua_fail(L, "input too large (4 GiB at most)", "size");
    d = (ldoc *)lua_newuserdatauv(L, sizeof *d, 1);
    memset(d, 0, sizeof *d);
    luaL_setmetatable(L, DOCUMENT_MT);
    /* the uservalue keeps the raw string (which the document points into)
     * alive, and caches the Lua-side values */
    lua_createtable(L, 0, 4);
    lua_pushvalue(L, 1);
    lua_setfield(L, -2, "raw");
    lua_setiuservalue(L, -2, 1);
    if (scm_doc_parse(&d->doc, text, len, &opts, scm_lua_lexicon(L), &err) !=
        0)
        return scm_lua_fail(L, err.message, "parse");
    d->parsed = 1;
    return 1;
}

static int doc_close(lua_State *L) {
    ldoc *d = (ldoc *)luaL_checkudata(L, 1, DOCUMENT_MT);
    if (d->extracted) scm_extract_free(&d->x);
    if (d->parsed) scm_doc_free(&d->doc);
    d->extracted = d->parsed = 0;
    if (d->src) {
        scm_source_free(d->src);
        free(d->src);
        d->src = NULL;
    }
    return 0;
}

static int doc_tostring(lua_State *L) {
    ldoc *d = (ldoc *)luaL_checkudata(L, 1, DOCUMENT_MT);
    if (!d->parsed) {
        lua_pushliteral(L, "scm.Document (closed)");
        return 1;
    }
    lua_pushfstring(L, "scm.Document (%s, %s, %d paragraphs, %d sentences)",
                    d->doc.title ? d->doc.title : "untitled",
                    d->doc.date_iso[0] ? d->doc.date_iso : "undated",
                    (int)d->doc.text.paragraphs.len,
                    (int)d->doc.sentences.len);
    return 1;
}

/* Cached per document in the uservalue table: doc.text is one Lua string,
 * made on first use. */
static void push_cached_text(lua_State *L, ldoc *d) {
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "text");
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushlstring(L, d->doc.text.text, d->doc.text.len);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, "text");
    }
    lua_remove(L, -2);
}

static void push_meta(lua_State *L, ldoc *d) {
    size_t i;
    lua_createtable(L, 0, (int)d->doc.text.meta.len);
    for (i = 0; i < d->doc.text.meta.len; i++) {
        lua_pushstring(L, d->doc.text.meta.items[i].value);
        lua_setfield(L, -2, d->doc.text.meta.items[i].key);
    }
}

static void push_warnings(lua_State *L, ldoc *d) {
    size_t i;
    lua_createtable(L, (int)d->doc.text.warnings.len, 0);
    for (i = 0; i < d->doc.text.warnings.len; i++) {
        lua_pushstring(L, d->doc.text.warnings.items[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

static void push_strvec(lua_State *L, const scm_strvec *v) {
    size_t i;
    lua_createtable(L, (int)v->len, 0);
    for (i = 0; i < v->len; i++) {
        lua_pushstring(L, v->items[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

static void push_meeting(lua_State *L, ldoc *d) {
    const scm_meeting *m = &d->x.header.meeting;
    if (!d->x.header.has_meeting) {
        lua_pushnil(L);
        return;
    }
    lua_createtable(L, 0, 4);
    set_str(L, "series", m->series);
    if (m->number > 0) set_int(L, "number", m->number);
    set_str(L, "name", m->name);
    push_strvec(L, &m->parties);
    lua_setfield(L, -2, "parties");
}

static void push_source_info(lua_State *L);

/* Properties computed from the C document; each cached in the uservalue
 * table after the first read where it makes a new table. */
static int doc_property(lua_State *L, ldoc *d, const char *key) {
    if (strcmp(key, "text") == 0) {
        push_cached_text(L, d);
    } else if (strcmp(key, "title") == 0) {
        if (d->doc.title)
            lua_pushstring(L, d->doc.title);
        else
            lua_pushnil(L);
    } else if (strcmp(key, "date") == 0) {
        if (d->doc.date_iso[0])
            lua_pushstring(L, d->doc.date_iso);
        else
            lua_pushnil(L);
    } else if (strcmp(key, "layout") == 0) {
        lua_pushstring(L, scm_layout_name(d->doc.text.layout));
    } else if (strcmp(key, "markdown") == 0) {
        lua_pushboolean(L, d->doc.text.markdown);
    } else if (strcmp(key, "warnings") == 0) {
        push_warnings(L, d);
    } else if (strcmp(key, "meta") == 0) {
        push_meta(L, d);
    } else if (strcmp(key, "kind") == 0 || strcmp(key, "place") == 0) {
        const char *v;
        ensure_extracted(L, d);
        v = key[0] == 'k' ? d->x.header.kind : d->x.header.place;
        if (v)
            lua_pushstring(L, v);
        else
            lua_pushnil(L);
    } else if (strcmp(key, "meeting") == 0) {
        ensure_extracted(L, d);
        push_meeting(L, d);
    } else if (strcmp(key, "source") == 0) {
        push_source_info(L);
    } else {
        return 0;
    }
    return 1;
}

/* __index: methods first (the table in upvalue 1, which the Lua side
 * extends), then properties, then fields stored by the Lua side
 * (path, name) in the uservalue table. */
static int doc_index(lua_State *L) {
    ldoc *d = (ldoc *)luaL_checkudata(L, 1, DOCUMENT_MT);
    const char *key;
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));
    if (!lua_isnil(L, -1)) return 1;
    lua_pop(L, 1);
    key = lua_tostring(L, 2);
    if (!key) return 0;
    if (!d->parsed) {
        if (strcmp(key, "closed") == 0) {
            lua_pushboolean(L, 1);
            return 1;
        }
        return luaL_error(L, "scm: the document is closed");
    }
    if (strcmp(key, "closed") == 0) {
        lua_pushboolean(L, 0);
        return 1;
    }
    if (doc_property(L, d, key)) return 1;
    lua_getiuservalue(L, 1, 1);
    lua_pushvalue(L, 2);
    lua_rawget(L, -2);
    return 1;
}

static int doc_newindex(lua_State *L) {
    return luaL_error(L, "scm: document fields are read-only (tried to set "
                         "'%s')",
                      luaL_tolstring(L, 2, NULL));
}

/* scm.core.set_source(doc, path, name): the Lua side records where a
 * document was read from. */
static int l_set_source(lua_State *L) {
    check_doc(L, 1);
    luaL_checkstring(L, 2);
    luaL_checkstring(L, 3);
    lua_getiuservalue(L, 1, 1);
    lua_pushvalue(L, 2);
    lua_setfield(L, -2, "path");
    lua_pushvalue(L, 3);
    lua_setfield(L, -2, "name");
    return 0;
}

static const char *para_kind_name(int kind) {
    switch (kind) {
    case SCM_PARA_HEADER: return "header";
    case SCM_PARA_HEADING: return "heading";
    default: return "body";
    }
}

/* Iterators keep the document in upvalue 1 and the next 0-based index in
 * upvalue 2. */
static lua_Integer next_index(lua_State *L) {
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
    lua_pushinteger(L, i + 1);
    lua_replace(L, lua_upvalueindex(2));
    return i;
}

static int iter_paragraph(lua_State *L) {
    ldoc *d = check_doc(L, lua_upvalueindex(1));
    lua_Integer i = next_index(L);
    const scm_paragraph *p;
    int doc_idx;
    if ((size_t)i >= d->doc.text.paragraphs.len) return 0;
    p = &d->doc.text.paragraphs.items[i];
    lua_pushvalue(L, lua_upvalueindex(1));
    doc_idx = lua_gettop(L);
    push_span(L, doc_idx, p->span);
    set_int(L, "index", i + 1);
    set_str(L, "kind", para_kind_name(p->kind));
    if (p->label) {
        size_t n = p->label;
        const char *s = d->doc.text.text + p->span.start;
        while (n > 0 && (s[n - 1] == ' ')) n--;
        lua_pushlstring(L, s, n);
        lua_setfield(L, -2, "label");
    }
    return 1;
}

static int iter_sentence(lua_State *L) {
    ldoc *d = check_doc(L, lua_upvalueindex(1));
    lua_Integer i = next_index(L);
    const scm_sentence *s;
    if ((size_t)i >= d->doc.sentences.len) return 0;
    s = &d->doc.sentences.items[i];
    lua_pushvalue(L, lua_upvalueindex(1));
    push_span(L, lua_gettop(L), s->span);
    set_int(L, "index", i + 1);
    set_int(L, "paragraph", (lua_Integer)s->paragraph + 1);
    return 1;
}

/* Tokens: upvalue 3 is true when punctuation and symbols are wanted. */
static int iter_token(lua_State *L) {
    ldoc *d = check_doc(L, lua_upvalueindex(1));
    int all = lua_toboolean(L, lua_upvalueindex(3));
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
    const scm_token *t;
    scm_span span;
    for (;; i++) {
        if ((size_t)i >= d->doc.tokens.len) return 0;
        t = &d->doc.tokens.items[i];
        if (all || t->kind == SCM_TOK_WORD || t->kind == SCM_TOK_NUMBER)
            break;
    }
    lua_pushinteger(L, i + 1);
    lua_replace(L, lua_upvalueindex(2));
    span.start = t->start;
    span.stop = t->start + t->len;
    lua_pushvalue(L, lua_upvalueindex(1));
    push_span(L, lua_gettop(L), span);
    set_str(L, "kind", scm_token_kind_name((scm_token_kind)t->kind));
    return 1;
}

static int push_iterator(lua_State *L, lua_CFunction f) {
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, f, 2);
    return 1;
}

static int doc_paragraphs(lua_State *L) {
    check_doc(L, 1);
    return push_iterator(L, iter_paragraph);
}

static int doc_sentences(lua_State *L) {
    check_doc(L, 1);
    return push_iterator(L, iter_sentence);
}

static int doc_tokens(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    int all = 0;
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        lua_getfield(L, 2, "punctuation");
        all = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    ensure_tokens(L, d);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    lua_pushboolean(L, all);
    lua_pushcclosure(L, iter_token, 3);
    return 1;
}

static size_t count_words(const scm_doc *doc) {
    size_t i, n = 0;
    for (i = 0; i < doc->tokens.len; i++)
        if (doc->tokens.items[i].kind == SCM_TOK_WORD ||
            doc->tokens.items[i].kind == SCM_TOK_NUMBER)
            n++;
    return n;
}

static int doc_count(lua_State *L) {
    static const char *const what[] = {
        "paragraphs", "sentences", "tokens", "words", "people", "acts",
        "acronyms",   "dates",     "references", "characters", NULL};
    ldoc *d = check_doc(L, 1);
    int w = luaL_checkoption(L, 2, NULL, what);
    size_t n = 0;
    if (w >= 4 && w <= 8) ensure_extracted(L, d);
    switch (w) {
    case 0: n = d->doc.text.paragraphs.len; break;
    case 1: n = d->doc.sentences.len; break;
    case 2:
    case 3:
        ensure_tokens(L, d);
        n = count_words(&d->doc);
        break;
    case 4: n = d->x.people.len; break;
    case 5: n = d->x.acts.len; break;
    case 6: n = d->x.acronyms.len; break;
    case 7: n = d->x.dates.len; break;
    case 8: n = d->x.references.len; break;
    default: {
        size_t i;
        for (i = 0; i < d->doc.text.len; i++)
            if (((unsigned char)d->doc.text.text[i] & 0xC0) != 0x80) n++;
    }
    }
    lua_pushinteger(L, (lua_Integer)n);
    return 1;
}

static void push_source_position(lua_State *L, ldoc *d, size_t norm);

/* doc:raw_position(offset) -> line, column, byte (all 1-based) [, the
 * source position table for PDF and HTML sources] */
static int doc_raw_position(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    lua_Integer off = luaL_checkinteger(L, 2);
    size_t line, col, raw;
    luaL_argcheck(L, off >= 1 && (size_t)off <= d->doc.text.len + 1, 2,
                  "offset out of range (1 to #doc.text + 1)");
    if (scm_doc_raw_position(&d->doc, (size_t)off - 1, &line, &col, &raw) !=
        0)
        return luaL_error(L, "scm: out of memory");
    lua_pushinteger(L, (lua_Integer)line);
    lua_pushinteger(L, (lua_Integer)col);
    lua_pushinteger(L, (lua_Integer)raw + 1);
    if (d->src) { /* PDF or HTML: where in the original, too */
        push_source_position(L, d, (size_t)off - 1);
        return 4;
    }
    return 3;
}

/* doc:sentence_at(offset) / doc:paragraph_at(offset) -> 1-based index */
static int doc_sentence_at(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    lua_Integer off = luaL_checkinteger(L, 2);
    long i = off >= 1 ? scm_doc_sentence_at(&d->doc, (size_t)off - 1) : -1;
    if (i < 0) return 0;
    lua_pushinteger(L, i + 1);
    return 1;
}

static int doc_paragraph_at(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    lua_Integer off = luaL_checkinteger(L, 2);
    long i = off >= 1 ? scm_doc_paragraph_at(&d->doc, (size_t)off - 1) : -1;
    if (i < 0) return 0;
    lua_pushinteger(L, i + 1);
    return 1;
}

/* ------------------------------------------------------------------ */
/* extraction items                                                    */

static void push_spanvec(lua_State *L, int doc_idx, const scm_spanvec *v) {
    size_t i;
    lua_createtable(L, (int)v->len, 0);
    for (i = 0; i < v->len; i++) {
        push_span(L, doc_idx, v->items[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

static void push_person(lua_State *L, int doc_idx, ldoc *d, size_t i) {
    const scm_person *p = &d->x.people.items[i];
    lua_createtable(L, 0, 8);
    set_int(L, "index", (lua_Integer)i + 1);
    set_str(L, "name", p->name);
    set_str(L, "family", p->family);
    set_str(L, "title", p->title);
    set_str(L, "role", p->role);
    set_str(L, "party", p->party);
    push_spanvec(L, doc_idx, &p->mentions);
    lua_setfield(L, -2, "mentions");
}

static void push_act(lua_State *L, int doc_idx, ldoc *d, size_t i) {
    const scm_act *a = &d->x.acts.items[i];
    size_t k;
    lua_createtable(L, 0, 12);
    set_int(L, "index", (lua_Integer)i + 1);
    set_int(L, "sentence", (lua_Integer)a->sentence + 1);
    push_strvec(L, &a->actors);
    lua_setfield(L, -2, "actors");
    lua_createtable(L, (int)a->actors.len, 0);
    for (k = 0; k < a->actors.len; k++) {
        int32_t who = k < a->persons.len ? a->persons.items[k] : -1;
        if (who >= 0 && (size_t)who < d->x.people.len)
            lua_pushstring(L, d->x.people.items[who].name);
        else
            lua_pushboolean(L, 0);
        lua_rawseti(L, -2, (lua_Integer)k + 1);
    }
    lua_setfield(L, -2, "persons");
    set_str(L, "verb", a->lemma);
    set_str(L, "class", a->klass);
    set_bool(L, "negated", a->negated);
    push_span(L, doc_idx, a->subject);
    lua_setfield(L, -2, "subject");
    push_span(L, doc_idx, a->verb);
    lua_setfield(L, -2, "verb_span");
    push_span(L, doc_idx, a->clause);
    lua_setfield(L, -2, "clause");
}

static void push_acronym(lua_State *L, int doc_idx, ldoc *d, size_t i) {
    const scm_acronym *a = &d->x.acronyms.items[i];
    lua_createtable(L, 0, 6);
    set_int(L, "index", (lua_Integer)i + 1);
    set_str(L, "short", a->short_form);
    set_str(L, "long", a->long_form);
    set_bool(L, "defined", a->defined);
    if (a->defined) {
        push_span(L, doc_idx, a->definition);
        lua_setfield(L, -2, "definition");
    }
    push_spanvec(L, doc_idx, &a->mentions);
    lua_setfield(L, -2, "mentions");
}

static void push_date_item(lua_State *L, int doc_idx, ldoc *d, size_t i) {
    const scm_date_item *t = &d->x.dates.items[i];
    push_span(L, doc_idx, t->span);
    set_int(L, "index", (lua_Integer)i + 1);
    set_str(L, "iso", t->iso);
    set_str(L, "precision", t->precision);
    set_bool(L, "relative", t->relative);
}

static void push_reference(lua_State *L, int doc_idx, ldoc *d, size_t i) {
    const scm_reference *r = &d->x.references.items[i];
    size_t k;
    push_span(L, doc_idx, r->span);
    set_int(L, "index", (lua_Integer)i + 1);
    set_str(L, "kind", r->kind);
    set_str(L, "series", r->series);
    lua_createtable(L, (int)r->numbers.len, 0);
    for (k = 0; k < r->numbers.len; k++) {
        lua_pushinteger(L, r->numbers.items[k]);
        lua_rawseti(L, -2, (lua_Integer)k + 1);
    }
    lua_setfield(L, -2, "numbers");
}

typedef void (*item_pusher)(lua_State *L, int doc_idx, ldoc *d, size_t i);

/* One iterator for every extracted list: upvalue 3 is a light userdata
 * naming the list (its pusher), upvalue 4 its length at creation. */
static int iter_item(lua_State *L) {
    ldoc *d = check_doc(L, lua_upvalueindex(1));
    item_pusher push = *(item_pusher *)lua_touserdata(L, lua_upvalueindex(3));
    lua_Integer n = lua_tointeger(L, lua_upvalueindex(4));
    lua_Integer i = next_index(L);
    if (i >= n) return 0;
    lua_pushvalue(L, lua_upvalueindex(1));
    push(L, lua_gettop(L), d, (size_t)i);
    return 1;
}

static int items_iterator(lua_State *L, item_pusher push, size_t n) {
    item_pusher *slot;
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    slot = (item_pusher *)lua_newuserdatauv(L, sizeof *slot, 0);
    *slot = push;
    lua_pushinteger(L, (lua_Integer)n);
    lua_pushcclosure(L, iter_item, 4);
    return 1;
}

static int doc_people(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    ensure_extracted(L, d);
    return items_iterator(L, push_person, d->x.people.len);
}

static int doc_acts(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    ensure_extracted(L, d);
    return items_iterator(L, push_act, d->x.acts.len);
}

static int doc_acronyms(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    ensure_extracted(L, d);
    return items_iterator(L, push_acronym, d->x.acronyms.len);
}

static int doc_dates(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    ensure_extracted(L, d);
    return items_iterator(L, push_date_item, d->x.dates.len);
}

static int doc_references(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    ensure_extracted(L, d);
    return items_iterator(L, push_reference, d->x.references.len);
}

/* ------------------------------------------------------------------ */
/* Regex                                                               */

static lregex *check_regex(lua_State *L, int idx) {
    lregex *r = (lregex *)luaL_checkudata(L, idx, REGEX_MT);
    if (!r->re) luaL_error(L, "scm: the regex is closed");
    return r;
}

/* Compile the pattern at `idx` into a new Regex userdata on the stack;
 * raises on a malformed pattern (a caller's mistake). */
static lregex *new_regex(lua_State *L, int idx, const char *flags) {
    size_t len;
    const char *pat = luaL_checklstring(L, idx, &len);
    scm_error err;
    lregex *r = (lregex *)lua_newuserdatauv(L, sizeof *r, 1);
    memset(r, 0, sizeof *r);
    luaL_setmetatable(L, REGEX_MT);
    lua_pushvalue(L, idx);
    lua_setiuservalue(L, -2, 1);
    memset(&err, 0, sizeof err);
    r->re = scm_regex_compile(pat, len, flags, &err);
    if (!r->re) luaL_error(L, "scm.regex: %s", err.message);
    r->groups = scm_regex_groups(r->re);
    r->ovec = (size_t *)malloc(sizeof(size_t) * 2 * (r->groups + 1));
    if (!r->ovec) {
        scm_regex_free(r->re);
        r->re = NULL;
        luaL_error(L, "scm.regex: out of memory");
    }
    return r;
}

static int l_regex(lua_State *L) {
    new_regex(L, 1, luaL_optstring(L, 2, NULL));
    return 1;
}

static int regex_close(lua_State *L) {
    lregex *r = (lregex *)luaL_checkudata(L, 1, REGEX_MT);
    scm_regex_free(r->re);
    free(r->ovec);
    r->re = NULL;
    r->ovec = NULL;
    return 0;
}

static int regex_tostring(lua_State *L) {
    lregex *r = (lregex *)luaL_checkudata(L, 1, REGEX_MT);
    lua_getiuservalue(L, 1, 1);
    lua_pushfstring(L, "scm.Regex (%s%s)", lua_tostring(L, -1),
                    r->re ? "" : ", closed");
    return 1;
}

/* Run the regex; 1 match, 0 none; raises on a limit or bad subject. */
static int regex_exec(lua_State *L, lregex *r, const char *s, size_t len,
                      size_t from) {
    scm_error err;
    int rc;
    memset(&err, 0, sizeof err);
    rc = scm_regex_exec(r->re, s, len, from, r->ovec, &err);
    if (rc < 0) return luaL_error(L, "scm.regex: %s", err.message);
    return rc;
}

/* Push capture k (1-based) as a string, or false when unset. */
static void push_capture(lua_State *L, lregex *r, const char *s, unsigned k) {
    size_t a = r->ovec[2 * k], b = r->ovec[2 * k + 1];
    if (a == SCM_NO_BYTE || b == SCM_NO_BYTE)
        lua_pushboolean(L, 0);
    else
        lua_pushlstring(L, s + a, b - a);
}

/* Push the captures, or the whole match when there are none. */
static int push_captures(lua_State *L, lregex *r, const char *s,
                         int whole_if_none) {
    unsigned k;
    if (r->groups == 0) {
        if (!whole_if_none) return 0;
        lua_pushlstring(L, s + r->ovec[0], r->ovec[1] - r->ovec[0]);
        return 1;
    }
    luaL_checkstack(L, (int)r->groups, "too many captures");
    for (k = 1; k <= r->groups; k++) push_capture(L, r, s, k);
    return (int)r->groups;
}

static int regex_match(lua_State *L) {
    lregex *r = check_regex(L, 1);
    size_t len;
    const char *s = luaL_checklstring(L, 2, &len);
    long from = lua_position(luaL_optinteger(L, 3, 1), len);
    if (from < 0 || !regex_exec(L, r, s, len, (size_t)from)) {
        lua_pushnil(L);
        return 1;
    }
    return push_captures(L, r, s, 1);
}

static int regex_find(lua_State *L) {
    lregex *r = check_regex(L, 1);
    size_t len;
    const char *s = luaL_checklstring(L, 2, &len);
    long from = lua_position(luaL_optinteger(L, 3, 1), len);
    if (from < 0 || !regex_exec(L, r, s, len, (size_t)from)) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushinteger(L, (lua_Integer)r->ovec[0] + 1);
    lua_pushinteger(L, (lua_Integer)r->ovec[1]);
    return 2 + push_captures(L, r, s, 0);
}

/* Step past one UTF-8 character: after an empty match the next search
 * must not start inside a character. */
static size_t next_char(const char *s, size_t len, size_t i) {
    if (i >= len) return len + 1;
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    return i;
}

/* Shared by gmatch and doc:find: find the next match at or after
 * upvalue `pos_up`, refusing an empty match where the last one ended
 * (as Lua 5.4's gmatch does).  Returns 1 with r->ovec set, or 0. */
static int next_match(lua_State *L, lregex *r, const char *s, size_t len,
                      int pos_up, int last_up) {
    lua_Integer pos = lua_tointeger(L, lua_upvalueindex(pos_up));
    lua_Integer last = lua_tointeger(L, lua_upvalueindex(last_up));
    while ((size_t)pos <= len) {
        if (!regex_exec(L, r, s, len, (size_t)pos)) break;
        if (r->ovec[1] == r->ovec[0] && (lua_Integer)r->ovec[0] == last) {
            pos = (lua_Integer)next_char(s, len, r->ovec[0]);
            continue;
        }
        lua_pushinteger(L, (lua_Integer)r->ovec[1]);
        lua_replace(L, lua_upvalueindex(pos_up));
        lua_pushinteger(L, (lua_Integer)r->ovec[1]);
        lua_replace(L, lua_upvalueindex(last_up));
        return 1;
    }
    lua_pushinteger(L, (lua_Integer)len + 1);
    lua_replace(L, lua_upvalueindex(pos_up));
    return 0;
}

/* gmatch closure: upvalues regex, subject, pos, last end */
static int iter_gmatch(lua_State *L) {
    lregex *r = check_regex(L, lua_upvalueindex(1));
    size_t len;
    const char *s = lua_tolstring(L, lua_upvalueindex(2), &len);
    if (!next_match(L, r, s, len, 3, 4)) return 0;
    return push_captures(L, r, s, 1);
}

static int regex_gmatch(lua_State *L) {
    check_regex(L, 1);
    luaL_checkstring(L, 2);
    lua_settop(L, 2);
    lua_pushinteger(L, 0);
    lua_pushinteger(L, -1);
    lua_pushcclosure(L, iter_gmatch, 4);
    return 1;
}

/* doc:find closure: upvalues document, regex, pos, last end */
static int iter_find(lua_State *L) {
    ldoc *d = check_doc(L, lua_upvalueindex(1));
    lregex *r = check_regex(L, lua_upvalueindex(2));
    const char *s = d->doc.text.text;
    unsigned k;
    scm_span span;
    if (!next_match(L, r, s, d->doc.text.len, 3, 4)) return 0;
    span.start = (scm_off)r->ovec[0];
    span.stop = (scm_off)r->ovec[1];
    lua_pushvalue(L, lua_upvalueindex(1));
    push_span(L, lua_gettop(L), span);
    for (k = 1; k <= r->groups; k++) {
        push_capture(L, r, s, k);
        lua_rawseti(L, -2, (lua_Integer)k);
    }
    return 1;
}

static int doc_find(lua_State *L) {
    check_doc(L, 1);
    if (luaL_testudata(L, 2, REGEX_MT)) {
        check_regex(L, 2);
        lua_pushvalue(L, 2);
    } else {
        new_regex(L, 2, luaL_optstring(L, 3, NULL));
    }
    lua_pushvalue(L, 1);
    lua_insert(L, -2);
    lua_pushinteger(L, 0);
    lua_pushinteger(L, -1);
    lua_pushcclosure(L, iter_find, 4);
    return 1;
}

/* ------------------------------------------------------------------ */
/* dates and the lexicon                                               */

static const char *precision_name(scm_date_precision p) {
    switch (p) {
    case SCM_DATE_DAY: return "day";
    case SCM_DATE_MONTH: return "month";
    case SCM_DATE_YEAR: return "year";
    default: return NULL;
    }
}

/* scm.core.date(s) -> iso, precision | nil */
static int l_date(lua_State *L) {
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    scm_date d;
    char iso[11];
    if (!scm_date_parse(s, len, &d)) {
        lua_pushnil(L);
        return 1;
    }
    scm_date_iso(&d, iso);
    lua_pushstring(L, iso);
    lua_pushstring(L, precision_name(d.precision));
    return 2;
}

static scm_lex_list check_list(lua_State *L, int idx) {
    const char *name = luaL_checkstring(L, idx);
    int id = scm_lexicon_list_id(name);
    if (id < 0)
        luaL_argerror(L, idx,
                      lua_pushfstring(L, "unknown lexicon list '%s'", name));
    return (scm_lex_list)id;
}

static int l_lexicon_add(lua_State *L) {
    scm_lex_list list = check_list(L, 1);
    size_t len;
    const char *word = luaL_checklstring(L, 2, &len);
    const char *cls = luaL_optstring(L, 3, NULL);
    luaL_argcheck(L, len > 0, 2, "empty word");
    if (scm_lexicon_add(scm_lua_lexicon(L), list, word, len, cls) != 0)
        return luaL_error(L, "scm.lexicon: out of memory");
    return 0;
}

static int l_lexicon_has(lua_State *L) {
    scm_lex_list list = check_list(L, 1);
    size_t len;
    const char *word = luaL_checklstring(L, 2, &len);
    const scm_lexicon *lex = scm_lua_lexicon(L);
    if (!scm_lexicon_has(lex, list, word, len)) {
        lua_pushboolean(L, 0);
        return 1;
    }
    lua_pushboolean(L, 1);
    lua_pushstring(L, scm_lexicon_class(lex, list, word, len));
    return 2;
}

static int l_lexicon_words(lua_State *L) {
    scm_lex_list list = check_list(L, 1);
    const scm_lexicon *lex = scm_lua_lexicon(L);
    size_t n = scm_lexicon_count(lex, list), i;
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) {
        const char *cls = NULL;
        const char *w = scm_lexicon_word(lex, list, i, &cls);
        lua_createtable(L, 0, 2);
        set_str(L, "word", w);
        set_str(L, "class", cls);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

static int l_lexicon_lists(lua_State *L) {
    int i;
    lua_createtable(L, SCM_LEX_NLISTS, 0);
    for (i = 0; i < SCM_LEX_NLISTS; i++) {
        lua_pushstring(L, scm_lexicon_list_name((scm_lex_list)i));
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

static int lexicon_gc(lua_State *L) {
    llexicon *l = (llexicon *)lua_touserdata(L, 1);
    if (l && l->lex) {
        scm_lexicon_free(l->lex);
        l->lex = NULL;
    }
    return 0;
}

static void open_lexicon(lua_State *L) {
    llexicon *l = (llexicon *)lua_newuserdatauv(L, sizeof *l, 0);
    l->lex = NULL;
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, lexicon_gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    l->lex = scm_lexicon_new();
    if (!l->lex) luaL_error(L, "scm: out of memory loading the lexicon");
    lua_setfield(L, LUA_REGISTRYINDEX, LEXICON_KEY);
}

/* ------------------------------------------------------------------ */
/* source adapters (PDF via pdftotext's XHTML, HTML via libxml2)       */
/*                                                                     */
/* scm.core.parse_source(kind, bytes [, opts]) -> Document | nil, msg, */
/*   code: kind "pdf" (bytes: pdftotext -bbox-layout output) or "html" */
/*   (opts.charset overrides the page's); the adapter's intermediate   */
/*   text becomes the document's raw text, and its anchors stay in     */
/*   the Document (ldoc.src) for doc:source_position.                  */
/* scm.core.source_text(kind, bytes [, opts]) -> text, info | nil, msg,*/
/*   code: the intermediate text alone (what a corpus stores).         */
/* scm.core.hash(bytes) -> XXH3-128 hex, as the corpus hashes.         */

#define SOURCE_MT "scm.Source"

static int source_gc(lua_State *L) {
    scm_source *s = (scm_source *)luaL_checkudata(L, 1, SOURCE_MT);
    scm_source_free(s);
    return 0;
}

static const char *const source_kinds[] = {"pdf", "html", NULL};

static const char *source_fail_code(scm_source_fail f) {
    switch (f) {
    case SCM_SOURCE_NO_TEXT: return "no-text";
    case SCM_SOURCE_EMPTY: return "empty";
    case SCM_SOURCE_NOMEM: return "memory";
    default: return "broken";
    }
}

/* Run the adapter into `src` (owned by a userdata or the Document). */
static int run_adapter(lua_State *L, scm_source *src, scm_error *err) {
    size_t len;
    int kind = luaL_checkoption(L, 1, NULL, source_kinds);
    const char *bytes = luaL_checklstring(L, 2, &len);
    const char *charset = NULL;
    if (!lua_isnoneornil(L, 3)) {
        luaL_checktype(L, 3, LUA_TTABLE);
        lua_getfield(L, 3, "charset");
        charset = lua_isnil(L, -1) ? NULL : luaL_checkstring(L, -1);
        lua_pop(L, 1); /* the options table keeps the string alive */
    }
    if (kind == 0)
        return scm_source_pdf(bytes, len, scm_lua_lexicon(L), src, err);
    return scm_source_html(bytes, len, charset, src, err);
}

static void push_source_table(lua_State *L, const scm_source *src) {
    lua_createtable(L, 0, 6);
    set_str(L, "kind", src->kind == SCM_SOURCE_PDF ? "pdf" : "html");
    if (src->kind == SCM_SOURCE_PDF) {
        set_int(L, "pages", src->pages);
        set_int(L, "furniture", src->dropped);
        set_int(L, "two_column_pages", src->columns);
    }
    set_str(L, "title", src->title);
    set_str(L, "date", src->date);
}

static int l_source_text(lua_State *L) {
    scm_source *src;
    scm_error err;
    lua_settop(L, 3); /* the adapter reads its arguments at 1..3 */
    src = (scm_source *)lua_newuserdatauv(L, sizeof *src, 0);
    memset(src, 0, sizeof *src);
    luaL_setmetatable(L, SOURCE_MT);
    memset(&err, 0, sizeof err);
    if (run_adapter(L, src, &err) != 0)
        return scm_lua_fail(L, err.message, source_fail_code(src->fail));
    lua_pushlstring(L, src->text.items, src->text.len);
    push_source_table(L, src);
    scm_source_free(src);
    return 2;
}

static int l_parse_source(lua_State *L) {
    scm_error err;
    ldoc *d;
    int ud;
    memset(&err, 0, sizeof err);
    lua_settop(L, 3); /* the adapter reads its arguments at 1..3 */
    d = (ldoc *)lua_newuserdatauv(L, sizeof *d, 1);
    memset(d, 0, sizeof *d);
    luaL_setmetatable(L, DOCUMENT_MT);
    ud = lua_gettop(L);
    lua_createtable(L, 0, 4);
    lua_setiuservalue(L, ud, 1);
    d->src = (scm_source *)calloc(1, sizeof *d->src);
    if (!d->src) return luaL_error(L, "scm: out of memory");
    if (run_adapter(L, d->src, &err) != 0)
        return scm_lua_fail(L, err.message, source_fail_code(d->src->fail));
    if (d->src->text.len > SCM_MAX_INPUT)
        return scm_lua_fail(L, "input too large (4 GiB at most)", "size");
    lua_getiuservalue(L, ud, 1);
    lua_pushlstring(L, d->src->text.items, d->src->text.len);
    lua_setfield(L, -2, "raw");
    push_source_table(L, d->src);
    lua_setfield(L, -2, "source");
    lua_getfield(L, -1, "raw");
    /* the document points into the Lua string; the adapter's copy goes */
    SCM_VEC_FREE(&d->src->text);
    {
        size_t len;
        const char *text = lua_tolstring(L, -1, &len);
        if (scm_doc_parse(&d->doc, text, len, NULL, scm_lua_lexicon(L),
                          &err) != 0)
            return scm_lua_fail(L, err.message, "parse");
    }
    d->parsed = 1;
    lua_settop(L, ud);
    return 1;
}

/* doc.source: {kind, path, name, pages, ...}; made once and kept in the
 * uservalue table (a text document gets kind = "text"). */
static void push_source_info(lua_State *L) {
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "source");
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_createtable(L, 0, 3);
        set_str(L, "kind", "text");
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, "source");
    }
    lua_getfield(L, -2, "path");
    lua_setfield(L, -2, "path");
    lua_getfield(L, -2, "name");
    lua_setfield(L, -2, "name");
    lua_remove(L, -2);
}

static void push_source_position(lua_State *L, ldoc *d, size_t norm) {
    size_t raw = scm_text_raw_offset(&d->doc.text, norm);
    const scm_source_anchor *a = scm_source_locate(d->src, raw);
    lua_createtable(L, 0, 7);
    set_str(L, "kind", d->src->kind == SCM_SOURCE_PDF ? "pdf" : "html");
    if (!a) return;
    if (d->src->kind == SCM_SOURCE_PDF) {
        set_int(L, "page", a->page);
        set_int(L, "line", a->line);
        lua_pushnumber(L, a->x0);
        lua_setfield(L, -2, "x0");
        lua_pushnumber(L, a->y0);
        lua_setfield(L, -2, "y0");
        lua_pushnumber(L, a->x1);
        lua_setfield(L, -2, "x1");
        lua_pushnumber(L, a->y1);
        lua_setfield(L, -2, "y1");
    } else {
        set_int(L, "line", a->line);
        if (a->path && a->path <= d->src->paths.len)
            set_str(L, "path", d->src->paths.items[a->path - 1]);
    }
}

/* doc:source_position(offset) -> a table: {kind = "pdf", page, line, x0,
 * y0, x1, y1} | {kind = "html", line, path} | {kind = "text", line,
 * column, byte} */
static int doc_source_position(lua_State *L) {
    ldoc *d = check_doc(L, 1);
    lua_Integer off = luaL_checkinteger(L, 2);
    size_t line, col, raw;
    luaL_argcheck(L, off >= 1 && (size_t)off <= d->doc.text.len + 1, 2,
                  "offset out of range (1 to #doc.text + 1)");
    if (d->src) {
        push_source_position(L, d, (size_t)off - 1);
        return 1;
    }
    if (scm_doc_raw_position(&d->doc, (size_t)off - 1, &line, &col, &raw) !=
        0)
        return luaL_error(L, "scm: out of memory");
    lua_createtable(L, 0, 4);
    set_str(L, "kind", "text");
    set_int(L, "line", (lua_Integer)line);
    set_int(L, "column", (lua_Integer)col);
    set_int(L, "byte", (lua_Integer)raw + 1);
    return 1;
}

static int l_hash(lua_State *L) {
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    XXH128_hash_t h = XXH3_128bits(s, len);
    char hex[33];
    snprintf(hex, sizeof hex, "%016llx%016llx", (unsigned long long)h.high64,
             (unsigned long long)h.low64);
    lua_pushstring(L, hex);
    return 1;
}

/* ------------------------------------------------------------------ */
/* module                                                              */

static int doc_source_position(lua_State *L);

static const luaL_Reg doc_methods[] = {
    {"paragraphs", doc_paragraphs},
    {"sentences", doc_sentences},
    {"tokens", doc_tokens},
    {"count", doc_count},
    {"raw_position", doc_raw_position},
    {"sentence_at", doc_sentence_at},
    {"paragraph_at", doc_paragraph_at},
    {"find", doc_find},
    {"people", doc_people},
    {"acts", doc_acts},
    {"acronyms", doc_acronyms},
    {"dates", doc_dates},
    {"references", doc_references},
    {"source_position", doc_source_position},
    {"close", doc_close},
    {NULL, NULL}};

static const luaL_Reg regex_methods[] = {{"match", regex_match},
                                         {"find", regex_find},
                                         {"gmatch", regex_gmatch},
                                         {"close", regex_close},
                                         {NULL, NULL}};

static const luaL_Reg module_functions[] = {
    {"parse", l_parse},
    {"set_source", l_set_source},
    {"regex", l_regex},
    {"date", l_date},
    {"lexicon_add", l_lexicon_add},
    {"lexicon_has", l_lexicon_has},
    {"lexicon_words", l_lexicon_words},
    {"lexicon_lists", l_lexicon_lists},
    {"parse_source", l_parse_source},
    {"source_text", l_source_text},
    {"hash", l_hash},
    {NULL, NULL}};

int luaopen_scm_core(lua_State *L);

int luaopen_scm_core(lua_State *L) {
    open_lexicon(L);

    /* Document: methods live in a table that is both upvalue of __index
     * and exported as core.Document, so the Lua side can add methods. */
    luaL_newmetatable(L, DOCUMENT_MT);
    luaL_newlib(L, doc_methods);
    lua_pushvalue(L, -1);
    lua_pushcclosure(L, doc_index, 1);
    lua_setfield(L, -3, "__index");
    lua_pushcfunction(L, doc_newindex);
    lua_setfield(L, -3, "__newindex");
    lua_pushcfunction(L, doc_close);
    lua_setfield(L, -3, "__gc");
    lua_pushcfunction(L, doc_close);
    lua_setfield(L, -3, "__close");
    lua_pushcfunction(L, doc_tostring);
    lua_setfield(L, -3, "__tostring");
    lua_pushliteral(L, DOCUMENT_MT);
    lua_setfield(L, -3, "__name");
    /* stack: mt, methods */

    luaL_newmetatable(L, REGEX_MT);
    luaL_newlib(L, regex_methods);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, regex_close);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, regex_close);
    lua_setfield(L, -2, "__close");
    lua_pushcfunction(L, regex_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pop(L, 1);

    luaL_newmetatable(L, SOURCE_MT);
    lua_pushcfunction(L, source_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);

    luaL_newmetatable(L, SPAN_MT);
    lua_pushcfunction(L, span_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, span_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pop(L, 1);

    luaL_newlib(L, module_functions);
    lua_insert(L, -2);
    lua_setfield(L, -2, "Document"); /* module.Document = methods */
    lua_remove(L, -2);               /* the metatable */
    scm_lua_corpus_register(L);
    return 1;
}
