//! Seed-and-chain alignment: word-trigram shingles shared by two articles are chained into regions
//! (tolerating small gaps), extended over single matching words, snapped to sentence edges when a
//! region nearly covers a sentence, and split where an exactly copied run of sentences meets an
//! edited one.

use std::ops::Range;

use super::{Doc, PairMatch, Vocab};
use crate::lang::normalize::same_diff_key;

mod edges;
use edges::{extend, snap, to_clause_edges, trim_function_words, trim_strays};
pub(super) use edges::{grow_to_clause_edges, with_determiner};

/// Words in a shingle.
const K: usize = 3;
/// A shingle found in more places than this is too common to seed a match (boilerplate phrasing).
const MAX_POSTINGS: usize = 120;
/// Largest step between consecutive seeds of one chain, in words, on either side.
const MAX_STEP: usize = 8;
/// Largest difference between the steps on the two sides (words inserted on one side only).
const MAX_SKEW: usize = 5;
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
    let places = SeedingPlaces::new(docs, vocab, &by_rank);
    // The seeds of a block of articles at a time (every pair's seeds in one block, blocks in rank
    // order), each pair of articles refined on its own on every core, the results in pair order.
    let mut out = Vec::new();
    for (block, count) in places.blocks(SEED_BLOCK) {
        let seeds = places.seeds(block, count);
        let pairs: Vec<&[(u32, u32, u32, u32)]> = seeds.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)).collect();
        out.extend(crate::par::map(&pairs, |run| pair_matches(docs, vocab, &by_rank, run)).into_iter().flatten());
    }
    out
}

/// The matches of one pair of articles from its seeds (all of one pair, sorted).
fn pair_matches(docs: &[Doc], vocab: &Vocab, by_rank: &[usize], run: &[(u32, u32, u32, u32)]) -> Vec<PairMatch> {
    let (a, b) = (by_rank[run[0].0 as usize], by_rank[run[0].1 as usize]);
    let seeds: Vec<(u32, u32)> = run.iter().map(|s| (s.2, s.3)).collect();
    let refined = merge_regions(chain(&seeds)).into_iter().map(|(ra, rb)| refine(&docs[a], &docs[b], ra, rb, vocab));
    drop_nested(merge_refined(refined))
        .into_iter()
        .map(|m| {
            let strong = is_strong(&docs[a], &docs[b], &m.0, &m.1);
            PairMatch { a, a_words: m.0, b, b_words: m.1, paraphrase: false, strong }
        })
        .collect()
}

/// Most seeds held at once (16 bytes each): on a large set with much shared copy the seeds are the
/// peak of memory, so they are made and used a block of articles at a time.
const SEED_BLOCK: usize = 1 << 19;

/// The shingles of an article's words that are not only function words, with their positions.
fn content_shingles<'a>(keys: &'a [u32], stop: &'a [bool]) -> impl Iterator<Item = ([u32; K], u32)> + 'a {
    (0..keys.len().saturating_sub(K - 1))
        .filter(|&p| !keys[p..p + K].iter().all(|&k| stop[k as usize]))
        .map(move |p| ([keys[p], keys[p + 1], keys[p + 2]], p as u32))
}

/// The places (article rank, word position) of every shingle that can seed a match — in two to
/// [`MAX_POSTINGS`] places, in more than one article — group after group, each group in rank and
/// position order.
struct SeedingPlaces {
    places: Vec<(u32, u32)>,
    /// Where each group ends in `places`.
    ends: Vec<usize>,
    articles: usize,
}

impl SeedingPlaces {
    /// Every shingle that is not only function words, with its article's rank and its position,
    /// sorted so equal shingles stand together (flat lists sorted once take a fraction of the
    /// memory of a map of lists, and the list is allocated at its exact size); only the places of
    /// seeding shingles are kept past the sort.
    fn new(docs: &[Doc], vocab: &Vocab, by_rank: &[usize]) -> Self {
        let shingles = |keys| content_shingles(keys, &vocab.stop);
        let count = by_rank.iter().map(|&d| shingles(&docs[d].keys).count()).sum();
        let mut list: Vec<([u32; K], u32, u32)> = Vec::with_capacity(count);
        for (r, &d) in by_rank.iter().enumerate() {
            list.extend(shingles(&docs[d].keys).map(|(sh, p)| (sh, r as u32, p)));
        }
        list.sort_unstable();
        let (mut places, mut ends) = (Vec::new(), Vec::new());
        for group in list.chunk_by(|x, y| x.0 == y.0) {
            if (2..=MAX_POSTINGS).contains(&group.len()) && group.iter().any(|p| p.1 != group[0].1) {
                places.extend(group.iter().map(|&(_, r, p)| (r, p)));
                ends.push(places.len());
            }
        }
        SeedingPlaces { places, ends, articles: by_rank.len() }
    }

    fn groups(&self) -> impl Iterator<Item = &[(u32, u32)]> {
        self.ends.iter().scan(0, |start, &end| Some(&self.places[std::mem::replace(start, end)..end]))
    }

