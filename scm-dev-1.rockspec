rockspec_format = "3.0"
package = "scm"
version = "dev-1"
source = {
  url = "git+file:///work/main",
  branch = "main",
}
description = {
  summary = "Read, store and compare diplomatic joint communiqués",
  detailed = [[
scm turns communiqués (as extracted from PDFs and web pages) into documents
whose paragraphs, sentences, tokens, people, speech acts, acronyms, dates and
references are byte spans into a normalised text; stores series of them in
SQLite (FTS5) and compares them.  A C core (PCRE2, SQLite) with a Lua API.
]],
  license = "MIT",
  homepage = "https://example.invalid/scm",
}
dependencies = {
  "lua >= 5.4, < 5.5",
  "lua-cjson >= 2.1",
  "argparse >= 0.7",
}
test_dependencies = {
  "busted >= 2.0",
}
external_dependencies = {
  PCRE2 = { header = "pcre2.h", library = "pcre2-8" },
  SQLITE3 = { header = "sqlite3.h", library = "sqlite3" },
  XXHASH = { header = "xxhash.h", library = "xxhash" },
  YAML = { header = "yaml.h", library = "yaml" },
  -- Debian and most distributions install libxml2's headers one level down
  LIBXML2 = { header = "libxml2/libxml/HTMLparser.h", library = "xml2" },
}
build = {
  type = "builtin",
  modules = {
    ["scm.core"] = {
      sources = {
        -- SOURCES-BEGIN (kept equal to core/*.c by tests/build_spec.lua)
        "core/checkpoint.c",
        "core/dates.c",
        "core/document.c",
        "core/encoding.c",
        "core/error.c",
        "core/extract/acronyms.c",
        "core/extract/acts.c",
        "core/extract/dates.c",
        "core/extract/extract.c",
        "core/extract/header.c",
        "core/extract/names_data.c",
        "core/extract/people.c",
        "core/extract/references.c",
        "core/extract/refs_data.c",
        "core/extract/wordscan.c",
        "core/frontmatter.c",
        "core/html.c",
        "core/ingest.c",
        "core/lexicon.c",
        "core/lexicon_data.c",
        "core/lua_corpus.c",
        "core/lua_scm.c",
        "core/pdf.c",
        "core/regex.c",
        "core/segment.c",
        "core/source.c",
        "core/store.c",
        "core/store_rows.c",
        "core/store_schema.c",
        "core/text.c",
        "core/wordset.c",
        -- SOURCES-END
      },
      defines = { "PCRE2_CODE_UNIT_WIDTH=8", "_POSIX_C_SOURCE=200809L" },
      incdirs = { "$(PCRE2_INCDIR)", "$(SQLITE3_INCDIR)", "$(XXHASH_INCDIR)", "$(YAML_INCDIR)",
                  "$(LIBXML2_INCDIR)/libxml2" },
      libdirs = { "$(PCRE2_LIBDIR)", "$(SQLITE3_LIBDIR)", "$(XXHASH_LIBDIR)", "$(YAML_LIBDIR)",
                  "$(LIBXML2_LIBDIR)" },
      libraries = { "pcre2-8", "sqlite3", "xxhash", "yaml", "xml2", "m" },
    },
    ["scm"] = "lua/scm/init.lua",
    ["scm.corpus"] = "lua/scm/corpus.lua",
    ["scm.diff"] = "lua/scm/diff.lua",
    ["scm.plugins"] = "lua/scm/plugins.lua",
    ["scm.source"] = "lua/scm/source.lua",
    ["scm.render.text"] = "lua/scm/render/text.lua",
    ["scm.render.json"] = "lua/scm/render/json.lua",
    ["scm.render.csv"] = "lua/scm/render/csv.lua",
    ["scm.render.html"] = "lua/scm/render/html.lua",
    ["scm.render.svg"] = "lua/scm/render/svg.lua",
    ["scm.plugins.compare"] = "plugins/compare.lua",
    ["scm.plugins.track"] = "plugins/track.lua",
    ["scm.plugins.commitments"] = "plugins/commitments.lua",
    ["scm.plugins.glossary"] = "plugins/glossary.lua",
    ["scm.plugins.timeline"] = "plugins/timeline.lua",
    ["scm.plugins.keyness"] = "plugins/keyness.lua",
    ["scm.plugins.report"] = "plugins/report.lua",
  },
  install = {
    bin = { scm = "bin/scm" },
  },
}
test = {
  type = "busted",
}
