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
