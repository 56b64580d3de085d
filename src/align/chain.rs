//! Seed-and-chain alignment: word-trigram shingles shared by two articles are chained into regions
//! (tolerating small gaps), extended over single matching words, snapped to sentence edges when a
//! region nearly covers a sentence, and split where an exactly copied run of sentences meets an
//! edited one.

use std::collections::HashSet;
use std::ops::Range;

use super::{Doc, PairMatch, Vocab};
use crate::lang::normalize::diff_key;

/// Words in a shingle.
const K: usize = 3;
/// A shingle found in more places than this is too common to seed a match (boilerplate phrasing).
const MAX_POSTINGS: usize = 120;
/// Largest step between consecutive seeds of one chain, in words, on either side.
const MAX_STEP: usize = 8;
/// Largest difference between the steps on the two sides (words inserted on one side only).
const MAX_SKEW: usize = 5;
/// Words at a sentence's start (or end) a region may miss and still be snapped to the sentence edge.
const SNAP_START: usize = 3;
const SNAP_END: usize = 5;
/// Most words a region holding most of its sentence may miss at either edge and still be snapped.
const SNAP_FAR: usize = 12;
/// Words a region must have on both sides to run on to clause edges ([`to_clause_edges`]).
const LONG_COPY: usize = 12;
/// How far past a region's edge a single matching content word is looked for.
const EXTEND_WINDOW: usize = 3;
/// Largest gap, in words on either side, bridged between two consecutive regions of one pair of
/// articles: an edited or reworded stretch inside one reused block.
const MAX_GAP: usize = 25;
/// A region of more sentences than this (on either side) is one reused block: it is not split into
/// verbatim and near pieces, its kind and diff tell the edits.
const SPLIT_MAX_SENTENCES: usize = 3;

struct Chain {
    a0: usize,
    b0: usize,
    la: usize,
    lb: usize,
}

/// All verbatim and near matches between every pair of articles, found through a shingle index.
pub(super) fn chain_matches(docs: &[Doc], vocab: &Vocab, rank: &[usize]) -> Vec<PairMatch> {
    let mut by_rank: Vec<usize> = (0..docs.len()).collect();
    by_rank.sort_by_key(|&d| rank[d]);
    let mut index: super::FastMap<[u32; K], Vec<(u32, u32)>> = super::FastMap::default();
    for &d in &by_rank {
        let keys = &docs[d].keys;
        for p in 0..keys.len().saturating_sub(K - 1) {
            let sh = [keys[p], keys[p + 1], keys[p + 2]];
            if sh.iter().all(|&k| vocab.stop[k as usize]) {
                continue;
            }
            index.entry(sh).or_default().push((d as u32, p as u32));
        }
    }
    let mut pair_seeds: super::FastMap<(u32, u32), Vec<(u32, u32)>> = super::FastMap::default();
    for postings in index.values() {
        if postings.len() < 2 || postings.len() > MAX_POSTINGS || postings.iter().all(|p| p.0 == postings[0].0) {
            continue;
        }
        for (i, &(dx, px)) in postings.iter().enumerate() {
            for &(dy, py) in &postings[i + 1..] {
                if dx == dy {
                    continue;
                }
                let (x, y) =
                    if rank[dx as usize] < rank[dy as usize] { ((dx, px), (dy, py)) } else { ((dy, py), (dx, px)) };
                pair_seeds.entry((x.0, y.0)).or_default().push((x.1, y.1));
            }
        }
    }
    let mut pairs: Vec<(u32, u32)> = pair_seeds.keys().copied().collect();
    pairs.sort_by_key(|&(a, b)| (rank[a as usize], rank[b as usize]));
    let mut out = Vec::new();
    for key in pairs {
        let mut seeds = pair_seeds.remove(&key).unwrap_or_default();
        seeds.sort_unstable();
        seeds.dedup();
        let (a, b) = (key.0 as usize, key.1 as usize);
        let refined =
            merge_regions(chain(&seeds)).into_iter().map(|(ra, rb)| refine(&docs[a], &docs[b], ra, rb, vocab));
        for m in drop_nested(merge_refined(refined)) {
            let strong = is_strong(&docs[a], &docs[b], &m.0, &m.1);
            out.push(PairMatch { a, a_words: m.0, b, b_words: m.1, paraphrase: false, strong });
        }
    }
    out
}

