#!/usr/bin/env bash
# bench/bench_pairs.sh — the harness speed bar of issue 3: `cadscribe bench` over 1,000 pairs of
# typical parts, execution included, with --jobs 2 (target: under 2 minutes on 2 cores).
#
# The parts are the valid programs of the spec corpus (tests/spec/py without `# expect error`).
# Pair k uses program k mod n as the prediction; even pairs score it against itself (IoU 1),
# odd pairs against the next program (a wrong answer), so both the identical and the different
# case are timed. Both sides are programs, so every pair executes two programs.
#
# Usage: bench/bench_pairs.sh [path/to/cadscribe] [pairs] [jobs]   (default: build/cadscribe 1000 2)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/cadscribe}
count=${2:-1000}
jobs=${3:-2}
[[ -x $bin ]] || { echo "bench_pairs.sh: no binary at $bin" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mapfile -t programs < <(grep -L "expect error" "$root"/tests/spec/py/*.py | sort)
n=${#programs[@]}
for ((k = 0; k < count; k++)); do
  pred=${programs[k % n]}
  if ((k % 2 == 0)); then gt=$pred; else gt=${programs[(k + 1) % n]}; fi
  printf '{"id":"pair%04d","pred":"%s","gt":"%s"}\n' "$k" "$pred" "$gt"
done >"$tmp/pairs.jsonl"
echo "bench_pairs: $count pairs from $n programs, --jobs $jobs"
start=$(date +%s.%N)
"$bin" bench "$tmp/pairs.jsonl" --jobs "$jobs" -o "$tmp/report" | tail -n 20
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v c="$count" 'BEGIN { printf "wall %.1f s for %d pairs (%.1f pairs/s); anchor: 120 s\n", e - s, c, c / (e - s) }'
