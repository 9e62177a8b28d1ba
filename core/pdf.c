/* pdf.c -- the PDF adapter: pdftotext -bbox-layout XHTML in, paragraphs
 * out, by the page's geometry rather than by guesses from text.
 *
 * Poppler already groups words into lines and lines into blocks; this file
 * decides what Poppler does not:
 *   - running headers, footers and page numbers: first and last lines of a
 *     page whose text (digits aside) repeats at the same height on other
 *     pages, or that are page numbers standing apart from the text;
 *   - reading order of two-column pages: left column, then right, between
 *     full-width blocks;
 *   - paragraphs: a break where the vertical gap is wider than the line
 *     spacing, where a line is indented against the one before, or where a
 *     line ends early enough that the next line's first word would have
 *     fitted (so it did not end for want of room) -- which also decides
 *     across page and column breaks, where there is no gap to measure;
 *   - headings: one short line, no final punctuation, after the first body
 *     paragraph;
 *   - line-end hyphens, with the spine's rules (text.c): the document's own
 *     spellings first, then capitals and digits, then the lexicon's
 *     compound prefixes -- here only when the right part is a word of the
 *     document on its own, since a typesetter hyphenates syllables
 *     ("under-scored" is "underscored").
 * The result goes out through the writer of source.c. */
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <xxhash.h>

#include "source.h"
#include "utf8.h"

typedef struct pword {
    float x0, y0, x1, y1;
    uint32_t off, len; /* text in the pool */
} pword;

typedef struct pline {
    float x0, y0, x1, y1;
    uint32_t word, nwords;
    uint32_t page, block, page_line;
    uint8_t col;  /* 0: full width, 1: left column, 2: right column */
    uint8_t drop; /* page furniture */
} pline;

typedef struct pblock {
    float x0, y0, x1, y1;
    uint32_t line, nlines, page;
} pblock;

typedef struct ppage {
    uint32_t block, nblocks;
    float left, right; /* body extent of the page */
    int twocol;
} ppage;

typedef struct edges {
    float left, right;
} edges;

typedef struct pdoc {
    scm_buf pool;
    SCM_VEC(pword) words;
    SCM_VEC(pline) lines;
    SCM_VEC(pblock) blocks;
    SCM_VEC(ppage) pages;
    SCM_VEC(uint32_t) order; /* body lines in reading order */
    edges col[3];            /* document-wide edges per column class */
    uint32_t columns_pages;  /* pages read as two columns */
    float gap, height, space;
    const scm_lexicon *lex;
    /* word counts for the hyphen rules */
    struct wslot { uint64_t h; uint32_t n; } *counts;
    size_t cmask;
    int oom;
} pdoc;

/* ---- reading the XHTML ------------------------------------------------- */

static int is_el(const xmlNode *n, const char *name) {
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static float attr_f(const xmlNode *n, const char *name) {
    const xmlAttr *a;
    for (a = n->properties; a; a = a->next)
        if (strcmp((const char *)a->name, name) == 0 && a->children &&
            a->children->content)
            return strtof((const char *)a->children->content, NULL);
    return 0;
}

static void read_word(pdoc *d, const xmlNode *w) {
    const xmlNode *t;
    pword pw;
    pw.off = (uint32_t)d->pool.len;
    for (t = w->children; t; t = t->next)
        if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) &&
            t->content &&
            scm_buf_append(&d->pool, (const char *)t->content,
                           strlen((const char *)t->content)) != 0)
            d->oom = 1;
    pw.len = (uint32_t)d->pool.len - pw.off;
    if (pw.len == 0) return;
    pw.x0 = attr_f(w, "xMin");
    pw.y0 = attr_f(w, "yMin");
    pw.x1 = attr_f(w, "xMax");
    pw.y1 = attr_f(w, "yMax");
    if (SCM_VEC_PUSH(&d->words, pw) != 0) d->oom = 1;
}

static void read_line(pdoc *d, const xmlNode *ln, uint32_t page,
                      uint32_t block, uint32_t *page_line) {
    const xmlNode *w;
    pline pl;
    memset(&pl, 0, sizeof pl);
    pl.word = (uint32_t)d->words.len;
    for (w = ln->children; w; w = w->next)
        if (is_el(w, "word")) read_word(d, w);
    pl.nwords = (uint32_t)d->words.len - pl.word;
    if (pl.nwords == 0) return;
    pl.x0 = attr_f(ln, "xMin");
    pl.y0 = attr_f(ln, "yMin");
    pl.x1 = attr_f(ln, "xMax");
    pl.y1 = attr_f(ln, "yMax");
    pl.page = page;
    pl.block = block;
    pl.page_line = ++*page_line;
    if (SCM_VEC_PUSH(&d->lines, pl) != 0) d->oom = 1;
}

