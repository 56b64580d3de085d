#!/usr/bin/env bash
# Are two builds' reports byte-identical? For refactors that must not change any output.
#   scripts/same-reports.sh OLD_BIN NEW_BIN [EVENT...]
# Compares `report --format json` (and, for the seeds, every format) of the seeds and of corpus events
# (default: five events of ../shared/corpus/news-clusters; `all` for every event). Exit 0 when identical.
set -euo pipefail
old=$1 new=$2; shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$root/../shared/corpus/news-clusters
events=("$@")
[ ${#events[@]} -eq 0 ] && events=(croydon_tram_trash hack_equifax_breach f1_crash panama_papers thousands_flee_fireworks_explosion_at_australia_beach)
[ "${events[0]}" = all ] && mapfile -t events < <(ls "$corpus")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
differ=0
check() { # name format input...
  local name=$1 format=$2; shift 2
  "$old" report "$@" --format "$format" --out "$tmp/old" 2>/dev/null || true
  "$new" report "$@" --format "$format" --out "$tmp/new" 2>/dev/null || true
  if cmp -s "$tmp/old" "$tmp/new"; then echo "same     $name ($format)"; else echo "DIFFERS  $name ($format)"; differ=1; fi
}
for f in json text markdown html; do check seeds "$f" "$root/seeds"; done
for e in "${events[@]}"; do [ -d "$corpus/$e" ] && check "$e" json "$corpus/$e"; done
exit $differ
