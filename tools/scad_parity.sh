#!/usr/bin/env bash
# tools/scad_parity.sh — parity and speed of cadscribe's OpenSCAD engine against Debian's openscad.
#
# Runs `openscad -o ref.stl` and `cadscribe run -o ours.stl --json` on every program of the
# corpus (default: the 3D test programs of openscad-testing-data and openscad's examples),
# compares the two meshes with `cadscribe score --alignment none` (voxel IoU, DESIGN.md §5; at
# 256^3 for parts too thin to fill a voxel centre at 64^3), and
# writes OUT/parity.tsv (one row per program) and OUT/summary.txt:
#   - the share of programs openscad renders to a closed 3D mesh that reach IoU >= 0.99 (also
#     without the programs where openscad printed an ERROR and dropped an object),
#   - the median speed-up (openscad wall time / cadscribe wall time) on the CSG-heavy programs
#     (those openscad needs >= 1 s for), and over all programs both render.
# Run by hand, not in CTest (it takes minutes):
#   tools/scad_parity.sh [-j JOBS] [-t TIMEOUT_S] [-o OUTDIR] [-b CADSCRIBE] [PROGRAM_OR_DIR ...]
set -u
jobs=2
timeout_s=120
out=parity-out
bin=""
while getopts "j:t:o:b:h" opt; do
  case $opt in
    j) jobs=$OPTARG ;;
    t) timeout_s=$OPTARG ;;
    o) out=$OPTARG ;;
    b) bin=$OPTARG ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "$bin" ]; then
  for c in "$here/../build/cadscribe" "$here/../build-bind/cadscribe" "$(command -v cadscribe)"; do
    [ -x "$c" ] && bin=$c && break
  done
fi
[ -x "$bin" ] || { echo "no cadscribe binary (use -b)" >&2; exit 2; }
command -v openscad >/dev/null || { echo "openscad is not installed" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

if [ $# -eq 0 ]; then
  set -- /usr/share/openscad/testdata/scad/3D/features /usr/share/openscad/testdata/scad/3D/issues \
         /usr/share/openscad/testdata/scad/3D/misc /usr/share/openscad/testdata/scad/bugs \
         /usr/share/openscad/examples
fi
mkdir -p "$out/ref" "$out/ours" "$out/log"
list="$out/programs.txt"
: > "$list"
for p in "$@"; do
  if [ -d "$p" ]; then find "$p" -name '*.scad' | sort >> "$list"; elif [ -f "$p" ]; then echo "$p" >> "$list"; fi
done
echo "$(wc -l < "$list") programs, $jobs at a time, openscad timeout ${timeout_s}s" >&2

now() { date +%s.%N; }
run_one() {
  prog=$1
  key=$(echo "$prog" | sed 's|^/usr/share/openscad/||; s|[/ ]|__|g; s|\.scad$||')
  ref="$out/ref/$key.stl" ours="$out/ours/$key.stl" log="$out/log/$key"
  t0=$(now)
  timeout "$timeout_s" openscad -o "$ref" "$prog" > "$log.openscad" 2>&1
  os_rc=$?
  t1=$(now)
  os_ok=0 os_closed=0
  if [ $os_rc -eq 0 ] && [ -s "$ref" ]; then
    os_ok=1
    python3 "$here/scad_parity.py" measure "$ref" | grep -q 'closed=1' && os_closed=1
  fi
  t2=$(now)
  # openscad reads files anywhere; the corpus's programs reach ../../../image: let cadscribe read
  # the corpus's tree too (its sandbox otherwise stops at the program's folder), and the bundled
  # libraries folder (MCAD) that openscad searches by default.
  timeout "$timeout_s" "$bin" run "$prog" -L /usr/share/openscad -L /usr/share/openscad/libraries -o "$ours" --json --timeout "$timeout_s" > "$log.cadscribe.json" 2> "$log.cadscribe.err"
  cs_rc=$?
  t3=$(now)
  cs_status=$(python3 -c 'import json,sys
try: print(json.load(open(sys.argv[1]))["status"])
except Exception: print("crash")' "$log.cadscribe.json")
  [ $cs_rc -eq 124 ] && cs_status=killed
  iou=""
  if [ $os_ok -eq 1 ] && [ -s "$ours" ]; then
    score() {
      "$bin" score "$ours" "$ref" --json --alignment none --no-chamfer --resolution "$1" 2> /dev/null |
        python3 -c 'import json,sys
try: j=json.load(sys.stdin); print("%.4f" % j["iou"] if j.get("ok") else "")
except Exception: print("")'
    }
    iou=$(score 64)
    # A part thinner than a voxel at 64^3 (a row of 2 mm cubes 250 mm long) fills no voxel
    # centre in either mesh: IoU 0 says nothing then, so such a pair is compared at 256^3.
    [ "$iou" = "0.0000" ] && iou=$(score 256)
    # Faces that pass exactly through voxel centres (symmetric parts at an even resolution: two
    # cubes turned 45 degrees, bugs/issue945) flip whole layers of voxels on a 1e-7 mm difference
    # in triangulation; the same pair is then also compared at 65^3, off those coincidences, and
    # the better of the two counts (a real difference shows at both).
    if [ -n "$iou" ] && python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) < 0.99 else 1)' "$iou"; then
      iou65=$(score 65)
      [ -n "$iou65" ] && iou=$(python3 -c 'import sys; print("%.4f" % max(float(sys.argv[1]), float(sys.argv[2])))' "$iou" "$iou65")
    fi
  fi
  os_s=$(echo "$t1 - $t0" | bc -l)
  cs_s=$(echo "$t3 - $t2" | bc -l)
  # openscad's first ERROR line: it then drops the object it failed on, so its mesh is not the
  # program's geometry (e.g. "The given mesh is not closed! Unable to convert to CGAL_Nef_Polyhedron.")
  os_error=$(grep -m1 '^ERROR:' "$log.openscad" | tr '\t' ' ')
  printf '%s\t%d\t%d\t%d\t%s\t%.3f\t%.3f\t%s\t%s\n' "$prog" "$os_ok" "$os_closed" "$os_rc" "$cs_status" "$os_s" "$cs_s" "$iou" "$os_error"
}
export -f run_one now
export out bin here timeout_s

printf 'program\topenscad_ok\topenscad_closed\topenscad_rc\tcadscribe_status\topenscad_s\tcadscribe_s\tiou\topenscad_error\n' > "$out/parity.tsv"
xargs -a "$list" -d '\n' -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} >> "$out/parity.tsv"

