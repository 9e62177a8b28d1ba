/* dates.c -- calendar dates written the ways communiqués write them.
 *
 * One matcher (match_at) reads a date that starts at a given byte; the
 * parser runs it once over a trimmed string, the finder runs it only where a
 * word starts with a digit or a capital month initial, so scanning a long
 * text with few dates costs a table look-up per byte.
 *
 * Recognised: "October 24, 2012", "October 24 2012", "October 24th, 2012",
 * "Oct. 24, 2012", "Sept. 5, 2013", "24 October 2012", "24th of October
 * 2012", "2012-10-24", "2012/10/24", "June 2009", and when asked for a
 * bare year "2013" and a day without a year ("October 1", "22 October").
 * Not dates: "10/24/2012" and "24/10/2012" (which is which
 * is a guess), "June of 2009", "may 2009" in running text (the verb). */
#include <string.h>

#include "dates.h"
#include "utf8.h" /* SSE2 where there */

/* Years a written-out date may carry (any four-digit year from 1000: "3
 * March 3005" is a date whatever the year); a bare year in running text is
 * held to a narrower range, since most four-digit numbers there are not
 * years (the extractor widens it around the document's own year). */
#define DATE_YEAR_MIN 1000
#define DATE_YEAR_MAX 9999
#define BARE_YEAR_MIN 1900
#define BARE_YEAR_MAX 2099

enum {
    MATCH_ANYCASE = 1,   /* "may 2009" is a date (a whole string, a header) */
    MATCH_YEARS = 2,     /* a bare year is a date */
    MATCH_PARSE = 4,     /* the whole input is one date: also "2009-06" */
    MATCH_ALL_YEARS = 8, /* a bare year may be any year a date may carry */
    MATCH_NO_YEAR = 16,  /* a day and month without a year is a date */
    MATCH_SLASHED = 32   /* "12/03/2031": day first unless the first > 12 */
};

/* Result of match_at: a date, nothing, or something shaped like a date
 * whose day does not exist ("February 30, 2013"), which the finder skips
 * whole rather than reading "2013" out of it. */
enum { NO_DATE = 0, DATE_FOUND = 1, DATE_INVALID = -1 };

static const char *const month_names[12] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

static const char *const weekday_names[7] = {"monday",   "tuesday", "wednesday",
                                             "thursday", "friday",  "saturday",
                                             "sunday"};

static int is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static int is_alpha(unsigned char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
static int is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static int is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static int is_alnum(unsigned char c) {
    return is_digit(c) || is_alpha(c);
}

/* Bytes where a date may start: digits and the capital initials of the
 * months (A D F J M N O S).  The finder looks nowhere else. */
static int date_initial(unsigned char c) {
    static const unsigned char table[256] = {
        ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
        ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['A'] = 2, ['D'] = 2,
        ['F'] = 2, ['J'] = 2, ['M'] = 2, ['N'] = 2, ['O'] = 2, ['S'] = 2};
    return table[c];
}

/* The first byte at or after pos where a date may start (date_initial),
 * or len.  Sixteen bytes at a time where SSE2 is there: most bytes of a
 * text are neither digits nor those capitals, and the finder runs over
 * every body paragraph. */
static size_t next_initial(const unsigned char *t, size_t pos, size_t len) {
#if defined(__SSE2__) && defined(__GNUC__)
    while (pos + 16 <= len) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + pos));
        __m128i m = _mm_or_si128(scm_bytes_between(x, '0', 9),
                                 scm_month_capitals(x));
        unsigned bits;
        bits = (unsigned)_mm_movemask_epi8(m);
        if (bits) return pos + (size_t)__builtin_ctz(bits);
        pos += 16;
    }
#endif
    while (pos < len && !date_initial(t[pos])) pos++;
    return pos;
}

/* Is the character that ends just before `pos` part of a word?  ASCII
 * letters and digits are; so are non-ASCII letters ("é2013" is not a year),
 * but not the punctuation and spaces communiqués use around dates: no-break
 * and thin spaces, dashes, curly quotes, ellipses, CJK punctuation. */
static int word_before(const char *text, size_t pos) {
    const unsigned char *t = (const unsigned char *)text;
    size_t i;
    uint32_t cp;
    if (pos == 0) return 0;
    if (t[pos - 1] < 0x80) return is_alnum(t[pos - 1]);
    i = pos - 1;
    while (i > 0 && pos - i < 4 && (t[i] & 0xc0) == 0x80)
        i--;
    if (t[i] >= 0xf0)
        cp = 0x10000; /* astral: letters, mostly */
    else if (t[i] >= 0xe0 && pos - i == 3)
        cp = ((uint32_t)(t[i] & 0x0f) << 12) |
             ((uint32_t)(t[i + 1] & 0x3f) << 6) | (t[i + 2] & 0x3fu);
    else if (t[i] >= 0xc0 && pos - i == 2)
        cp = ((uint32_t)(t[i] & 0x1f) << 6) | (t[i + 1] & 0x3fu);
    else
        return 0;                               /* stray byte: not a letter */
    if (cp >= 0x80 && cp <= 0xbf) return 0;     /* NBSP, «, », §, ... */
    if (cp == 0xd7 || cp == 0xf7) return 0;     /* × ÷ */
    if (cp >= 0x2000 && cp <= 0x206f) return 0; /* general punctuation */
    if (cp >= 0x3000 && cp <= 0x303f) return 0; /* CJK punctuation */
    if (cp >= 0xff00 && cp <= 0xff0f) return 0; /* fullwidth punctuation */
    return 1;
}

