/* text.c -- normalisation: layout detection, paragraphs, line joining,
 * hyphenation, Markdown clean-up and the normalised-to-raw offset map.
 *
 * The work is done in passes over a compact line table (never per-byte
 * allocations): scan the lines, weigh the layout, group lines into
 * paragraphs, split off the header block, decide the line-end hyphens,
 * then copy the text once into the output, recording one map run per
 * copied stretch. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>

#include "dates.h"
#include "encoding.h"
#include "frontmatter.h"
#include "text.h"
#include "utf8.h"
#include "vec.h"

/* ---- the line table ---------------------------------------------------- */

enum {
    LF_BLANK = 1 << 0,     /* nothing but white space */
    LF_EMPTY = 1 << 1,     /* nothing at all */
    LF_AFTER_FF = 1 << 2,  /* first line after a form feed */
    LF_BEFORE_FF = 1 << 3, /* ended by a form feed */
    LF_DROP = 1 << 4,      /* page furniture or end marker: not text */
    LF_END = 1 << 5,       /* ends a sentence */
    LF_HYPHEN = 1 << 6,    /* ends with a word and '-' */
    LF_SOFT = 1 << 7,      /* ends with a soft hyphen */
    LF_GLUE = 1 << 8,      /* joined to the next line without a space */
    LF_CUT = 1 << 9,       /* ... and its final hyphen is dropped */
    LF_TITLE = 1 << 10,    /* dropped as the short title a page repeats */
    LF_DASH = 1 << 11      /* ends with a word and an en or em dash */
};

enum { MD_NONE = 0, MD_HEADING, MD_BULLET, MD_ORDERED, MD_ORDERED_ONE,
       MD_END_MARK };

typedef struct line {
    scm_off start, end; /* content, white space trimmed */
    scm_off eol;        /* where the line ends (its terminator) */
    uint32_t width;     /* characters of content */
    uint16_t flags;
    uint8_t md;         /* MD_* when the document is Markdown */
    uint16_t indent;    /* bytes of white space before the content */
} line;

/* A paragraph before it is written: lines [first, last] of the table. */
typedef struct plan {
    uint32_t first, last;
    uint8_t kind;
} plan;

typedef struct ctx {
    const char *raw;
    size_t len;
    const scm_lexicon *lex;
    scm_text *t;
    scm_error *err;
    SCM_VEC(line) lines;
    SCM_VEC(plan) plans;
    uint32_t width; /* estimated column width, in characters */
    size_t text_lines;
    int markdown;
    int front_matter;
    size_t first_marker; /* start of the first page marker dropped + 1 */
} ctx;

static int oom(ctx *c) {
    return scm_error_set(c->err, SCM_NO_BYTE, "out of memory");
}

static const unsigned char *U(const ctx *c) {
    return (const unsigned char *)c->raw;
}

/* Length of a letter or digit at s (ASCII alphanumerics and non-ASCII
 * characters outside the punctuation blocks), or 0. */
