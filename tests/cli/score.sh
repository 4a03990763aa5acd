#!/usr/bin/env bash
# `cadscribe score`: analytic cases through the whole pipeline (program, STEP and STL inputs),
# alignment reporting, and exit codes for a failing prediction or ground truth.
source "$(dirname "$0")/lib.sh"
printf 'import cadquery as cq\nresult = cq.Workplane().box(10, 20, 30).faces(">Z").hole(4)\n' >"$tmp/box.py"
# The same part turned 90 degrees about X: identical under cube24, not under none.
printf 'import cadquery as cq\nresult = cq.Workplane().box(10, 20, 30).faces(">Z").hole(4).rotate((0,0,0), (1,0,0), 90)\n' >"$tmp/turned.py"
printf 'import cadquery as cq\nresult = cq.Workplane().box(10, 20, 15)\n' >"$tmp/half.py"

expect_exit 0 "$bin" score "$tmp/box.py" "$tmp/box.py"
expect_in "$tmp/out" "IoU      1.0000"
expect_in "$tmp/out" "Chamfer  0.000000"
expect_exit 0 "$bin" score "$tmp/turned.py" "$tmp/box.py"
expect_in "$tmp/out" "IoU      1.0000"
expect_in "$tmp/out" "alignment cube24"
expect_exit 0 "$bin" score "$tmp/turned.py" "$tmp/box.py" --alignment none --json
grep -q '"iou": 0\.[0-8]' "$tmp/out" || { cat "$tmp/out"; fail "unaligned IoU should be well below 1"; }

# A program against its own STEP and STL exports.
expect_exit 0 "$bin" run "$tmp/box.py" -o "$tmp/box.step" -o "$tmp/box.stl"
expect_exit 0 "$bin" score "$tmp/box.step" "$tmp/box.py"
expect_in "$tmp/out" "IoU      1.0000"
expect_exit 0 "$bin" score "$tmp/box.stl" "$tmp/box.py" --no-chamfer
grep -qE "IoU      (1\.0000|0\.99)" "$tmp/out" || { cat "$tmp/out"; fail "STL vs program"; }

# A 10x20x15 box in a 10x20x30 box's frame: each is normalised on its own, so the half box
# is stretched to the same longest side; IoU stays below 1 and above 0.
expect_exit 0 "$bin" score "$tmp/half.py" "$tmp/box.py" --json
grep -q '"iou": 0\.' "$tmp/out" || { cat "$tmp/out"; fail "half box"; }

# A cube without its top face still scores (the voxel vote tolerates the hole) but is reported.
printf 'v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nv 0 0 1\nv 1 0 1\nv 1 1 1\nv 0 1 1\nf 1 4 3 2\nf 1 2 6 5\nf 2 3 7 6\nf 3 4 8 7\nf 4 1 5 8\n' >"$tmp/open.obj"
printf 'import cadquery as cq\nresult = cq.Workplane().box(1, 1, 1)\n' >"$tmp/cube.py"
expect_exit 0 "$bin" score "$tmp/open.obj" "$tmp/cube.py"
expect_in "$tmp/out" "IoU      1.0000"
expect_in "$tmp/out" "prediction mesh is not closed (4 boundary"

printf 'import cadquery as cq\nresult = cq.Workplane().bx(1, 2, 3)\n' >"$tmp/typo.py"
expect_exit 3 "$bin" score "$tmp/typo.py" "$tmp/box.py"
expect_in "$tmp/err" "prediction"
expect_in "$tmp/err" "typo.py:2"
expect_exit 1 "$bin" score "$tmp/box.py" "$tmp/missing.step"
expect_in "$tmp/err" "ground truth"
expect_exit 1 "$bin" score "$tmp/box.py" "$tmp/box.xyz"
expect_in "$tmp/err" "io.unknown_format"
echo "score CLI OK"