/// Chain seeds (sorted by position in A) into regions.
fn chain(seeds: &[(u32, u32)]) -> Vec<(Range<usize>, Range<usize>)> {
    let mut active: Vec<Chain> = Vec::new();
    let mut done: Vec<Chain> = Vec::new();
    for &(pa, pb) in seeds {
        let (pa, pb) = (pa as usize, pb as usize);
        let mut k = 0;
        while k < active.len() {
            if active[k].la + MAX_STEP < pa {
                done.push(active.swap_remove(k));
            } else {
                k += 1;
            }
        }
        let best = active
            .iter()
            .enumerate()
            .filter(|(_, c)| pa > c.la && pb > c.lb && pa - c.la <= MAX_STEP && pb - c.lb <= MAX_STEP)
            .map(|(i, c)| (i, (pa - c.la).abs_diff(pb - c.lb)))
            .filter(|&(_, skew)| skew <= MAX_SKEW)
            .min_by_key(|&(i, skew)| (skew, i));
        match best {
            Some((i, _)) => {
                active[i].la = pa;
                active[i].lb = pb;
            }
            None => active.push(Chain { a0: pa, b0: pb, la: pa, lb: pb }),
        }
    }
    done.extend(active);
    done.sort_by_key(|c| (c.a0, c.b0));
    done.into_iter().map(|c| (c.a0..c.la + K, c.b0..c.lb + K)).collect()
}

/// Join consecutive regions of one pair of articles (sorted by their start in A) that follow each
/// other in both articles with a small gap: the pieces of one reused block between edited stretches.
/// A gap is bridged only when it is no longer than the shorter of the two regions, so two short
/// phrases far apart stay apart.
fn merge_regions(regions: Vec<(Range<usize>, Range<usize>)>) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for (ra, rb) in regions {
        // The latest region it can follow, looking back over a few (crossing echoes lie between).
        match out.iter_mut().rev().take(4).find(|(pa, pb)| continues(pa, pb, &ra, &rb)) {
            Some(p) => {
                p.0.end = ra.end;
                p.1.end = rb.end;
            }
            None => out.push((ra, rb)),
        }
    }
    out
}

/// True when region (`ra`, `rb`) continues region (`pa`, `pb`) in both articles: it starts and ends
/// later on both sides, overlaps it by at most a shingle, and leaves a gap no longer than
/// [`MAX_GAP`] words nor than the shorter of the two regions.
fn continues(pa: &Range<usize>, pb: &Range<usize>, ra: &Range<usize>, rb: &Range<usize>) -> bool {
    let follows = ra.start > pa.start && rb.start > pb.start && ra.end > pa.end && rb.end > pb.end;
    let (ga, gb) = (ra.start.saturating_sub(pa.end), rb.start.saturating_sub(pb.end));
    let shorter = pa.len().min(pb.len()).min(ra.len()).min(rb.len());
    let meets = ra.start + K >= pa.end && rb.start + K >= pb.end;
    follows && meets && ga.max(gb) <= MAX_GAP.min(shorter)
}

/// Join refined regions that continue one another once extended and snapped to sentence edges (a
/// short seed region grown to its whole sentence now meets the next one), looking back over a few
/// (a crossing echo may lie between). A region split into verbatim and near pieces keeps its pieces
/// apart.
fn merge_refined(
    refined: impl Iterator<Item = Vec<(Range<usize>, Range<usize>)>>,
) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out: Vec<(Range<usize>, Range<usize>, bool)> = Vec::new();
    for pieces in refined {
        let whole = pieces.len() == 1;
        if let (true, Some((ra, rb))) = (whole, pieces.first())
            && let Some(p) = out.iter_mut().rev().take(4).find(|p| p.2 && continues(&p.0, &p.1, ra, rb))
        {
            p.0.end = ra.end;
            p.1.end = rb.end;
            continue;
        }
        out.extend(pieces.into_iter().map(|(ra, rb)| (ra, rb, whole)));
    }
    out.into_iter().map(|(ra, rb, _)| (ra, rb)).collect()
}

/// Drop a match lying inside a longer match of the same pair of articles on one side: a phrase that
/// the other article repeats elsewhere, echoing a passage already reported.
fn drop_nested(mut found: Vec<(Range<usize>, Range<usize>)>) -> Vec<(Range<usize>, Range<usize>)> {
    let inside = |x: &Range<usize>, y: &Range<usize>| y.start <= x.start && x.end <= y.end && x.len() < y.len();
    let keep: Vec<bool> =
        found.iter().map(|(ra, rb)| !found.iter().any(|(oa, ob)| inside(ra, oa) || inside(rb, ob))).collect();
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    found
}

