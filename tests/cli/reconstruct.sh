#!/usr/bin/env bash
# `cadscribe reconstruct`: views rendered from a known part come back as a program that executes
# and matches them (the box baseline, --no-model --no-library: an L-bracket's box is a fair fit); every
# output is written; wrong counts, sizes, blank and non-image inputs are clear errors.
# bench --reconstruct scores a split end to end. (train.sh runs reconstruct with the model it trains.)
source "$(dirname "$0")/lib.sh"
cat >"$tmp/part.py" <<'PY'
import cadquery as cq
result = cq.Workplane("XY").box(60, 30, 8).faces(">Z").workplane().hole(6)
PY
expect_exit 0 "$bin" render "$tmp/part.py" -o "$tmp/views" --stem part
views=("$tmp"/views/part.{0,1,2,3,4,5,6,7}.png)
expect_exit 0 "$bin" reconstruct "${views[@]}" --no-model --no-library -o "$tmp/out.py" --step "$tmp/out.step" --stl "$tmp/out.stl" \
  --sheet "$tmp/sheet.png" --report "$tmp/report.json" --budget 4
for f in out.py out.step out.stl sheet.png report.json; do [[ -s $tmp/$f ]] || fail "missing $f"; done
expect_in "$tmp/err" "from box + refined"
score=$(sed -E 's/^score ([0-9.]+).*/\1/' "$tmp/err")
awk -v s="$score" 'BEGIN { exit !(s > 0.8) }' || fail "a plate's box should fit its views (score $score)"
expect_in "$tmp/report.json" '"silhouette_iou"'
expect_exit 0 "$bin" run "$tmp/out.py"
# The folder form takes the same views in name order.
expect_exit 0 "$bin" reconstruct "$tmp/views" --no-model --no-library --budget 1 --no-refine
expect_in "$tmp/out" "cq.Workplane"

# bench --reconstruct: a split's views reconstructed and scored, by family, with the time per part.
expect_exit 0 "$bin" synth --count 3 --seed 5 -o "$tmp/split"
expect_exit 0 "$bin" bench --reconstruct "$tmp/split" --no-model --no-library --budget 1 -o "$tmp/bench"
for f in table.md table.json pairs.jsonl reconstruct.jsonl reconstruct_summary.json; do
  [[ -s $tmp/bench/$f ]] || fail "bench: missing $f"
