#!/usr/bin/env bash
# Fuzz load + analyse + every report format for a given time:  fuzz/run.sh [SECONDS] [extra libFuzzer flags]
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain, or stable with RUSTC_BOOTSTRAP=1 (used when no
# nightly is installed). Crashes land in fuzz/artifacts/analyse/; minimise one with
# `cargo fuzz tmin analyse FILE` and turn it into a unit test next to the code that failed.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}; shift || true
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then toolchain=(+nightly); else export RUSTC_BOOTSTRAP=1; fi
mkdir -p corpus/analyse
# Seed the corpus with the embedded seed articles, one per input.
for f in ../seeds/*; do cp -n "$f" "corpus/analyse/seed-$(basename "$f")"; done
# No sanitizer (safe Rust: the targets are panics, overflows, hangs and memory blow-ups), with debug
# assertions on so that arithmetic overflow is caught too.
cargo "${toolchain[@]}" fuzz run --sanitizer none --debug-assertions analyse corpus/analyse -- -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 "$@"