/* Skip the space between the parts of a date: ASCII blanks with at most
 * one line break (a date never spans a paragraph break), the no-break space
 * and the thin spaces PDFs leave.  Returns pos unchanged when none. */
static size_t skip_space(const char *text, size_t len, size_t pos) {
    const unsigned char *t = (const unsigned char *)text;
    int newlines = 0;
    while (pos < len) {
        unsigned char c = t[pos];
        if (c == ' ' || c == '\t' || c == '\r')
            pos++;
        else if (c == '\n') {
            if (++newlines > 1) break;
            pos++;
        } else if (c == 0xc2 && pos + 1 < len && t[pos + 1] == 0xa0)
            pos += 2; /* U+00A0 */
        else if (c == 0xe2 && pos + 2 < len && t[pos + 1] == 0x80 &&
                 (t[pos + 2] == 0x87 || t[pos + 2] == 0x89 ||
                  t[pos + 2] == 0xaf))
            pos += 3; /* U+2007 figure, U+2009 thin, U+202F narrow no-break */
        else
            break;
    }
    return pos;
}

/* Does the lower-cased word equal / start a name in `names`? */
static int lower_equal(const char *s, size_t len, const char *lower) {
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!lower[i] || (c | 0x20) != (unsigned char)lower[i] || !is_alpha(c))
            return 0;
    }
    return 1;
}

int scm_date_month(const char *s, size_t len) {
    static const unsigned char month_len[12] = {7, 8, 5, 5, 3, 4,
                                                4, 6, 9, 7, 8, 8};
    /* the months (bit m) whose name starts with each letter: every
     * capitalised word is asked, and most have no month's initial */
    static const unsigned short by_initial[26] = {
        ['a' - 'a'] = 1u << 3 | 1u << 7, ['d' - 'a'] = 1u << 11,
        ['f' - 'a'] = 1u << 1, ['j' - 'a'] = 1u << 0 | 1u << 5 | 1u << 6,
        ['m' - 'a'] = 1u << 2 | 1u << 4, ['n' - 'a'] = 1u << 10,
        ['o' - 'a'] = 1u << 9, ['s' - 'a'] = 1u << 8};
    unsigned initial, months;
    if (!s || len < 3 || len > 9) return 0;
    initial = (unsigned)((unsigned char)s[0] | 0x20) - 'a';
    months = initial < 26 ? by_initial[initial] : 0;
    for (int m = 0; months; m++, months >>= 1) {
        size_t full = month_len[m];
        if (!(months & 1)) continue;
        if (len > full || !lower_equal(s, len, month_names[m])) continue;
        /* the full name, the three-letter abbreviation, or "Sept" */
        if (len == full || len == 3 || (m == 8 && len == 4)) return m + 1;
        return 0;
    }
    return 0;
}

static int weekday(const char *s, size_t len) {
    if (len < 3 || len > 9) return 0;
    for (int d = 0; d < 7; d++) {
        size_t full = strlen(weekday_names[d]);
        if (len > full || !lower_equal(s, len, weekday_names[d])) continue;
        if (len == full || len == 3) return d + 1;
        return 0;
    }
    return 0;
}

