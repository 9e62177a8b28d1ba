/* store_schema.c -- the corpus schema, as SQL text.
 *
 * Kept as C strings (not a .sql file) so that `luarocks make` needs no
 * step to embed it.  migrations[i] moves a corpus from schema version i to
 * i + 1; store.c runs the missing ones in one transaction and sets
 * PRAGMA user_version.  Never edit a shipped migration: append a new one.
 *
 * Conventions: every span (start, stop) is 1-based and inclusive, in bytes
 * of documents.normalised (the normalised text); every `position` is a 1-based
 * ordinal inside its document (paragraph 3, sentence 12). */
#include "store.h"

static const char schema_v1[] =
    "CREATE TABLE scm_info (\n"
    "  key   TEXT PRIMARY KEY,\n"
    "  value TEXT\n"
    ");\n"
    /* One row per stored version of a named document.  Big columns last:
     * SQLite reads a row's columns in order. */
    "CREATE TABLE documents (\n"
    "  doc_id       INTEGER PRIMARY KEY,\n"
    "  name         TEXT NOT NULL,\n"
    "  version      INTEGER NOT NULL DEFAULT 1,\n"
    "  current      INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1)),\n"
    "  source       TEXT,\n"
    "  hash         TEXT NOT NULL UNIQUE,\n"
    "  bytes        INTEGER NOT NULL,\n"
    "  title        TEXT,\n"
    "  kind         TEXT,\n"
    "  series       TEXT,\n"
    "  number       INTEGER,\n"
    "  meeting      TEXT,\n"
    "  parties      TEXT,\n"
    "  place        TEXT,\n"
    "  date         TEXT,\n"
    "  year         INTEGER,\n"
    "  layout       TEXT,\n"
    "  warnings     TEXT,\n"
    "  n_paragraphs INTEGER NOT NULL,\n"
    "  n_sentences  INTEGER NOT NULL,\n"
    "  n_tokens     INTEGER NOT NULL,\n"
    "  n_acts       INTEGER NOT NULL,\n"
    "  ingested_at  TEXT NOT NULL,\n"
    "  raw          BLOB NOT NULL,\n"
    "  normalised   TEXT NOT NULL,\n"
    "  UNIQUE (name, version)\n"
    ");\n"
    "CREATE INDEX documents_series_date ON documents (series, date);\n"
    "CREATE INDEX documents_date ON documents (date);\n"
    "CREATE VIEW current_documents AS\n"
    "  SELECT * FROM documents WHERE current = 1;\n"
    /* YAML front matter, as found. */
    "CREATE TABLE doc_meta (\n"
    "  doc_id INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
    "  key    TEXT NOT NULL,\n"
    "  value  TEXT,\n"
    "  PRIMARY KEY (doc_id, key)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE paragraphs (\n"
    "  doc_id   INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
    "  position INTEGER NOT NULL,\n"
    "  kind     TEXT NOT NULL,\n"
    "  start    INTEGER NOT NULL,\n"
    "  stop     INTEGER NOT NULL,\n"
    "  PRIMARY KEY (doc_id, position)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE sentences (\n"
    "  sentence_id INTEGER PRIMARY KEY,\n"
    "  doc_id      INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
    "  position    INTEGER NOT NULL,\n"
    "  paragraph   INTEGER NOT NULL,\n"
    "  start       INTEGER NOT NULL,\n"
    "  stop        INTEGER NOT NULL,\n"
    "  text        TEXT NOT NULL,\n"
    "  UNIQUE (doc_id, position)\n"
    ");\n"
    /* External-content FTS5 index over sentences.text: the text is stored
     * once (in sentences), the triggers keep the index in step. */
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(\n"
    "  text, content = 'sentences', content_rowid = 'sentence_id',\n"
    "  tokenize = 'unicode61 remove_diacritics 2', detail = full\n"
    ");\n"
    "CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN\n"
    "  INSERT INTO sentences_fts (rowid, text) VALUES (new.sentence_id, "
    "new.text);\n"
    "END;\n"
    "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN\n"
    "  INSERT INTO sentences_fts (sentences_fts, rowid, text)\n"
    "    VALUES ('delete', old.sentence_id, old.text);\n"
    "END;\n"
    "CREATE TRIGGER sentences_au AFTER UPDATE OF text ON sentences BEGIN\n"
    "  INSERT INTO sentences_fts (sentences_fts, rowid, text)\n"
    "    VALUES ('delete', old.sentence_id, old.text);\n"
    "  INSERT INTO sentences_fts (rowid, text) VALUES (new.sentence_id, "
    "new.text);\n"
    "END;\n"
    /* Terms come from the index itself: no per-token rows to store. */
    "CREATE VIRTUAL TABLE terms USING fts5vocab(sentences_fts, 'row');\n"
    "CREATE VIRTUAL TABLE term_instances USING fts5vocab(sentences_fts, "
    "'instance');\n"
    "CREATE TABLE people (\n"
    "  person_id INTEGER PRIMARY KEY,\n"
    "  doc_id    INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
    "  position  INTEGER NOT NULL,\n"
    "  name      TEXT NOT NULL,\n"
    "  family    TEXT,\n"
    "  title     TEXT,\n"
    "  role      TEXT,\n"
    "  party     TEXT,\n"
    "  start     INTEGER,\n"
    "  stop      INTEGER,\n"
    "  mentions  INTEGER NOT NULL DEFAULT 0,\n"
    "  UNIQUE (doc_id, position)\n"
    ");\n"
    "CREATE TABLE person_mentions (\n"
    "  person_id INTEGER NOT NULL REFERENCES people ON DELETE CASCADE,\n"
    "  start     INTEGER NOT NULL,\n"
    "  stop      INTEGER NOT NULL,\n"
    "  PRIMARY KEY (person_id, start)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE acts (\n"
    "  act_id       INTEGER PRIMARY KEY,\n"
    "  doc_id       INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
    "  sentence_id  INTEGER NOT NULL REFERENCES sentences ON DELETE CASCADE,\n"
    "  position     INTEGER NOT NULL,\n"
    "  lemma        TEXT,\n"
    "  class        TEXT,\n"
    "  negated      INTEGER NOT NULL DEFAULT 0,\n"
    "  actors       TEXT,\n"
    "  subject      TEXT,\n"
    "  verb         TEXT,\n"
    "  clause       TEXT,\n"
    "  subject_start INTEGER, subject_stop INTEGER,\n"
    "  verb_start    INTEGER, verb_stop    INTEGER,\n"
    "  clause_start  INTEGER, clause_stop  INTEGER,\n"
    "  UNIQUE (doc_id, position)\n"
    ");\n"
    "CREATE INDEX acts_sentence ON acts (sentence_id);\n"
    "CREATE INDEX acts_lemma ON acts (lemma);\n"
    "CREATE INDEX acts_class ON acts (class);\n"
    "CREATE TABLE act_actors (\n"
    "  act_id    INTEGER NOT NULL REFERENCES acts ON DELETE CASCADE,\n"
    "  position  INTEGER NOT NULL,\n"
    "  actor     TEXT NOT NULL,\n"
    "  person_id INTEGER REFERENCES people ON DELETE SET NULL,\n"
    "  PRIMARY KEY (act_id, position)\n"
    ") WITHOUT ROWID;\n"
    "CREATE INDEX act_actors_actor ON act_actors (actor);\n"
    "CREATE INDEX act_actors_person ON act_actors (person_id);\n"
    "CREATE TABLE acronyms (\n"
    "  acronym_id INTEGER PRIMARY KEY,\n"
    "  doc_id     INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
    "  position   INTEGER NOT NULL,\n"
    "  short      TEXT NOT NULL,\n"
    "  long       TEXT,\n"
    "  defined    INTEGER NOT NULL DEFAULT 0,\n"
    "  start      INTEGER,\n"
    "  stop       INTEGER,\n"
    "  mentions   INTEGER NOT NULL DEFAULT 0,\n"
    "  UNIQUE (doc_id, position)\n"
    ");\n"
    "CREATE INDEX acronyms_short ON acronyms (short);\n"
    "CREATE TABLE dates (\n"
    "  doc_id    INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
    "  position  INTEGER NOT NULL,\n"
    "  iso       TEXT NOT NULL,\n"
    "  precision TEXT,\n"
    "  relative  INTEGER NOT NULL DEFAULT 0,\n"
    "  text      TEXT,\n"
    "  start     INTEGER NOT NULL,\n"
    "  stop      INTEGER NOT NULL,\n"
    "  PRIMARY KEY (doc_id, position)\n"
    ") WITHOUT ROWID;\n"
    "CREATE INDEX dates_iso ON dates (iso);\n"
    "CREATE TABLE refs (\n"
    "  doc_id    INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
    "  position  INTEGER NOT NULL,\n"
    "  kind      TEXT NOT NULL,\n"
    "  series    TEXT,\n"
    "  numbers   TEXT,\n"
    "  text      TEXT,\n"
    "  start     INTEGER NOT NULL,\n"
    "  stop      INTEGER NOT NULL,\n"
    "  PRIMARY KEY (doc_id, position)\n"
    ") WITHOUT ROWID;\n";

/* Version 2: ingest writes sentences_fts itself, after the document's
 * other rows, so that FTS5 writes one index segment per commit.  Through
 * the trigger it wrote one per sentence: FTS5 (3.40) flushes its pending
 * terms whenever a statement opens a savepoint, and every trigger
 * invocation does.  The trigger stays for every other writer (user SQL,
 * the sqlite3 shell through scm_fts_sync() being absent: refused, never
 * silently out of step); ingest runs with triggers off (store.c
 * bulk_begin).  Merge settings: see docs/corpus.md. */
static const char schema_v2[] =
    "DROP TRIGGER sentences_ai;\n"
    "CREATE TRIGGER sentences_ai AFTER INSERT ON sentences\n"
    "  WHEN scm_fts_sync() BEGIN\n"
    "  INSERT INTO sentences_fts (rowid, text) VALUES (new.sentence_id, "
    "new.text);\n"
    "END;\n";

/* Version 3: what the document was read from.  source_kind is "text",
 * "pdf" or "html"; source_hash the XXH3-128 of the original file (for
 * text, the same as hash; for PDF and HTML, hash is that of the
 * intermediate text the parser read, which raw holds).  Re-ingesting a
 * file whose source_hash is stored is a no-op. */
static const char schema_v3[] =
    "ALTER TABLE documents ADD COLUMN source_kind TEXT;\n"
    "ALTER TABLE documents ADD COLUMN source_hash TEXT;\n"
    "UPDATE documents SET source_kind = 'text', source_hash = hash;\n"
    "CREATE INDEX documents_source_hash ON documents (source_hash);\n";

/* Version 4: acts keep spans, not copies of the text.  The clause, verb
 * and subject of an act lie in its sentence (almost always: a preamble's
 * "WE" is the subject of every paragraph below it), and sentences.text
 * already holds those bytes, so the table act_rows stores the text of a
 * span only when it lies outside the act's sentence (subject_text,
 * verb_text, clause_text; NULL otherwise), and the view `acts` gives the
 * columns of version 3, with the same names and values: the text is cut
 * from the sentence by bytes (spans are bytes, substr() of a BLOB counts
 * bytes).  The LEFT JOIN costs nothing when a query reads no text column
 * (SQLite drops the join).  INSTEAD OF triggers keep `acts` writable for
 * user SQL.  Indexes no query can use are dropped: acts.lemma, acts.class
 * and act_actors.actor are compared COLLATE NOCASE (their indexes are
 * BINARY), acronyms.short is never searched by value; each one cost a
 * b-tree insert per row at ingest. */
static const char schema_v4[] =
    "DROP INDEX acts_lemma;\n"
    "DROP INDEX acts_class;\n"
    "DROP INDEX act_actors_actor;\n"
    "DROP INDEX acronyms_short;\n"
    /* act_actors' REFERENCES follow the rename */
    "ALTER TABLE acts RENAME TO act_rows;\n"
    "ALTER TABLE act_rows RENAME COLUMN subject TO subject_text;\n"
    "ALTER TABLE act_rows RENAME COLUMN verb TO verb_text;\n"
    "ALTER TABLE act_rows RENAME COLUMN clause TO clause_text;\n"
    "UPDATE act_rows SET\n"
    "  subject_text = iif(subject_start >= s.start AND subject_stop <= s.stop,\n"
    "                     NULL, subject_text),\n"
    "  verb_text = iif(verb_start >= s.start AND verb_stop <= s.stop,\n"
    "                  NULL, verb_text),\n"
    "  clause_text = iif(clause_start >= s.start AND clause_stop <= s.stop,\n"
    "                    NULL, clause_text)\n"
    "  FROM sentences AS s WHERE s.sentence_id = act_rows.sentence_id;\n"
    "CREATE VIEW acts AS SELECT\n"
    "  a.act_id, a.doc_id, a.sentence_id, a.position, a.lemma, a.class,\n"
    "  a.negated, a.actors,\n"
    "  coalesce(a.subject_text, CASE WHEN a.subject_stop >= a.subject_start\n"
    "    AND a.subject_start >= s.start AND a.subject_stop <= s.stop\n"
    "    THEN CAST(substr(CAST(s.text AS BLOB), a.subject_start - s.start + 1,\n"
    "                     a.subject_stop - a.subject_start + 1) AS TEXT) END)\n"
    "    AS subject,\n"
    "  coalesce(a.verb_text, CASE WHEN a.verb_stop >= a.verb_start\n"
    "    AND a.verb_start >= s.start AND a.verb_stop <= s.stop\n"
    "    THEN CAST(substr(CAST(s.text AS BLOB), a.verb_start - s.start + 1,\n"
    "                     a.verb_stop - a.verb_start + 1) AS TEXT) END)\n"
    "    AS verb,\n"
    "  coalesce(a.clause_text, CASE WHEN a.clause_stop >= a.clause_start\n"
    "    AND a.clause_start >= s.start AND a.clause_stop <= s.stop\n"
    "    THEN CAST(substr(CAST(s.text AS BLOB), a.clause_start - s.start + 1,\n"
    "                     a.clause_stop - a.clause_start + 1) AS TEXT) END)\n"
    "    AS clause,\n"
    "  a.subject_start, a.subject_stop, a.verb_start, a.verb_stop,\n"
    "  a.clause_start, a.clause_stop\n"
    "FROM act_rows AS a LEFT JOIN sentences AS s\n"
    "  ON s.sentence_id = a.sentence_id;\n"
    "CREATE TRIGGER acts_insert INSTEAD OF INSERT ON acts BEGIN\n"
    "  INSERT INTO act_rows (act_id, doc_id, sentence_id, position, lemma,\n"
    "    class, negated, actors, subject_text, verb_text, clause_text,\n"
    "    subject_start, subject_stop, verb_start, verb_stop, clause_start,\n"
    "    clause_stop)\n"
    "  VALUES (new.act_id, new.doc_id, new.sentence_id, new.position,\n"
    "    new.lemma, new.class, coalesce(new.negated, 0), new.actors,\n"
    "    new.subject, new.verb, new.clause, new.subject_start,\n"
    "    new.subject_stop, new.verb_start, new.verb_stop, new.clause_start,\n"
    "    new.clause_stop);\n"
    "END;\n"
    "CREATE TRIGGER acts_delete INSTEAD OF DELETE ON acts BEGIN\n"
    "  DELETE FROM act_rows WHERE act_id = old.act_id;\n"
    "END;\n"
    "CREATE TRIGGER acts_update INSTEAD OF UPDATE ON acts BEGIN\n"
    "  UPDATE act_rows SET act_id = new.act_id, doc_id = new.doc_id,\n"
    "    sentence_id = new.sentence_id, position = new.position,\n"
    "    lemma = new.lemma, class = new.class, negated = new.negated,\n"
    "    actors = new.actors,\n"
    "    subject_text = iif(new.subject IS old.subject, subject_text,\n"
    "                       new.subject),\n"
    "    verb_text = iif(new.verb IS old.verb, verb_text, new.verb),\n"
    "    clause_text = iif(new.clause IS old.clause, clause_text,\n"
    "                      new.clause),\n"
    "    subject_start = new.subject_start, subject_stop = new.subject_stop,\n"
    "    verb_start = new.verb_start, verb_stop = new.verb_stop,\n"
    "    clause_start = new.clause_start, clause_stop = new.clause_stop\n"
    "  WHERE act_id = old.act_id;\n"
    "END;\n";

const char *const scm_store_migrations[SCM_SCHEMA_VERSION] = {
    schema_v1,
    schema_v2,
    schema_v3,
    schema_v4,
};
