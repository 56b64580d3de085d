#!/usr/bin/env bash
# Growth of `parallax report DIR --format json` with the NUMBER of articles (issue #12, "Fast at any size").
#
# Builds, in a temporary folder and deterministically (fixed SEED), corpora of 50, 100, 200, 400, 800,
# 1600 and 3200 articles replicated from CORPUS, analyses each as one set and prints, for each size,
# the median wall time, user+sys CPU time and peak memory (RSS) of RUNS runs, and the ratio of each to
# the previous size ("x per doubling"). Issue #12's targets: at most 2.1x per doubling, and 3,200
# articles under 8 s wall and 400 MB. The corpus text is only read; nothing is written to the project.
#
# How the articles are made. The corpus articles are taken in order (events sorted by folder name,
# articles by file name); article i is corpus article i mod A (A articles in the corpus) in "round"
# i div A. Round 0 is the corpus words; each later round passes every word that is not an English
# function word (articles, pronouns, prepositions, conjunctions, auxiliaries: the list FUNCTION below)
# through a fixed word-for-word substitution (a permutation of the corpus vocabulary among words of
# the same length, different for each round). So each round is a fresh copy of the corpus's events:
# its articles share with each other what the originals share, but nothing with other rounds (a run
# of function words alone is no shared text), and the work grows with the number of articles, not
# with the square of the number of copies. Then
# every article gets light edits of its own, so that no two are byte-identical: a distinct title line,
# in each paragraph of 12+ words one pair of adjacent words swapped and one word dropped, and about a
# third of the numbers (not years) moved by about 2%.
# Variants:
#   light   the articles above
#   heavy   the same, and in every group of five consecutive articles, four carry a run of 4 to 10
#           consecutive paragraphs of one other article of the set (wire copy), each copy with its
#           own light edits, inserted after the first paragraph
#
# Usage: benches/growth.sh [BIN] [CORPUS]
#   BIN defaults to target/release/parallax (build it with `cargo build --release`).
#   CORPUS defaults to $CORPUS, else ../shared/corpus/news-clusters from the project root.
#   Environment: SIZES (default "50 100 200 400 800 1600 3200"), VARIANTS (default "light heavy"),
#   RUNS (default 3), SEED (default 12), LIMIT_S (default 300; a run that takes longer is stopped and
#   shown as ">LIMIT", and the larger sizes of that variant are skipped), LIMIT_MB (default 6000,
#   address-space cap so that a runaway run cannot take the machine down).
#   KEEP (default "function"): the words every round keeps; KEEP=frequent keeps the 300 most frequent
#   words of the corpus instead, as the script did before 2026-12-03 (late): those include content
#   words ("said", "government", event names), so each round's copy of an article shared its stock
#   phrasing with every earlier round's copy, and passages linked the rounds.
#   Quick check: SIZES="50 100 200" RUNS=1 benches/growth.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-target/release/parallax}
CORPUS=${2:-${CORPUS:-$ROOT/../shared/corpus/news-clusters}}
SIZES=${SIZES:-50 100 200 400 800 1600 3200}
VARIANTS=${VARIANTS:-light heavy}
RUNS=${RUNS:-3}
SEED=${SEED:-12}
KEEP=${KEEP:-function}
LIMIT_S=${LIMIT_S:-300}
LIMIT_MB=${LIMIT_MB:-6000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -x "$BIN" ] || { echo "no binary at $BIN (cargo build --release)" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "no corpus folder at $CORPUS (give it as the second argument or CORPUS=...)" >&2; exit 2; }

generate() { # variant size out_dir
    python3 - "$1" "$2" "$3" "$CORPUS" "$SEED" "$KEEP" <<'PY'
import collections, os, random, re, sys
variant, size, out, corpus, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
keep = sys.argv[6]
WORD = re.compile(r"[^\W\d_]+")
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]*>", re.S | re.I)