static int leap_year(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int year, int month) {
    static const int days[12] = {31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    if (month == 2 && leap_year(year)) return 29;
    return days[month - 1];
}

void scm_date_add_days(int *year, int *month, int *day, int delta) {
    *day += delta;
    while (*day < 1) {
        if (--*month < 1) *month = 12, --*year;
        *day += days_in_month(*year, *month);
    }
    while (*day > days_in_month(*year, *month)) {
        *day -= days_in_month(*year, *month);
        if (++*month > 12) *month = 1, ++*year;
    }
}

int scm_date_days_in_month(int year, int month) {
    return month >= 1 && month <= 12 ? days_in_month(year, month) : 0;
}

int scm_date_weekday(int year, int month, int day) {
    /* days since 0000-03-01 by the civil calendar's 400-year cycle */
    long y = year - (month <= 2), era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400, mp = (month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long days = era * 146097 + doe;            /* 0000-03-01 was a Wednesday */
    return (int)(((days + 2) % 7 + 7) % 7);
}

/* Read exactly `n` digits at pos, not followed by another digit. */
static int read_digits(const char *text, size_t len, size_t pos, size_t n,
                       int *value) {
    int v = 0;
    if (pos + n > len) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[pos + i];
        if (!is_digit(c)) return 0;
        v = v * 10 + (c - '0');
    }
    if (pos + n < len && is_digit((unsigned char)text[pos + n])) return 0;
    *value = v;
    return 1;
}

/* Read one or two digits at pos; returns how many, 0 if none or more. */
static size_t read_day_digits(const char *text, size_t len, size_t pos,
                              int *value) {
    size_t n = 0;
    int v = 0;
    while (pos + n < len && is_digit((unsigned char)text[pos + n])) {
        if (++n > 2) return 0;
        v = v * 10 + (text[pos + n - 1] - '0');
    }
    *value = v;
    return n;
}

/* Skip an ordinal suffix ("st", "nd", "rd", "th", any case) at pos. */
static size_t skip_ordinal(const char *text, size_t len, size_t pos) {
    static const char *const suffixes[4] = {"st", "nd", "rd", "th"};
    if (pos + 2 > len) return pos;
    for (int i = 0; i < 4; i++)
        if (lower_equal(text + pos, 2, suffixes[i]) &&
            (pos + 2 == len || !is_alnum((unsigned char)text[pos + 2])))
            return pos + 2;
    return pos;
}

/* A four-digit year at pos that ends a word. */
static int read_year(const char *text, size_t len, size_t pos, int *year) {
    if (!read_digits(text, len, pos, 4, year)) return 0;
    if (pos + 4 < len && is_alpha((unsigned char)text[pos + 4])) return 0;
    return *year >= DATE_YEAR_MIN && *year <= DATE_YEAR_MAX;
}

/* Read a month name at pos (a whole word, then "." after an abbreviation).
 * In running text the name must be capitalised ("May", "MAY", not "may").
 * Returns the month and sets *end past it, or 0. */
static int read_month(const char *text, size_t len, size_t pos, int flags,
                      size_t *end) {
    const unsigned char *t = (const unsigned char *)text;
    size_t n = 0;
    int month;
    /* the finder stops at every capital A D F J M N O S: most begin no
     * month's name */
    if (pos + 1 >= len || !scm_date_month_prefix(t[pos], t[pos + 1]))
        return 0;
    while (pos + n < len && n <= 9 && is_alpha(t[pos + n]))
        n++;
    if (n < 3 || n > 9) return 0;
    if (pos + n < len && is_digit(t[pos + n])) return 0;
    month = scm_date_month(text + pos, n);
    if (!month) return 0;
    if (!(flags & MATCH_ANYCASE)) {
        int lower = 1, upper = 1;
        if (!is_upper(t[pos])) return 0;
        for (size_t i = 1; i < n; i++) {
            lower &= is_lower(t[pos + i]);
            upper &= is_upper(t[pos + i]);
        }
        if (!lower && !upper) return 0;
    }
    *end = pos + n;
    if (n < strlen(month_names[month - 1]) && *end < len && t[*end] == '.')
        (*end)++;
    return month;
}

static int set_date(scm_date *out, int year, int month, int day, size_t start,
                    size_t stop) {
    out->year = year;
    out->month = month;
    out->day = day;
    out->precision = day     ? SCM_DATE_DAY
                     : month ? SCM_DATE_MONTH
                             : SCM_DATE_YEAR;
    out->span.start = (scm_off)start;
    out->span.stop = (scm_off)stop;
    return DATE_FOUND;
}

/* A day and month with no year after them ("October 1", "22 October"),
 * span [start, stop), when the caller takes them (MATCH_NO_YEAR); the
 * caller supplies the year.  The month name at `name` must be capitalised,
 * not in capitals: "MARCH 3" is more likely an exercise than a date.  "May
 * 10,000" is a number. */
static int yearless_day(const char *text, size_t len, size_t start, size_t stop,
                        size_t name, int month, int day, int flags,
                        scm_date *out) {
    const unsigned char *t = (const unsigned char *)text;
    if (!(flags & MATCH_NO_YEAR) || !is_lower(t[name + 1])) return NO_DATE;
    if (stop + 1 < len && (t[stop] == ',' || t[stop] == '.') &&
        is_digit(t[stop + 1]))
        return NO_DATE;
    if (day < 1 || day > days_in_month(2000, month)) { /* 2000: Feb 29 */
        out->span.start = (scm_off)start;
        out->span.stop = (scm_off)stop;
        return DATE_INVALID;
    }
    return set_date(out, 0, month, day, start, stop);
}

/* ---- dates in words: the signing formula of treaties ----------------- */

/* s[0..n), letters only, is the lower-case word w, in any case. */
static int word_ci(const char *s, size_t n, const char *w) {
    return lower_equal(s, n, w) && w[n] == '\0';
}

static int word_index(const char *s, size_t n, const char *const *list) {
    for (int i = 0; list[i]; i++)
        if (word_ci(s, n, list[i])) return i;
    return -1;
}

static const char *const unit_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", NULL};
static const char *const tens_words[] = {"", "", "twenty", "thirty", "forty", "fifty",
                                         "sixty", "seventy", "eighty", "ninety", NULL};
static const char *const ordinal_words[] = {
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", NULL};

/* The day an ordinal in words at t[s, e) names: "ninth", "twenty-second",
 * "Thirtieth", "thirty-first"; 0 when it is none. */
static int ordinal_day(const char *t, size_t s, size_t e) {
    size_t h = s;
    int tens = 0, k;
    while (h < e && t[h] != '-') h++;
    if (h < e) {
        k = word_index(t + s, h - s, tens_words);
        if (k != 2 && k != 3) return 0;
        tens = k * 10;
        s = h + 1;
    }
    if (!tens && word_ci(t + s, e - s, "thirtieth")) return 30;
    k = word_index(t + s, e - s, ordinal_words);
    if (k <= 0 || (tens && k > 9)) return 0;
    return tens + k;
}

/* A year in words at pos: "two thousand and twenty-four", "nineteen
 * hundred and ninety-nine", "eight thousand one hundred and twenty-seven";
 * its end in *end (not a trailing "and"). */
static int year_words(const char *t, size_t len, size_t pos, size_t *end) {
    long total = 0, cur = 0;
    size_t p = pos, last = pos;
    int any = 0;
    while (p < len) {
        size_t e = p, h;
        int k;
        while (e < len && (is_alpha((unsigned char)t[e]) || t[e] == '-')) e++;
        if (e == p) break;
        for (h = p; h < e && t[h] != '-'; h++)
            ;
        if (h < e) { /* "twenty-seven" */
            int u = word_index(t + h + 1, e - h - 1, unit_words);
            k = word_index(t + p, h - p, tens_words);
            if (k < 2 || u < 1 || u > 9) break;
            cur += k * 10 + u;
        } else if ((k = word_index(t + p, e - p, unit_words)) >= 1) {
            cur += k;
        } else if ((k = word_index(t + p, e - p, tens_words)) >= 2) {
            cur += k * 10;
        } else if (word_ci(t + p, e - p, "hundred") && cur) {
            cur *= 100;
        } else if (word_ci(t + p, e - p, "thousand") && cur && !total) {
            total = cur * 1000;
            cur = 0;
        } else if (!(word_ci(t + p, e - p, "and") && any)) {
            break;
        }
        if (!word_ci(t + p, e - p, "and")) {
            any = 1;
            last = e;
        }
        p = e;
        while (p < len && t[p] == ' ') p++;
    }
    total += cur;
    if (!any || total < DATE_YEAR_MIN || total > DATE_YEAR_MAX) return 0;
    *end = last;
    return (int)total;
}

/* "twenty-second day of September in the year eight thousand one hundred
 * and twenty-seven", "Ninth Day of November in the Year Two Thousand …",
 * "fourteenth day of December of the year 2091": the month at `pos`
 * (ending at `mend`) in a signing formula whose day is an ordinal in words
 * before it; the date runs from the ordinal (session 34). */
static int formula_in_words(const char *text, size_t len, size_t pos, size_t mend,
                            int month, scm_date *out) {
    size_t p = pos, e, s, q;
    int day, year = 0;
    /* back over "day of " to the ordinal */
    while (p > 0 && text[p - 1] == ' ') p--;
    if (p == pos || p < 3 || !word_ci(text + p - 2, 2, "of") || text[p - 3] != ' ')
        return NO_DATE;
    p -= 2;
    while (p > 0 && text[p - 1] == ' ') p--;
    if (p < 3 || !word_ci(text + p - 3, 3, "day") ||
        (p > 3 && is_alpha((unsigned char)text[p - 4])))
        return NO_DATE;
    p -= 3;
    while (p > 0 && text[p - 1] == ' ') p--;
    e = p;
    s = e;
    while (s > 0 && (is_alpha((unsigned char)text[s - 1]) || text[s - 1] == '-')) s--;
    if (s == e || !(day = ordinal_day(text, s, e))) return NO_DATE;
    /* then "[,] in|of the year" and the year, in words or digits */
    q = mend;
    if (q < len && text[q] == ',') q++;
    q = skip_space(text, len, q);
    if (q + 2 < len && (word_ci(text + q, 2, "in") || word_ci(text + q, 2, "of")) &&
        text[q + 2] == ' ')
        q = skip_space(text, len, q + 2);
    else
        return NO_DATE;
    if (q + 4 < len && word_ci(text + q, 3, "the") && text[q + 3] == ' ')
        q = skip_space(text, len, q + 3);
    if (q + 5 < len && word_ci(text + q, 4, "year") && text[q + 4] == ' ')
        q = skip_space(text, len, q + 4);
    else
        return NO_DATE;
    if (read_year(text, len, q, &year)) {
        e = q + 4;
    } else if (!(year = year_words(text, len, q, &e))) {
        return NO_DATE;
    }
    if (day > days_in_month(year, month)) return NO_DATE;
    return set_date(out, year, month, day, s, e);
}

/* Day and year after a month: "24, 2012", "24th 2012", or a year alone for
 * month precision ("June 2009", "June, 2009"); a day alone when the flags
 * allow ("October 1"). */
static int month_first(const char *text, size_t len, size_t start, size_t pos,
                       int month, int flags, scm_date *out) {
    size_t p, q, day_end;
    int day, year;
    p = pos;
    if (p < len && text[p] == ',') p++;
    q = skip_space(text, len, p);
    if (q == p) return NO_DATE;
    if (read_year(text, len, q, &year))
        return set_date(out, year, month, 0, start, q + 4);
    if (p != pos) return NO_DATE; /* "October, 24" */
    p = q + read_day_digits(text, len, q, &day);
    if (p == q) return NO_DATE;
    p = skip_ordinal(text, len, p);
    if (p < len && is_alnum((unsigned char)text[p])) return NO_DATE;
    day_end = p;
    /* "October 15 (Fri.), 7571": the weekday in brackets before the year,
     * as Korean releases write it (session 31) */
    {
        size_t b = skip_space(text, len, p), e2 = b + 1;
        if (b < len && text[b] == '(') {
            while (e2 < len && is_alpha((unsigned char)text[e2])) e2++;
            if (weekday(text + b + 1, e2 - b - 1) && e2 < len) {
                if (text[e2] == '.') e2++;
                if (e2 < len && text[e2] == ')') p = e2 + 1;
            }
        }
    }
    if (p < len && text[p] == ',') p++;
    q = skip_space(text, len, p);
    if ((q == p && text[p - 1] != ',') || !read_year(text, len, q, &year))
        return yearless_day(text, len, start, day_end, start, month, day, flags,
                            out);
    if (day < 1 || day > days_in_month(year, month)) {
        out->span.start = (scm_off)start;
        out->span.stop = (scm_off)(q + 4);
        return DATE_INVALID;
    }
    return set_date(out, year, month, day, start, q + 4);
}

/* A month in Roman numerals at pos ("VI" of "13 VI 2031", as Central
 * European texts write a date), its end in *end; 0 when none. */
static int roman_month(const char *text, size_t len, size_t pos, size_t *end) {
    static const char *const months[] = {"I", "II", "III", "IV", "V", "VI",
                                         "VII", "VIII", "IX", "X", "XI", "XII"};
    size_t e = pos;
    while (e < len && (text[e] == 'I' || text[e] == 'V' || text[e] == 'X')) e++;
    if (e == pos || e - pos > 4 || (e < len && is_alnum((unsigned char)text[e])))
        return 0;
    for (int m = 0; m < 12; m++)
        if (strlen(months[m]) == e - pos && memcmp(text + pos, months[m], e - pos) == 0) {
            *end = e;
            return m + 1;
        }
    return 0;
}

/* "24 October 2012", "24th of October, 2012", "this 14th day of December
 * 2104" (a signing formula). */
static int day_first(const char *text, size_t len, size_t start, int flags,
                     scm_date *out) {
    size_t p, q, end, name, digits;
    int day, month, year, formula = 0;
    p = start + read_day_digits(text, len, start, &day);
    if (p == start) return NO_DATE;
    digits = p;
    p = skip_ordinal(text, len, p);
    q = skip_space(text, len, p);
    if (q == p) return NO_DATE;
    if (p > digits && q + 4 < len && memcmp(text + q, "day ", 4) == 0) {
        size_t r = skip_space(text, len, q + 4);
        if (r + 2 < len && text[r] == 'o' && text[r + 1] == 'f') {
            q = r; /* "day of" */
            formula = 1;
        }
    }
    if (q + 2 < len && text[q] == 'o' && text[q + 1] == 'f') {
        size_t r = skip_space(text, len, q + 2);
        if (r == q + 2) return NO_DATE;
        q = r;
    }
    name = q;
    month = read_month(text, len, q, flags, &end);
    /* "13 VI 2031": a Roman month, the year after it (session 24) */
    if (!month && !formula && p == digits && (month = roman_month(text, len, q, &end)) != 0) {
        size_t y = skip_space(text, len, end);
        if (y == end || !read_year(text, len, y, &year) ||
            (y + 4 < len && is_alnum((unsigned char)text[y + 4])))
            return NO_DATE;
        if (day < 1 || day > days_in_month(year, month)) return NO_DATE;
        return set_date(out, year, month, day, start, y + 4);
    }
    if (!month) return NO_DATE;
    p = end;
    if (p < len && text[p] == ',') p++;
    q = skip_space(text, len, p);
    /* the signing formula's "… day of June in the year 2096" */
    if (formula && q > p && q + 12 < len &&
        memcmp(text + q, "in the year ", 12) == 0 &&
        read_year(text, len, q + 12, &year))
        q += 12;
    if (q == p || !read_year(text, len, q, &year))
        return yearless_day(text, len, start, end, name, month, day, flags,
                            out);
    if (day < 1 || day > days_in_month(year, month)) {
        out->span.start = (scm_off)start;
        out->span.stop = (scm_off)(q + 4);
        return DATE_INVALID;
    }
    return set_date(out, year, month, day, start, q + 4);
}

/* "08.10.3848", "8.10.3848": the day, the month and the year set apart
 * by full stops, as European and Turkish texts write them (day first,
 * whatever the language; session 17).  Not a number of more parts
 * ("1.2.3848.5"). */
static int dotted(const char *text, size_t len, size_t start, scm_date *out) {
    size_t p = start, n;
    int day, month, year;
    /* (nor the tail of one: "paragraph 1.08.10.2012") */
    if (start > 1 && text[start - 1] == '.' && is_digit((unsigned char)text[start - 2]))
        return NO_DATE;
    n = read_day_digits(text, len, p, &day);
    if (n == 0 || p + n >= len || text[p + n] != '.') return NO_DATE;
    p += n + 1;
    n = read_day_digits(text, len, p, &month);
    if (n == 0 || p + n >= len || text[p + n] != '.' || month < 1 || month > 12)
        return NO_DATE;
    p += n + 1;
    if (!read_year(text, len, p, &year)) return NO_DATE;
    p += 4;
    if (p + 1 < len && text[p] == '.' && is_digit((unsigned char)text[p + 1]))
        return NO_DATE;
    if (day < 1 || day > days_in_month(year, month)) return NO_DATE;
    return set_date(out, year, month, day, start, p);
}

/* "2023. 10. 24.", "2023.10.24": the year, the month and the day each
 * closed by a full stop (the day's stop in the spaced form), as Korean, Chinese and Japanese releases date
 * themselves (session 25).  Both stops are needed and no digit may follow
 * the day ("2023.10.24.5" is a number). */
static int year_dotted(const char *text, size_t len, size_t start, scm_date *out) {
    size_t p = start + 4, n;
    int year, month, day, spaced = 0;
    if (!read_digits(text, len, start, 4, &year)) return NO_DATE;
    if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX) return NO_DATE;
    if (p >= len || text[p] != '.') return NO_DATE;
    p++;
    if (p < len && text[p] == ' ') p++, spaced = 1;
    n = read_day_digits(text, len, p, &month);
    if (n == 0 || month < 1 || month > 12) return NO_DATE;
    p += n;
    if (p >= len || text[p] != '.') return NO_DATE;
    p++;
    if (p < len && text[p] == ' ') p++;
    n = read_day_digits(text, len, p, &day);
    if (n == 0) return NO_DATE;
    p += n;
    /* (the spaced form closes the day with its stop: "2019. 5. 3
     * countries" is a sentence's end and a list) */
    if (spaced && p < len && text[p] != '.') return NO_DATE;
    if (p < len && (is_alnum((unsigned char)text[p]) ||
                    (text[p] == '.' && p + 1 < len && is_digit((unsigned char)text[p + 1]))))
        return NO_DATE;
    if (day < 1 || day > days_in_month(year, month)) return NO_DATE;
    return set_date(out, year, month, day, start, p);
}

/* "2012-10-24", "2012/10/24", "2012/1/5"; in a whole string also "2009-06".
 * Month-first and day-first slashes ("10/24/2012") are not read: which
 * number is the month is a guess. */
static int year_first(const char *text, size_t len, size_t start, int flags,
                      scm_date *out) {
    size_t p, n;
    int year, month, day;
    char sep;
    if (!read_digits(text, len, start, 4, &year)) return NO_DATE;
    if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX) return NO_DATE;
    p = start + 4;
    if (p >= len || (text[p] != '-' && text[p] != '/')) return NO_DATE;
    sep = text[p++];
    n = read_day_digits(text, len, p, &month);
    if (n == 0 || (sep == '-' && n != 2) || month < 1 || month > 12)
        return NO_DATE;
    p += n;
    if ((flags & MATCH_PARSE) && sep == '-' && p == len)
        return set_date(out, year, month, 0, start, p);
    if (p >= len || text[p] != sep) return NO_DATE;
    p++;
    n = read_day_digits(text, len, p, &day);
    if (n == 0 || (sep == '-' && n != 2)) return NO_DATE;
    p += n;
    if (p < len && is_alpha((unsigned char)text[p]) &&
        !(text[p] == 'T' && p + 1 < len &&
          is_digit((unsigned char)text[p + 1])))
        return NO_DATE;
    if (p < len && text[p] == sep) return NO_DATE; /* "2012/10/24/5" */
    if (day < 1 || day > days_in_month(year, month)) {
        out->span.start = (scm_off)start;
        out->span.stop = (scm_off)p;
        return DATE_INVALID;
    }
    return set_date(out, year, month, day, start, p);
}

