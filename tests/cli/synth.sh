#!/usr/bin/env bash
# `cadscribe synth`: the shards of a dataset are a pure function of (seed, shard): one machine,
# three machines (--shard i/3) and a run killed three times and resumed all give byte-identical
# files; every written program re-executes as valid; the tars are standard (tar lists them).
source "$(dirname "$0")/lib.sh"
args=(--count 30 --per-shard 8 --seed 11)
expect_exit 0 "$bin" synth "${args[@]}" --jobs 2 -o "$tmp/one" --preview 8
for f in dataset.json manifest.jsonl stats.json preview.png train/shard-000000.tar train/shard-000003.tar; do
  [[ -s $tmp/one/$f ]] || fail "missing $f"
done
[[ $(wc -l <"$tmp/one/manifest.jsonl") == 30 ]] || fail "manifest must list 30 samples"
tar -tf "$tmp/one/train/shard-000003.tar" >"$tmp/members"  # (grep -q on a pipe would SIGPIPE tar)
grep -q '^000003_00005\.7\.png$' "$tmp/members" || fail "last shard lacks its 6th sample"
[[ $(wc -l <"$tmp/members") == 60 ]] || fail "last shard: 6 samples x 10 members"

# Three machines, then merge.
for i in 0 1 2; do expect_exit 0 "$bin" synth "${args[@]}" --shard "$i/3" -o "$tmp/three"; done
expect_exit 0 "$bin" synth --merge -o "$tmp/three"
for f in manifest.jsonl stats.json train/shard-000000.tar train/shard-000001.tar train/shard-000002.tar train/shard-000003.tar; do
  cmp -s "$tmp/one/$f" "$tmp/three/$f" || fail "$f differs between 1 and 3 machines"
done

# Killed three times at different moments, then resumed to the end.
for delay in 0.7 1.3 2.1; do
  timeout -s KILL "$delay" "$bin" synth "${args[@]}" --jobs 2 -o "$tmp/killed" >/dev/null 2>&1 || true
done
expect_exit 0 "$bin" synth "${args[@]}" --jobs 2 -o "$tmp/killed"
for f in manifest.jsonl stats.json train/shard-000000.tar train/shard-000001.tar train/shard-000002.tar train/shard-000003.tar; do
  cmp -s "$tmp/one/$f" "$tmp/killed/$f" || fail "$f differs after kills and resume"
done
ls "$tmp/killed/train" | grep -qE 'partial|progress|inflight' && fail "leftover work files after completion"

# Killing only the parent (not its process group) must not leave workers writing shards.
"$bin" synth "${args[@]}" --jobs 2 -o "$tmp/orphans" >/dev/null 2>&1 &
parent=$!
sleep 1
kill -KILL "$parent"
wait "$parent" 2>/dev/null || true
sleep 0.5
for p in /proc/[0-9]*; do
  tr '\0' ' ' <"$p/cmdline" 2>/dev/null | grep -q "synth-worker --out $tmp/orphans" && fail "a worker outlived its parent"
done

# Every written program re-executes and passes the validity rule.
mkdir -p "$tmp/programs"
for t in "$tmp"/one/train/*.tar; do tar -xf "$t" -C "$tmp/programs" --wildcards '*.py'; done
[[ $(ls "$tmp/programs" | wc -l) == 30 ]] || fail "expected 30 programs in the shards"
expect_exit 0 "$bin" run --batch "$tmp/programs" --require-valid --jobs 2

# A different dataset in the same folder is refused.
expect_exit 1 "$bin" synth --count 30 --per-shard 8 --seed 12 -o "$tmp/one"
expect_in "$tmp/err" "synth.dataset_mismatch"
echo "synth CLI OK"
