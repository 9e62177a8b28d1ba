/* lua_scm.h -- what the binding files share (the only Lua-aware headers). */
#ifndef SCM_LUA_SCM_H
#define SCM_LUA_SCM_H

#include <lua.h>

#include "lexicon.h"

/* The module's lexicon (one per Lua state, created by luaopen_scm_core). */
scm_lexicon *scm_lua_lexicon(lua_State *L);

/* Push nil, message[, code]: the one shape of an expected failure. */
int scm_lua_fail(lua_State *L, const char *message, const char *code);

/* Adds scm.core.open_corpus and the scm.Corpus/scm.Rows metatables to the
 * module table at the top of the stack (lua_corpus.c). */
void scm_lua_corpus_register(lua_State *L);

#endif
