#!/usr/bin/env python3
"""Peer for issue #12: a simple, honest Python analysis doing what Parallax does, in spirit.

What it does, on all the articles given (files and folders, recursively; .txt, .md, .html; UTF-8
with replacement) taken as one set:
  - reads each file (tags stripped from HTML; the first line is the title) and splits sentences;
  - shared passages: every run of 8 words (a shingle, lower-cased) is hashed into one dict across all
    articles; for each pair of articles, the shingles they share are merged into passages when they
    follow each other in both articles (a gap of up to 3 words is bridged, for a swapped or dropped
    word); passages of 8+ words are kept;
  - figures: numbers found by a regex with an optional qualifier ("at least", "more than", "about",
    ...) and scale ("million", "%", ...), and the next word as what they count; figures of the same
    value and the same counted word in two or more articles are grouped;
  - prints a JSON summary to stdout (counts, the longest passages, the largest figure groups).
What it does not do, that Parallax does: word diffs inside passages, paraphrase, furniture,
framing (labels, quotes), number disagreements. So it does less work than Parallax, not more.
Straightforward Python: dicts, sets and re; nothing made slow on purpose, nothing tuned either.

Usage: benches/peers/simple_analysis.py DIR|FILE...
"""
import json
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import article_paths  # noqa: E402

SHINGLE = 8
GAP = 3
TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]*>", re.S | re.I)
SENTENCE = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")
WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
QUALIFIERS = ["at least", "more than", "less than", "fewer than", "about", "around", "nearly", "almost",
              "over", "up to", "some", "roughly", "approximately", "under"]
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "%": 1, "percent": 1, "per cent": 1}
NUMBER = re.compile(
    r"(?:\b(?P<qual>" + "|".join(QUALIFIERS) + r")\s+)?"
    r"(?P<cur>[$\u20ac\u00a3])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|%|percent|per cent)\b)?"
    r"(?:\s+(?:(?:of|the|a|an|new|more|other)\s+)?(?P<noun>[A-Za-z][A-Za-z-]+))?", re.I)
STOP = {"the", "a", "an", "and", "or", "in", "on", "at", "to", "of", "for", "from", "by", "with", "as", "is",
        "was", "were", "are", "be", "that", "this", "it", "its", "their", "his", "her", "than", "per"}


def load(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    if path.lower().endswith((".html", ".htm")):
        text = TAG.sub("\n", text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = lines[0] if lines else ""
    sentences = [s for line in lines[1:] for s in SENTENCE.split(line) if s]
    words = [w for s in sentences for w in WORD.findall(s)]
    return {"path": path, "title": title, "sentences": sentences, "words": words}


def shared_passages(articles):
    index = defaultdict(list)  # shingle hash -> [(article, word position)]
    for a, art in enumerate(articles):
        low = [w.lower() for w in art["words"]]
        for i in range(len(low) - SHINGLE + 1):
            index[hash(tuple(low[i:i + SHINGLE]))].append((a, i))
    hits = defaultdict(list)  # (article a, article b) -> [(position in a, position in b)]
    for postings in index.values():
        if len(postings) < 2:
            continue
        for x in range(len(postings)):
            a, i = postings[x]
            for y in range(x + 1, len(postings)):
                b, j = postings[y]
                if a != b:
                    hits[(a, b) if a < b else (b, a)].append((i, j) if a < b else (j, i))
    passages = []
    for (a, b), pairs in hits.items():
        pairs.sort()
        start_a, start_b = pairs[0]
        end_a, end_b = start_a, start_b
        for i, j in pairs[1:]:
            if end_a < i <= end_a + 1 + GAP and end_b < j <= end_b + 1 + GAP:
                end_a, end_b = i, j
                continue
            passages.append((a, b, start_a, end_a + SHINGLE, start_b, end_b + SHINGLE))
            start_a, start_b, end_a, end_b = i, j, i, j
        passages.append((a, b, start_a, end_a + SHINGLE, start_b, end_b + SHINGLE))
    return passages


def figures(articles):
    groups = defaultdict(list)  # (value, counted word) -> [(article, text)]
    found = 0
    for a, art in enumerate(articles):
        for sentence in art["sentences"]:
            for m in NUMBER.finditer(sentence):
                num = m.group("num")
                if re.fullmatch(r"(19|20)\d\d", num) and not m.group("scale") and not m.group("cur"):
                    continue  # a year, not a figure
                value = float(num.replace(",", "")) * SCALES.get((m.group("scale") or "").lower(), 1)
                noun = (m.group("noun") or "").lower()
                what = "%" if (m.group("scale") or "").lower() in ("%", "percent", "per cent") else (
                    m.group("cur") or ("" if noun in STOP else noun))
                if not what:
                    continue  # a bare number counting nothing named (a list item, a version, a time)
                found += 1
                groups[(value, what)].append((a, m.group(0).strip()))
    shared = {k: v for k, v in groups.items() if len({a for a, _ in v}) >= 2}
    return found, shared


def main(argv):
    articles = [load(p) for p in article_paths(argv)]
    if len(articles) < 2:
        print("need at least two articles", file=sys.stderr)
        return 2
    passages = shared_passages(articles)
    passages.sort(key=lambda p: (-(p[3] - p[2]), p))
    found, groups = figures(articles)
    largest = sorted(groups.items(), key=lambda kv: (-len({a for a, _ in kv[1]}), kv[0]))
    name = [os.path.relpath(art["path"]) for art in articles]
    summary = {
        "articles": len(articles),
        "words": sum(len(art["words"]) for art in articles),
        "sentences": sum(len(art["sentences"]) for art in articles),
        "passages": len(passages),
        "pairs_sharing": len({(p[0], p[1]) for p in passages}),
        "passage_words": sum(p[3] - p[2] for p in passages),
        "longest_passages": [
            {"a": name[a], "b": name[b], "words": ea - sa,
             "text": " ".join(articles[a]["words"][sa:ea])[:200]}
            for a, b, sa, ea, sb, eb in passages[:10]],
        "figures": found,
        "figure_groups": len(groups),
        "largest_figure_groups": [
            {"value": value, "what": what, "articles": len({a for a, _ in hits}),
             "texts": sorted({t for _, t in hits})[:5]}
            for (value, what), hits in largest[:10]],
    }
    json.dump(summary, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
