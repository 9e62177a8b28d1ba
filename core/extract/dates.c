/* dates.c -- every date expression in the body, at its precision.
 *
 * Absolute dates come from scm_date_find (core/dates.c); this stage adds
 * what needs context:
 *  - a bare year counts unless it follows the words of a name
 *    ("Strategic Alliance 2015 plan", "(MPAC) 2025"): a capitalised word
 *    other than a month, or a closing parenthesis, right before it;
 *    resolution numbers are already refused by scm_date_find;
 *  - ranges: "2010-2012" -> 2010/2012, "12-13 May 2022" ->
 *    2022-05-12/2022-05-13 (an en dash works too);
 *  - coordinated months sharing a year: "May and September 2022" gives
 *    "May" = 2022-05 and "September 2022";
 *  - relative expressions resolved against the document's date (relative
 *    = 1), the span being the minimal phrase: "today", "this/last/next
 *    month", "this/last/next year" ("later this year" -> "this year"),
 *    and "in May" with no year (the month in the document's year).
 * Only body paragraphs are read: the header's date is doc.date. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../dates.h"
#include "../utf8.h"
#include "extract.h"

static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(unsigned char c) {
    return (unsigned)((c | 0x20) - 'a') < 26u;
}
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* s[0..n), folded with | 0x20, is the lower-case word w.  No strlen: the
 * first differing byte ends the test (a folded byte is never NUL, so w's
 * end is one), and most words differ in their first. */
static int word_is(const char *s, size_t n, const char *w) {
    size_t i;
    for (i = 0; i < n; i++)
        if ((s[i] | 0x20) != w[i]) return 0;
    return w[n] == '\0';
}

static int push(scm_extract *x, size_t start, size_t stop, const char *iso,
                scm_date_precision prec, int relative) {
    scm_date_item it;
    memset(&it, 0, sizeof it);
    it.span.start = (scm_off)start;
    it.span.stop = (scm_off)stop;
    {
        size_t n = strlen(iso);
        if (n >= sizeof it.iso) n = sizeof it.iso - 1;
        memcpy(it.iso, iso, n);
        it.iso[n] = '\0';
    }
    it.precision = prec == SCM_DATE_DAY     ? "day"
                   : prec == SCM_DATE_MONTH ? "month"
                                            : "year";
    it.relative = relative;
    return SCM_VEC_PUSH(&x->dates, it);
}

/* ISO form at a precision; years are clamped to four digits. */
static void iso_of(int y, int m, int d, scm_date_precision p, char *buf,
                   size_t n) {
    unsigned uy = (unsigned)(y < 0 ? 0 : y > 9999 ? 9999 : y);
    unsigned um = (unsigned)(m < 0 ? 0 : m > 12 ? 12 : m);
    unsigned ud = (unsigned)(d < 0 ? 0 : d > 31 ? 31 : d);
    if (p == SCM_DATE_DAY) snprintf(buf, n, "%04u-%02u-%02u", uy, um, ud);
    else if (p == SCM_DATE_MONTH) snprintf(buf, n, "%04u-%02u", uy, um);
    else snprintf(buf, n, "%04u", uy);
}

/* The word ending at `end` (skipping spaces back from it): its start, or
 * `end` itself when there is none. */
static size_t word_before(const char *t, size_t lo, size_t end, size_t *wend) {
    size_t p = end;
    while (p > lo && t[p - 1] == ' ') p--;
    *wend = p;
    while (p > lo && is_alpha((unsigned char)t[p - 1])) p--;
    return p;
}

/* A bare year that ends a name: "Alliance 2015", "(MPAC) 2025". */
static int year_in_name(const char *t, size_t lo, size_t start) {
    size_t wend, ws;
    if (start == lo || t[start - 1] != ' ') return 0;
    if (start >= lo + 2 && t[start - 2] == ')') return 1;
    ws = word_before(t, lo, start, &wend);
    if (ws == wend || !is_upper((unsigned char)t[ws])) return 0;
    if (scm_date_month(t + ws, wend - ws)) return 0;
    /* a capitalised word opening the sentence is no name ("In 2010") */
    {
        size_t q = ws;
        while (q > lo && t[q - 1] == ' ') q--;
        if (q == lo || t[q - 1] == '.' || t[q - 1] == ',' || t[q - 1] == ';')
            return 0;
    }
    return 1;
}