/// Turn a raw chained region into zero or more accepted matches.
fn refine(a: &Doc, b: &Doc, ra: Range<usize>, rb: Range<usize>, vocab: &Vocab) -> Vec<(Range<usize>, Range<usize>)> {
    let (ra, rb) = extend(a, b, ra, rb, vocab);
    let (ra, rb) = trim_strays(a, b, ra, rb);
    let (ra, rb) = snap(a, b, ra, rb, vocab);
    let (ra, rb) = to_clause_edges(a, b, ra, rb, vocab);
    let (ra, rb) = trim_function_words(a, b, ra, rb, vocab);
    if ra.is_empty() || rb.is_empty() {
        return Vec::new();
    }
    split_exact_runs(a, b, ra, rb).into_iter().filter(|(ra, rb)| accept(a, b, ra, rb, vocab)).collect()
}

/// Grow a region over nearby single matching words inside the boundary sentences: a content word
/// within a few words on both sides, or the very next word on both sides.
fn extend(a: &Doc, b: &Doc, mut ra: Range<usize>, mut rb: Range<usize>, vocab: &Vocab) -> (Range<usize>, Range<usize>) {
    let fits = |i: usize, j: usize, di: usize, dj: usize| {
        a.keys[i] == b.keys[j] && ((di == 1 && dj == 1) || !vocab.stop[a.keys[i] as usize])
    };
    'back: loop {
        let (sa, sb) = (a.sentence_words(ra.start), b.sentence_words(rb.start));
        for di in 1..=EXTEND_WINDOW {
            for dj in 1..=EXTEND_WINDOW {
                let (Some(i), Some(j)) = (ra.start.checked_sub(di), rb.start.checked_sub(dj)) else { continue };
                if i >= sa.start && j >= sb.start && fits(i, j, di, dj) {
                    ra.start = i;
                    rb.start = j;
                    continue 'back;
                }
            }
        }
        break;
    }
    'fwd: loop {
        let (sa, sb) = (a.sentence_words(ra.end - 1), b.sentence_words(rb.end - 1));
        for di in 1..=EXTEND_WINDOW {
            for dj in 1..=EXTEND_WINDOW {
                let (i, j) = (ra.end - 1 + di, rb.end - 1 + dj);
                if i < sa.end && j < sb.end && fits(i, j, di, dj) {
                    ra.end = i + 1;
                    rb.end = j + 1;
                    continue 'fwd;
                }
            }
        }
        break;
    }
    (ra, rb)
}

/// Drop a word or two that a region takes from a neighbouring sentence on both sides ("... backing.
/// The"), so that a copied sentence is not cut off by a common word of the next one.
fn trim_strays(a: &Doc, b: &Doc, mut ra: Range<usize>, mut rb: Range<usize>) -> (Range<usize>, Range<usize>) {
    let (sa, sb) = (a.sentence_words(ra.end - 1), b.sentence_words(rb.end - 1));
    if sa.start > ra.start
        && sb.start > rb.start
        && ra.end - sa.start <= 2
        && rb.end - sb.start <= 2
        && ra.end < sa.end
        && rb.end < sb.end
    {
        ra.end = sa.start;
        rb.end = sb.start;
    }
    let (sa, sb) = (a.sentence_words(ra.start), b.sentence_words(rb.start));
    if sa.end < ra.end
        && sb.end < rb.end
        && sa.end - ra.start <= 2
        && sb.end - rb.start <= 2
        && ra.start > sa.start
        && rb.start > sb.start
    {
        ra.start = sa.end;
        rb.start = sb.end;
    }
    (ra, rb)
}

/// A region that stops inside a sentence should not start or end on a function word ("... did not
/// pose a threat to"): trim those edges on both sides. An edge that is a sentence edge in either
/// article is a clean edge ("Once we have ...") and is kept.
fn trim_function_words(
    a: &Doc,
    b: &Doc,
    mut ra: Range<usize>,
    mut rb: Range<usize>,
    vocab: &Vocab,
) -> (Range<usize>, Range<usize>) {
    let stop = |d: &Doc, w: usize| vocab.stop[d.keys[w] as usize];
    while ra.len() > 1
        && rb.len() > 1
        && a.sentence_words(ra.end - 1).end != ra.end
        && b.sentence_words(rb.end - 1).end != rb.end
        && stop(a, ra.end - 1)
        && stop(b, rb.end - 1)
    {
        ra.end -= 1;
        rb.end -= 1;
    }
    while ra.len() > 1
        && rb.len() > 1
        && a.sentence_words(ra.start).start != ra.start
        && b.sentence_words(rb.start).start != rb.start
        && stop(a, ra.start)
        && stop(b, rb.start)
    {
        ra.start += 1;
        rb.start += 1;
    }
    (ra, rb)
}