static inline size_t word_char_len(const unsigned char *s, size_t n) {
    uint32_t cp;
    size_t k;
    if (n == 0) return 0;
    if (s[0] < 0x80) return scm_ascii_is_alnum(s[0]) ? 1 : 0;
    k = scm_utf8_decode(s, n, &cp);
    if (!k || cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return 0;
    if (cp >= 0x2000 && cp <= 0x2BFF) return 0; /* punctuation, symbols */
    if (cp >= 0x3000 && cp <= 0x303F) return 0;
    return k;
}

/* Does the content [s, e) end a sentence: . ? ! optionally followed by
 * closing quotes, brackets or Markdown emphasis? */
static int ends_sentence(const unsigned char *p, size_t s, size_t e) {
    while (e > s) {
        unsigned char ch = p[e - 1];
        if (ch == '"' || ch == '\'' || ch == ')' || ch == ']' || ch == '*' ||
            ch == '_') {
            e--;
        } else if (e - s >= 3 && p[e - 3] == 0xE2 && p[e - 2] == 0x80 &&
                   (ch == 0x9D || ch == 0x99)) { /* ” ’ */
            e -= 3;
        } else {
            return ch == '.' || ch == '?' || ch == '!';
        }
    }
    return 0;
}

/* Record one line [pos, eol) of the raw text, trimmed. */
static int add_line(ctx *c, size_t pos, size_t eol, uint16_t flags) {
    const unsigned char *p = U(c);
    line ln;
    size_t s = pos, e = eol, k;
    while (s < e && (k = scm_utf8_space_len(c->raw + s, e - s)) != 0) s += k;
    while (e > s && (k = scm_utf8_space_len_before(c->raw + s, e - s)) != 0)
        e -= k;
    ln.start = (scm_off)s;
    ln.end = (scm_off)e;
    ln.eol = (scm_off)eol;
    {
        /* a tab counts to the next stop of four columns: a paragraph that
         * opens with one tab is indented as with four spaces (session 24) */
        size_t col = 0;
        for (k = pos; k < s; k++) col = p[k] == '\t' ? (col / 4 + 1) * 4 : col + 1;
        ln.indent = (uint16_t)(col < 0xFFFF ? col : 0xFFFF);
    }
    ln.width = (uint32_t)scm_utf8_count(c->raw + s, e - s);
    ln.md = MD_NONE;
    ln.flags = flags;
    if (s == e) ln.flags |= LF_BLANK | (pos == eol ? LF_EMPTY : 0);
    if (ends_sentence(p, s, e)) {
        /* "... during the visit. Dr." + "Abernathy welcomed ...": a title
         * abbreviation stands before a name and ends no sentence */
        size_t w = e - 1;
        while (w > s && p[w - 1] != ' ' && p[w - 1] != '\t') w--;
        /* "… Secretary of State Harrison E." + "Pemberton-Loy and …": a
         * middle initial after a capitalised name ends no sentence */
        int initial = p[e - 1] == '.' && e - 1 == w + 1 &&
                      scm_ascii_is_upper(p[w]) && w >= s + 3 &&
                      p[w - 1] == ' ' && scm_ascii_is_lower(p[w - 2]);
        if (initial) {
            size_t v = w - 1;
            while (v > s && p[v - 1] != ' ') v--;
            initial = scm_ascii_is_upper(p[v]);
        }
        /* "Secretary of National Defense Ramoncito D. Villaraza Jr." in a
         * header block: a name's suffix after a capitalised name ends no
         * sentence either (session 15) */
        int suffix = e - w == 3 && w >= s + 3 && p[w - 1] == ' ' &&
                     (memcmp(p + w, "Jr.", 3) == 0 ||
                      memcmp(p + w, "Sr.", 3) == 0) &&
                     scm_ascii_is_lower(p[w - 2]);
        if (suffix) {
            size_t v = w - 1;
            while (v > s && p[v - 1] != ' ') v--;
            suffix = scm_ascii_is_upper(p[v]);
        }
        if (!initial && !suffix &&
            !(p[e - 1] == '.' && c->lex && e - 1 > w &&
              scm_lexicon_has(c->lex, SCM_LEX_TITLE_ABBREV, c->raw + w,
                              e - 1 - w)))
            ln.flags |= LF_END;
    }
    if (e - s >= 2 && p[e - 1] == '-' &&
        (scm_ascii_is_alnum(p[e - 2]) || p[e - 2] == '.' || p[e - 2] >= 0x80))
        ln.flags |= LF_HYPHEN;
    if (e - s >= 3 && p[e - 2] == 0xC2 && p[e - 1] == 0xAD) ln.flags |= LF_SOFT;
    /* "Counsellor–" / "Minister", "5404–" / "5407": an unspaced dash
     * after a word, not after another dash ("———") */
    if (e - s >= 4 && p[e - 3] == 0xE2 && p[e - 2] == 0x80 &&
        (p[e - 1] == 0x93 || p[e - 1] == 0x94) &&
        (scm_ascii_is_alnum(p[e - 4]) ||
         (p[e - 4] >= 0x80 && !(e - s >= 6 && p[e - 6] == 0xE2))))
        ln.flags |= LF_DASH;
    return SCM_VEC_PUSH(&c->lines, ln);
}

/* Split the body into lines.  LF, CRLF and lone CR end a line; a form feed
 * (pdftotext's page break) does too, and marks the lines around it.  The
 * common case (no CR, no FF) runs on memchr alone. */
static int scan_lines(ctx *c, size_t pos) {
    const char *raw = c->raw;
    size_t len = c->len;
    int slow = memchr(raw + pos, '\r', len - pos) != NULL ||
               memchr(raw + pos, '\f', len - pos) != NULL;
    uint16_t next_flags = 0;
    while (pos < len) {
        size_t eol, next;
        uint16_t flags = next_flags;
        next_flags = 0;
        if (!slow) {
            const char *nl = memchr(raw + pos, '\n', len - pos);
            eol = nl ? (size_t)(nl - raw) : len;
            next = eol + 1;
        } else {
            eol = scm_find_any4(U(c), pos, len, '\n', '\r', '\f', '\n');
            next = eol + 1;
            if (eol < len && raw[eol] == '\r' && next < len && raw[next] == '\n')
                next++;
            if (eol < len && raw[eol] == '\f') {
                next_flags = LF_AFTER_FF;
                flags |= LF_BEFORE_FF;
                /* "\n\f": the empty piece before the FF is no blank line */
                if (eol == pos) {
                    if (c->lines.len) c->lines.items[c->lines.len - 1].flags |=
                                          LF_BEFORE_FF;
                    pos = next;
                    continue;
                }
            }
        }
        if (add_line(c, pos, eol, flags) != 0) return oom(c);
        pos = next;
    }
    return 0;
}

/* ---- page furniture ---------------------------------------------------- */

static size_t skip_digits(const unsigned char *p, size_t i, size_t e,
                          size_t *count) {
    size_t s = i;
    while (i < e && scm_ascii_is_digit(p[i])) i++;
    *count = i - s;
    return i;
}

static size_t skip_blanks(const unsigned char *p, size_t i, size_t e) {
    while (i < e && (p[i] == ' ' || p[i] == '\t')) i++;
    return i;
}

/* Length of a dash ('-', an en dash or an em dash: "— 2 —") at p[i],
 * or 0. */
static size_t dash_len(const unsigned char *p, size_t i, size_t e) {
    if (i < e && p[i] == '-') return 1;
    if (i + 3 <= e && p[i] == 0xE2 && p[i + 1] == 0x80 &&
        (p[i + 2] == 0x93 || p[i + 2] == 0x94))
        return 3;
    return 0;
}

/* Length of a page marker at the start of [s, e): "- 2 -", "Page 2",
 * "Page 2 of 5", or (when lone_ok) a lone number of up to 4 digits.  The
 * marker must end the content or be followed by white space. */
static size_t page_marker(const unsigned char *p, size_t s, size_t e,
                          int lone_ok) {
    size_t i = s, n, k;
    if ((k = dash_len(p, i, e)) != 0) {
        i = skip_digits(p, skip_blanks(p, i + k, e), e, &n);
        if (n == 0 || n > 4) return 0;
        i = skip_blanks(p, i, e);
        if ((k = dash_len(p, i, e)) == 0) return 0;
        i += k;
    } else if (e - s >= 5 && (p[s] | 32) == 'p' && (p[s + 1] | 32) == 'a' &&
               (p[s + 2] | 32) == 'g' && (p[s + 3] | 32) == 'e' &&
               (p[s + 4] == ' ')) {
        i = skip_digits(p, skip_blanks(p, s + 4, e), e, &n);
        if (n == 0 || n > 4) return 0;
        k = skip_blanks(p, i, e);
        if (e - k >= 3 && (p[k] | 32) == 'o' && (p[k + 1] | 32) == 'f' &&
            p[k + 2] == ' ') {
            i = skip_digits(p, skip_blanks(p, k + 2, e), e, &n);
            if (n == 0 || n > 4) return 0;
        } else if (k < e && p[k] == '/') { /* "page 1/3", "Page 1 / 3" */
            i = skip_digits(p, skip_blanks(p, k + 1, e), e, &n);
            if (n == 0 || n > 4) return 0;
        }
    } else if (lone_ok) {
        i = skip_digits(p, s, e, &n);
        if (n == 0 || n > 4) return 0;
        if (i < e && p[i] == '/') { /* "1/3": page 1 of 3 */
            size_t m2;
            i = skip_digits(p, i + 1, e, &m2);
            if (m2 == 0 || m2 > 4) return 0;
        }
    } else {
        return 0;
    }
    if (i < e && p[i] != ' ' && p[i] != '\t') return 0;
    return i - s;
}

/* "8th JDPC Joint Communique          Page 2 of 3": a running footer, a
 * title set apart from "Page N [of M]" at the line's end by a wide gap;
 * also "N / M" (next to a form feed `ff`, or after a gap of eight spaces)
 * and, next to a form feed, a bare page number. */
static int running_footer(const unsigned char *p, size_t s, size_t e,
                          int ff) {
    size_t k, gap_end = 0;
    if (e <= s || !scm_ascii_is_digit(p[e - 1])) return 0; /* most lines */
    /* "gov.bg · Government Information Service · 1/2": the page number
     * as the last field after a spaced middle dot or bar (session 31) */
    for (k = e; k > s + 4; k--) {
        size_t f = 0, bar = k;
        /* (the bar between runs of spaces too: "GSI – IEEG  |  Joint
         * Press Release  |  Page 1 of 2"; session 37) */
        while (bar > s + 2 && p[bar - 1] == ' ' && p[bar - 2] == ' ') bar--;
        if (p[bar - 1] == ' ' && p[bar - 2] == '|' && p[bar - 3] == ' ') f = bar - 3;
        else if (k >= s + 5 && p[k - 1] == ' ' && p[k - 2] == 0xB7 && p[k - 3] == 0xC2 &&
                 p[k - 4] == ' ')
            f = k - 4;
        if (!f) continue;
        {
            size_t n1, n2, i = skip_digits(p, k, e, &n1);
            unsigned long a = strtoul((const char *)p + k, NULL, 10), b;
            if (page_marker(p, k, e, 0) == e - k && (p[k] | 32) == 'p') return 1;
            if (n1 && n1 <= 3 && i < e && p[i] == '/') {
                b = strtoul((const char *)p + i + 1, NULL, 10);
                i = skip_digits(p, i + 1, e, &n2);
                if (n2 && n2 <= 3 && i == e && a >= 1 && a <= b && f > s) return 1;
            }
            break; /* (the last field only) */
        }
    }
    for (k = s; k + 3 < e; k++)
        if (p[k] == ' ' && p[k + 1] == ' ' && p[k + 2] == ' ') {
            size_t g = k;
            while (g < e && p[g] == ' ') g++;
            gap_end = g; /* the last wide gap */
            k = g;
        }
    if (!gap_end || gap_end >= e) return 0;
    if (page_marker(p, gap_end, e, 0) == e - gap_end &&
        (p[gap_end] | 32) == 'p') /* "Page ...", not a bare number */
        return 1;
    {
        /* "… Joint Press Statement     1 / 2" next to a form feed: page 1
         * of 2, and anywhere after a gap of eight spaces or more
         * ("Declaration of Bissau                          1/3");
         * "Joint Statement of the NB8 Foreign Ministers      1": a bare
         * page number after the title, next to a form feed */
        size_t n1, n2, i = skip_digits(p, gap_end, e, &n1), g = gap_end;
        unsigned long a, b;
        int titled = 0;
        for (k = s; k < gap_end && !titled; k++)
            titled = scm_ascii_is_alnum(p[k]) && !scm_ascii_is_digit(p[k]);
        while (g > s && p[g - 1] == ' ') g--;
        if (!ff && gap_end - g < 8) return 0;
        if (n1 && n1 <= 3 && i == e) return ff && titled;
        a = strtoul((const char *)p + gap_end, NULL, 10);
        i = skip_blanks(p, i, e);
        if (n1 == 0 || n1 > 3 || i >= e || p[i] != '/') return 0;
        i = skip_blanks(p, i + 1, e);
        b = strtoul((const char *)p + i, NULL, 10);
        i = skip_digits(p, i, e, &n2);
        return n2 && n2 <= 3 && i == e && a >= 1 && a <= b;
    }
}

/* A browser's print header: "6/23/27, 9:14 AM" or "12/03/2019, 16:42"
 * opening the line, alone or before the page's title after a gap
 * ("6/23/27, 9:14 AM      Readout of … | The White House"). */
static int print_stamp(const unsigned char *p, size_t s, size_t e) {
    size_t i = s, n;
    int part;
    for (part = 0; part < 3; part++) {
        i = skip_digits(p, i, e, &n);
        if (n == 0 || n > (part == 2 ? 4u : 2u)) return 0;
        if (part < 2) {
            if (i >= e || p[i] != '/') return 0;
            i++;
        }
    }
    if (i + 1 >= e || p[i] != ',' || p[i + 1] != ' ') return 0;
    i = skip_digits(p, i + 2, e, &n);
    if (n == 0 || n > 2 || i >= e || p[i] != ':') return 0;
    i = skip_digits(p, i + 1, e, &n);
    if (n != 2) return 0;
    /* "9:14 AM", or a 24-hour clock ("12/03/2019, 16:42": European
     * browsers; session 39) */
    if (i + 3 <= e && p[i] == ' ' &&
        (p[i + 1] == 'A' || p[i + 1] == 'P') && p[i + 2] == 'M')
        i += 3;
    return i == e || (i + 2 <= e && p[i] == ' ' && p[i + 1] == ' ');
}

/* Two lines with the same content once digits are masked ("TMSC-4 |
 * Malabo, 21–22 June 2195 | Joint Communiqué" on pages 2 and 3). */
static int same_masked(const unsigned char *p, const line *a, const line *b) {
    size_t n = a->end - a->start, k;
    if (n != (size_t)(b->end - b->start) || n == 0) return 0;
    for (k = 0; k < n; k++) {
        unsigned char x = p[a->start + k], y = p[b->start + k];
        if (x != y && !(scm_ascii_is_digit(x) && scm_ascii_is_digit(y)))
            return 0;
    }
    return 1;
}

/* Line i stands at the edge of a page: the first line after a form feed
 * or the last one before it, or (session 15) one with only blank lines
 * and dropped page furniture between it and the form feed, or the end of
 * a paged text ("… Final Communiqué of the 19th Ordinary Session" above
 * "Page 1 of 2" + form feed, and above "Page 2 of 2" at the end). */
static int at_page_edge(const ctx *c, size_t i, int paged) {
    size_t q;
    if (c->lines.items[i].flags & (LF_AFTER_FF | LF_BEFORE_FF)) return 1;
    for (q = i + 1; q <= i + 3; q++) {
        const line *b;
        if (q >= c->lines.len) return paged;
        b = &c->lines.items[q];
        if (!(b->flags & (LF_BLANK | LF_DROP))) break;
        if (b->flags & LF_BEFORE_FF) return 1;
    }
    for (q = i; q-- > 0 && q + 3 >= i;) {
        const line *b = &c->lines.items[q];
        if (!(b->flags & (LF_BLANK | LF_DROP))) break;
        if (b->flags & LF_AFTER_FF) return 1;
    }
    return 0;
}

/* A running header or footer: the same line (digits aside) at the edge of
 * two pages or more (at_page_edge).  Body text does not repeat itself
 * there. */
static void drop_running_lines(ctx *c, int paged) {
    const unsigned char *p = U(c);
    size_t i, j, nc = 0, *cand, n = c->lines.len, ff;
    /* only a line within four of a form feed (or of a paged text's end)
     * can stand at a page's edge: those are compared, not every line
     * with every line after it (quadratic in a long text) */
    cand = malloc((n + 1) * sizeof *cand);
    if (!cand) return; /* (nothing dropped: no text is lost) */
    /* one pass: `ff` is the last line next to a form feed up to line
     * i + 4 (SIZE_MAX when none), read ahead by j */
    for (i = 0, j = 0, ff = SIZE_MAX; i < n; i++) {
        for (; j < n && j <= i + 4; j++)
            if (c->lines.items[j].flags & (LF_AFTER_FF | LF_BEFORE_FF)) ff = j;
        if ((paged && i + 4 >= n) || (ff != SIZE_MAX && ff + 4 >= i))
            cand[nc++] = i;
    }
    for (i = 0; i < nc; i++) {
        line *a = &c->lines.items[cand[i]];
        /* (a short title dropped already inside a cut sentence still
         * finds its repeats above a paragraph; other dropped lines are
         * done) */
        if ((a->flags & LF_BLANK) ||
            ((a->flags & LF_DROP) && !(a->flags & LF_TITLE)) ||
            !at_page_edge(c, cand[i], paged))
            continue;
        for (j = i + 1; j < nc; j++) {
            line *b = &c->lines.items[cand[j]];
            if ((b->flags & LF_BLANK) || !same_masked(p, a, b) ||
                !at_page_edge(c, cand[j], paged))
                continue;
            a->flags |= LF_DROP;
            b->flags |= LF_DROP;
        }
    }
    free(cand);
}

static int ends_with_date(const ctx *c, const line *ln);

/* Byte j of q (j >= 1) in lower case: ASCII, and the Latin-1 letters
 * UTF-8 writes after 0xC3 ("COMMUNIQUÉ" is "Communiqué"; session 31). */
static unsigned char fold_at(const char *q, size_t j) {
    unsigned char ch = (unsigned char)q[j];
    if ((unsigned char)q[j - 1] == 0xC3 && ch >= 0x80 && ch <= 0x9E && ch != 0x97)
        return (unsigned char)(ch + 0x20);
    return scm_ascii_lower(ch);
}

/* needle[0..m) in s[0..n), ASCII (and Latin-1 letters') case folded. */
static int find_bytes_ci(const char *s, size_t n, const char *needle,
                         size_t m) {
    unsigned char lo, up;
    const char *last, *a, *b;
    size_t j;
    if (m == 0 || m > n) return 0;
    /* the places of the first byte in either case, by memchr (the first
     * page is searched once per word of a line): a and b are the next
     * place of each case, NULL when there is none */
    lo = scm_ascii_lower((unsigned char)needle[0]);
    up = scm_ascii_is_lower(lo) ? (unsigned char)(lo - 32) : lo;
    last = s + (n - m);
    a = memchr(s, lo, n - m + 1);
    b = up != lo ? memchr(s, up, n - m + 1) : NULL;
    while (a || b) {
        const char *q = !b || (a && a < b) ? a : b;
        for (j = 1; j < m && fold_at(q, j) == fold_at(needle, j); j++)
            ;
        if (j == m) return 1;
        if (q == a)
            a = q < last ? memchr(q + 1, lo, (size_t)(last - q)) : NULL;
        else
            b = q < last ? memchr(q + 1, up, (size_t)(last - q)) : NULL;
    }
    return 0;
}

/* Every word of p[a, b) (split at spaces) is in s[0, n): "Joint
 * Statement on the Senqu–Orange River" under a title that writes "Joint
 * Statement by the Ministers … on the Senqu–Orange River". */
static int words_found_ci(const char *s, size_t n, const unsigned char *p,
                          size_t a, size_t b) {
    size_t w = a, words = 0;
    while (w < b) {
        size_t x = w;
        while (x < b && p[x] != ' ') x++;
        /* a spaced dash or bar between the parts is no word: "Joint
         * Declaration – Indonesia and Solomon Islands" */
        if (!((x - w == 1 && (p[w] == '-' || p[w] == '|')) ||
              (x - w == 3 && p[w] == 0xE2 && p[w + 1] == 0x80 &&
               (p[w + 2] == 0x93 || p[w + 2] == 0x94)))) {
            if (!find_bytes_ci(s, n, (const char *)p + w, x - w)) return 0;
            words++;
        }
        while (x < b && p[x] == ' ') x++;
        w = x;
    }
    return words >= 2;
}

/* "ACS – Special Meeting of the Ministerial Council – Press Statement":
 * a line of two parts or more set apart by spaced dashes, bars or middle
 * dots, each
 * of which the first page wrote before (the title repeated as a running
 * header; session 15: or each of whose words it wrote, a short title),
 * ending no sentence. */
static int repeats_title(const ctx *c, const line *ln, size_t first_page) {
    const unsigned char *p = U(c);
    size_t s = ln->start, k, parts = 0;
    /* a page holds a few thousand characters: the first page is read
     * from the start to the first marker, at most 8 KB of it (a text
     * that runs on for megabytes before its first marker is no page) */
    if (first_page > 8192) first_page = 8192;
    if (ln->end <= ln->start || p[ln->end - 1] == '.') return 0;
    for (k = s; k <= ln->end; k++) {
        size_t sep = 0, a = s, b = k;
        if (k == ln->end) sep = 0;
        else if (k + 4 < ln->end && p[k] == ' ' && p[k + 1] == 0xE2 &&
                 p[k + 2] == 0x80 && (p[k + 3] == 0x93 || p[k + 3] == 0x94) &&
                 p[k + 4] == ' ')
            sep = 5; /* " – ", " — " */
        else if (k + 3 < ln->end && p[k] == ' ' && p[k + 1] == 0xC2 &&
                 p[k + 2] == 0xB7 && p[k + 3] == ' ')
            sep = 4; /* " · ": "Caribbean Development Bank · Fifty-Eighth
                      * Annual Meeting …" (session 17) */
        else if (k + 2 < ln->end && p[k] == ' ' &&
                 (p[k + 1] == '|' || p[k + 1] == '-') && p[k + 2] == ' ')
            sep = 3;
        else
            continue;
        while (a < b && p[a] == ' ') a++;
        while (b > a && p[b - 1] == ' ') b--;
        if (b - a < 2) return 0;
        /* in either case: "Fact Sheet – …" under "FACT SHEET: …" */
        if (!find_bytes_ci(c->raw, first_page, c->raw + a, b - a) &&
            !words_found_ci(c->raw, first_page, p, a, b)) {
            /* "RSSD-4": a short form and the meeting's number, the short
             * form written on the first page; or (session 16) a document
             * symbol that opens with it: "SACEP/GC.18", "UNEP/EA.6/L.1" */
            size_t q = a;
            int digits = 0, slash;
            while (q < b && scm_ascii_is_upper(p[q])) q++;
            if (q - a < 2 || q >= b || (p[q] != '-' && p[q] != '/') ||
                !scm_find_bytes(c->raw, first_page, c->raw + a, q - a))
                return 0;
            slash = p[q] == '/';
            for (q++; q < b; q++) {
                if (scm_ascii_is_digit(p[q])) digits++;
                else if (!slash || !(p[q] == '/' || p[q] == '.' || p[q] == '-' ||
                                     scm_ascii_is_upper(p[q])))
                    return 0;
            }
            if (!digits) return 0;
        }
        parts++;
        if (k == ln->end) break;
        s = k + sep;
        k = s - 1;
    }
    return parts >= 2;
}

/* "JIC-5 | Dushanbe, 11–12 September 2245 | Joint Statement": three
 * fields or more set apart by spaced bars, no full stop at the end.
 * Prose has no such line; a page header has. */
static size_t dot_fields(const ctx *c, const line *ln);
static int bar_fields(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    size_t k, bars = 0;
    if (ln->end <= ln->start || p[ln->end - 1] == '.') return 0;
    for (k = ln->start; k + 2 < ln->end; k++)
        if (p[k] == ' ' && p[k + 1] == '|' && p[k + 2] == ' ') bars++;
    /* (or set apart by middle dots: "Der Bundespräsident · Pressemitteilung
     * · Staatsbesuch Botswana"; session 29) */
    return bars >= 2 || dot_fields(c, ln) >= 2;
}

/* How many spaced middle dots (U+00B7) set fields apart in line ln. */
static size_t dot_fields(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    size_t k, dots = 0;
    for (k = ln->start; k + 3 < ln->end; k++)
        if (p[k] == ' ' && p[k + 1] == 0xC2 && p[k + 2] == 0xB7 && p[k + 3] == ' ') dots++;
    return dots;
}

/* The last text line before line i ends a sentence. */
static int prev_text_ends(const ctx *c, size_t i) {
    while (i-- > 0) {
        const line *a = &c->lines.items[i];
        if (a->flags & (LF_BLANK | LF_DROP)) continue;
        return (a->flags & LF_END) != 0;
    }
    return 0;
}

static int names_kind(const ctx *c, const line *ln);

/* "State Department for Trade | Media Release": an issuer and the kind
 * set apart by a spaced bar, short, ending no sentence.  (2 for a spaced
 * en dash and the document's number after it, "Presidency of the
 * Republic of Burundi – Communiqué No. 027/PR/5927", every word of it on
 * the first page: `first_page` bytes; session 26.) */
static int barred_kind(const ctx *c, const line *ln, size_t first_page) {
    const unsigned char *p = U(c);
    size_t k;
    if (ln->end <= ln->start || ln->width > 110 || p[ln->end - 1] == '.' ||
        !names_kind(c, ln))
        return 0;
    for (k = ln->start; k + 2 < ln->end && ln->width <= 80; k++)
        if (p[k] == ' ' && p[k + 1] == '|' && p[k + 2] == ' ') return 1;
    if (first_page > 8192) first_page = 8192;
    for (k = ln->start; k + 4 < ln->end; k++)
        if (p[k] == ' ' && p[k + 1] == 0xE2 && p[k + 2] == 0x80 && p[k + 3] == 0x93 &&
            p[k + 4] == ' ') {
            /* (the document's number in it: no heading of the text) */
            int digit = 0;
            for (size_t q = k; q < ln->end && !digit; q++) digit = scm_ascii_is_digit(p[q]);
            return digit && words_found_ci(c->raw, first_page, p, ln->start, ln->end) ? 2 : 0;
        }
    return 0;
}

/* The next line of text after line i starts in lower case. */
static int next_text_lower(const ctx *c, size_t i) {
    while (++i < c->lines.len) {
        const line *b = &c->lines.items[i];
        if (b->flags & (LF_BLANK | LF_DROP)) continue;
        return b->end > b->start && scm_ascii_is_lower(U(c)[b->start]);
    }
    return 0;
}

static int names_kind(const ctx *c, const line *ln);

/* "27th KIDD Joint Statement": a line of two to eight words that names
 * the document's kind, each word written on the first page, ending no
 * sentence -- the title, short, as a running header. */
static int short_kind_title(const ctx *c, const line *ln, size_t first_page) {
    const unsigned char *p = U(c);
    size_t k, words = 1;
    if (first_page > 8192) first_page = 8192;
    if (ln->end <= ln->start || ln->width > 60 || p[ln->end - 1] == '.' ||
        !names_kind(c, ln))
        return 0;
    for (k = ln->start; k < ln->end; k++) words += p[k] == ' ';
    return words >= 2 && words <= 8 &&
           words_found_ci(c->raw, first_page, p, ln->start, ln->end);
}

/* "Third Round of Pakistan–Ghana Bilateral Political Consultations": a
 * line of two to ten words that names the meeting, each word written on
 * the first page (`first_page` bytes), ending no sentence -- the
 * meeting's name as a running header (session 26). */
static int meeting_title(const ctx *c, const line *ln, size_t first_page) {
    static const char *const heads[] = {"consultations", "meeting", "summit", "dialogue",
                                        "talks", "session", "commission", NULL};
    const unsigned char *p = U(c);
    size_t k, words = 1;
    int head = 0;
    if (first_page > 8192) first_page = 8192;
    if (ln->end <= ln->start || ln->width > 80 || p[ln->end - 1] == '.' ||
        p[ln->end - 1] == ',' || !scm_ascii_is_upper(p[ln->start]))
        return 0;
    for (k = 0; heads[k] && !head; k++)
        head = scm_ascii_ifind(c->raw + ln->start, ln->end - ln->start, heads[k]) != NULL;
    for (k = ln->start; k < ln->end; k++) words += p[k] == ' ';
    return head && words >= 2 && words <= 10 &&
           words_found_ci(c->raw, first_page, p, ln->start, ln->end);
}

/* "Page 1 of 2" + "Quad Foreign Ministers’ Meeting – New Delhi, September
 * 12, 2447": a running header set once, on the second page, next to the
 * page marker at line i -- a short line that ends in a full date and no
 * sentence, or one of bar-separated fields.  A dateline opening the first
 * page has no marker before it (the caller wants three lines above). */
/* Line b is, whole, a line of the first page raw[0, first_page) (the
 * title written again as a running header), twenty bytes or more. */
static int first_page_line(const ctx *c, const line *b, size_t first_page) {
    const char *raw = c->raw, *q = raw, *end;
    size_t s = b->start, e = b->end;
    while (s < e && raw[s] == ' ') s++;
    while (e > s && raw[e - 1] == ' ') e--;
    if (e - s < 20) return 0;
    if (first_page > 8192) first_page = 8192;
    end = raw + first_page;
    while (q < end && (q = scm_find_bytes(q, (size_t)(end - q), raw + s, e - s)) != NULL) {
        const char *a = q, *z = q + (e - s);
        while (a > raw && a[-1] == ' ') a--;
        while (z < end && *z == ' ') z++;
        if ((a == raw || a[-1] == '\n') && (z == end || *z == '\n' || *z == '\r')) return 1;
        q++;
    }
    return 0;
}

static void dated_header_after(ctx *c, size_t i) {
    size_t j;
    for (j = i + 1; j < c->lines.len && j <= i + 2; j++) {
        line *b = &c->lines.items[j];
        if (b->flags & LF_BLANK) continue;
        if (!(b->flags & (LF_DROP | LF_END)) && b->width <= 100 &&
            (ends_with_date(c, b) ||
             ((b->flags & LF_AFTER_FF) && bar_fields(c, b)) ||

             /* the title again, a paragraph of its own or (session 15)
              * inside the sentence the page cut, which goes on in lower
              * case */
             /* (after a page marker with no form feed too, inside the
              * sentence it cut: "… the acces-" / "Page 1 of 2" / "Third
              * Meeting of the JCFAC — Joint Communiqué" / "sion of …";
              * session 30) */
             (((b->flags & LF_AFTER_FF) || !prev_text_ends(c, i)) && j + 1 < c->lines.len &&
              ((c->lines.items[j + 1].flags & LF_BLANK) ||
               scm_ascii_is_lower(U(c)[c->lines.items[j + 1].start]) ||
               /* or above a new paragraph, the page cut between two
                * ("… by peaceful means." / "1" / the header / "They
                * expressed …") */
               prev_text_ends(c, i)) &&
              /* (first_marker is set: line i is a marker) */
              repeats_title(c, b, c->first_marker - 1))))
            b->flags |= LF_DROP;
        /* a short title of one part that names the kind, inside a
         * sentence the page cut: "… the Future Combined" / "1" / "27th
         * KIDD Joint Statement" / "Forces Command …" (session 17) */
        else if (!(b->flags & (LF_DROP | LF_END)) && (b->flags & LF_AFTER_FF) &&
                 !prev_text_ends(c, i) &&
                 short_kind_title(c, b, c->first_marker - 1))
            b->flags |= LF_DROP | LF_TITLE;
        return;
    }
}

/* "    Joint Statement on Tsunami Early Warning – 4 June 7025" / "1" /
 * form feed: a running footer above the page marker at line i, the
 * title's words (each written above it on the page) and the date set
 * apart by a spaced dash or bar -- not prose that a line ends with a
 * date (session 34). */
static void dated_footer_before(ctx *c, size_t i) {
    const unsigned char *p = U(c);
    size_t j = i, k, sep = 0;
    line *b = NULL;
    while (j-- > 0 && i - j <= 2) {
        if (c->lines.items[j].flags & LF_BLANK) continue;
        b = &c->lines.items[j];
        break;
    }
    if (!b || (b->flags & (LF_DROP | LF_END)) || b->width > 100 || !ends_with_date(c, b))
        return;
    size_t after = 0;
    for (k = b->start; k + 4 < b->end; k++) {
        size_t dl;
        if (p[k] != ' ') continue;
        if (p[k + 1] == '|' && p[k + 2] == ' ') sep = k, after = k + 3;
        else if ((dl = dash_len(p, k + 1, b->end)) == 3 && p[k + 4] == ' ')
            sep = k, after = k + 5;
    }
    if (!sep) return;
    {
        scm_date d;
        size_t s = b->start;
        while (s < sep && p[s] == ' ') s++;
        /* the date is all that follows the separator */
        if (!scm_date_find(c->raw, b->end, after, 0, &d) || d.span.start != after ||
            d.span.stop != b->end)
            return;
        if (words_found_ci(c->raw, s > 8192 ? 8192 : s, p, s, sep)) b->flags |= LF_DROP;
    }
}

/* "Seventh Australia – PNG Defence Ministers’ Meeting | Joint Communiqué
 * | 1": bar-separated fields ending in a page number of one to three
 * digits, a running footer where it stands next to a form feed. */
static int bar_footer(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    size_t e = ln->end, k;
    while (e > ln->start && p[e - 1] == ' ') e--;
    for (k = e; k > ln->start && scm_ascii_is_digit(p[k - 1]); k--)
        ;
    if (k == e || e - k > 3 || k < ln->start + 3 || p[k - 1] != ' ' ||
        p[k - 2] != '|' || p[k - 3] != ' ')
        return 0;
    return bar_fields(c, ln);
}

/* Line i, the first after a form feed inside a sentence the page cut, is
 * the document's title or name again: a short title naming the kind, an
 * issuer and the kind set apart by a bar, or the meeting's name, before a
 * line in lower case; an issuer, the kind and its number set apart by a
 * dash before any line (session 26). */
static int running_title(const ctx *c, const line *ln, size_t i) {
    size_t first_page = c->first_marker ? c->first_marker - 1 : ln->start;
    int barred = barred_kind(c, ln, first_page);
    if (barred == 2) return 1;
    /* "Te Beretitenti receives the Special Envoy of the President of Cuba
     * (continued)": the headline again, marked as going on, its words
     * written on the first page (session 26) */
    {
        static const char *const marks[] = {" (continued)", " (cont.)", " (cont'd)", NULL};
        const unsigned char *p = U(c);
        size_t e = ln->end;
        while (e > ln->start && p[e - 1] == ' ') e--;
        for (size_t k = 0; marks[k]; k++) {
            size_t ml = strlen(marks[k]);
            if (e - ln->start > ml + 10 && ln->width <= 120 &&
                !memcmp(p + e - ml, marks[k], ml) &&
                words_found_ci(c->raw, first_page > 8192 ? 8192 : first_page, p, ln->start,
                               e - ml))
                return 1;
        }
    }
    /* "Press release – Minister Sangiorgi in Astana": the kind and the
     * headline's opening set apart by a dash, its words written on the
     * first page, before a line in capitals too (the cut sentence's next
     * word a name; session 27) */
    {
        static const char *const kinds[] = {"press release", "media release", "news release",
                                            "joint statement", "joint communique", "readout",
                                            "statement", "communique",
                                            /* (written with its accent; session 40) */
                                            "joint communiqu\xC3\xA9", "communiqu\xC3\xA9", NULL};
        const unsigned char *p = U(c);
        size_t e = ln->end, k, d = 0;
        while (e > ln->start && p[e - 1] == ' ') e--;
        for (k = ln->start; k + 5 <= e && !d; k++)
            if (p[k] == ' ' && p[k + 1] == 0xE2 && p[k + 2] == 0x80 && p[k + 3] == 0x93 &&
                p[k + 4] == ' ')
                d = k;
        if (d && ln->width <= 120 && e - (d + 5) >= 12 &&
            words_found_ci(c->raw, first_page > 8192 ? 8192 : first_page, p, d + 5, e)) {
            for (k = 0; kinds[k]; k++) {
                size_t kl = strlen(kinds[k]);
                if (d - ln->start == kl && !strncasecmp((const char *)p + ln->start, kinds[k], kl))
                    return 1;
            }
        }
    }
    return next_text_lower(c, i) &&
           (barred || short_kind_title(c, ln, first_page) || meeting_title(c, ln, first_page));
}

/* Drop page numbers and headers.  A lone number counts only where pages
 * are known to break: next to a form feed, or in layouts made from PDFs.
 * After a form feed a marker may be glued to the first line of text. */
static void drop_furniture(ctx *c, scm_layout layout) {
    const unsigned char *p = U(c);
    int pdf = layout == SCM_LAYOUT_SPACED || layout == SCM_LAYOUT_UNBROKEN;
    size_t i, last = c->lines.len;
    int paged = 0;
    /* the text's last line ends the last page of a paged text */
    for (i = 0; i < c->lines.len; i++) {
        if (c->lines.items[i].flags & LF_AFTER_FF) paged = 1;
        if (!(c->lines.items[i].flags & LF_BLANK)) last = i;
    }
    for (i = 0; i < c->lines.len; i++) {
        line *ln = &c->lines.items[i];
        int ff = (ln->flags & (LF_AFTER_FF | LF_BEFORE_FF)) != 0 ||
                 (paged && i == last);
        size_t m;
        if (ln->flags & (LF_BLANK | LF_DROP)) continue;
        /* "… Joint Fact Sheet          1", an empty line, then the form
         * feed: next to it still */
        if (!ff) {
            size_t q;
            for (q = i + 1; q < c->lines.len && q <= i + 2 &&
                            (c->lines.items[q].flags & LF_BLANK);
                 q++)
                if (c->lines.items[q].flags & LF_BEFORE_FF) ff = 1;
            if (q < c->lines.len && q <= i + 3 &&
                (c->lines.items[q].flags & LF_AFTER_FF))
                ff = 1;
        }
        int footer;
        m = page_marker(p, ln->start, ln->end, pdf || ff);
        footer = m != ln->end - ln->start && running_footer(p, ln->start, ln->end, ff);
        if (m == ln->end - ln->start || footer ||
            (ff && bar_footer(c, ln)) ||
            print_stamp(p, ln->start, ln->end)) {
            ln->flags |= LF_DROP;
            /* the first page ends at the first marker: what a running
             * header repeats was written there (not on every page before
             * a later marker, which in a long text is most of it) */
            if ((m || footer) && !c->first_marker) c->first_marker = ln->start + 1;
            /* (a running footer with its page number, "www.opm.gov.tt
             * Page 1 of 2", marks the page's end too; session 25) */
            if ((m || footer) && i >= 3) dated_header_after(c, i);
            if (m && ff && i >= 3) dated_footer_before(c, i);
        } else if (m && (ln->flags & LF_AFTER_FF) && m > 1) {
            size_t s = skip_blanks(p, ln->start + m, ln->end);
            ln->width -= (uint32_t)scm_utf8_count(c->raw + ln->start,
                                                  s - ln->start);
            ln->start = (scm_off)s;
        } else if (!m && (ln->flags & LF_AFTER_FF) && !prev_text_ends(c, i) &&
                   (running_title(c, ln, i) ||
                    /* (or a line of the first page written again whole,
                     * the title: "… Prime Minister Paulauskaitė-" / form
                     * feed / the title / "Žemaitienė thanked …"; session
                     * 30) */
                    first_page_line(c, ln, c->first_marker ? c->first_marker - 1 : ln->start) ||
                    /* (or fields set apart by middle dots: "PRESS RELEASE
                     * 214/7123 · PRIME MINISTER’S OFFICE"; session 29) */
                    (dot_fields(c, ln) >= 1 && ln->width <= 110 && p[ln->end - 1] != '.'))) {
            /* a running header with no page number, inside the sentence
             * the page cut: "… the impacts of" / form feed / "Joint
             * Declaration – Indonesia and Solomon Islands" (or "State
             * Department for Trade | Media Release") / "climate change …"
             * (session 21) */
            ln->flags |= LF_DROP | LF_TITLE;
        } else if (!m && (ln->flags & LF_BEFORE_FF) && i > 0 &&
                   ((c->lines.items[i - 1].flags & LF_DROP) ||
                    page_marker(p, c->lines.items[i - 1].start, c->lines.items[i - 1].end, 1) ==
                        c->lines.items[i - 1].end - c->lines.items[i - 1].start) &&
                   running_title(c, ln, i)) {
            /* (or the page's footer under its number, right before the
             * form feed: "Page 1 of 2" / "Joint Communiqué – Third
             * Session, Malaysia–Uganda Joint Commission" / form feed;
             * session 40) */
            ln->flags |= LF_DROP | LF_TITLE;
        }
    }
    drop_running_lines(c, paged);
}

/* ---- Markdown ---------------------------------------------------------- */

/* Is there Markdown here?  Front matter alone is not enough (the FOMC
 * statement has it and no markup); two kinds of evidence are. */
static int detect_markdown(const ctx *c, size_t body) {
    const char *s = c->raw + body;
    size_t n = c->len - body, i;
    int score = c->front_matter;
    const char *b;
    if (scm_find_bytes(s, n, "**", 2)) score++;
    if (scm_find_bytes(s, n, "<sup>", 5) || scm_find_bytes(s, n, "<br", 3)) score++;
    for (b = memchr(s, '\\', n); b && b + 1 < s + n;
         b = memchr(b + 1, '\\', (size_t)(s + n - b - 1))) {
        unsigned char ch = (unsigned char)b[1];
        if (ch > ' ' && ch < 0x7F && !scm_ascii_is_alnum(ch)) {
            score++;
            break;
        }
    }
    for (i = 0; i < c->lines.len; i++) {
        const line *ln = &c->lines.items[i];
        size_t k = ln->start;
        while (k < ln->end && c->raw[k] == '#') k++;
        if (k > ln->start && k - ln->start <= 6 && k < ln->end &&
            c->raw[k] == ' ') {
            score++;
            break;
        }
    }
    return score >= 2;
}

/* A bullet glyph of three bytes at p: • ▪ ■ ● ◦, and (session 30) the
 * Korean government's □ and ○, ◆ ◇ ▶ ➢ (the caller has checked that
 * three bytes are there). */
static int bullet_glyph(const unsigned char *p) {
    return p[0] == 0xE2 &&
           ((p[1] == 0x80 && p[2] == 0xA2) ||  /* • */
            (p[1] == 0x96 && p[2] == 0xAA) ||  /* ▪ */
            (p[1] == 0x96 && p[2] == 0xA0) ||  /* ■ */
            (p[1] == 0x96 && p[2] == 0xA1) ||  /* □ */
            (p[1] == 0x96 && p[2] == 0xB6) ||  /* ▶ */
            (p[1] == 0x97 && p[2] == 0x8F) ||  /* ● */
            (p[1] == 0x97 && p[2] == 0x8B) ||  /* ○ */
            (p[1] == 0x97 && p[2] == 0x86) ||  /* ◆ */
            (p[1] == 0x97 && p[2] == 0x87) ||  /* ◇ */
            (p[1] == 0x97 && p[2] == 0xA6) ||  /* ◦ */
            (p[1] == 0x9E && p[2] == 0xA2));   /* ➢ */
}

/* An en or em dash at p (three bytes there). */
static int dash_bullet(const unsigned char *p) {
    return p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94);
}

