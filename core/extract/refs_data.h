/* refs_data.h -- the word tables of the reference extractor (data only).
 * references.c gives each table a bit in its signature table (L_* and
 * sig_build): a new table needs one there too. */
#ifndef SCM_REFS_DATA_H
#define SCM_REFS_DATA_H

#include <stddef.h>

/* Ordinal words with their numbers: "first" 1 ... "twentieth" 20. */
extern const char *const scm_ref_ordinals[];
extern const size_t scm_ref_nordinals;

/* Words that join the parts of a name: "Treaty of Amity", "Summit for
 * Democracy", "Guidelines ... on the Korean Peninsula", "Convention
 * Regarding the Regime of the Straits". */
extern const char *const scm_ref_connectors[];
extern const size_t scm_ref_nconnectors;
extern const char *const scm_ref_joint_bodies[];
extern const size_t scm_ref_njoint_bodies;
extern const char *const scm_ref_joint_markers[];
extern const size_t scm_ref_njoint_markers;
extern const char *const scm_ref_attachments[];
extern const size_t scm_ref_nattachments;

/* Heads of bodies that pass resolutions: "Security Council resolutions". */
extern const char *const scm_ref_owners[];
extern const size_t scm_ref_nowners;
extern const char *const scm_ref_resolvers[];
extern const size_t scm_ref_nresolvers;

/* Acronyms that stand for a body's resolutions: "UNSCR 2417". */
extern const char *const scm_ref_resolution_acronyms[];
extern const size_t scm_ref_nresolution_acronyms;

/* Heads of standing bodies that meet in numbered or dated sessions: "the
 * 9th ... Strategic Dialogue" is a meeting, "the ... Dialogue" a
 * mechanism. */
extern const char *const scm_ref_sessions[];
extern const size_t scm_ref_nsessions;

/* Modifiers that, with head nouns alone, only describe: "the Working
 * Group", "the Joint Statement", "the Senior Officials' Meeting". */
extern const char *const scm_ref_generic[];
extern const size_t scm_ref_ngeneric;

/* Lower-case nouns for the people or members of a body: after "Pacific
 * Islands Forum" they make it an organisation, not a reference. */
extern const char *const scm_ref_members[];
extern const size_t scm_ref_nmembers;

/* Endings of abstract nouns, which take "in <region>" as part of a name
 * ("Cooperation in Southeast Asia"); other words take it as a place. */
extern const char *const scm_ref_abstract_endings[];
extern const size_t scm_ref_nabstract_endings;

/* Words that mark an initiative as the parties' joint mechanism rather
 * than one side's programme. */
extern const char *const scm_ref_organisations[];
extern const size_t scm_ref_norganisations;
extern const char *const scm_ref_joint_initiative[];
extern const size_t scm_ref_njoint_initiative;

/* Currency codes: "USD 3 billion" is an amount, no "COP 26". */
extern const char *const scm_ref_currencies[];
extern const size_t scm_ref_ncurrencies;

#endif
