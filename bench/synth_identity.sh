#!/usr/bin/env bash
# bench/synth_identity.sh — the dataset engine's reproducibility bar (issue 4) at full scale:
# a COUNT-sample dataset built by one machine (--jobs 2) is byte-identical to the same dataset
# built as K machines' parts (--shard i/K, one after the other) and merged, where machine 0 is
# killed with SIGKILL KILLS times at random moments and restarted each time.
# Prints the time of each run and the files compared; exits non-zero on any difference.
# Usage: bench/synth_identity.sh [path/to/cadscribe] [count] [machines] [kills] [seed]
#        (default build/cadscribe 10000 4 3 7)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/cadscribe}
count=${2:-10000}
machines=${3:-4}
kills=${4:-3}
seed=${5:-7}
tmp=${SYNTH_IDENTITY_DIR:-$(mktemp -d)}
args=(--count "$count" --seed "$seed")
echo "one machine: $count samples, seed $seed"
start=$(date +%s)
"$bin" synth "${args[@]}" --jobs 2 -o "$tmp/one" >"$tmp/one.log" 2>&1
echo "  $(( $(date +%s) - start )) s"

RANDOM=$seed  # the kill moments are random but reproducible
for ((i = 0; i < machines; i++)); do
  if ((i == 0)); then
    for ((k = 1; k <= kills; k++)); do
      delay=$(( 5 + RANDOM % 40 ))
      timeout -s KILL "$delay" "$bin" synth "${args[@]}" --shard "$i/$machines" --jobs 2 -o "$tmp/parts" \
        >>"$tmp/parts.log" 2>&1 || true
      echo "machine $i killed after ${delay} s (kill $k of $kills)"
    done
  fi
  start=$(date +%s)
  "$bin" synth "${args[@]}" --shard "$i/$machines" --jobs 2 -o "$tmp/parts" >>"$tmp/parts.log" 2>&1
  echo "machine $i of $machines finished in $(( $(date +%s) - start )) s"
done
"$bin" synth --merge -o "$tmp/parts" >>"$tmp/parts.log" 2>&1

compared=0
while IFS= read -r -d '' f; do
  rel=${f#"$tmp/one/"}
  cmp -s "$f" "$tmp/parts/$rel" || { echo "DIFFERS: $rel"; exit 1; }
  compared=$((compared + 1))
done < <(find "$tmp/one" -type f -print0)
extra=$(cd "$tmp/parts" && find . -type f | wc -l)
[[ $extra == "$compared" ]] || { echo "the merged dataset has $extra files, the single run $compared"; exit 1; }
echo "identical: $compared files ($(du -sh "$tmp/one" | cut -f1)), 1 machine = $machines machines with $kills kills"