/* The value of a Roman numeral of one to five capitals (I to XXXIX) at
 * p[*k..e), *k moved past it; 0 when none, or when a letter follows. */
static int roman_value(const unsigned char *p, size_t *k, size_t e) {
    size_t i = *k;
    int value = 0, last = 1000;
    while (i < e && i - *k < 5 && (p[i] == 'I' || p[i] == 'V' || p[i] == 'X')) {
        int v = p[i] == 'I' ? 1 : p[i] == 'V' ? 5 : 10;
        value += v > last ? v - 2 * last : v;
        last = v;
        i++;
    }
    if (i == *k || (i < e && scm_ascii_is_alnum(p[i]))) return 0;
    *k = i;
    return value;
}

/* Bytes of a list label at p[s..e) ("-", "*", "+", "•", "12.", "3)"),
 * without the white space after it, or 0.  *ordered_one is set for "1." */
static size_t list_label(const unsigned char *p, size_t s, size_t e,
                         int *ordered, int *one) {
    size_t i = s, n;
    *ordered = *one = 0;
    if (i < e && (p[i] == '-' || p[i] == '*' || p[i] == '+')) {
        i++;
    } else if (i + 3 <= e && bullet_glyph(p + i)) {
        i += 3;
    } else if (p[i] == '[') {
        /* "[4]  The President presented …": a paragraph number in square
         * brackets, as courts and councils number them (session 33) */
        i = skip_digits(p, s + 1, e, &n);
        if (n == 0 || n > 3 || i >= e || p[i] != ']') return 0;
        *ordered = 1;
        *one = n == 1 && p[s + 1] == '1';
        i++;
    } else {
        i = skip_digits(p, s, e, &n);
        if (n == 0 || n > 3 || i >= e || (p[i] != '.' && p[i] != ')'))
            return 0;
        *ordered = 1;
        *one = n == 1 && p[s] == '1';
        i++;
        /* ("3.- At the end of their talks, …": the Spanish label; session
         * 31) */
        if (p[i - 1] == '.' && i + 1 < e && p[i] == '-' && p[i + 1] == ' ') i++;
    }
    if (i >= e || (p[i] != ' ' && p[i] != '\t')) return 0;
    return i - s;
}

/* Classify Markdown lines: headings, list items, the "\###" end marker. */
static void mark_markdown_lines(ctx *c) {
    const unsigned char *p = U(c);
    size_t i, last = SIZE_MAX;
    for (i = 0; i < c->lines.len; i++) {
        line *ln = &c->lines.items[i];
        size_t k = ln->start;
        int ordered, one;
        if (ln->flags & (LF_BLANK | LF_DROP)) continue;
        /* a line that is one HTML comment: "<!-- image: … -->" (session
         * 31) */
        {
            size_t a = ln->start, z = ln->end;
            while (a < z && (p[a] == ' ' || p[a] == '\t')) a++;
            while (z > a && (p[z - 1] == ' ' || p[z - 1] == '\t' || p[z - 1] == '\r')) z--;
            if (z - a >= 7 && !memcmp(p + a, "<!--", 4) && !memcmp(p + z - 3, "-->", 3) &&
                !scm_find_bytes((const char *)p + a + 4, z - a - 7, "-->", 3)) {
                ln->flags |= LF_DROP;
                continue;
            }
        }
        last = i;
        while (k < ln->end && p[k] == '#') k++;
        if (k > ln->start && k - ln->start <= 6 &&
            (k == ln->end || p[k] == ' ' || p[k] == '\t')) {
            ln->md = MD_HEADING;
        } else if (list_label(p, ln->start, ln->end, &ordered, &one)) {
            ln->md = ordered ? (one ? MD_ORDERED_ONE : MD_ORDERED) : MD_BULLET;
        }
    }
    if (last != SIZE_MAX) { /* "\###": the converter's end-of-page marker */
        line *ln = &c->lines.items[last];
        size_t k = ln->start;
        if (k < ln->end && p[k] == '\\') k++;
        while (k < ln->end && p[k] == '#') k++;
        if (k == ln->end && p[ln->start] == '\\') ln->flags |= LF_DROP;
    }
}

static int one_bold_span(const char *raw, size_t s, size_t e);

/* ---- layout ------------------------------------------------------------ */

typedef struct layout_stats {
    size_t lines, ends, direct, single, multi;
} layout_stats;

/* The column width: the 95th percentile of line widths, so that a few
 * long lines (headers glued together, URLs) do not stretch it. */
static uint32_t estimate_width(const ctx *c, size_t *hist, size_t nhist) {
    size_t i, n = 0, seen = 0, want;
    for (i = 0; i < c->lines.len; i++) {
        const line *ln = &c->lines.items[i];
        if (ln->flags & (LF_BLANK | LF_DROP)) continue;
        hist[ln->width < nhist ? ln->width : nhist - 1]++;
        n++;
    }
    if (n == 0) return 0;
    want = n - n / 20;
    for (i = 0; i < nhist; i++) {
        seen += hist[i];
        if (seen >= want) return (uint32_t)i;
    }
    return (uint32_t)(nhist - 1);
}

/* Count lines, sentence ends, and the gaps between text lines: direct
 * (no blank line), single (one empty line), multi (more, or white space). */
static void gather_stats(const ctx *c, layout_stats *st) {
    size_t i, blanks = 0;
    int ws_blank = 0, seen = 0;
    memset(st, 0, sizeof *st);
    for (i = 0; i < c->lines.len; i++) {
        const line *ln = &c->lines.items[i];
        if (ln->flags & LF_DROP) continue;
        if (ln->flags & LF_BLANK) {
            blanks++;
            if (!(ln->flags & LF_EMPTY)) ws_blank = 1;
            continue;
        }
        st->lines++;
        if (ln->flags & LF_END) st->ends++;
        if (seen) {
            if (blanks == 0) st->direct++;
            else if (blanks == 1 && !ws_blank) st->single++;
            else st->multi++;
        }
        seen = 1;
        blanks = 0;
        ws_blank = 0;
    }
}

/* Weigh the evidence.  Hard-wrapped text has a bounded width and most of
 * its lines end mid-sentence; one-paragraph-per-line text does not.  An
 * empty line after nearly every line (lines running on directly only at
 * page breaks) is PDF extraction, "spaced"; the same gaps between whole
 * paragraphs are "lines".  No blank lines at all: pdftotext output or one
 * paragraph per line.  Lines running on inside blank-separated blocks:
 * ordinary hard-wrapped text. */
static scm_layout choose_layout(const ctx *c, const layout_stats *st) {
    size_t gaps = st->direct + st->single + st->multi;
    int wrapped = c->width <= 200 && st->ends * 2 <= st->lines;
    if (st->lines <= 1) return SCM_LAYOUT_LINES;
    if (st->single * 10 >= gaps * 6 && st->direct * 4 <= st->single) {
        /* in Markdown an empty line always ends a paragraph, however short
         * its lines and whatever they end with ("**RECALLING** …;") */
        if (wrapped && !c->markdown &&
            (st->multi + st->direct > 0 || st->ends * 3 < st->lines))
            return SCM_LAYOUT_SPACED;
        return SCM_LAYOUT_LINES;
    }
    if (st->direct == gaps)
        return wrapped ? SCM_LAYOUT_UNBROKEN : SCM_LAYOUT_LINES;
    if (st->direct == 0 || c->width > 200) return SCM_LAYOUT_LINES;
    return SCM_LAYOUT_WRAPPED;
}

/* ---- paragraphs -------------------------------------------------------- */

/* Characters of the first word of a line. */
static uint32_t first_word_width(const ctx *c, const line *ln) {
    const char *s = c->raw + ln->start;
    size_t n = ln->end - ln->start, i = 0;
    uint32_t w = 0;
    while (i < n && !scm_utf8_space_len(s + i, n - i)) {
        w += scm_utf8_is_lead((unsigned char)s[i]);
        i++;
    }
    return w;
}

/* Does the line open like a sentence: a capital or a digit, maybe after an
 * opening quote or bracket? */
