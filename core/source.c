/* source.c -- what the source adapters share: the intermediate-text writer
 * (front matter, one paragraph a line, Markdown escapes), the anchor map
 * and its lookup.  See source.h for the format and why it is so. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"
#include "utf8.h"

void scm_source_writer_init(scm_source_writer *w, scm_source *src) {
    memset(w, 0, sizeof *w);
    w->src = src;
    w->para_start = SIZE_MAX;
}

void scm_source_writer_free(scm_source_writer *w) {
    SCM_VEC_FREE(&w->body);
    SCM_VEC_FREE(&w->anchors);
}

static void put(scm_source_writer *w, const char *s, size_t n) {
    if (!w->failed && scm_buf_append(&w->body, s, n) != 0) w->failed = 1;
}

void scm_source_para(scm_source_writer *w, int kind, int level,
                     const char *label) {
    if (w->para_start != SIZE_MAX) scm_source_end(w);
    w->para_sep = w->body.len;
    if (w->body.len) put(w, "\n\n\n", 3);
    if (kind == SCM_SRC_HEADING) {
        static const char hashes[] = "######";
        if (level < 1) level = 1;
        if (level > 6) level = 6;
        put(w, hashes, (size_t)level);
        put(w, " ", 1);
    } else if (kind == SCM_SRC_ITEM && label && *label) {
        put(w, label, strlen(label));
        put(w, " ", 1);
    }
    w->para_start = w->body.len;
    w->space = 0;
}

void scm_source_space(scm_source_writer *w) {
    if (w->para_start != SIZE_MAX && w->body.len > w->para_start)
        w->space = 1;
}

static void add_anchor(scm_source_writer *w, const scm_source_anchor *a) {
    scm_source_anchor an = *a;
    an.off = (scm_off)w->body.len;
    if (w->anchors.len &&
        w->anchors.items[w->anchors.len - 1].off == an.off) {
        w->anchors.items[w->anchors.len - 1] = an;
        return;
    }
    if (SCM_VEC_PUSH(&w->anchors, an) != 0) w->failed = 1;
}

/* Bytes of white space at s (ASCII, controls, U+00A0 and the Unicode
 * spaces), of an invisible character to drop (soft hyphen, zero-width
 * space, BOM) as a negative count, or 0. */
static long blank_len(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t k;
    if (p[0] < 0x20 || p[0] == ' ' || p[0] == 0x7F) return 1;
    if (p[0] < 0x80) return 0;
    if ((k = scm_utf8_space_len(s, n)) != 0) return (long)k;
    if (n >= 2 && p[0] == 0xC2 && p[1] == 0xAD) return -2;
    if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x8B) return -3;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return -3;
    return 0;
}

void scm_source_text(scm_source_writer *w, const char *s, size_t n,
                     const scm_source_anchor *anchor) {
    size_t i = 0;
    if (w->para_start == SIZE_MAX) scm_source_para(w, SCM_SRC_PARA, 0, NULL);
    while (i < n && !w->failed) {
        long b = blank_len(s + i, n - i);
        unsigned char ch = (unsigned char)s[i];
        if (b > 0) {
            scm_source_space(w);
            i += (size_t)b;
            continue;
        }
        if (b < 0) {
            i += (size_t)-b;
            continue;
        }
        if (w->space) {
            put(w, " ", 1);
            w->space = 0;
        }
        if (anchor) {
            add_anchor(w, anchor);
            anchor = NULL;
        }
        if (ch == '\\' || ch == '*' || ch == '_' || ch == '<' || ch == '#')
            put(w, "\\", 1);
        if (ch < 0x80) {
            put(w, s + i, 1);
            i++;
        } else { /* the whole character: no byte of it is special */
            uint32_t cp;
            size_t k = scm_utf8_decode((const unsigned char *)s + i, n - i, &cp);
            if (k == 0) { /* invalid: U+FFFD, the normaliser wants UTF-8 */
                put(w, "\xEF\xBF\xBD", 3);
                i++;
            } else {
                put(w, s + i, k);
                i += k;
            }
        }
    }
}

