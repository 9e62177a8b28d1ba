/* frontmatter.h -- YAML front matter at the top of a document.
 *
 * Web pages converted to Markdown carry their metadata in a block that
 * opens with a "---" line at the very start and closes with a "---" (or
 * "...") line.  Its top-level scalar keys go to t->meta; the block is not
 * body text.  Part of the normalisation stage (text.c). */
#ifndef SCM_FRONTMATTER_H
#define SCM_FRONTMATTER_H

#include "text.h"
#include "types.h"

/* Look for front matter at raw[start..len).  *body receives the offset of
 * the first byte after it, or `start` when there is none, when it is not
 * closed, or when it is not valid YAML (those two push a warning: the block
 * is then read as body text).  Returns 0, or -1 only when out of memory. */
int scm_frontmatter_read(const char *raw, size_t len, size_t start,
                         scm_text *t, size_t *body, scm_error *err);

#endif
