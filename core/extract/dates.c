/* dates.c -- every date expression in the body, at its precision.
 *
 * Absolute dates come from scm_date_find (core/dates.c); this stage adds
 * what needs context:
 *  - a bare year counts unless it follows the words of a name
 *    ("Strategic Alliance 2015 plan", "(MPAC) 2025"): a capitalised word
 *    other than a month, or a closing parenthesis, right before it;
 *    resolution numbers are already refused by scm_date_find.  A year
 *    outside 1900-2099 (widened around the document's own year) counts
 *    only after a temporal preposition ("in 1585",
 *    "by 2100");
 *  - ranges, one item each whose ends are not reported again: "2010-2012",
 *    "12-13 May 2022", "2 to 14 July 2082", "May 4 to 15, 2071", "April
 *    15-16, 2034", "30 September to 3 October 2074", "July 2067 to June
 *    2068", "August to October 2063", "between 2089 and 2093";
 *  - coordinated months sharing a year: "May and September 2022" gives
 *    "May" = 2022-05 and "September 2022";
 *  - relative expressions resolved against the document's date (relative
 *    = 1), the span being the minimal phrase: "today", "this/last/next
 *    month", "this/last/next year" ("later this year" -> "this year"),
 *    "last/next/this November", and months and days written without a
 *    year ("in May", "October 1", "on 22 October") in their natural year:
 *    the document's, unless the clause looks ahead to a date already past
 *    in that year or back to one still to come (natural_year).
 * Only body paragraphs are read: the header's date is doc.date. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../dates.h"
#include "../utf8.h"
#include "extract.h"

/* Everything scm_date_find can read; this stage judges the context. */
#define FIND_ALL                                                               \
    (SCM_DATE_FIND_YEARS | SCM_DATE_FIND_ALL_YEARS | SCM_DATE_FIND_NO_YEAR)

/* One paragraph being read: the document (its date and sentences), the
 * paragraph's bounds in the normalised text (label excluded), the items. */
typedef struct para {
    const scm_doc *doc;
    const char *t;
    size_t lo, stop;
    scm_extract *x;
} para;

/* Prepositions after which a number outside 1900-2099 is still a year. */
static const char *const time_prepositions[] = {
    "in",    "since",   "by",     "until", "till",    "from", "before",
    "after", "through", "during", "circa", "between", NULL};

/* Lower-case words that may follow such a year ("in 1890 and ..."); any
 * other ("in 1200 villages") makes the number a count. */
static const char *const after_year_words[] = {"and",   "or",    "but",  "when",
                                               "where", "which", "that", "the",
                                               "as",    "with",  NULL};

/* Words joining the two ends of a range (besides a dash, and "and" after
 * "between"). */
static const char *const range_words[] = {"to", "until", "till", "through",
                                          NULL};

/* Prepositions before a month with no year: "in May", "since November". */
static const char *const month_prepositions[] = {
    "in",     "since",  "until", "till",    "by",      "from",
    "during", "before", "after", "through", "between",
    "of", /* "the cholera outbreak of August" */
    "for", /* "scheduled for August", "planned for August" */
    NULL};

/* Words that make a clause look ahead ... */
static const char *const future_words[] = {
    "will",        "shall",     "would",    "should",   "next",
    "upcoming",    "forthcoming", "scheduled", "ahead",
    /* directives and announcements point at what is to come: "called
     * for an outcome at COP215 in November", "announced the opening of a
     * laboratory in September" */
    "urge",        "urges",     "urged",    "announce", "announces",
    "announced",
    /* "encouraged their business communities to take part in the Forum
     * in September", "the announcement of new flights … from April"
     * (session 17) */
    "encourage",   "encourages", "encouraged", "announcement",
    /* instructions and invitations too: "tasked their staffs to report
     * at the SCM in October", "invited companies to the Digital Week in
     * October"; and what is "due" */
    "task",        "tasks",     "tasked",   "instruct", "instructs",
    "instructed",  "invite",    "invites",  "invited",  "due",
    /* a scheduled event in the present tense: "whose term ends in
     * September", "the presidency begins in January" */
    "ends",        "begins",    "starts",   "expires",  "commences",
    /* "the training of diplomats, starting in August" */
    "starting",    "beginning", "commencing",
    /* "the session, which opens in September" */
    "opens",       "closes",    "convenes", "resumes",
    /* "briefed them on the preparations for the NATO Summit in July" */
    "preparations", "preparation", "preparing",
    /* "as PNG prepares to celebrate … on September 16" */
    "prepares", "prepare",
    /* "We expect the Governments … to include it … in November" (an
     * object may stand before the "to"; session 15) */
    "expect", "expects",
    NULL};
/* ... or do when "to" follows: "agreed to hold", "look forward to". */
static const char *const future_to_words[] = {
    "agree",    "agrees",    "agreed",    "decide",  "decides",  "decided",
    "plan",     "plans",     "planned",   "intend",  "intends",  "intended",
    "aim",      "aims",      "expect",    "expects", "expected", "forward",
    "resolved", "undertake", "undertook", "invite",  "invites",  "invited",
    /* "we pledge to work together for an outcome at COP102 in November" */
    "pledge",   "pledges",   "pledged",
    /* "proposed to extend the pilot … from 1 October" (session 34) */
    "propose",  "proposes",  "proposed",  NULL};
/* Words that make it look back; the participles not after "be" ("to be
 * held in May" looks ahead). */
static const char *const past_words[] = {"was",     "were",     "had", "took",
                                         "met",     "since",    "ago", "last",
                                         "entered", "occurred", NULL};
static const char *const past_participles[] = {
    "held",    "signed", "launched", "completed", "conducted", "concluded",
    "adopted", "opened", "hosted",   "convened",
    /* without "to" after them: "the ceasefire agreed in Nairobi" */
    "agreed",  "decided", "reached",
    /* "as proposed by the Commission in June" (session 34) */
    "proposed", NULL};

/* Verbs of arranging something, which look ahead after "to": "tasked
 * their staffs to present a draft by …", "the decision to host the
 * Symposium in October".  A list, since a word after "to" is as often a
 * noun ("Turning to security, … in April"). */
static const char *const planning_verbs[] = {
    "hold",     "host",     "convene",  "attend",   "organize", "organise",
    "present",  "submit",   "prepare",  "conduct",  "launch",   "complete",
    "finalize", "finalise", "deliver",  "establish", "open",    "begin",
    "start",    "resume",   "visit",    "repeat",   "deploy",   "sign",
    "adopt",    "co-host",  "welcome",  "participate",
    /* "the offer of Japan to train responders in Yokohama in October" */
    "train",
    /* a list item "(d) to reconvene on the margins of … in November"
     * (session 16) */
    "reconvene", "meet",
    /* "to take part in the Business Forum in September" (session 17) */
    "take",      NULL};

/* Prepositions that put a month without a year ahead by themselves, a
 * deadline or the end of a period ("by September", "until June"); not
 * "from", which also opens a range ("ran from May to July"). */
static const char *const forward_prepositions[] = {"by", "until", "till",
                                                   "through",
                                                   /* a deadline, "before
                                                    * the end of June"
                                                    * (session 34) */
                                                   "before", NULL};

/* "the end of June", "the beginning of May": a month after "of". */
static const char *const period_nouns[] = {"end", "beginning", "start",
                                           "middle", NULL};

/* Words after which a comma opens a new clause, whose tense is its own. */
static const char *const clause_openers[] = {"and",   "but", "while", "whereas",
                                             "which", "who", "where", NULL};

static int is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static int is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static int is_alpha(unsigned char c) {
    return (unsigned)((c | 0x20) - 'a') < 26u;
}
static int is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

/* s[0..n), folded with | 0x20, is the lower-case word w.  No strlen: the
 * first differing byte ends the test (a folded byte is never NUL, so w's
 * end is one), and most words differ in their first. */
static int word_is(const char *s, size_t n, const char *w) {
    size_t i;
    for (i = 0; i < n; i++)
        if ((s[i] | 0x20) != w[i]) return 0;
    return w[n] == '\0';
}

static int word_in(const char *s, size_t n, const char *const *list) {
    for (; *list; list++)
        if (word_is(s, n, *list)) return 1;
    return 0;
}

static size_t skip_blanks(const char *t, size_t p, size_t stop) {
    while (p < stop && t[p] == ' ')
        p++;
    return p;
}