/* Blocks sit in <flow> elements (or directly in the page). */
static void read_blocks(pdoc *d, const xmlNode *parent, uint32_t page,
                        uint32_t *page_line) {
    const xmlNode *n, *ln;
    for (n = parent->children; n && !d->oom; n = n->next) {
        if (is_el(n, "flow")) {
            read_blocks(d, n, page, page_line);
        } else if (is_el(n, "block")) {
            pblock b;
            b.line = (uint32_t)d->lines.len;
            b.page = page;
            for (ln = n->children; ln; ln = ln->next)
                if (is_el(ln, "line"))
                    read_line(d, ln, page, (uint32_t)d->blocks.len, page_line);
            b.nlines = (uint32_t)d->lines.len - b.line;
            if (b.nlines == 0) continue;
            b.x0 = attr_f(n, "xMin");
            b.y0 = attr_f(n, "yMin");
            b.x1 = attr_f(n, "xMax");
            b.y1 = attr_f(n, "yMax");
            if (SCM_VEC_PUSH(&d->blocks, b) != 0) d->oom = 1;
        }
    }
}

static void read_pages(pdoc *d, const xmlNode *n) {
    for (; n && !d->oom; n = n->next) {
        if (is_el(n, "page")) {
            ppage pg;
            uint32_t page_line = 0;
            memset(&pg, 0, sizeof pg);
            pg.block = (uint32_t)d->blocks.len;
            read_blocks(d, n, (uint32_t)d->pages.len + 1, &page_line);
            pg.nblocks = (uint32_t)d->blocks.len - pg.block;
            if (SCM_VEC_PUSH(&d->pages, pg) != 0) d->oom = 1;
        } else if (n->type == XML_ELEMENT_NODE) {
            read_pages(d, n->children);
        }
    }
}

/* ---- small text helpers ------------------------------------------------ */

static const char *wtext(const pdoc *d, const pword *w) {
    return d->pool.items + w->off;
}

static const pword *first_word(const pdoc *d, const pline *l) {
    return &d->words.items[l->word];
}

static const pword *last_word(const pdoc *d, const pline *l) {
    return &d->words.items[l->word + l->nwords - 1];
}

/* Length of a line-end hyphen at the end of w: '-', U+2010 or a soft
 * hyphen (U+00AD, *soft set), after a letter; 0 if none. */
static size_t end_hyphen(const pdoc *d, const pword *w, int *soft) {
    const unsigned char *s = (const unsigned char *)wtext(d, w);
    size_t n = w->len;
    *soft = 0;
    if (n >= 2 && s[n - 1] == '-' && s[n - 2] != '-') return 1;
    if (n >= 4 && s[n - 3] == 0xE2 && s[n - 2] == 0x80 && s[n - 1] == 0x90)
        return 3;
    if (n >= 3 && s[n - 2] == 0xC2 && s[n - 1] == 0xAD) {
        *soft = 1;
        return 2;
    }
    return 0;
}

/* Does the word end a sentence (. ? ! before closing quotes/brackets)? */
static int ends_sentence(const pdoc *d, const pword *w) {
    const unsigned char *s = (const unsigned char *)wtext(d, w);
    size_t n = w->len;
    while (n > 0) {
        unsigned char c = s[n - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            n--;
        } else if (n >= 3 && s[n - 3] == 0xE2 && s[n - 2] == 0x80 &&
                   (c == 0x9D || c == 0x99)) {
            n -= 3;
        } else {
            return c == '.' || c == '?' || c == '!';
        }
    }
    return 0;
}

static int ends_with_any(const pdoc *d, const pword *w, const char *set) {
    return w->len && strchr(set, wtext(d, w)[w->len - 1]) != NULL;
}

/* Opens like a sentence or a list item: capital, digit, opening quote or
 * bracket. */
static int starts_upper(const pdoc *d, const pword *w) {
    const unsigned char *s = (const unsigned char *)wtext(d, w);
    size_t i = 0, k;
    uint32_t cp;
    while (i < w->len) {
        k = scm_utf8_decode(s + i, w->len - i, &cp);
        if (!k) return 0;
        if (cp == '"' || cp == '\'' || cp == '(' || cp == '[' ||
            cp == 0x201C || cp == 0x2018) {
            i += k;
            continue;
        }
        return scm_utf8_is_upper(cp) || (cp >= '0' && cp <= '9');
    }
    return 0;
}

