#!/bin/sh
# Rewrite the C source list of scm-dev-1.rockspec from the tree (between
# the SOURCES-BEGIN and SOURCES-END markers); tests/build_spec.lua checks it.
set -e
cd "$(dirname "$0")/.."
list=$(ls core/*.c core/extract/*.c | sed 's/.*/        "&",/')
awk -v list="$list" '
  /SOURCES-BEGIN/ { print; print list; skip = 1; next }
  /SOURCES-END/ { skip = 0 }
  !skip { print }
' scm-dev-1.rockspec > scm-dev-1.rockspec.tmp
mv scm-dev-1.rockspec.tmp scm-dev-1.rockspec