done
[[ $(wc -l <"$tmp/bench/reconstruct.jsonl") == 3 ]] || fail "bench: one line per part"
expect_in "$tmp/bench/reconstruct_summary.json" '"box + refined"'
expect_in "$tmp/out" "success rate | 100.0% (3/3)"
# Resumed: nothing is redone.
expect_exit 0 "$bin" bench --reconstruct "$tmp/split" --no-model --no-library --budget 1 -o "$tmp/bench"
[[ $(wc -l <"$tmp/bench/reconstruct.jsonl") == 3 ]] || fail "bench: resumed run redid parts"
# In stripes: two processes take parts 0, 2 and part 1; put together, one more run only scores.
expect_exit 0 "$bin" bench --reconstruct "$tmp/split" --no-model --no-library --budget 1 --stripe 0/2 -o "$tmp/stripe0"
[[ $(wc -l <"$tmp/stripe0/reconstruct.jsonl") == 2 ]] || fail "bench: stripe 0/2 of 3 parts is 2 parts"
expect_exit 0 "$bin" bench --reconstruct "$tmp/split" --no-model --no-library --budget 1 --stripe 1/2 -o "$tmp/stripe1"
expect_in "$tmp/stripe1/reconstruct.jsonl" '"key":"000000_00001"'
cat "$tmp/stripe1/reconstruct.jsonl" >>"$tmp/stripe0/reconstruct.jsonl"
cp "$tmp"/stripe1/preds/* "$tmp/stripe0/preds/" && cp "$tmp"/stripe1/gt/* "$tmp/stripe0/gt/"
expect_exit 0 "$bin" bench --reconstruct "$tmp/split" --no-model --no-library --budget 1 -o "$tmp/stripe0"
[[ $(wc -l <"$tmp/stripe0/reconstruct.jsonl") == 3 ]] || fail "bench: the merged stripes were redone"
expect_in "$tmp/out" "success rate | 100.0% (3/3)"
expect_exit 1 "$bin" bench --reconstruct "$tmp/split" --no-model --no-library --stripe 2/2 -o "$tmp/stripe2"
expect_in "$tmp/err" "expected i/K with 0 <= i < K"

# A library from two datasets: keys repeat across runs, so they are qualified by the dataset.
expect_exit 0 "$bin" synth --count 2 --seed 6 -o "$tmp/split2"
expect_exit 0 "$bin" library --data "$tmp/split" "$tmp/split2" -o "$tmp/two.library.safetensors"
expect_in "$tmp/out" "library: 5 programs"
expect_in "$tmp/out" "(shade grid 16)"
expect_exit 0 "$bin" reconstruct "$tmp/views" --no-model --library "$tmp/two.library.safetensors" --retrieve 5 \
  --no-refine --budget 3 --report "$tmp/two.json"
expect_in "$tmp/two.json" '"library split/000000_0000'
expect_in "$tmp/two.json" '"library split2/000000_0000'
# Silhouettes only (--shade-grid 0) retrieve too; a shade grid that does not divide the views is refused.
expect_exit 0 "$bin" library --data "$tmp/split" --shade-grid 0 -o "$tmp/flat.library.safetensors"
expect_in "$tmp/out" "(shade grid 0)"
expect_exit 0 "$bin" reconstruct "$tmp/views" --no-model --library "$tmp/flat.library.safetensors" --retrieve 2 \
  --budget 2 --range-slack 1 --report "$tmp/flat.json"
expect_in "$tmp/flat.json" '"library 000000_0000'
expect_exit 1 "$bin" library --data "$tmp/split" --shade-grid 7 -o "$tmp/bad.library.safetensors"
expect_in "$tmp/err" "do not divide into a 7 grid"

# Parts the library already holds (same fingerprint: the first 2 of seed 5 again) are counted,
# and the figures are given again without them.
expect_exit 0 "$bin" synth --count 2 --seed 5 -o "$tmp/split_again"
expect_exit 0 "$bin" library --data "$tmp/split_again" -o "$tmp/again.library.safetensors"
expect_exit 0 "$bin" bench --reconstruct "$tmp/split" --no-model --library "$tmp/again.library.safetensors" --no-refine \
  --budget 2 -o "$tmp/bench_again"
expect_in "$tmp/bench_again/reconstruct_summary.json" '"in_library": 2'
expect_in "$tmp/out" "without the 2 parts the library already holds"
expect_in "$tmp/bench_again/reconstruct_summary.json" '"without_in_library"'

# A rig file: other view counts, rendered and reconstructed with the same rig.
cat >"$tmp/rig3.json" <<'JSON'
{"name": "three", "size": 128, "views": [
  {"direction": [1, 0, 0]}, {"direction": [0, -1, 0]}, {"direction": [1, -1, 1]}]}
JSON
expect_exit 0 "$bin" render "$tmp/part.py" -o "$tmp/views3" --stem part --rig "$tmp/rig3.json"
[[ -s $tmp/views3/part.2.png && ! -e $tmp/views3/part.3.png ]] || fail "the 3-view rig renders 3 views"
expect_exit 0 "$bin" reconstruct "$tmp/views3" --rig "$tmp/rig3.json" --no-model --no-library --budget 2 -o "$tmp/out3.py"
expect_in "$tmp/err" "from box"
expect_exit 1 "$bin" reconstruct "${views[@]}" --rig "$tmp/rig3.json" --no-model --no-library
expect_in "$tmp/err" "8 images given, the rig 'three' has 3 views"

# bench --reconstruct-programs: parts outside any dataset (the spec corpus), rendered here; a
# program that does not execute is skipped, not scored.
mkdir -p "$tmp/progs"
cp "$tmp/part.py" "$tmp/progs/plate.py"
cat >"$tmp/progs/disc.py" <<'PY'
import cadquery as cq
result = cq.Workplane("XY").circle(20).extrude(5)
PY
printf 'import cadquery as cq\nresult = undefined_name\n' >"$tmp/progs/broken.py"
expect_exit 0 "$bin" bench --reconstruct-programs "$tmp/progs" --no-model --no-library --budget 1 -o "$tmp/bench_p"
expect_in "$tmp/out" "success rate | 100.0% (2/2)"
expect_in "$tmp/bench_p/reconstruct_summary.json" '"skipped": 1'
expect_in "$tmp/bench_p/reconstruct.jsonl" '"skipped"'
[[ -s $tmp/bench_p/preds/disc.py && ! -e $tmp/bench_p/preds/broken.py ]] || fail "bench: programs reconstructed"
expect_exit 0 "$bin" bench --reconstruct-programs "$tmp/progs" --no-model --no-library --budget 1 -o "$tmp/bench_p"
[[ $(wc -l <"$tmp/bench_p/reconstruct.jsonl") == 3 ]] || fail "bench: resumed run redid programs"
expect_in "$tmp/out" "success rate | 100.0% (2/2)"
expect_exit 1 "$bin" bench --reconstruct-programs "$tmp/nowhere" --no-model --no-library -o "$tmp/bench_q"
expect_in "$tmp/err" "neither a .py program nor a folder"

# Errors.
expect_exit 1 "$bin" reconstruct "${views[@]:0:7}" --no-model --no-library
expect_in "$tmp/err" "data.bad_views"
expect_in "$tmp/err" "7 images given"
expect_exit 0 "$bin" render "$tmp/part.py" -o "$tmp/small" --stem part --size 64
mixed=("${views[@]:0:7}" "$tmp/small/part.7.png")
expect_exit 1 "$bin" reconstruct "${mixed[@]}" --no-model --no-library
expect_in "$tmp/err" "all of one size"
cat >"$tmp/nothing.py" <<'PY'
import cadquery as cq
result = cq.Workplane("XY").box(1, 1, 1)
PY
expect_exit 0 "$bin" render "$tmp/nothing.py" -o "$tmp/blank" --stem b
for i in 0 1 2 3 4 5 6 7; do cp "$tmp/views/part.$i.png" "$tmp/blank/b.$i.png"; done
cp "$root/tests/data/blank_256.png" "$tmp/blank/b.5.png"  # a view of nothing
expect_exit 1 "$bin" reconstruct "$tmp/blank" --no-model --no-library
expect_in "$tmp/err" "b.5.png: the view shows nothing"
printf 'not a png' >"$tmp/blank/b.3.png"
expect_exit 1 "$bin" reconstruct "$tmp/blank" --no-model --no-library
expect_in "$tmp/err" "io.png"
expect_exit 1 "$bin" reconstruct "${views[@]}" --model "$tmp/missing.safetensors"
expect_in "$tmp/err" "missing.safetensors"
echo "reconstruct OK"
