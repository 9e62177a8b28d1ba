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
}
build = {
  type = "builtin",
  modules = {
    ["scm.core"] = {
      sources = {
        -- SOURCES-BEGIN (kept equal to core/*.c by tests/build_spec.lua)
        "core/dates.c",
        "core/document.c",
        "core/encoding.c",
        "core/error.c",
        "core/frontmatter.c",
        "core/lexicon.c",
        "core/lexicon_data.c",
        "core/lua_corpus.c",
        "core/lua_scm.c",
        "core/regex.c",
        "core/segment.c",
        "core/store.c",
        "core/text.c",
        "core/wordset.c",
        "core/extract/acronyms.c",
        "core/extract/acts.c",
        "core/extract/dates.c",
        "core/extract/extract.c",
        "core/extract/header.c",
        "core/extract/people.c",
        "core/extract/references.c",
        -- SOURCES-END
      },
      defines = { "PCRE2_CODE_UNIT_WIDTH=8", "_POSIX_C_SOURCE=200809L" },
      incdirs = { "$(PCRE2_INCDIR)", "$(SQLITE3_INCDIR)", "$(XXHASH_INCDIR)", "$(YAML_INCDIR)" },
      libdirs = { "$(PCRE2_LIBDIR)", "$(SQLITE3_LIBDIR)", "$(XXHASH_LIBDIR)", "$(YAML_LIBDIR)" },
      libraries = { "pcre2-8", "sqlite3", "xxhash", "yaml", "m" },
    },
    ["scm"] = "lua/scm/init.lua",
    ["scm.corpus"] = "lua/scm/corpus.lua",
  },
  install = {
    bin = { scm = "bin/scm" },
  },
}
test = {
  type = "busted",
}
