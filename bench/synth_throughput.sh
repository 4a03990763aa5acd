#!/usr/bin/env bash
# bench/synth_throughput.sh — the dataset engine's throughput bar (issue 4): valid samples per
# second with --jobs 2 on this 2-core machine, rendering (8 views, PNG) and validation (STEP and
# STL probes) included. Anchor: 20 samples/s (≈ 1.7M a day).
#
# Jobs parallelise across shards, so the run uses shards of 100 samples.
# Usage: bench/synth_throughput.sh [path/to/cadscribe] [count] [jobs]   (default build/cadscribe 1000 2)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/cadscribe}
count=${2:-1000}
jobs=${3:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" synth --count "$count" --per-shard 100 --seed 1 --jobs "$jobs" -o "$tmp/ds"
python3 - "$tmp/ds/stats.json" <<'PY' 2>/dev/null || true
import json, sys
s = json.load(open(sys.argv[1]))
print("valid rate %.3f, duplicate rate %.4f" % (s.get("valid_rate", 0), s.get("duplicate_rate", 0)))
PY
echo "anchor: 20 samples/s with --jobs 2"