    /// Ranges of article ranks whose seeds (as the first article of a pair) number at most
    /// `budget` together, or one article's when it alone has more; with the number of seeds.
    fn blocks(&self, budget: usize) -> Vec<(Range<u32>, usize)> {
        let mut per_rank = vec![0usize; self.articles];
        for group in self.groups() {
            // Each place pairs with every later place of another article: those after its run.
            let mut seen = 0;
            for run in group.chunk_by(|x, y| x.0 == y.0) {
                seen += run.len();
                per_rank[run[0].0 as usize] += run.len() * (group.len() - seen);
            }
        }
        let (mut out, mut start, mut held) = (Vec::new(), 0, 0);
        for (r, &n) in per_rank.iter().enumerate() {
            if held > 0 && held + n > budget {
                out.push((start as u32..r as u32, held));
                (start, held) = (r, 0);
            }
            held += n;
        }
        if held > 0 {
            out.push((start as u32..self.articles as u32, held));
        }
        out
    }

    /// Seeds (rank of x, rank of y, position in x, position in y) of every shingle two articles x
    /// before y share, for x in `ranks` (`count` of them): sorted and without repeats.
    fn seeds(&self, ranks: Range<u32>, count: usize) -> Vec<(u32, u32, u32, u32)> {
        let mut seeds = Vec::with_capacity(count);
        for group in self.groups() {
            let (lo, hi) = (group.partition_point(|p| p.0 < ranks.start), group.partition_point(|p| p.0 < ranks.end));
            let mut after = lo;
            for run in group[lo..hi].chunk_by(|x, y| x.0 == y.0) {
                after += run.len();
                for &(rx, px) in run {
                    seeds.extend(group[after..].iter().map(|&(ry, py)| (rx, ry, px, py)));
                }
            }
        }
        seeds.sort_unstable();
        seeds.dedup();
        seeds
    }
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
    let (ra, rb) = trim_function_words(a, b, ra, rb, vocab);
    if ra.is_empty() || rb.is_empty() {
        return Vec::new();
    }
    // (After the trim: a clause edge is a clean edge, whatever word opens the clause.)
    let (ra, rb) = to_clause_edges(a, b, ra, rb, vocab);
    split_exact_runs(a, b, ra, rb).into_iter().filter(|(ra, rb)| accept(a, b, ra, rb, vocab)).collect()
}

/// True when sentence `s` of `a` and sentence `t` of `b` are the same tokens (words and
/// punctuation) under the diff's folding: an exact copy.
fn same_sentence(a: &Doc, s: usize, b: &Doc, t: usize) -> bool {
    let (x, y) =
        (&a.model.tokens[a.model.sentences[s].tokens.clone()], &b.model.tokens[b.model.sentences[t].tokens.clone()]);
    x.len() == y.len()
        && x.iter()
            .zip(y)
            .all(|(p, q)| same_diff_key(&a.text[p.span().start..p.span().end], &b.text[q.span().start..q.span().end]))
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
    let mut anchors: Vec<(usize, usize)> = Vec::new(); // exact (sentence in a, sentence in b)
    let mut next_b = 0;
    for &s in &sa {
        if let Some(j) = (next_b..sb.len()).find(|&j| same_sentence(a, s, b, sb[j])) {
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
pub(super) fn accept(a: &Doc, b: &Doc, ra: &Range<usize>, rb: &Range<usize>, vocab: &Vocab) -> bool {
    if ra.is_empty() || rb.is_empty() {
        return false;
    }
    let ka = &a.keys[ra.clone()];
    let kb = &b.keys[rb.clone()];
    // The words matched in order are at most a longest common subsequence: a cheap bound first.
    let most = crate::lcs::lcs_len(ka, kb);
    if most < 3 || 2.0 * (most as f64) / ((ka.len() + kb.len()) as f64) < 0.5 {
        return false;
    }
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
pub(super) mod tests {
    use super::*;

    #[test]
    fn seeds_made_a_block_of_articles_at_a_time_are_the_seeds_made_at_once() {
        // Three shingles' places (article rank, position): one in articles 0, 1 (twice) and 3, one
        // in articles 0 and 2, one in articles 1, 2 and 3.
        let places = SeedingPlaces {
            places: vec![(0, 4), (1, 2), (1, 9), (3, 0), (0, 7), (2, 1), (1, 5), (2, 8), (3, 3)],
            ends: vec![4, 6, 9],
            articles: 4,
        };
        let all = places.seeds(0..4, 0);
        assert_eq!(all.len(), 5 + 1 + 3, "{all:?}");
        assert!(all.iter().all(|s| s.0 < s.1), "the first article of a seed comes first: {all:?}");
        for budget in 1..=all.len() {
            let blocks = places.blocks(budget);
            let mut joined = Vec::new();
            for (ranks, count) in &blocks {
                let seeds = places.seeds(ranks.clone(), *count);
                assert_eq!(seeds.len(), *count);
                assert!(*count <= budget || ranks.len() == 1, "{budget}: {blocks:?}");
                joined.extend(seeds);
            }
            assert_eq!(joined, all, "budget {budget}: {blocks:?}");
            assert_eq!(blocks.first().map(|b| b.0.start), Some(0));
        }
    }

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

    pub(in crate::align) fn prepared(text: &str) -> crate::text::Prepared {
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
    fn a_phrase_echoed_inside_a_longer_match_is_dropped() {
        let kept = drop_nested(vec![(0..60, 200..260), (20..28, 40..48), (80..95, 300..315)]);
        assert_eq!(kept, vec![(0..60, 200..260), (80..95, 300..315)]);
    }
}