/* A list label word: "1.", "12)", "(a)", "(iv)", "a.", "•", "-", "–". */
static int is_label(const pdoc *d, const pword *w) {
    const char *s = wtext(d, w);
    size_t n = w->len, i = 0;
    if ((n == 1 && (s[0] == '-' || s[0] == '*')) ||
        (n == 3 && (memcmp(s, "\xE2\x80\xA2", 3) == 0 ||
                    memcmp(s, "\xE2\x80\x93", 3) == 0)))
        return 1;
    if (n >= 3 && s[0] == '(' && s[n - 1] == ')') {
        for (i = 1; i + 1 < n; i++)
            if (!scm_ascii_is_alnum((unsigned char)s[i])) return 0;
        return n <= 6;
    }
    while (i < n && scm_ascii_is_digit((unsigned char)s[i])) i++;
    if (i == 0 && n == 2 && scm_ascii_is_lower((unsigned char)s[0])) i = 1;
    return i > 0 && i <= 3 && i + 1 == n && (s[i] == '.' || s[i] == ')');
}

/* ---- word counts (for the hyphen rules) -------------------------------- */

#define WORD_MAX 64

/* Hash of the ASCII-lower-cased concatenation a + mid + b. */
static uint64_t fold_hash(const char *a, size_t an, const char *mid,
                          const char *b, size_t bn) {
    char buf[WORD_MAX * 2 + 2];
    size_t n = 0, i, mn = mid ? strlen(mid) : 0;
    if (an > WORD_MAX || bn > WORD_MAX) return 0;
    for (i = 0; i < an; i++) buf[n++] = (char)scm_ascii_lower((unsigned char)a[i]);
    if (mn) memcpy(buf + n, mid, mn);
    n += mn;
    for (i = 0; i < bn; i++) buf[n++] = (char)scm_ascii_lower((unsigned char)b[i]);
    return n ? XXH3_64bits(buf, n) : 0;
}

static struct wslot *count_slot(const pdoc *d, uint64_t h) {
    size_t i = (size_t)h & d->cmask;
    while (d->counts[i].h && d->counts[i].h != h) i = (i + 1) & d->cmask;
    return &d->counts[i];
}

static uint32_t count_of(const pdoc *d, uint64_t h) {
    const struct wslot *s;
    if (!h || !d->counts) return 0;
    s = count_slot(d, h);
    return s->h ? s->n : 0;
}

static void count_add(pdoc *d, uint64_t h) {
    struct wslot *s;
    if (!h) return;
    s = count_slot(d, h);
    s->h = h;
    s->n++;
}

/* The word proper inside a token: leading punctuation and trailing
 * punctuation (but not inner - ' .) stripped. */
static void word_core(const char *s, size_t n, size_t *a, size_t *b) {
    size_t i = 0, e = n;
    while (i < e && (unsigned char)s[i] < 0x80 &&
           !scm_ascii_is_alnum((unsigned char)s[i]))
        i++;
    while (e > i && (unsigned char)s[e - 1] < 0x80 &&
           !scm_ascii_is_alnum((unsigned char)s[e - 1]))
        e--;
    *a = i;
    *b = e;
}

/* Count every body word, and "prefix-" for hyphenated ones; the halves of
 * a word split at a line end are not words of their own. */
static int count_words(pdoc *d) {
    size_t size = 64, i, k;
    int after_hyphen = 0;
    while (size < d->words.len * 4) size *= 2;
    d->counts = calloc(size, sizeof *d->counts);
    if (!d->counts) return -1;
    d->cmask = size - 1;
    for (i = 0; i < d->order.len; i++) {
        const pline *l = &d->lines.items[d->order.items[i]];
        int soft;
        for (k = 0; k < l->nwords; k++) {
            const pword *w = &d->words.items[l->word + k];
            const char *s = wtext(d, w);
            size_t a, b;
            const char *dash;
            if (k == 0 && after_hyphen) continue;
            if (k + 1 == l->nwords && end_hyphen(d, w, &soft)) continue;
            word_core(s, w->len, &a, &b);
            if (a >= b) continue;
            count_add(d, fold_hash(s + a, b - a, NULL, NULL, 0));
            dash = memchr(s + a, '-', b - a);
            /* (before a lower-case part only: "inter-Korean" says nothing
             * of "inter-" + "continental") */
            if (dash && dash + 1 < s + b && !(dash[1] >= 'A' && dash[1] <= 'Z'))
                count_add(d, fold_hash(s + a, (size_t)(dash - s - a) + 1, NULL,
                                       NULL, 0));
        }
        after_hyphen = end_hyphen(d, last_word(d, l), &soft) != 0;
    }
    return 0;
}

/* Keep the hyphen between a line ending "left-" and one starting with
 * "right..."?  The spine's order (text.c keep_hyphen). */