/// When both regions nearly reach their sentences' start (or end), take in the rest of the sentence:
/// a few words, or when the region holds most of the sentence, a reworded opening or ending of up to
/// `SNAP_FAR` words ("Hackers are believed to have gained access to" / "Hackers are thought to have
/// stolen" before the same copied words).
fn snap(a: &Doc, b: &Doc, mut ra: Range<usize>, mut rb: Range<usize>, vocab: &Vocab) -> (Range<usize>, Range<usize>) {
    // Missed words and words of the region inside the sentence, at the start or at the end; a
    // longer missed stretch must share a content word with the other side's (reworded, not other
    // text glued on).
    let near = |missed: usize, held: usize, few: usize| missed <= few || (missed <= SNAP_FAR && missed <= held);
    let shares = |x: Range<usize>, y: Range<usize>| {
        let ky: HashSet<u32> = b.keys[y].iter().copied().filter(|&k| !vocab.stop[k as usize]).collect();
        a.keys[x].iter().any(|k| ky.contains(k))
    };
    let (sa, sb) = (a.sentence_words(ra.start), b.sentence_words(rb.start));
    // A quotation's words are not run into the words around it that say who spoke.
    let quoted = a.quote_mark_in(sa.start, ra.start) || b.quote_mark_in(sb.start, rb.start);
    let (ma, mb) = (ra.start - sa.start, rb.start - sb.start);
    let (ha, hb) = (ra.end.min(sa.end) - ra.start, rb.end.min(sb.end) - rb.start);
    let few = ma <= SNAP_START && mb <= SNAP_START;
    // The region runs to both sentences' ends and holds two thirds of them: only their openings differ.
    let rest = ra.end >= sa.end && rb.end >= sb.end && 2 * ma <= ha && 2 * mb <= hb;
    // One side's region is its whole sentence, the other's the end of a longer one: a clause put before.
    let added = !quoted
        && ((ma == 0 && ra.end >= sa.end && near(mb, hb, SNAP_START))
            || (mb == 0 && rb.end >= sb.end && near(ma, ha, SNAP_START)));
    if few
        || added
        || (near(ma, ha, SNAP_START)
            && near(mb, hb, SNAP_START)
            && (rest || shares(sa.start..ra.start, sb.start..rb.start)))
    {
        ra.start = sa.start;
        rb.start = sb.start;
    }
    let (sa, sb) = (a.sentence_words(ra.end - 1), b.sentence_words(rb.end - 1));
    let quoted = a.quote_mark_in(ra.end - 1, sa.end - 1) || b.quote_mark_in(rb.end - 1, sb.end - 1);
    let (ma, mb) = (sa.end - ra.end, sb.end - rb.end);
    let (ha, hb) = (ra.end - ra.start.max(sa.start), rb.end - rb.start.max(sb.start));
    let few = ma <= SNAP_END && mb <= SNAP_END;
    let rest = ra.start <= sa.start && rb.start <= sb.start && 2 * ma <= ha && 2 * mb <= hb;
    // One side's region is its whole sentence, the other's the start of a longer one: a clause added.
    let added = !quoted
        && ((ma == 0 && ra.start <= sa.start && near(mb, hb, SNAP_END))
            || (mb == 0 && rb.start <= sb.start && near(ma, ha, SNAP_END)));
    if few
        || added
        || (near(ma, ha, SNAP_END) && near(mb, hb, SNAP_END) && (rest || shares(ra.end..sa.end, rb.end..sb.end)))
        || inserted_before_end(a, b, ra.end..sa.end, rb.end..sb.end, vocab)
    {
        ra.end = sa.end;
        rb.end = sb.end;
    }
    (ra, rb)
}