static int starts_sentence(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    size_t i = ln->start, e = ln->end, k;
    uint32_t cp;
    while (i < e) {
        k = scm_utf8_decode(p + i, e - i, &cp);
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

/* A deliberate break between two directly adjacent lines: the first ends
 * a sentence, the second starts one, and the second's first word would
 * have fitted on the first line -- so the line did not end for want of
 * room.  Used at page breaks (spaced layout) and in pdftotext output. */
/* "8. Deputy Minister …" after a line that ends a sentence: a numbered
 * paragraph opens. */
static int numbered_opening(const ctx *c, const line *a, const line *b) {
    const unsigned char *p = U(c);
    size_t i = b->start;
    if (!(a->flags & LF_END)) return 0;
    /* "… a rules-based order." + "- We welcome …": a hyphen as a list
     * item's bullet before a capital, after a sentence's end (session
     * 21) */
    if (b->end - b->start >= 4 && p[i] == '-' && p[i + 1] == ' ' &&
        p[i + 2] >= 'A' && p[i + 2] <= 'Z')
        return 1;
    /* (also "[8] " in square brackets; session 33) */
    if (p[i] == '[') {
        for (i++; i < b->end && i - b->start < 4 && scm_ascii_is_digit(p[i]); i++)
            ;
        return i > b->start + 1 && i + 1 < b->end && p[i] == ']' && p[i + 1] == ' ';
    }
    while (i < b->end && i - b->start < 3 && scm_ascii_is_digit(p[i])) i++;
    return i > b->start && i + 1 < b->end && p[i] == '.' && p[i + 1] == ' ';
}

static int deliberate_break(const ctx *c, const line *a, const line *b) {
    const unsigned char *p = U(c);
    size_t k;
    if (!(a->flags & LF_END) || !starts_sentence(c, b)) return 0;
    if (numbered_opening(c, a, b)) return 1;
    /* "… the results of the 12th ROK–U.S." + "Space Cooperation Working
     * Group …": after an abbreviation with an inner period only a
     * sentence starter ("The", "They") opens a paragraph */
    k = a->end;
    while (k > a->start && p[k - 1] != ' ') k--;
    if (a->end - k >= 4 && memchr(p + k, '.', a->end - k - 1) && c->lex) {
        size_t e = b->start;
        while (e < b->end && p[e] != ' ') e++;
        if (!scm_lexicon_has(c->lex, SCM_LEX_STARTER, c->raw + b->start,
                             e - b->start))
            return 0;
    }
    return a->width + 1 + first_word_width(c, b) <= c->width;
}

/* s[0..n) is made of the letters of lower-case Roman numerals. */
static int roman_letters(const unsigned char *s, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (s[k] != 'i' && s[k] != 'v' && s[k] != 'x') return 0;
    return 1;
}

/* The line opens with a list item's label: "(a) ", "(iv) ", "a. ". */
static int item_label(const unsigned char *p, const line *ln) {
    size_t open = ln->end - ln->start >= 4 && p[ln->start] == '(';
    /* "– endorsed …": a dash as the item's bullet, before a word in
     * lower case */
    if (ln->end - ln->start >= 6 && dash_bullet(p + ln->start) &&
        p[ln->start + 3] == ' ' && scm_ascii_is_lower(p[ln->start + 4]))
        return 1;
    size_t i = ln->start + open;
    if (ln->end - ln->start < 3) return 0;
    /* "(a) ", "(iv) ", and without the opening bracket "a) ", "iv) " */
    while (i < ln->end && i - ln->start <= 4 && scm_ascii_is_lower(p[i])) i++;
    /* "(1) ", "(12) ": a number in brackets */
    if (open && i == ln->start + open)
        while (i < ln->end && i - ln->start <= 3 && scm_ascii_is_digit(p[i]))
            i++;
    /* "a. confirmed …", "iv. decided …": a letter and a full stop, before
     * a word in lower case (an item after a lead-in; session 26) */
    if (!open && i > ln->start && i + 2 < ln->end && p[i] == '.' && p[i + 1] == ' ' &&
        scm_ascii_is_lower(p[i + 2]) && (i == ln->start + 1 || roman_letters(p + ln->start, i - ln->start)))
        return 1;
    return i > ln->start + open && i + 1 < ln->end && p[i] == ')' &&
           p[i + 1] == ' ';
}

/* "… the Summit:" + "(a) approved …;" + "(b) directed …; and" + "(c) …":
 * with no blank lines and no indent, a line that opens with an item's
 * label after a lead-in (":") or an item's end (";", "; and", "; or")
 * opens a paragraph. */
static int labelled_opening(const ctx *c, const line *a, const line *b) {
    const unsigned char *p = U(c);
    size_t e = a->end;
    if (!item_label(p, b) || e <= a->start) return 0;
    if (p[e - 1] == ':' || p[e - 1] == ';') return 1;
    if (e - a->start >= 5 && !memcmp(p + e - 4, " and", 4)) e -= 4;
    else if (e - a->start >= 4 && !memcmp(p + e - 3, " or", 3)) e -= 3;
    else return 0;
    return p[e - 1] == ';';
}

/* "…; " + "     (b) endorsed …", "… in June." + "     Deputy Minister …":
 * with no blank lines, a first line indented deeper than the line before,
 * which ends a sentence, a clause (";") or a lead-in (":"), opens a
 * paragraph; so do items in a column ("(b)" under "(a)") and the line
 * after the last of them.  (A hanging indent follows a line that runs
 * on.) */
static int indented_opening(const ctx *c, const line *a, const line *b) {
    unsigned char last = a->end > a->start ? U(c)[a->end - 1] : 0;
    const unsigned char *p = U(c);
    int label = item_label(p, b), after_item = item_label(p, a);
    int deeper = b->indent >= a->indent + 3 ||
                 ((label || after_item) && b->indent >= 3 &&
                  b->indent >= a->indent);
    /* "2. The co-chairs reaffirmed that the Japan-U.S." + "   Alliance, …":
     * the hanging indent of a numbered paragraph, its lines at the
     * column of the text after the number, runs on (session 26) */
    if (deeper && !label && a->indent == 0) {
        size_t i = a->start;
        while (i < a->end && i - a->start < 3 && scm_ascii_is_digit(p[i])) i++;
        if (i > a->start && i + 2 < a->end && p[i] == '.' && p[i + 1] == ' ' &&
            b->indent == i + 2 - a->start)
            return 0;
    }
    if (!deeper && b->indent >= 3 && b->indent == a->indent) {
        /* a one-line paragraph before it ("     The Ministers also:"):
         * a was itself indented deeper than the text line before it */
        const line *q = a;
        while (q > c->lines.items && ((q - 1)->flags & (LF_BLANK | LF_DROP)))
            q--;
        deeper = q > c->lines.items && a->indent >= (q - 1)->indent + 3;
    }
    return deeper && ((a->flags & LF_END) || last == ';' || last == ':') &&
           (label || starts_sentence(c, b));
}

/* Does the text line before a, across blank lines and page furniture,
 * end a sentence? */
static int follows_sentence_end(const ctx *c, const line *a) {
    for (const line *q = a; q > c->lines.items;) {
        q--;
        if (q->flags & (LF_BLANK | LF_DROP)) continue;
        return (q->flags & LF_END) != 0;
    }
    return 0;
}

/* "REGIONAL SECURITY" (centred) + "     The three sides condemned …": a
 * short line in capitals that ends no sentence, above a line that starts
 * one, is a heading of its own in any layout. */
static int caps_heading_above(const ctx *c, const line *a, const line *b) {
    const unsigned char *p = U(c);
    size_t i, letters = 0;
    if ((a->flags & LF_END) || !c->width || a->width * 100 >= c->width * 72 ||
        !starts_sentence(c, b))
        return 0;
    for (i = a->start; i < a->end; i++) {
        if (scm_ascii_is_lower(p[i])) return 0;
        if (scm_ascii_is_upper(p[i])) letters++;
    }
    if (letters < 6) return 0;
    if (memchr(p + a->start, ' ', a->end - a->start)) return 1;
    /* one word ("FINANCING") only after a sentence's end (not a
     * dateline's city opening the body; session 13) */
    return follows_sentence_end(c, a);
}

static int title_cased(const ctx *c, const line *ln);

/* "    Semiconductors and Supply Chains" + "    The two sides welcomed
 * …": a short title-case line after a sentence's end, ending none itself,
 * above a line that starts one at its indent or deeper, is a heading of
 * its own (session 13). */
static int title_heading_above(const ctx *c, const line *a, const line *b) {
    const unsigned char *p = U(c);
    if ((a->flags & (LF_END | LF_HYPHEN | LF_SOFT)) || !c->width ||
        a->width * 100 >= c->width * 60 || b->indent < a->indent ||
        !starts_sentence(c, b) || a->end <= a->start ||
        p[a->end - 1] == ',' || p[a->end - 1] == ';' || p[a->end - 1] == ':' ||
        !title_cased(c, a))
        return 0;
    return follows_sentence_end(c, a);
}

/* Must line b (after a, with `gap` blank lines between, `ws` when one of
 * them holds white space) start a new paragraph? */
static int breaks_before(const ctx *c, scm_layout layout, const line *a,
                         const line *b, size_t gap, int ws, int in_list) {
    const unsigned char *p = U(c);
    /* "• Welcomed …": a bullet glyph opens a list item in any layout (a
     * PDF's lists run on under "the Secretaries:" without a blank line) */
    if (b->end - b->start >= 4 && bullet_glyph(p + b->start) &&
        (p[b->start + 3] == ' ' || p[b->start + 3] == '\t'))
        return 1;
    switch (layout) {
    case SCM_LAYOUT_LINES:
        /* Markdown: "- to convene the Working Group in Colorado" + "
         * Springs in June; and": an indented line right under a list
         * item goes on with it (CommonMark's continuation; session 16) */
        if (c->markdown && gap == 0 && in_list && b->md == MD_NONE &&
            b->indent >= 2 && !(a->flags & LF_END))
            return 0;
        return 1;
    case SCM_LAYOUT_SPACED:
        if (gap > 1 || (gap == 1 && ws)) return 1;
        if (gap == 1) return 0;
        /* "Regional and Global Economic Order" + " The Secretaries …": a
         * short heading right above an indented sentence, with none of
         * the blank lines that part the layout's lines */
        if (b->indent > a->indent && starts_sentence(c, b) && c->width &&
            a->width * 100 < c->width * 72 && !(a->flags & LF_END))
            return 1;
        /* "… in the region;" + " RECOGNISING that …": a clause's end,
         * then an indented start */
        if (b->indent > a->indent && starts_sentence(c, b) &&
            a->end > a->start &&
            (U(c)[a->end - 1] == ';' || U(c)[a->end - 1] == ':'))
            return 1;
        return deliberate_break(c, a, b);
    case SCM_LAYOUT_UNBROKEN:
        return gap > 0 || deliberate_break(c, a, b) || indented_opening(c, a, b) ||
               labelled_opening(c, a, b) || title_heading_above(c, a, b);
    default:
        if (gap > 0) return 1;
        if (!c->markdown)
            return numbered_opening(c, a, b) || indented_opening(c, a, b) ||
                   labelled_opening(c, a, b) || caps_heading_above(c, a, b) ||
                   title_heading_above(c, a, b);
        /* CommonMark: headings stand alone; a bullet or "1." interrupts
         * a paragraph, other numbers only continue a list. */
        if (a->md == MD_HEADING || b->md == MD_HEADING) return 1;
        /* "**Maritime Security and the Rule of Law**" on a line of its
         * own, the text right under it: a converter's heading, which
         * ends there (session 30) */
        if (a->end - a->start <= 160 && one_bold_span(c->raw, a->start, a->end)) return 1;
        if (b->md == MD_BULLET || b->md == MD_ORDERED_ONE) return 1;
        return b->md == MD_ORDERED && in_list;
    }
}

/* Across a page break (a form feed or dropped page furniture), a line
 * that opens with a lower-case letter after one that ends no sentence
 * goes on with the same sentence, whatever blank lines the page left. */
static int page_continues(const ctx *c, const line *a, const line *b) {
    uint32_t cp;
    size_t k;
    /* "… from Lieutenant General Corwin T." + page break + "Halvorsen,
     * Deputy Commander …": a middle initial ends no sentence */
    if (a->end - a->start >= 4 && U(c)[a->end - 1] == '.' &&
        scm_ascii_is_upper(U(c)[a->end - 2]) && U(c)[a->end - 3] == ' ' &&
        scm_ascii_is_lower(U(c)[a->end - 4]) && b->end > b->start &&
        scm_ascii_is_upper(U(c)[b->start]))
        return 1;
    k = scm_utf8_decode(U(c) + b->start, b->end - b->start, &cp);
    /* "… The Under Secretary reiterated U.S." + page break + "support
     * for …": a dotted short form ends no sentence before a word in
     * lower case (session 18) */
    if ((a->flags & LF_END) && k && cp < 0x80 && scm_ascii_is_lower((unsigned char)cp) &&
        a->end - a->start >= 4 && U(c)[a->end - 1] == '.') {
        const unsigned char *p = U(c);
        size_t q = a->end - 1;
        while (q > a->start && p[q - 1] != ' ') q--;
        if (memchr(p + q, '.', a->end - 1 - q) != NULL) return 1;
    }
    if (a->flags & LF_END) return 0;
    if (k && cp < 0x80 && scm_ascii_is_lower((unsigned char)cp)) return 1;
    /* "… Prime Minister Paulauskaitė-" + page break + "Žemaitienė
     * thanked …": a line-end hyphen after a letter goes on, whatever
     * case the next page opens in (session 30) */
    if (a->end - a->start >= 3 && U(c)[a->end - 1] == '-' && U(c)[a->end - 2] != ' ' &&
        U(c)[a->end - 2] != '-' && k &&
        (cp >= 0x80 || scm_ascii_is_upper((unsigned char)cp) ||
         scm_ascii_is_lower((unsigned char)cp)))
        return 1;
    /* "... and Minister" + page break + "Kos Lenarčič highlighted", "…
     * implement fully the 1979" + page break + "ECOWAS Protocol …": a full
     * line of body text that ends no sentence goes on */
    if (c->width && a->width * 4 >= c->width * 3 && a->end > a->start &&
        (scm_ascii_is_lower(U(c)[a->end - 1]) ||
         scm_ascii_is_digit(U(c)[a->end - 1])))
        return 1;
    /* "… decided to establish a Joint" + page break + "Logistics Support
     * Group (JLSG) …": a line of prose cut short by the page (three words
     * or more in lower case; a heading has its words capitalised) that
     * ends in a word goes on */
    {
        const unsigned char *p = U(c);
        size_t lower = 0, i;
        if (a->end <= a->start || !scm_ascii_is_alnum(p[a->end - 1])) return 0;
        for (i = a->start; i < a->end; i++)
            if ((i == a->start || p[i - 1] == ' ') && scm_ascii_is_lower(p[i]))
                lower++;
        return lower >= 3;
    }
}

static int push_plan(ctx *c, size_t first, size_t last, uint8_t kind) {
    plan pl;
    pl.first = (uint32_t)first;
    pl.last = (uint32_t)last;
    pl.kind = kind;
    return SCM_VEC_PUSH(&c->plans, pl) == 0 ? 0 : oom(c);
}

/* Group the text lines into paragraphs by the layout's rule. */
static int group_paragraphs(ctx *c, scm_layout layout) {
    size_t i, first = SIZE_MAX, prev = SIZE_MAX, gap = 0;
    int ws = 0, in_list = 0, paged = 0;
    for (i = 0; i < c->lines.len; i++) {
        const line *ln = &c->lines.items[i];
        if (ln->flags & LF_DROP) {
            paged = 1; /* page furniture: a page break */
            continue;
        }
        if (ln->flags & LF_BLANK) {
            gap++;
            if (!(ln->flags & LF_EMPTY)) ws = 1;
            continue;
        }
        if (ln->flags & LF_AFTER_FF) paged = 1;
        if (prev != SIZE_MAX &&
            !(paged && layout != SCM_LAYOUT_LINES &&
              page_continues(c, &c->lines.items[prev], ln)) &&
            breaks_before(c, layout, &c->lines.items[prev], ln, gap, ws,
                          in_list)) {
            if (push_plan(c, first, prev, SCM_PARA_BODY) != 0) return -1;
            first = SIZE_MAX;
        }
        if (first == SIZE_MAX) {
            first = i;
            in_list = ln->md == MD_BULLET || ln->md == MD_ORDERED ||
                      ln->md == MD_ORDERED_ONE;
        }
        prev = i;
        gap = 0;
        ws = 0;
        paged = 0;
    }
    if (first != SIZE_MAX && push_plan(c, first, prev, SCM_PARA_BODY) != 0)
        return -1;
    return 0;
}

/* Count of "**" in raw[s, e). */
static size_t count_bold_marks(const char *raw, size_t s, size_t e) {
    size_t n = 0;
    const char *p = raw + s, *end = raw + e, *q;
    while (p < end && (q = scm_find_bytes(p, (size_t)(end - p), "**", 2)) != NULL) {
        n++;
        p = q + 2;
    }
    return n;
}

/* raw[s, e) is one bold span, "**…**", nothing outside it. */
static int one_bold_span(const char *raw, size_t s, size_t e) {
    return e - s > 4 && memcmp(raw + s, "**", 2) == 0 && memcmp(raw + e - 2, "**", 2) == 0 &&
           count_bold_marks(raw, s, e) == 2;
}

/* Markdown headings: "# ..." lines, and a short paragraph that is nothing
 * but one bold span ("**Global Comprehensive Strategic Alliance**"). */
static void mark_headings(ctx *c) {
    size_t i;
    for (i = 0; i < c->plans.len; i++) {
        plan *pl = &c->plans.items[i];
        const line *a = &c->lines.items[pl->first];
        const line *b = &c->lines.items[pl->last];
        if (a->md == MD_HEADING) {
            pl->kind = SCM_PARA_HEADING;
        } else if (b->end - a->start <= 300 && one_bold_span(c->raw, a->start, b->end)) {
            pl->kind = SCM_PARA_HEADING;
        }
    }
}

/* Every word of the line capitalised (or a number: "18th", "2+2") but
 * the short function words, and at least two such words: a title ("The
 * 18th Australia – United Kingdom – United States Defence Ministers’
 * Meeting"), which may run to the full column. */
static int title_cased(const ctx *c, const line *ln) {
    static const char *const small[] = {"of", "the", "and", "on", "for",
                                        "in", "to", "by", "at", "a", "an",
                                        "with", "between",
                                        /* "Joint Statement during the
                                         * State Visit of …" (session 15) */
                                        "during", "from", "into", "upon",
                                        "among", "after", "under", "or",
                                        /* particles of names and states:
                                         * "Guinea-Bissau – São Tomé e
                                         * Príncipe", "Costa de Marfil" */
                                        "de", "du", "des", "del", "la", "e",
                                        "y", "et", "von", "van", "der",
                                        /* Filipino: "Bangko Sentral ng
                                         * Pilipinas" (session 14) */
                                        "ng",
                                        NULL};
    const unsigned char *p = U(c);
    size_t i = ln->start, e = ln->end;
    int words = 0;
    /* "1. The 18th ... Meeting": a numbered paragraph opens the body */
    while (i < e && p[i] >= '0' && p[i] <= '9') i++;
    if (i > ln->start && i < e && (p[i] == '.' || p[i] == ')')) return 0;
    i = ln->start;
    while (i < e) {
        size_t w0, k, j;
        uint32_t cp = 0;
        int is_small = 0;
        while (i < e && p[i] == ' ') i++;
        w0 = i;
        while (i < e && p[i] != ' ') i++;
        if (i == w0) break;
        for (j = 0; small[j] && !is_small; j++)
            if (small[j][0] == p[w0] && strlen(small[j]) == i - w0 &&
                memcmp(p + w0, small[j], i - w0) == 0)
                is_small = 1;
        if (is_small) continue;
        /* an elided particle: "d’Ivoire", "l'Union" */
        if (i - w0 > 2 && (p[w0] == 'd' || p[w0] == 'l') && p[w0 + 1] == '\'')
            w0 += 2;
        else if (i - w0 > 4 && (p[w0] == 'd' || p[w0] == 'l') &&
                 p[w0 + 1] == 0xE2 && p[w0 + 2] == 0x80 && p[w0 + 3] == 0x99)
            w0 += 4;
        /* the first character that is not punctuation decides: quotes,
         * brackets and dashes (ASCII, U+2010-U+201F) are skipped */
        for (j = w0; j < i; j += k) {
            k = scm_utf8_decode(p + j, i - j, &cp);
            if (!k) return 0;
            if (cp < 0x80 ? scm_ascii_is_alnum((unsigned char)cp)
                          : !(cp >= 0x2010 && cp <= 0x201F))
                break;
        }
        if (j >= i) continue; /* a dash or other punctuation */
        if (!(scm_utf8_is_upper(cp) || (cp >= '0' && cp <= '9'))) return 0;
        words++;
    }
    return words >= 2;
}

/* A header line: clearly shorter than the column (or a title in title
 * case), not ending a sentence, not a list item, not running on into a
 * lower-case word or through a hyphen.  ("Joint Communique", "Washington,
 * D.C. October 24, 2012", "For immediate release".)  `next` is the
 * following line of the same paragraph, or NULL. */
/* The line's content ends with a full date (day or month with a year). */
static int ends_with_date(const ctx *c, const line *ln) {
    scm_date d;
    size_t from = ln->start, end = ln->end;
    /* (or a date in brackets: "… Defence Dialogue (9 March 7606)";
     * session 31) */
    if (end > from + 1 && c->raw[end - 1] == ')') end--;
    while (scm_date_find(c->raw, end, from, 0, &d)) {
        if (d.span.stop == end) return 1;
        from = d.span.stop;
    }
    return 0;
}

/* The line's last word is one of the words (lower case) of list; with
 * `capitals`, that word in capitals. */
static int last_word_in(const ctx *c, const line *ln, const char *const *list, int capitals) {
    const unsigned char *p = U(c);
    size_t e = ln->end, k;
    while (e > ln->start && p[e - 1] == ' ') e--;
    k = e;
    while (k > ln->start && p[k - 1] != ' ') k--;
    for (size_t q = 0; list[q]; q++) {
        size_t m = strlen(list[q]), j;
        if (m != e - k) continue;
        for (j = 0; j < m; j++)
            if (p[k + j] != (capitals ? (unsigned char)(list[q][j] - 32) : (unsigned char)list[q][j])) break;
        if (j == m) return 1;
    }
    return 0;
}

/* The line's last word is a preposition, article or conjunction: a
 * sentence wrapped before its object ("… to meet again on"), never a
 * headline. */
static int ends_in_link(const ctx *c, const line *ln) {
    static const char *const links[] = {"on", "of", "the", "and", "to", "in",
                                        "at", "by", "for", "from", "with",
                                        "a", "an", "or", "until", "since",
                                        "before", "after", "between", NULL};
    return last_word_in(c, ln, links, 0);
}

/* The line is one full date and nothing else: "3 November 2968". */
static int lone_date(const ctx *c, const line *ln) {
    scm_date d;
    return scm_date_find(c->raw, ln->end, ln->start, 0, &d) &&
           d.span.start == ln->start && d.span.stop == ln->end &&
           d.precision == SCM_DATE_DAY;
}

/* The line is a full date and at most its stop and a weekday in
 * brackets: "5811. 3. 14. (Thu.)" (a Korean release's date line),
 * "24 October 2031." — its stop ends no sentence (session 25). */
static int stopped_date_line(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    scm_date d;
    size_t k, e = ln->end;
    if (!scm_date_find(c->raw, ln->end, ln->start, 0, &d) ||
        d.span.start != ln->start || d.precision != SCM_DATE_DAY)
        return 0;
    while (e > ln->start && (p[e - 1] == ' ' || p[e - 1] == '\r')) e--;
    k = d.span.stop;
    if (k < e && p[k] == '.') k++;
    while (k < e && p[k] == ' ') k++;
    if (k < e && p[k] == '(') { /* "(Thu.)", "(Thursday)" */
        size_t q = k + 1;
        while (q < e && (scm_ascii_is_upper(p[q]) || (p[q] >= 'a' && p[q] <= 'z'))) q++;
        if (q - k < 4 || q - k > 10) return 0;
        if (q < e && p[q] == '.') q++;
        if (q >= e || p[q] != ')') return 0;
        k = q + 1;
    }
    return k == e;
}

/* The line is a full date, a dash (or a comma) and a place: "October 7,
 * 4062 – Ottawa, Ontario" (a prime minister's office's dateline; session
 * 18), "26 February 5128, Wellington" (session 22). */
static int date_dash_place(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    scm_date d;
    size_t k;
    if (!scm_date_find(c->raw, ln->end, ln->start, 0, &d) ||
        d.span.start != ln->start || d.precision != SCM_DATE_DAY)
        return 0;
    k = d.span.stop;
    while (k < ln->end && p[k] == ' ') k++;
    if (k + 3 <= ln->end && p[k] == 0xE2 && p[k + 1] == 0x80 &&
        (p[k + 2] == 0x93 || p[k + 2] == 0x94))
        k += 3; /* an en or em dash */
    else if (k < ln->end && (p[k] == '-' || p[k] == ','))
        k++; /* (or a comma: "26 February 5128, Wellington") */
    else
        return 0;
    while (k < ln->end && p[k] == ' ') k++;
    return k < ln->end && p[k] >= 'A' && p[k] <= 'Z' && ln->end - k <= 40 &&
           !memchr(p + k, '.', ln->end - k);
}

/* The line names a document kind: "Joint …", "… Statement", "…
 * Communiqué", "… Declaration", "Readout …" (ASCII case folded). */
static int names_kind(const ctx *c, const line *ln) {
    static const char *const kinds[] = {"joint ", "statement", "communiqu",
                                        "declaration", "readout",
                                        "fact sheet",
                                        /* "Embassy of Switzerland in
                                         * Kenya – Press release" (session
                                         * 18) */
                                        "press release", "media release",
                                        "press note",
                                        /* "AGREED MINUTES" / "of the 7th
                                         * Meeting of …" (session 21) */
                                        "agreed minutes", NULL};
    for (size_t k = 0; kinds[k]; k++)
        if (scm_ascii_ifind(c->raw + ln->start, ln->end - ln->start, kinds[k]))
            return 1;
    return 0;
}

/* The line's first three words name its kind: "Final Communiqué of
 * …", "Joint Statement on …", "Agreed Minutes of …". */
static int opens_kind(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    size_t e = ln->start, words = 0;
    line head = *ln;
    while (e < ln->end && words < 3) {
        while (e < ln->end && p[e] != ' ') e++;
        words++;
        while (e < ln->end && p[e] == ' ') e++;
    }
    head.end = e;
    return names_kind(c, &head);
}

/* The line opens with a capitalised participle of five letters or more:
 * "Recalling", "Guided by", "Having regard to" (a resolution's preamble). */
static int opens_participle(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    size_t i = ln->start, e = ln->start;
    while (e < ln->end && (scm_ascii_is_upper(p[e]) || scm_ascii_is_lower(p[e])))
        e++;
    if (e - i < 5 || (e < ln->end && p[e] != ' ') || !scm_ascii_is_upper(p[i]))
        return 0;
    /* in either case: "Recalling", "RECALLING" */
    return ((p[e - 3] | 32) == 'i' && (p[e - 2] | 32) == 'n' &&
            (p[e - 1] | 32) == 'g') ||
           ((p[e - 2] | 32) == 'e' && (p[e - 1] | 32) == 'd');
}

/* "VILNIUS, 3 February 2979 – The Minister of Foreign": a dateline that
 * opens the body, a date then a dash and the first sentence's words. */
static int opens_with_dateline(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    size_t k;
    for (k = ln->start; k + 4 < ln->end; k++) {
        size_t d = 0;
        scm_date dt;
        /* " – ", and "Lima, 18 August 3145.– We, …": the Spanish
         * dateline, a full stop and a dash glued to the date (session 13) */
        if ((p[k] == ' ' || p[k] == '.') && dash_bullet(p + k + 1) &&
            k + 5 < ln->end && p[k + 4] == ' ')
            d = 5;
        else if (p[k] == ' ' && p[k + 1] == '-' && p[k + 2] == '-' && p[k + 3] == ' ')
            d = 4;
        /* "KATHMANDU, 16 March 3925: Foreign Minister …": a colon glued
         * to the date (session 17) */
        else if (p[k] == ':' && p[k + 1] == ' ' && scm_ascii_is_upper(p[k + 2]) &&
                 k > ln->start && scm_ascii_is_digit(p[k - 1]))
            d = 1;
        if (!d || k + d >= ln->end) continue;
        /* ... or in brackets right after it: "GEORGETOWN, Guyana –
         * (March 4, 3119) The Minister …" (session 13) */
        if (p[k + d] == '(' &&
            scm_date_find(c->raw, ln->end, k + d + 1, 0, &dt) &&
            dt.span.start == k + d + 1 && dt.precision == SCM_DATE_DAY &&
            dt.span.stop < ln->end && p[dt.span.stop] == ')')
            return 1;
        /* a full date right before the dash */
        if (scm_date_find(c->raw, k, ln->start, 0, &dt)) {
            scm_date last = dt;
            while (scm_date_find(c->raw, k, last.span.stop, 0, &dt)) last = dt;
            if (last.span.stop == k && last.precision == SCM_DATE_DAY) return 1;
        }
    }
    return 0;
}

/* "Santo Domingo, D.N. – The Dominican Minister …": a ministry
 * release's dateline without a date, one to four capitalised words (a
 * comma between) and a spaced dash before a capital. */
static int opens_with_place_dash(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    size_t k = ln->start, words = 0;
    while (k < ln->end && p[k] == ' ') k++;
    while (k < ln->end && words < 5) {
        /* "CAMP HUMPHREYS, Republic of Korea – Gen. …": "of" and "the"
         * inside a state's name (session 14) */
        if ((k + 3 < ln->end && !memcmp(p + k, "of ", 3)) ||
            (k + 4 < ln->end && !memcmp(p + k, "the ", 4))) {
            k += p[k] == 'o' ? 3 : 4;
            continue;
        }
        if (!scm_ascii_is_upper(p[k])) return 0;
        words++;
        while (k < ln->end && p[k] != ' ') k++;
        if (k + 5 < ln->end && p[k] == ' ' && dash_bullet(p + k + 1) && p[k + 4] == ' ')
            return words <= 4 && scm_ascii_is_upper(p[k + 5]);
        if (k >= ln->end) return 0;
        k++; /* the space */
        if (k > 1 && p[k - 2] != ',' && p[k - 2] != '.' && !scm_ascii_is_upper(p[k]) &&
            !(k + 3 < ln->end && !memcmp(p + k, "of ", 3)) &&
            !(k + 4 < ln->end && !memcmp(p + k, "the ", 4)))
            return 0;
    }
    return 0;
}

/* The line opens with a full date in its first words ("On the afternoon
 * of April 9, 3651, Member of …", "On 9 April 3651, the Minister …"). */
static int opens_with_full_date(const ctx *c, const line *ln) {
    scm_date dt;
    size_t end = ln->end < ln->start + 48 ? ln->end : ln->start + 48;
    if (!starts_sentence(c, ln)) return 0;
    return scm_date_find(c->raw, end, ln->start, 0, &dt) &&
           dt.precision == SCM_DATE_DAY;
}

static int capitals_line(const ctx *c, const line *ln);

/* Two columns side by side: a run of four spaces or more between text
 * ("INSTITUTION OF THE MEDIATOR OF THE KINGDOM        OFFICE OF THE
 * OMBUDSMAN", two bodies' letterheads). */
static int column_gap(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    size_t k, run = 0;
    int text = 0;
    for (k = ln->start; k < ln->end; k++) {
        if (p[k] == ' ') {
            run++;
            continue;
        }
        if (text && run >= 4) return 1;
        text = 1;
        run = 0;
    }
    return 0;
}

static int header_like(const ctx *c, const line *ln, const line *next,
                       const line *follow, scm_layout layout, int first) {
    uint32_t limit = layout == SCM_LAYOUT_LINES
                         ? 160
                         : (uint32_t)((uint64_t)c->width * 72 / 100);
    if (limit > 160) limit = 160;
    if (ln->flags & (LF_END | LF_HYPHEN | LF_SOFT)) return 0;
    if (next && opens_with_dateline(c, ln)) return 0;
    /* a ministry release's headline in sentence case, alone above a
     * dateline without a date (session 13) or (session 15) with one:
     * "Viet Nam and Fiji hold First Political Consultation …" / "HA NOI,
     * 5 September 3468 – Deputy Minister …" */
    if (first && !next && follow && ln->width <= 160 &&
        (opens_with_place_dash(c, follow) || opens_with_dateline(c, follow)) &&
        !opens_with_place_dash(c, ln) && !opens_with_dateline(c, ln))
        return 1;
    /* … or in title case above a first sentence that opens with the full
     * date: "Zhao Minghui Holds Talks with Zambian Foreign Minister …" /
     * "On the afternoon of April 9, 3651, …" (session 16) */
    if (first && !next && follow && ln->width <= 160 && title_cased(c, ln) &&
        ln->end > ln->start && c->raw[ln->end - 1] != '.' &&
        opens_with_full_date(c, follow))
        return 1;
    /* … or alone in the document's first paragraph, in title case, above
     * a sentence: "Official Visit of the Minister of Foreign Affairs of
     * the Republic of Peru to Malaysia" (the place and date close the
     * release; session 17) */
    if (first && !next && follow && ln->width <= 200 && title_cased(c, ln) &&
        ln->end > ln->start && c->raw[ln->end - 1] != '.' &&
        c->raw[ln->end - 1] != ':' && c->raw[ln->end - 1] != ',' &&
        starts_sentence(c, follow))
        return 1;
    /* a title naming a kind may wrap into a line in lower case: "Joint
     * Press Statement of the Ministers … of the Czech Republic" / "and the
     * Republic of Kazakhstan" */
    /* (after other header lines too: "MINISTRY FOR FOREIGN AFFAIRS …" /
     * "Press release 212/2031" / "Joint Statement of the Foreign
     * Ministers …" / "on the … Strategic Dialogue"; session 37) */
    if (next && !starts_sentence(c, next) &&
        !(names_kind(c, ln) && title_cased(c, ln) &&
          !(next->flags & (LF_END | LF_HYPHEN | LF_SOFT)) && title_cased(c, next)))
        return 0;
    if (ln->md == MD_BULLET || ln->md == MD_ORDERED ||
        ln->md == MD_ORDERED_ONE)
        return 0;
    /* a paragraph ending in a comma or semicolon runs on into the next
     * one, and so does a line before a participle: "The Ministerial
     * Council," / "Recalling …," opening a resolution */
    /* (not a title in capitals whose list of states wraps after a comma:
     * "JOINT STATEMENT OF THE HEADS OF STATE OF ANGOLA, CUBA," /
     * "MOZAMBIQUE AND NAMIBIA ON …"; session 44) */
    if (ln->end > ln->start &&
        (c->raw[ln->end - 1] == ',' || c->raw[ln->end - 1] == ';') &&
        (!next || (follow && opens_participle(c, follow))) &&
        !(c->raw[ln->end - 1] == ',' && follow && capitals_line(c, ln) && capitals_line(c, follow)))
        return 0;
    /* "The two delegations agreed as follows:" after the dateline: a
     * lead-in opens the body */
    if (!first && !next && ln->end > ln->start && c->raw[ln->end - 1] == ':' &&
        starts_sentence(c, ln))
        return 0;
    if (ln->width <= limit) return 1;
    /* two letterheads side by side, in capitals or title case, wider
     * than the limit together (session 38) */
    if (ln->width <= 120 && column_gap(c, ln) && (capitals_line(c, ln) || title_cased(c, ln)))
        return 1;
    /* "Majuro, Republic of the Marshall Islands   October 17, 2218": a
     * dateline, longer than the other header lines, ended by a date */
    if (ln->width <= 100 && ends_with_date(c, ln)) return 1;
    /* the document's first line, alone in its paragraph, a title naming a
     * kind: "Joint Readout of the 3rd Kenya – Somalia Joint Border
     * Security Commission" above a dateline paragraph */
    if (first && !next && ln->width <= 200 && title_cased(c, ln) &&
        names_kind(c, ln))
        return 1;
    /* a long title is a header only when a short header line follows it
     * ("The 18th ... Meeting" / "Canberra, Australia, 9 March 2052"): a
     * wrapped first sentence listing titled people is title case too.
 * `follow` is the next text line, in this paragraph or the next one. */
    return (ln->width <= 200 && follow &&
           (follow->width <= limit ||
            /* or the body's dateline: "Fiji and Papua New Guinea Agree to
             * Deepen …" / "SUVA, 3 October 3029 – The Minister …" */
            opens_with_dateline(c, follow) ||
            /* or a dateline: "Montevideo, Oriental Republic of Uruguay
             * 14 March 2381" */
            (follow->width <= 100 && ends_with_date(c, follow))) &&
           !(follow->flags & (LF_END | LF_HYPHEN | LF_SOFT)) &&
           title_cased(c, ln)) ||
           /* … and a longer one above a dateline ended by a date: "Fifth
            * Round of Political Consultations between the Ministry of … of
            * the Democratic Socialist Republic of Sri Lanka" / "Warsaw, 17
            * June 3585" (session 16) */
           (ln->width <= 320 && follow && follow->width <= 100 &&
            ends_with_date(c, follow) &&
            !(follow->flags & (LF_END | LF_HYPHEN | LF_SOFT)) &&
            title_cased(c, ln)) ||
           /* … or a news headline in sentence case right above a short
            * dateline in the same block: "Minister X and Swedish Defence
            * Minister Y hold video call on …" / "Pretoria, 14 March 5471"
            * (session 25) */
           (ln->width <= 200 && next && next == follow &&
            ((next->width <= 60 && ends_with_date(c, next)) ||
             /* or a page's "Published: 16/04/5761 22:15 | Updated: …" */
             (next->width <= 100 &&
              scm_text_posting_label((const char *)c->raw + next->start,
                                     next->end - next->start))) &&
            !(next->flags & (LF_END | LF_HYPHEN | LF_SOFT)) &&
            ln->end > ln->start && !strchr(".,;:", c->raw[ln->end - 1]) &&
            !ends_in_link(c, ln) &&
            scm_text_headline_verb((const char *)c->raw + ln->start,
                                   ln->end - ln->start));
}

static size_t next_text_line(const ctx *c, size_t i, size_t last);

/* s[0..n) is word, ASCII letters folded. */
static int ascii_ieq(const char *s, size_t n, const char *word) {
    size_t k;
    for (k = 0; k < n && word[k]; k++) {
        char a = s[k];
        if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
        if (a != word[k]) return 0;
    }
    return k == n && word[k] == '\0';
}

int scm_text_headline_verb(const char *t, size_t n) {
    static const char *const verbs[] = {
        "agree", "agrees", "hold", "holds", "discuss", "discusses", "meet",
        "meets", "sign", "signs", "receive", "receives", "review", "reviews",
        "host", "hosts", "welcome", "welcomes", "reaffirm", "reaffirms",
        "launch", "launches",
        /* "Danish Minister for Development Cooperation visits Ghana",
         * "… concludes visit to …", "… pays official visit to …" */
        "visits", "concludes", "conclude", "pays", "attends",
        /* "9th India-Japan Defence Policy Dialogue held in New Delhi"
         * (session 17) */
        "held",
        /* "… and Saudi Foreign Minister Co-Chair Political Track of …" */
        "co-chair", "co-chairs", NULL};
    size_t i, a;
    for (i = 0; i < n; i = a + 1) {
        a = i;
        while (a < n && t[a] != ' ' && t[a] != ',') a++;
        /* a verb after the subject, never the title's first word */
        for (size_t k = 0; i > 0 && verbs[k]; k++)
            if (strlen(verbs[k]) == a - i && ascii_ieq(t + i, a - i, verbs[k]))
                return 1;
    }
    return 0;
}

int scm_text_header_like(const char *s, size_t n) {
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    if (n == 0 || n > 200) return 0;
    return s[n - 1] != '.' && s[n - 1] != ':' && s[n - 1] != ';';
}

size_t scm_text_posting_label(const char *s, size_t n) {
    static const char *const labels[] = {"Posted On:", "Posted on:", "Posted on",
                                         "Published:", "Published on",
                                         "Released:", NULL};
    for (size_t k = 0; labels[k]; k++) {
        size_t m = strlen(labels[k]);
        if (n > m && !memcmp(s, labels[k], m)) return m;
    }
    return 0;
}

/* "Posted On: 14 JUN 3895 5:42PM by PIB Delhi", "Published: 3 May
 * 2031": a web release's line of the date it was posted (session 17). */
static int posting_line(const ctx *c, const line *ln) {
    scm_date d;
    size_t m = scm_text_posting_label(c->raw + ln->start, ln->end - ln->start);
    return m && scm_date_find(c->raw, ln->end, ln->start + m, 0, &d);
}

/* The paragraph is a header block: two to five lines, none ending a
 * sentence or running on, each in title case or capitals, the last a
 * dateline ("Chișinău, 6 May 2647"). */
static int header_block(const ctx *c, const plan *pl) {
    size_t i, lines = 0, last = SIZE_MAX;
    for (i = pl->first; i <= pl->last; i++) {
        const line *ln = &c->lines.items[i];
        if (ln->flags & (LF_BLANK | LF_DROP)) continue;
        if (ln->flags & (LF_HYPHEN | LF_SOFT) || ln->width > 160) return 0;
        if ((ln->flags & LF_END) && !stopped_date_line(c, ln)) return 0;
        lines++;
        last = i;
    }
    /* a web page's first block, none of its lines ending a sentence: the
     * site's name, a breadcrumb, the release's kind, its headline and a
     * line with the date and time ("Republic of Iraq | Media Office …" /
     * "Home / News / …" / "PRESS RELEASE" / "Prime Minister X Receives
     * …" / "Baghdad | Monday, 17 May 5683 | 15:40"), when one line names
     * the kind and another holds a date (session 25) */
    if (lines >= 4 && lines <= 8 && pl == c->plans.items) {
        int kind = 0, dated = 0;
        for (i = pl->first; i <= last; i++) {
            const line *ln = &c->lines.items[i];
            size_t e = ln->end;
            scm_date d;
            if (ln->flags & (LF_BLANK | LF_DROP)) continue;
            /* (no line runs on: "… have adopted the following
             * Declaration:" closes a sentence's first lines) */
            while (e > ln->start && (c->raw[e - 1] == ' ' || c->raw[e - 1] == '\r')) e--;
            if (e > ln->start && strchr(",:;", c->raw[e - 1])) {
                kind = 0;
                break;
            }
            if (!kind && names_kind(c, ln) && ln->width <= 40) kind = 1;
            else if (!dated && scm_date_find((const char *)c->raw, ln->end, ln->start, 0, &d) &&
                     d.precision == SCM_DATE_DAY)
                dated = 1;
        }
        if (kind && dated) return 1;
    }
    if (lines < 2 || lines > 5) return 0;
    if (lines <= 4 && c->lines.items[last].width <= 40 &&
        ends_with_date(c, &c->lines.items[last])) {
        /* a news story's headline in sentence case, its byline ("Story
         * by …", "By …") and its date: "USFJ and JJOC commanders meet at
         * Yokota, reaffirm C2 priorities" / "Story by Master Sgt. …" /
         * "April 23, 2929" */
        const unsigned char *p = U(c);
        for (i = pl->first; i < last; i++) {
            const line *ln = &c->lines.items[i];
            size_t n = ln->end - ln->start;
            if ((n > 9 && !memcmp(p + ln->start, "Story by ", 9)) ||
                (n > 3 && !memcmp(p + ln->start, "By ", 3)))
                return 1;
        }
        /* or a ministry's release: the headline, then the date alone on
         * its line, the document's first block ("Al-Qudah, Omani
         * counterpart discuss bilateral ties …" / "3 November 2968") */
        if (lines == 2 && pl == c->plans.items &&
            lone_date(c, &c->lines.items[last]) &&
            !ends_in_link(c, &c->lines.items[pl->first]))
            return 1;
    }
    /* … or a body's name, its meeting, a short dateline and the kind
     * under it, each on its line: "FISHERY COMMITTEE FOR THE WEST
     * CENTRAL GULF OF GUINEA (FCWC)" / "Twenty-Ninth Ordinary Session …"
     * / "Monrovia, 19–20 June 5463" / "FINAL COMMUNIQUÉ" (session 24) */
    if (lines >= 3 && pl == c->plans.items && names_kind(c, &c->lines.items[last]) &&
        c->lines.items[last].width <= 40) {
        size_t d = pl->first;
        while (d < last) {
            size_t nx = next_text_line(c, d, last);
            if (nx == last) break;
            d = nx == SIZE_MAX ? last : nx;
        }
        /* (d: the line above the kind) */
        if (d > pl->first && d < last && c->lines.items[d].width <= 60 &&
            ends_with_date(c, &c->lines.items[d]))
            return 1;
    }
    /* … or the headline, the date alone and the place alone on the lines
     * after it: "Prime Minister Thibodeau speaks with President of
     * Senegal …" / "March 9, 4215" / "Ottawa, Ontario" (session 19) */
    if (lines == 3 && pl == c->plans.items && c->lines.items[last].width <= 40 &&
        title_cased(c, &c->lines.items[last]) &&
        !ends_in_link(c, &c->lines.items[pl->first])) {
        size_t mid = next_text_line(c, pl->first, last);
        const line *pe = &c->lines.items[last];
        const unsigned char *p = U(c);
        int digits = 0;
        for (i = pe->start; i < pe->end; i++) digits |= p[i] >= '0' && p[i] <= '9';
        if (mid != SIZE_MAX && mid < last && !digits &&
            lone_date(c, &c->lines.items[mid]))
            return 1;
    }
    /* "President Rasheed receives the Special Envoy of the President of
     * Finland for the Indian Ocean Region" / "Malé, 3 August 5159": the
     * document's first block, a headline over a short dateline that
     * opens with the place, however wide the headline (session 22) */
    if (lines == 2 && pl == c->plans.items &&
        c->lines.items[last].width <= 60 &&
        ends_with_date(c, &c->lines.items[last]) &&
        !lone_date(c, &c->lines.items[last]) &&
        scm_ascii_is_upper(U(c)[c->lines.items[pl->first].start]) &&
        !ends_in_link(c, &c->lines.items[pl->first]))
        return 1;
    /* "Joint Statement by the Ministers responsible for Water of …" /
     * "Maseru, 24 March 3455": the document's first block, a line that
     * names a kind over a short dateline, however wide and whatever its
     * case (session 15) */
    if (lines == 2 && pl == c->plans.items &&
        c->lines.items[last].width <= 60 &&
        names_kind(c, &c->lines.items[pl->first]) &&
        ends_with_date(c, &c->lines.items[last]))
        return 1;
    /* … or a headline in sentence case, a line naming the kind, then the
     * short dateline: "Defence ministers of Sweden and New Zealand discuss
     * …" / "Readout of a telephone call – Ministry of Defence" /
     * "Stockholm, 14 March 3731" (session 16) */
    if (lines >= 3 && lines <= 4 && pl == c->plans.items &&
        c->lines.items[last].width <= 60 &&
        (ends_with_date(c, &c->lines.items[last]) ||
         posting_line(c, &c->lines.items[last]) ||
         date_dash_place(c, &c->lines.items[last]))) {
        int middle_titled = 1, middle_capital = 1;
        /* … or the kind first: "Press Release" / "Minister for Foreign
         * Trade … Lehtimäki visits Peru" / "Embassy of Finland, Lima, 8
         * October 4537" (session 21) */
        if (names_kind(c, &c->lines.items[pl->first])) return 1;
        for (i = pl->first; i < last; i++) {
            const line *ln = &c->lines.items[i];
            if ((ln->flags & (LF_BLANK | LF_DROP)) || i == pl->first) continue;
            if (names_kind(c, ln)) return 1;
            if (!title_cased(c, ln)) middle_titled = 0;
            if (ln->end <= ln->start || !scm_ascii_is_upper(U(c)[ln->start]) ||
                strchr(",;:", c->raw[ln->end - 1]))
                middle_capital = 0;
        }
        /* … or a meeting's name in title case in place of the kind:
         * "Deputy Prime Minister Nowicki hosts Korean Defence Minister
         * Han …" / "Third Poland – Republic of Korea Defence Ministers’
         * Strategic Dialogue" / "Warsaw, 9 September 3805" (session 17) */
        if (middle_titled) return 1;
        /* … or a standfirst in sentence case: "Danish Minister for
         * Development Cooperation visits Ghana" / "Official visit of the
         * Minister … to the Republic of Ghana" / "Accra, 15 April 5077"
         * (session 22) */
        if (lines == 3 && middle_capital) return 1;
    }
    for (i = pl->first; i < last; i++) {
        const line *ln = &c->lines.items[i];
        if (ln->flags & (LF_BLANK | LF_DROP)) continue;
        if (!title_cased(c, ln)) return 0;
    }
    if (c->lines.items[last].width <= 100 &&
        ends_with_date(c, &c->lines.items[last]))
        return 1;
    /* "Co-Chairs’ Statement" / "Forty-Fourth Ministerial Conference of
     * the Bali Process", then "1. The Forty-Fourth …" (or an unnumbered
     * paragraph): the document's first block, title-cased lines the
     * first of which names a kind, above the body */
    return title_cased(c, &c->lines.items[last]) &&
           c->lines.items[last].width <= 100 &&
           names_kind(c, &c->lines.items[pl->first]) && pl == c->plans.items;
}

/* Next text line after i inside [i, last], or SIZE_MAX. */
static size_t next_text_line(const ctx *c, size_t i, size_t last) {
    for (i++; i <= last; i++)
        if (!(c->lines.items[i].flags & (LF_BLANK | LF_DROP))) return i;
    return SIZE_MAX;
}

/* "Final Communiqué of the 63rd Ordinary Session …" / "… of the Council
 * of the Entente" / "Lomé, Togolese Republic, 14 February 2763" / "1. The
 * 63rd Ordinary Session …": a header block run on into the first
 * numbered paragraph, no blank line between.  The line of "1.", or 0. */
static size_t header_run_on(const ctx *c, const plan *pl) {
    const unsigned char *p = U(c);
    size_t i, lines = 0;
    for (i = pl->first; i <= pl->last && lines < 5; i++) {
        const line *ln = &c->lines.items[i];
        if (ln->flags & (LF_BLANK | LF_DROP)) continue;
        if (ln->flags & (LF_END | LF_HYPHEN | LF_SOFT) || ln->width > 160)
            return 0;
        lines++;
        if (lines >= 2 && ln->width <= 100 && ends_with_date(c, ln)) {
            size_t nx = next_text_line(c, i, pl->last);
            const line *b;
            if (nx == SIZE_MAX) return 0;
            b = &c->lines.items[nx];
            return b->end - b->start > 3 && p[b->start] == '1' &&
                           (p[b->start + 1] == '.' || p[b->start + 1] == ')') &&
                           p[b->start + 2] == ' '
                       ? nx
                       : 0;
        }
        if (!title_cased(c, ln)) return 0;
    }
    return 0;
}

/* A time of day after a date, from p[k]: ", 16:05", " 6:42PM", " 10:05
 * a.m."; the offset after it, or 0. */
static size_t time_after(const unsigned char *p, size_t k, size_t e) {
    size_t i = k, n;
    if (i < e && p[i] == ',') i++;
    if (i >= e || p[i] != ' ') return 0;
    i = skip_digits(p, i + 1, e, &n);
    if (n == 0 || n > 2 || i >= e || p[i] != ':') return 0;
    i = skip_digits(p, i + 1, e, &n);
    if (n != 2) return 0;
    /* (the space before "AM" is the time's; before "CEST" it is not) */
    n = i < e && p[i] == ' ' ? i + 1 : i;
    if (n + 2 <= e && (p[n] == 'A' || p[n] == 'P' || p[n] == 'a' || p[n] == 'p')) {
        if (p[n + 1] == 'M' || p[n + 1] == 'm') return n + 2;
        if (n + 4 <= e && p[n + 1] == '.' && p[n + 2] == 'm' && p[n + 3] == '.') return n + 4;
    }
    return i;
}

/* A dateline: a short line ending in a full date ("Berlin, 17 May 5957",
 * "Tórshavn, 3 September 5905"), or whose full date near its start is
 * followed by a bar, a dash or a middle dot and more ("Havana, 10 October
 * 5929 | Updated: 11 October 5929, 09:12"). */
static int dateline_like(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    scm_date d;
    size_t k;
    if (ln->width > 90 || !scm_date_find(c->raw, ln->end, ln->start, 0, &d) ||
        d.precision != SCM_DATE_DAY || d.span.start - ln->start > 40)
        return 0;
    k = d.span.stop;
    if (k == ln->end) return ln->width <= 50;
    /* (a bar, a dash or a middle dot: "Malabo, 25 June 6009 · Published
     * 17:10 · Updated …") */
    if (k + 3 < ln->end && p[k] == ' ' &&
        (p[k + 1] == '|' || dash_bullet(p + k + 1) || (p[k + 1] == 0xC2 && p[k + 2] == 0xB7)))
        return 1;
    /* (or a time of day, and at most a short tail after it:
     * "Posted On: 17 SEP 8139 6:42PM by PIB Delhi", "Budva, 4 June 5569,
     * 11:30 CEST"; sessions 39, 40) */
    {
        size_t e = ln->end, t = time_after(p, k, e);
        while (e > k && p[e - 1] == ' ') e--;
        if (!t) return 0;
        if (t >= e) return 1;
        return p[t] == ' ' && e - t <= 24 && p[e - 1] != '.' && p[e - 1] != ';' &&
               p[e - 1] != ':' && p[e - 1] != ',';
    }
}

int scm_text_issuer_opening(const char *s, size_t n) {
    static const char *const opens[] = {"Ministry of ", "Ministry for ", "Office of ",
                                        "Embassy of ", "Presidency of ", "Government of ",
                                        "Department of ", "High Commission of ",
                                        "Federal Ministry ", "MINISTRY OF ", NULL};
    for (size_t k = 0; opens[k]; k++) {
        size_t ol = strlen(opens[k]);
        if (n > ol && memcmp(s, opens[k], ol) == 0) return 1;
    }
    return 0;
}

/* A title block closed by its dateline, two to five lines and no blank
 * line between: "Working visit of the Minister … to the Federal Republic
 * of Germany" / "Berlin, 17 May 5957" under the letterhead's lines, or
 * "JOINT STATEMENT" / "of the Ministers responsible for Fisheries of the
 * Faroe Islands," / "Greenland, Iceland and Norway" / "Tórshavn, 3
 * September 5905", none of its lines ending a sentence; the document's
 * first block names the kind (session 26). */
static int titled_dateline(const ctx *c, const plan *pl, int first) {
    const line *last = NULL;
    size_t i, k = 0;
    int kind = !first;
    const unsigned char *p = U(c);
    for (i = pl->first; i <= pl->last; i++) {
        const line *ln = &c->lines.items[i];
        if (ln->flags & (LF_BLANK | LF_DROP)) continue;
        if (++k > 5 || (ln->flags & (LF_END | LF_HYPHEN | LF_SOFT)) || ln->width > 160)
            return 0;
        /* (a first line may run on into the next when its first words
         * name the kind: "Final Communiqué of … responsible for" /
         * "Agriculture, Food Security and Fisheries"; session 44) */
        if (k == 1 && (!scm_ascii_is_upper(p[ln->start]) ||
                       (ends_in_link(c, ln) && !opens_kind(c, ln))))
            return 0;
        /* (or a wide title line whose first words name it, "Final
         * Communiqué of the Seventeenth Meeting of SADC Ministers
         * responsible for" under the organisation's name; session 44) */
        if (!kind && names_kind(c, ln) && (ln->width <= 40 || opens_kind(c, ln))) kind = 1;
        /* (or an issuer's letterhead opens it: "Ministry of Foreign
         * Affairs of the Republic of Latvia" / a headline of two lines /
         * "Riga, 12 March 2019"; session 38) */
        if (!kind && k == 1 && ln->width <= 90 &&
            scm_text_issuer_opening(c->raw + ln->start, ln->end - ln->start))
            kind = 1;
        last = ln;
    }
    if (k < 2 || !kind || !dateline_like(c, last)) return 0;
    {
        size_t e = last->end;
        while (e > last->start && (p[e - 1] == ' ' || p[e - 1] == '\r')) e--;
        return e > last->start && p[e - 1] != '.' && p[e - 1] != ';' && p[e - 1] != ':';
    }
}

/* A text line with letters and no small ASCII letter, at most 100
 * columns wide. */
static int capitals_line(const ctx *c, const line *ln) {
    const unsigned char *p = U(c);
    int letters = 0;
    if (ln->width > 100) return 0;
    for (size_t k = ln->start; k < ln->end; k++) {
        if (p[k] >= 'a' && p[k] <= 'z') return 0;
        letters += p[k] >= 'A' && p[k] <= 'Z';
    }
    return letters >= 4;
}

/* The line ends in a word in capitals that a title goes on after:
 * "BETWEEN", "OF", "AND", "ON", "FOR", "TO", "WITH", "THE". */
static int ends_open(const ctx *c, const line *ln) {
    static const char *const words[] = {"between", "of", "and", "on", "for", "to", "with", "the", NULL};
    return last_word_in(c, ln, words, 1);
}

/* Split the leading header lines off into one SCM_PARA_HEADER paragraph
 * each.  Headings may sit among them; the block ends at the first line
 * that is not header-like, and exists only if body text follows. */
static int split_header(ctx *c, scm_layout layout) {
    size_t i, pi, count = 0, stop_plan = 0, stop_line = 0;
    SCM_VEC(plan) out = {0};
    int found_body = 0;
    /* the last header line is in capitals and ends in "BETWEEN", "OF",
     * "AND": the line in capitals after it goes on with the title ("… OF
     * DIPLOMATIC RELATIONS BETWEEN" / "THE KINGDOM OF BAHRAIN AND THE
     * ISLAMIC REPUBLIC OF IRAN"; session 36) */
    int open_capitals = 0;
    for (pi = 0; pi < c->plans.len && !found_body; pi++) {
        plan *pl = &c->plans.items[pi];
        if (pl->kind == SCM_PARA_HEADING) continue;
        /* "ORGANIZATION FOR … – GUAM" / "Press Statement of the …" /
         * "Chișinău, 6 May 2647" with no blank lines between: a first
         * block of title-cased lines closed by a dateline is a header,
         * however wide its lines */
        if (((count == 0 && header_block(c, pl)) || titled_dateline(c, pl, count == 0)) &&
            pi + 1 < c->plans.len) {
            for (i = pl->first; i <= pl->last; i++)
                if (!(c->lines.items[i].flags & (LF_BLANK | LF_DROP))) count++;
            continue;
        }
        if (count == 0 && (i = header_run_on(c, pl)) != 0) {
            size_t k;
            for (k = pl->first; k < i; k++)
                if (!(c->lines.items[k].flags & (LF_BLANK | LF_DROP))) count++;
            found_body = 1;
            stop_plan = pi;
            stop_line = i;
            break;
        }
        for (i = pl->first; i <= pl->last; i++) {
            const line *ln = &c->lines.items[i];
            size_t nx = next_text_line(c, i, pl->last);
            if (ln->flags & (LF_BLANK | LF_DROP)) continue;
            const line *follow = nx == SIZE_MAX ? NULL : &c->lines.items[nx];
            if (!follow && pi + 1 < c->plans.len) {
                const plan *np = &c->plans.items[pi + 1];
                size_t f = np->first;
                if (c->lines.items[f].flags & (LF_BLANK | LF_DROP))
                    f = next_text_line(c, f, np->last);
                if (f != SIZE_MAX) follow = &c->lines.items[f];
            }
            if (!header_like(c, ln, nx == SIZE_MAX ? NULL : &c->lines.items[nx],
                             follow, layout, count == 0) &&
                !(count > 0 && open_capitals && capitals_line(c, ln))) {
                found_body = 1;
                stop_plan = pi;
                stop_line = i;
                break;
            }
            count++;
            open_capitals = capitals_line(c, ln) && ends_open(c, ln);
        }
    }
    if (!found_body || count == 0) return 0;
    for (pi = 0; pi <= stop_plan; pi++) {
        plan pl = c->plans.items[pi];
        if (pl.kind == SCM_PARA_HEADING) {
            if (SCM_VEC_PUSH(&out, pl) != 0) goto fail;
            continue;
        }
        for (i = pl.first; i <= pl.last && (pi < stop_plan || i < stop_line);
             i++) {
            plan h;
            if (c->lines.items[i].flags & (LF_BLANK | LF_DROP)) continue;
            h.first = h.last = (uint32_t)i;
            h.kind = SCM_PARA_HEADER;
            if (SCM_VEC_PUSH(&out, h) != 0) goto fail;
        }
        if (pi == stop_plan) {
            pl.first = (uint32_t)stop_line;
            if (SCM_VEC_PUSH(&out, pl) != 0) goto fail;
        }
    }
    for (pi = stop_plan + 1; pi < c->plans.len; pi++)
        if (SCM_VEC_PUSH(&out, c->plans.items[pi]) != 0) goto fail;
    SCM_VEC_FREE(&c->plans);
    c->plans.items = out.items;
    c->plans.len = out.len;
    c->plans.cap = out.cap;
    return 0;
fail:
    SCM_VEC_FREE(&out);
    return oom(c);
}

/* ---- hyphens at line ends ---------------------------------------------- */

/* One line-end hyphen: left part (before '-') and right part (the first
 * word of the next line), with the hashes of the forms we look for. */
typedef struct hyphen {
    uint32_t line;
    scm_off ls, le, rs, re;
    uint64_t h_joined, h_hyphened, h_left, h_right, h_prefix;
} hyphen;

typedef SCM_VEC(hyphen) hyphen_vec;

typedef struct hslot {
    uint64_t hash;
    uint32_t count; /* 0: free slot */
    uint32_t used;
} hslot;

typedef struct hset {
    hslot *slots;
    size_t mask;
    /* (length, lower-cased first byte) of every form: most words of the
     * document are ruled out by this before they are folded and hashed */
    uint64_t bloom[16];
} hset;

static unsigned hbloom_bit(size_t len, unsigned char first) {
    return (unsigned)((len * 37u + scm_ascii_lower(first)) & 1023u);
}

static void hbloom_add(hset *hs, uint64_t h, size_t len, unsigned char first) {
    unsigned b = hbloom_bit(len, first);
    if (h) hs->bloom[b >> 6] |= (uint64_t)1 << (b & 63);
}

static int hbloom_has(const hset *hs, size_t len, unsigned char first) {
    unsigned b = hbloom_bit(len, first);
    return (int)((hs->bloom[b >> 6] >> (b & 63)) & 1u);
}

#define WORD_MAX 64

/* ASCII-lower-cased copy of raw[s, e) appended to buf at *n. */
static int fold_into(const char *raw, size_t s, size_t e, char *buf,
                     size_t *n) {
    size_t i;
    if (*n + (e - s) > WORD_MAX) return -1;
    for (i = s; i < e; i++)
        buf[(*n)++] = (char)scm_ascii_lower((unsigned char)raw[i]);
    return 0;
}

static uint64_t fold_hash(const char *raw, size_t s1, size_t e1,
                          const char *mid, size_t s2, size_t e2) {
    char buf[WORD_MAX];
    size_t n = 0;
    if (fold_into(raw, s1, e1, buf, &n) != 0) return 0;
    if (mid) {
        if (n + strlen(mid) > WORD_MAX) return 0;
        memcpy(buf + n, mid, strlen(mid));
        n += strlen(mid);
    }
    if (s2 < e2 && fold_into(raw, s2, e2, buf, &n) != 0) return 0;
    return XXH3_64bits(buf, n);
}

static hslot *hset_find(const hset *hs, uint64_t h) {
    size_t i = (size_t)h & hs->mask;
    while (hs->slots[i].used && hs->slots[i].hash != h) i = (i + 1) & hs->mask;
    return &hs->slots[i];
}

static void hset_add(hset *hs, uint64_t h) {
    hslot *s;
    if (!h) return;
    s = hset_find(hs, h);
    s->used = 1;
    s->hash = h;
}

static uint32_t hset_count(const hset *hs, uint64_t h) {
    const hslot *s;
    if (!h) return 0;
    s = hset_find(hs, h);
    return s->used ? s->count : 0;
}

/* End of the word that ends at e (scanning back from the '-' at e). */
static size_t left_word_start(const ctx *c, size_t s, size_t e) {
    const unsigned char *p = U(c);
    while (e > s) {
        unsigned char ch = p[e - 1];
        if (scm_ascii_is_alnum(ch) || ch == '.' || ch == '\'' || ch == '-') {
            e--;
        } else if (ch >= 0x80) {
            size_t k = 1;
            while (k < e - s && k < 4 && !scm_utf8_is_lead(p[e - k])) k++;
            if (!word_char_len(p + e - k, k)) break;
            e -= k;
        } else {
            break;
        }
    }
    return e;
}

/* End of the run of ASCII letters and digits that starts at p[i], at most
 * e.  Like scm_ascii_run_end, but sixteen bytes are read as long as the
 * raw text (`limit` bytes) has them, not only the line: a line's last
 * word, which ends near e, is then not walked byte by byte. */
static inline size_t alnum_run_end(const unsigned char *p, size_t i,
                                   size_t e, size_t limit) {
#if defined(__SSE2__) && defined(__GNUC__)
    while (i < e && i + 16 <= limit) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i m = _mm_or_si128(
            scm_bytes_between(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 25),
            scm_bytes_between(x, '0', 9));
        unsigned bits = ~(unsigned)_mm_movemask_epi8(m) & 0xFFFFu;
        if (bits) {
            size_t r = i + (size_t)__builtin_ctz(bits);
            return r < e ? r : e;
        }
        i += 16;
    }
    if (i >= e) return e;
#endif
    while (i < e && scm_ascii_is_alnum(p[i])) i++;
    return i;
}

/* End of the first word of [s, e): letters and digits with inner
 * hyphens, apostrophes and periods.  *dash (when not NULL) is set to the
 * first inner '-', or SIZE_MAX. */
static size_t word_end_dash(const ctx *c, size_t s, size_t e, size_t *dash) {
    const unsigned char *p = U(c);
    size_t i = s, k;
    if (dash) *dash = SIZE_MAX;
    while (i < e) {
        i = alnum_run_end(p, i, e, c->len);
        if (i >= e) break;
        if ((k = word_char_len(p + i, e - i)) != 0) {
            i += k;
        } else if ((p[i] == '-' || p[i] == '\'' || p[i] == '.') && i > s &&
                   i + 1 < e && word_char_len(p + i + 1, e - i - 1)) {
            if (dash && p[i] == '-' && *dash == SIZE_MAX) *dash = i;
            i++;
        } else {
            break;
        }
    }
    return i;
}

static size_t word_end(const ctx *c, size_t s, size_t e) {
    return word_end_dash(c, s, e, NULL);
}

/* Count the word raw[i, we) (and its prefix up to `dash`, the first
 * inner '-', when there is one) if it is one of the forms we look for. */
static void count_word(const ctx *c, hset *hs, size_t i, size_t we,
                       size_t dash) {
    unsigned char f = U(c)[i];
    if (hbloom_has(hs, we - i, f)) {
        hslot *s = hset_find(hs, fold_hash(c->raw, i, we, NULL, 0, 0));
        if (s->used) s->count++;
    }
    /* the first '-' of the word: its prefix "counter-" (before a word in
     * lower case: "inter-Korean" says nothing of "inter-" + "continental") */
    if (dash != SIZE_MAX && dash + 1 < we &&
        !scm_ascii_is_upper(U(c)[dash + 1]) && hbloom_has(hs, dash + 1 - i, f)) {
        hslot *s = hset_find(hs, fold_hash(c->raw, i, dash + 1, NULL, 0, 0));
        if (s->used) s->count++;
    }
}

/* Count every word of the document that is one of the forms we look for.
 * The split word itself is skipped: its halves sit at a line end and at
 * the start of the next line.  Most words are a run of ASCII letters and
 * digits ended by a space or a mark that joins nothing: their end is the
 * run's end, and word_end_dash is asked only about the others. */
static void count_words(const ctx *c, hset *hs) {
    const unsigned char *p = U(c);
    size_t li, skip_first = 0;
    for (li = 0; li < c->lines.len; li++) {
        const line *ln = &c->lines.items[li];
        size_t i = ln->start, e = ln->end, we, dash;
        int first = 1;
        if (ln->flags & (LF_BLANK | LF_DROP)) continue;
        while (i < e) {
            unsigned char ch = p[i];
            if (ch < 0x80) {
                if (!scm_ascii_is_alnum(ch)) {
                    i++;
                    continue;
                }
                we = alnum_run_end(p, i, e, c->len);
                dash = SIZE_MAX;
                /* a joiner (' - .) or a non-ASCII byte may go on */
                if (we < e && (p[we] >= 0x80 || p[we] == '-' ||
                               p[we] == '\'' || p[we] == '.'))
                    we = word_end_dash(c, i, e, &dash);
            } else {
                if (!word_char_len(p + i, e - i)) {
                    i++;
                    continue;
                }
                we = word_end_dash(c, i, e, &dash);
            }
            if (!(first && skip_first) &&
                !((ln->flags & LF_HYPHEN) && we == e - 1))
                count_word(c, hs, i, we, dash);
            first = 0;
            i = we > i ? we : i + 1;
        }
        skip_first = (ln->flags & LF_HYPHEN) != 0;
    }
}

/* Keep or drop one line-end hyphen; the order of the rules is the spec. */
/* "Chae Yun-" + "ha", "Pyo, Jae-" + "hun": the first syllable of a
 * Korean given name after a Korean family name keeps its hyphen (the
 * romanisation writes it). */
static int korean_given_name(const ctx *c, const hyphen *h) {
    const unsigned char *p = U(c);
    size_t e = h->ls, b;
    const char *cls;
    if (!scm_ascii_is_upper(p[h->ls]) || h->re - h->rs > 5 ||
        !scm_ascii_is_lower(p[h->rs]))
        return 0;
    while (e > 0 && p[e - 1] == ' ') e--;
    if (e > 0 && p[e - 1] == ',') e--;
    b = e;
    while (b > 0 &&
           (scm_ascii_is_upper(p[b - 1]) || scm_ascii_is_lower(p[b - 1])))
        b--;
    if (b == e || !scm_ascii_is_upper(p[b])) return 0;
    cls = scm_lexicon_class(c->lex, SCM_LEX_FAMILY_NAME, c->raw + b, e - b);
    if (!cls && e - b >= 2 && e - b < 16 && scm_ascii_is_upper(p[b + 1])) {
        /* a family name in capitals: "YOON Sang-" + "hoon" (session 14) */
        char fam[16];
        fam[0] = (char)p[b];
        for (size_t q = 1; q < e - b; q++)
            fam[q] = (char)(scm_ascii_is_upper(p[b + q]) ? p[b + q] + 32 : p[b + q]);
        cls = scm_lexicon_class(c->lex, SCM_LEX_FAMILY_NAME, fam, e - b);
    }
    if (cls && strcmp(cls, "korean") == 0) return 1;
    /* … or before it, in Western order: "Admiral Seong-" + "jin Pyo" */
    b = h->re;
    if (b + 2 >= c->len || p[b] != ' ' || !scm_ascii_is_upper(p[b + 1]))
        return 0;
    for (e = b + 1; e < c->len && (scm_ascii_is_upper(p[e]) ||
                                   scm_ascii_is_lower(p[e]));
         e++)
        ;
    cls = scm_lexicon_class(c->lex, SCM_LEX_FAMILY_NAME, c->raw + b + 1,
                            e - b - 1);
    return cls && strcmp(cls, "korean") == 0;
}

/* Second halves of compounds after a noun ("gun-related", "UN-led",
 * "climate-induced", "child-friendly"). */
static int compound_head(const unsigned char *s, size_t n) {
    static const char *const heads[] = {
        "related", "based", "led", "owned", "oriented", "driven", "centred",
        "centered", "focused", "funded", "sponsored", "specific", "sensitive",
        "responsive", "intensive", "friendly", "affected", "induced",
        "dependent", "bound",
        /* "capacity-building", "decision-making", "information-sharing",
         * "standard-setting" */
        "building", "making", "sharing", "setting",
        /* "climate-resilient", "carbon-neutral", "energy-efficient",
         * "cable-laying", "like-minded", "coal-fired", "solar-powered",
         * "sea-level" (session 22) */
        "resilient", "neutral", "efficient", "laying", "minded", "fired",
        "powered", "linked", "backed", "level", NULL};
    for (size_t k = 0; heads[k]; k++)
        if (strlen(heads[k]) == n && memcmp(heads[k], s, n) == 0) return 1;
    return 0;
}

static int keep_hyphen(const ctx *c, const hyphen *h, const hset *hs) {
    const unsigned char *p = U(c);
    uint32_t joined = hset_count(hs, h->h_joined);
    uint32_t hyphened = hset_count(hs, h->h_hyphened);
    uint32_t cp;
    int lexed;
    if (joined || hyphened) return hyphened >= joined;
    if (h->rs < h->re && scm_utf8_decode(p + h->rs, h->re - h->rs, &cp) &&
        (scm_utf8_is_upper(cp) || (cp >= '0' && cp <= '9')))
        return 1;
    if (h->le > h->ls &&
        (p[h->le - 1] == '.' || scm_ascii_is_digit(p[h->le - 1])))
        return 1;
    /* "re-" + "emphasised", "pre-" + "eminent", "de-" + "escalation":
     * English keeps the hyphen where a prefix's final e meets an initial
     * e (session 33) */
    if (h->re > h->rs && (p[h->rs] == 'e' || p[h->rs] == 'E') &&
        ((h->le - h->ls == 2 && (memcmp(p + h->ls, "re", 2) == 0 || memcmp(p + h->ls, "Re", 2) == 0 ||
                                 memcmp(p + h->ls, "de", 2) == 0 || memcmp(p + h->ls, "De", 2) == 0)) ||
         (h->le - h->ls == 3 && (memcmp(p + h->ls, "pre", 3) == 0 || memcmp(p + h->ls, "Pre", 3) == 0))))
        return 1;
    {
        /* "EU-" + "wide", "UN-" + "led": a short form in capitals opens
         * a compound; it is never split inside */
        size_t k, caps = 0;
        for (k = h->ls; k < h->le && scm_ascii_is_upper(p[k]); k++) caps++;
        if (k == h->le && caps >= 2) return 1;
    }
    {
        /* "foot-and-" + "mouth", "state-of-the-" + "art": a compound
         * chain whose last link is a function word goes on */
        static const char *const links[] = {"and", "or", "of", "the", "to",
                                            "in", "a", "by", "for", "on",
                                            "at", NULL};
        size_t k = h->le, r = h->rs;
        while (k > h->ls && p[k - 1] != '-') k--;
        for (size_t q = 0; k > h->ls && links[q]; q++)
            if (strlen(links[q]) == h->le - k &&
                memcmp(p + k, links[q], h->le - k) == 0)
                return 1;
        /* ... and so does one whose next line opens with a link and a
         * hyphen: "Commander-" + "in-Chief", "mother-" + "in-law"
         * (session 14) */
        while (r < h->re && p[r] != '-') r++;
        for (size_t q = 0; r < h->re && links[q]; q++)
            if (strlen(links[q]) == r - h->rs &&
                memcmp(p + h->rs, links[q], r - h->rs) == 0)
                return 1;
    }
    /* "gun-" + "related", "climate-" + "induced": a participle or an
     * adjective that heads compounds after a noun keeps its hyphen */
    if (h->le - h->ls >= 3 && compound_head(p + h->rs, h->re - h->rs))
        return 1;
    if (korean_given_name(c, h)) return 1;
    /* a word written whole ("counter-" + "part"), or a compound prefix
     * ("cross-" + "border"; "pro-" + "gramme" only when "gramme" is a
     * word here) */
    lexed = scm_lexicon_compound(c->lex, c->raw + h->ls, h->le - h->ls,
                                 c->raw + h->rs, h->re - h->rs,
                                 hset_count(hs, h->h_right) > 0);
    if (lexed) return lexed > 0;
    if (hset_count(hs, h->h_left) && hset_count(hs, h->h_right)) return 1;
    /* the left part opens other hyphenated words here ("counter-piracy") */
    if (hset_count(hs, h->h_prefix) > 0) return 1;
    /* "closed-" + "circuit", "armed-" + "forces": a participle in "-ed"
     * before a word of four letters or more that is no ending ("exceed-"
     * + "ing", "proceed-" + "ings", "need-" + "ed" stay breaks; session
     * 18) */
    if (h->le - h->ls >= 5 && p[h->le - 2] == 'e' && p[h->le - 1] == 'd' &&
        h->re - h->rs >= 4 && scm_ascii_is_lower(p[h->rs]) &&
        memcmp(p + h->rs, "ing", 3) != 0 && memcmp(p + h->rs, "ed", 2) != 0 &&
        memcmp(p + h->rs, "er", 2) != 0 && memcmp(p + h->rs, "ness", 4) != 0 &&
        memcmp(p + h->rs, "ly", 2) != 0)
        return 1; /* (nor "prepared-" + "ness") */
    return 0;
}

/* Collect the candidates of one paragraph. */
static int collect_hyphens(ctx *c, const plan *pl, hyphen_vec *hy) {
    size_t i, j;
    for (i = pl->first; i <= pl->last; i = j) {
        line *a = &c->lines.items[i];
        j = next_text_line(c, i, pl->last);
        if (j == SIZE_MAX) break;
        if (a->flags & LF_SOFT) {
            a->flags |= LF_GLUE | LF_CUT;
        } else if ((a->flags & LF_DASH) && !(a->flags & (LF_BLANK | LF_DROP))) {
            /* a dash that joins two words keeps them joined when a wrap
             * falls after it; a spaced dash (" –") keeps its space */
            unsigned char f = U(c)[c->lines.items[j].start];
            /* (a letter or digit: not a quote mark or a bullet) */
            if (scm_ascii_is_alnum(f) || (f >= 0xC3 && f <= 0xDF) || f == 0xE1)
                a->flags |= LF_GLUE;
        } else if ((a->flags & LF_HYPHEN) && !(a->flags & (LF_BLANK | LF_DROP))) {
            const line *b = &c->lines.items[j];
            hyphen h;
            memset(&h, 0, sizeof h);
            h.line = (uint32_t)i;
            h.le = a->end - 1;
            h.ls = (scm_off)left_word_start(c, a->start, h.le);
            h.rs = b->start;
            h.re = (scm_off)word_end(c, b->start, b->end);
            if (h.ls == h.le || h.rs == h.re) continue;
            if (SCM_VEC_PUSH(hy, h) != 0) return oom(c);
        }
    }
    return 0;
}

/* Markdown text is wrapped by a converter that never splits a word, so a
 * line-end hyphen there is a compound's ("Indo-\nPacific" is
 * "Indo-Pacific") unless a conjunction follows: a suspended hyphen
 * ("short-\nand long-term") keeps its space. */
static void markdown_hyphens(ctx *c) {
    static const char *const conj[] = {"and", "or", "nor", "to", "but", NULL};
    size_t pi, i, j, k;
    for (pi = 0; pi < c->plans.len; pi++) {
        const plan *pl = &c->plans.items[pi];
        for (i = pl->first; i <= pl->last; i = j) {
            line *a = &c->lines.items[i];
            const line *b;
            size_t e;
            int suspended = 0;
            j = next_text_line(c, i, pl->last);
            if (j == SIZE_MAX) break;
            if (!(a->flags & LF_HYPHEN) || (a->flags & (LF_BLANK | LF_DROP)))
                continue;
            b = &c->lines.items[j];
            e = word_end(c, b->start, b->end);
            for (k = 0; conj[k]; k++)
                if (strlen(conj[k]) == e - b->start &&
                    memcmp(c->raw + b->start, conj[k], e - b->start) == 0)
                    suspended = 1;
            if (!suspended) a->flags |= LF_GLUE;
        }
    }
}

/* The right part of line-end hyphen h is a compound's usual tail
 * ("-wide", "-based", "-finding", "-keeping", "-class"): a hyphen no
 * converter of PDFs to Markdown should drop (session 24). */
static int compound_tail(const ctx *c, const hyphen *h) {
    static const char *const tails[] = {
        "wide", "based", "led", "owned", "level", "term", "scale", "class",
        "finding", "keeping", "making", "building", "related", "oriented",
        "driven", "free", "friendly", "up", "off", "out", "ice", "optic", NULL};
    size_t n = h->re - h->rs;
    for (size_t k = 0; tails[k]; k++)
        if (strlen(tails[k]) == n && memcmp(c->raw + h->rs, tails[k], n) == 0)
            return 1;
    return 0;
}

/* Markdown's line-end hyphen h that the text still shows to be a
 * syllable break, as a PDF converted to Markdown leaves them: the text
 * writes the joined word elsewhere, or the next line holds only a
 * word's ending ("Enforce-" + "ment", "implement-" + "ing"). */
static int markdown_break(const ctx *c, const hyphen *h, const hset *hs) {
    static const char *const endings[] = {"ment", "ments", "ing", "ings",
                                          "tion", "tions", "ation", "ations",
                                          "ness", "ity", "ities",
                                          /* no words either (session 16):
                                           * "identi-" + "fied" */
                                          "fied", "fies", "sion", "sions",
                                          "ised", "ized", "ising", "izing",
                                          "ically",
                                          /* "Coordin-" + "ating" (session
                                           * 21) */
                                          "ating", "ated", "ator", "ators",
                                          "ative", "atives",
                                          /* adjectives' endings, no
                                           * words: "bilat-" + "eral",
                                           * "commer-" + "cial",
                                           * "essen-" + "tial" (session
                                           * 21) */
                                          "eral", "erals", "cial", "cials",
                                          "tial", "tials", NULL};
    const unsigned char *p = U(c);
    uint32_t joined = hset_count(hs, h->h_joined);
    size_t k, n = h->re - h->rs;
    /* (not "Co-" + "operation" of the OSCE's name where the text writes
     * "cooperation" too: a short prefix is a compound's) */
    if (h->le - h->ls < 3) return 0;
    if (joined) return joined > hset_count(hs, h->h_hyphened);
    /* a word the lexicon lists as written whole ("counter-" + "part",
     * "Frame-" + "work"): no converter from web pages splits one
     * (session 21) */
    if (scm_lexicon_compound(c->lex, c->raw + h->ls, h->le - h->ls, c->raw + h->rs,
                             h->re - h->rs, 0) < 0)
        return 1;
    for (k = h->ls; k < h->le; k++)
        if ((p[k] | 32) < 'a' || (p[k] | 32) > 'z') return 0;
    for (k = 0; endings[k]; k++)
        if (strlen(endings[k]) == n && memcmp(p + h->rs, endings[k], n) == 0)
            return 1;
    /* "prepa-" + "rations", "Recon-" + "struction": a right part that ends
     * as a noun of action does, after a left part of four letters or
     * more that opens no compound ("self-" + "determination" stays;
     * session 16) */
    if (h->le - h->ls >= 4 && n >= 6 && c->lex &&
        !scm_lexicon_has(c->lex, SCM_LEX_COMPOUND_PREFIX, c->raw + h->ls,
                         h->le - h->ls)) {
        static const char *const nouns[] = {"tion", "tions", "sion", "sions",
                                            NULL};
        for (k = h->rs; k < h->re; k++)
            if (!scm_ascii_is_lower(p[k])) return 0;
        for (k = 0; nouns[k]; k++) {
            size_t m = strlen(nouns[k]);
            if (n > m && memcmp(p + h->re - m, nouns[k], m) == 0) return 1;
        }
    }
    /* "hospi-" + "tality", "signifi-" + "cance", "biodiver-" + "sity":
     * halves that are no words, where a compound's are ("code-" +
     * "sharing", "fibre-" + "optic"): after a left part of four letters
     * or more that opens no compound, neither half occurs alone in the
     * text, nor the pair hyphenated, nor the left part before another
     * hyphen, and either the left part ends in an "i" before a consonant
     * (few English words end in "i") or the right part is the end of a
     * noun or an adverb (session 18) */
    if (h->le - h->ls >= 4 && n >= 4 && c->lex &&
        !hset_count(hs, h->h_left) && !hset_count(hs, h->h_right) &&
        !hset_count(hs, h->h_hyphened) && !hset_count(hs, h->h_prefix) &&
        !scm_lexicon_has(c->lex, SCM_LEX_COMPOUND_PREFIX, c->raw + h->ls,
                         h->le - h->ls)) {
        static const char *const tails[] = {"ity",  "ities", "ance", "ances",
                                            "ence", "ences", "ally", NULL};
        for (k = h->rs; k < h->re; k++)
            if (!scm_ascii_is_lower(p[k])) return 0;
        if (p[h->le - 1] == 'i' && !strchr("aeiouy", p[h->rs])) return 1;
        for (k = 0; tails[k]; k++) {
            size_t m = strlen(tails[k]);
            if (n > m && memcmp(p + h->re - m, tails[k], m) == 0) return 1;
        }
    }
    return 0;
}

/* Decide every line-end hyphen (Markdown: markdown_hyphens, then
 * markdown_break). */
static int decide_hyphens(ctx *c) {
    hyphen_vec hy = {0};
    hset hs = {0};
    size_t i, size = 16, pdf_breaks = 0;
    if (c->markdown) markdown_hyphens(c);
    for (i = 0; i < c->plans.len; i++)
        if (collect_hyphens(c, &c->plans.items[i], &hy) != 0) goto fail;
    if (hy.len == 0) return 0;
    while (size < hy.len * 5 * 2) size *= 2;
    hs.slots = calloc(size, sizeof *hs.slots);
    if (!hs.slots) goto fail;
    hs.mask = size - 1;
    for (i = 0; i < hy.len; i++) {
        hyphen *h = &hy.items[i];
        h->h_joined = fold_hash(c->raw, h->ls, h->le, NULL, h->rs, h->re);
        h->h_hyphened = fold_hash(c->raw, h->ls, h->le, "-", h->rs, h->re);
        h->h_left = fold_hash(c->raw, h->ls, h->le, NULL, 0, 0);
        h->h_right = fold_hash(c->raw, h->rs, h->re, NULL, 0, 0);
        h->h_prefix = fold_hash(c->raw, h->ls, h->le, "-", 0, 0);
        hset_add(&hs, h->h_joined);
        hset_add(&hs, h->h_hyphened);
        hset_add(&hs, h->h_left);
        hset_add(&hs, h->h_right);
        hset_add(&hs, h->h_prefix);
        {
            size_t nl = h->le - h->ls, nr = h->re - h->rs;
            unsigned char fl = U(c)[h->ls], fr = U(c)[h->rs];
            hbloom_add(&hs, h->h_joined, nl + nr, fl);
            hbloom_add(&hs, h->h_hyphened, nl + 1 + nr, fl);
            hbloom_add(&hs, h->h_left, nl, fl);
            hbloom_add(&hs, h->h_right, nr, fr);
            hbloom_add(&hs, h->h_prefix, nl + 1, fl);
        }
    }
    count_words(c, &hs);
    for (i = 0; i < hy.len; i++) {
        const hyphen *h = &hy.items[i];
        line *a = &c->lines.items[h->line];
        if (c->markdown) {
            if ((a->flags & LF_GLUE) && markdown_break(c, h, &hs)) {
                a->flags |= LF_CUT;
                pdf_breaks++;
            }
            continue;
        }
        a->flags |= LF_GLUE;
        if (!keep_hyphen(c, h, &hs)) a->flags |= LF_CUT;
    }
    /* Markdown that shows a syllable break is a PDF converted to Markdown,
     * whose line-end hyphens (which markdown_break leaves to the
     * compounds) are a PDF's too: "In-" + "ternational", "ob-" +
     * "servers" (session 20), "mile-" + "stone" (any left part, session
     * 24) are weighed as a plain text's, but for a right part that is a
     * compound's usual tail ("region-" + "wide", "fact-" + "finding") */
    for (i = 0; pdf_breaks && i < hy.len; i++) {
        const hyphen *h = &hy.items[i];
        line *a = &c->lines.items[h->line];
        if ((a->flags & (LF_GLUE | LF_CUT)) != LF_GLUE || compound_tail(c, h)) continue;
        if (hset_count(&hs, h->h_right) ||
            (c->lex && scm_lexicon_has(c->lex, SCM_LEX_COMPOUND_PREFIX,
                                       c->raw + h->ls, h->le - h->ls)))
            continue;
        if (!keep_hyphen(c, h, &hs)) a->flags |= LF_CUT;
    }
    free(hs.slots);
    SCM_VEC_FREE(&hy);
    return 0;
fail:
    free(hs.slots);
    SCM_VEC_FREE(&hy);
    return oom(c);
}

/* ---- writing the normalised text --------------------------------------- */

/* Output state: the text, the map, and what is owed before the next byte
 * (a paragraph separator, or one space for a run of white space). */
typedef struct emitter {
    ctx *c;
    scm_buf out;
    int in_para;      /* the current paragraph has text */
    size_t para_start;
    int space;        /* a space is owed */
    size_t space_raw; /* raw offset of the white space it stands for */
    int space_copy;   /* ... which is a plain ' ', copied one for one */
    size_t raw_end;   /* raw offset after the last byte written */
    int failed;
    unsigned char cap_label; /* the last "A. " label, for the next "B. " */
    int roman_label;         /* the last "IV. " label's value, for "V. " */
} emitter;

/* Append n bytes that stand for raw[raw..]; copied bytes extend the
 * current run when they continue it, so the map stays one run per
 * stretch of text. */
static void put(emitter *em, size_t raw, const char *s, size_t n, int copied) {
    scm_text *t = em->c->t;
    scm_map_run *last = t->map.len ? &t->map.items[t->map.len - 1] : NULL;
    int extend = last && (copied
                              ? last->copied &&
                                    last->raw + (em->out.len - last->norm) == raw
                              : !last->copied && last->raw == raw);
    if (em->failed) return;
    if (!extend) {
        scm_map_run run;
        run.norm = (scm_off)em->out.len;
        run.raw = (scm_off)raw;
        run.copied = (uint32_t)copied;
        if (SCM_VEC_PUSH(&t->map, run) != 0) {
            em->failed = 1;
            return;
        }
    }
    if (scm_buf_append(&em->out, s, n) != 0) {
        em->failed = 1;
        return;
    }
    if (copied) em->raw_end = raw + n;
}

/* Pay what is owed before text: the "\n\n" between paragraphs (mapped to
 * the end of the previous one), or the pending space. */
static void settle(emitter *em) {
    if (!em->in_para) {
        if (em->out.len) put(em, em->raw_end, "\n\n", 2, 0);
        em->in_para = 1;
        em->para_start = em->out.len;
        em->space = 0;
    } else if (em->space) {
        put(em, em->space_raw, " ", 1, em->space_copy);
        em->space = 0;
    }
}

static void copy_raw(emitter *em, size_t raw, size_t n) {
    settle(em);
    put(em, raw, em->c->raw + raw, n, 1);
}

static void owe_space(emitter *em, size_t raw) {
    if (em->space) return;
    em->space = 1;
    em->space_raw = raw;
    /* a line's end is the input's end when the last line has no newline */
    em->space_copy = raw < em->c->len && em->c->raw[raw] == ' ';
}

/* Byte classes: 1 = may be white space, 2 = Markdown markup. */
static const uint8_t byte_class[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
    [0xC2] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
    ['*'] = 2,  ['_'] = 2,  ['\\'] = 2, ['<'] = 2, ['&'] = 2};

/* Inline HTML a converter leaves behind; "<br>" also stands for a space. */
static const char *const inline_tags[] = {
    "sup", "sub", "br", "em", "strong", "b", "i", "u", "span", "small",
    "mark", "wbr", "a", "ins", "del", "s", NULL};

/* Length of an inline HTML tag at p[i..e), or 0.  *is_br for <br>. */
static size_t html_tag(const unsigned char *p, size_t i, size_t e,
                       int *is_br) {
    size_t k = i + 1, ns, n, j;
    if (k < e && p[k] == '/') k++;
    ns = k;
    while (k < e && scm_ascii_is_alnum(p[k])) k++;
    n = k - ns;
    if (n == 0 || n > 6) return 0;
    for (j = 0; inline_tags[j]; j++) {
        size_t m;
        if (strlen(inline_tags[j]) != n) continue;
        for (m = 0; m < n; m++)
            if (scm_ascii_lower(p[ns + m]) != (unsigned char)inline_tags[j][m])
                break;
        if (m == n) break;
    }
    if (!inline_tags[j]) return 0;
    *is_br = n == 2 && (p[ns] | 32) == 'b' && (p[ns + 1] | 32) == 'r';
    if (k < e && p[k] != '>' && p[k] != ' ' && p[k] != '/') return 0;
    while (k < e && p[k] != '>' && p[k] != '<' && k - i < 200) k++;
    return (k < e && p[k] == '>') ? k + 1 - i : 0;
}

/* The length of an HTML character reference at p[i..e) ("&amp;",
 * "&#8217;", "&#x2013;"), its character's UTF-8 in out[0..*olen) (a
 * no-break space as ' '), or 0. */
static size_t html_entity(const unsigned char *p, size_t i, size_t e, char out[4],
                          size_t *olen) {
    static const struct {
        const char *name;
        uint32_t cp;
    } named[] = {{"amp", '&'},      {"nbsp", ' '},     {"quot", '"'},     {"apos", '\''},
                 {"lt", '<'},       {"gt", '>'},       {"rsquo", 0x2019}, {"lsquo", 0x2018},
                 {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"ndash", 0x2013}, {"mdash", 0x2014}};
    size_t k = i + 1, q;
    uint32_t cp = 0;
    if (k < e && p[k] == '#') {
        int hex = k + 1 < e && (p[k + 1] == 'x' || p[k + 1] == 'X');
        for (q = k + 1 + (size_t)hex; q < e && q < k + 9; q++) {
            unsigned d = p[q];
            if (d >= '0' && d <= '9') d -= '0';
            else if (hex && (d | 32) >= 'a' && (d | 32) <= 'f') d = (d | 32) - 'a' + 10;
            else break;
            cp = cp * (hex ? 16u : 10u) + d;
        }
        if (q >= e || p[q] != ';' || q == k + 1 + (size_t)hex || cp == 0 || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        if (cp == 0xA0) cp = ' ';
        *olen = scm_utf8_encode(cp, out);
        return q + 1 - i;
    }
    for (size_t m = 0; m < sizeof named / sizeof named[0]; m++) {
        size_t l = strlen(named[m].name);
        if (k + l < e && memcmp(p + k, named[m].name, l) == 0 && p[k + l] == ';') {
            *olen = scm_utf8_encode(named[m].cp, out);
            return l + 2;
        }
    }
    return 0;
}

/* One piece of Markdown markup at p[i]: skip it, or write what it
 * escapes.  Returns the new position. */
static size_t markup(emitter *em, const unsigned char *p, size_t i,
                     size_t s, size_t e) {
    size_t k;
    int is_br;
    switch (p[i]) {
    case '*':
        k = i;
        while (k < e && p[k] == '*') k++;
        /* a lone '*' between spaces is a character, not emphasis */
        if (k - i == 1 && i > s && p[i - 1] == ' ' && k < e && p[k] == ' ')
            copy_raw(em, i, 1);
        return k;
    case '_':
        k = i;
        while (k < e && p[k] == '_') k++;
        /* inside a word ("snake_case") an underscore is literal */
        if (k - i == 1 && i > s && k < e && scm_ascii_is_alnum(p[i - 1]) &&
            scm_ascii_is_alnum(p[k]))
            copy_raw(em, i, 1);
        return k;
    case '\\':
        /* a backslash that ends the line is Markdown's hard line break
         * ("Her Excellency Dr. Ndapewa Nelago\" + "Shivolo"): a space
         * (session 29) */
        if (i + 1 >= e) {
            owe_space(em, i);
            return i + 1;
        }
        if (i + 1 < e && p[i + 1] > ' ' && p[i + 1] < 0x7F &&
            !scm_ascii_is_alnum(p[i + 1])) {
            copy_raw(em, i + 1, 1);
            return i + 2;
        }
        copy_raw(em, i, 1);
        return i + 1;
    case '&': {
        /* "&amp;", "&nbsp;", "&#8217;", "&#x2013;": an HTML entity a web
         * page's converter left, written as its character (session 33) */
        char buf[4];
        size_t olen = 0, n = html_entity(p, i, e, buf, &olen);
        if (n == 0) {
            copy_raw(em, i, 1);
            return i + 1;
        }
        if (buf[0] == ' ') {
            owe_space(em, i);
        } else {
            settle(em);
            put(em, i, buf, olen, 0);
        }
        return i + n;
    }
    default: /* '<' */
        /* "<!-- editor: … -->": an HTML comment, never shown (session
         * 31) */
        if (i + 6 < e && p[i + 1] == '!' && p[i + 2] == '-' && p[i + 3] == '-') {
            for (k = i + 4; k + 2 < e; k++)
                if (p[k] == '-' && p[k + 1] == '-' && p[k + 2] == '>') {
                    k += 3;
                    if (k < e && p[k] == ' ' && i > s && p[i - 1] == ' ') k++;
                    return k;
                }
        }
        k = html_tag(p, i, e, &is_br);
        if (k == 0) {
            copy_raw(em, i, 1);
            return i + 1;
        }
        if (is_br) owe_space(em, i);
        return i + k;
    }
}

/* Where the next byte of class `mask` (byte_class) is, from i on, in
 * [i, e); e when none -- except that a ' ' followed by a byte of no class
 * may be passed over (the caller takes such a space as plain text
 * anyway).  With SSE2 sixteen bytes are classified at once and kept in
 * `bits` (for the block at `blk`) for the next call. */
typedef struct class_scan {
    size_t blk; /* start of the block in bits, or SIZE_MAX */
    unsigned bits;
} class_scan;

#if defined(__SSE2__) && defined(__GNUC__)
static inline unsigned class_bits16(const unsigned char *p, uint8_t mask,
                                    unsigned next_has_class) {
    const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    /* 0x09-0x0D, ' ', 0xC2, 0xE1-0xE3: what may start white space; 0xEF:
     * a ligature ("ﬁ") */
    __m128i m = _mm_or_si128(
        _mm_or_si128(scm_bytes_between(x, 0x09, 4),
                     scm_bytes_between(x, (char)0xE1, 2)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')),
                                  _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC2))),
                     _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xEF))));
    if (mask & 2) /* Markdown: * _ \ < & */
        m = _mm_or_si128(
            m, _mm_or_si128(
                   _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('*')),
                                             _mm_cmpeq_epi8(x, _mm_set1_epi8('&'))),
                                _mm_cmpeq_epi8(x, _mm_set1_epi8('_'))),
                   _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\\')),
                                _mm_cmpeq_epi8(x, _mm_set1_epi8('<')))));
    {
        unsigned cls = (unsigned)_mm_movemask_epi8(m);
        unsigned sp = (unsigned)_mm_movemask_epi8(
            _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
        /* a space matters only before another byte of some class */
        unsigned next = (cls >> 1) | (next_has_class << 15);
        return (cls & ~sp) | (sp & next);
    }
}
#endif