static int keep_hyphen(const pdoc *d, const pword *lw, size_t hy,
                       const pword *rw) {
    const char *ls = wtext(d, lw), *rs = wtext(d, rw);
    size_t la, lb, ra, rb, i;
    uint32_t joined, hyphened, cp;
    int lexed;
    word_core(ls, lw->len - hy, &la, &lb);
    /* the left part: back to a space-free start; the right part: letters,
     * digits and inner ' . - */
    ra = 0;
    while (ra < rw->len && (unsigned char)rs[ra] < 0x80 &&
           !scm_ascii_is_alnum((unsigned char)rs[ra]))
        ra++;
    for (rb = ra; rb < rw->len; rb++) {
        unsigned char c = (unsigned char)rs[rb];
        if (c >= 0x80 || scm_ascii_is_alnum(c)) continue;
        if ((c == '-' || c == '\'' || c == '.') && rb + 1 < rw->len &&
            ((unsigned char)rs[rb + 1] >= 0x80 ||
             scm_ascii_is_alnum((unsigned char)rs[rb + 1])))
            continue;
        break;
    }
    if (la >= lb || ra >= rb) return 1;
    joined = count_of(d, fold_hash(ls + la, lb - la, NULL, rs + ra, rb - ra));
    hyphened = count_of(d, fold_hash(ls + la, lb - la, "-", rs + ra, rb - ra));
    if (joined || hyphened) return hyphened >= joined;
    if (scm_utf8_decode((const unsigned char *)rs + ra, rb - ra, &cp) &&
        (scm_utf8_is_upper(cp) || (cp >= '0' && cp <= '9')))
        return 1;
    if (ls[lb - 1] == '.' || scm_ascii_is_digit((unsigned char)ls[lb - 1]))
        return 1;
    /* the last part of the left word is the prefix ("command-and-") */
    for (i = lb; i > la && ls[i - 1] != '-'; i--) {}
    lexed = scm_lexicon_compound(d->lex, ls + i, lb - i, rs + ra, rb - ra,
                                 count_of(d, fold_hash(rs + ra, rb - ra, NULL,
                                                       NULL, 0)) > 0);
    if (lexed) return lexed > 0;
    if (count_of(d, fold_hash(ls + la, lb - la, NULL, NULL, 0)) &&
        count_of(d, fold_hash(rs + ra, rb - ra, NULL, NULL, 0)))
        return 1;
    return count_of(d, fold_hash(ls + la, lb - la, "-", NULL, 0)) > 0;
}

/* ---- page furniture ---------------------------------------------------- */

/* Fold a line's text for comparison across pages: lower case, digits as
 * '#', one space between words.  *pagenum: nothing but a page marker
 * ("3", "- 3 -", "Page 3 of 9", "iv", "3/9"). */
static uint64_t furniture_key(const pdoc *d, const pline *l, int *pagenum) {
    char buf[256];
    size_t n = 0, k, i;
    int other = 0, digits = 0;
    for (k = 0; k < l->nwords; k++) {
        const pword *w = &d->words.items[l->word + k];
        const char *s = wtext(d, w);
        if (n && n < sizeof buf) buf[n++] = ' ';
        for (i = 0; i < w->len && n < sizeof buf; i++) {
            unsigned char c = (unsigned char)s[i];
            buf[n++] = scm_ascii_is_digit(c) ? '#' : (char)scm_ascii_lower(c);
        }
    }
    /* a page marker: '#'s with - – / | ( ) and the words page, of, p. */
    for (i = 0; i < n;) {
        if (buf[i] == '#') {
            digits = 1;
            i++;
        } else if (strchr(" -/|().", buf[i])) {
            i++;
        } else if (n - i >= 4 && memcmp(buf + i, "page", 4) == 0) {
            i += 4;
        } else if (n - i >= 2 && memcmp(buf + i, "of", 2) == 0) {
            i += 2;
        } else if (n - i >= 3 && memcmp(buf + i, "\xE2\x80\x93", 3) == 0) {
            i += 3;
        } else if (strchr("ivxlc", buf[i]) && n <= 8) {
            digits = 1; /* roman numerals, short lines only */
            i++;
        } else {
            other = 1;
            break;
        }
    }
    *pagenum = digits && !other;
    return XXH3_64bits(buf, n);
}

typedef struct cand {
    uint32_t line;
    uint64_t key;
    int pagenum, top, depth;
    float gap; /* to the nearest other line */
} cand;

static int cmp_y(const void *a, const void *b, const pdoc *d) {
    const pline *x = &d->lines.items[*(const uint32_t *)a];
    const pline *y = &d->lines.items[*(const uint32_t *)b];
    return (x->y0 > y->y0) - (x->y0 < y->y0);
}

/* qsort has no context argument in C11: sort small index arrays by y0
 * with an insertion sort. */
static void sort_by_y(const pdoc *d, uint32_t *idx, size_t n) {
    size_t i, j;
    for (i = 1; i < n; i++) {
        uint32_t v = idx[i];
        for (j = i; j > 0 && cmp_y(&idx[j - 1], &v, d) > 0; j--)
            idx[j] = idx[j - 1];
        idx[j] = v;
    }
}

/* Mark headers, footers and page numbers.  Candidates are the two first
 * and two last lines of each page (the second only if the first goes). */
