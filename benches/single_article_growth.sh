#!/usr/bin/env bash
# Growth of `parallax report FILE --format json` with the size of ONE article.
#
# Generates single articles of 1 kB, 10 kB, 100 kB, 1 MB, 4 MB and 10 MB in several shapes and prints,
# for each, the wall time (s) and peak memory (MB) of the release binary, and the ratio to the
# previous size. Every stage should grow at most linearly: about 10x per 10x of input (a little more
# is sorting and hashing; 100x per 10x is a quadratic spot).
#
# Shapes:
#   news     ordinary article text: paragraphs of sentences drawn from the seed articles
#   quotes   text dense with quotation marks (statements and scare quotes), long paragraphs
#   numbers  text dense with figures (tolls, money, ranges, years) in long sentences
#   oneline  one very long line of words with no sentence end
#   nested   HTML with <div> nesting as deep as the size allows, around a few paragraphs
#
# Usage: benches/single_article_growth.sh [BIN] [SHAPE...]
#   BIN defaults to target/release/parallax (build it with `cargo build --release`).
#   Environment: SIZES (default "1000 10000 100000 1000000 4000000 10000000"), LIMIT_S (default 300,
#   a run that takes longer is stopped and shown as ">LIMIT"), LIMIT_MB (default 6000, address-space
#   cap so that a runaway run cannot take the machine down).
set -euo pipefail

BIN=${1:-target/release/parallax}
shift || true
SHAPES=${*:-news quotes numbers oneline nested}
SIZES=${SIZES:-1000 10000 100000 1000000 4000000 10000000}
LIMIT_S=${LIMIT_S:-300}
LIMIT_MB=${LIMIT_MB:-6000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -x "$BIN" ] || { echo "no binary at $BIN (cargo build --release)" >&2; exit 2; }

generate() { # shape size out
    python3 - "$1" "$2" "$3" "$ROOT/seeds" <<'PY'
import glob, random, re, sys
shape, size, out, seeds = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(7)
sents = []
for f in sorted(glob.glob(seeds + "/*.txt")):
    for line in open(f, encoding="utf-8"):
        line = line.strip()
        if len(line) > 80:
            sents += [s for s in re.split(r"(?<=[.!?])\s+", line) if len(s) > 20]
words = [w for s in sents for w in re.findall(r"[A-Za-z']+", s)]
names = ["Haftar", "Sarraj", "the United Nations", "Colonel Ahmed Mismari", "the ministry", "Ghassan Salame"]
verbs = ["said", "told reporters", "insisted", "claimed", "added", "warned"]
scare = ["renegade", "liberation", "terrorists", "militias", "so-called army", "aggression"]

def paragraph():
    if shape == "news":
        return " ".join(rng.choice(sents) for _ in range(rng.randint(2, 5)))
    if shape == "quotes":
        parts = []
        for _ in range(40):
            q = " ".join(rng.choice(words) for _ in range(rng.randint(3, 12)))
            if rng.random() < 0.5:
                parts.append(f"\u201c{q.capitalize()},\u201d {rng.choice(names)} {rng.choice(verbs)}.")
            else:
                parts.append(f"The \"{rng.choice(scare)}\" forces of {rng.choice(names)} \"{q}\" and 'more'.")
        return " ".join(parts)
    if shape == "numbers":
        parts = []
        for _ in range(30):
            n = rng.randint(2, 5000)
            parts.append(rng.choice([
                f"at least {n} people were killed", f"more than {n:,} wounded", f"some {n} displaced",
                f"${n} million in aid", f"{n}% of the vote", f"between {n} and {n + 40} arrested",
                f"{n} km from the border", f"in {rng.randint(1990, 2024)}", f"about {n}.5 million residents",
            ]))
        return "Officials said " + ", ".join(parts) + "."
    raise ValueError(shape)

with open(out, "w", encoding="utf-8") as fh:
    if shape == "oneline":
        fh.write("A long line of words\n\n")
        n = 0
        while n < size:
            w = rng.choice(words) + " "
            fh.write(w)
            n += len(w)
        fh.write("\n")
    elif shape == "nested":
        body = "".join(f"<p>{rng.choice(sents)} {rng.choice(sents)}</p>\n" for _ in range(8))
        depth = max(1, (size - len(body) - 200) // 11)
        fh.write("<!doctype html><html><head><title>Nested page | Test</title></head><body>")
        fh.write("<div>" * depth + "<article><h1>Deeply nested story</h1>" + body + "</article>" + "</div>" * depth)
        fh.write("</body></html>\n")
    else:
        fh.write("A generated article for growth measurement\n\n")
        n = 0
        while n < size:
            p = paragraph() + "\n\n"
            fh.write(p)
            n += len(p.encode())
PY
}

printf '%-8s %10s %9s %9s %8s %8s\n' shape bytes seconds peak_MB t_ratio m_ratio
for shape in $SHAPES; do
    prev_t="" prev_m=""
    for size in $SIZES; do
        ext=txt
        [ "$shape" = nested ] && ext=html
        f="$WORK/$shape-$size.$ext"
        generate "$shape" "$size" "$f"
        bytes=$(stat -c %s "$f")
        set +e
        (ulimit -v $((LIMIT_MB * 1024)); /usr/bin/time -o "$WORK/time" -f "%e %M" timeout "$LIMIT_S" \
            "$BIN" report "$f" --format json >"$WORK/out.json" 2>"$WORK/err")
        set -e
        read -r t m < <(tail -n 1 "$WORK/time")
        status=$(grep -o 'Command exited with non-zero status [0-9]*\|Command terminated by signal [0-9]*' "$WORK/time" || true)
        if [ -n "$status" ]; then
            t=">$t"
        fi
        mb=$(( ${m:-0} / 1024 ))
        tr="-" mr="-"
        if [ -n "$prev_t" ] && [ "${t#>}" = "$t" ]; then
            tr=$(python3 -c "print(f'{max($t,0.01)/max($prev_t,0.01):.1f}x')")
            mr=$(python3 -c "print(f'{$mb/max($prev_m,1):.1f}x')")
        fi
        printf '%-8s %10s %9s %9s %8s %8s %s\n' "$shape" "$bytes" "$t" "$mb" "$tr" "$mr" "$status"
        if [ "${t#>}" != "$t" ]; then
            break # larger sizes of a shape that already failed would only fail slower
        fi
        prev_t=$t prev_m=$mb
    done
done
