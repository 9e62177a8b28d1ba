/* dates.h -- calendar dates written the ways communiqués write them.
 *
 * "October 24, 2012", "24 October 2012", "Oct. 24, 2012", "2012-10-24",
 * "June 2009", "2013": each with its precision.  The header stage uses it
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
    SCM_DATE_FIND_NO_YEAR = 4    /* a day without a year ("October 1", "22
                                    October"), year 0; the month capitalised,
                                    not in capitals */
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

/* Month number from an English month name or abbreviation ("Oct",
 * "October", "Sept"), ASCII case-insensitive; 0 if none. */
int scm_date_month(const char *s, size_t len);

#endif
