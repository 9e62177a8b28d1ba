/* lexicon.h -- the word lists every stage consults.
 *
 * The built-in lists are data: the core/lexicon/NAME.tsv files, turned into
 * lexicon_data.c by core/lexicon/genlexicon.lua.  A lexicon is an object, not a
 * global: the Lua binding owns one per module state and users extend it
 * before parsing
 * (scm.lexicon.add("abbreviation", "Amb.")). */
#ifndef SCM_LEXICON_H
#define SCM_LEXICON_H

#include <stddef.h>

typedef enum scm_lex_list {
    /* Abbreviations that stand before a name or number and so never end a
     * sentence: "Dr.", "Gen.", "No.", "Art.".  Stored without the period. */
    SCM_LEX_TITLE_ABBREV = 0,
    /* Other abbreviations: "etc.", "e.g.", "Jr.", "Inc.", "U.S.": a
     * sentence may end on them when a sentence starter follows. */
    SCM_LEX_ABBREV,
    /* Words that typically open a sentence ("The", "They", "In", "How"). */
    SCM_LEX_STARTER,
    /* First halves of hyphenated compounds ("counter", "long", "self"):
     * a line-end hyphen after one of them is kept. */
    SCM_LEX_COMPOUND_PREFIX,
    /* Reporting verbs by lemma, class = speech-act class ("reaffirm" ->
     * "reaffirmation"); used by the extraction stage. */
    SCM_LEX_VERB,
    /* Titles of office, class = the role word that later stands for the
     * person ("Secretary of Defense" -> "Secretary"). */
    SCM_LEX_TITLE,
    /* Party names and variants, class = the canonical short form
     * ("Republic of Korea" -> "ROK", "United States" -> "U.S."). */
    SCM_LEX_PARTY,
    /* Family names written first (East-Asian order), class = the naming
     * tradition ("korean", "japanese", ...): "Kim Kwan Jin" -> Kim. */
    SCM_LEX_FAMILY_NAME,
    /* Canonical party forms (party classes) whose people write the family
     * name first ("ROK", "Japan"). */
    SCM_LEX_FAMILY_FIRST_PARTY,
    /* Capitalised head nouns that end a reference name, class = kind
     * ("Treaty" -> "agreement", "Summit" -> "meeting"). */
    SCM_LEX_REF_HEAD,
    /* Lower-case nouns after a name that give its kind ("forum" ->
     * "mechanism", "round" -> "meeting"). */
    SCM_LEX_REF_TRAILING,
    /* Collective bodies that speak for themselves as subjects ("the
     * Committee", "the Council"); class = the actor name (or none: the
     * word itself). */
    SCM_LEX_SPEAKER_BODY,
    /* Adjectival stance predicates after be/remain, class = the verb lemma
     * they stand for ("concerned" -> "express concern", "committed" ->
     * "commit"). */
    SCM_LEX_STANCE,
    /* Given names of traditions that may write either order, class = the
     * tradition: "Kenta Moriyama" is given-first, "Tachibana Yusuke"
     * family-first, though neither family name is listed. */
    SCM_LEX_GIVEN_NAME,
    SCM_LEX_NLISTS
} scm_lex_list;

typedef struct scm_lexicon scm_lexicon;

/* A lexicon holding the built-in lists, or NULL when out of memory. */
scm_lexicon *scm_lexicon_new(void);
void scm_lexicon_free(scm_lexicon *lex);

/* Add a word (with an optional class string, NULL for none).  Returns 0, or
 * -1 when out of memory. */
int scm_lexicon_add(scm_lexicon *lex, scm_lex_list list, const char *word,
                    size_t len, const char *cls);

/* 1 if `word` is in the list (exact bytes; the STARTER and
 * COMPOUND_PREFIX lists compare ASCII case-insensitively). */
int scm_lexicon_has(const scm_lexicon *lex, scm_lex_list list,
                    const char *word, size_t len);

/* A line-end hyphen between `left` and `right`, as the lexicon reads it:
 * -1 a syllable break inside a word written whole (class "joined":
 * "counter" + "part" is "counterpart"); 1 a compound's (listed whole
 * with its hyphen, class "hyphened": "so-called"; or left is a compound
 * prefix, the right part no bare suffix like "state" + "ment", and for a
 * "bound" prefix `right_seen`: the right part occurs as a word of its own
 * in the document, so "pro" + "gramme" is no compound); 0 the lexicon
 * does not say. */
int scm_lexicon_compound(const scm_lexicon *lex, const char *left,
                         size_t left_len, const char *right,
                         size_t right_len, int right_seen);

/* The class string of a word, or NULL when absent or class-less. */
const char *scm_lexicon_class(const scm_lexicon *lex, scm_lex_list list,
                              const char *word, size_t len);

/* List id from its name ("abbreviation", "title-abbreviation", "starter",
 * "compound-prefix", "verb", "title", "party", "family-name", "given-name",
 * "family-first-party", "reference-head", "reference-trailing",
 * "speaker-body", "stance"), or -1.  The data file of a
 * list is core/lexicon/<name>.tsv. */
int scm_lexicon_list_id(const char *name);
const char *scm_lexicon_list_name(scm_lex_list list);

/* Number of words in a list, and the i-th (for listing from Lua). */
size_t scm_lexicon_count(const scm_lexicon *lex, scm_lex_list list);
const char *scm_lexicon_word(const scm_lexicon *lex, scm_lex_list list,
                             size_t i, const char **cls);

/* Derived data: one slot per list where a consumer keeps something built
 * from the list's entries (the extractors keep their phrase indexes
 * there, so that each document does not build them again).  The slot is a
 * cache and the one mutable part of a const lexicon: it may be set through
 * a const pointer.  A lexicon is single-threaded, like the Lua state that
 * owns it, so no lock guards the slot.
 *
 * scm_lexicon_derived returns the list's data (NULL when none) and, when
 * `version` is not NULL, the list's version: a counter that
 * scm_lexicon_add increments.  An addition also frees the list's data (with
 * the free_fn given when it was set), so data found in the slot is always
 * current; never keep a pointer into it across a scm_lexicon_add.
 * scm_lexicon_set_derived replaces the list's data (freeing the old, if
 * another pointer) and owns it from then on: free_fn (may be NULL) frees it
 * when it is replaced, invalidated, or the lexicon is freed.  0, or -1 for
 * a NULL lexicon or an unknown list (then `data` stays the caller's). */
void *scm_lexicon_derived(const scm_lexicon *lex, scm_lex_list list,
                          unsigned *version);
int scm_lexicon_set_derived(const scm_lexicon *lex, scm_lex_list list,
                            void *data, void (*free_fn)(void *));

/* Internal: the built-in lists as core/lexicon/genlexicon.lua writes them into
 * lexicon_data.c, one per core/lexicon/NAME.tsv.  scm_lexicon_new maps each
 * NAME to its list id with scm_lexicon_list_id and skips unknown names. */
typedef struct scm_lex_builtin_word {
    const char *word; /* without the trailing period */
    const char *cls;  /* NULL when none */
} scm_lex_builtin_word;

typedef struct scm_lex_builtin_list {
    const char *name;
    const scm_lex_builtin_word *words;
    size_t count;
} scm_lex_builtin_list;

extern const scm_lex_builtin_list scm_lex_builtin_lists[];
extern const size_t scm_lex_builtin_nlists;

#endif