sources = []  # (name, title, [paragraph])
for root, dirs, files in os.walk(corpus):
    dirs.sort()
    for f in sorted(files):
        if not f.lower().endswith((".txt", ".md", ".html", ".htm")):
            continue
        text = open(os.path.join(root, f), encoding="utf-8", errors="replace").read()
        if f.lower().endswith((".html", ".htm")):
            text = TAG.sub("\n", text)
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        if len(lines) >= 2:
            event = os.path.basename(root)[:40]
            sources.append((f"{event}_{os.path.splitext(f)[0]}", lines[0], lines[1:]))
if not sources:
    sys.exit(f"no articles in {corpus}")

counts = collections.Counter(w.lower() for _, t, ps in sources for line in [t] + ps for w in WORD.findall(line))
FUNCTION = set('''
a an the and or but nor so yet if then than that this these those there here where when while who whom whose
which what why how as at by for from in into of off on onto out over to up upon with within without about above
after against along among around before behind below beneath beside besides between beyond down during except
inside near since through throughout toward towards under until unto via i me my mine we us our ours you your
yours he him his she her hers it its they them their theirs myself ourselves yourself yourselves himself herself
itself themselves be am is are was were been being have has had having do does did doing will would shall should
can could may might must not no nor all any both each every few more most other others some such only own same
too very just also now because although though whether either neither once again further s t d ll m re ve
'''.split())
if keep == "frequent":
    frequent = {w for w, _ in counts.most_common(300)}
elif keep == "function":
    frequent = FUNCTION
else:
    sys.exit(f"KEEP must be function or frequent, not {keep}")
by_length = collections.defaultdict(list)
for w in sorted(counts):
    if w not in frequent:
        by_length[len(w)].append(w)
ciphers = {}

def cipher(rnd):
    """Word-for-word substitution of round rnd (round 0: none)."""
    if rnd not in ciphers:
        table = {}
        if rnd == 0:
            return table
        rng = random.Random(seed * 1000 + rnd)
        for words in by_length.values():
            shuffled = words[:]
            rng.shuffle(shuffled)
            table.update(zip(words, shuffled))
        ciphers[rnd] = table
    return ciphers[rnd]

def encode(line, table):
    def sub(m):
        w = m.group(0)
        new = table.get(w.lower(), w.lower())
        if w.isupper() and len(w) > 1:
            return new.upper()
        return new.capitalize() if w[0].isupper() else new
    return WORD.sub(sub, line) if table else line

def edit(paragraph, rng):
    """Light edits: swap two adjacent words, drop one, move about a third of the numbers by ~2%."""
    def number(m):
        s = m.group(0)
        v = int(s.replace(",", ""))
        if rng.random() > 0.33 or (1900 <= v <= 2100 and "," not in s) or (len(s) > 1 and s[0] == "0"):
            return s
        v = max(0, v + rng.choice((-1, 1)) * max(1, round(v * 0.02)))
        return f"{v:,}" if "," in s else str(v)
    paragraph = NUMBER.sub(number, paragraph)
    words = paragraph.split(" ")
    if len(words) >= 12:
        k = rng.randrange(len(words) - 1)
        words[k], words[k + 1] = words[k + 1], words[k]
        del words[rng.randrange(len(words))]
    return " ".join(words)

articles = []  # (file name, title, [paragraph])
for i in range(size):
    name, title, paragraphs = sources[i % len(sources)]
    rnd = i // len(sources)
    table = cipher(rnd)
    rng = random.Random(f"{seed}:{i}")
    articles.append((f"{i:05d}_{name}.txt", f"{encode(title, table)} (edition {i + 1})",
                     [edit(encode(p, table), rng) for p in paragraphs]))

if variant == "heavy":
    plain = [list(a[2]) for a in articles]  # copies are taken from articles before any wire copy
    for start in range(0, size, 5):
        rng = random.Random(f"{seed}:wire:{start}")
        group = list(range(start, min(start + 5, size)))
        others = [j for j in range(size) if j not in group]
        if not others:
            continue
        src = plain[rng.choice(others)]
        run = min(len(src), rng.randint(4, 10))
        first = rng.randrange(len(src) - run + 1)
        wire = src[first:first + run]
        for j in rng.sample(group, min(4, len(group))):
            name, title, paragraphs = articles[j]
            paragraphs[1:1] = [edit(p, rng) for p in wire]
