/* segment.h -- sentences and tokens inside the normalised paragraphs.
 *
 * Sentences come from body paragraphs only.  Boundaries are decided
 * Punkt-style: a curated abbreviation list (the lexicon) plus evidence from
 * the document itself ("X." seen before a lower-case word is an
 * abbreviation; a capitalised word that the document also writes in lower
 * case mid-sentence is a sentence starter). Tokens cover every paragraph. */
#ifndef SCM_SEGMENT_H
#define SCM_SEGMENT_H

#include "lexicon.h"
#include "text.h"
#include "types.h"

typedef struct scm_sentence {
    scm_span span;       /* into the normalised text, trimmed */
    uint32_t paragraph;  /* 0-based index into the paragraph list */
} scm_sentence;

typedef enum scm_token_kind {
    SCM_TOK_WORD = 0,   /* letters, with inner ' ’ - . ("U.S.", "Korea's") */
    SCM_TOK_NUMBER,     /* digits, with inner , . / ("1,000", "1.5", "44th") */
    SCM_TOK_PUNCT,      /* one punctuation character */
    SCM_TOK_SYMBOL      /* $ % & + = § and the like */
} scm_token_kind;

/* 8 bytes a token: a 20 MB document has ~3.5 million of them.  A run of
 * word characters longer than 65535 bytes is cut into several tokens. */
typedef struct scm_token {
    scm_off start;
    uint16_t len;
    uint8_t kind;  /* scm_token_kind */
    uint8_t flags; /* reserved */
} scm_token;

typedef SCM_VEC(scm_sentence) scm_sentence_vec;
typedef SCM_VEC(scm_token) scm_token_vec;

/* Split the body paragraphs of `t` into sentences, appended to `out`. */
int scm_segment_sentences(const scm_text *t, const scm_lexicon *lex,
                          scm_sentence_vec *out, scm_error *err);

/* Tokenise the spans of every paragraph of `t`, appended to `out`. */
int scm_segment_tokens(const scm_text *t, scm_token_vec *out, scm_error *err);

const char *scm_token_kind_name(scm_token_kind kind);

#endif