/// A long copy (both sides [`LONG_COPY`] words or more) that starts (or ends) mid-phrase in both
/// articles runs on to the nearest clause edge on each side, when that is at most `SNAP_FAR` words
/// away on both: a member reads from a clause's start to a clause's end, its reworded opening
/// shown in its diff. A copy at a clause edge in one article keeps its extent: the other's extra
/// words are its own.
/// Inside one sentence each, only a word-for-word copy grows: the gate must not be left to judge
/// sentences that say more than the copy.
fn to_clause_edges(
    a: &Doc,
    b: &Doc,
    mut ra: Range<usize>,
    mut rb: Range<usize>,
    vocab: &Vocab,
) -> (Range<usize>, Range<usize>) {
    let one_each = a.sent_of[ra.start] == a.sent_of[ra.end - 1] && b.sent_of[rb.start] == b.sent_of[rb.end - 1];
    if ra.len() < LONG_COPY || rb.len() < LONG_COPY || (one_each && a.keys[ra.clone()] != b.keys[rb.clone()]) {
        return (ra, rb);
    }
    let back = |d: &Doc, w: usize| (w.saturating_sub(SNAP_FAR)..=w).rev().find(|&x| clause_edge(d, x, vocab));
    if !clause_edge(a, ra.start, vocab)
        && !clause_edge(b, rb.start, vocab)
        && let (Some(x), Some(y)) = (back(a, ra.start), back(b, rb.start))
    {
        (ra.start, rb.start) = (x, y);
    }
    let on = |d: &Doc, w: usize| (w..=(w + SNAP_FAR).min(d.words.len())).find(|&x| clause_edge(d, x, vocab));
    if !clause_edge(a, ra.end, vocab)
        && !clause_edge(b, rb.end, vocab)
        && let (Some(x), Some(y)) = (on(a, ra.end), on(b, rb.end))
    {
        (ra.end, rb.end) = (x, y);
    }
    (ra, rb)
}

/// Words that open a clause: conjunctions, subordinators and relative words.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "if", "or", "since", "that", "though", "until",
    "when", "where", "whereas", "which", "while", "who", "whom", "whose",
];

/// True when a clause edge stands before word `w` of a document (`w` may be one past its last
/// word): a sentence edge, punctuation between the two words (not an apostrophe), or a word
/// opening a clause at `w` or just before it ("..., [and] [the tram ...]").
fn clause_edge(d: &Doc, w: usize, vocab: &Vocab) -> bool {
    if w == 0 || w >= d.words.len() || d.sent_of[w] != d.sent_of[w - 1] {
        return true;
    }
    let opens = |x: usize| CLAUSE_OPENERS.binary_search(&vocab.words[d.keys[x] as usize].as_str()).is_ok();
    let (prev, next) = (d.model.tokens[d.words[w - 1]].span.end, d.model.tokens[d.words[w]].span.start);
    // Any mark but an apostrophe ("the Grizzlies' minor league" runs on).
    let punctuated = d
        .text
        .get(prev..next)
        .is_some_and(|t| t.chars().any(|c| !c.is_whitespace() && !matches!(c, '\'' | '\u{2019}')));
    punctuated || opens(w) || opens(w - 1)
}

/// True when the words two regions leave of their sentences end alike: one side's missed ending
/// (a few words, one of them a content word) is the very end of the other's, which only has up to
/// `SNAP_FAR` words inserted before it ("... the tunnel [near the old station] has been closed.").
/// The copy then runs to both sentences' ends, with an insertion.
fn inserted_before_end(a: &Doc, b: &Doc, xa: Range<usize>, xb: Range<usize>, vocab: &Vocab) -> bool {
    let (short, long) = if xa.len() <= xb.len() { (&a.keys[xa], &b.keys[xb]) } else { (&b.keys[xb], &a.keys[xa]) };
    !short.is_empty()
        && short.len() <= SNAP_END
        && long.len() - short.len() <= SNAP_FAR
        && long.ends_with(short)
        && short.iter().any(|&k| !vocab.stop[k as usize])
}

/// Diff keys of a sentence's tokens (words and punctuation), for exact-copy tests.
fn sentence_key(d: &Doc, s: usize) -> Vec<String> {
    let sent = &d.model.sentences[s];
    d.model.tokens[sent.tokens.clone()].iter().map(|t| diff_key(&d.text[t.span.start..t.span.end])).collect()
}

/// Whole sentences inside a word range.
fn whole_sentences(d: &Doc, r: &Range<usize>) -> Vec<usize> {
    let first = d.sent_of[r.start] as usize;
    let last = d.sent_of[r.end - 1] as usize;
    (first..=last).filter(|&s| d.sent_words[s].start >= r.start && d.sent_words[s].end <= r.end).collect()
}

