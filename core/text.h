/* text.h -- normalisation: raw bytes in, clean paragraphs out.
 *
 * Communiqués arrive as text pulled out of PDFs and web pages.  This stage
 * checks the encoding, reads YAML front matter, detects the layout (blank
 * line after every line, hard-wrapped with blank lines between paragraphs,
 * one paragraph per line, pdftotext output with no blank lines, Markdown
 * markers), rebuilds paragraphs, joins words split at a line end and drops
 * page furniture.  The result is one normalised text (paragraphs separated
 * by "\n\n"), the list of paragraphs as spans into it, and a map from every
 * normalised byte back to the raw byte it came from. */
#ifndef SCM_TEXT_H
#define SCM_TEXT_H

#include "lexicon.h"
#include "types.h"
#include "vec.h"

typedef enum scm_para_kind {
    SCM_PARA_BODY = 0,
    SCM_PARA_HEADER,  /* title, meeting, place and date lines at the top */
    SCM_PARA_HEADING  /* a section heading inside the body */
} scm_para_kind;

typedef struct scm_paragraph {
    scm_span span;    /* into the normalised text */
    uint8_t kind;     /* scm_para_kind */
    uint8_t label;    /* bytes of a list label ("1. ", "- ", "• ") at the
                         start of the span; sentences begin after it */
} scm_paragraph;

/* One run of the offset map: normalised bytes [norm, next run's norm) came
 * from raw bytes starting at `raw`.  When `copied` is 1 the bytes were
 * copied one for one (raw advances with norm); when 0 they were made up or
 * replaced (a space for a line break, ' ' for a no-break space) and all map
 * to `raw`. */
typedef struct scm_map_run {
    scm_off norm, raw;
    uint32_t copied;
} scm_map_run;

typedef enum scm_layout {
    SCM_LAYOUT_UNKNOWN = 0,
    SCM_LAYOUT_SPACED,     /* PDF extraction: a blank line after every line */
    SCM_LAYOUT_WRAPPED,    /* hard-wrapped, blank lines between paragraphs */
    SCM_LAYOUT_LINES,      /* one paragraph per line */
    SCM_LAYOUT_UNBROKEN    /* hard-wrapped, no blank lines (pdftotext) */
} scm_layout;

typedef enum scm_encoding {
    SCM_ENC_UTF8 = 0,    /* strict: invalid UTF-8 is an error */
    SCM_ENC_AUTO,        /* UTF-8, else transcode from Windows-1252 */
    SCM_ENC_CP1252       /* always transcode from Windows-1252 */
} scm_encoding;

typedef struct scm_text_opts {
    scm_encoding encoding;
} scm_text_opts;

/* key/value pairs of the YAML front matter (scalars only, UTF-8). */
typedef struct scm_meta {
    char *key, *value;
} scm_meta;

typedef struct scm_text {
    /* The input as UTF-8: points at the caller's bytes, or at `raw_owned`
     * when the input was transcoded.  Raw offsets refer to these bytes. */
    const char *raw;
    size_t raw_len;
    char *raw_owned;

    char *text; /* normalised, NUL-terminated */
    size_t len;

    SCM_VEC(scm_map_run) map;
    SCM_VEC(scm_paragraph) paragraphs;
    SCM_VEC(scm_meta) meta;
    SCM_VEC(char *) warnings; /* malloc'd messages: repairs made */

    scm_layout layout;
    unsigned markdown : 1;  /* Markdown markers were found and removed */
} scm_text;

/* Normalise `len` bytes at `raw` (which must outlive `out`).  On error,
 * returns -1 with `err` naming the byte ("NUL byte at byte 12 (line 1,
 * column 13)", "invalid UTF-8 at byte 1234 ...", "empty input"), and `out`
 * holds nothing to free. */
int scm_text_normalise(const char *raw, size_t len, const scm_text_opts *opts,
                       const scm_lexicon *lex, scm_text *out, scm_error *err);

void scm_text_free(scm_text *t);

/* Raw byte offset of normalised offset `norm` (0 <= norm <= len). */
size_t scm_text_raw_offset(const scm_text *t, size_t norm);

/* Value of a front-matter key, or NULL. */
const char *scm_text_meta(const scm_text *t, const char *key);

const char *scm_layout_name(scm_layout layout);

/* The length of a web release's posting label opening s[0..n) ("Posted
 * On:", "Published:"), else 0: the line holds the date it was posted, no
 * place or short form. */
size_t scm_text_posting_label(const char *s, size_t n);

/* s[0..n) reads as a header line rather than a sentence (a letterhead
 * the layout joined into a body paragraph, a kind, a headline): at most
 * 200 bytes and no full stop, colon or semicolon at its end. */
int scm_text_header_like(const char *s, size_t n);

/* s[0..n) reads as a news headline: a finite verb of a release's
 * headline ("Holds", "discuss", "Receives", "visits", "held") after its
 * first word.  Read by the layout (a headline over its dateline), the
 * title and the kind. */
int scm_text_headline_verb(const char *s, size_t n);

/* s[0..n) opens with an issuing office's name ("Ministry of …", "Embassy
 * of …", "Office of …"): a letterhead, read by the layout (a title block
 * under it) and the title. */
int scm_text_issuer_opening(const char *s, size_t n);

#endif
