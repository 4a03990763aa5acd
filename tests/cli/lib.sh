# tests/cli/lib.sh — helpers for the command-line tests: each test script gets the cadscribe
# binary as $1, works in a fresh temporary folder and fails on the first broken expectation.
set -euo pipefail
bin=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_exit CODE CMD...: runs CMD, requires exit status CODE; output kept in $tmp/out, $tmp/err.
expect_exit() {
  local want=$1; shift
  set +e
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  set -e
  [[ $got == "$want" ]] || { cat "$tmp/out" "$tmp/err" >&2; fail "'$*' exited $got, expected $want"; }
}
expect_in() {  # expect_in FILE TEXT
  grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "'$2' not found in $1"; }
}