/// Split a short multi-sentence region (a paragraph) where a run of exactly copied sentences meets
/// edited ones, so that a verbatim copy and a near copy are reported as what they are. A longer
/// region is one reused block and stays whole; so does a region whose words are the same on both
/// sides, however its sentences were cut (a copy placed after text with no full stop starts inside
/// a sentence there).
fn split_exact_runs(a: &Doc, b: &Doc, ra: Range<usize>, rb: Range<usize>) -> Vec<(Range<usize>, Range<usize>)> {
    if whole_count(a, &ra) > SPLIT_MAX_SENTENCES
        || whole_count(b, &rb) > SPLIT_MAX_SENTENCES
        || a.keys[ra.clone()] == b.keys[rb.clone()]
    {
        return vec![(ra, rb)];
    }
    let sa = whole_sentences(a, &ra);
    let sb = whole_sentences(b, &rb);
    if sa.len() + sb.len() < 3 {
        return vec![(ra, rb)];
    }
    let kb: Vec<Vec<String>> = sb.iter().map(|&s| sentence_key(b, s)).collect();
    let mut anchors: Vec<(usize, usize)> = Vec::new(); // exact (sentence in a, sentence in b)
    let mut next_b = 0;
    for &s in &sa {
        let key = sentence_key(a, s);
        if let Some(j) = (next_b..sb.len()).find(|&j| kb[j] == key) {
            anchors.push((s, sb[j]));
            next_b = j + 1;
        }
    }
    let exact_a = anchors.len();
    if exact_a == 0 || (exact_a == sa.len() && exact_a == sb.len() && sa.len() == whole_count(a, &ra)) {
        return vec![(ra, rb)];
    }
    // Pieces: alternate edited gaps and exact runs, in order.
    let mut out = Vec::new();
    let (mut pa, mut pb) = (ra.start, rb.start);
    let mut k = 0;
    while k < anchors.len() {
        let mut e = k;
        while e + 1 < anchors.len() && anchors[e + 1].0 == anchors[e].0 + 1 && anchors[e + 1].1 == anchors[e].1 + 1 {
            e += 1;
        }
        let (a_run, b_run) = (
            a.sent_words[anchors[k].0].start..a.sent_words[anchors[e].0].end,
            b.sent_words[anchors[k].1].start..b.sent_words[anchors[e].1].end,
        );
        if a_run.start > pa && b_run.start > pb {
            out.push((pa..a_run.start, pb..b_run.start));
        }
        (pa, pb) = (a_run.end, b_run.end);
        out.push((a_run, b_run));
        k = e + 1;
    }
    if ra.end > pa && rb.end > pb {
        out.push((pa..ra.end, pb..rb.end));
    }
    out
}

fn whole_count(d: &Doc, r: &Range<usize>) -> usize {
    let first = d.sent_of[r.start] as usize;
    let last = d.sent_of[r.end - 1] as usize;
    last - first + 1
}

/// A match that stands on its own: whole sentences, a quotation, a long run, or most of a sentence.
/// Weaker ones (a short phrase inside longer sentences) give way to a paraphrase of those sentences.
fn is_strong(a: &Doc, b: &Doc, ra: &Range<usize>, rb: &Range<usize>) -> bool {
    let most = |d: &Doc, r: &Range<usize>| r.len() * 2 > d.sentence_words(r.start).len();
    ra.len() >= 12
        || (a.covers_sentences(ra) && b.covers_sentences(rb))
        || ((a.quoted_whole(ra) || b.quoted_whole(rb)) && a.quoted(ra) && b.quoted(rb))
        || most(a, ra)
        || most(b, rb)
}

