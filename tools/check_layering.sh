#!/usr/bin/env bash
# Fails when a module includes a header from a module it may not depend on (DESIGN.md §2),
# or when OpenCASCADE / CGAL / torch headers appear outside kernel / csg / nn/torch.
set -euo pipefail
src=${1:-$(dirname "$0")/../src}
declare -A allowed=(
  [base]="base"
  [math]="math base"
  [mesh]="mesh math base"
  [lang]="lang base"
  [kernel]="kernel mesh math base"
  [csg]="csg mesh math base"
  [cad]="cad lang kernel csg render mesh math base"
  [render]="render mesh math base"
  [metrics]="metrics mesh math base"
  [synth]="synth cad render metrics lang kernel csg mesh math base"
  [nn]="nn base"
  [pipeline]="pipeline synth cad render metrics nn lang kernel csg mesh math base"
  [server]="server pipeline cad render metrics nn lang kernel csg mesh math base"
  [apps]="apps server pipeline synth cad render metrics nn lang kernel csg mesh math base"
)
fail=0
while IFS= read -r -d '' file; do
  rel=${file#"$src"/}
  mod=${rel%%/*}
  [[ -n "${allowed[$mod]:-}" ]] || { echo "$rel: unknown module '$mod'"; fail=1; continue; }
  while IFS= read -r line; do
    inc=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]+)".*/\1/' <<<"$line")
    dep=${inc%%/*}
    [[ "$inc" == */* ]] || continue
    # nn/torch is reached only through the plug-in (nn/language_model.h), never by an include.
    if [[ "$inc" == nn/torch/* && $rel != nn/torch/* ]]; then
      echo "$rel: only nn/torch may include \"$inc\" (use nn/language_model.h)"; fail=1
    fi
    if [[ " ${allowed[$mod]} " != *" $dep "* ]]; then
      echo "$rel: module '$mod' must not include \"$inc\""; fail=1
    fi
  done < <(grep -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" || true)
  if [[ $mod != kernel ]] && grep -qE '#[[:space:]]*include[[:space:]]*<(TopoDS|BRep|gp_|Standard_|TopExp|STEP|Geom)' "$file"; then
    echo "$rel: OpenCASCADE headers are allowed only in src/kernel"; fail=1
  fi
  if [[ $mod != csg ]] && grep -qE '#[[:space:]]*include[[:space:]]*<CGAL/' "$file"; then
    echo "$rel: CGAL headers are allowed only in src/csg"; fail=1
  fi
  if [[ $rel != nn/torch/* ]] && grep -qE '#[[:space:]]*include[[:space:]]*<torch/' "$file"; then
    echo "$rel: torch headers are allowed only in src/nn/torch"; fail=1
  fi
done < <(find "$src" \( -name '*.h' -o -name '*.cpp' \) -print0)
[[ $fail == 0 ]] && echo "layering OK"
exit $fail