/* Words after which a number names a document, not a year: "resolution
 * 2094", "UNSCRs 1718, 1874 and 2094", "No. 2013" (capitalised and with its
 * period, so that "no 2013 meeting" stays a year). */
static int reference_word(const char *w, size_t n, int period) {
    static const char *const words[] = {"resolution", "resolutions", "unscr",
                                        "unscrs"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && lower_equal(w, n, words[i])) return 1;
    if (period && is_upper((unsigned char)w[0]) &&
        ((n == 2 && lower_equal(w, 2, "no")) ||
         (n == 3 && lower_equal(w, 3, "nos"))))
        return 1;
    return 0;
}

/* Walk back over a list of numbers ("1718, 1874 and") to the word that
 * introduces it.  Bounded: a few list items at most. */
static int after_reference_word(const char *text, size_t pos) {
    const unsigned char *t = (const unsigned char *)text;
    for (int items = 0; items < 16; items++) {
        size_t end, begin;
        int period = 0;
        /* "resolutions 1718 (2006), 2270 (2016) and 2397": the years of
         * adoption in brackets are dates, the numbers after them are the
         * list's (session 16) */
        if (items == 0 && pos > 0 && t[pos - 1] == '(') return 0;
        while (pos > 0 &&
               (t[pos - 1] == ' ' || t[pos - 1] == ',' || t[pos - 1] == '.' ||
                (items > 0 && (t[pos - 1] == '(' || t[pos - 1] == ')')) ||
                (items == 0 && t[pos - 1] == ')' && pos > 1 && is_digit(t[pos - 2])))) {
            period |= t[pos - 1] == '.';
            pos--;
        }
        end = pos;
        while (pos > 0 && is_alnum(t[pos - 1]))
            pos--;
        begin = pos;
        if (begin == end) return 0;
        if (is_digit(t[begin])) continue; /* another number in the list */
        if ((end - begin == 3 && lower_equal(text + begin, 3, "and")) ||
            (end - begin == 2 && lower_equal(text + begin, 2, "or")))
            continue;
        return reference_word(text + begin, end - begin, period);
    }
    return 0;
}