void scm_source_end(scm_source_writer *w) {
    if (w->para_start == SIZE_MAX) return;
    if (w->body.len == w->para_start) { /* nothing written: take it back */
        w->body.len = w->para_sep;
        if (w->body.items) w->body.items[w->body.len] = '\0';
        while (w->anchors.len &&
               w->anchors.items[w->anchors.len - 1].off >= w->para_sep)
            w->anchors.len--;
    }
    w->para_start = SIZE_MAX;
    w->space = 0;
}

/* A YAML double-quoted scalar: the adapters' strings are UTF-8 with white
 * space already collapsed; quotes and backslashes are escaped. */
static int put_yaml(scm_buf *b, const char *key, const char *value) {
    size_t i;
    if (scm_buf_append(b, key, strlen(key)) != 0 ||
        scm_buf_append(b, ": \"", 3) != 0)
        return -1;
    for (i = 0; value[i]; i++) {
        char ch = value[i];
        if ((unsigned char)ch < 0x20) ch = ' ';
        if ((ch == '"' || ch == '\\') && scm_buf_putc(b, '\\') != 0) return -1;
        if (scm_buf_putc(b, ch) != 0) return -1;
    }
    return scm_buf_append(b, "\"\n", 2);
}

int scm_source_finish(scm_source_writer *w, scm_error *err) {
    scm_source *src = w->src;
    scm_buf fm = {0};
    char num[32];
    size_t i, shift;
    scm_source_end(w);
    if (w->failed) goto oom;
    if (scm_buf_append(&fm, "---\nsource: ", 12) != 0) goto oom;
    if (scm_buf_append(&fm, src->kind == SCM_SOURCE_PDF ? "pdf\n" : "html\n",
                       src->kind == SCM_SOURCE_PDF ? 4 : 5) != 0)
        goto oom;
    if (src->pages) {
        snprintf(num, sizeof num, "pages: %u\n", (unsigned)src->pages);
        if (scm_buf_append(&fm, num, strlen(num)) != 0) goto oom;
    }
    if (src->title && put_yaml(&fm, "title", src->title) != 0) goto oom;
    if (src->date && put_yaml(&fm, "date", src->date) != 0) goto oom;
    if (scm_buf_append(&fm, "---\n", 4) != 0) goto oom;
    shift = fm.len;
    if (scm_buf_append(&fm, w->body.items ? w->body.items : "",
                       w->body.len) != 0 ||
        scm_buf_putc(&fm, '\n') != 0)
        goto oom;
    SCM_VEC_FREE(&src->text);
    src->text = fm;
    SCM_VEC_FREE(&src->anchors);
    for (i = 0; i < w->anchors.len; i++) w->anchors.items[i].off += (scm_off)shift;
    src->anchors.items = w->anchors.items;
    src->anchors.len = w->anchors.len;
    src->anchors.cap = w->anchors.cap;
    w->anchors.items = NULL;
    w->anchors.len = w->anchors.cap = 0;
    return 0;
oom:
    SCM_VEC_FREE(&fm);
    src->fail = SCM_SOURCE_NOMEM;
    return scm_error_set(err, SCM_NO_BYTE, "out of memory");
}

void scm_source_free(scm_source *s) {
    size_t i;
    if (!s) return;
    SCM_VEC_FREE(&s->text);
    SCM_VEC_FREE(&s->anchors);
    for (i = 0; i < s->paths.len; i++) free(s->paths.items[i]);
    SCM_VEC_FREE(&s->paths);
    free(s->title);
    free(s->date);
    memset(s, 0, sizeof *s);
}

const scm_source_anchor *scm_source_locate(const scm_source *s, size_t off) {
    size_t lo = 0, hi = s->anchors.len;
    while (lo < hi) { /* first anchor with off > `off` */
        size_t mid = lo + (hi - lo) / 2;
        if (s->anchors.items[mid].off <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? &s->anchors.items[lo - 1] : NULL;
}