static inline size_t next_class(const unsigned char *p, size_t i, size_t e,
                                uint8_t mask, class_scan *cs) {
#if defined(__SSE2__) && defined(__GNUC__)
    for (;;) {
        if (cs->blk != SIZE_MAX && i >= cs->blk && i < cs->blk + 16) {
            unsigned m = cs->bits >> (i - cs->blk);
            if (m) return i + (size_t)__builtin_ctz(m);
            i = cs->blk + 16;
        }
        if (i + 16 > e) break;
        cs->blk = i;
        cs->bits = class_bits16(
            p + i, mask, i + 16 >= e || (byte_class[p[i + 16]] & mask) != 0);
    }
#else
    (void)cs;
#endif
    while (i < e && !(byte_class[p[i]] & mask)) i++;
    return i;
}

/* The letters a typographic ligature at p[0..n) stands for (U+FB00–FB06:
 * ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which PDF text keeps inside words ("conﬁrmed"), or
 * NULL (session 33). */
static const char *ligature(const unsigned char *p, size_t n) {
    static const char *const letters[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    if (n < 3 || p[0] != 0xEF || p[1] != 0xAC || p[2] < 0x80 || p[2] > 0x86) return NULL;
    return letters[p[2] - 0x80];
}

/* A soft hyphen (U+00AD) at p[0..n): a break the typesetter allowed,
 * invisible inside a line, which PDF text keeps ("manage­ment"; session
 * 37). */
static int soft_hyphen(const unsigned char *p, size_t n) {
    return n >= 2 && p[0] == 0xC2 && p[1] == 0xAD;
}

/* Write the content raw[s, e) of one line: runs of white space become one
 * space, Markdown markup goes, ligatures become their letters, soft
 * hyphens go.  Plain
 * stretches are copied whole. */
static void emit_span(emitter *em, size_t s, size_t e) {
    const unsigned char *p = U(em->c);
    uint8_t mask = em->c->markdown ? 3 : 1;
    size_t i = s, seg, k;
    const char *lig;
    class_scan cs;
    cs.blk = SIZE_MAX;
    cs.bits = 0;
    while (i < e) {
        seg = i;
        for (;;) {
            unsigned char ch;
            /* next_class may pass over a space: not at the stretch's start */
            if (i > seg || !(byte_class[p[i]] & mask))
                i = next_class(p, i, e, mask, &cs);
            if (i >= e) break;
            ch = p[i];
            if (ch == ' ' && i > seg && i + 1 < e &&
                !(byte_class[p[i + 1]] & mask)) {
                i += 2; /* a single space between words: plain */
            } else if (ch >= 0x80 && !scm_utf8_space_len(em->c->raw + i, e - i) &&
                       !ligature(p + i, e - i) && !soft_hyphen(p + i, e - i)) {
                i++;
            } else {
                break;
            }
        }
        if (i > seg) copy_raw(em, seg, i - seg);
        if (i >= e) break;
        if ((k = scm_utf8_space_len(em->c->raw + i, e - i)) != 0) {
            owe_space(em, i);
            i += k;
        } else if ((lig = ligature(p + i, e - i)) != NULL) {
            settle(em);
            put(em, i, lig, strlen(lig), 0);
            i += 3;
        } else if (soft_hyphen(p + i, e - i)) {
            i += 2; /* invisible: "manage­ment" is "management" */
        } else {
            i = markup(em, p, i, s, e);
        }
    }
}

/* Start of the text of a paragraph's first line: after a heading's '#'s,
 * or after a list label, which is written here ("1." + one space) and
 * measured into *label. */
static size_t emit_opening(emitter *em, const line *ln, const plan *pl,
                           uint8_t *label) {
    const unsigned char *p = U(em->c);
    size_t s = ln->start, e = ln->end, n;
    int ordered, one;
    *label = 0;
    if (pl->kind == SCM_PARA_HEADING && ln->md == MD_HEADING) {
        while (s < e && p[s] == '#') s++;
        return skip_blanks(p, s, e);
    }
    if (pl->kind != SCM_PARA_BODY) return s;
    n = list_label(p, s, e, &ordered, &one);
    /* "– endorsed …" opening an item the line above announced: the dash
     * is its bullet */
    if (n == 0 && s + 5 <= e && dash_bullet(p + s) && p[s + 3] == ' ' &&
        scm_ascii_is_lower(p[s + 4]))
        n = 3;
    /* "2.3 Federal Minister X …": a decimal paragraph number (one or two
     * digits, a period, one or two digits) before a capital (session 25;
     * "3.1 billion in …" opens no paragraph) */
    if (n == 0 && s + 5 <= e && scm_ascii_is_digit(p[s])) {
        size_t k = s + 1;
        if (scm_ascii_is_digit(p[k])) k++;
        if (k + 3 < e && p[k] == '.' && scm_ascii_is_digit(p[k + 1])) {
            k += 2;
            if (k < e && scm_ascii_is_digit(p[k])) k++;
            /* (and a third level: "2.3.1 The Council …"; session 33) */
            if (k + 2 < e && p[k] == '.' && scm_ascii_is_digit(p[k + 1])) {
                k += 2;
                if (k < e && scm_ascii_is_digit(p[k])) k++;
            }
            /* (and after two spaces: "2.1  The Ministers …"; session 33) */
            size_t sp = k;
            while (sp < e && sp < k + 4 && p[sp] == ' ') sp++;
            if (sp > k && sp < e && scm_ascii_is_upper(p[sp])) n = k - s;
        }
    }
    /* "A.  Ministers and senior representatives …", "B.  The meeting
     * was …": capital letters as paragraph labels, from "A" on, each the
     * letter after the last (an initial, "J. Smith said", starts no such
     * run; session 33) */
    if (n == 0 && s + 4 < e && scm_ascii_is_upper(p[s]) && p[s + 1] == '.' && p[s + 2] == ' ' &&
        (p[s] == 'A' || p[s] == em->cap_label + 1)) {
        size_t k = s + 2;
        while (k < e && p[k] == ' ') k++;
        if (k < e && scm_ascii_is_upper(p[k])) {
            n = 2;
            em->cap_label = p[s];
        }
    }
    /* "IV. Multilateral cooperation  The Heads of State …": a section's
     * number in Roman numerals before a capital; "V." and "X." only
     * after "IV." and "IX." (else initials: "V. Sharma said"; session
     * 37) */
    if (n == 0 && s + 4 < e) {
        size_t k = s;
        int value = roman_value(p, &k, e);
        if (value > 0 && k + 2 < e && p[k] == '.' && p[k + 1] == ' ' &&
            (k - s >= 2 || p[s] == 'I' || value == em->roman_label + 1)) {
            size_t b = k + 1;
            while (b < e && p[b] == ' ') b++;
            if (b < e && scm_ascii_is_upper(p[b])) {
                n = k + 1 - s;
                em->roman_label = value;
            }
        }
    }
    /* "2012. U.S. Secretary" opening a PDF line is no list: outside
     * Markdown, only numbered paragraphs and bullets at a paragraph start
     * count, and a number must be small. */
    if (n == 0 || (n == 1 && p[s] == '*' && !em->c->markdown)) return s;
    copy_raw(em, s, n);
    put(em, s + n, " ", 1, p[s + n] == ' ');
    *label = (uint8_t)(em->out.len - em->para_start);
    return skip_blanks(p, s + n, e);
}

/* End of a heading line's text: a closing "###" sequence goes. */
static size_t heading_end(const unsigned char *p, size_t s, size_t e) {
    size_t k = e;
    while (k > s && p[k - 1] == '#') k--;
    if (k < e && k > s && (p[k - 1] == ' ' || p[k - 1] == '\t')) {
        while (k > s && (p[k - 1] == ' ' || p[k - 1] == '\t')) k--;
        return k;
    }
    return e;
}

static int emit_plan(emitter *em, const plan *pl) {
    ctx *c = em->c;
    size_t i;
    int first = 1;
    uint8_t label = 0;
    em->in_para = 0;
    em->space = 0;
    for (i = pl->first; i <= pl->last; i++) {
        const line *ln = &c->lines.items[i];
        size_t s = ln->start, e = ln->end;
        if (ln->flags & (LF_BLANK | LF_DROP)) continue;
        if (first) s = emit_opening(em, ln, pl, &label);
        first = 0;
        if (ln->md == MD_HEADING && pl->kind == SCM_PARA_HEADING)
            e = heading_end(U(c), s, e);
        if (ln->flags & LF_CUT) e -= (ln->flags & LF_SOFT) ? 2 : 1;
        emit_span(em, s, e);
        if (!(ln->flags & LF_GLUE)) owe_space(em, ln->end);
    }
    if (em->failed) return oom(c);
    if (em->in_para) {
        scm_paragraph para;
        para.span.start = (scm_off)em->para_start;
        para.span.stop = (scm_off)em->out.len;
        para.kind = pl->kind;
        if (label && em->out.len == em->para_start + label) {
            /* a label and nothing else: no trailing space, no label */
            em->out.len--;
            em->out.items[em->out.len] = '\0';
            para.span.stop = (scm_off)em->out.len;
            label = 0;
        }
        para.label = label;
        if (SCM_VEC_PUSH(&c->t->paragraphs, para) != 0) return oom(c);
    }
    return 0;
}

static int emit_all(ctx *c, size_t body) {
    emitter em;
    size_t i;
    memset(&em, 0, sizeof em);
    em.c = c;
    em.raw_end = body;
    if (SCM_VEC_RESERVE(&em.out, c->len - body + 2 * c->plans.len + 1) != 0 ||
        SCM_VEC_RESERVE(&c->t->map,
                        2 * c->text_lines + c->plans.len + 8) != 0)
        goto fail;
    em.out.items[0] = '\0';
    for (i = 0; i < c->plans.len; i++)
        if (emit_plan(&em, &c->plans.items[i]) != 0) {
            SCM_VEC_FREE(&em.out);
            return -1;
        }
    em.in_para = 1;
    em.space = 0;
    put(&em, em.raw_end, "", 0, 0); /* sentinel run for norm == len */
    if (em.failed) goto fail;
    if (em.out.len > SCM_MAX_INPUT) {
        SCM_VEC_FREE(&em.out);
        return scm_error_set(c->err, SCM_NO_BYTE, "normalised text too large");
    }
    /* give back what the worst-case reservation did not use */
    if (em.out.cap > em.out.len + 4096) {
        char *p = realloc(em.out.items, em.out.len + 1);
        if (p) em.out.items = p;
    }
    c->t->text = em.out.items;
    c->t->len = em.out.len;
    return 0;
fail:
    SCM_VEC_FREE(&em.out);
    return oom(c);
}

/* ---- the public functions ---------------------------------------------- */

static int any_text(const ctx *c) {
    size_t i;
    for (i = 0; i < c->lines.len; i++)
        if (!(c->lines.items[i].flags & LF_BLANK)) return 1;
    return 0;
}

/* ---- signature blocks in two columns ----------------------------------- */

/* Line ln is one row of two columns: "For the Republic of Namibia" and
 * "For the Republic of Lithuania" set apart by a gap of four spaces or
 * more, each part short and opening with a capital (or "("); the start of
 * the right part in *right, the end of the left in *left_end, and its
 * column in *col. */
static int column_row(const ctx *c, const line *ln, size_t *left_end, size_t *right,
                      size_t *col) {
    const unsigned char *p = U(c);
    size_t k, g0 = 0, g1 = 0;
    if (ln->flags & (LF_BLANK | LF_DROP)) return 0;
    /* (most lines have no four spaces in a row and no tab: memchr-driven
     * looks first) */
    if (ln->end - ln->start < 8 ||
        (!scm_find_bytes(c->raw + ln->start, ln->end - ln->start, "    ", 4) &&
         !memchr(c->raw + ln->start, '\t', ln->end - ln->start)))
        return 0;
    for (k = ln->start; k < ln->end; k++) {
        size_t q = k;
        while (q < ln->end && (p[q] == ' ' || p[q] == '\t')) q++;
        if (q - k >= 4) {
            if (g0) return 0; /* one gap only */
            g0 = k;
            g1 = q;
        }
        if (q > k) k = q - 1;
    }
    if (!g0 || scm_utf8_count(c->raw + ln->start, g0 - ln->start) > 50 ||
        scm_utf8_count(c->raw + g1, ln->end - g1) > 50)
        return 0;
    if (!(scm_ascii_is_upper(p[ln->start]) || p[ln->start] >= 0xC3 || p[ln->start] == '(') ||
        !(scm_ascii_is_upper(p[g1]) || p[g1] >= 0xC3 || p[g1] == '('))
        return 0;
    /* (a sentence on either side is prose in a wide layout, no column) */
    if (p[g0 - 1] == '.' && g0 - ln->start > 4 && scm_ascii_is_lower(p[g0 - 2])) return 0;
    *left_end = g0;
    *right = g1;
    *col = ln->indent + scm_utf8_count(c->raw + ln->start, g1 - ln->start);
    return 1;
}

/* The next (dir 1) or previous (dir -1) line of text from i, or SIZE_MAX. */
static size_t text_line_near(const ctx *c, size_t i, int dir) {
    for (size_t k = i; dir > 0 ? k + 1 < c->lines.len : k > 0;) {
        k = dir > 0 ? k + 1 : k - 1;
        if (!(c->lines.items[k].flags & (LF_BLANK | LF_DROP))) return k;
    }
    return SIZE_MAX;
}

/* Rows of a signature block in two columns ("For the Republic of Namibia
 * … For the Republic of Lithuania" / "Dr. Helena Amukoto … Gediminas
 * Rasiulis" / "President … President") are read column part by column
 * part, each a paragraph of its own, so that the two names do not run
 * into one (session 34).  Two rows or more whose right parts start within
 * six columns of each other, after the text's first sentence; not in
 * Markdown, nor in the layout that separates every line by a blank one. */
static int split_columns(ctx *c) {
    typedef struct {
        size_t left_end, right, col; /* right == 0: no row */
        int split;
    } row;
    size_t i, n = c->lines.len, found = 0, body = 0;
    line *old;
    row *rows;
    if (c->markdown || n < 2) return 0;
    /* (a letterhead in two columns over the title stays one paragraph,
     * "REPUBLIC OF BULGARIA … REPUBLIC OF TÜRKİYE": rows are read apart
     * only after the text's first sentence) */
    while (body < n && !(c->lines.items[body].flags & LF_END)) body++;
    rows = calloc(n, sizeof *rows);
    if (!rows) return oom(c);
    for (i = 0; i < n; i++) /* (a row above the first sentence still pairs one below) */
        if (!column_row(c, &c->lines.items[i], &rows[i].left_end, &rows[i].right, &rows[i].col))
            rows[i].right = 0;
    for (i = body; i < n; i++) {
        if (!rows[i].right) continue;
        for (int dir = -1; dir <= 1 && !rows[i].split; dir += 2) {
            size_t j = text_line_near(c, i, dir);
            if (j != SIZE_MAX && rows[j].right &&
                (rows[j].col > rows[i].col ? rows[j].col - rows[i].col
                                           : rows[i].col - rows[j].col) <= 6)
                rows[i].split = 1;
        }
        found += (size_t)rows[i].split;
    }
    if (!found) {
        free(rows);
        return 0;
    }
    old = c->lines.items;
    c->lines.items = NULL;
    c->lines.len = c->lines.cap = 0;
    for (i = 0; i < n; i++) {
        line ln = old[i];
        uint16_t ff = ln.flags & (LF_AFTER_FF | LF_BEFORE_FF);
        size_t le = rows[i].left_end, r = rows[i].right;
        if (!rows[i].split) {
            if (SCM_VEC_PUSH(&c->lines, ln) != 0) goto fail;
            continue;
        }
        if (add_line(c, ln.start, le, (uint16_t)(ff & LF_AFTER_FF)) != 0) goto fail;
        c->lines.items[c->lines.len - 1].indent = ln.indent;
        if (add_line(c, le, le, 0) != 0 || add_line(c, r, ln.end, 0) != 0) goto fail;
        c->lines.items[c->lines.len - 1].eol = ln.eol;
        c->lines.items[c->lines.len - 1].flags |= (uint16_t)(ff & LF_BEFORE_FF);
        if (add_line(c, ln.end, ln.end, 0) != 0) goto fail;
    }
    free(old);
    free(rows);
    return 0;
fail:
    free(old);
    free(rows);
    return oom(c);
}

static int run_stages(ctx *c, size_t body) {
    size_t hist[256] = {0};
    layout_stats st;
    scm_layout layout;
    if (scan_lines(c, body) != 0) return -1;
    if (!any_text(c)) {
        if (c->front_matter) return emit_all(c, body);
        return scm_error_set(c->err, SCM_NO_BYTE,
                             "no text (only white space)");
    }
    c->markdown = detect_markdown(c, body);
    if (c->markdown) mark_markdown_lines(c);
    drop_furniture(c, SCM_LAYOUT_UNKNOWN);
    c->width = estimate_width(c, hist, sizeof hist / sizeof hist[0]);
    gather_stats(c, &st);
    c->text_lines = st.lines;
    layout = choose_layout(c, &st);
    if (layout == SCM_LAYOUT_SPACED || layout == SCM_LAYOUT_UNBROKEN)
        drop_furniture(c, layout);
    c->t->layout = layout;
    c->t->markdown = (unsigned)c->markdown;
    if (layout != SCM_LAYOUT_SPACED && split_columns(c) != 0) return -1;
    if (group_paragraphs(c, layout) != 0) return -1;
    if (c->markdown) mark_headings(c);
    if (split_header(c, layout) != 0) return -1;
    if (decide_hyphens(c) != 0) return -1;
    return emit_all(c, body);
}

int scm_text_normalise(const char *raw, size_t len, const scm_text_opts *opts,
                       const scm_lexicon *lex, scm_text *out, scm_error *err) {
    ctx c;
    size_t body, after;
    int rc;
    memset(out, 0, sizeof *out);
    memset(&c, 0, sizeof c);
    c.err = err;
    c.lex = lex;
    c.t = out;
    if (scm_encoding_prepare(raw, len, opts ? opts->encoding : SCM_ENC_UTF8,
                             out, &body, err) != 0)
        goto fail;
    c.raw = out->raw;
    c.len = out->raw_len;
    if (scm_frontmatter_read(c.raw, c.len, body, out, &after, err) != 0)
        goto fail;
    c.front_matter = after != body;
    rc = run_stages(&c, after);
    SCM_VEC_FREE(&c.lines);
    SCM_VEC_FREE(&c.plans);
    if (rc != 0) goto fail;
    return 0;
fail:
    SCM_VEC_FREE(&c.lines);
    SCM_VEC_FREE(&c.plans);
    scm_text_free(out);
    return -1;
}

void scm_text_free(scm_text *t) {
    size_t i;
    if (!t) return;
    free(t->raw_owned);
    free(t->text);
    SCM_VEC_FREE(&t->map);
    SCM_VEC_FREE(&t->paragraphs);
    for (i = 0; i < t->meta.len; i++) {
        free(t->meta.items[i].key);
        free(t->meta.items[i].value);
    }
    SCM_VEC_FREE(&t->meta);
    for (i = 0; i < t->warnings.len; i++) free(t->warnings.items[i]);
    SCM_VEC_FREE(&t->warnings);
    memset(t, 0, sizeof *t);
}

size_t scm_text_raw_offset(const scm_text *t, size_t norm) {
    size_t lo = 0, hi;
    const scm_map_run *r;
    if (!t->map.len) return 0;
    if (norm > t->len) norm = t->len;
    hi = t->map.len;
    while (hi - lo > 1) { /* last run with r->norm <= norm */
        size_t mid = lo + (hi - lo) / 2;
        if (t->map.items[mid].norm <= norm) lo = mid;
        else hi = mid;
    }
    r = &t->map.items[lo];
    return r->copied ? r->raw + (norm - r->norm) : r->raw;
}

const char *scm_text_meta(const scm_text *t, const char *key) {
    size_t i;
    for (i = 0; i < t->meta.len; i++)
        if (strcmp(t->meta.items[i].key, key) == 0) return t->meta.items[i].value;
    return NULL;
}

const char *scm_layout_name(scm_layout layout) {
    switch (layout) {
    case SCM_LAYOUT_SPACED: return "spaced";
    case SCM_LAYOUT_WRAPPED: return "wrapped";
    case SCM_LAYOUT_LINES: return "lines";
    case SCM_LAYOUT_UNBROKEN: return "unbroken";
    default: return "unknown";
    }
}
