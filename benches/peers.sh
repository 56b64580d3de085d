#!/usr/bin/env bash
# Parallax against two Python peers on the same corpus, in one run (issue #12, "Fast at any size").
#
# Times, on all the articles of CORPUS taken as ONE set:
#   parallax   BIN report CORPUS --format json > /dev/null (load, text, align, numbers, framing)
#   simple     benches/peers/simple_analysis.py CORPUS: 8-word shingles, figures by regex, JSON summary
#   difflib    benches/peers/difflib_all_pairs.py CORPUS: difflib.SequenceMatcher on every pair of
#              articles' words. All pairs of 334 articles take about a minute or more, so by default a
#              fixed sample of PAIRS pairs is measured and the full time extrapolated from it (the
#              script prints both); PAIRS=0 runs every pair.
# Each is run RUNS times; the table shows the median wall time, user+sys CPU time and peak memory
# (RSS) of each, and how many times faster Parallax is, by wall time and by CPU time. For difflib the
# times are the extrapolated full all-pairs times and the memory is that of the sampled run (difflib
# holds one pair at a time, so memory does not grow with the number of pairs).
# Issue #12's targets: Parallax under 0.3 s and 80 MB on the 334 articles, at least 500x faster than
# difflib all-pairs and 15x faster than the simple analysis.
#
# Usage: benches/peers.sh [BIN] [CORPUS]
#   BIN defaults to target/release/parallax (build it with `cargo build --release`).
#   CORPUS defaults to $CORPUS, else ../shared/corpus/news-clusters from the project root.
#   Environment: RUNS (default 3), PAIRS (difflib sample, default 2000; 0 = all pairs), LIMIT_S
#   (default 300; a run that takes longer is stopped and shown as ">LIMIT"), LIMIT_MB (default 6000,
#   address-space cap so that a runaway run cannot take the machine down).
# Measure on a quiet machine if you can; on a busy one, say so beside the figures.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-target/release/parallax}
CORPUS=${2:-${CORPUS:-$ROOT/../shared/corpus/news-clusters}}
RUNS=${RUNS:-3}
PAIRS=${PAIRS:-2000}
LIMIT_S=${LIMIT_S:-300}
LIMIT_MB=${LIMIT_MB:-6000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -x "$BIN" ] || { echo "no binary at $BIN (cargo build --release)" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "no corpus folder at $CORPUS (give it as the second argument or CORPUS=...)" >&2; exit 2; }

# measure LABEL CMD...: runs CMD once under the memory and time caps, stdout to $WORK/out, and appends
# "LABEL wall_s user_s sys_s peak_kB exit_status" to $WORK/results.
measure() {
    local label=$1 rc
    shift
    set +e
    if [ -x /usr/bin/time ]; then
        (ulimit -v $((LIMIT_MB * 1024)); /usr/bin/time -o "$WORK/time" -f "%e %U %S %M" \
            timeout "$LIMIT_S" "$@" >"$WORK/out" 2>"$WORK/err")
        rc=$?
    else # no GNU time: the same four figures from getrusage of the children
        (ulimit -v $((LIMIT_MB * 1024)); python3 - "$WORK/time" timeout "$LIMIT_S" "$@" >"$WORK/out" 2>"$WORK/err" <<'PY'
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[2:])
r = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "w").write(f"{time.perf_counter() - t:.2f} {r.ru_utime:.2f} {r.ru_stime:.2f} {r.ru_maxrss}\n")
sys.exit(rc)
PY
        )
        rc=$?
    fi
    set -e
    echo "$label $(tail -n 1 "$WORK/time") $rc" >>"$WORK/results"
}

articles=$(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' \) | wc -l)
echo "corpus: $CORPUS ($articles articles, one set); runs: $RUNS; difflib pairs sampled: $PAIRS (0 = all)"
: >"$WORK/results"
: >"$WORK/difflib"
for run in $(seq "$RUNS"); do
    measure parallax "$BIN" report "$CORPUS" --format json
    measure simple python3 "$ROOT/benches/peers/simple_analysis.py" "$CORPUS"
    if [ "$PAIRS" = 0 ]; then
        measure difflib python3 "$ROOT/benches/peers/difflib_all_pairs.py" --json "$CORPUS"
    else
        measure difflib python3 "$ROOT/benches/peers/difflib_all_pairs.py" --json --limit-pairs "$PAIRS" "$CORPUS"
    fi
    head -n 1 "$WORK/out" >&2
    tail -n 1 "$WORK/out" >>"$WORK/difflib"
    echo "run $run of $RUNS done" >&2
done

python3 - "$WORK/results" "$WORK/difflib" "$LIMIT_S" <<'PY'
import json, statistics, sys
results, difflib_lines, limit = sys.argv[1], sys.argv[2], sys.argv[3]
runs = {}
for line in open(results):
    label, wall, user, sys_, kb, rc = line.split()
    runs.setdefault(label, []).append((float(wall), float(user) + float(sys_), int(kb) / 1024, int(rc)))
extrapolated = []  # per difflib run: (full wall, full cpu, measured pairs, all pairs)
for line, measured in zip(open(difflib_lines), runs.get("difflib", [])):
    try:
        d = json.loads(line)
    except ValueError:
        continue
    # the process's own times (interpreter start and loading included), with the time spent on the
    # sampled pairs scaled up to all pairs
    wall = measured[0] + d["measured_wall_s"] * (d["scale"] - 1)
    cpu = measured[1] + d["measured_cpu_s"] * (d["scale"] - 1)
    extrapolated.append((wall, cpu, d["measured_pairs"], d["pairs"]))

def med(xs):
    return statistics.median(xs)

rows = {}
for label, rs in runs.items():
    failed = [rc for *_, rc in rs if rc not in (0, 1)]  # parallax exits 1 when some input was unreadable
    if failed:
        rows[label] = None if 124 not in failed else "timeout"
        continue
    rows[label] = [med([r[0] for r in rs]), med([r[1] for r in rs]), med([r[2] for r in rs])]
if isinstance(rows.get("difflib"), list) and extrapolated:
    rows["difflib"][0] = med([e[0] for e in extrapolated])
    rows["difflib"][1] = med([e[1] for e in extrapolated])

names = {
    "parallax": "parallax report --format json",
    "simple": "simple_analysis.py",
    "difflib": "difflib all-pairs" + (
        f" (extrapolated from {extrapolated[0][2]} of {extrapolated[0][3]} pairs)"
        if extrapolated and extrapolated[0][2] < extrapolated[0][3] else ""),
}
print()
print(f"{'tool':<62} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'parallax faster (wall / cpu)':>30}")
p = rows.get("parallax")
for label in ("parallax", "simple", "difflib"):
    r = rows.get(label)
    if not isinstance(r, list):
        shown = f">{limit} s (stopped)" if r == "timeout" else "failed (see its exit status)"
        print(f"{names[label]:<62} {shown}")
        continue
    ratio = "-"
    if label != "parallax" and isinstance(p, list):
        ratio = f"{r[0] / max(p[0], 0.01):.1f}x / {r[1] / max(p[1], 0.01):.1f}x"
        if r[0] < p[0]:
            ratio += " (slower)"
    print(f"{names[label]:<62} {r[0]:>8.2f} {r[1]:>8.2f} {r[2]:>8.0f} {ratio:>30}")
print()
print("medians of", len(runs.get("parallax", [])), "runs; cpu = user + sys; issue #12 targets: parallax "
      "< 0.3 s and < 80 MB, >= 500x faster than difflib all-pairs, >= 15x faster than the simple analysis")
PY
