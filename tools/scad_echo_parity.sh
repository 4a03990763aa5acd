#!/usr/bin/env bash
# tools/scad_echo_parity.sh — echo parity with openscad 2021.01 (issue 5): runs every program of
# openscad-testing-data's echo tests (regression/echotest/NAME-expected.echo, the program found by
# name under testdata/scad) with cadscribe and compares the ECHO lines exactly.
# openscad writes .echo files in preview mode ($preview is true), so cadscribe runs with --preview.
# Prints the count that match and the names that differ. Run by hand (about 20 s):
#   tools/scad_echo_parity.sh [path/to/cadscribe]
set -u
bin=${1:-$(cd "$(dirname "$0")/.." && pwd)/build/cadscribe}
data=/usr/share/openscad/testdata/scad
expected=/usr/share/openscad/regression/echotest
[ -d "$expected" ] || { echo "openscad-testing-data is not installed" >&2; exit 2; }
ok=0; differ=""; missing=""
for e in "$expected"/*-expected.echo; do
  name=$(basename "$e" -expected.echo)
  prog=$(find "$data" -name "$name.scad" | head -1)
  [ -z "$prog" ] && { missing="$missing $name"; continue; }
  want=$(grep '^ECHO' "$e")
  got=$(cd "$(dirname "$prog")" && timeout 30 "$bin" run "$(basename "$prog")" --preview -L "$data" -L /usr/share/openscad/libraries 2>/dev/null | grep '^ECHO')
  if [ "$want" == "$got" ]; then ok=$((ok + 1)); else differ="$differ $name"; fi
done
echo "identical: $ok"
echo "differ:$differ"
echo "no program:$missing"
