#!/usr/bin/env bash
# `cadscribe objects`: the everyday-object library lists its categories, writes a category's
# object for a seed (same seed, same bytes) with its prompts, and the program it writes runs.
source "$(dirname "$0")/lib.sh"

expect_exit 0 "$bin" objects --list
expect_in "$tmp/out" "mug"
expect_in "$tmp/out" "phone_stand"
expect_exit 0 "$bin" objects mug --seed 4 -o "$tmp/mug.scad" --prompts 2
expect_in "$tmp/out" "prompt: "
expect_in "$tmp/out" "printable: "
[[ $(grep -c "^prompt: " "$tmp/out") == 2 ]] || fail "objects: --prompts 2 printed another count"
expect_in "$tmp/mug.scad" "module body()"
expect_exit 0 "$bin" objects mug --seed 4 -o "$tmp/again.scad"
cmp -s "$tmp/mug.scad" "$tmp/again.scad" || fail "objects: the same seed wrote other bytes"
expect_exit 0 "$bin" objects mug --seed 5 -o "$tmp/other.scad"
cmp -s "$tmp/mug.scad" "$tmp/other.scad" && fail "objects: another seed wrote the same program"
# The written program is ordinary OpenSCAD: it runs on its own to a closed mesh.
expect_exit 0 "$bin" run "$tmp/mug.scad" -o "$tmp/mug.stl" --json
expect_in "$tmp/out" '"closed_manifold": true'
# Without -o the program goes to stdout.
expect_exit 0 "$bin" objects comb --seed 1
expect_in "$tmp/out" "linear_extrude"
expect_exit 1 "$bin" objects teapot
expect_in "$tmp/err" "no category 'teapot'"

# An object dataset (text → OpenSCAD): {key}.scad programs with their prompts, the same bytes
# from one machine or two, and every stored program printable when run again from its shard.
oargs=(--objects --count 12 --per-shard 6 --seed 5)
expect_exit 0 "$bin" synth "${oargs[@]}" --jobs 2 -o "$tmp/ds1"
for i in 0 1; do expect_exit 0 "$bin" synth "${oargs[@]}" --shard "$i/2" -o "$tmp/ds2"; done
expect_exit 0 "$bin" synth --merge -o "$tmp/ds2"
for f in manifest.jsonl stats.json train/shard-000000.tar train/shard-000001.tar; do
  cmp -s "$tmp/ds1/$f" "$tmp/ds2/$f" || fail "objects dataset: $f differs between 1 and 2 machines"
done
tar -tf "$tmp/ds1/train/shard-000001.tar" >"$tmp/members"
[[ $(grep -c '\.scad$' "$tmp/members") == 6 ]] || fail "objects dataset: shard 1 must hold 6 .scad programs"
grep -q '\.py$' "$tmp/members" && fail "objects dataset: a .py program in an object shard"
[[ $(grep -c '"prompts":\["' "$tmp/ds1/manifest.jsonl") == 12 ]] || fail "objects dataset: every row lists its prompts"
expect_in "$tmp/ds1/stats.json" '"triangle_counts"'
expect_in "$tmp/ds1/dataset.json" '"library": "objects"'
mkdir -p "$tmp/scad"
for t in "$tmp"/ds1/train/*.tar; do tar -xf "$t" -C "$tmp/scad" --wildcards '*.scad'; done
expect_exit 0 "$bin" run --batch "$tmp/scad" --jobs 2
[[ $(grep -c '"closed_manifold":true,"components":1,' "$tmp/out") == 12 ]] || fail "objects dataset: a stored program is not one closed body"
expect_exit 1 "$bin" synth --objects --count 4 --families mug,teapot -o "$tmp/ds3"
expect_in "$tmp/err" "no object category named 'teapot'"
expect_exit 1 "$bin" synth --objects --count 4 --step -o "$tmp/ds4"
expect_in "$tmp/err" "no STEP file"
echo "objects CLI OK"
