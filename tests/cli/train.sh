#!/usr/bin/env bash
# `cadscribe train`: a tiny views→CadQuery model on a real synthetic dataset. The loss falls; the
# run folder holds the log, curve, tokenizer and a self-contained model; a run stopped twice, or
# killed, and resumed writes the same model bytes as one that never stopped; bad configs, data
# and a config change on resume are clear errors.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$bin" synth --count 40 --per-shard 20 --seed 3 --jobs 2 -o "$tmp/data"
cat >"$tmp/model.json" <<'JSON'
{"model": {"d_model": 32, "heads": 4, "layers": 1, "d_ff": 64, "max_len": 1024, "image_size": 32, "views": 8},
 "tokenizer": {"vocab": 400, "corpus": 100},
 "train": {"steps": 12, "batch": 4, "learning_rate": 3e-3, "warmup": 2, "log_every": 3, "eval_every": 6,
           "checkpoint_every": 3, "val_samples": 6, "val_execute": 2, "threads": 2}}
JSON
expect_exit 0 "$bin" train --data "$tmp/data" --config "$tmp/model.json" -o "$tmp/straight"
for f in train_config.json tokenizer.json log.jsonl curve.png model.safetensors library.safetensors checkpoint/weights.safetensors \
         checkpoint/optimizer.safetensors checkpoint/state.json; do
  [[ -s $tmp/straight/$f ]] || fail "missing $f"
done
[[ $(head -c 8 "$tmp/straight/curve.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "curve.png is not a PNG"
head -c 4096 "$tmp/straight/model.safetensors" | grep -q '"tokenizer"' || fail "model lacks its tokenizer"
grep -q '"kind":"eval"' "$tmp/straight/log.jsonl" || fail "no validation line"
grep -q '"exec_samples":2' "$tmp/straight/log.jsonl" || fail "validation did not execute 2 programs"
losses=$(grep '"kind":"train"' "$tmp/straight/log.jsonl" | sed -E 's/.*"loss":([0-9.e+-]+).*/\1/')
first=$(head -1 <<<"$losses"); last=$(tail -1 <<<"$losses")
awk -v a="$first" -v b="$last" 'BEGIN { exit !(b < a - 0.3) }' || fail "loss did not fall: $first -> $last"

# The trained model drives reconstruct: its beams are candidates (a model this small rarely
# writes a program that runs, so the box may still win), and the report says what each did.
mkdir -p "$tmp/views"
tar -xf "$tmp/data/train/shard-000000.tar" -C "$tmp/views" --wildcards '000000_00000.*.png'
expect_exit 0 "$bin" reconstruct "$tmp/views" --model "$tmp/straight/model.safetensors" --candidates 2 --budget 3 \
  --library "$tmp/straight/library.safetensors" \
  --report "$tmp/report.json" -o "$tmp/reconstructed.py"
expect_in "$tmp/report.json" '"origin": "beam 0"'
expect_exit 0 "$bin" run "$tmp/reconstructed.py"

# Stopped twice and resumed; killed and resumed: the same model, byte for byte.
expect_exit 0 "$bin" train --data "$tmp/data" --config "$tmp/model.json" -o "$tmp/stopped" --stop-after 4
grep -q '"step":4' "$tmp/stopped/checkpoint/state.json" || fail "no checkpoint at the stop"
expect_exit 0 "$bin" train --data "$tmp/data" --config "$tmp/model.json" -o "$tmp/stopped" --stop-after 5
expect_exit 0 "$bin" train --data "$tmp/data" --config "$tmp/model.json" -o "$tmp/stopped"
cmp -s "$tmp/straight/model.safetensors" "$tmp/stopped/model.safetensors" || fail "resumed run differs"
[[ $(grep -c '"kind":"start"' "$tmp/stopped/log.jsonl") == 3 ]] || fail "one start line per (re)start"
for delay in 1.5 2.5; do
  timeout -s KILL "$delay" "$bin" train --data "$tmp/data" --config "$tmp/model.json" -o "$tmp/killed" &>/dev/null || true
done 2>/dev/null  # (bash reports the killed job on its own stderr)
expect_exit 0 "$bin" train --data "$tmp/data" --config "$tmp/model.json" -o "$tmp/killed"
cmp -s "$tmp/straight/model.safetensors" "$tmp/killed/model.safetensors" || fail "killed and resumed run differs"

# Errors.
sed 's/"batch": 4/"batch": 5/' "$tmp/model.json" >"$tmp/other.json"
expect_exit 1 "$bin" train --data "$tmp/data" --config "$tmp/other.json" -o "$tmp/straight"
expect_in "$tmp/err" "train.config_mismatch"
sed 's/"layers"/"layer"/' "$tmp/model.json" >"$tmp/typo.json"
expect_exit 1 "$bin" train --data "$tmp/data" --config "$tmp/typo.json" -o "$tmp/typo"
expect_in "$tmp/err" "unknown key 'layer'"
printf '{"train": {"steps": 3,}}' >"$tmp/broken.json"
expect_exit 1 "$bin" train --data "$tmp/data" --config "$tmp/broken.json" -o "$tmp/broken"
expect_in "$tmp/err" "not JSON at byte"
mkdir -p "$tmp/empty"
expect_exit 1 "$bin" train --data "$tmp/empty" --config "$tmp/model.json" -o "$tmp/none"
expect_in "$tmp/err" "data.no_shards"
printf 'not a tar' >"$tmp/bad.tar"
expect_exit 1 "$bin" train --data "$tmp/bad.tar" --config "$tmp/model.json" -o "$tmp/badtar"
expect_in "$tmp/err" "io.tar"
echo "train OK"
