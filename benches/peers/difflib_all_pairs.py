#!/usr/bin/env python3
"""Peer for issue #12: Python difflib over every pair of articles.

What: reads every article under the given files and folders (recursively; .txt, .md, .html; UTF-8
with replacement), splits each into lower-case words, and runs
`difflib.SequenceMatcher(None, a_words, b_words, autojunk=False).get_matching_blocks()` on every
pair of articles. Prints one line: articles, pairs, total matched words, seconds.

Why words: Parallax aligns articles word by word, so word lists are the fair equivalent. On
characters difflib would do far more work per pair (about 6x the elements) and find matches inside
words that mean nothing; on lines it would find almost nothing, since one edited word breaks a line.
`autojunk=False` because with autojunk on, difflib ignores every word in more than 1% of a long
article ("the", "said", ...) and the matching blocks are no longer the shared text.

How long: 334 articles are about 55,000 pairs, over an hour of CPU. With `--limit-pairs N` (or
`--sample`, N=500) it compares a deterministic random sample of N pairs (fixed seed, so every run
compares the same pairs) and extrapolates:
    full = load time + (sample time / N) * all pairs
and prints "measured X pairs in Y s, extrapolated full all-pairs time Z s". A uniform sample of
pairs is an unbiased estimate of the mean time per pair; the larger N, the tighter it is.

Usage: benches/peers/difflib_all_pairs.py [--limit-pairs N | --sample] [--seed S] [--json] DIR|FILE...
  --json also prints a JSON line with the same figures (benches/peers.sh reads it).
"""
import argparse
import difflib
import json
import os
import random
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import article_paths  # noqa: E402

WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
TAG = re.compile(r"<[^>]*>")


def words(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    if path.lower().endswith((".html", ".htm")):
        text = TAG.sub(" ", text)
    return WORD.findall(text.lower())


def pair_of(index, n):
    """The index-th pair (i, j), i < j, in row order, without building the list of all pairs."""
    i = 0
    row = n - 1
    while index >= row:
        index -= row
        i += 1
        row -= 1
    return i, i + 1 + index


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--limit-pairs", type=int, default=0, help="compare a sample of N pairs and extrapolate")
    ap.add_argument("--sample", action="store_true", help="same as --limit-pairs 500")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--json", action="store_true")
    opts = ap.parse_args()
    limit = opts.limit_pairs or (500 if opts.sample else 0)

    wall0, cpu0 = time.perf_counter(), time.process_time()
    docs = [words(p) for p in article_paths(opts.paths)]
    load_wall, load_cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    n = len(docs)
    total_pairs = n * (n - 1) // 2
    if limit and limit < total_pairs:
        chosen = sorted(random.Random(opts.seed).sample(range(total_pairs), limit))
        pairs = [pair_of(k, n) for k in chosen]
    else:
        pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]

    wall1, cpu1 = time.perf_counter(), time.process_time()
    matched = 0
    for i, j in pairs:
        blocks = difflib.SequenceMatcher(None, docs[i], docs[j], autojunk=False).get_matching_blocks()
        matched += sum(b.size for b in blocks)
    pair_wall, pair_cpu = time.perf_counter() - wall1, time.process_time() - cpu1

    scale = total_pairs / len(pairs) if pairs else 0.0
    full_wall = load_wall + pair_wall * scale
    full_cpu = load_cpu + pair_cpu * scale
    if len(pairs) < total_pairs:
        print(f"difflib all-pairs: {n} articles, {total_pairs} pairs; measured {len(pairs)} pairs in "
              f"{pair_wall:.2f} s ({matched} matched words), extrapolated full all-pairs time "
              f"{full_wall:.1f} s wall, {full_cpu:.1f} s CPU (+{load_wall:.2f} s loading included)")
    else:
        print(f"difflib all-pairs: {n} articles, {total_pairs} pairs, {matched} matched words, "
              f"{full_wall:.2f} s wall, {full_cpu:.2f} s CPU")
    if opts.json:
        print(json.dumps({
            "articles": n, "pairs": total_pairs, "measured_pairs": len(pairs), "matched_words": matched,
            "load_wall_s": round(load_wall, 4), "measured_wall_s": round(pair_wall, 4),
            "measured_cpu_s": round(pair_cpu, 4), "scale": scale,
            "full_wall_s": round(full_wall, 3), "full_cpu_s": round(full_cpu, 3),
            "extrapolated": len(pairs) < total_pairs,
        }))
    return 0 if n >= 2 else 2


if __name__ == "__main__":
    sys.exit(main())
