#!/usr/bin/env bash
# `cadscribe render`: 8 views + sheet from a program, a STEP file and an STL; byte-identical on a
# second run; clear errors for a missing file and a bad rig.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$bin" render "$root/examples/bracket.py" -o "$tmp/a" --sheet --depth --mask --normals
for i in 0 1 2 3 4 5 6 7; do
  for kind in "" .depth .mask .normal; do [[ -s $tmp/a/bracket.$i$kind.png ]] || fail "missing bracket.$i$kind.png"; done
done
[[ -s $tmp/a/bracket.sheet.png ]] || fail "missing contact sheet"
expect_exit 0 "$bin" render "$root/examples/bracket.py" -o "$tmp/b" --sheet --depth --mask --normals
for f in "$tmp"/a/*.png; do cmp -s "$f" "$tmp/b/$(basename "$f")" || fail "$(basename "$f") differs between runs"; done

# The same part as STEP and as STL renders too (other loaders, same pipeline).
expect_exit 0 "$bin" run "$root/examples/bracket.py" -o "$tmp/bracket.step" -o "$tmp/bracket.stl"
expect_exit 0 "$bin" render "$tmp/bracket.step" -o "$tmp/c" --size 64
expect_exit 0 "$bin" render "$tmp/bracket.stl" -o "$tmp/d" --stem part
[[ -s $tmp/d/part.7.png ]] || fail "--stem not applied"

expect_exit 1 "$bin" render "$tmp/nope.stl" -o "$tmp/e"
expect_in "$tmp/err" "nope.stl"
printf '{"views": [{"direction": [0, 0, 0]}]}' >"$tmp/bad_rig.json"
expect_exit 1 "$bin" render "$root/examples/bracket.py" -o "$tmp/f" --rig "$tmp/bad_rig.json"
expect_in "$tmp/err" "render.bad_rig"
printf 'import cadquery as cq\nresult = cq.Workplane().box(1, 2\n' >"$tmp/broken.py"
expect_exit 2 "$bin" render "$tmp/broken.py" -o "$tmp/g"
expect_in "$tmp/err" "broken.py:2"
echo "render CLI OK"