static int drop_furniture(pdoc *d) {
    SCM_VEC(cand) cs = {0};
    SCM_VEC(uint32_t) idx = {0};
    size_t p, i, j;
    for (p = 0; p < d->pages.len; p++) {
        const ppage *pg = &d->pages.items[p];
        size_t b, n;
        idx.len = 0;
        for (b = pg->block; b < pg->block + pg->nblocks; b++) {
            const pblock *bl = &d->blocks.items[b];
            for (i = bl->line; i < bl->line + bl->nlines; i++)
                if (SCM_VEC_PUSH(&idx, (uint32_t)i) != 0) goto oom;
        }
        n = idx.len;
        if (n < 2) continue;
        sort_by_y(d, idx.items, n);
        for (j = 0; j < 4 && j < n; j++) {
            int top = j < 2;
            size_t at = top ? j : n - 1 - (j - 2);
            const pline *l = &d->lines.items[idx.items[at]];
            cand c;
            if (top ? at + 1 >= n : at < 2) continue;
            c.line = idx.items[at];
            c.key = furniture_key(d, l, &c.pagenum);
            c.top = top;
            c.depth = (int)(top ? j : j - 2);
            if (top)
                c.gap = d->lines.items[idx.items[at + 1]].y0 - l->y1;
            else
                c.gap = l->y0 - d->lines.items[idx.items[at - 1]].y1;
            if (SCM_VEC_PUSH(&cs, c) != 0) goto oom;
        }
    }
    for (i = 0; i < cs.len; i++) {
        cand *c = &cs.items[i];
        pline *l = &d->lines.items[c->line];
        float h = l->y1 - l->y0;
        int repeats = 0;
        if (c->depth == 1) { /* only under a dropped first line */
            const cand *outer = i > 0 ? &cs.items[i - 1] : NULL;
            if (!outer || outer->top != c->top || outer->depth != 0 ||
                d->lines.items[outer->line].page != l->page ||
                !d->lines.items[outer->line].drop)
                continue;
        }
        for (j = 0; j < cs.len; j++) {
            const cand *o = &cs.items[j];
            const pline *ol = &d->lines.items[o->line];
            float dy = ol->y0 - l->y0;
            if (ol->page == l->page || o->key != c->key || o->top != c->top)
                continue;
            if (dy < 0) dy = -dy;
            if (dy <= h) repeats = 1;
        }
        /* a lone running header: a first line that stands apart, is no
         * sentence's end, and sits in the margin above where the text of
         * another page begins */
        if (!repeats && c->top && c->depth == 0 &&
            c->gap > h &&
            !ends_sentence(d, last_word(d, l))) {
            for (j = 0; j < cs.len; j++) {
                const cand *o = &cs.items[j];
                const pline *ol = &d->lines.items[o->line];
                if (o->top && o->depth == 0 && ol->page != l->page &&
                    ol->y0 >= l->y0 + 2 * h)
                    repeats = 1;
            }
        }
        if (repeats || (c->pagenum && c->gap > 0.8f * h)) l->drop = 1;
    }
    SCM_VEC_FREE(&cs);
    SCM_VEC_FREE(&idx);
    return 0;
oom:
    SCM_VEC_FREE(&cs);
    SCM_VEC_FREE(&idx);
    return -1;
}

/* ---- columns and reading order ----------------------------------------- */

/* Extent of a block's body lines; 0 when it has none. */
static int block_extent(const pdoc *d, const pblock *b, float *x0, float *x1,
                        float *y0) {
    size_t i;
    int any = 0;
    for (i = b->line; i < b->line + b->nlines; i++) {
        const pline *l = &d->lines.items[i];
        if (l->drop) continue;
        if (!any || l->x0 < *x0) *x0 = l->x0;
        if (!any || l->x1 > *x1) *x1 = l->x1;
        if (!any || l->y0 < *y0) *y0 = l->y0;
        any = 1;
    }
    return any;
}

static int push_block_lines(pdoc *d, const pblock *b, uint8_t col) {
    size_t i;
    for (i = b->line; i < b->line + b->nlines; i++) {
        pline *l = &d->lines.items[i];
        if (l->drop) continue;
        l->col = col;
        if (SCM_VEC_PUSH(&d->order, (uint32_t)i) != 0) return -1;
    }
    return 0;
}

/* Order one page's blocks: Poppler's order on a one-column page; on a
 * two-column page, bands between full-width blocks, each band's left
 * column before its right. */
