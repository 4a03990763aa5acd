#!/usr/bin/env bash
# Installs the Debian 12 packages cadscribe builds and tests with (DESIGN.md §7).
# Idempotent: does nothing when everything is already installed.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config
  libocct-modeling-algorithms-dev libocct-modeling-data-dev libocct-foundation-dev
  libocct-data-exchange-dev libocct-ocaf-dev libtbb-dev
  nlohmann-json3-dev libcli11-dev libgtest-dev libbenchmark-dev
  fonts-dejavu-core libfreetype-dev libpng-dev zlib1g-dev
  libcgal-dev libgmp-dev libmpfr-dev libpolyclipping-dev fonts-liberation2
  libgoogle-perftools-dev
  openscad openscad-testing-data
  # Debian's libtorch uses the reference BLAS unless libopenblas0-openmp is there (35x slower).
  libtorch-dev libopenblas0-openmp
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) == 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