python3 - "$out/parity.tsv" > "$out/summary.txt" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
rows = [r + [""] * (9 - len(r)) for r in rows]
closed = [r for r in rows if r[2] == "1"]
good = [r for r in closed if r[7] and float(r[7]) >= 0.99]
clean = [r for r in closed if not r[8]]  # openscad printed no ERROR (it dropped nothing)
clean_good = [r for r in clean if r[7] and float(r[7]) >= 0.99]
both = [r for r in closed if r[4] == "ok" and r[7]]
speed = [float(r[5]) / max(float(r[6]), 1e-3) for r in both]
heavy = [float(r[5]) / max(float(r[6]), 1e-3) for r in both if float(r[5]) >= 1.0]
print("programs: %d; openscad renders %d to a 3D mesh, %d of them closed" % (len(rows), sum(r[1] == "1" for r in rows), len(closed)))
print("IoU >= 0.99 on %d of %d closed programs (%.1f%%)" % (len(good), len(closed), 100.0 * len(good) / max(len(closed), 1)))
print("  of those without an openscad ERROR: %d of %d (%.1f%%)" % (len(clean_good), len(clean), 100.0 * len(clean_good) / max(len(clean), 1)))
print("cadscribe failures on closed programs: %d" % sum(r[4] != "ok" for r in closed))
if speed: print("median speed-up, all programs both render: %.1fx (n=%d)" % (statistics.median(speed), len(speed)))
if heavy: print("median speed-up, CSG-heavy (openscad >= 1 s): %.1fx (n=%d)" % (statistics.median(heavy), len(heavy)))
print()
print("programs below IoU 0.99 or failing (program, status, iou):")
for r in closed:
    if not (r[7] and float(r[7]) >= 0.99):
        print("  %s\t%s\t%s\t%s" % (r[0], r[4], r[7] or "-", ("openscad " + r[8]) if r[8] else ""))
PY
cat "$out/summary.txt"