static int order_page(pdoc *d, ppage *pg) {
    size_t b, n = 0, i, nleft = 0, nright = 0;
    float mid, x0, x1, y0;
    uint32_t *idx;
    uint8_t *cls;
    int any = 0;
    for (b = pg->block; b < pg->block + pg->nblocks; b++) {
        if (!block_extent(d, &d->blocks.items[b], &x0, &x1, &y0)) continue;
        if (!any || x0 < pg->left) pg->left = x0;
        if (!any || x1 > pg->right) pg->right = x1;
        any = 1;
    }
    if (!any) return 0;
    mid = (pg->left + pg->right) / 2;
    idx = malloc(sizeof *idx * (pg->nblocks + 1));
    cls = malloc(pg->nblocks + 1);
    if (!idx || !cls) goto oom;
    for (b = pg->block; b < pg->block + pg->nblocks; b++) {
        const pblock *bl = &d->blocks.items[b];
        uint8_t c = 0;
        if (!block_extent(d, bl, &x0, &x1, &y0)) continue;
        if (x1 < mid) c = 1, nleft += bl->nlines;
        else if (x0 > mid) c = 2, nright += bl->nlines;
        cls[b - pg->block] = c;
        idx[n++] = (uint32_t)b;
    }
    pg->twocol = nleft >= 3 && nright >= 3;
    if (!pg->twocol) {
        for (i = 0; i < n; i++)
            if (push_block_lines(d, &d->blocks.items[idx[i]], 0) != 0) goto oom;
    } else {
        size_t start = 0, k;
        /* by top edge */
        for (i = 1; i < n; i++) {
            uint32_t v = idx[i];
            float vy = d->blocks.items[v].y0;
            for (k = i; k > 0 && d->blocks.items[idx[k - 1]].y0 > vy; k--)
                idx[k] = idx[k - 1];
            idx[k] = v;
        }
        for (i = 0; i <= n; i++) {
            int c = i < n ? cls[idx[i] - pg->block] : 0;
            int side;
            if (c != 0) continue;
            for (side = 1; side <= 2; side++)
                for (k = start; k < i; k++)
                    if (cls[idx[k] - pg->block] == side &&
                        push_block_lines(d, &d->blocks.items[idx[k]],
                                         (uint8_t)side) != 0)
                        goto oom;
            if (i < n &&
                push_block_lines(d, &d->blocks.items[idx[i]], 0) != 0)
                goto oom;
            start = i + 1;
        }
        d->columns_pages++;
    }
    free(idx);
    free(cls);
    return 0;
oom:
    free(idx);
    free(cls);
    return -1;
}

/* ---- geometry of the text ---------------------------------------------- */