elif variant != "light":
    sys.exit(f"unknown variant {variant} (light or heavy)")

os.makedirs(out)
words = 0
for name, title, paragraphs in articles:
    with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
        fh.write(title + "\n\n" + "\n\n".join(paragraphs) + "\n")
    words += sum(len(p.split()) for p in paragraphs)
print(words)
PY
}

# measure CMD...: runs CMD once under the memory and time caps and prints "wall_s cpu_s peak_kB exit_status".
measure() {
    local rc wall user sys kb
    set +e
    (ulimit -v $((LIMIT_MB * 1024)); /usr/bin/time -o "$WORK/time" -f "%e %U %S %M" \
        timeout "$LIMIT_S" "$@" >/dev/null 2>"$WORK/err")
    rc=$?
    set -e
    read -r wall user sys kb < <(tail -n 1 "$WORK/time")
    echo "$wall $(python3 -c "print(round($user + $sys, 2))") $kb $rc"
}

[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
echo "corpus: $CORPUS; runs per size: $RUNS (medians); seed: $SEED"
: >"$WORK/results"
for variant in $VARIANTS; do
    for size in $SIZES; do
        dir="$WORK/$variant-$size"
        words=$(generate "$variant" "$size" "$dir")
        failed=""
        for _ in $(seq "$RUNS"); do
            read -r wall cpu kb rc < <(measure "$BIN" report "$dir" --format json)
            if [ "$rc" != 0 ] && [ "$rc" != 1 ]; then # parallax exits 1 when some input was unreadable
                failed=$rc
            fi
            echo "$variant $size $words $wall $cpu $kb $rc" >>"$WORK/results"
            echo "  $variant $size articles ($words words): ${wall} s wall, ${cpu} s cpu, $((kb / 1024)) MB, exit $rc" >&2
            [ -z "$failed" ] || break
        done
        rm -rf "$dir"
        [ -z "$failed" ] || break # larger sizes of a variant that already failed would only fail slower
    done
done

python3 - "$WORK/results" "$LIMIT_S" <<'PY'
import math, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    variant, size, words, wall, cpu, kb, rc = line.split()
    rows.setdefault((variant, int(size)), []).append((int(words), float(wall), float(cpu), int(kb) / 1024, int(rc)))
print()
print(f"{'variant':<8} {'articles':>8} {'words':>10} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}   "
      f"{'x per doubling (wall / cpu / MB)':>32}")
prev = {}
first = {}
for (variant, size), rs in rows.items():
    failed = [r[4] for r in rs if r[4] not in (0, 1)]
    if failed:
        why = f">{sys.argv[2]} s (stopped)" if 124 in failed else f"failed (exit {failed[0]}; memory cap?)"
        print(f"{variant:<8} {size:>8} {rs[0][0]:>10} {why}")
        continue
    wall, cpu, mb = (statistics.median(r[i] for r in rs) for i in (1, 2, 3))
    ratio = "-"
    p = prev.get(variant)
    if p and size == 2 * p[0]:
        ratio = f"{wall / max(p[1], 0.01):.2f} / {cpu / max(p[2], 0.01):.2f} / {mb / max(p[3], 1):.2f}"
    print(f"{variant:<8} {size:>8} {rs[0][0]:>10} {wall:>8.2f} {cpu:>8.2f} {mb:>8.0f}   {ratio:>32}")
    first.setdefault(variant, (size, wall, cpu, mb))
    prev[variant] = (size, wall, cpu, mb)
print()
for variant, (size0, wall0, cpu0, mb0) in first.items():
    size1, wall1, cpu1, mb1 = prev[variant]
    doublings = math.log2(size1 / size0)
    if doublings > 0:
        per = lambda a, b: (b / max(a, 0.01)) ** (1 / doublings)
        print(f"{variant}: {size0} -> {size1} articles, on average x{per(wall0, wall1):.2f} wall, "
              f"x{per(cpu0, cpu1):.2f} cpu, x{per(mb0, mb1):.2f} MB per doubling")
print("issue #12 targets: at most x2.1 per doubling; 3,200 articles under 8 s wall and 400 MB")
PY