static int atoi_n(const char *s, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static int dash_at(const char *t, size_t p, size_t stop, size_t *n) {
    if (p < stop && t[p] == '-') { *n = 1; return 1; }
    if (p + 2 < stop && (unsigned char)t[p] == 0xE2 &&
        (unsigned char)t[p + 1] == 0x80 && (unsigned char)t[p + 2] == 0x93) {
        *n = 3;
        return 1;
    }
    return 0;
}

static int read_year4(const char *t, size_t p, size_t stop, int *y) {
    if (p + 4 > stop) return 0;
    for (size_t i = 0; i < 4; i++)
        if (!is_digit((unsigned char)t[p + i])) return 0;
    if (p + 4 < stop && (is_digit((unsigned char)t[p + 4]) ||
                         is_alpha((unsigned char)t[p + 4])))
        return 0;
    *y = (t[p] - '0') * 1000 + (t[p + 1] - '0') * 100 + (t[p + 2] - '0') * 10 +
         (t[p + 3] - '0');
    return 1;
}

/* Absolute dates of one paragraph. */
static int absolute_dates(const char *t, size_t lo, size_t stop,
                          scm_extract *x) {
    size_t pos = lo;
    scm_date d;
    char iso[48], a[24], b[24];
    while (scm_date_find(t, stop, pos, 1, &d)) {
        size_t s = d.span.start, e = d.span.stop, n, dn;
        pos = e > pos ? e : pos + 1;
        if (d.precision == SCM_DATE_YEAR) {
            int y2;
            if (year_in_name(t, lo, s)) continue;
            if (dash_at(t, e, stop, &dn) && read_year4(t, e + dn, stop, &y2) &&
                y2 > d.year) {
                snprintf(iso, sizeof iso, "%04d/%04d", d.year, y2);
                if (push(x, s, e + dn + 4, iso, SCM_DATE_YEAR, 0)) return -1;
                pos = e + dn + 4;
                continue;
            }
        }
        iso_of(d.year, d.month, d.day, d.precision, a, sizeof a);
        /* "12-13 May 2022": a first day before a day-first date */
        if (d.precision == SCM_DATE_DAY && is_digit((unsigned char)t[s])) {
            size_t q = s, ds;
            if (q > lo && (dash_at(t, q - 1, stop, &n) ||
                           (q >= lo + 3 && dash_at(t, q - 3, stop, &n) &&
                            n == 3))) {
                q -= n;
                ds = q;
                while (ds > lo && is_digit((unsigned char)t[ds - 1])) ds--;
                if (ds < q && q - ds <= 2) {
                    int d0 = atoi_n(t + ds, q - ds);
                    if (d0 >= 1 && d0 < d.day) {
                        iso_of(d.year, d.month, d0, SCM_DATE_DAY, b, sizeof b);
                        snprintf(iso, sizeof iso, "%s/%s", b, a);
                        if (push(x, ds, e, iso, SCM_DATE_DAY, 0)) return -1;
                        continue;
                    }
                }
            }
        }
        /* "May and September 2022": the first month shares the year */
        if (d.precision == SCM_DATE_MONTH && is_upper((unsigned char)t[s])) {
            size_t wend, ws = word_before(t, lo, s, &wend), me, ms;
            if (ws < wend && (word_is(t + ws, wend - ws, "and") ||
                              word_is(t + ws, wend - ws, "or"))) {
                ms = word_before(t, lo, ws, &me);
                if (ms > lo && t[me] == ',') me++;
                ms = word_before(t, lo, ws, &me);
                if (ms < me) {
                    int m = scm_date_month(t + ms, me - ms);
                    if (m && m < d.month && is_upper((unsigned char)t[ms])) {
                        iso_of(d.year, m, 0, SCM_DATE_MONTH, b, sizeof b);
                        if (push(x, ms, me, b, SCM_DATE_MONTH, 0)) return -1;
                    }
                }
            }
        }
        if (push(x, s, e, a, d.precision, 0)) return -1;
    }
    return 0;
}

/* Relative expressions of one paragraph, resolved against `ref`. */
static int relative_dates(const char *t, size_t lo, size_t stop,
                          const scm_date *ref, scm_extract *x) {
    size_t p = lo, prev_s = 0, prev_e = 0;
    int have_prev = 0;
    char iso[24];
    if (ref->precision == SCM_DATE_NONE) return 0; /* nothing to resolve */
    while (p < stop) {
        size_t s, e;
        unsigned char c0;
        if (!is_alpha((unsigned char)t[p])) {
            if (t[p] != ' ') have_prev = 0;
            p++;
            continue;
        }
        s = p;
        p = scm_ascii_run_end((const unsigned char *)t, p, stop, 0);
        e = p;
        if (e < stop && (t[e] == '-' || is_digit((unsigned char)t[e]))) {
            have_prev = 0; /* part of a compound: "today-ish", "A1" */
            while (p < stop && t[p] != ' ') p++;
            continue;
        }
        if (s > lo && (t[s - 1] == '-' || is_digit((unsigned char)t[s - 1]))) {
            have_prev = 0;
            continue;
        }
        /* initial and length first: most words are none of these */
        c0 = (unsigned char)(t[s] | 0x20);
        if (c0 == 't' && e - s == 5 && word_is(t + s, 5, "today") &&
            ref->precision == SCM_DATE_DAY) {
            iso_of(ref->year, ref->month, ref->day, SCM_DATE_DAY, iso,
                   sizeof iso);
            if (push(x, s, e, iso, SCM_DATE_DAY, 1)) return -1;
        } else if (have_prev &&
                   ((c0 == 'y' && e - s == 4 && word_is(t + s, 4, "year")) ||
                    (c0 == 'm' && e - s == 5 &&
                     word_is(t + s, 5, "month")))) {
            int month = word_is(t + s, e - s, "month"), delta = 99;
            const char *w = t + prev_s;
            size_t wn = prev_e - prev_s;
            if (word_is(w, wn, "this")) delta = 0;
            else if (word_is(w, wn, "last")) delta = -1;
            else if (word_is(w, wn, "next")) delta = 1;
            if (delta != 99 && ref->precision != SCM_DATE_NONE &&
                (!month || ref->precision >= SCM_DATE_MONTH)) {
                int y = ref->year, m = ref->month;
                if (month) {
                    m += delta;
                    if (m < 1) { m += 12; y--; }
                    if (m > 12) { m -= 12; y++; }
                    iso_of(y, m, 0, SCM_DATE_MONTH, iso, sizeof iso);
                } else {
                    iso_of(y + delta, 0, 0, SCM_DATE_YEAR, iso, sizeof iso);
                }
                if (push(x, prev_s, e, iso,
                         month ? SCM_DATE_MONTH : SCM_DATE_YEAR, 1))
                    return -1;
            }
        } else if (have_prev && is_upper((unsigned char)t[s]) &&
                   (word_is(t + prev_s, prev_e - prev_s, "in") ||
                    word_is(t + prev_s, prev_e - prev_s, "since") ||
                    word_is(t + prev_s, prev_e - prev_s, "until") ||
                    word_is(t + prev_s, prev_e - prev_s, "by")) &&
                   scm_date_month(t + s, e - s) && e - s >= 3 &&
                   ref->precision != SCM_DATE_NONE) {
            /* "in May" with no day or year after it */
            size_t q = e;
            while (q < stop && t[q] == ' ') q++;
            int dup = 0;
            for (size_t k = x->dates.len; k-- > 0 && !dup;) {
                if (x->dates.items[k].span.start <= s &&
                    x->dates.items[k].span.stop >= e)
                    dup = 1; /* "in May and September 2022" */
                if (x->dates.items[k].span.stop < lo) break;
            }
            if (!dup && (q >= stop || !is_digit((unsigned char)t[q]))) {
                iso_of(ref->year, scm_date_month(t + s, e - s), 0,
                       SCM_DATE_MONTH, iso, sizeof iso);
                if (push(x, s, e, iso, SCM_DATE_MONTH, 1)) return -1;
            }
        }
        prev_s = s;
        prev_e = e;
        have_prev = 1;
    }
    return 0;
}

static int by_start(const void *a, const void *b) {
    const scm_date_item *x = a, *y = b;
    if (x->span.start != y->span.start)
        return (x->span.start > y->span.start) - (x->span.start < y->span.start);
    return 0;
}

int scm_extract_dates(scm_doc *doc, const scm_lexicon *lex, scm_extract *x,
                      scm_error *err) {
    const scm_text *t = &doc->text;
    size_t first = x->dates.len;
    (void)lex;
    for (size_t i = 0; i < t->paragraphs.len; i++) {
        const scm_paragraph *pg = &t->paragraphs.items[i];
        size_t lo = pg->span.start + pg->label, before = x->dates.len;
        if (pg->kind != SCM_PARA_BODY) continue;
        if (absolute_dates(t->text, lo, pg->span.stop, x) != 0 ||
            relative_dates(t->text, lo, pg->span.stop, &doc->date, x) != 0)
            return scm_error_set(err, SCM_NO_BYTE, "out of memory");
        /* one paragraph's items in text order; the sort is stable enough
         * since no two items start at the same byte */
        if (x->dates.len - before > 1)
            qsort(x->dates.items + before, x->dates.len - before,
              sizeof *x->dates.items, by_start);
    }
    (void)first;
    return 0;
}
