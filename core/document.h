/* document.h -- one parsed communiqué: every stage's output in one place.
 *
 * scm_doc_parse runs normalise and segment (sentences at once, tokens on
 * first use) and reads the header facts that need no extraction stage:
 * title and date.  A document owns all its memory except the raw bytes,
 * which the caller keeps alive (the Lua binding holds the Lua string). */
#ifndef SCM_DOCUMENT_H
#define SCM_DOCUMENT_H

#include "dates.h"
#include "lexicon.h"
#include "segment.h"
#include "text.h"
#include "types.h"

typedef struct scm_doc {
    scm_text text;
    scm_sentence_vec sentences;
    scm_token_vec tokens;
    int tokens_ready;

    char *title;          /* NULL when none found */
    scm_date date;        /* precision NONE when none found */
    char date_iso[11];

    /* raw line starts, built on first raw_position call */
    SCM_VEC(scm_off) lines;
} scm_doc;

typedef struct scm_parse_opts {
    scm_text_opts text;
} scm_parse_opts;

/* Parse into `doc` (zeroed by the caller).  0, or -1 with `err` set and
 * `doc` emptied. */
int scm_doc_parse(scm_doc *doc, const char *raw, size_t len,
                  const scm_parse_opts *opts, const scm_lexicon *lex,
                  scm_error *err);

/* Tokenise on first use; 0 or -1 (out of memory). */
int scm_doc_tokens(scm_doc *doc, scm_error *err);

void scm_doc_free(scm_doc *doc);

/* Raw line and column (1-based; the column counts UTF-8 characters) and the
 * raw byte offset (0-based) of normalised offset `norm`. 0 or -1 (memory). */
int scm_doc_raw_position(scm_doc *doc, size_t norm, size_t *line,
                         size_t *column, size_t *raw_byte);

/* Index of the sentence holding normalised offset `off`, or -1. */
long scm_doc_sentence_at(const scm_doc *doc, size_t off);
/* Index of the paragraph holding normalised offset `off`, or -1. */
long scm_doc_paragraph_at(const scm_doc *doc, size_t off);

/* A closing sentence that says where and when the text was made, "This
 * Joint Communiqué was signed in New Delhi on 9 July 2031": the offset
 * in s[0..n) right after "was signed in " (or "at", "done", "adopted",
 * "issued"), where the place begins; 0 when s opens no such sentence. */
size_t scm_signed_clause(const char *s, size_t n);
/* The first of the text's closing paragraphs where a signing formula may
 * stand: `keep` paragraphs before the signature block's short lines at
 * its end ("Pema Wangchen", "Ambassador"), which are in the window too. */
size_t scm_closing_from(const scm_text *t, size_t keep);
/* s[0..n) is a joint release's kind alone, blanks around it aside:
 * "JOINT PRESS RELEASE", "Joint Media Release", "joint news release". */
int scm_joint_release_kind(const char *s, size_t n);

#endif