/* "2013" standing alone: 1900-2099, not part of a longer number ("1,2013",
 * "2013.5"), a sum ("$2013"), a path or a fraction ("/2013/", "2012/13") or
 * a document number ("resolution 2094"). */
static int bare_year(const char *text, size_t len, size_t start, int flags,
                     scm_date *out) {
    const unsigned char *t = (const unsigned char *)text;
    size_t p = start + 4;
    int year;
    if (!read_digits(text, len, start, 4, &year)) return NO_DATE;
    if (flags & MATCH_PARSE) {
        if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX) return NO_DATE;
        return set_date(out, year, 0, 0, start, p);
    }
    if (flags & MATCH_ALL_YEARS) {
        if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX) return NO_DATE;
    } else if (year < BARE_YEAR_MIN || year > BARE_YEAR_MAX)
        return NO_DATE;
    if (p < len && (is_alpha(t[p]) || t[p] == '%')) return NO_DATE;
    if (p + 1 < len && (t[p] == '.' || t[p] == ',') && is_digit(t[p + 1]))
        return NO_DATE;
    /* "Strategic Plan 2111/12–2114/15": the second end of a span whose
     * first end was no date is none either */
    if (start >= 2 && t[start - 1] == '-' && is_digit(t[start - 2])) return NO_DATE;
    if (start >= 4 && t[start - 1] == 0x93 && t[start - 2] == 0x80 &&
        t[start - 3] == 0xE2 && is_digit(t[start - 4]))
        return NO_DATE;
    if (p < len && t[p] == '/') {
        /* a URL path ("/2012/13/"), but a financial year "2940/41" or
         * "2940/2941" (the next year after the slash) stands */
        size_t q = p + 1, nd = 0;
        int next = 0;
        while (q < len && is_digit(t[q]) && nd < 5) next = next * 10 + (t[q++] - '0'), nd++;
        if (!((nd == 2 && next == (year + 1) % 100) || (nd == 4 && next == year + 1)) ||
            (q < len && (is_alnum(t[q]) || t[q] == '/')))
            return NO_DATE;
    }
    if (start > 0 &&
        (t[start - 1] == '$' || t[start - 1] == '#' || t[start - 1] == '/'))
        return NO_DATE;
    if (start > 1 && (t[start - 1] == '.' || t[start - 1] == ',') &&
        is_digit(t[start - 2]))
        return NO_DATE;
    if (after_reference_word(text, start)) return NO_DATE;
    return set_date(out, year, 0, 0, start, p);
}

