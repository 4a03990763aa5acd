#!/usr/bin/env bash
# `cadscribe run`: the hard wall-clock limit. A program whose one kernel call (here a CGAL union
# of 400 spheres, ~4 s) outlives --timeout plus the 2 s grace is stopped with limit.time and exit
# code 5, in the text and the --json form (and by `render`), instead of running on.
source "$(dirname "$0")/lib.sh"
echo 'union(){for(i=[0:399]) translate([i*3,sin(i*20)*10,0]) sphere(r=2.5,$fn=24);}' >"$tmp/long.scad"

start=$(date +%s)
expect_exit 5 "$bin" run "$tmp/long.scad" --timeout 0.2 -o "$tmp/long.stl"
expect_in "$tmp/err" "error[limit.time]"
expect_in "$tmp/err" "inside one geometry kernel call"
[[ ! -e "$tmp/long.stl" ]] || fail "a stopped run wrote its output"
expect_exit 5 "$bin" run "$tmp/long.scad" --timeout 0.2 --json
python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["status"]=="limit" and j["exit_code"]==5 and j["diags"][0]["code"]=="limit.time", j' "$tmp/out" \
  || fail "--json report of a stopped run"
expect_exit 5 "$bin" render "$tmp/long.scad" --timeout 0.2 -o "$tmp/views"
expect_in "$tmp/err" "error[limit.time]"
(( $(date +%s) - start < 30 )) || fail "the watchdog did not stop the runs"

# A run within its budget is not disturbed: the watchdog is disarmed when the run ends.
echo 'cube(2);' >"$tmp/quick.scad"
expect_exit 0 "$bin" run "$tmp/quick.scad" --timeout 0.2 -o "$tmp/quick.stl"
[[ -s "$tmp/quick.stl" ]] || fail "quick run wrote nothing"
# A binary file given as a program: thousands of syntax errors, of which the text form prints 100
# and a count (each file is read once for the excerpts; this took minutes before).
head -c 200000 "$bin" >"$tmp/binary.scad"
start=$(date +%s)
expect_exit 2 "$bin" run "$tmp/binary.scad"
expect_in "$tmp/err" "more diagnostics not shown"
(( $(grep -c 'error\[' "$tmp/err") == 100 )) || fail "expected exactly 100 printed errors"
(( $(date +%s) - start < 20 )) || fail "printing the diagnostics of a binary program is slow"
# use<font.ttf> registers a font in openscad: a warning here, never parsed as a program.
cp "$tmp/binary.scad" "$tmp/font.ttf"
echo 'use <font.ttf>
cube(1);' >"$tmp/usefont.scad"
expect_exit 0 "$bin" run "$tmp/usefont.scad"
expect_in "$tmp/err" "fonts are not loaded from use<>"
# --batch hands -L and --preview to its workers (.scad programs include from the library path).
mkdir -p "$tmp/lib" "$tmp/batch"
echo 'module part() cube(3);' >"$tmp/lib/parts.scad"
echo 'include <parts.scad>
echo(p = $preview);
part();' >"$tmp/batch/uses_lib.scad"
expect_exit 0 "$bin" run --batch "$tmp/batch" -L "$tmp/lib" --preview --jobs 1
expect_in "$tmp/out" '"volume":27'
expect_in "$tmp/out" 'p = true'
expect_exit 0 "$bin" run --batch "$tmp/batch" --jobs 1  # without them: the include is missing, $preview false
expect_in "$tmp/out" "Can't open file 'parts.scad'"
expect_in "$tmp/out" 'p = false'
echo "cli/run: ok"
