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
    int year, month, day;   /* month and day 0 when below the precision */
    scm_date_precision precision;
    scm_span span;          /* where it stands in the text searched */
} scm_date;

/* Parse a string that is exactly one date (surrounding white space and a
 * trailing period allowed).  1 on success, 0 if it is not a date. */
int scm_date_parse(const char *s, size_t len, scm_date *out);

/* Find the first full date (day or month precision, or a bare year when
 * `years` is set) in text[from..len).  1 and `out` filled, or 0. */
int scm_date_find(const char *text, size_t len, size_t from, int years,
                  scm_date *out);

/* ISO 8601 form at the date's precision: "2012-10-24", "2009-06", "2013".
 * Writes at most 11 bytes including the NUL; returns the length. */
int scm_date_iso(const scm_date *d, char buf[11]);

/* Month number from an English month name or abbreviation ("Oct",
 * "October", "Sept"), ASCII case-insensitive; 0 if none. */
int scm_date_month(const char *s, size_t len);

#endif