static size_t word_end(const char *t, size_t p, size_t stop) {
    while (p < stop && is_alpha((unsigned char)t[p]))
        p++;
    return p;
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
/* Write v as `digits` decimal digits (v < 10^digits). */
static char *put_digits(char *out, unsigned v, int digits) {
    for (int i = digits; i-- > 0; v /= 10)
        out[i] = (char)('0' + v % 10);
    return out + digits;
}

/* "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision.  Written by hand: the
 * output is fixed-width (the parts are clamped), and snprintf cost about
 * a thousand instructions a call. */
static void iso_of(int y, int m, int d, scm_date_precision p, char *buf,
                   size_t n) {
    unsigned uy = (unsigned)(y < 0 ? 0 : y > 9999 ? 9999 : y);
    unsigned um = (unsigned)(m < 0 ? 0 : m > 12 ? 12 : m);
    unsigned ud = (unsigned)(d < 0 ? 0 : d > 31 ? 31 : d);
    char tmp[11], *o = put_digits(tmp, uy, 4);
    size_t len;
    if (p == SCM_DATE_DAY || p == SCM_DATE_MONTH) {
        *o++ = '-';
        o = put_digits(o, um, 2);
    }
    if (p == SCM_DATE_DAY) {
        *o++ = '-';
        o = put_digits(o, ud, 2);
    }
    len = (size_t)(o - tmp);
    if (n == 0) return;
    if (len >= n) len = n - 1; /* as snprintf truncates */
    memcpy(buf, tmp, len);
    buf[len] = '\0';
}

/* The word ending at `end` (skipping spaces back from it): its start, or
 * `end` itself when there is none. */
static size_t word_before(const char *t, size_t lo, size_t end, size_t *wend) {
    size_t p = end;
    while (p > lo && t[p - 1] == ' ')
        p--;
    *wend = p;
    while (p > lo && is_alpha((unsigned char)t[p - 1]))
        p--;
    return p;
}

/* Is the word before `pos` (spaces between) the lower-case word w? */
static int after_word(const char *t, size_t lo, size_t pos, const char *w) {
    size_t we, ws = word_before(t, lo, pos, &we);
    return ws < we && we < pos && word_is(t + ws, we - ws, w);
}

/* A bare year that ends a name: "Alliance 2015", "(MPAC) 2025". */
static int year_in_name(const char *t, size_t lo, size_t start) {
    size_t wend, ws, dl = 0;
    /* the second year of a range ending a name: "Plan 2206–2215" */
    if (start >= lo + 5 && t[start - 1] == '-') dl = 1;
    else if (start >= lo + 7 && (unsigned char)t[start - 1] == 0x93 &&
             (unsigned char)t[start - 2] == 0x80 &&
             (unsigned char)t[start - 3] == 0xE2)
        dl = 3;
    if (dl && is_digit((unsigned char)t[start - dl - 1]) &&
        is_digit((unsigned char)t[start - dl - 4]) &&
        (start - dl - 4 == lo || !is_digit((unsigned char)t[start - dl - 5])))
        return year_in_name(t, lo, start - dl - 4);
    /* an exercise's year joined to its name: "INTERACTION-5063",
     * "Zapad-2021" (not "mid-2025", "Mid-2025", "post-2030") */
    if (dl == 1 && is_alpha((unsigned char)t[start - 2])) {
        static const char *const times[] = {"mid", "pre", "post", "early",
                                            "late", "end", NULL};
        size_t q = start - 1;
        while (q > lo && is_alpha((unsigned char)t[q - 1])) q--;
        return is_upper((unsigned char)t[q]) && !word_in(t + q, start - 1 - q, times);
    }
    if (start == lo || t[start - 1] != ' ') return 0;
    if (start >= lo + 2 && t[start - 2] == ')') return 1;
    ws = word_before(t, lo, start, &wend);
    if (ws == wend || !is_upper((unsigned char)t[ws])) return 0;
    if (scm_date_month(t + ws, wend - ws)) return 0;
    /* a capitalised word opening the sentence is no name ("In 2010") */
    {
        size_t q = ws;
        while (q > lo && t[q - 1] == ' ')
            q--;
        if (q == lo || t[q - 1] == '.' || t[q - 1] == ',' || t[q - 1] == ';')
            return 0;
    }
    return 1;
}

/* "the 1886 Treaty of Amity, Commerce and Navigation", "the 1951
 * Convention": the capitalised name of an instrument right after the
 * year at p, its head noun within six words (session 14). */
static int dates_instrument(const para *pg, size_t p) {
    static const char *const heads[] = { /* lower case: word_is folds */
        "treaty", "convention", "agreement", "accord", "accords", "protocol",
        "charter", "declaration", "constitution", "act", "pact", NULL};
    const char *t = pg->t;
    for (int k = 0; k < 6; k++) {
        size_t e;
        p = skip_blanks(t, p, pg->stop);
        if (p >= pg->stop) return 0;
        e = word_end(t, p, pg->stop);
        if (e == p) return 0;
        if (word_in(t + p, e - p, heads)) return 1;
        if (!is_upper((unsigned char)t[p]) && !word_is(t + p, e - p, "of") &&
            !word_is(t + p, e - p, "and"))
            return 0;
        p = e;
    }
    return 0;
}

/* A year outside 1900-2099 ("in 1585", "by 2100, and"): only right after a
 * temporal preposition, and not before a noun it would count ("in 1200
 * villages", "by 2500 tonnes"). */
static int far_year_counts(const para *pg, const scm_date *d) {
    const char *t = pg->t;
    size_t ws, we, p;
    ws = word_before(t, pg->lo, d->span.start, &we);
    if (ws < we && we + 1 == d->span.start && word_is(t + ws, we - ws, "the"))
        return dates_instrument(pg, d->span.stop);
    if (ws == we || we + 1 != d->span.start ||
        !word_in(t + ws, we - ws, time_prepositions))
        return 0;
    p = skip_blanks(t, d->span.stop, pg->stop);
    if (p == pg->stop || !is_alpha((unsigned char)t[p]))
        return p == pg->stop || !is_digit((unsigned char)t[p]);
    if (is_upper((unsigned char)t[p])) return 1;
    return word_in(t + p, word_end(t, p, pg->stop) - p, after_year_words);
}

/* A bare year counts anywhere when it is near the document's own year:
 * from 1900 (or 150 years before the document) to 2099 (or 80 years
 * after it), so that a document of 2130 may speak of "the 2126-2130
 * Framework" as one of 2026 speaks of 2030. */
static int year_counts(const para *pg, const scm_date *d) {
    int lo = 1900, hi = 2099;
    const scm_date *ref = &pg->doc->date;
    if (year_in_name(pg->t, pg->lo, d->span.start)) return 0;
    if (ref->precision != SCM_DATE_NONE && ref->year > 0) {
        if (ref->year - 150 < lo) lo = ref->year - 150;
        if (ref->year + 80 > hi) hi = ref->year + 80;
    }
    if (d->year >= lo && d->year <= hi) return 1;
    return far_year_counts(pg, d);
}

static int atoi_n(const char *s, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int dash_at(const char *t, size_t p, size_t stop, size_t *n) {
    if (p < stop && t[p] == '-') {
        *n = 1;
        return 1;
    }
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

static int days_in(int month) {
    static const int days[12] = {31, 29, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 ? days[month - 1] : 0;
}

/* Order of two dates of one precision by month and day (the year aside):
 * negative, 0, positive. */
static int month_day_cmp(const scm_date *a, const scm_date *b) {
    if (a->month != b->month) return a->month - b->month;
    return a->day - b->day;
}

static int date_before(const scm_date *a, const scm_date *b) {
    if (a->year != b->year) return a->year < b->year;
    return month_day_cmp(a, b) < 0;
}

/* Is "to" the next word after `e`? */
static int to_follows(const char *t, size_t e, size_t stop) {
    size_t p = skip_blanks(t, e, stop);
    return p > e && word_end(t, p, stop) == p + 2 && word_is(t + p, 2, "to");
}

/* Nouns of what someone means to do, whose "to" (after an "of …" that
 * names who) opens what is to come: "the decision of Ethiopian Airlines
 * to add", "the readiness of the Board to receive", "the invitation to
 * the Dialogue" (session 34). */
static const char *const prospective_nouns[] = {
    "decision", "intention", "readiness", "willingness", "offer", "proposal",
    "invitation", "plan", "plans", "preparedness", NULL};

/* "to" comes after e within six words, before `at` and no comma, right
 * away or after an "of"/"by" that names who: not "their decision at the
 * July SCC to upgrade …", a decision dated and taken. */
static int to_soon(const char *t, size_t e, size_t at) {
    int words = 0;
    size_t q = skip_blanks(t, e, at), qe = word_end(t, q, at);
    if (!(word_is(t + q, qe - q, "to") || word_is(t + q, qe - q, "of") ||
          word_is(t + q, qe - q, "by")))
        return 0;
    for (size_t p = e; p + 3 < at; p++) {
        if (t[p] == ',' || t[p] == ';') return 0;
        if (t[p] != ' ') continue;
        if (++words > 6) return 0;
        if (t[p + 1] == 't' && t[p + 2] == 'o' && t[p + 3] == ' ') return 1;
    }
    return 0;
}

/* "for" or "on" is the next word after e: "called for", "called on". */
static int for_or_on_follows(const char *t, size_t e, size_t stop) {
    size_t p = skip_blanks(t, e, stop), q;
    if (p == e) return 0;
    q = word_end(t, p, stop);
    return word_is(t + p, q - p, "for") || word_is(t + p, q - p, "on");
}

/* ", and for the 687th Meeting on Nov. 13": after "and" (at e) a
 * preposition, a phrase coordinated with one before it, not a clause. */
static int phrase_follows(const char *t, size_t e, size_t stop) {
    static const char *const preps[] = {"for", "in", "on", "at", "to",
                                        "from", "with", "by", "of", NULL};
    size_t p = skip_blanks(t, e, stop), q;
    if (p == e) return 0;
    q = word_end(t, p, stop);
    return word_in(t + p, q - p, preps);
}

/* "for" is the next word after e (before `at`): "planned for". */
static int for_follows(const char *t, size_t e, size_t at) {
    size_t p = skip_blanks(t, e, at);
    return p > e && word_end(t, p, at) == p + 3 && word_is(t + p, 3, "for");
}

/* The word after e is "in", "on" or "last" and the date at `at`
 * follows within that phrase: "announced in February", "announced on 3
 * May", "announced last March". */
static int participle_before_date(const char *t, size_t e, size_t at) {
    size_t p = e, w;
    while (p < at && t[p] == ' ') p++;
    w = word_end(t, p, at);
    if (!(word_is(t + p, w - p, "in") || word_is(t + p, w - p, "on") ||
          word_is(t + p, w - p, "last")))
        return 0;
    return at - w <= 12;
}

static int weekday_of(const char *t, size_t s, size_t e);

/* A participle that dates what it names, the date within its phrase:
 * "seized on January 19", "approved by the Namibian Cabinet in
 * February", "granted by the County Council in July" -- the word after
 * it "on", "in" or "by", no comma before the date, at most six words
 * (session 34). */
static const char *const undated_participles[] = {
    /* what a participle names need not be past: "based on data in
     * December", "the course organised by the Institute in October",
     * "the National Day, celebrated on 25 March" */
    "based", "organised", "organized", "celebrated", "marked", "observed",
    "commemorated", "dedicated", "devoted", "scheduled", "planned",
    "proposed", "expected", NULL};

static int event_participle(const char *t, size_t e, size_t at) {
    size_t p = e, w;
    int words = 0;
    while (p < at && t[p] == ' ') p++;
    w = word_end(t, p, at);
    if (!(word_is(t + p, w - p, "in") || word_is(t + p, w - p, "on") ||
          word_is(t + p, w - p, "by")))
        return 0;
    for (; p < at; p++) {
        if (t[p] == ',' || t[p] == ';' || t[p] == '(') return 0;
        if (t[p] == ' ' && ++words > 6) return 0;
    }
    return 1;
}

/* "the last Friday of November", "the last day of June": a "last" that
 * fixes a day of the month's calendar, no past (session 25). */
static int calendar_last(const char *t, size_t s, size_t e, size_t stop) {
    size_t ws, we, os, oe;
    if (e - s != 4 || !word_is(t + s, 4, "last")) return 0;
    for (ws = e; ws < stop && t[ws] == ' '; ws++)
        ;
    for (we = ws; we < stop && is_alpha((unsigned char)t[we]); we++)
        ;
    for (os = we; os < stop && t[os] == ' '; os++)
        ;
    for (oe = os; oe < stop && is_alpha((unsigned char)t[oe]); oe++)
        ;
    return ws < we && oe - os == 2 && word_is(t + os, 2, "of") &&
           (word_is(t + ws, we - ws, "day") || weekday_of(t, ws, we) >= 0);
}

/* Does the clause before `at` look ahead (1), back (-1) or neither (0)?
 * The clause runs from the sentence's start, or from its last ";" or ",
 * and" (", but", ", which", ...) before `at`.  Only the words before the
 * date count: what follows it is often another event ("welcome the launch
 * in June and look forward to its first meeting").  The cue nearest the
 * date wins: "looked forward to the entry into force of the Agreement,
 * signed in Riyadh in January" looks back; "to be" + a participle looks
 * ahead ("the Forum to be held in May"). */
static int decides_following(const char *t, size_t p, size_t stop);

/* (scan_tense reads the words of [p, at); `lim` bounds the look past a cue
 * word for its "to", "for" or "on" -- the paragraph's end, or a lead-in's
 * colon.) */
static int scan_tense(const para *pg, size_t p, size_t at, size_t lim) {
    const char *t = pg->t;
    const size_t from = p;
    size_t prev_s = 0, prev_e = 0, clause_start = SIZE_MAX;
    int tense = 0, comma = 0, lead = 0, listed = 0;
    while (p < at) {
        size_t s = p, e;
        unsigned char c = (unsigned char)t[p];
        if (!is_alpha(c)) {
            /* a list after a colon: each item, up to its ";", keeps what
             * the lead-in said when it says nothing itself ("agreed to:
             * (a) convene …; (b) complete … in May"; session 34) */
            if (c == ':') {
                lead = tense > 0 || decides_following(t, from, s);
                if (lead) tense = 1;
                listed = 1;
                clause_start = SIZE_MAX;
            }
            if (c == ';') {
                tense = listed && lead ? 1 : 0;
                clause_start = SIZE_MAX;
            }
            if (c != ' ') comma = c == ',';
            p++;
            continue;
        }
        e = word_end(t, p, at);
        /* an item's label, "(b)", "d)", "(iv)": the item's first word is
         * the one after it */
        if (e - s <= 4 && e < at && t[e] == ')') {
            p = e + 1;
            continue;
        }
        if (clause_start == SIZE_MAX) clause_start = s;
        p = e;
        if (comma && word_in(t + s, e - s, clause_openers) &&
            !(word_is(t + s, e - s, "and") && phrase_follows(t, e, at)))
            tense = 0;
        /* "decided to launch a Committee and welcomed the entry into force
         * of the Agreement on March 1": a second verb in the past tense
         * opens a clause of its own */
        if (e - s > 4 && t[e - 1] == 'd' && t[e - 2] == 'e' &&
            is_lower((unsigned char)t[s]) && prev_e > prev_s &&
            word_is(t + prev_s, prev_e - prev_s, "and"))
            tense = 0;
        comma = 0;
        /* a cue is a word of the prose: a capitalised one inside the
         * clause names something ("the Multinational Joint Task Force") */
        if (!is_lower((unsigned char)t[s]) && s != clause_start) {
            prev_s = s;
            prev_e = e;
            continue;
        }
        /* "the package announced in February": a future word's "-ed"
         * form right before a date's preposition is a participle that
         * looks back (session 17) */
        if (e - s > 4 && t[e - 1] == 'd' && t[e - 2] == 'e' &&
            word_in(t + s, e - s, future_words) && participle_before_date(t, e, at))
            tense = -1;
        else if (word_in(t + s, e - s, future_words) ||
            (word_in(t + s, e - s, future_to_words) &&
             to_follows(t, e, lim)) ||
            (word_is(t + s, e - s, "be") && prev_e > prev_s &&
             word_is(t + prev_s, prev_e - prev_s, "to")) ||
            (prev_e > prev_s && word_is(t + prev_s, prev_e - prev_s, "to") &&
             is_lower((unsigned char)t[s]) &&
             word_in(t + s, e - s, planning_verbs)))
            tense = 1; /* "to be held", "to host the Symposium" */
        else if (word_in(t + s, e - s, prospective_nouns) && to_soon(t, e, at))
            tense = 1; /* "the decision of Ethiopian Airlines to add a
                        * cargo service … in September" */
        else if ((word_is(t + s, e - s, "planned") ||
                  word_is(t + s, e - s, "proposed") ||
                  word_is(t + s, e - s, "envisaged")) &&
                 ((prev_e > prev_s &&
                   (word_is(t + prev_s, prev_e - prev_s, "the") ||
                    word_is(t + prev_s, prev_e - prev_s, "a") ||
                    word_is(t + prev_s, prev_e - prev_s, "its") ||
                    word_is(t + prev_s, prev_e - prev_s, "their"))) ||
                  /* "the exercise planned for October" (session 15) */
                  for_follows(t, e, at)))
            tense = 1; /* "welcomed the planned participation of … in July" */
        else if ((word_is(t + s, e - s, "call") || word_is(t + s, e - s, "calls") ||
                  word_is(t + s, e - s, "called")) &&
                 (for_or_on_follows(t, e, lim)))
            tense = 1; /* "called for", "called on" */
        else if (s == clause_start && word_in(t + s, e - s, planning_verbs) &&
                 /* "we: (a) welcome the commissioning of … in March"
                  * reports, where "open a centre in September" plans */
                 !word_is(t + s, e - s, "welcome"))
            tense = 1; /* a list item under "We agreed to:": "open a
                          centre in September" */
        else if ((word_in(t + s, e - s, past_words) && !calendar_last(t, s, e, lim)) ||
                 (word_in(t + s, e - s, past_participles) &&
                  !(prev_e > prev_s &&
                    (word_is(t + prev_s, prev_e - prev_s, "be") ||
                     /* "the first such meeting being held in Accra in
                      * July": under way or to come, not past */
                     word_is(t + prev_s, prev_e - prev_s, "being")))))
            tense = -1;
        else if (word_is(t + s, e - s, "expected") && event_participle(t, e, at))
            tense = 1; /* "the next call, expected in September" */
        else if (e - s >= 5 && t[e - 1] == 'd' && t[e - 2] == 'e' &&
                 !word_in(t + s, e - s, undated_participles) &&
                 !(prev_e > prev_s && (word_is(t + prev_s, prev_e - prev_s, "be") ||
                                       word_is(t + prev_s, prev_e - prev_s, "being"))) &&
                 event_participle(t, e, at))
            tense = -1; /* "the tanker seized on January 19", "announced
                         * by the Government in January" */
        prev_s = s;
        prev_e = e;
    }
    return tense;
}

/* A lead-in that decides what follows: "agreed on the following next
 * steps:", "decided the following:" -- a list of things to be done. */
static int decides_following(const char *t, size_t p, size_t stop) {
    static const char *const deciders[] = {"agreed", "decided", "endorsed",
                                           "approved", "adopted", "identified",
                                           NULL};
    size_t prev[2] = {0, 0}, prev_e[2] = {0, 0};
    while (p < stop) {
        size_t s = p, e;
        if (!is_alpha((unsigned char)t[p])) {
            p++;
            continue;
        }
        e = p = word_end(t, p, stop);
        if (word_is(t + s, e - s, "following") && prev_e[0] > prev[0] &&
            word_is(t + prev[0], prev_e[0] - prev[0], "the") && prev_e[1] > prev[1] &&
            (word_in(t + prev[1], prev_e[1] - prev[1], deciders) ||
             word_is(t + prev[1], prev_e[1] - prev[1], "on")))
            return 1;
        prev[1] = prev[0];
        prev_e[1] = prev_e[0];
        prev[0] = s;
        prev_e[0] = e;
    }
    return 0;
}

/* The sentence `si` is an item of a list whose lead-in, a sentence ending
 * in ":" before it, looks ahead ("The Ministers agreed on the following
 * next steps:" / "- a meeting of senior officials in May;"): 1, else 0.
 * The items between end in ";", "," or "and"/"or", as list items do. */
static int list_lead_ahead(const para *pg, long si) {
    const scm_sentence *ss = pg->doc->sentences.items;
    const char *t = pg->t;
    for (long j = si - 1; j >= 0 && si - j <= 12; j--) {
        size_t a = ss[j].span.start, b = ss[j].span.stop, we, ws;
        while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\n'))
            b--;
        if (b == a) return 0;
        if (t[b - 1] == ':')
            return scan_tense(pg, a, b, b) > 0 || decides_following(t, a, b);
        if (t[b - 1] == ';' || t[b - 1] == ',') continue;
        ws = word_before(t, a, b, &we);
        if (ws < we && we == b &&
            (word_is(t + ws, we - ws, "and") || word_is(t + ws, we - ws, "or")))
            continue;
        return 0;
    }
    return 0;
}

static int clause_tense(const para *pg, size_t at) {
    long si = scm_doc_sentence_at(pg->doc, at);
    size_t p = si >= 0 ? pg->doc->sentences.items[si].span.start : pg->lo;
    int tense;
    if (p < pg->lo) p = pg->lo;
    tense = scan_tense(pg, p, at, pg->stop);
    if (!tense && si > 0) tense = list_lead_ahead(pg, si);
    return tense;
}

/* The date at `at` ("June", "5 June", "June 5") is followed at once by a
 * modal of the future: "the 85th NCG in June should adopt …" -- the date
 * is inside the subject of a clause about what is to come. */
static int modal_after(const para *pg, size_t at) {
    static const char *const modals[] = {"will", "shall", "should", "must",
                                         NULL};
    const char *t = pg->t;
    size_t p = at, e;
    int comma = 0;
    /* (session 16) also after a comma and the subject's capitalised
     * words: "On 8 October, President Mushi will visit …" */
    for (int words = 0; words < 3 + 4 * comma && p < pg->stop; words++) {
        p = skip_blanks(t, p, pg->stop);
        if (p < pg->stop && t[p] == ',' && !comma) {
            comma = 1;
            p++;
            continue;
        }
        if (p < pg->stop && is_digit((unsigned char)t[p])) {
            while (p < pg->stop && (is_digit((unsigned char)t[p]) ||
                                    is_alpha((unsigned char)t[p])))
                p++; /* "5", "5th" */
            continue;
        }
        e = word_end(t, p, pg->stop);
        if (e == p) return 0;
        if (is_lower((unsigned char)t[p])) return word_in(t + p, e - p, modals);
        p = e; /* the month */
    }
    return 0;
}

/* The year of a month or day written without one.  When the clause looks
 * ahead, the first such date from the document's on ("agreed to repeat it
 * in May" in August: next May); when it looks back, or says neither, the
 * last one up to it ("since November" in March, "the completion in
 * December" in February: last November, last December) -- a communiqué
 * names past events by their nouns and marks coming ones ("will", "to
 * host", "to be held", "by September", "until June").  A period opened by
 * "from" with no cue ("Patrols run from May to July") is the nearer one. */
static int natural_year(const para *pg, size_t at, int month, int day) {
    const scm_date *ref = &pg->doc->date;
    int cmp, tense;
    if (ref->precision < SCM_DATE_MONTH) return ref->year;
    cmp = month - ref->month;
    if (!cmp && day && ref->precision == SCM_DATE_DAY) cmp = day - ref->day;
    if (!cmp) return ref->year;
    tense = clause_tense(pg, at);
    if (!tense && modal_after(pg, at)) tense = 1;
    if (!tense) {
        size_t we, ws = word_before(pg->t, pg->lo, at, &we);
        /* "by the end of March": the preposition before "the end of" */
        if (ws < we && word_is(pg->t + ws, we - ws, "of")) {
            size_t ne, ns = word_before(pg->t, pg->lo, ws, &ne), te, ts;
            ts = word_before(pg->t, pg->lo, ns, &te);
            if (ns < ne && ts < te && word_in(pg->t + ns, ne - ns, period_nouns) &&
                word_is(pg->t + ts, te - ts, "the"))
                ws = word_before(pg->t, pg->lo, ts, &we);
            /* "by the last Friday of November": past the day the
             * month's calendar fixes (session 25) */
            else if (ns < ne && ts < te && (word_is(pg->t + ns, ne - ns, "day") ||
                                            weekday_of(pg->t, ns, ne) >= 0)) {
                size_t he, hs = word_before(pg->t, pg->lo, ts, &he);
                if (hs < he && word_is(pg->t + hs, he - hs, "the"))
                    ws = word_before(pg->t, pg->lo, hs, &we);
            }
        }
        if (ws < we && word_in(pg->t + ws, we - ws, forward_prepositions))
            tense = 1;
        else if (ws < we && month != ref->month &&
                 word_is(pg->t + ws, we - ws, "from"))
            tense = cmp > 0 ? (cmp < 6 ? 1 : -1) : (cmp < -6 ? 1 : -1);
        else
            tense = -1;
    }
    if (cmp < 0 && tense > 0) return ref->year + 1;
    if (cmp > 0 && tense < 0) return ref->year - 1;
    return ref->year;
}

/* Push one date; one written without a year takes its natural year (and
 * is relative), or is dropped when the document has no date. */
static int push_date(const para *pg, const scm_date *d) {
    char iso[24];
    int year = d->year;
    if (year == 0) {
        if (pg->doc->date.precision == SCM_DATE_NONE) return 0;
        year = natural_year(pg, d->span.start, d->month, d->day);
    }
    iso_of(year, d->month, d->day, d->precision, iso, sizeof iso);
    if (push(pg->x, d->span.start, d->span.stop, iso, d->precision,
             d->year == 0))
        return -1;
    return 0;
}

/* Push the range a/b over [start, stop): 1, or -1 out of memory. */
static int push_range(const para *pg, size_t start, size_t stop,
                      const scm_date *a, const scm_date *b, int relative) {
    char iso[48], from[24], to[24];
    iso_of(a->year, a->month, a->day, a->precision, from, sizeof from);
    iso_of(b->year, b->month, b->day, b->precision, to, sizeof to);
    snprintf(iso, sizeof iso, "%s/%s", from, to);
    return push(pg->x, start, stop, iso, a->precision, relative) ? -1 : 1;
}

/* "2010-2012", "2034–2037": a year, a dash, a later year. */
static int year_dash_range(const para *pg, const scm_date *a, size_t *pos) {
    scm_date b = *a;
    size_t n, e = a->span.stop;
    int slash = 0;
    if (a->precision != SCM_DATE_YEAR) return 0;
    if (e < pg->stop && pg->t[e] == '/') {
        n = 1; /* "the 2940/41 financial year": two digits only */
        slash = 1;
    } else if (!dash_at(pg->t, e, pg->stop, &n))
        return 0;
    if (slash && read_year4(pg->t, e + n, pg->stop, &b.year)) {
        if (b.year != a->year + 1) return 0; /* "2940/2941" */
        *pos = e + n + 4;
        return push_range(pg, a->span.start, *pos, a, &b, 0);
    }
    if (!read_year4(pg->t, e + n, pg->stop, &b.year)) {
        /* "2903–04": a financial year, the next year's last two digits */
        const char *t = pg->t;
        size_t q = e + n;
        if (q + 2 > pg->stop || !is_digit((unsigned char)t[q]) ||
            !is_digit((unsigned char)t[q + 1]) ||
            (q + 2 < pg->stop && (is_digit((unsigned char)t[q + 2]) ||
                                  is_alpha((unsigned char)t[q + 2]))) ||
            atoi_n(t + q, 2) != (a->year + 1) % 100)
            return 0;
        b.year = a->year + 1;
        *pos = q + 2;
        return push_range(pg, a->span.start, *pos, a, &b, 0);
    }
    if (b.year <= a->year) return 0;
    *pos = e + n + 4;
    return push_range(pg, a->span.start, *pos, a, &b, 0);
}

/* A range's connector at p: a hyphen or en dash, "to", "until", "till",
 * "through", or "and" when `between`; spaces around it allowed.  1 and
 * *next where the second end starts, or 0. */
static int connector_after(const char *t, size_t p, size_t stop, int between,
                           size_t *next) {
    size_t n, e;
    p = skip_blanks(t, p, stop);
    if (dash_at(t, p, stop, &n)) {
        *next = skip_blanks(t, p + n, stop);
        return 1;
    }
    e = word_end(t, p, stop);
    if (e == p || !(word_in(t + p, e - p, range_words) ||
                    (between && word_is(t + p, e - p, "and"))))
        return 0;
    *next = skip_blanks(t, e, stop);
    return *next > e;
}

/* The connector ending just before `p` (spaces between): 1 for a dash or
 * range word, 2 for "and", 0 for none; *first_end where the word or
 * number before it ends. */
static int connector_before(const char *t, size_t lo, size_t p,
                            size_t *first_end) {
    size_t q = p, n, ws, we;
    int kind = 1;
    while (q > lo && t[q - 1] == ' ')
        q--;
    if (q > lo && t[q - 1] == '-')
        q--;
    else if (q >= lo + 3 && dash_at(t, q - 3, p, &n) && n == 3)
        q -= 3;
    else {
        ws = word_before(t, lo, p, &we);
        if (ws == we || ws == lo || t[ws - 1] != ' ') return 0;
        if (word_is(t + ws, we - ws, "and"))
            kind = 2;
        else if (!word_in(t + ws, we - ws, range_words))
            return 0;
        q = ws;
    }
    while (q > lo && t[q - 1] == ' ')
        q--;
    *first_end = q;
    return kind;
}

/* "May 4 to 15, 2071", "April 15-16, 2034": after a month-first day with
 * no year, a later day of the same month and the year.  1 and `b` filled. */
static int shared_month_day(const char *t, size_t q, size_t stop,
                            const scm_date *a, scm_date *b) {
    size_t p = q;
    int day;
    while (p < stop && p - q < 3 && is_digit((unsigned char)t[p]))
        p++;
    if (p == q || p - q > 2) return 0;
    day = atoi_n(t + q, p - q);
    if (day <= a->day || day > days_in(a->month)) return 0;
    b->month = a->month;
    b->day = day;
    b->precision = SCM_DATE_DAY;
    b->span.start = (scm_off)q;
    {
        size_t d = p, y = p;
        if (y < stop && t[y] == ',') y++;
        if (y < stop && t[y] == ' ') {
            y = skip_blanks(t, y, stop);
            if (read_year4(t, y, stop, &b->year)) {
                b->span.stop = (scm_off)(y + 4);
                return 1;
            }
        }
        /* "on January 20–21, and …": a dash joins two days of the month,
         * whose year is the first one's; so does "to" ("from March 24 to
         * 27.") */
        int to = q >= 4 && t[q - 1] == ' ' && t[q - 2] == 'o' &&
                 t[q - 3] == 't' && t[q - 4] == ' ';
        if (q > 0 && (t[q - 1] == '-' || (q >= 3 &&
                                           (unsigned char)t[q - 3] == 0xE2 &&
                                           (unsigned char)t[q - 1] == 0x93) ||
                      /* "to": punctuation after the day ("May 4 to 15
                       * delegates" counts delegates) */
                      (to && (d >= stop || strchr(".,;)", t[d]) ||
                              /* "from March 24 to 27 at the invitation" */
                              (a->span.start >= 5 &&
                               !memcmp(t + a->span.start - 5, "from ", 5))))) &&
            !(d < stop && is_alpha((unsigned char)t[d]))) {
            b->year = 0;
            b->span.stop = (scm_off)d;
            return 1;
        }
    }
    return 0;
}

/* Nothing but punctuation, "and" or "or" after a year at p: the year
 * closes its phrase ("2032 to 2036.", "2032 to 2036, and"), not a noun's
 * modifier ("2005 levels"). */
static int year_ends_phrase(const char *t, size_t p, size_t stop) {
    size_t e;
    while (p < stop && t[p] == ' ') p++;
    if (p >= stop || !is_alpha((unsigned char)t[p])) return 1;
    e = word_end(t, p, stop);
    return word_is(t + p, e - p, "and") || word_is(t + p, e - p, "or");
}

/* A range whose first end is the date `a`: "July 2067 to June 2068", "30
 * September to 3 October 2074", "May 4 to 15, 2071", "between 2089 and
 * 2093" (years need "between" or "from": "in 2020 to 2030 levels").  An
 * end without a year takes the other's.  1 with the range pushed and *pos
 * past it, 0 if none, -1 out of memory. */
static int range_after(const para *pg, scm_date *a, size_t *pos) {
    const char *t = pg->t;
    int between = after_word(t, pg->lo, a->span.start, "between");
    int from = after_word(t, pg->lo, a->span.start, "from"), relative = 0;
    size_t q;
    scm_date b;
    if (!connector_after(t, a->span.stop, pg->stop, between, &q)) return 0;
    if (!(a->year == 0 && is_alpha((unsigned char)t[a->span.start]) &&
          shared_month_day(t, q, pg->stop, a, &b)) &&
        !scm_date_at(t, pg->stop, q, FIND_ALL, &b))
        return 0;
    if (b.precision != a->precision) return 0;
    /* bare years: "fiscal years 2032 to 2036." is a range, "in 2030 to
     * 2005 levels" is not -- without "between" or "from", only when no
     * word follows the second year */
    if (a->precision == SCM_DATE_YEAR && !between && !from &&
        !year_ends_phrase(t, b.span.stop, pg->stop))
        return 0;
    if (b.year == 0 && a->year != 0) /* "June 28, 2030 to July 2" */
        b.year = a->year + (month_day_cmp(a, &b) > 0);
    else if (b.year == 0) {
        /* "from October 1 to October 5": both in the first one's year */
        if (month_day_cmp(a, &b) >= 0 ||
            pg->doc->date.precision == SCM_DATE_NONE)
            return 0;
        a->year = b.year = natural_year(pg, a->span.start, a->month, a->day);
        relative = 1;
    } else if (a->year == 0)
        a->year = b.year - (month_day_cmp(a, &b) > 0);
    else if (!date_before(a, &b))
        return 0;
    *pos = b.span.stop;
    return push_range(pg, a->span.start, b.span.stop, a, &b, relative);
}

/* A range whose first end is no date by itself, before the date `b`: a
 * day number ("2 to 14 July 2082", "12-13 May 2022") or a month name
 * ("August to October 2063"); "and" only after "between". */
static int range_before(const para *pg, const scm_date *b) {
    const char *t = pg->t;
    size_t first_end, s, we;
    scm_date a = *b;
    int kind;
    if (b->year == 0 || b->precision == SCM_DATE_YEAR) return 0;
    kind = connector_before(t, pg->lo, b->span.start, &first_end);
    if (!kind) return 0;
    s = first_end;
    if (b->precision == SCM_DATE_DAY &&
        is_digit((unsigned char)t[b->span.start])) {
        size_t de = first_end; /* the digits' end: "22nd to 24th August" */
        if (de >= pg->lo + 3 && is_digit((unsigned char)t[de - 3]) &&
            (word_is(t + de - 2, 2, "st") || word_is(t + de - 2, 2, "nd") ||
             word_is(t + de - 2, 2, "rd") || word_is(t + de - 2, 2, "th")))
            de -= 2;
        s = de;
        while (s > pg->lo && is_digit((unsigned char)t[s - 1]))
            s--;
        if (s == de || de - s > 2) return 0;
        if (s > pg->lo && (is_alpha((unsigned char)t[s - 1]) ||
                           t[s - 1] == '.' || t[s - 1] == ','))
            return 0; /* "A1 to 5 May", "1.5 to 3 May" */
        if (year_in_name(t, pg->lo, s)) return 0; /* "see Annex 2 - 14 May" */
        a.day = atoi_n(t + s, de - s);
        if (a.day < 1 || a.day >= b->day) return 0;
    } else if (b->precision == SCM_DATE_MONTH &&
               is_upper((unsigned char)t[b->span.start])) {
        s = word_before(t, pg->lo, first_end, &we);
        if (we != first_end || we - s < 3 || !is_upper((unsigned char)t[s]) ||
            !is_lower((unsigned char)t[s + 1]))
            return 0;
        a.month = scm_date_month(t + s, we - s);
        if (!a.month || a.month == b->month) return 0;
        a.year = b->year - (a.month > b->month);
    } else
        return 0;
    if (kind == 2 && !after_word(t, pg->lo, s, "between")) return 0;
    /* a first end inside the item before ("May 2070 - 3 June") is none */
    if (pg->x->dates.len > 0 &&
        pg->x->dates.items[pg->x->dates.len - 1].span.stop > s)
        return 0;
    return push_range(pg, s, b->span.stop, &a, b, 0);
}

/* "May and September 2022": the first month shares the year.  Pushes the
 * first month only; the caller pushes `d`. */
static int coordinated_month(const para *pg, const scm_date *d) {
    const char *t = pg->t;
    size_t s = d->span.start, wend, ws, me, ms;
    char iso[24];
    int m;
    if (d->precision != SCM_DATE_MONTH || !is_upper((unsigned char)t[s]))
        return 0;
    ws = word_before(t, pg->lo, s, &wend);
    if (ws == wend || !(word_is(t + ws, wend - ws, "and") ||
                        word_is(t + ws, wend - ws, "or")))
        return 0;
    ms = word_before(t, pg->lo, ws, &me);
    if (ms == me) return 0;
    m = scm_date_month(t + ms, me - ms);
    if (!m || m >= d->month || !is_upper((unsigned char)t[ms])) return 0;
    iso_of(d->year, m, 0, SCM_DATE_MONTH, iso, sizeof iso);
    return push(pg->x, ms, me, iso, SCM_DATE_MONTH, 0) ? -1 : 0;
}

/* "on 13 and 14 November 3279", "on 3, 4 and 5 June": earlier days of
 * the month joined to a day-first date by "and" (and commas) are dates of
 * their own in its month and year; "between 14 and 16 May" is a range,
 * read before.  Pushes the earlier days only; the caller pushes `d`
 * (session 14). */
static int coordinated_days(const para *pg, const scm_date *d) {
    const char *t = pg->t;
    size_t s = d->span.start, ws, we, q, starts[8];
    int days[8], n = 0, last = d->day, year = d->year;
    if (d->precision != SCM_DATE_DAY || !is_digit((unsigned char)t[s]))
        return 0;
    ws = word_before(t, pg->lo, s, &we);
    if (ws == we || we == s || !word_is(t + ws, we - ws, "and")) return 0;
    q = ws;
    for (;;) {
        size_t de, ds;
        while (q > pg->lo && t[q - 1] == ' ') q--;
        de = q;
        ds = de;
        while (ds > pg->lo && de - ds < 3 && is_digit((unsigned char)t[ds - 1]))
            ds--;
        if (ds == de || de - ds > 2 || n == 8) break;
        if (ds > pg->lo && t[ds - 1] != ' ') break; /* "A1 and 5 May" */
        days[n] = atoi_n(t + ds, de - ds);
        if (days[n] < 1 || days[n] >= last) break;
        starts[n] = ds;
        last = days[n++];
        /* "3, 4 and 5 June": a comma goes on to another day */
        q = ds;
        while (q > pg->lo && t[q - 1] == ' ') q--;
        if (q == pg->lo || t[q - 1] != ',') break;
        q--;
    }
    if (!n || after_word(t, pg->lo, starts[n - 1], "between") ||
        year_in_name(t, pg->lo, starts[n - 1]))
        return 0;
    if (!year) {
        if (pg->doc->date.precision == SCM_DATE_NONE) return 0;
        year = natural_year(pg, s, d->month, d->day);
    }
    while (n-- > 0) {
        char iso[24];
        size_t e = starts[n];
        while (is_digit((unsigned char)t[e])) e++;
        iso_of(year, d->month, days[n], SCM_DATE_DAY, iso, sizeof iso);
        if (push(pg->x, starts[n], e, iso, SCM_DATE_DAY, d->year == 0))
            return -1;
    }
    return 0;
}

/* "on 2–3 September", "from 18 to 27 May": a day range written without a
 * year, read as one range in the natural year.  1 pushed, 0 none, -1 out
 * of memory. */
static int yearless_day_range(const para *pg, const scm_date *d) {
    const char *t = pg->t;
    size_t s = d->span.start, n = 0, k, ws, we;
    scm_date a = *d;
    int day = 0, worded = 0;
    if (d->precision != SCM_DATE_DAY || d->year != 0 ||
        pg->doc->date.precision == SCM_DATE_NONE || s < pg->lo + 2)
        return 0;
    if (t[s - 1] == '-') n = 1;
    else if (s >= pg->lo + 4 && (unsigned char)t[s - 1] == 0x93 &&
             (unsigned char)t[s - 2] == 0x80 && (unsigned char)t[s - 3] == 0xE2)
        n = 3;
    else if (t[s - 1] == ' ' && (ws = word_before(t, pg->lo, s, &we)) < we &&
             we + 1 == s && word_in(t + ws, we - ws, range_words) &&
             ws >= pg->lo + 2 && t[ws - 1] == ' ') {
        n = s - (ws - 1); /* " to " */
        worded = 1;
    }
    if (!n) return 0;
    k = s - n;
    if (k == pg->lo || !is_digit((unsigned char)t[k - 1])) return 0;
    day = t[k - 1] - '0';
    k--;
    if (k > pg->lo && is_digit((unsigned char)t[k - 1])) {
        day += (t[k - 1] - '0') * 10;
        k--;
    }
    if (k > pg->lo && (is_digit((unsigned char)t[k - 1]) || t[k - 1] != ' '))
        return 0;
    /* the worded range opens with "from": "from 18 to 27 May" */
    if (worded && !after_word(t, pg->lo, k, "from")) return 0;
    if (day < 1 || day >= d->day) return 0;
    a.day = day;
    a.year = natural_year(pg, s, d->month, d->day);
    /* "a state visit from 6 to 9 October" in a release of 7 October: a
     * range holding the document's day is of its year (session 16) */
    {
        const scm_date *ref = &pg->doc->date;
        if (ref->precision == SCM_DATE_DAY && ref->month == d->month &&
            day <= ref->day && ref->day <= d->day)
            a.year = ref->year;
    }
    {
        scm_date b = *d;
        b.year = a.year;
        return push_range(pg, k, d->span.stop, &a, &b, 1);
    }
}

/* Absolute dates of one paragraph, and days written without a year. */
static int absolute_dates(const para *pg) {
    size_t pos = pg->lo;
    scm_date d;
    while (scm_date_find(pg->t, pg->stop, pos, FIND_ALL, &d)) {
        int r;
        pos = d.span.stop > pos ? d.span.stop : pos + 1;
        if (d.precision == SCM_DATE_YEAR && !year_counts(pg, &d)) continue;
        r = year_dash_range(pg, &d, &pos);
        if (!r) r = range_after(pg, &d, &pos);
        if (!r) r = range_before(pg, &d);
        if (!r) r = coordinated_month(pg, &d);
        if (!r) r = coordinated_days(pg, &d);
        if (!r) r = yearless_day_range(pg, &d);
        if (!r) r = push_date(pg, &d);
        if (r < 0) return -1;
    }
    return 0;
}

/* "last November", "next March", "this September": the month before or
 * after the document's month, or in its year. */
static int named_month(const para *pg, size_t s, size_t e, int month,
                       const char *which) {
    const scm_date *ref = &pg->doc->date;
    int y = ref->year;
    char iso[24];
    if (word_is(which, 4, "last")) {
        if (ref->precision < SCM_DATE_MONTH) return 0;
        if (month >= ref->month) y--;
    } else if (word_is(which, 4, "next")) {
        if (ref->precision < SCM_DATE_MONTH) return 0;
        if (month <= ref->month) y++;
    }
    iso_of(y, month, 0, SCM_DATE_MONTH, iso, sizeof iso);
    return push(pg->x, s, e, iso, SCM_DATE_MONTH, 1) ? -1 : 0;
}

/* Does a number follow the month name ending at `e` ("May 4", "Sept.
 * 2030")?  Then the month belongs to an absolute date or a day. */
/* A lower-case word follows the word ending at e, and no function word:
 * "the January floods", not "the March of the …" or "the May to July". */
static int noun_follows(const char *t, size_t e, size_t stop) {
    static const char *const glue[] = {"of", "to", "and", "or", "in", "on",
                                       "at", "for", "by", "through", "until",
                                       "is", "was", "will", NULL};
    size_t b, k;
    if (e + 2 >= stop || t[e] != ' ' || !is_lower((unsigned char)t[e + 1]))
        return 0;
    b = e + 1;
    for (k = b; k < stop && is_lower((unsigned char)t[k]); k++)
        ;
    return k - b >= 3 && !word_in(t + b, k - b, glue);
}

/* A number follows the month word t[s, e): "May 10", "Sept. 12" (the
 * period of an abbreviation skipped; after a whole name it ends a
 * sentence: "by the end of March. 4. The Committee …"). */
static int number_follows(const char *t, size_t s, size_t e, size_t stop) {
    int abbreviated = e - s <= 4 && !word_is(t + s, e - s, "may") &&
                      !word_is(t + s, e - s, "june") &&
                      !word_is(t + s, e - s, "july");
    size_t q = skip_blanks(t, abbreviated && e < stop && t[e] == '.' ? e + 1 : e,
                           stop);
    return q < stop && is_digit((unsigned char)t[q]);
}

/* "from May to July", "between May and July" with no year: one range, the
 * first month in its natural year and the second after it.  1 pushed, 0
 * none, -1 out of memory. */
static int month_range(const para *pg, size_t s, size_t e, int month,
                       int between) {
    const char *t = pg->t;
    size_t q, e2;
    scm_date a, b;
    if (!connector_after(t, e, pg->stop, between, &q) ||
        !is_upper((unsigned char)t[q]))
        return 0;
    e2 = word_end(t, q, pg->stop);
    memset(&a, 0, sizeof a);
    b = a;
    b.month = scm_date_month(t + q, e2 - q);
    if (!b.month || b.month == month || number_follows(t, q, e2, pg->stop))
        return 0; /* "from May to July 2030" is an absolute range */
    a.precision = b.precision = SCM_DATE_MONTH;
    a.month = month;
    a.year = natural_year(pg, s, month, 0);
    b.year = a.year + (b.month < month);
    return push_range(pg, s, e2, &a, &b, 1);
}

/* Is t[s..e) a month before which an item already stands ("in May and
 * September 2022", "from August to October 2063")? */
static int month_taken(const para *pg, size_t s, size_t e) {
    for (size_t k = pg->x->dates.len; k-- > 0;) {
        const scm_date_item *it = &pg->x->dates.items[k];
        if (it->span.start <= s && it->span.stop >= e) return 1;
        if (it->span.stop < pg->lo) break;
    }
    return 0;
}

/* The ASCII letters [s, e) stand as a word of their own: no letter
 * before or after them in [lo, stop). */
static int whole_word(const unsigned char *t, size_t lo, size_t s, size_t e,
                      size_t stop) {
    return (s == lo || !is_alpha(t[s - 1])) && (e == stop || !is_alpha(t[e]));
}

static const char *const weekday_names[] = {"monday", "tuesday", "wednesday",
                                             "thursday", "friday", "saturday",
                                             "sunday", NULL};

/* The weekday (0 Monday … 6 Sunday) the capitalised word [s, e) names,
 * or -1. */
static int weekday_of(const char *t, size_t s, size_t e) {
    if (e <= s || !is_upper((unsigned char)t[s])) return -1;
    for (int k = 0; weekday_names[k]; k++)
        if (word_is(t + s, e - s, weekday_names[k])) return k;
    return -1;
}

/* The start of a weekday's name that ends at e ("Monday" … "Sunday"), or
 * SIZE_MAX. */
static size_t weekday_start(const unsigned char *t, size_t lo, size_t e) {
    for (int k = 0; weekday_names[k]; k++) {
        size_t l = strlen(weekday_names[k]);
        if (e >= lo + l && weekday_of((const char *)t, e - l, e) == k) return e - l;
    }
    return SIZE_MAX;
}

/* The start of a word with byte i in [lo, stop) that relative_dates may
 * act on, or stop when there is none: "year", "month" and "today" (any
 * case, as word_is reads them) around a 'y' or an 'm', or a month's name
 * opening with a capital.  A word relative_dates reads is a run of ASCII
 * letters with no letter before or after it, so these words are found as
 * such here. */
static size_t relative_word_at(const unsigned char *t, size_t lo, size_t i,
                               size_t stop) {
    const char *s = (const char *)t;
    unsigned c = t[i] | 0x20u;
    size_t e;
    if (c == 'y') {
        size_t b;
        if (i + 4 <= stop && word_is(s + i, 4, "year") &&
            whole_word(t, lo, i, i + 4, stop))
            return i;
        /* a weekday, at the 'y' of its "day" (session 25) */
        if (i >= lo + 5 && (t[i - 1] | 0x20u) == 'a' && (t[i - 2] | 0x20u) == 'd' &&
            (b = weekday_start(t, lo, i + 1)) != SIZE_MAX &&
            whole_word(t, lo, b, i + 1, stop))
            return b;
        if (i + 9 <= stop && word_is(s + i, 9, "yesterday") &&
            whole_word(t, lo, i, i + 9, stop))
            return i;
        if (i >= lo + 4 && i + 1 <= stop && word_is(s + i - 4, 5, "today") &&
            whole_word(t, lo, i - 4, i + 1, stop))
            return i - 4;
        /* "the previous day", "the following day" (session 35) */
        if (i >= lo + 2 && word_is(s + i - 2, 3, "day") && whole_word(t, lo, i - 2, i + 1, stop))
            return i - 2;
        return stop;
    }
    if (c == 'm' && i + 5 <= stop && word_is(s + i, 5, "month") &&
        whole_word(t, lo, i, i + 5, stop))
        return i;
    if (c == 'm' && i + 7 <= stop && word_is(s + i, 7, "morning") &&
        whole_word(t, lo, i, i + 7, stop))
        return i;
    if (c == 'm' && i >= lo + 2 && i + 6 <= stop &&
        word_is(s + i - 2, 8, "tomorrow") &&
        whole_word(t, lo, i - 2, i + 6, stop))
        return i - 2;
    /* "week", "weekend" at their 'k'; "evening" at its 'v';
     * "afternoon" at its 'f' (session 25) */
    if (c == 'k' && i >= lo + 3 && word_is(s + i - 3, 4, "week") &&
        (whole_word(t, lo, i - 3, i + 1, stop) ||
         (i + 4 <= stop && word_is(s + i - 3, 7, "weekend") &&
          whole_word(t, lo, i - 3, i + 4, stop))))
        return i - 3;
    if (c == 'v' && i >= lo + 1 && i + 6 <= stop &&
        word_is(s + i - 1, 7, "evening") &&
        whole_word(t, lo, i - 1, i + 6, stop))
        return i - 1;
    if (c == 'f' && i >= lo + 1 && i + 8 <= stop &&
        word_is(s + i - 1, 9, "afternoon") &&
        whole_word(t, lo, i - 1, i + 8, stop))
        return i - 1;
    if (!is_upper(t[i]) || i + 1 >= stop ||
        !scm_date_month_prefix(t[i], t[i + 1]) ||
        (i > lo && is_alpha(t[i - 1])))
        return stop;
    e = scm_ascii_run_end(t, i, stop, 0);
    return scm_date_month_possible(s + i, e - i) && scm_date_month(s + i, e - i)
               ? i
               : stop;
}

/* The start of the first word of [lo, stop) that relative_dates may act
 * on (relative_word_at), or stop.  Most paragraphs have none, or have
 * one late: this scan (sixteen bytes at a time where SSE2 is there) is
 * cheaper than reading their words one by one. */
static size_t first_relative_word(const char *text, size_t lo, size_t stop) {
    const unsigned char *t = (const unsigned char *)text;
    size_t i = lo, w;
#if defined(__SSE2__) && defined(__GNUC__)
    while (i + 17 <= stop) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i f = _mm_or_si128(x, _mm_set1_epi8(0x20));
        /* the next byte of each: the pairs "ev" and "ft" */
        __m128i g = _mm_or_si128(
            _mm_loadu_si128((const __m128i *)(const void *)(t + i + 1)),
            _mm_set1_epi8(0x20));
        /* y Y m M, and the capitals that begin a month's name; k of
         * "week" */
        __m128i m = _mm_or_si128(_mm_cmpeq_epi8(f, _mm_set1_epi8('y')),
                                 _mm_cmpeq_epi8(f, _mm_set1_epi8('m')));
        __m128i pair = _mm_or_si128(
            _mm_and_si128(_mm_cmpeq_epi8(f, _mm_set1_epi8('e')),
                          _mm_cmpeq_epi8(g, _mm_set1_epi8('v'))),
            _mm_and_si128(_mm_cmpeq_epi8(f, _mm_set1_epi8('f')),
                          _mm_cmpeq_epi8(g, _mm_set1_epi8('t'))));
        unsigned bits;
        m = _mm_or_si128(m, _mm_cmpeq_epi8(f, _mm_set1_epi8('k')));
        m = _mm_or_si128(m, scm_month_capitals(x));
        /* a pair's flag moves to its second byte, the 'v' or the 'f'
         * relative_word_at reads "evening" and "afternoon" at (the 'f'
         * is the pair's first byte: it stays) */
        bits = (unsigned)_mm_movemask_epi8(m) |
               ((unsigned)_mm_movemask_epi8(
                    _mm_and_si128(pair, _mm_cmpeq_epi8(f, _mm_set1_epi8('e'))))
                << 1) |
               (unsigned)_mm_movemask_epi8(
                   _mm_and_si128(pair, _mm_cmpeq_epi8(f, _mm_set1_epi8('f'))));
        while (bits) {
            w = relative_word_at(t, lo, i + (size_t)__builtin_ctz(bits), stop);
            if (w != stop) return w;
            bits &= bits - 1;
        }
        i += 16;
    }
#endif
    for (; i < stop; i++)
        if ((w = relative_word_at(t, lo, i, stop)) != stop) return w;
    return stop;
}

/* Where relative_dates may start reading instead of at lo, when the
 * first word it may act on starts at w: just after the last byte before
 * w that resets its memory of the words before (a byte neither a letter
 * nor a space) and that its loop is sure to read by itself (one after a
 * space, or the first).  Reading from there sees the same words with the
 * same memory: no word before w pushed a date. */
static size_t relative_restart(const char *text, size_t lo, size_t w) {
    const unsigned char *t = (const unsigned char *)text;
    size_t k = w;
    while (k-- > lo)
        if (!is_alpha(t[k]) && t[k] != ' ' && (k == lo || t[k - 1] == ' '))
            return k + 1;
    return lo;
}

/* A year of four digits stands before pos in its sentence (back to a
 * full stop, or lo): "the Roadmap agreed in 2024 and the Plan adopted
 * the previous year" counts back from it, not from the document's day. */
static int year_earlier(const char *t, size_t lo, size_t pos) {
    size_t run = 0;
    while (pos > lo) {
        unsigned char ch = (unsigned char)t[--pos];
        if (ch == '.' && (pos + 1 < lo + 1 || t[pos + 1] == ' ')) break;
        if (is_digit(ch)) {
            if (++run == 4 && (pos == lo || !is_digit((unsigned char)t[pos - 1]))) return 1;
        } else {
            run = 0;
        }
    }
    return 0;
}

/* The word before pos (in [lo, pos)) compares: "over", "on", "than",
 * "from", "with". */
static int comparison_before(const char *t, size_t lo, size_t pos) {
    static const char *const words[] = {"over", "on", "than", "from", "with", NULL};
    size_t e = pos, b;
    while (e > lo && t[e - 1] == ' ') e--;
    b = e;
    while (b > lo && is_alpha((unsigned char)t[b - 1])) b--;
    for (size_t k = 0; words[k]; k++)
        if (word_is(t + b, e - b, words[k])) return 1;
    return 0;
}

/* The days `a` and `b` (offsets from the Monday of the document's week)
 * as a day range "YYYY-MM-DD/YYYY-MM-DD" pushed over [s, e). */
static int push_week_days(const para *pg, size_t s, size_t e, int a, int b) {
    const scm_date *ref = &pg->doc->date;
    int y = ref->year, m = ref->month, d = ref->day, y2, m2, d2;
    char iso[24];
    scm_date_add_days(&y, &m, &d, a - scm_date_weekday(y, m, d));
    y2 = y, m2 = m, d2 = d;
    scm_date_add_days(&y2, &m2, &d2, b - a);
    iso_of(y, m, d, SCM_DATE_DAY, iso, sizeof iso);
    iso[10] = '/';
    iso_of(y2, m2, d2, SCM_DATE_DAY, iso + 11, sizeof iso - 11);
    return push(pg->x, s, e, iso, SCM_DATE_DAY, 1);
}

/* "this week", "last week", "next weekend": the ISO week (Monday to
 * Sunday) of the document's day, the one before or after, or its
 * Saturday and Sunday (session 25; "the week of 19 January" stays the
 * day, as five gold sets against one read it).  [s, e) is "week" or
 * "weekend", [ps, pe) the word before it (empty when none). */
static int week_date(const para *pg, size_t s, size_t e, size_t ps, size_t pe) {
    const char *t = pg->t;
    int weekend = e - s == 7, delta = 99;
    if (pe > ps && word_is(t + ps, pe - ps, "this")) delta = 0;
    else if (pe > ps && word_is(t + ps, pe - ps, "last")) delta = -1;
    else if (pe > ps && word_is(t + ps, pe - ps, "next")) delta = 1;
    if (delta != 99) {
        if (pg->doc->date.precision != SCM_DATE_DAY) return 0;
        return push_week_days(pg, ps, e, 7 * delta + (weekend ? 5 : 0),
                              7 * delta + 6);
    }
    return 0;
}

/* A weekday relative to the document's day (session 25): "last Friday",
 * "Tuesday last" the one before it; "next Tuesday" the one after it;
 * "on Monday" the one of its week that the clause's tense points to, on
 * or before the day when it looks back, on or after when it looks ahead.
 * Not a weekday before a date ("Monday, 13 March 5471"), nor a bare one
 * without "on".  [s, *e) is the weekday's name, day its number (0
 * Monday), [ps, pe) the word before it; *e moves past "last". */
static int weekday_date(const para *pg, size_t s, size_t *e, int day,
                        size_t ps, size_t pe) {
    const scm_date *ref = &pg->doc->date;
    const char *t = pg->t;
    size_t stop = pg->stop, span_s = s, span_e = *e, q = *e;
    int today, delta, y = ref->year, m = ref->month, d = ref->day;
    char iso[24];
    if (ref->precision != SCM_DATE_DAY) return 0;
    /* a weekday that opens a date: "Monday, 13 March", "Monday 13 March" */
    while (q < stop && (t[q] == ',' || t[q] == ' ')) q++;
    if (q < stop && (is_digit((unsigned char)t[q]) ||
                     (is_upper((unsigned char)t[q]) && q + 1 < stop &&
                      scm_date_month_prefix(t[q], t[q + 1]) &&
                      scm_date_month(t + q, scm_ascii_run_end((const unsigned char *)t, q, stop, 0) - q))))
        return 0;
    /* "the last Friday of November": a day of that month, not of the
     * document's week */
    if (*e + 4 < stop && memcmp(t + *e, " of ", 4) == 0) return 0;
    today = scm_date_weekday(y, m, d);
    if (pe > ps && word_is(t + ps, pe - ps, "last")) {
        delta = -((today - day + 6) % 7 + 1);
        span_s = ps;
    } else if (pe > ps && word_is(t + ps, pe - ps, "next")) {
        delta = (day - today + 6) % 7 + 1;
        span_s = ps;
    } else if (*e + 5 <= stop && memcmp(t + *e, " last", 5) == 0 &&
               (*e + 5 == stop || !is_alpha((unsigned char)t[*e + 5]))) {
        delta = -((today - day + 6) % 7 + 1);
        span_e = *e + 5; /* "on Tuesday last" */
    } else if (pe > ps && word_is(t + ps, pe - ps, "on")) {
        delta = clause_tense(pg, s) > 0 ? (day - today + 7) % 7
                                         : -((today - day + 7) % 7);
    } else {
        return 0;
    }
    scm_date_add_days(&y, &m, &d, delta);
    iso_of(y, m, d, SCM_DATE_DAY, iso, sizeof iso);
    *e = span_e;
    return push(pg->x, span_s, span_e, iso, SCM_DATE_DAY, 1);
}

/* "by year-end", "before the year-end": the document's year (session
 * 25), not when a year follows.  [s, e) is "year" followed by '-'; [ps, pe) and [p2s, p2e) the
 * two words before it (empty when none). */
static int year_end_at(const para *pg, size_t s, size_t e, size_t ps,
                       size_t pe, size_t p2s, size_t p2e) {
    static const char *const before[] = {"by", "before", "until", "at", NULL};
    const char *t = pg->t;
    char iso[24];
    if (e - s != 4 || !word_is(t + s, 4, "year") || e + 4 > pg->stop ||
        memcmp(t + e, "-end", 4) != 0 ||
        (e + 4 < pg->stop && is_alpha((unsigned char)t[e + 4])) ||
        pg->doc->date.precision == SCM_DATE_NONE || pe == ps)
        return 0;
    if (e + 5 < pg->stop && t[e + 4] == ' ' && is_digit((unsigned char)t[e + 5]))
        return 0; /* "at year-end 2030": that year's */
    if (!word_in(t + ps, pe - ps, before) &&
        !(word_is(t + ps, pe - ps, "the") && p2e > p2s &&
          word_in(t + p2s, p2e - p2s, before)))
        return 0;
    iso_of(pg->doc->date.year, 0, 0, SCM_DATE_YEAR, iso, sizeof iso);
    return push(pg->x, s, e + 4, iso, SCM_DATE_YEAR, 1);
}

/* Relative expressions of one paragraph, resolved against the document's
 * date. */
static int relative_dates(const para *pg) {
    const char *t = pg->t;
    const scm_date *ref = &pg->doc->date;
    size_t p = pg->lo, stop = pg->stop;
    size_t prev_s = 0, prev_e = 0, prev2_s = 0, prev2_e = 0, prev3_e = 0;
    int have_prev = 0, have_prev2 = 0;
    size_t month_end = 0; /* end of the last month pushed without a year */
    char iso[24];
    if (ref->precision == SCM_DATE_NONE) return 0; /* nothing to resolve */
    if ((p = first_relative_word(t, p, stop)) == stop) return 0;
    p = relative_restart(t, pg->lo, p);
    while (p < stop) {
        size_t s, e;
        unsigned char c0;
        int month, wday;
        if (!is_alpha((unsigned char)t[p])) {
            if (t[p] != ' ') have_prev = have_prev2 = 0;
            p++;
            continue;
        }
        s = p;
        p = scm_ascii_run_end((const unsigned char *)t, p, stop, 0);
        e = p;
        /* "in mid-March": the month, "mid-" in its text (session 26) */
        if (e - s == 3 && (t[s] | 0x20) == 'm' && word_is(t + s + 1, 2, "id") && e + 1 < stop &&
            t[e] == '-' && is_upper((unsigned char)t[e + 1])) {
            size_t ms = e + 1, me = scm_ascii_run_end((const unsigned char *)t, ms, stop, 0);
            int mo = scm_date_month_possible(t + ms, me - ms) ? scm_date_month(t + ms, me - ms) : 0;
            if (mo && !number_follows(t, ms, me, stop) && !month_taken(pg, s, me)) {
                iso_of(natural_year(pg, s, mo, 0), mo, 0, SCM_DATE_MONTH, iso, sizeof iso);
                if (push(pg->x, s, me, iso, SCM_DATE_MONTH, 1)) return -1;
                month_end = me;
                have_prev = have_prev2 = 0;
                p = me;
                continue;
            }
        }
        if (e < stop && (t[e] == '-' || is_digit((unsigned char)t[e]))) {
            if (year_end_at(pg, s, e, have_prev ? prev_s : s,
                            have_prev ? prev_e : s,
                            have_prev2 ? prev2_s : s, have_prev2 ? prev2_e : s))
                return -1;
            have_prev = have_prev2 = 0; /* a compound: "today-ish", "A1" */
            while (p < stop && t[p] != ' ')
                p++;
            continue;
        }
        if (s > pg->lo &&
            (t[s - 1] == '-' || is_digit((unsigned char)t[s - 1]))) {
            have_prev = have_prev2 = 0;
            continue;
        }
        /* initial and length first: most words are none of these */
        c0 = (unsigned char)(t[s] | 0x20);
        month = is_upper((unsigned char)t[s]) &&
                        scm_date_month_possible(t + s, e - s)
                    ? scm_date_month(t + s, e - s)
                    : 0;
        if (month && number_follows(t, s, e, stop)) month = 0;
        if (c0 == 't' && e - s == 5 && word_is(t + s, 5, "today") &&
            ref->precision == SCM_DATE_DAY) {
            iso_of(ref->year, ref->month, ref->day, SCM_DATE_DAY, iso,
                   sizeof iso);
            if (push(pg->x, s, e, iso, SCM_DATE_DAY, 1)) return -1;
        } else if (((c0 == 'm' && e - s == 7 && word_is(t + s, 7, "morning")) ||
                    (c0 == 'a' && e - s == 9 && word_is(t + s, 9, "afternoon")) ||
                    (c0 == 'e' && e - s == 7 && word_is(t + s, 7, "evening"))) &&
                   have_prev && word_is(t + prev_s, prev_e - prev_s, "this") &&
                   ref->precision == SCM_DATE_DAY) {
            /* "this morning" (session 24), "this afternoon", "this
             * evening" (session 25): the document's day */
            iso_of(ref->year, ref->month, ref->day, SCM_DATE_DAY, iso,
                   sizeof iso);
            if (push(pg->x, prev_s, e, iso, SCM_DATE_DAY, 1)) return -1;
        } else if (((c0 == 'y' && e - s == 9 && word_is(t + s, 9, "yesterday")) ||
                    (c0 == 't' && e - s == 8 && word_is(t + s, 8, "tomorrow"))) &&
                   ref->precision == SCM_DATE_DAY) {
            /* the day before or after the document's (session 23) */
            int y = ref->year, m = ref->month, d = ref->day;
            scm_date_add_days(&y, &m, &d, c0 == 'y' ? -1 : 1);
            iso_of(y, m, d, SCM_DATE_DAY, iso, sizeof iso);
            if (push(pg->x, s, e, iso, SCM_DATE_DAY, 1)) return -1;
        } else if (c0 == 'd' && e - s == 3 && word_is(t + s, 3, "day") && have_prev && have_prev2 &&
                   word_is(t + prev2_s, prev2_e - prev2_s, "the") &&
                   (word_is(t + prev_s, prev_e - prev_s, "previous") ||
                    word_is(t + prev_s, prev_e - prev_s, "following"))) {
            /* "… preceded by a session of senior officials the previous
             * day", "the following day": the day before or after the last
             * day the passage dated, else the document's (session 35) */
            int y = ref->year, m = ref->month, d = ref->day, have = 0;
            for (size_t q = pg->x->dates.len; q-- > 0;) {
                const scm_date_item *it = &pg->x->dates.items[q];
                if (it->span.start >= prev2_s) continue;
                if (it->span.start < pg->lo) break;
                if (strlen(it->iso) != 10) continue;
                y = atoi_n(it->iso, 4);
                m = atoi_n(it->iso + 5, 2);
                d = atoi_n(it->iso + 8, 2);
                have = 1;
                break;
            }
            if (!have) have = ref->precision == SCM_DATE_DAY;
            if (have) {
                scm_date_add_days(&y, &m, &d, word_is(t + prev_s, prev_e - prev_s, "previous") ? -1 : 1);
                iso_of(y, m, d, SCM_DATE_DAY, iso, sizeof iso);
                if (push(pg->x, prev2_s, e, iso, SCM_DATE_DAY, 1)) return -1;
            }
        } else if (c0 != 'y' && e - s >= 6 && t[e - 1] == 'y' && t[e - 2] == 'a' &&
                   t[e - 3] == 'd' && (wday = weekday_of(t, s, e)) >= 0) {
            size_t end = e;
            if (weekday_date(pg, s, &end, wday, have_prev ? prev_s : s,
                             have_prev ? prev_e : s) != 0)
                return -1;
            if (end > e) p = end;
        } else if (c0 == 'w' && (e - s == 4 || e - s == 7) &&
                   (word_is(t + s, 4, "week") || word_is(t + s, 7, "weekend"))) {
            if (week_date(pg, s, e, have_prev ? prev_s : s, have_prev ? prev_e : s))
                return -1;
        } else if (have_prev &&
                   ((c0 == 'y' && e - s == 4 && word_is(t + s, 4, "year")) ||
                    (c0 == 'm' && e - s == 5 && word_is(t + s, 5, "month")))) {
            int is_month = word_is(t + s, e - s, "month"), delta = 99;
            const char *w = t + prev_s;
            size_t wn = prev_e - prev_s, span_s = prev_s, span_e = e;
            if (word_is(w, wn, "this"))
                delta = 0;
            /* "this calendar year" (session 25) */
            else if (!is_month && have_prev2 && word_is(w, wn, "calendar") &&
                     word_is(t + prev2_s, prev2_e - prev2_s, "this")) {
                delta = 0;
                span_s = prev2_s;
            }
            else if (word_is(w, wn, "last"))
                delta = -1;
            else if (word_is(w, wn, "next"))
                delta = 1;
            /* "the previous year", "the current month" (session 24; not
             * a comparison's "an increase over the previous year", which
             * counts from the year before it) */
            else if (have_prev2 && word_is(t + prev2_s, prev2_e - prev2_s, "the") &&
                     (word_is(w, wn, "previous") || word_is(w, wn, "current") ||
                      /* "the present year" (session 26) */
                      word_is(w, wn, "present")) &&
                     !comparison_before(t, pg->lo, prev2_s) &&
                     !(word_is(w, wn, "previous") && year_earlier(t, pg->lo, prev2_s))) {
                delta = word_is(w, wn, "previous") ? -1 : 0;
                span_s = prev2_s;
            }
            /* "the year after next" (session 24) */
            else if (word_is(w, wn, "the") && e + 11 <= stop &&
                     memcmp(t + e, " after next", 11) == 0 &&
                     (e + 11 == stop || !is_alpha((unsigned char)t[e + 11]))) {
                delta = 2;
                span_e = e + 11;
            }
            if (delta != 99 && !is_month && month_end && have_prev2 &&
                (prev2_e == month_end ||
                 /* "in March of last year" (session 25) */
                 (prev3_e == month_end &&
                  word_is(t + prev2_s, prev2_e - prev2_s, "of"))) &&
                pg->x->dates.len &&
                pg->x->dates.items[pg->x->dates.len - 1].span.stop == month_end) {
                /* "in November last year": the month of that year, one
                 * date */
                scm_date_item *it = &pg->x->dates.items[pg->x->dates.len - 1];
                int m = atoi_n(it->iso + 5, 2);
                iso_of(ref->year + delta, m, 0, SCM_DATE_MONTH, it->iso,
                       sizeof it->iso);
                it->span.stop = (scm_off)e;
                month_end = 0;
            } else if (delta != 99 &&
                (!is_month || ref->precision >= SCM_DATE_MONTH)) {
                int y = ref->year, m = ref->month;
                if (is_month) {
                    m += delta;
                    if (m < 1) {
                        m += 12;
                        y--;
                    }
                    if (m > 12) {
                        m -= 12;
                        y++;
                    }
                    iso_of(y, m, 0, SCM_DATE_MONTH, iso, sizeof iso);
                } else {
                    iso_of(y + delta, 0, 0, SCM_DATE_YEAR, iso, sizeof iso);
                }
                if (push(pg->x, span_s, span_e, iso,
                         is_month ? SCM_DATE_MONTH : SCM_DATE_YEAR, 1))
                    return -1;
                if (span_e > e) p = span_e; /* past "after next" */
            }
        } else if (month && have_prev && have_prev2 && prev_e - prev_s == 4 &&
                   word_is(t + prev_s, 4, "past") &&
                   word_is(t + prev2_s, prev2_e - prev2_s, "this") &&
                   !month_taken(pg, s, e)) {
            /* "this past January": the last one (session 25) */
            if (named_month(pg, prev2_s, e, month, "last")) return -1;
        } else if (month && have_prev && prev_e - prev_s == 4 &&
                   (word_is(t + prev_s, 4, "last") ||
                    word_is(t + prev_s, 4, "next") ||
                    word_is(t + prev_s, 4, "this")) &&
                   !month_taken(pg, s, e)) {
            if (named_month(pg, prev_s, e, month, t + prev_s)) return -1;
        } else if (month && have_prev && have_prev2 &&
                   ((word_is(t + prev_s, prev_e - prev_s, "of") &&
                     word_in(t + prev2_s, prev2_e - prev2_s, period_nouns)) ||
                    ((word_is(t + prev_s, prev_e - prev_s, "and") ||
                      word_is(t + prev_s, prev_e - prev_s, "or")) &&
                     prev2_e == month_end && month_end)) &&
                   !month_taken(pg, s, e)) {
            /* "before the end of June"; "in January and March" */
            iso_of(natural_year(pg, s, month, 0), month, 0, SCM_DATE_MONTH,
                   iso, sizeof iso);
            if (push(pg->x, s, e, iso, SCM_DATE_MONTH, 1)) return -1;
            month_end = e;
        } else if (month && have_prev &&
                   word_is(t + prev_s, prev_e - prev_s, "the") &&
                   noun_follows(t, e, stop) && !month_taken(pg, s, e)) {
            /* "the January floods", "the October plenary": a month before
             * the noun it dates */
            iso_of(natural_year(pg, s, month, 0), month, 0, SCM_DATE_MONTH,
                   iso, sizeof iso);
            if (push(pg->x, s, e, iso, SCM_DATE_MONTH, 1)) return -1;
            month_end = e;
        } else if (month && have_prev &&
                   (word_in(t + prev_s, prev_e - prev_s, month_prepositions) ||
                    (have_prev2 &&
                     (word_is(t + prev_s, prev_e - prev_s, "early") ||
                      word_is(t + prev_s, prev_e - prev_s, "mid") ||
                      word_is(t + prev_s, prev_e - prev_s, "late")) &&
                     (word_in(t + prev2_s, prev2_e - prev2_s,
                              month_prepositions) ||
                      /* "of January and early February" */
                      ((word_is(t + prev2_s, prev2_e - prev2_s, "and") ||
                        word_is(t + prev2_s, prev2_e - prev2_s, "or")) &&
                       month_end && prev3_e == month_end)))) &&
                   !month_taken(pg, s, e)) {
            /* "in May", "since November", "in late February" */
            int between = word_is(t + prev_s, prev_e - prev_s, "between");
            int r = 0;
            if (between || word_is(t + prev_s, prev_e - prev_s, "from"))
                r = month_range(pg, s, e, month, between);
            if (r < 0) return -1;
            if (!r) {
                iso_of(natural_year(pg, s, month, 0), month, 0, SCM_DATE_MONTH,
                       iso, sizeof iso);
                if (push(pg->x, s, e, iso, SCM_DATE_MONTH, 1)) return -1;
                month_end = e;
            }
        }
        prev3_e = have_prev2 ? prev2_e : 0;
        prev2_s = prev_s;
        prev2_e = prev_e;
        have_prev2 = have_prev;
        prev_s = s;
        prev_e = e;
        have_prev = 1;
    }
    return 0;
}

static int by_start(const void *a, const void *b) {
    const scm_date_item *x = a, *y = b;
    if (x->span.start != y->span.start)
        return (x->span.start > y->span.start) -
               (x->span.start < y->span.start);
    return 0;
}

/* "the last day of February 5882", "the first Monday of October": a
 * month's item (however its year was found) that a day of its calendar
 * opens becomes that day, its span from the ordinal (session 25). */
static void calendar_day(const char *t, size_t lo, scm_date_item *it) {
    static const char *const ords[] = {"first", "second", "third", "fourth", "last", NULL};
    size_t s = it->span.start, ue, us, oe, os;
    int y, m, day = 0, wd, k, last;
    if (strlen(it->iso) != 7 || s < lo + 12 || memcmp(t + s - 4, " of ", 4) != 0) return;
    us = word_before(t, lo, s - 3, &ue);
    if (us >= ue) return;
    os = word_before(t, lo, us, &oe);
    if (os >= oe || oe == us) return;
    for (k = 0; ords[k] && !word_is(t + os, oe - os, ords[k]); k++)
        ;
    if (!ords[k]) return;
    y = atoi_n(it->iso, 4);
    m = atoi_n(it->iso + 5, 2);
    if ((last = scm_date_days_in_month(y, m)) == 0) return;
    if (word_is(t + us, ue - us, "day")) {
        if (k == 0) day = 1;
        else if (k == 4) day = last;
        else return;
    } else {
        if ((wd = weekday_of(t, us, ue)) < 0) return;
        if (k == 4) {
            day = last - ((scm_date_weekday(y, m, last) - wd + 7) % 7);
        } else {
            day = 1 + (wd - scm_date_weekday(y, m, 1) + 7) % 7 + 7 * k;
            if (day > last) return;
        }
    }
    iso_of(y, m, day, SCM_DATE_DAY, it->iso, sizeof it->iso);
    it->span.start = (scm_off)os;
    it->precision = "day";
}

/* One paragraph's items from `before` on, in text order: "15 December"
 * and "last year" side by side are one date, "15 December last year", the
 * day of that year; a month after "mid-" takes it into its text
 * ("mid-March"; a year's "mid-" stays out, as most golds read it:
 * "mid-2031" is "2031") (session 26). */
static void join_day_and_year(const para *pg, size_t before) {
    scm_extract *x = pg->x;
    const char *t = pg->t;
    size_t k, out = before;
    for (k = before; k < x->dates.len; k++) {
        scm_date_item *it = &x->dates.items[k];
        if (strcmp(it->precision, "month") == 0 && it->span.start >= pg->lo + 4 &&
            (memcmp(t + it->span.start - 4, "mid-", 4) == 0 ||
             memcmp(t + it->span.start - 4, "Mid-", 4) == 0))
            it->span.start -= 4;
        if (k + 1 < x->dates.len && strcmp(it->precision, "day") == 0 && it->relative) {
            scm_date_item *nx = &x->dates.items[k + 1];
            size_t ns = nx->span.start, ne = nx->span.stop;
            if (ns == it->span.stop + 1 && t[it->span.stop] == ' ' && ne - ns == 9 &&
                strlen(nx->iso) == 4 &&
                (memcmp(t + ns, "last year", 9) == 0 || memcmp(t + ns, "next year", 9) == 0 ||
                 memcmp(t + ns, "this year", 9) == 0)) {
                memcpy(it->iso, nx->iso, 4);
                it->span.stop = (scm_off)ne;
                x->dates.items[out++] = *it;
                k++;
                continue;
            }
        }
        x->dates.items[out++] = *it;
    }
    x->dates.len = out;
}

int scm_extract_dates(scm_doc *doc, const scm_lexicon *lex, scm_extract *x,
                      scm_error *err) {
    const scm_text *t = &doc->text;
    (void)lex;
    for (size_t i = 0; i < t->paragraphs.len; i++) {
        const scm_paragraph *pg = &t->paragraphs.items[i];
        para p;
        size_t before = x->dates.len;
        if (pg->kind != SCM_PARA_BODY) continue;
        p.doc = doc;
        p.t = t->text;
        p.lo = pg->span.start + pg->label;
        p.stop = pg->span.stop;
        p.x = x;
        if (absolute_dates(&p) != 0 || relative_dates(&p) != 0)
            return scm_error_set(err, SCM_NO_BYTE, "out of memory");
        /* one paragraph's items in text order; the sort is stable enough
         * since no two items start at the same byte */
        if (x->dates.len - before > 1)
            qsort(x->dates.items + before, x->dates.len - before,
                  sizeof *x->dates.items, by_start);
        join_day_and_year(&p, before);
        for (size_t k = before; k < x->dates.len; k++)
            calendar_day(p.t, p.lo, &x->dates.items[k]);
    }
    return 0;
}