static int cmp_float(const void *a, const void *b) {
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

static float median(float *v, size_t n, float fallback) {
    if (n == 0) return fallback;
    qsort(v, n, sizeof *v, cmp_float);
    return v[n / 2];
}

/* Line height, the gap between lines of a block and the space between
 * words: medians over the body. */
static int measure(pdoc *d) {
    size_t n = d->order.len, i, k, m = 0;
    float *v = malloc(sizeof *v * (d->words.len + n + 1));
    if (!v) return -1;
    for (i = 0; i < n; i++) {
        const pline *l = &d->lines.items[d->order.items[i]];
        v[m++] = l->y1 - l->y0;
    }
    d->height = median(v, m, 10);
    m = 0;
    for (i = 0; i + 1 < n; i++) {
        const pline *a = &d->lines.items[d->order.items[i]];
        const pline *b = &d->lines.items[d->order.items[i + 1]];
        if (a->block == b->block && b->y0 > a->y0) v[m++] = b->y0 - a->y1;
    }
    d->gap = median(v, m, d->height * 0.25f);
    m = 0;
    for (i = 0; i < n; i++) {
        const pline *l = &d->lines.items[d->order.items[i]];
        for (k = 1; k < l->nwords; k++)
            v[m++] = d->words.items[l->word + k].x0 -
                     d->words.items[l->word + k - 1].x1;
    }
    d->space = median(v, m, d->height * 0.25f);
    free(v);
    return 0;
}

/* Left edge: the most common start (to the point); right edge: the
 * furthest end that two lines reach, so one stray line cannot widen the
 * column. */
static int find_edges(pdoc *d) {
    size_t n = d->order.len, i, c;
    float *v = malloc(sizeof *v * (n + 1));
    if (!v) return -1;
    for (c = 0; c < 3; c++) {
        size_t m = 0, best = 0, run = 0;
        float left = 0, right = 0;
        for (i = 0; i < n; i++) {
            const pline *l = &d->lines.items[d->order.items[i]];
            if (l->col == c && !(c == 0 && d->pages.items[l->page - 1].twocol))
                v[m++] = (float)(long)(l->x0 + 0.5f);
        }
        if (m == 0) continue;
        qsort(v, m, sizeof *v, cmp_float);
        for (i = 0; i < m; i++) {
            run = (i > 0 && v[i] == v[i - 1]) ? run + 1 : 1;
            if (run > best) best = run, left = v[i];
        }
        m = 0;
        for (i = 0; i < n; i++) {
            const pline *l = &d->lines.items[d->order.items[i]];
            if (l->col == c && !(c == 0 && d->pages.items[l->page - 1].twocol))
                v[m++] = l->x1;
        }
        qsort(v, m, sizeof *v, cmp_float);
        right = v[m - 1];
        for (i = m - 1; i > 0; i--)
            if (v[i] - v[i - 1] <= 1.0f) {
                right = v[i];
                break;
            }
        d->col[c].left = left;
        d->col[c].right = right;
    }
    free(v);
    return 0;
}

static edges line_edges(const pdoc *d, const pline *l) {
    const ppage *pg = &d->pages.items[l->page - 1];
    edges e;
    if (l->col == 0 && pg->twocol) {
        e.left = pg->left;
        e.right = pg->right;
        return e;
    }
    return d->col[l->col];
}

/* ---- paragraphs -------------------------------------------------------- */

/* Does a paragraph break fall between consecutive lines a and b? */
static int breaks_between(const pdoc *d, const pline *a, const pline *b) {
    edges ea = line_edges(d, a), eb = line_edges(d, b);
    float tol = 0.4f * d->height, room, fw, space;
    const pword *aw = last_word(d, a), *bw = first_word(d, b);
    int a_ends = ends_sentence(d, aw);
    int a_full = a->x1 >= ea.right - tol;
    if (a->page == b->page && a->col == b->col && b->y0 > a->y0) {
        float vgap = b->y0 - a->y1;
        if (vgap > d->gap + 0.4f * d->height) return 1;
    }
    /* indented against the line before, unless that line was a full one
     * running on (a hanging indent) */
    if (b->x0 > a->x0 + tol && b->x0 > eb.left + tol && !(a_full && !a_ends))
        return 1;
    /* centred lines of different lengths */
    if (a->x0 > ea.left + tol && b->x0 > eb.left + tol &&
        (a->x0 - b->x0 > tol || b->x0 - a->x0 > tol)) {
        float ma = (a->x0 + a->x1) / 2, mb = (b->x0 + b->x1) / 2;
        if (ma - mb < 2 * tol && mb - ma < 2 * tol) return 1;
    }
    /* a line that ended early: the next word would have fitted */
    space = d->space > 0 ? d->space : 0.25f * d->height;
    room = ea.right - a->x1;
    fw = bw->x1 - bw->x0;
    if (room > fw + 2 * space &&
        (starts_upper(d, bw) || a_ends || ends_with_any(d, aw, ":;")))
        return 1;
    if (is_label(d, bw) && b->nwords > 1 &&
        (ends_with_any(d, aw, ".;:!?") || room > 4 * space))
        return 1;
    return 0;
}

typedef struct para {
    uint32_t first, last; /* indices into order */
    int kind;
} para;

typedef SCM_VEC(para) para_vec;

/* A heading: one short line that does not end in punctuation. */
static int heading_like(const pdoc *d, const pline *l) {
    edges e = line_edges(d, l);
    const pword *lw = last_word(d, l);
    if (l->nwords > 12 || !starts_upper(d, first_word(d, l))) return 0;
    if (ends_with_any(d, lw, ".,;:!?")) return 0;
    return l->x1 - l->x0 < 0.75f * (e.right - e.left);
}

static int plan_paragraphs(pdoc *d, para_vec *out) {
    size_t i, first = 0;
    int body_seen = 0;
    for (i = 0; i < d->order.len; i++) {
        int end = i + 1 == d->order.len ||
                  breaks_between(d, &d->lines.items[d->order.items[i]],
                                 &d->lines.items[d->order.items[i + 1]]);
        para p;
        if (!end) continue;
        p.first = (uint32_t)first;
        p.last = (uint32_t)i;
        p.kind = SCM_SRC_PARA;
        if (p.first == p.last) {
            const pline *l = &d->lines.items[d->order.items[i]];
            if (body_seen && heading_like(d, l)) p.kind = SCM_SRC_HEADING;
            if (ends_sentence(d, last_word(d, l))) body_seen = 1;
        } else {
            body_seen = 1;
        }
        if (SCM_VEC_PUSH(out, p) != 0) return -1;
        first = i + 1;
    }
    return 0;
}

static void write_word(scm_source_writer *w, const pdoc *d, const pline *l,
                       const pword *pw, size_t len) {
    scm_source_anchor a;
    memset(&a, 0, sizeof a);
    a.page = l->page;
    a.line = l->page_line;
    a.x0 = pw->x0;
    a.y0 = pw->y0;
    a.x1 = pw->x1;
    a.y1 = pw->y1;
    scm_source_text(w, wtext(d, pw), len, &a);
}

static void write_paragraph(scm_source_writer *w, const pdoc *d,
                            const para *p) {
    size_t i, k;
    int glue = 0;
    scm_source_para(w, p->kind, 2, NULL);
    for (i = p->first; i <= p->last; i++) {
        const pline *l = &d->lines.items[d->order.items[i]];
        for (k = 0; k < l->nwords; k++) {
            const pword *pw = &d->words.items[l->word + k];
            size_t len = pw->len, hy;
            int soft;
            if (!glue) scm_source_space(w);
            glue = 0;
            if (k + 1 == l->nwords && i < p->last &&
                (hy = end_hyphen(d, pw, &soft)) != 0) {
                const pline *nl = &d->lines.items[d->order.items[i + 1]];
                glue = 1;
                if (soft || !keep_hyphen(d, pw, hy, first_word(d, nl)))
                    len -= hy;
            }
            write_word(w, d, l, pw, len);
        }
    }
    scm_source_end(w);
}

/* ---- the adapter ------------------------------------------------------- */

static xmlDoc *parse_xhtml(const char *xhtml, size_t len, int *recovered) {
    xmlDoc *doc;
    *recovered = 0;
    doc = xmlReadMemory(xhtml, (int)len, "pdftotext.xhtml", "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR |
                                    XML_PARSE_NOWARNING | XML_PARSE_HUGE);
    if (doc) return doc;
    *recovered = 1;
    /* an old pdftotext may write a stray control character: read it as
     * HTML, which recovers */
    return htmlReadMemory(xhtml, (int)len, "pdftotext.xhtml", "UTF-8",
                          HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                              HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
}

static void pdoc_free(pdoc *d) {
    SCM_VEC_FREE(&d->pool);
    SCM_VEC_FREE(&d->words);
    SCM_VEC_FREE(&d->lines);
    SCM_VEC_FREE(&d->blocks);
    SCM_VEC_FREE(&d->pages);
    SCM_VEC_FREE(&d->order);
    free(d->counts);
}

int scm_source_pdf(const char *xhtml, size_t len, const scm_lexicon *lex,
                   scm_source *out, scm_error *err) {
    pdoc d;
    xmlDoc *doc;
    scm_source_writer w;
    para_vec paras = {0};
    size_t i;
    int recovered;
    memset(&d, 0, sizeof d);
    d.lex = lex;
    out->kind = SCM_SOURCE_PDF;
    scm_source_writer_init(&w, out);
    if (len > 0x7FFFFFFF) {
        out->fail = SCM_SOURCE_BROKEN;
        return scm_error_set(err, SCM_NO_BYTE, "pdftotext output too large");
    }
    doc = parse_xhtml(xhtml, len, &recovered);
    if (!doc) {
        out->fail = SCM_SOURCE_BROKEN;
        return scm_error_set(err, SCM_NO_BYTE,
                             "pdftotext output is not XHTML (%lu bytes)",
                             (unsigned long)len);
    }
    read_pages(&d, xmlDocGetRootElement(doc));
    xmlFreeDoc(doc);
    if (d.oom) goto oom;
    out->pages = (uint32_t)d.pages.len;
    if (d.pages.len == 0 || (recovered && d.words.len == 0)) {
        pdoc_free(&d);
        out->fail = SCM_SOURCE_BROKEN;
        return scm_error_set(err, SCM_NO_BYTE, "no pages in the pdftotext output (damaged?)");
    }
    if (d.words.len == 0) {
        pdoc_free(&d);
        out->fail = SCM_SOURCE_NO_TEXT;
        return scm_error_set(err, SCM_NO_BYTE,
                             "no text layer; run OCR first (%u page%s, no "
                             "words)",
                             (unsigned)out->pages, out->pages == 1 ? "" : "s");
    }
    if (drop_furniture(&d) != 0) goto oom;
    for (i = 0; i < d.lines.len; i++) out->dropped += d.lines.items[i].drop;
    for (i = 0; i < d.pages.len; i++)
        if (order_page(&d, &d.pages.items[i]) != 0) goto oom;
    out->columns = d.columns_pages;
    if (d.order.len == 0) {
        pdoc_free(&d);
        out->fail = SCM_SOURCE_EMPTY;
        return scm_error_set(err, SCM_NO_BYTE,
                             "no text in the PDF besides page furniture");
    }
    if (measure(&d) != 0 || find_edges(&d) != 0 || count_words(&d) != 0 ||
        plan_paragraphs(&d, &paras) != 0)
        goto oom;
    for (i = 0; i < paras.len; i++) write_paragraph(&w, &d, &paras.items[i]);
    SCM_VEC_FREE(&paras);
    pdoc_free(&d);
    if (scm_source_finish(&w, err) != 0) {
        scm_source_writer_free(&w);
        return -1;
    }
    scm_source_writer_free(&w);
    return 0;
oom:
    SCM_VEC_FREE(&paras);
    pdoc_free(&d);
    scm_source_writer_free(&w);
    out->fail = SCM_SOURCE_NOMEM;
    return scm_error_set(err, SCM_NO_BYTE, "out of memory");
}
