/* fuzz_common.h -- shared by the libFuzzer harnesses of tests/fuzz/.
 *
 * Every harness takes the fuzzer's bytes as outside input to one C entry
 * point of the core, exactly as a PDF converter or a scraper would hand
 * them over, and checks the invariants the rest of scm relies on (spans
 * inside the text, sorted, offsets mapping back into the raw bytes).  An
 * invariant that fails aborts, so libFuzzer records the input. */
#ifndef SCM_FUZZ_COMMON_H
#define SCM_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/document.h"
#include "../../core/extract/extract.h"
#include "../../core/lexicon.h"

#define FUZZ_CHECK(cond)                                                      \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__,        \
                    __LINE__, #cond);                                         \
            abort();                                                          \
        }                                                                     \
    } while (0)

/* One lexicon for the process: the Lua binding also builds it once. */
static const scm_lexicon *fuzz_lexicon(void) {
    static scm_lexicon *lex;
    if (!lex) {
        lex = scm_lexicon_new();
        FUZZ_CHECK(lex != NULL);
    }
    return lex;
}

static void fuzz_check_span(const scm_doc *doc, scm_span s) {
    FUZZ_CHECK(s.start <= s.stop);
    FUZZ_CHECK(s.stop <= doc->text.len);
}

/* The invariants of a parsed document. */
static void fuzz_check_doc(scm_doc *doc) {
    size_t i, line, col, raw;
    const scm_text *t = &doc->text;
    FUZZ_CHECK(t->text != NULL);
    FUZZ_CHECK(t->text[t->len] == '\0');
    for (i = 0; i < t->paragraphs.len; i++) {
        fuzz_check_span(doc, t->paragraphs.items[i].span);
        if (i) FUZZ_CHECK(t->paragraphs.items[i].span.start >=
                          t->paragraphs.items[i - 1].span.stop);
    }
    for (i = 0; i < doc->sentences.len; i++) {
        fuzz_check_span(doc, doc->sentences.items[i].span);
        FUZZ_CHECK(doc->sentences.items[i].paragraph < t->paragraphs.len);
    }
    for (i = 0; i < doc->tokens.len; i++) {
        FUZZ_CHECK((size_t)doc->tokens.items[i].start +
                       doc->tokens.items[i].len <= t->len);
    }
    for (i = 0; i <= t->len; i += 1 + t->len / 16) {
        FUZZ_CHECK(scm_text_raw_offset(t, i) <= t->raw_len);
        if (scm_doc_raw_position(doc, i, &line, &col, &raw) == 0) {
            FUZZ_CHECK(raw <= t->raw_len);
            FUZZ_CHECK(line >= 1 && col >= 1);
        }
        (void)scm_doc_sentence_at(doc, i);
        (void)scm_doc_paragraph_at(doc, i);
    }
    FUZZ_CHECK(scm_text_raw_offset(t, t->len) <= t->raw_len);
}

static void fuzz_check_extract(scm_doc *doc, const scm_extract *x) {
    size_t i, j;
    for (i = 0; i < x->people.len; i++)
        for (j = 0; j < x->people.items[i].mentions.len; j++)
            fuzz_check_span(doc, x->people.items[i].mentions.items[j]);
    for (i = 0; i < x->acts.len; i++) {
        const scm_act *a = &x->acts.items[i];
        FUZZ_CHECK(a->sentence < doc->sentences.len);
        fuzz_check_span(doc, a->subject);
        fuzz_check_span(doc, a->verb);
        fuzz_check_span(doc, a->clause);
        FUZZ_CHECK(a->persons.len == a->actors.len);
        for (j = 0; j < a->persons.len; j++)
            FUZZ_CHECK(a->persons.items[j] < (int32_t)x->people.len);
    }
    for (i = 0; i < x->acronyms.len; i++) {
        FUZZ_CHECK(x->acronyms.items[i].short_form != NULL);
        if (x->acronyms.items[i].defined)
            fuzz_check_span(doc, x->acronyms.items[i].definition);
        for (j = 0; j < x->acronyms.items[i].mentions.len; j++)
            fuzz_check_span(doc, x->acronyms.items[i].mentions.items[j]);
    }
    for (i = 0; i < x->dates.len; i++) {
        fuzz_check_span(doc, x->dates.items[i].span);
        FUZZ_CHECK(memchr(x->dates.items[i].iso, 0,
                          sizeof x->dates.items[i].iso) != NULL);
    }
    for (i = 0; i < x->references.len; i++)
        fuzz_check_span(doc, x->references.items[i].span);
}

/* The encoding option from the first byte, so every harness reaches the
 * Windows-1252 path too; the rest is the document. */
static scm_parse_opts fuzz_opts(const uint8_t **data, size_t *size) {
    scm_parse_opts o;
    memset(&o, 0, sizeof o);
    if (*size > 0) {
        o.text.encoding = (scm_encoding)((*data)[0] % 3);
        (*data)++;
        (*size)--;
    }
    return o;
}

#endif
