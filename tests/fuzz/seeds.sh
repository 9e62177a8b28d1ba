#!/usr/bin/env bash
# seeds.sh OUT -- build the seed corpora of the fuzz harnesses under OUT
# (one directory per harness).  Generated, never committed: `make fuzz`
# writes them to build-fuzz/corpus/ and lets the fuzzer add to them.
#
# Seeds: the real communiqués of ../shared/corpus/ (when present), the
# fixtures of tests/fixtures/, pdftotext -bbox-layout output of the fixture
# PDFs (when pdftotext is installed), and small cases from the bad-input
# catalogue (docs/hardening.md).  The text harnesses read byte 0 as the
# encoding (0 utf-8, 1 auto, 2 windows-1252), so each text seed is written
# with a 0 and a 1 in front.  Inputs in tests/fuzz/regressions/HARNESS/ are
# seeds too.
set -euo pipefail
out=${1:?usage: seeds.sh OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${SCM_SHARED_CORPUS:-$root/../shared/corpus}
text_harnesses="normalise segment extract ingest"
mkdir -p "$out"
for h in $text_harnesses regex pdf html; do mkdir -p "$out/$h"; done

put() {  # put HARNESS NAME < bytes
  cat > "$out/$1/$2"
}
text_seed() {  # text_seed NAME < bytes: every text harness, byte 0 = 0 and 1
  local tmp; tmp=$(mktemp)
  cat > "$tmp"
  for h in $text_harnesses; do
    { printf '\0'; cat "$tmp"; } | put "$h" "$1.u8"
    { printf '\1'; cat "$tmp"; } | put "$h" "$1.auto"
  done
  rm -f "$tmp"
}

# real documents and fixtures
for f in "$shared"/*.txt "$root"/tests/fixtures/*.txt "$root"/tests/fixtures/unseen/*.txt \
         "$root"/tests/fixtures/pdf/*.txt; do
  [ -f "$f" ] || continue
  text_seed "$(basename "$f" .txt)" < "$f"
done

# small cases (the bad-input catalogue, in miniature)
text_seed empty < /dev/null
printf ' \t\n\r\n  \n' | text_seed whitespace
printf 'Joint Statement\n\nThe two sides met.\0 They agreed.\n' | text_seed nul
printf 'A \xc0\xaf overlong.\n' | text_seed overlong
printf 'A \xed\xa0\x80 surrogate.\n' | text_seed surrogate
printf 'Cut short \xe2\x82' | text_seed truncated
printf '\xff\xfeJ\0o\0i\0n\0t\0 \0S\0t\0a\0t\0e\0m\0e\0n\0t\0\n\0' | text_seed utf16le-bom
printf 'J\0o\0i\0n\0t\0\n\0' | text_seed utf16le
printf '\x93Smart quotes\x94 and \x96 dashes \x85\n' | text_seed cp1252
printf 'Joint Statement\r\n\r\nLine one.\rLine two.\nLine three.\r\n\n' | text_seed mixed-eol
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' | text_seed pdf-bytes
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1' | text_seed png
printf '((((((([[[[[{{{{"\x27\xe2\x80\x9c((((nested))))\xe2\x80\x9d"}}}}]]]]])))))))\n' | text_seed nested
printf -- '---\ntitle: Joint Statement\ndate: 2012-10-24\n---\n# Joint Statement\n\n1. The **Minister** said.\n' | text_seed frontmatter
printf -- '---\ntitle: [unclosed\n' | text_seed frontmatter-bad
printf 'The Minister of National Defense (MND) and the Secretary of Defense (SecDef) met (ROK) (U.S.) (A) (AB).\n' | text_seed acronyms
printf 'The 44th Security Consultative Meeting (SCM) was held on October 24, 2012, and UNSCR 1718, 1874 and 2087.\n\nThey reaffirmed it last month.\n' | text_seed refs
printf 'U.S. Secretary of Defense Leon E. Panetta and ROK Minister Kim Kwan-jin\nreaffirmed the commit-\nment. Dr. Kim said.\n\n\n\n- item\n- item\n' | text_seed people

# regex: flags NUL pattern NUL subject
r() { printf '%s\0%s\0%s' "$2" "$3" "$4" | put regex "$1"; }
r plain "" 'extended deterrence' 'The U.S. reaffirmed its extended deterrence commitment.'
r caseless i '\b(reaffirm\w*)\s+(?<what>\w+)' 'They Reaffirmed the commitment and reaffirm again.'
r catastrophic "" '(a+)+$' 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'
r nested "" '((((((((((x*)*)*)*)*)*)*)*)*)*)y' 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
r lookaround ms '(?<=\n)^(?!The)\w+.*?$' $'a\nThe b\nc d'
r backref x '(\w+) \s+ \1' 'the the communique'
r unicode "" '\p{Lu}\p{Ll}+\X' 'Kim Kwan-jin 김관진 Ümit'
r recursion "" '\((?:[^()]|(?R))*\)' '(a(b(c(d)e)f)g)'
r invalid "" 'x' $'\xff\xfe bad'
r badpattern "" '(unclosed' 'x'

# PDF adapter: pdftotext -bbox-layout output of the fixtures
if command -v pdftotext >/dev/null; then
  for f in "$root"/tests/fixtures/pdf/*.pdf; do
    b=$(basename "$f" .pdf)
    if pdftotext -q -bbox-layout "$f" "$out/pdf/$b.xhtml" 2>/dev/null; then
      head -c 3000 "$out/pdf/$b.xhtml" | put pdf "$b.cut"
    fi
  done
fi
cat <<'X' | put pdf minimal
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Joint Communique</title></head>
<body><doc><page width="612.000000" height="792.000000"><flow><block xMin="72" yMin="72" xMax="300" yMax="90"><line xMin="72" yMin="72" xMax="300" yMax="90"><word xMin="72" yMin="72" xMax="110" yMax="90">Joint</word><word xMin="115" yMin="72" xMax="200" yMax="90">Communique</word></line></block></flow>
<flow><block xMin="72" yMin="100" xMax="500" yMax="130"><line xMin="72" yMin="100" xMax="500" yMax="112"><word xMin="72" yMin="100" xMax="90" yMax="112">The</word><word xMin="95" yMin="100" xMax="140" yMax="112">Minister</word><word xMin="145" yMin="100" xMax="200" yMax="112">reaffir-</word></line><line xMin="72" yMin="114" xMax="500" yMax="126"><word xMin="72" yMin="114" xMax="120" yMax="126">med</word><word xMin="125" yMin="114" xMax="160" yMax="126">it.</word></line></block></flow></page>
<page width="612" height="792"></page></doc></body></html>
X
printf '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><html><body><doc><page width="1" height="1"><flow><block><line><word xMin="0" yMin="0" xMax="1" yMax="1">&c;</word></line></block></flow></page></doc></body></html>' | put pdf entities

# HTML adapter: byte 0 = charset override (0 none, 1 UTF-8, 2 windows-1252)
for f in "$root"/tests/fixtures/html/*.html; do
  { printf '\0'; cat "$f"; } | put html "$(basename "$f" .html)"
done
printf '\0<html><head><meta charset="utf-8"><title>Joint Statement</title><meta name="date" content="2023-04-26"></head><body><nav>menu</nav><main><h1>Joint Statement</h1><p>The two sides <b>met</b>.</p><ol><li>One.</li><li>Two.</li></ol></main><footer>x</footer></body></html>' | put html small
printf '\2<html><body><article><p>\x93quoted\x94 \x96 text</p></article></body></html>' | put html cp1252
printf '\0<div><div><div><div><div><p><span><span><p>deep</p></span></span></p></div></div></div></div></div>' | put html nested
printf '\0\xff\xfe<\0h\0t\0m\0l\0>\0' | put html utf16

# regressions: every input that once failed
for d in "$here"/regressions/*/; do
  [ -d "$d" ] || continue
  h=$(basename "$d")
  mkdir -p "$out/$h"
  for f in "$d"*; do [ -f "$f" ] && cp "$f" "$out/$h/regression-$(basename "$f")"; done
done
echo "seeds.sh: $(find "$out" -type f | wc -l) seeds in $out"
