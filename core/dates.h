/* dates.h -- calendar dates written the ways communiqués write them.
 *
 * "October 24, 2012", "24 October 2012", "Oct. 24, 2012", "2012-10-24",
 * "08.10.2012", "June 2009", "2013" (and, when asked, "12/03/2012"): each with its precision.  The header stage uses it
 * for doc.date; the extraction stage for every date in the text. */
#ifndef SCM_DATES_H
#define SCM_DATES_H

#include "types.h"

typedef enum scm_date_precision {
    SCM_DATE_NONE = 0,
    SCM_DATE_YEAR,
    SCM_DATE_MONTH,
    SCM_DATE_DAY
} scm_date_precision;

typedef struct scm_date {
    int year, month, day; /* month and day 0 when below the precision;
                             year 0 for a day written without one
                             (SCM_DATE_FIND_NO_YEAR) */
    scm_date_precision precision;
    scm_span span; /* where it stands in the text searched */
} scm_date;

/* Parse a string that is exactly one date (surrounding white space and a
 * trailing period allowed).  1 on success, 0 if it is not a date. */
int scm_date_parse(const char *s, size_t len, scm_date *out);

/* What scm_date_find looks for besides full dates (day or month
 * precision with a year), which flags 0 asks for alone. */
enum {
    SCM_DATE_FIND_YEARS = 1,     /* a bare year, 1900-2099 */
    SCM_DATE_FIND_ALL_YEARS = 2, /* with YEARS: any year 1000-2999, for a
                                    caller that judges the context ("in
                                    1585", "by 2100") */
    SCM_DATE_FIND_NO_YEAR = 4,   /* a day without a year ("October 1", "22
                                    October"), year 0; the month capitalised,
                                    not in capitals */
    SCM_DATE_FIND_SLASHED = 8    /* "12/03/2031": day, month and year set
                                    apart by slashes, day first unless the
                                    second number cannot be a month; for a
                                    header's dateline only */
};

/* Find the first date in text[from..len) as `flags` allow.  1 and `out`
 * filled, or 0. */
int scm_date_find(const char *text, size_t len, size_t from, int flags,
                  scm_date *out);

/* The date that starts exactly at `pos` (which must start a word), as
 * `flags` allow: 1 and `out` filled, or 0.  For reading the second end of
 * a range without scanning on. */
int scm_date_at(const char *text, size_t len, size_t pos, int flags,
                scm_date *out);

/* ISO 8601 form at the date's precision: "2012-10-24", "2009-06", "2013".
 * Writes at most 11 bytes including the NUL; returns the length. */
int scm_date_iso(const scm_date *d, char buf[11]);

/* Move a valid calendar day by delta days (across months and years):
 * "yesterday" and "tomorrow" of a document's date. */
void scm_date_add_days(int *year, int *month, int *day, int delta);

/* Days in a month of a year (proleptic Gregorian): "the last day of
 * February". */
int scm_date_days_in_month(int year, int month);

/* The day of the week of a calendar day (proleptic Gregorian), 0 for
 * Monday to 6 for Sunday: the ISO weeks of "last week", "this weekend". */
int scm_date_weekday(int year, int month, int day);

/* Month number from an English month name or abbreviation ("Oct",
 * "October", "Sept"), ASCII case-insensitive; 0 if none. */
int scm_date_month(const char *s, size_t len);

/* Are a and b, ASCII case ignored, the first two letters of a month's
 * name ("ja", "fe", "ma", "ap", "ju", "au", "se", "oc", "no", "de")?
 * Inline, with scm_date_month_possible: the finder stops at every capital
 * A D F J M N O S and the extractor asks about every capitalised word,
 * and the first two letters rule out most of them without a call. */
static inline int scm_date_month_prefix(unsigned char a, unsigned char b) {
    unsigned pair = (unsigned)(a | 0x20) << 8 | (unsigned)(b | 0x20);
    switch (pair) {
    case 'j' << 8 | 'a': case 'f' << 8 | 'e': case 'm' << 8 | 'a':
    case 'a' << 8 | 'p': case 'j' << 8 | 'u': case 'a' << 8 | 'u':
    case 's' << 8 | 'e': case 'o' << 8 | 'c': case 'n' << 8 | 'o':
    case 'd' << 8 | 'e':
        return 1;
    }
    return 0;
}

/* 0 when s[0..len) cannot be a name scm_date_month knows: the length is
 * not 3-9 or the first two letters begin no month's name. */
static inline int scm_date_month_possible(const char *s, size_t len) {
    return len >= 3 && len <= 9 &&
           scm_date_month_prefix((unsigned char)s[0], (unsigned char)s[1]);
}

#endif
