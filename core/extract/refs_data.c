/* refs_data.c -- the word tables of the reference extractor (data only).
 *
 * Kinds follow tests/gold/README.md: treaties, charters, conventions and
 * protocols are agreements; statements, declarations, guidelines, acts of
 * a legislature and national strategies are documents; named plans and
 * programmes are plans; standing bodies, dialogues, consultations,
 * frameworks and multilateral initiatives are mechanisms.  "Council" is
 * left out on purpose: the councils communiqués name are organisations
 * ("UN Security Council"), which are not references. */
#include "refs_data.h"

const scm_ref_head scm_ref_heads[] = {
    {"Treaty", "agreement"},       {"Agreement", "agreement"},
    {"Agreements", "agreement"},   {"Charter", "agreement"},
    {"Convention", "agreement"},   {"Protocol", "agreement"},
    {"Accord", "agreement"},       {"Accords", "agreement"},
    {"Pact", "agreement"},         {"Covenant", "agreement"},
    {"Statement", "document"},     {"Declaration", "document"},
    {"Communique", "document"},    {"Communiqu\xC3\xA9", "document"},
    {"Vision", "document"},        {"Guidelines", "document"},
    {"Outlook", "document"},       {"Act", "document"},
    {"Strategy", "document"},      {"Terms", "document"},
    {"Report", "document"},        {"Memorandum", "document"},
    {"Consensus", "document"},     {"Plan", "plan"},
    {"Program", "plan"},           {"Programme", "plan"},
    {"Contributions", "plan"},     {"Roadmap", "plan"},
    {"Workplan", "plan"},          {"Masterplan", "plan"},
    {"Committee", "mechanism"},    {"Group", "mechanism"},
    {"Dialogue", "mechanism"},     {"Forum", "mechanism"},
    {"Mechanism", "mechanism"},    {"Framework", "mechanism"},
    {"Consultations", "mechanism"}, {"Procedure", "mechanism"},
    {"Initiative", "mechanism"},   {"Partnership", "mechanism"},
    {"Commission", "mechanism"},   {"Meeting", "meeting"},
    {"Summit", "meeting"},         {"Conference", "meeting"},
    {"Session", "meeting"},        {"Talks", "meeting"},
    {"Ministerial", "meeting"},
};
const size_t scm_ref_nheads = sizeof scm_ref_heads / sizeof *scm_ref_heads;

const scm_ref_head scm_ref_trailing[] = {
    {"forum", "mechanism"},     {"initiative", "mechanism"},
    {"mechanism", "mechanism"}, {"framework", "mechanism"},
    {"dialogue", "mechanism"},  {"plan", "plan"},
    {"process", "plan"},        {"program", "plan"},
    {"programme", "plan"},      {"meeting", "meeting"},
    {"summit", "meeting"},      {"round", "meeting"},
    {"session", "meeting"},     {"talks", "meeting"},
};
const size_t scm_ref_ntrailing =
    sizeof scm_ref_trailing / sizeof *scm_ref_trailing;

const char *const scm_ref_ordinals[] = {
    "first",       "second",     "third",      "fourth",     "fifth",
    "sixth",       "seventh",    "eighth",     "ninth",      "tenth",
    "eleventh",    "twelfth",    "thirteenth", "fourteenth", "fifteenth",
    "sixteenth",   "seventeenth", "eighteenth", "nineteenth", "twentieth"};
const size_t scm_ref_nordinals =
    sizeof scm_ref_ordinals / sizeof *scm_ref_ordinals;

const char *const scm_ref_connectors[] = {"of", "for", "on", "in", "between"};
const size_t scm_ref_nconnectors =
    sizeof scm_ref_connectors / sizeof *scm_ref_connectors;

const char *const scm_ref_resolvers[] = {"Council", "Assembly"};
const size_t scm_ref_nresolvers =
    sizeof scm_ref_resolvers / sizeof *scm_ref_resolvers;
