/* source.h -- source adapters: a PDF's layout or an HTML page in, the
 * intermediate text the normaliser reads out, with a map back to the page.
 *
 * The normaliser (text.c) is the one place that decides paragraphs,
 * sentences and kinds; an adapter only writes what the page's own
 * structure says, in the form the normaliser reads without guessing:
 *
 *   ---                       YAML front matter: source, pages, title, date
 *   source: pdf
 *   ---
 *   Joint Communique          one paragraph a line, two empty lines between
 *                             paragraphs (so the layout is always "lines")
 *
 *   ## Regional Security      a heading (Markdown)
 *
 *   1. complete the ...       a list item keeps its label
 *
 * Markdown-significant characters of the text (\ * _ < #) are written
 * escaped ("\*"), which is itself Markdown evidence: with the front matter
 * it puts the normaliser in Markdown mode whenever an escape or a heading
 * is present, and nothing needs escaping otherwise.
 *
 * Anchors map intermediate-text offsets back to the source: for a PDF the
 * page, the line on the page and the word's box (PDF points, origin top
 * left, as pdftotext reports them); for HTML the source line and the
 * element's path.  Poppler is never linked: the PDF adapter reads the
 * XHTML that `pdftotext -bbox-layout` writes. */
#ifndef SCM_SOURCE_H
#define SCM_SOURCE_H

#include "lexicon.h"
#include "types.h"
#include "vec.h"

typedef enum scm_source_kind {
    SCM_SOURCE_TEXT = 0,
    SCM_SOURCE_PDF,
    SCM_SOURCE_HTML
} scm_source_kind;

/* One anchor: intermediate bytes [off, next anchor's off) came from here. */
typedef struct scm_source_anchor {
    scm_off off;
    uint32_t page;          /* PDF: 1-based page; HTML: 0 */
    uint32_t line;          /* PDF: line on the page (1-based, reading
                               order, running header included); HTML:
                               source line of the element */
    uint32_t path;          /* HTML: 1-based index into `paths`; else 0 */
    float x0, y0, x1, y1;   /* PDF: the word's box; else 0 */
} scm_source_anchor;

/* Why a conversion failed (the Lua side turns these into codes). */
typedef enum scm_source_fail {
    SCM_SOURCE_OK = 0,
    SCM_SOURCE_BROKEN,   /* unreadable input */
    SCM_SOURCE_NO_TEXT,  /* pages but no words: a scan */
    SCM_SOURCE_EMPTY,    /* no content found */
    SCM_SOURCE_NOMEM
} scm_source_fail;

typedef struct scm_source {
    scm_source_kind kind;
    scm_buf text;                        /* intermediate text */
    SCM_VEC(scm_source_anchor) anchors;  /* sorted by off */
    SCM_VEC(char *) paths;               /* HTML element paths */
    uint32_t pages;                      /* PDF page count */
    uint32_t dropped;                    /* PDF: furniture lines dropped */
    uint32_t columns;                    /* PDF: pages read as two columns */
    char *title, *date;                  /* what the source itself says */
    scm_source_fail fail;
} scm_source;

/* The PDF adapter: `xhtml` is pdftotext -bbox-layout output.  `lex` gives
 * the compound prefixes for line-end hyphens (may be NULL).  0, or -1 with
 * `err` and out->fail set; `out` (zeroed by the caller) is freed either
 * way by scm_source_free. */
int scm_source_pdf(const char *xhtml, size_t len, const scm_lexicon *lex,
                   scm_source *out, scm_error *err);

/* The HTML adapter: finds the main content of a page and writes its
 * headings, paragraphs and list items.  `encoding` overrides the page's
 * declared charset (NULL: the page's <meta charset>, else UTF-8). */
int scm_source_html(const char *html, size_t len, const char *encoding,
                    scm_source *out, scm_error *err);

void scm_source_free(scm_source *s);

/* The anchor covering intermediate offset `off`, or NULL. */
const scm_source_anchor *scm_source_locate(const scm_source *s, size_t off);

/* ---- the intermediate-text writer, shared by the adapters ------------- */

typedef struct scm_source_writer {
    scm_source *src;
    scm_buf body;
    SCM_VEC(scm_source_anchor) anchors; /* offsets into body */
    size_t para_start;  /* body offset where the open paragraph's text
                           begins, or SIZE_MAX when none is open */
    size_t para_sep;    /* body length before the open paragraph */
    int space;          /* a space is owed before the next text */
    int failed;
} scm_source_writer;

enum { SCM_SRC_PARA = 0, SCM_SRC_HEADING, SCM_SRC_ITEM };

void scm_source_writer_init(scm_source_writer *w, scm_source *src);
/* Open a paragraph of `kind`; an ITEM is written with `label` ("1.", "-"),
 * a HEADING at Markdown `level` (1-6). */
void scm_source_para(scm_source_writer *w, int kind, int level,
                     const char *label);
/* Append text to the open paragraph: white space (and U+00A0) runs become
 * one space, control characters go, Markdown characters are escaped.
 * `anchor` (may be NULL) is recorded at the first byte written. */
void scm_source_text(scm_source_writer *w, const char *s, size_t n,
                     const scm_source_anchor *anchor);
/* Owe a space (a word boundary) before the next text. */
void scm_source_space(scm_source_writer *w);
/* Close the paragraph; an empty one leaves nothing behind. */
void scm_source_end(scm_source_writer *w);
/* Put front matter (source, pages, title, date) and body together into
 * src->text and src->anchors.  0, or -1 out of memory. */
int scm_source_finish(scm_source_writer *w, scm_error *err);
void scm_source_writer_free(scm_source_writer *w);

#endif
