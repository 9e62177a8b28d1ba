/* references.c -- other meetings, resolutions, documents, agreements,
 * plans and mechanisms that a communiqué names.
 *
 * A name is a run of capitalised words (with hyphenated compounds such as
 * "U.S.-ROK", a number after a word as in "Strategic Alliance 2015", an
 * "(ACRONYM)" inside as in "International Atomic Energy Agency (IAEA)
 * Additional Protocol", and "and" between capitalised words as in "CHIPS
 * and Science Act").  Its kind comes from its last word, looked up in the
 * head-noun table of refs_data.c; only then may complements follow ("Treaty
 * of Amity and Cooperation in Southeast Asia", "Joint Vision for the
 * Alliance of the United States of America and the Republic of Korea"),
 * never a month ("Declaration in April 2023").  Premodifiers kept in the
 * span: a date ("2005 Joint Statement", "April 16, 2012 Presidential
 * Statement") and, for meetings, an ordinal ("36th", "second").  Other
 * shapes: ordinal + acronym ("43rd SCM", "fourth IPEF negotiating round"),
 * acronym + number ("COP 26"), a name followed by a lower-case head
 * ("Asia-Pacific Economic Cooperation forum"; after a name ending in a
 * number the head is left out: "Strategic Alliance 2015 plan"), and
 * "<name> Council/Assembly resolution(s) N, N and N" -- one reference per
 * phrase, its numbers in `numbers`, the span the whole phrase.  A name
 * followed by "(ACR) meeting" is a meeting.  The document's own meeting
 * (same number, or its series' name without a number) is left out. */
#include <stdlib.h>
#include <string.h>

#include "../dates.h"
#include "../utf8.h"
#include "extract.h"
#include "wordscan.h"
#include "refs_data.h"

typedef struct word {
    scm_off start, stop;
} word;
typedef SCM_VEC(word) wordvec;

static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* ASCII bytes that join a word's parts: "U.S.-ROK", "Korea's", "R&D". */
static const unsigned char joiner[256] = {
    ['.'] = 1, ['-'] = 1, ['\''] = 1, ['&'] = 1, ['/'] = 1};

static int word_byte(const unsigned char *p, const unsigned char *end) {
    if (*p < 0x80) return scm_ascii_alnum[*p];
    return scm_upunct(p, end) == 0;
}

/* Words: letters and digits with inner . - ' ’ & / and the final period of
 * a dotted abbreviation ("U.S."). */
static int lex_words(const char *text, size_t start, size_t stop,
                     wordvec *out) {
    const unsigned char *t = (const unsigned char *)text, *end = t + stop;
    size_t p = start;
    out->len = 0;
    while (p < stop) {
        size_t s;
        word w;
        if (t[p] == ' ') {
            p++;
            continue;
        }
        if (t[p] < 0x80 ? !scm_ascii_alnum[t[p]] : !word_byte(t + p, end)) {
            size_t n = scm_upunct(t + p, end);
            p += n ? n : 1;
            continue;
        }
        s = p;
        for (;;) {
            /* the ASCII run first: most of every word */
            for (;;) {
                p = scm_ascii_run_end(t, p, stop, 1);
                if (p >= stop || t[p] < 0x80 || !word_byte(t + p, end)) break;
                p++;
            }
            if (p >= stop || t[p] == ' ') break; /* most words end so */
            if (p + 1 < stop && joiner[t[p]] &&
                word_byte(t + p + 1, end)) {
                p++;
                continue;
            }
            if (p + 2 < stop && t[p] == '.' && t[p + 1] == '-' &&
                word_byte(t + p + 2, end)) {
                p += 2;
                continue;
            }
            /* an en dash between two words with no space is a compound's
             * hyphen as the PDF set it: "Japan–EU", "U.S.–ROK" */
            {
                size_t q = p + (t[p] == '.' ? 1 : 0);
                if (q + 3 < stop && t[q] == 0xE2 && t[q + 1] == 0x80 &&
                    t[q + 2] == 0x93 && word_byte(t + q + 3, end)) {
                    p = q + 3;
                    continue;
                }
            }
            if (scm_is_rsquo(t + p, end) && p + 3 < stop &&
                word_byte(t + p + 3, end)) {
                p += 3;
                continue;
            }
            break;
        }
        if (p < stop && t[p] == '.' && p >= s + 3 && t[p - 2] == '.' &&
            (is_upper(t[p - 1]) || is_lower(t[p - 1])))
            p++;
        w.start = (scm_off)s;
        w.stop = (scm_off)p;
        if (SCM_VEC_PUSH(out, w) != 0) return -1;
    }
    return 0;
}

