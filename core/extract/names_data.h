/* names_data.h -- word lists the people and acts extractors consult that
 * are not lexicon lists (and so not extendable from Lua): honorifics,
 * function words of the subject and verb grammar, irregular verb forms.
 * Open-ended word lists (family names, reference heads, speaking bodies)
 * are lexicon lists (core/lexicon/NAME.tsv).  Data only: every table is a
 * NULL-terminated array defined in names_data.c. */
#ifndef SCM_EXTRACT_NAMES_DATA_H
#define SCM_EXTRACT_NAMES_DATA_H

/* Honorifics that stand before a name but name no office. */
extern const char *const scm_honorifics[];
/* Honorifics followed by the given name, not the family name ("Prince
 * Abdulrahman", "Sheikh Abdullah", "Adi Salote", "Sir John"). */
extern const char *const scm_given_honorifics[];
/* Words that may precede a title of office ("Deputy", "Vice"). */
extern const char *const scm_title_modifiers[];
/* Post-nominal letters after a name, not part of it ("MP", "KC"). */
extern const char *const scm_post_nominals[];
/* Name suffixes ("Jr.", "III"). */
extern const char *const scm_name_suffixes[];
/* Role words of military ranks ("General"): a rank before a name gives
 * way to an office that follows it ("General Park, Min Soo, Chairman of
 * ..." has the role "Chairman"). */
extern const char *const scm_rank_roles[];
extern const char *const scm_named_after_heads[];
extern const char *const scm_named_before_heads[];
/* Parties whose people are referred to by given name after their
 * introduction ("Prime Minister Pimchanok" for Pimchanok Wongsakul). */
extern const char *const scm_given_name_parties[];
/* Parties whose people have no family name: the whole name stands for
 * it ("Kyaw Zin Htet" of Myanmar). */
extern const char *const scm_whole_name_parties[];
extern const char *const scm_capital_parties[];
extern const char *const scm_burmese_name_words[];
extern const char *const scm_mixed_order_parties[];
extern const char *const scm_bloc_parties[];
/* Parties whose people are named by the given name, written first, then
 * the father's ("Dawit Alemu Bekele" of Ethiopia is "Minister Dawit"). */
extern const char *const scm_given_family_parties[];
/* Parties whose people are named given + father's + mother's surname. */
extern const char *const scm_paternal_surname_parties[];
/* Words of a state's formal style before "of PARTY" ("the Kingdom of",
 * "the Federal Democratic Republic of"): "of the Kingdom of Morocco"
 * names the party Morocco. */
extern const char *const scm_state_form_words[];
/* Capitalised words that never belong to a personal name. */
extern const char *const scm_place_nouns[];
extern const char *const scm_family_particles_lower[];
extern const char *const scm_not_name_words[];

/* Irregular verb forms: pairs form, lemma, ... , NULL. */
extern const char *const scm_irregular_verbs[];
/* Words that may stand between the verb and the rest of a multi-word
 * reporting verb ("expressed [their deep] concern"). */
extern const char *const scm_verb_skip_words[];
/* Auxiliaries and adverbs allowed between a subject and its verb. */
extern const char *const scm_auxiliaries[];
extern const char *const scm_verb_adverbs[];
/* Words ending in -ly that are not adverbs ("apply"). */
extern const char *const scm_ly_not_adverbs[];
extern const char *const scm_negators[];

/* Subject words. */
extern const char *const scm_pronouns_previous[]; /* They */
extern const char *const scm_pronouns_self[];     /* We */
extern const char *const scm_determiners[];       /* the, our */
extern const char *const scm_numerals[];          /* two, both, three */
/* Plural nouns naming the speakers as a group, that stand for the
 * previous subject ("sides") or name themselves ("Presidents"). */
extern const char *const scm_group_previous[];
extern const char *const scm_group_named[];
/* Nouns that turn a party adjective into a speaker ("Government"). */
extern const char *const scm_party_heads[];
/* Sentence openers that may precede the subject without a comma. */
extern const char *const scm_open_adverbs[];

/* Header: head nouns of meeting names and English ordinal words. */
extern const char *const scm_meeting_heads[];
/* A session's kind before "Session" or "Meeting": "Ordinary", "Special". */
extern const char *const scm_session_kinds[];
extern const char *const scm_ordinal_units[];  /* first .. nineteenth */
extern const char *const scm_ordinal_tens[];   /* tenth, twentieth ... */
extern const char *const scm_cardinal_tens[];  /* twenty ... ninety */
extern const char *const scm_place_verbs[];    /* "held in", "met in" */

/* Roles of heads of state or government: "the two leaders". */
extern const char *const scm_leader_roles[];
/* Roles that count as "Minister" under another name ("Raksha Mantri",
 * India's Defence Minister by the Hindi title). */
extern const char *const scm_minister_roles[];
/* Pairs lemma, next word that are idioms, not acts ("join forces"). */
extern const char *const scm_verb_idioms_not_acts[];
/* A coordinated participle followed by one of these is a reduced relative
 * ("... and supported by", "... and reiterated at"), not an act. */
extern const char *const scm_coordination_guards[];
/* Singular pronouns: resolve to the nearest single-actor subject. */
extern const char *const scm_pronouns_single[];

#endif