/* "12/03/2031", "3/12/2031": a day, a month and a year set apart by
 * slashes, as a header's dateline may give its date (SCM_DATE_FIND_SLASHED;
 * session 33).  Which number is the month is a guess: the day first, as
 * most of the world writes it, unless the second number cannot be a
 * month ("10/24/2031", the United States' order). */
static int slashed(const char *text, size_t len, size_t start, scm_date *out) {
    size_t p = start, n;
    int a, b, year, day, month;
    /* (a word of its own: not the tail of a file number, "600-1/3/7317") */
    if (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' && text[start - 1] != '\n')
        return NO_DATE;
    n = read_day_digits(text, len, p, &a);
    if (n == 0 || p + n >= len || text[p + n] != '/') return NO_DATE;
    p += n + 1;
    n = read_day_digits(text, len, p, &b);
    if (n == 0 || p + n >= len || text[p + n] != '/') return NO_DATE;
    p += n + 1;
    if (!read_year(text, len, p, &year)) return NO_DATE;
    p += 4;
    if (p < len && (is_alnum((unsigned char)text[p]) || text[p] == '/')) return NO_DATE;
    if (b <= 12) day = a, month = b;
    else day = b, month = a;
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return NO_DATE;
    return set_date(out, year, month, day, start, p);
}

/* Read a date starting exactly at `pos`, which starts a word. */
static int match_at(const char *text, size_t len, size_t pos, int flags,
                    scm_date *out) {
    unsigned char c = (unsigned char)text[pos];
    int r;
    if (is_digit(c)) {
        r = year_first(text, len, pos, flags, out);
        if (r != NO_DATE) return r;
        r = year_dotted(text, len, pos, out);
        if (r != NO_DATE) return r;
        r = dotted(text, len, pos, out);
        if (r != NO_DATE) return r;
        r = day_first(text, len, pos, flags, out);
        if (r != NO_DATE) return r;
        if (flags & MATCH_SLASHED) {
            r = slashed(text, len, pos, out);
            if (r != NO_DATE) return r;
        }
        if (flags & MATCH_YEARS) return bare_year(text, len, pos, flags, out);
        return NO_DATE;
    }
    if (is_alpha(c)) {
        size_t end;
        int month = read_month(text, len, pos, flags, &end);
        if (month && formula_in_words(text, len, pos, end, month, out) == DATE_FOUND)
            return DATE_FOUND;
        if (month) return month_first(text, len, pos, end, month, flags, out);
    }
    return NO_DATE;
}

static int is_space_byte(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

int scm_date_parse(const char *s, size_t len, scm_date *out) {
    scm_date d;
    size_t start = 0, stop = len, p;
    if (!s) return 0;
    while (start < stop && is_space_byte((unsigned char)s[start]))
        start++;
    while (stop > start && is_space_byte((unsigned char)s[stop - 1]))
        stop--;
    if (stop > start && s[stop - 1] == '.') {
        /* the sentence's period, unless it is an abbreviation's ("Oct.")
         * -- no date ends with a month, so it is always the sentence's */
        stop--;
        while (stop > start && is_space_byte((unsigned char)s[stop - 1]))
            stop--;
    }
    if (start == stop) return 0;
    /* "Wednesday, October 24, 2012": the date is what follows the weekday */
    p = start;
    while (p < stop && is_alpha((unsigned char)s[p]))
        p++;
    if (p > start && weekday(s + start, p - start)) {
        if (p < stop && s[p] == '.') p++;
        if (p < stop && s[p] == ',') p++;
        p = skip_space(s, stop, p);
        if (p == stop) return 0;
        start = p;
    }
    memset(&d, 0, sizeof d);
    if (match_at(s, stop, start, MATCH_ANYCASE | MATCH_YEARS | MATCH_PARSE,
                 &d) != DATE_FOUND ||
        d.span.stop != stop)
        return 0;
    if (out) *out = d;
    return 1;
}

/* The public SCM_DATE_FIND_* flags as match_at's. */
static int find_flags(int flags) {
    int m = 0;
    if (flags & SCM_DATE_FIND_YEARS) {
        m |= MATCH_YEARS;
        if (flags & SCM_DATE_FIND_ALL_YEARS) m |= MATCH_ALL_YEARS;
    }
    if (flags & SCM_DATE_FIND_NO_YEAR) m |= MATCH_NO_YEAR;
    if (flags & SCM_DATE_FIND_SLASHED) m |= MATCH_SLASHED;
    return m;
}

int scm_date_at(const char *text, size_t len, size_t pos, int flags,
                scm_date *out) {
    scm_date d;
    if (!text || pos >= len || !date_initial((unsigned char)text[pos]) ||
        word_before(text, pos))
        return 0;
    if (match_at(text, len, pos, find_flags(flags), &d) != DATE_FOUND) return 0;
    if (out) *out = d;
    return 1;
}

int scm_date_find(const char *text, size_t len, size_t from, int flags,
                  scm_date *out) {
    const unsigned char *t = (const unsigned char *)text;
    int match = find_flags(flags);
    size_t pos = from;
    scm_date d;
    if (!text) return 0;
    while (pos < len) {
        int r;
        pos = next_initial(t, pos, len);
        if (pos >= len) break;
        if (word_before(text, pos)) {
            pos++;
            continue;
        }
        r = match_at(text, len, pos, match, &d);
        if (r == DATE_FOUND) {
            if (out) *out = d;
            return 1;
        }
        if (r == DATE_INVALID) {
            pos = d.span.stop;
            continue;
        }
        /* skip the rest of this word or number: it cannot start a date */
        pos++;
        while (pos < len && is_alnum(t[pos]))
            pos++;
    }
    return 0;
}

int scm_date_iso(const scm_date *d, char buf[11]) {
    int n = 0;
    unsigned year, month, day;
    if (!d || d->precision == SCM_DATE_NONE || d->year < 0 || d->year > 9999) {
        buf[0] = '\0';
        return 0;
    }
    year = (unsigned)d->year;
    buf[n++] = (char)('0' + year / 1000);
    buf[n++] = (char)('0' + year / 100 % 10);
    buf[n++] = (char)('0' + year / 10 % 10);
    buf[n++] = (char)('0' + year % 10);
    if (d->precision >= SCM_DATE_MONTH && d->month >= 1 && d->month <= 12) {
        month = (unsigned)d->month;
        buf[n++] = '-';
        buf[n++] = (char)('0' + month / 10);
        buf[n++] = (char)('0' + month % 10);
        if (d->precision == SCM_DATE_DAY && d->day >= 1 && d->day <= 31) {
            day = (unsigned)d->day;
            buf[n++] = '-';
            buf[n++] = (char)('0' + day / 10);
            buf[n++] = (char)('0' + day % 10);
        }
    }
    buf[n] = '\0';
    return n;
}
