#!/usr/bin/env bash
# Monotone results (issue #12): what Parallax finds among a set of articles must not change when
# unrelated articles are added to the set. Analyses the five seeds alone, then the seeds together
# with every article of CORPUS as one set, and compares the findings among the seeds: passages
# (restricted to their seed members, when two or more remain), figures (value, qualifier, what,
# span), number groups (restricted to seed figures) and actor labels (actor name, article, span,
# label). Prints every difference and exits 1 when there is one, 0 when the findings are the same.
# Nothing is written to the project; the corpus is only read.
#
# Usage: benches/monotone.sh [BIN] [CORPUS]
#   BIN defaults to target/release/parallax (build it with `cargo build --release`).
#   CORPUS defaults to $CORPUS, else ../shared/corpus/news-clusters from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/parallax}
corpus=${2:-${CORPUS:-../shared/corpus/news-clusters}}
[ -x "$bin" ] || { echo "monotone.sh: $bin is not an executable; build it with cargo build --release" >&2; exit 2; }
[ -d "$corpus" ] || { echo "monotone.sh: corpus folder $corpus not found; pass it as the second argument" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" report seeds --format json --out "$tmp/alone.json"
"$bin" report seeds "$corpus" --format json --out "$tmp/with.json"
python3 - "$tmp/alone.json" "$tmp/with.json" <<'PY'
import json, sys

def findings(path):
    r = json.load(open(path))
    seed = {a['id']: a['path'].split('/')[-1] for a in r['articles'] if a['path'].startswith('seeds')}
    passages = set()
    for p in r['passages']:
        ms = tuple(sorted((seed[m['article']], tuple(m['span'])) for m in p['members'] if m['article'] in seed))
        if len(ms) >= 2:
            passages.add((p['kind'], ms))
    figs = {n['id']: (seed[n['article']], tuple(n['span']), n['value'], n['qualifier'], n['what'])
            for n in r['numbers'] if n['article'] in seed}
    groups = set()
    for g in r['number_groups']:
        ms = tuple(sorted(figs[m] for m in g['members'] if m in figs))
        if len(ms) >= 2:
            groups.add((g['what'], ms))
    labels = {(a['name'], seed[l['article']], tuple(l['span']), l['label'])
              for a in r['framing']['actors'] for l in a['labels'] if l['article'] in seed}
    return {'passages': passages, 'figures': set(figs.values()), 'number groups': groups, 'labels': labels}

alone, together = findings(sys.argv[1]), findings(sys.argv[2])
same = True
for part in alone:
    lost, gained = sorted(alone[part] - together[part]), sorted(together[part] - alone[part])
    print(f'{part}: {len(alone[part])} alone, {len(together[part])} with the corpus, '
          f'{len(lost)} lost, {len(gained)} gained')
    for x in lost:
        print('  lost:  ', x)
    for x in gained:
        print('  gained:', x)
    same &= not lost and not gained
sys.exit(0 if same else 1)
PY