/// Keep a region only when it is more than a common phrase: eight or more matching words (four of
/// them content words), or whole sentences on both sides with five, or a quotation that both
/// articles quote whole, or one of six words (three of them content words) that one article quotes
/// whole and the other inside a longer quotation.
fn accept(a: &Doc, b: &Doc, ra: &Range<usize>, rb: &Range<usize>, vocab: &Vocab) -> bool {
    if ra.is_empty() || rb.is_empty() {
        return false;
    }
    let ka = &a.keys[ra.clone()];
    let kb = &b.keys[rb.clone()];
    let (matched, content) = vocab.matched_words(ka, kb);
    let ratio = 2.0 * matched as f64 / (ka.len() + kb.len()) as f64;
    if ratio < 0.5 {
        return false;
    }
    let whole = a.covers_sentences(ra) && b.covers_sentences(rb);
    if (matched >= 8 && content >= 4) || (whole && matched >= 5 && content >= 3) {
        return true;
    }
    let quoted = a.quoted(ra) && b.quoted(rb);
    (matched >= 3 && content >= 2 && a.quoted_whole(ra) && b.quoted_whole(rb))
        || (matched >= 6 && content >= 3 && quoted && (a.quoted_whole(ra) || b.quoted_whole(rb)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_of_one_block_with_a_small_edited_gap_are_joined() {
        // Two long regions, the second 6 words on in A and 4 in B: one block with an edit between.
        let merged = merge_regions(vec![(0..30, 100..130), (36..70, 134..168)]);
        assert_eq!(merged, vec![(0..70, 100..168)]);
    }

    #[test]
    fn short_phrases_far_apart_and_crossing_regions_stay_apart() {
        // A gap longer than the pieces it would join.
        assert_eq!(merge_regions(vec![(0..9, 0..9), (25..34, 25..34)]).len(), 2);
        // The second region lies before the first in B: a different place, not a continuation.
        assert_eq!(merge_regions(vec![(0..30, 100..130), (36..70, 10..44)]).len(), 2);
    }

    #[test]
    fn regions_grown_to_meet_are_joined_but_split_pieces_stay_apart() {
        let grown = vec![vec![(0..12, 40..52)], vec![(12..40, 52..82)]];
        assert_eq!(merge_refined(grown.into_iter()), vec![(0..40, 40..82)]);
        let split = vec![vec![(0..12, 40..52), (12..30, 52..70)]];
        assert_eq!(merge_refined(split.into_iter()).len(), 2);
        // A region from elsewhere in B between two pieces of one block.
        let around = vec![vec![(0..12, 40..52)], vec![(12..24, 0..12)], vec![(24..40, 52..70)]];
        assert_eq!(merge_refined(around.into_iter()), vec![(0..40, 40..70), (12..24, 0..12)]);
    }

    fn prepared(text: &str) -> crate::text::Prepared {
        let raw = crate::load::RawDoc {
            path: "t.txt".into(),
            format: crate::load::Format::Text,
            text: text.into(),
            meta: Default::default(),
            warnings: Vec::new(),
        };
        crate::text::prepare(&raw).unwrap()
    }

    #[test]
    fn a_copy_starting_inside_a_sentence_of_one_side_is_not_split() {
        // B runs a heading without a full stop into the copy: its first copied sentence is longer.
        let copy = "The harbour master closed the pier at noon. Boats stayed in port all day long.";
        let (pa, pb) = (prepared(&format!("Storm warning issued. {copy}")), prepared(&format!("ferry news {copy}")));
        let mut vocab = Vocab::new();
        let (a, b) = (Doc::new(&pa, &mut vocab), Doc::new(&pb, &mut vocab));
        let (ra, rb) = (3..a.words.len(), 2..b.words.len());
        assert_eq!(split_exact_runs(&a, &b, ra.clone(), rb.clone()), vec![(ra, rb)]);
    }

    #[test]
    fn a_copy_cut_by_words_inserted_before_the_same_ending_runs_to_the_sentence_end() {
        // A reused block of four sentences: its last sentence has words inserted in B.
        let block = "The ferry line across the bay was closed on Friday after a collision. Divers were sent \
                     down to inspect the damaged hull at first light. The operator says no passenger was \
                     hurt and the crew are safe. That part of the pier";
        let a = format!("Ferry halted\n\n{block} has been under repair.");
        let b =
            format!("Bay ferry stops\n\n{block} beside the old fish market and the lighthouse has been under repair.");
        let (a, b) = (a.as_str(), b.as_str());
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        for m in &cmp.passages[0].members {
            assert!(m.text.ends_with("has been under repair."), "{:?}", m.text);
        }
    }

    #[test]
    fn a_sentence_copied_into_a_longer_one_is_shared_from_edge_to_edge() {
        let a = "Bridge closed\n\nThe council said on Monday that the old swing bridge over the canal would stay \
                 shut. The damaged rail lies twisted beside the lock gates and seems to have buckled in the heat.";
        let b = "Canal crossing shut\n\nNobody was hurt. The damaged rail lies twisted beside the lock gates. \
                 Engineers will inspect it on Friday.";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let texts: Vec<&str> = cmp.passages[0].members.iter().map(|m| m.text.as_str()).collect();
        assert!(texts.contains(&"The damaged rail lies twisted beside the lock gates."), "{texts:?}");
        assert!(texts.iter().any(|t| t.ends_with("buckled in the heat.")), "the longer sentence whole: {texts:?}");
    }

    #[test]
    fn a_quotation_is_not_run_into_the_words_that_say_who_spoke() {
        let a = "Bridge closed\n\n\u{201c}The damaged rail lies twisted beside the old lock gates,\u{201d} \
                 the engineer told reporters at the canal on Monday.";
        let b = "Canal crossing shut\n\nNobody was hurt. The damaged rail lies twisted beside the old lock gates. \
                 Engineers will inspect it on Friday.";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        assert!(cmp.passages[0].members.iter().all(|m| !m.text.contains("engineer told")), "{:#?}", cmp.passages);
    }

    #[test]
    fn a_long_copy_with_reworded_openings_starts_at_its_clauses_edges() {
        let copy = "acute swelling of the riverbank after three days of rain, and engineers warned the old \
                    footbridge could give way before the weekend.";
        let a = format!("Footbridge shut\n\nInspectors found {copy} The council closed it.");
        let b = format!("River rises\n\nSurveyors on Tuesday reported an {copy} Nobody was hurt.");
        let cmp = crate::align::tests::compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let texts: Vec<&str> = cmp.passages[0].members.iter().map(|m| m.text.as_str()).collect();
        assert!(texts.iter().any(|t| t.starts_with("Inspectors found acute")), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("Surveyors on Tuesday reported an acute")), "{texts:?}");
    }

    #[test]
    fn a_copy_at_a_clause_edge_in_one_article_keeps_its_start() {
        let tail = "the storm passed over the northern coast near the old harbour at dawn on Friday.";
        let a = prepared(&format!("Storm\n\nThe radio urged residents to stay indoors as {tail}"));
        let b = prepared(&format!("Storm passes\n\nForecasters on the island watched how {tail}"));
        let b_mid = prepared(&format!("Storm passes\n\nForecasters on the island watched closely {tail}"));
        let mut vocab = Vocab::new();
        let (a, b, b_mid) = (Doc::new(&a, &mut vocab), Doc::new(&b, &mut vocab), Doc::new(&b_mid, &mut vocab));
        let the_storm = |d: &Doc| (0..d.words.len()).find(|&w| vocab.words[d.keys[w] as usize] == "storm").unwrap() - 1;
        let region = |d: &Doc| the_storm(d)..d.words.len();
        // At a clause edge in A only ("as"): A's opening is A's own words, the copy keeps its start.
        let (ra, rb) = to_clause_edges(&a, &b, region(&a), region(&b), &vocab);
        assert_eq!((ra.start, rb.start), (the_storm(&a), the_storm(&b)));
        // Mid-phrase in both: both run back to their clause's start, six words away.
        let (rb, rm) = to_clause_edges(&b, &b_mid, region(&b), region(&b_mid), &vocab);
        assert_eq!((rb.start, rm.start), (the_storm(&b) - 6, the_storm(&b_mid) - 6));
    }

    #[test]
    fn clause_edges_are_sentence_edges_marks_and_words_opening_clauses() {
        let p = prepared(
            "Ferry\n\nThe harbour's new ferry, which sails at noon, left late and the crew\u{2019}s mood sank.",
        );
        let mut vocab = Vocab::new();
        let d = Doc::new(&p, &mut vocab);
        let at = |word: &str| (0..d.words.len()).find(|&w| vocab.words[d.keys[w] as usize] == word).unwrap();
        let edge = |word: &str| clause_edge(&d, at(word), &vocab);
        assert!(edge("which") && edge("left") && edge("and") && edge("the"), "after a comma, an opener, or at one");
        assert!(!edge("new") && !edge("ferry") && !edge("mood"), "an apostrophe is no clause edge");
        assert!(clause_edge(&d, d.words.len(), &vocab), "the text's end");
    }

    #[test]
    fn a_phrase_echoed_inside_a_longer_match_is_dropped() {
        let kept = drop_nested(vec![(0..60, 200..260), (20..28, 40..48), (80..95, 300..315)]);
        assert_eq!(kept, vec![(0..60, 200..260), (80..95, 300..315)]);
    }
}