typedef struct ctx {
    const char *t;
    const word *w;
    size_t n;
    const scm_lexicon *lex;
    scm_extract *x;
    const char *title;     /* the document's title, or NULL */
    scm_span *defs;        /* acronym definitions (long forms) by start */
    size_t ndefs;
} ctx;

/* The end of an acronym's long form that starts inside [start, stop) and
 * ends after `stop` (the acronym stage aligned the whole name: "Convention on
 * the Prohibition of the Development, Production, ... and on their
 * Destruction (CWC)"), else `stop`. */
static size_t definition_end(const ctx *c, size_t start, size_t stop) {
    size_t lo = 0, hi = c->ndefs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->defs[mid].start < start) lo = mid + 1;
        else hi = mid;
    }
    for (; lo < c->ndefs && c->defs[lo].start < stop; lo++)
        if (c->defs[lo].stop > stop) stop = c->defs[lo].stop;
    return stop;
}

static int cmp_span_start(const void *a, const void *b) {
    const scm_span *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

static size_t wlen(const ctx *c, size_t i) {
    return c->w[i].stop - c->w[i].start;
}
static const char *wtext(const ctx *c, size_t i) {
    return c->t + c->w[i].start;
}

static int is_word(const ctx *c, size_t i, const char *s) {
    const char *w;
    size_t n, k;
    if (i >= c->n) return 0;
    w = wtext(c, i);
    n = wlen(c, i);
    for (k = 0; k < n; k++)
        if (w[k] != s[k]) return 0; /* also stops at the end of s */
    return s[n] == '\0';
}

static int cap(const ctx *c, size_t i) {
    return i < c->n && is_upper((unsigned char)*wtext(c, i));
}

static int number(const ctx *c, size_t i) {
    for (size_t k = 0; k < wlen(c, i); k++)
        if (!is_digit((unsigned char)wtext(c, i)[k])) return 0;
    return 1;
}

static int all_caps(const ctx *c, size_t i) {
    size_t up = 0;
    for (size_t k = 0; k < wlen(c, i); k++) {
        unsigned char ch = (unsigned char)wtext(c, i)[k];
        if (is_lower(ch)) return 0;
        if (is_upper(ch)) up++;
    }
    return up >= 2;
}

static int possessive(const ctx *c, size_t i) {
    const unsigned char *s = (const unsigned char *)wtext(c, i);
    size_t n = wlen(c, i);
    return (n > 2 && s[n - 1] == 's' && s[n - 2] == '\'') ||
           (n > 4 && s[n - 1] == 's' && scm_is_rsquo(s + n - 4, s + n));
}

/* Gap between word i-1 and word i is only spaces (or a plural
 * possessive's apostrophe, "Leaders’ Meeting"). */
static int gap_space(const ctx *c, size_t i) {
    const unsigned char *t = (const unsigned char *)c->t;
    size_t p, e;
    if (i == 0 || i >= c->n) return 0;
    p = c->w[i - 1].stop;
    e = c->w[i].start;
    if (p == e) return 0;
    while (p < e) {
        if (t[p] == ' ') p++;
        else if (scm_is_rsquo(t + p, t + e) || t[p] == '\'') p += t[p] == '\'' ? 1 : 3;
        else return 0;
    }
    return 1;
}

/* Word i is "(ACR)" standing between words i-1 and i+1. */
static int paren_acronym(const ctx *c, size_t i) {
    const char *t = c->t;
    size_t a, b;
    if (i == 0 || i + 1 >= c->n || !all_caps(c, i)) return 0;
    a = c->w[i - 1].stop;
    b = c->w[i].start;
    if (!(b - a == 2 && t[a] == ' ' && t[a + 1] == '(')) return 0;
    a = c->w[i].stop;
    b = c->w[i + 1].start;
    return b - a == 2 && t[a] == ')' && t[a + 1] == ' ';
}

/* The kinds a lexicon class may name; anything else reads as "mechanism"
 * (items point at static strings). */
static const char *kind_name(const char *cls) {
    static const char *const kinds[] = {"meeting", "resolution", "document",
                                        "agreement", "plan", "mechanism",
                                        NULL};
    for (size_t k = 0; cls && kinds[k]; k++)
        if (!strcmp(cls, kinds[k])) return kinds[k];
    return cls ? "mechanism" : NULL;
}

/* One look-up: a word absent from the list has no class either, and a
 * class-less entry names no kind. */
static const char *head_kind(const ctx *c, size_t i) {
    if (i >= c->n || !is_upper((unsigned char)*wtext(c, i))) return NULL;
    return kind_name(
        scm_lexicon_class(c->lex, SCM_LEX_REF_HEAD, wtext(c, i), wlen(c, i)));
}

static const char *trailing_kind(const ctx *c, size_t i) {
    if (i >= c->n || !is_lower((unsigned char)*wtext(c, i))) return NULL;
    return kind_name(scm_lexicon_class(c->lex, SCM_LEX_REF_TRAILING,
                                       wtext(c, i), wlen(c, i)));
}

/* "Initiative": a bilateral (a compound of two capitalised names,
 * "U.S.-ROK Security Policy Initiative") or security initiative is a
 * standing mechanism; other initiatives are one side's programmes
 * ("Young Southeast Asian Leaders Initiative"): plans. */
static const char *initiative_kind(const ctx *c, size_t s, size_t last) {
    for (size_t k = s; k < last; k++) {
        const char *w = wtext(c, k);
        size_t n = wlen(c, k);
        const char *h = memchr(w, '-', n);
        if (h && h + 1 < w + n && is_upper((unsigned char)h[1]) &&
            is_upper((unsigned char)w[0]))
            return "mechanism";
        if (is_word(c, k, "Security")) return "mechanism";
    }
    return "plan";
}

static int connector(const ctx *c, size_t i) {
    for (size_t k = 0; k < scm_ref_nconnectors; k++)
        if (is_word(c, i, scm_ref_connectors[k])) return 1;
    return 0;
}

/* Ordinal before word i ("36th", "second"), or 0. */
static int ordinal_before(const ctx *c, size_t i) {
    const char *s;
    size_t n, k;
    if (i == 0 || !gap_space(c, i)) return 0;
    s = wtext(c, i - 1);
    n = wlen(c, i - 1);
    if (n >= 3 && is_digit((unsigned char)s[0])) {
        int v = 0;
        for (k = 0; k < n && is_digit((unsigned char)s[k]); k++) {
            if (v > 99999) return 0; /* no ordinal; and no int overflow */
            v = v * 10 + (s[k] - '0');
        }
        if (n - k == 2 && (!memcmp(s + k, "st", 2) || !memcmp(s + k, "nd", 2) ||
                           !memcmp(s + k, "rd", 2) || !memcmp(s + k, "th", 2)))
            return v;
        return 0;
    }
    for (k = 0; k < scm_ref_nordinals; k++) {
        const char *o = scm_ref_ordinals[k];
        size_t m;
        if ((s[0] | 0x20) != o[0]) continue;
        /* no strlen: a word holds no NUL, so o's end stops the loop */
        for (m = 1; m < n && s[m] == o[m]; m++)
            ;
        if (m == n && o[n] == '\0') return (int)k + 1;
    }
    return 0;
}

/* Start of a date written right before word i ("2005", "June 2009",
 * "April 16, 2012"), or the start of word i. */
static size_t date_prefix(const ctx *c, size_t i) {
    size_t y, p, q;
    if (i == 0 || !gap_space(c, i) || wlen(c, i - 1) != 4 || !number(c, i - 1))
        return c->w[i].start;
    y = i - 1;
    p = c->w[y].start;
    if (y >= 1 && gap_space(c, y) &&
        scm_date_month(wtext(c, y - 1), wlen(c, y - 1)))
        return c->w[y - 1].start; /* "June 2009" */
    q = c->w[y - (y > 0)].stop;
    if (y >= 2 && number(c, y - 1) && wlen(c, y - 1) <= 2 &&
        c->w[y].start - q == 2 && c->t[q] == ',' &&
        gap_space(c, y - 1) && scm_date_month(wtext(c, y - 2), wlen(c, y - 2)))
        return c->w[y - 2].start; /* "April 16, 2012" */
    return p;
}

/* A run of capitalised words from i; returns its end (exclusive). */
static size_t cap_run(const ctx *c, size_t i, int in_complement) {
    size_t j = i;
    if (!cap(c, i) || possessive(c, i)) return i;
    j = i + 1;
    while (j < c->n) {
        if (gap_space(c, j) && cap(c, j) && !possessive(c, j)) {
            j++;
        } else if (gap_space(c, j) && number(c, j) && wlen(c, j) <= 4) {
            j++;
        } else if (paren_acronym(c, j) && cap(c, j + 1) &&
                   !possessive(c, j + 1)) {
            j += 2;
        } else if (is_word(c, j, "and") && gap_space(c, j) &&
                   !head_kind(c, j - 1)) {
            size_t k = j + 1;
            if (in_complement && is_word(c, k, "the") && gap_space(c, k)) k++;
            /* not when a new name follows: "... Asia and the Washington
             * Declaration" */
            if (gap_space(c, k) && cap(c, k) && !possessive(c, k) &&
                !scm_date_month(wtext(c, k), wlen(c, k)) &&
                !(in_complement && head_kind(c, cap_run(c, k, 0) - 1)))
                j = k + 1;
            else
                break;
        } else {
            break;
        }
    }
    return j;
}

/* Complements after a headed name: "of the Sea", "for Democracy". */
static size_t complements(const ctx *c, size_t j) {
    for (;;) {
        size_t k = j, e;
        if (!connector(c, k) || !gap_space(c, k)) return j;
        k++;
        if (is_word(c, k, "the") && gap_space(c, k)) k++;
        if (!gap_space(c, k) || !cap(c, k) ||
            scm_date_month(wtext(c, k), wlen(c, k)))
            return j;
        e = cap_run(c, k, 1);
        if (e == k) return j;
        j = e;
    }
}

static int push_ref(ctx *c, const char *kind, size_t start, size_t stop,
                    const int *nums, size_t nnums, const char *series,
                    size_t series_len) {
    scm_reference r;
    memset(&r, 0, sizeof r);
    r.kind = kind;
    r.span.start = (scm_off)start;
    r.span.stop = (scm_off)stop;
    for (size_t k = 0; k < nnums; k++)
        if (SCM_VEC_PUSH(&r.numbers, (int32_t)nums[k]) != 0) goto oom;
    if (series) {
        r.series = malloc(series_len + 1);
        if (!r.series) goto oom;
        memcpy(r.series, series, series_len);
        r.series[series_len] = '\0';
    }
    if (SCM_VEC_PUSH(&c->x->references, r) != 0) goto oom;
    return 0;
oom:
    SCM_VEC_FREE(&r.numbers);
    free(r.series);
    return -1;
}

/* The document's own meeting: same number, or its series' name. */
static int own_meeting(const ctx *c, int num, size_t start, size_t stop,
                       size_t acr) {
    const scm_meeting *m = &c->x->header.meeting;
    if (!c->x->header.has_meeting) return 0;
    if (num && m->number && num != m->number) return 0;
    if (acr != (size_t)-1 && m->series && strlen(m->series) == wlen(c, acr) &&
        !memcmp(m->series, wtext(c, acr), wlen(c, acr)))
        return 1;
    if (m->name) {
        size_t n = strlen(m->name);
        if (stop - start >= n && !memcmp(c->t + stop - n, m->name, n))
            return 1;
    }
    return 0;
}

/* "... Council resolutions 1718 and 1874": from word r (the "resolution"
 * word); the phrase starts at `start`.  Returns the next word index. */
static size_t resolution(ctx *c, size_t start, size_t r, int *err) {
    int nums[32];
    size_t nn = 0, j = r + 1, stop = c->w[r].stop;
    while (j < c->n && gap_space(c, j) && number(c, j) && nn < 32) {
        nums[nn++] = atoi(wtext(c, j));
        stop = c->w[j].stop;
        j++;
        if (j < c->n && (is_word(c, j, "and") || is_word(c, j, "or")) &&
            gap_space(c, j) && j + 1 < c->n && number(c, j + 1))
            j++;
        else if (j < c->n && c->t[c->w[j - 1].stop] == ',' && number(c, j))
            ;
        else
            break;
    }
    if (nn == 0 && j < c->n && gap_space(c, j) &&
        memchr(wtext(c, j), '/', wlen(c, j))) {
        stop = c->w[j].stop; /* "A/RES/75/239" */
        j++;
    }
    if (push_ref(c, "resolution", start, stop, nums, nn, NULL, 0) != 0)
        *err = 1;
    return j;
}

static int paragraph_refs(ctx *c) {
    size_t i = 0;
    int err = 0;
    while (i < c->n && !err) {
        size_t s, j, end, acr = (size_t)-1, last;
        int ord;
        const char *kind;
        if (!cap(c, i)) {
            i++;
            continue;
        }
        j = cap_run(c, i, 0);
        if (j == i) {
            i++;
            continue;
        }
        s = i;
        while (s < j && (scm_lexicon_has(c->lex, SCM_LEX_STARTER, wtext(c, s),
                                         wlen(c, s)) ||
                         is_word(c, s, "The")))
            s++;
        if (s == j) {
            i = j;
            continue;
        }
        last = j - 1;
        ord = ordinal_before(c, s);
        /* resolutions */
        for (size_t k = 0; k < scm_ref_nresolvers; k++) {
            if (is_word(c, last, scm_ref_resolvers[k]) && gap_space(c, j) &&
                j < c->n &&
                (wlen(c, j) == 10 || wlen(c, j) == 11) &&
                (!memcmp(wtext(c, j), "resolution", 10) ||
                 !memcmp(wtext(c, j), "Resolution", 10))) {
                i = resolution(c, c->w[s].start, j, &err);
                goto next;
            }
        }
        kind = head_kind(c, last);
        if (kind && is_word(c, last, "Initiative"))
            kind = initiative_kind(c, s, last);
        if (kind) {
            size_t start, stop;
            end = complements(c, j);
            stop = c->w[end - 1].stop;
            /* "PSI Operational Experts Group (OEG) meeting" */
            if (end + 1 < c->n && paren_acronym(c, end) &&
                is_word(c, end + 1, "meeting")) {
                acr = end;
                kind = "meeting";
                stop = c->w[end + 1].stop;
                end += 2;
            } else if (end < c->n && paren_acronym(c, end)) {
                acr = end;
            }
            if (!strcmp(kind, "meeting")) {
                start = ord ? c->w[s - 1].start : date_prefix(c, s);
                if (own_meeting(c, ord, c->w[s].start, c->w[j - 1].stop,
                                (size_t)-1))
                    goto skip;
            } else {
                start = date_prefix(c, s);
                ord = 0;
            }
            /* a bare head noun is a short name ("the Guidelines") */
            if (j == s + 1 && end == j && start == c->w[s].start &&
                !ord && acr == (size_t)-1)
                goto skip;
            /* "this Joint Vision Statement": the document itself */
            if (s > 0 && gap_space(c, s) &&
                (is_word(c, s - 1, "this") || is_word(c, s - 1, "This") ||
                 is_word(c, s - 1, "present")))
                goto skip;
            /* a meeting named in the title is the document's own */
            if (!strcmp(kind, "meeting") && c->title &&
                stop - c->w[s].start > 8) {
                size_t L = stop - c->w[s].start;
                const char *h = c->title;
                int own = 0;
                for (; (h = strchr(h, c->t[c->w[s].start])) != NULL; h++)
                    if (!strncmp(h, c->t + c->w[s].start, L)) {
                        own = 1;
                        break;
                    }
                if (own) goto skip;
            }
            /* the whole long form of an acronym defined on this name */
            if (acr == (size_t)-1) {
                size_t de = definition_end(c, c->w[s].start, stop);
                if (de > stop) {
                    stop = de;
                    while (end < c->n && c->w[end].start < de) end++;
                }
            }
            if (push_ref(c, kind, start, stop, &ord, ord ? 1 : 0,
                         acr != (size_t)-1 ? wtext(c, acr) : NULL,
                         acr != (size_t)-1 ? wlen(c, acr) : 0) != 0)
                return -1;
        skip:
            i = end;
            continue;
        }
        /* "43rd SCM", "fourth IPEF negotiating round" */
        if (ord && j == s + 1 && all_caps(c, s)) {
            size_t stop = c->w[s].stop, e = j;
            const char *tk;
            if (j < c->n && gap_space(c, j) && (tk = trailing_kind(c, j)) &&
                !strcmp(tk, "meeting")) {
                stop = c->w[j].stop;
                e = j + 1;
            } else if (j + 1 < c->n && gap_space(c, j) && gap_space(c, j + 1) &&
                       (tk = trailing_kind(c, j + 1)) &&
                       !strcmp(tk, "meeting")) {
                stop = c->w[j + 1].stop;
                e = j + 2;
            }
            if (!own_meeting(c, ord, c->w[s].start, c->w[s].stop, s) &&
                push_ref(c, "meeting", c->w[s - 1].start, stop, &ord, 1,
                         wtext(c, s), wlen(c, s)) != 0)
                return -1;
            i = e;
            continue;
        }
        /* "COP 26" */
        if (j == s + 2 && all_caps(c, s) && wlen(c, s) <= 5 && number(c, s + 1) &&
            wlen(c, s + 1) <= 3) {
            int num = atoi(wtext(c, s + 1));
            if (!own_meeting(c, num, c->w[s].start, c->w[s + 1].stop, s) &&
                push_ref(c, "meeting", c->w[s].start, c->w[s + 1].stop, &num,
                         1, wtext(c, s), wlen(c, s)) != 0)
                return -1;
            i = j;
            continue;
        }
        /* a lower-case head after the name */
        end = complements(c, j);
        if (end < c->n && gap_space(c, end) &&
            (kind = trailing_kind(c, end)) != NULL) {
            size_t stop = number(c, end - 1) ? c->w[end - 1].stop
                                             : c->w[end].stop;
            if (strcmp(kind, "meeting") || ord) {
                if (push_ref(c, kind, c->w[s].start, stop, &ord, ord ? 1 : 0,
                             NULL, 0) != 0)
                    return -1;
                i = end + 1;
                continue;
            }
        }
        i = j;
    next:;
    }
    return err ? -1 : 0;
}

int scm_extract_references(scm_doc *doc, const scm_lexicon *lex,
                           scm_extract *x, scm_error *err) {
    const scm_text *t = &doc->text;
    wordvec wv = {0};
    ctx c;
    memset(&c, 0, sizeof c);
    c.t = t->text;
    c.lex = lex;
    c.x = x;
    c.title = doc->title;
    if (x->acronyms.len) {
        c.defs = malloc(x->acronyms.len * sizeof *c.defs);
        if (!c.defs) goto oom;
        for (size_t i = 0; i < x->acronyms.len; i++)
            if (x->acronyms.items[i].defined)
                c.defs[c.ndefs++] = x->acronyms.items[i].definition;
        if (c.ndefs > 1) /* defs may be NULL when there are none */
            qsort(c.defs, c.ndefs, sizeof *c.defs, cmp_span_start);
    }
    for (size_t i = 0; i < t->paragraphs.len; i++) {
        const scm_paragraph *pg = &t->paragraphs.items[i];
        if (pg->kind != SCM_PARA_BODY) continue;
        if (lex_words(t->text, pg->span.start + pg->label, pg->span.stop,
                      &wv) != 0)
            goto oom;
        c.w = wv.items;
        c.n = wv.len;
        if (paragraph_refs(&c) != 0) goto oom;
    }
    SCM_VEC_FREE(&wv);
    free(c.defs);
    return 0;
oom:
    SCM_VEC_FREE(&wv);
    free(c.defs);
    return scm_error_set(err, SCM_NO_BYTE, "out of memory");
}
