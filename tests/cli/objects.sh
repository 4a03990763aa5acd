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

# The judge names what a program or mesh resembles (the shipped reference, 60 categories).
expect_exit 0 "$bin" objects duck --seed 3 -o "$tmp/duck.scad"
expect_exit 0 "$bin" judge "$tmp/duck.scad" "$tmp/mug.stl"
expect_in "$tmp/out" "duck.scad: duck ("
expect_in "$tmp/out" "mug.stl: mug ("
expect_exit 1 "$bin" judge --judge "$tmp/mug.stl" "$tmp/duck.scad"
expect_in "$tmp/err" "mug.stl"

# make with a model trained here for a few steps: every candidate is accounted for, the prompt's
# category is recognised, and what is written (if anything was printable) starts with the prompt.
cat >"$tmp/text.json" <<'JSON'
{"model": {"d_model": 32, "heads": 4, "layers": 1, "d_ff": 64, "max_len": 1024, "image_size": 0},
 "tokenizer": {"vocab": 600, "corpus": 12},
 "train": {"steps": 6, "batch": 4, "learning_rate": 3e-3, "warmup": 1, "log_every": 3, "eval_every": 6,
           "checkpoint_every": 6, "val_samples": 2, "val_execute": 1, "threads": 2}}
JSON
expect_exit 0 "$bin" train --data "$tmp/ds1" --config "$tmp/text.json" -o "$tmp/text"
grep -q '"exec_samples":1' "$tmp/text/log.jsonl" || fail "text model: validation did not execute its program"
set +e
"$bin" make "A Tall MUG" --model "$tmp/text/model.safetensors" -n 2 --report "$tmp/make.json" -o "$tmp/made.scad" \
  --stl "$tmp/made.stl" >"$tmp/out" 2>"$tmp/err"
code=$?
set -e
[[ $code == 0 || $code == 4 ]] || fail "make: exit $code ($(cat "$tmp/err"))"
expect_in "$tmp/out" "asked: mug"
expect_in "$tmp/make.json" '"asked": "mug"'
[[ $(grep -c '"printable"' "$tmp/make.json") == 2 ]] || fail "make: the report must list both candidates"
if [[ $code == 0 ]]; then
  [[ $(head -1 "$tmp/made.scad") == "// a tall mug" ]] || fail "make: the program does not open with its prompt"
  [[ -s $tmp/made.stl ]] || fail "make: no mesh written"
fi
# quantize: the int8 file, its agreement with the float model, and make runs on it.
printf 'a mug\n\n a TALL mug \n' >"$tmp/prompts.txt"
expect_exit 0 "$bin" quantize "$tmp/text/model.safetensors" -o "$tmp/text.int8.safetensors" --prompts "$tmp/prompts.txt" \
  --report "$tmp/quantize.json"
expect_in "$tmp/out" "greedy agreement on 2 prompts"
expect_in "$tmp/quantize.json" '"prompts": 2'
(( $(stat -c %s "$tmp/text.int8.safetensors") * 3 < $(stat -c %s "$tmp/text/model.safetensors") )) ||
  fail "quantize: the int8 file is not well under half the float one"
set +e
"$bin" make "a tall mug" --model "$tmp/text.int8.safetensors" -n 2 --report "$tmp/make8.json" >"$tmp/out" 2>"$tmp/err"
code=$?
set -e
[[ $code == 0 || $code == 4 ]] || fail "make (int8): exit $code ($(cat "$tmp/err"))"
[[ $(grep -c '"printable"' "$tmp/make8.json") == 2 ]] || fail "make (int8): the report must list both candidates"
expect_exit 1 "$bin" quantize "$tmp/text.int8.safetensors" -o "$tmp/again.safetensors"
expect_in "$tmp/err" "expected format"
expect_exit 1 "$bin" make "   " --model "$tmp/text/model.safetensors"
expect_in "$tmp/err" "make.empty_prompt"
expect_exit 1 "$bin" make "a mug" --model "$tmp/nothing.safetensors"
expect_exit 1 "$bin" make "a mug" --model "$tmp/text/model.safetensors" --judge "$tmp/text/model.safetensors"
expect_in "$tmp/err" "io.bad_judge"

# The shipped model (models/text2scad.int8.safetensors, make's default) makes what is asked,
# including a vase (whose library comments hold UTF-8 the grammar filter once refused), and
# names the nearest category for an unknown object.
expect_exit 0 "$bin" make "a coffee mug" -o "$tmp/mug.scad" --stl "$tmp/mug.stl" --png "$tmp/mug.png"
expect_in "$tmp/out" "made: candidate"
grep -qE "made: candidate [0-9]+, a mug$" "$tmp/out" || fail "make: the shipped model did not make a mug ($(tail -1 "$tmp/out"))"
[[ -s $tmp/mug.stl && -s $tmp/mug.png ]] || fail "make: no mesh or picture written"
expect_exit 0 "$bin" make "a vase" -o "$tmp/vase.scad"
grep -qE "made: candidate [0-9]+, a vase" "$tmp/out" || fail "make: the shipped model did not make a vase ($(tail -1 "$tmp/out"))"
expect_exit 0 "$bin" make "a teapot" -o "$tmp/teapot.scad"
expect_in "$tmp/out" "the nearest known category is"
echo "objects CLI OK"
