#!/usr/bin/env bash
# `cadscribe bench`: a pairs file with a perfect, a wrong, a broken and a hanging prediction
# and a missing ground truth; the folder mode; the report files.
source "$(dirname "$0")/lib.sh"
mkdir -p "$tmp/pred" "$tmp/gt"
printf 'import cadquery as cq\nresult = cq.Workplane().box(10, 20, 30)\n' >"$tmp/gt/a.py"
printf 'import cadquery as cq\nresult = cq.Workplane().cylinder(30, 5)\n' >"$tmp/gt/b.py"
printf 'import cadquery as cq\nresult = cq.Workplane().sphere(5)\n' >"$tmp/gt/c.py"
cp "$tmp/gt/a.py" "$tmp/pred/a.py"                                      # perfect
printf 'import cadquery as cq\nresult = cq.Workplane().box(5, 5, 30)\n' >"$tmp/pred/b.py"  # wrong
printf 'import cadquery as cq\nresult = cq.Workplane(.box(1, 2, 3)\n' >"$tmp/pred/c.py"  # syntax error
printf 'while True:\n    pass\n' >"$tmp/pred/hang.py"
cat >"$tmp/pairs.jsonl" <<JSON
{"id": "a", "pred": "pred/a.py", "gt": "gt/a.py", "group": "box"}
{"id": "b", "pred": "pred/b.py", "gt": "gt/b.py", "group": "round"}
# comments and blank lines are skipped

{"id": "c", "pred": "pred/c.py", "gt": "gt/c.py", "group": "round"}
{"id": "hang", "pred": "pred/hang.py", "gt": "gt/a.py", "group": "box"}
{"id": "nogt", "pred": "pred/a.py", "gt": "gt/missing.py", "group": "box"}
JSON
expect_exit 0 "$bin" bench "$tmp/pairs.jsonl" --jobs 2 --wall 3 --timeout 60 --max-steps 1000000000000 -o "$tmp/report"
for f in table.md table.json pairs.jsonl iou_histogram.png; do [[ -s $tmp/report/$f ]] || fail "missing $f"; done
[[ $(wc -l <"$tmp/report/pairs.jsonl") == 5 ]] || fail "pairs.jsonl must have one line per pair"
sed -n 1p "$tmp/report/pairs.jsonl" | grep -q '"id":"a"' || fail "pairs.jsonl out of order"
sed -n 4p "$tmp/report/pairs.jsonl" | grep -q '"limit.wall_clock"' || fail "the hanging pair is not a wall-clock failure"
expect_in "$tmp/report/table.json" '"total": 4'
expect_in "$tmp/report/table.json" '"successes": 2'
expect_in "$tmp/report/table.json" '"excluded_ground_truth_failures": 1'
expect_in "$tmp/report/table.md" "syntax."
expect_in "$tmp/report/table.md" "limit.wall_clock"
expect_in "$tmp/report/table.md" "nogt"
expect_in "$tmp/report/table.md" "round"

# Folder mode pairs by stem; c.py's prediction fails, hang.py has no ground truth (ignored).
rm "$tmp/pred/hang.py"
expect_exit 0 "$bin" bench "$tmp/pred" "$tmp/gt" -o "$tmp/report2" --no-chamfer
expect_in "$tmp/report2/table.json" '"total": 3'
expect_in "$tmp/report2/table.json" '"successes": 2'

printf '{"pred": "x.py"}\n' >"$tmp/bad.jsonl"
expect_exit 1 "$bin" bench "$tmp/bad.jsonl"
expect_in "$tmp/err" "bad.jsonl:1"
echo "bench CLI OK"
