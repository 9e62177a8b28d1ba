/* refs_data.c -- the closed word tables of the reference extractor (data
 * only).  The open lists -- head nouns and lower-case trailing nouns with
 * their kinds -- are lexicon lists: core/lexicon/reference-head.tsv and
 * core/lexicon/reference-trailing.tsv. */
#include "refs_data.h"

#define COUNT(a) (sizeof a / sizeof *a)

const char *const scm_ref_ordinals[] = {
    "first",     "second",      "third",      "fourth",     "fifth",
    "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
    "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
const size_t scm_ref_nordinals = COUNT(scm_ref_ordinals);

const char *const scm_ref_connectors[] = {
    "of",         "for",        "on",         "in",   "between", "at",
    "from",       "to",         "over",       "concerning", "regarding",
    "against",    "as",         "across",     "beyond",     "under",
    "with",       "among",
    "Regarding",  "Concerning",
    /* "Agreement Establishing the African Continental Free Trade Area" */
    "Establishing", "Instituting"};
const size_t scm_ref_nconnectors = COUNT(scm_ref_connectors);

/* Heads of an instrument attached to another: "Protocol to the London
 * Convention", "Amendment to the Djibouti Code of Conduct". */
const char *const scm_ref_attachments[] = {"Protocol", "Amendment", "Annex",
                                           "Addendum", "Appendix",
                                           /* "Conference of the Parties
                                            * to the Treaty on …" */
                                           "Parties"};
const size_t scm_ref_nattachments = COUNT(scm_ref_attachments);

/* Bodies that are organisations when named alone ("Mekong River
 * Commission", "UN Security Council") but standing mechanisms of the
 * parties when "Joint", "Bilateral" or "Trilateral" opens or fills their
 * name ("Joint Boundary Commission", "Ethiopia-Tanzania Joint Business
 * Council", "Trilateral Wildlife Crime Task Force"). */
const char *const scm_ref_joint_bodies[] = {"Commission", "Council", "Board",
                                            "Cell", "Team", "Force",
                                            /* "Binational Cabinet" */
                                            "Cabinet"};
const size_t scm_ref_njoint_bodies = COUNT(scm_ref_joint_bodies);
const char *const scm_ref_joint_markers[] = {"Joint", "Bilateral",
                                             "Trilateral", "Mixed",
                                             "Binational"};
const size_t scm_ref_njoint_markers = COUNT(scm_ref_joint_markers);

/* A word naming an institution that runs, issues or owns something:
 * "Programme of the International Centre for Integrated Mountain
 * Development", "Action Plan of the … Protection Commission". */
const char *const scm_ref_owners[] = {
    "Organization", "Organisation", "Agency", "Bank", "Secretariat",
    "Commission", "Centre", "Center", "Association", "Department",
    "Ministry"};
const size_t scm_ref_nowners = COUNT(scm_ref_owners);

const char *const scm_ref_resolvers[] = {"Council", "Assembly", "UNSC", "UNGA"};
const size_t scm_ref_nresolvers = COUNT(scm_ref_resolvers);

const char *const scm_ref_resolution_acronyms[] = {"UNSCR", "UNSCRs"};
const size_t scm_ref_nresolution_acronyms = COUNT(scm_ref_resolution_acronyms);

const char *const scm_ref_sessions[] = {
    "Dialogue", "Committee",     "Consultation", "Consultations",
    "Forum",    "Sub-Committee", "Subcommittee"};
const size_t scm_ref_nsessions = COUNT(scm_ref_sessions);

const char *const scm_ref_generic[] = {
    "Joint",      "Working", "Steering",  "High-Level", "Bilateral",
    "Trilateral", "Senior",  "Officials", "Leaders",    "Ministers",
    "Mixed"};
const size_t scm_ref_ngeneric = COUNT(scm_ref_generic);

const char *const scm_ref_members[] = {"leaders",   "members",    "member",
                                       "ministers", "states",     "countries",
                                       "nations",   "secretariat"};
const size_t scm_ref_nmembers = COUNT(scm_ref_members);

const char *const scm_ref_abstract_endings[] = {"tion", "sion", "ity", "ment",
                                                "ance", "ence", "ism", "ing",
                                                "eace" /* "Peace in …" */};
const size_t scm_ref_nabstract_endings = COUNT(scm_ref_abstract_endings);

const char *const scm_ref_joint_initiative[] = {
    "Security", "Safety", "Defence", "Defense", "Joint", "Trilateral"};
const size_t scm_ref_njoint_initiative = COUNT(scm_ref_joint_initiative);

/* Organisations whose names end in a head noun: named alone they are
 * actors, not references ("the Pacific Islands Forum welcomed …"); a
 * meeting of theirs is ("Pacific Islands Forum Leaders Meeting"). */
const char *const scm_ref_organisations[] = {
    "Pacific Islands Forum", "Pacific Islands Development Forum",
    "East Mediterranean Gas Forum", "Gas Exporting Countries Forum",
    "World Economic Forum", "Boao Forum for Asia",
    "Conference on Disarmament",
    "International Conference on the Great Lakes Region",
    "Caribbean Regional Fisheries Mechanism", "World Food Programme",
    "United Nations Development Programme",
    "United Nations Environment Programme",
    "UN Development Programme", "UN Environment Programme",
    "Melanesian Spearhead Group", "Scientific Committee on Antarctic Research",
    "Group of Seven", "Group of Twenty", "Gulf Cooperation Council",
    "Council of Europe", "Commonwealth Secretariat"};
const size_t scm_ref_norganisations = COUNT(scm_ref_organisations);

/* Currency codes (ISO 4217) a number follows in an amount ("USD 3
 * billion", "EUR 40 million"): no conference of a numbered series
 * (session 14). */
const char *const scm_ref_currencies[] = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "AUD", "NZD", "CAD", "CHF",
    "INR", "KRW", "SGD", "HKD", "SEK", "NOK", "DKK", "ZAR", "BRL", "MXN",
    "SAR", "AED", "QAR", "KWD", "IDR", "MYR", "THB", "PHP", "VND", "XAF",
    "XOF", "FJD", "PGK", "WST", "NGN", "KES", "EGP", "TRY", "RUB", "PKR",
    "BDT", "LKR"};
const size_t scm_ref_ncurrencies = COUNT(scm_ref_currencies);
