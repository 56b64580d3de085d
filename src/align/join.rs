//! Neighbouring matches of one pair of articles that are pieces of one reused block become one
//! match: an edited copy and the reworded sentence after it, a run of reworded sentences, copies
//! in order with a small edited stretch between, or fragments whose order was changed inside an
//! edited stretch. An exact copy stays apart from edited pieces next to it, so that it is reported
//! as verbatim. Last, a paragraph made of three or more pieces that come in the same order in the
//! other article, however far apart there, is one retelling (a digest or summary) of that stretch.

use std::ops::Range;

use super::{Doc, PairMatch, Vocab};

/// Largest gap, in words on either side, between two matches joined into one.
const MAX_GAP: usize = 25;

/// Largest gap, in words on either side, between two matches joined when the stretches between
/// them are alike.
const WIDE_GAP: usize = 60;

/// Least Dice overlap of the content words of the two stretches between two pieces of one block.
const ALIKE_BETWEEN: f64 = 0.5;

/// Fewest content words in each stretch between two pieces for the stretches to count as alike.
const ALIKE_MIN_WORDS: usize = 3;

/// Words between two ranges (0 when they touch or overlap).
fn gap(x: &Range<usize>, y: &Range<usize>) -> usize {
    y.start.saturating_sub(x.end).max(x.start.saturating_sub(y.end))
}

/// What [`joins`] needs to know of a match besides its place.
#[derive(Clone, Copy)]
struct Shape {
    /// Covers whole sentences on both sides.
    whole: bool,
    /// A copy whose words are the same on both sides.
    exact: bool,
    /// The paragraph it lies in in article `a` and in article `b`, each when it lies in one.
    para: (Option<usize>, Option<usize>),
}

/// True when two matches of the same pair of articles are pieces of one block: close on both sides
/// (a gap no longer than the longer piece, nor than [`MAX_GAP`]: an edited stretch between two
/// copied sentences may be longer than the shorter of them), and either in the same order in
/// both articles, or both paraphrases, or in swapped order with at least one of them a fragment of
/// a sentence (words shuffled inside an edited stretch). Whole sentences in swapped order with text
/// between them are paragraphs moved about, each its own passage (touching ones are one reordered
/// block: [`join_touching`]); an exact copy next to an edited or reworded piece stays apart, so
/// that the verbatim passage is reported as what it is.
///
/// Pieces further apart (up to [`WIDE_GAP`]) are one block too when the stretches between them say
/// much the same in both articles (`between`): an edited stretch, too reworded to be matched on its
/// own, between two pieces of one copy, in whichever order they stand.
fn joins(
    (m, sm): (&PairMatch, Shape),
    (n, sn): (&PairMatch, Shape),
    between: &impl Fn(&PairMatch, &PairMatch) -> bool,
) -> bool {
    let longer = m.a_words.len().min(m.b_words.len()).max(n.a_words.len().min(n.b_words.len()));
    let limit = MAX_GAP.min(longer);
    let (ga, gb) = (gap(&m.a_words, &n.a_words), gap(&m.b_words, &n.b_words));
    if ga > limit || gb > limit {
        return ga.max(gb) <= WIDE_GAP && sm.exact == sn.exact && between(m, n);
    }
    // Two reworded sentences are one block only next to each other, or with alike stretches
    // between: an unmatched sentence between them in each article says something else.
    if m.paraphrase && n.paraphrase && (ga > 0 || gb > 0) && !between(m, n) {
        return false;
    }
    let in_order = (m.a_words.start < n.a_words.start) == (m.b_words.start < n.b_words.start);
    if in_order {
        return sm.exact == sn.exact;
    }
    // Pieces that touch in both articles in swapped order are joined by [`join_touching`].
    (m.paraphrase && n.paraphrase) || !(sm.whole && sn.whole)
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Join the neighbouring pieces of each reused block (see [`joins`]); the result keeps the order of
/// the first piece of each block.
pub(super) fn join_neighbours(docs: &[Doc], vocab: &Vocab, matches: Vec<PairMatch>) -> Vec<PairMatch> {
    let shape = |x: &PairMatch| Shape {
        whole: docs[x.a].covers_sentences(&x.a_words) && docs[x.b].covers_sentences(&x.b_words),
        exact: !x.paraphrase && docs[x.a].keys[x.a_words.clone()] == docs[x.b].keys[x.b_words.clone()],
        para: (docs[x.a].paragraph_of(&x.a_words), docs[x.b].paragraph_of(&x.b_words)),
    };
    let between = |m: &PairMatch, n: &PairMatch| {
        let content = |d: &Doc, x: &Range<usize>, y: &Range<usize>| -> Vec<u32> {
            let (from, to) = (x.end.min(y.end), x.start.max(y.start));
            let mut keys: Vec<u32> =
                d.keys[from..to.max(from)].iter().copied().filter(|&k| !vocab.stop[k as usize]).collect();
            keys.sort_unstable();
            keys.dedup();
            keys
        };
        let ka = content(&docs[m.a], &m.a_words, &n.a_words);
        let kb = content(&docs[m.b], &m.b_words, &n.b_words);
        alike(&ka, &kb)
    };
    let joined = join_compact(join_touching(join_by(matches, shape, between), shape), shape);
    drop_contained(join_retellings(joined, shape))
}

/// Drop each match that lies, on both sides, inside another match of the same pair of articles:
/// the block that took in its neighbours already reports it.
fn drop_contained(matches: Vec<PairMatch>) -> Vec<PairMatch> {
    let inside = |x: &Range<usize>, y: &Range<usize>| y.start <= x.start && x.end <= y.end;
    let mut order: Vec<usize> = (0..matches.len()).collect();
    order.sort_by_key(|&i| {
        (matches[i].a, matches[i].b, matches[i].a_words.start, std::cmp::Reverse(matches[i].a_words.end))
    });
    let mut dropped = vec![false; matches.len()];
    for (k, &i) in order.iter().enumerate() {
        if dropped[i] {
            continue;
        }
        let m = &matches[i];
        for &j in &order[k + 1..] {
            let n = &matches[j];
            if n.a != m.a || n.b != m.b || n.a_words.start >= m.a_words.end {
                break;
            }
            if inside(&n.a_words, &m.a_words) && inside(&n.b_words, &m.b_words) {
                dropped[j] = true;
            }
        }
    }
    matches.into_iter().zip(dropped).filter(|(_, d)| !d).map(|(m, _)| m).collect()
}

/// True when two sorted sets of content words are alike enough for the stretches holding them to
/// be one edited stretch (see [`ALIKE_BETWEEN`]).
fn alike(ka: &[u32], kb: &[u32]) -> bool {
    if ka.len().min(kb.len()) < ALIKE_MIN_WORDS {
        return false;
    }
    let shared = super::judge::features::shared(ka, kb);
    2.0 * shared as f64 >= ALIKE_BETWEEN * (ka.len() + kb.len()) as f64
}

/// [`join_neighbours`], with `shape` telling what each match is.
fn join_by(
    matches: Vec<PairMatch>,
    shape: impl Fn(&PairMatch) -> Shape,
    between: impl Fn(&PairMatch, &PairMatch) -> bool,
) -> Vec<PairMatch> {
    join_when(matches, shape, |m, n| joins(m, n, &between))
}

/// Blocks that touch in both articles (in either order, of one kind: exact or edited) become one,
/// again and again: a block whose sentences or paragraphs were reordered, nothing between them in
/// either article; a block grown from two pieces may touch a third that neither piece touched.
fn join_touching(mut matches: Vec<PairMatch>, shape: impl Fn(&PairMatch) -> Shape) -> Vec<PairMatch> {
    let touching = |(m, sm): (&PairMatch, Shape), (n, sn): (&PairMatch, Shape)| {
        gap(&m.a_words, &n.a_words) == 0 && gap(&m.b_words, &n.b_words) == 0 && sm.exact == sn.exact
    };
    loop {
        let before = matches.len();
        matches = join_when(matches, &shape, touching);
        if matches.len() == before {
            return matches;
        }
    }
}

/// Fewest pieces a compact block is put together from when they stand in another order in the two
/// articles: two sentences in swapped order with a little text between them are paragraphs moved
/// about.
const COMPACT_SWAPPED: usize = 3;
/// Most pieces a compact block is put together from.
const COMPACT_MAX: usize = 8;
/// Least share of its stretch in each article that the pieces of a compact block cover.
const COMPACT_COVER: f64 = 0.8;

/// Edited pieces that follow each other in one article and between them cover nearly all of one
/// stretch of each article (at least [`COMPACT_COVER`], no hole longer than [`MAX_GAP`] words), in
/// whatever order they stand in the other, are one block: a paragraph whose sentences were moved
/// about and edited, a sentence too edited to be matched left out here and there. Exact copies
/// stay apart, so that each is reported as verbatim.
fn join_compact(matches: Vec<PairMatch>, shape: impl Fn(&PairMatch) -> Shape) -> Vec<PairMatch> {
    let exact: Vec<bool> = matches.iter().map(|m| shape(m).exact).collect();
    let mut order: Vec<usize> = (0..matches.len()).collect();
    order.sort_by_key(|&i| (matches[i].a, matches[i].b, matches[i].a_words.start, matches[i].a_words.end));
    let mut parent: Vec<usize> = (0..matches.len()).collect();
    let mut k = 0;
    while k < order.len() {
        let first = &matches[order[k]];
        let mut last = k;
        for end in (k + 1..order.len().min(k + COMPACT_MAX)).filter(|_| !exact[order[k]]) {
            let n = &matches[order[end]];
            if n.a != first.a || n.b != first.b || exact[order[end]] {
                break;
            }
            let pieces = &order[k..=end];
            let a_side: Vec<Range<usize>> = pieces.iter().map(|&i| matches[i].a_words.clone()).collect();
            let b_side: Vec<Range<usize>> = pieces.iter().map(|&i| matches[i].b_words.clone()).collect();
            let ordered = pieces.len() >= COMPACT_SWAPPED || in_order(first, n);
            if ordered && compact(a_side) && compact(b_side) {
                last = end;
            }
        }
        for w in order[k..=last].windows(2) {
            union(&mut parent, w[0], w[1]);
        }
        k = last + 1;
    }
    merge(matches, &mut parent)
}

/// True when two matches come in the same order in both articles, or one lies inside the other in
/// either article (where order says nothing).
fn in_order(m: &PairMatch, n: &PairMatch) -> bool {
    let inside = |x: &Range<usize>, y: &Range<usize>| {
        (y.start <= x.start && x.end <= y.end) || (x.start <= y.start && y.end <= x.end)
    };
    (m.a_words.start < n.a_words.start) == (m.b_words.start < n.b_words.start)
        || inside(&m.a_words, &n.a_words)
        || inside(&m.b_words, &n.b_words)
}

/// The share of the stretch `ranges` span that they cover, and the longest hole they leave in it.
fn coverage(mut ranges: Vec<Range<usize>>) -> (f64, usize) {
    ranges.sort_by_key(|r| (r.start, r.end));
    let (start, mut reach, mut covered, mut hole) = (ranges[0].start, ranges[0].start, 0, 0);
    for r in &ranges {
        hole = hole.max(r.start.saturating_sub(reach));
        covered += r.end.saturating_sub(r.start.max(reach));
        reach = reach.max(r.end);
    }
    (covered as f64 / (reach - start).max(1) as f64, hole)
}

/// True when `ranges` cover at least [`COMPACT_COVER`] of the stretch they span, with no hole
/// longer than [`MAX_GAP`] words.
fn compact(ranges: Vec<Range<usize>>) -> bool {
    let (share, hole) = coverage(ranges);
    hole <= MAX_GAP && share >= COMPACT_COVER
}

/// Union of the matches of each pair of articles that `rule` joins, among those near each other.
fn join_when(
    matches: Vec<PairMatch>,
    shape: impl Fn(&PairMatch) -> Shape,
    rule: impl Fn((&PairMatch, Shape), (&PairMatch, Shape)) -> bool,
) -> Vec<PairMatch> {
    let shapes: Vec<Shape> = matches.iter().map(shape).collect();
    let mut order: Vec<usize> = (0..matches.len()).collect();
    order.sort_by_key(|&i| (matches[i].a, matches[i].b, matches[i].a_words.start, matches[i].a_words.end));
    let mut parent: Vec<usize> = (0..matches.len()).collect();
    for (k, &i) in order.iter().enumerate() {
        for &j in &order[k + 1..] {
            let (m, n) = (&matches[i], &matches[j]);
            if n.a != m.a || n.b != m.b || n.a_words.start > m.a_words.end + WIDE_GAP {
                break;
            }
            if rule((m, shapes[i]), (n, shapes[j])) {
                union(&mut parent, i, j);
            }
        }
    }
    merge(matches, &mut parent)
}

fn union(parent: &mut [usize], i: usize, j: usize) {
    let (ri, rj) = (find(parent, i), find(parent, j));
    parent[ri.max(rj)] = ri.min(rj);
}

/// Fewest pieces of a retelling.
const RETOLD_PIECES: usize = 3;
/// Least share of its stretch that the pieces of a retelling in another order must cover.
const RETOLD_COVER: f64 = 0.75;

/// Join the pieces of each retelling: a paragraph of one article made of at least
/// [`RETOLD_PIECES`] pieces that follow each other there (at most [`MAX_GAP`] words apart) sums up
/// the stretch of the other article they come from when they come in the same order there, however
/// far apart (a digest of a longer report keeps the order of what it sums up), or, in any order,
/// when they make up most of their stretch of the paragraph ([`RETOLD_COVER`]): a summary that
/// picked its sentences from all over the report. Two pieces are a coincidence, not a digest.
fn join_retellings(matches: Vec<PairMatch>, shape: impl Fn(&PairMatch) -> Shape) -> Vec<PairMatch> {
    let paras: Vec<(Option<usize>, Option<usize>)> = matches.iter().map(|m| shape(m).para).collect();
    let mut parent: Vec<usize> = (0..matches.len()).collect();
    for x in 0..2 {
        let at = |i: usize| if x == 0 { &matches[i].a_words } else { &matches[i].b_words };
        let other = |i: usize| if x == 0 { &matches[i].b_words } else { &matches[i].a_words };
        let para = |i: usize| if x == 0 { paras[i].0 } else { paras[i].1 };
        let mut order: Vec<usize> = (0..matches.len()).collect();
        order.sort_by_key(|&i| (matches[i].a, matches[i].b, at(i).start, at(i).end));
        let next = |i: usize, j: usize| {
            matches[i].a == matches[j].a
                && matches[i].b == matches[j].b
                && at(j).start >= at(i).end
                && at(j).start <= at(i).end + MAX_GAP
                && para(i).is_some()
                && para(i) == para(j)
        };
        let mut k = 0;
        while k < order.len() {
            let mut end = k + 1;
            while end < order.len() && next(order[end - 1], order[end]) {
                end += 1;
            }
            let run = &order[k..end];
            let ranges: Vec<Range<usize>> = run.iter().map(|&i| at(i).clone()).collect();
            // The whole run when it makes up most of its stretch, else each part in order.
            let parts: Vec<&[usize]> = if run.len() >= RETOLD_PIECES && coverage(ranges).0 >= RETOLD_COVER {
                vec![run]
            } else {
                run.chunk_by(|&i, &j| other(j).start >= other(i).end).collect()
            };
            for part in parts.into_iter().filter(|p| p.len() >= RETOLD_PIECES) {
                for w in part.windows(2) {
                    union(&mut parent, w[0], w[1]);
                }
            }
            k = end;
        }
    }
    merge(matches, &mut parent)
}

/// Each group of `parent` as one match spanning its pieces, in the order of each group's first.
fn merge(matches: Vec<PairMatch>, parent: &mut [usize]) -> Vec<PairMatch> {
    let mut out: Vec<PairMatch> = Vec::with_capacity(matches.len());
    let mut slot: Vec<Option<usize>> = vec![None; matches.len()];
    for (i, m) in matches.into_iter().enumerate() {
        let root = find(parent, i);
        match slot[root] {
            Some(s) => {
                let o = &mut out[s];
                o.a_words = o.a_words.start.min(m.a_words.start)..o.a_words.end.max(m.a_words.end);
                o.b_words = o.b_words.start.min(m.b_words.start)..o.b_words.end.max(m.b_words.end);
                o.paraphrase &= m.paraphrase;
                o.strong |= m.strong;
            }
            None => {
                slot[root] = Some(out.len());
                out.push(m);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(a_words: Range<usize>, b_words: Range<usize>, paraphrase: bool) -> PairMatch {
        PairMatch { a: 0, a_words, b: 1, b_words, paraphrase, strong: true }
    }

    /// No stretch between two pieces is like the other.
    fn apart(_: &PairMatch, _: &PairMatch) -> bool {
        false
    }

    /// The stretches between any two pieces say the same.
    fn alike_between(_: &PairMatch, _: &PairMatch) -> bool {
        true
    }

    /// Matches of 20 words are whole sentences; none is an exact copy.
    fn twenty_whole(x: &PairMatch) -> Shape {
        Shape { whole: x.a_words.len() == 20, exact: false, para: (None, None) }
    }

    fn all_whole(_: &PairMatch) -> Shape {
        Shape { whole: true, exact: false, para: (None, None) }
    }

    #[test]
    fn a_run_of_reworded_sentences_joins() {
        let out = join_by(vec![m(0..20, 50..70, true), m(20..38, 70..90, true)], twenty_whole, apart);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].a_words.clone(), out[0].b_words.clone()), (0..38, 50..90));
        assert!(out[0].paraphrase);
    }

    #[test]
    fn reworded_sentences_with_other_sentences_between_stay_apart() {
        // A sentence of other words between the two in each article: two passages...
        let pieces = || vec![m(0..20, 50..70, true), m(32..52, 76..96, true)];
        assert_eq!(join_by(pieces(), twenty_whole, apart).len(), 2);
        // ...unless the sentences between say the same too.
        assert_eq!(join_by(pieces(), twenty_whole, alike_between).len(), 1);
        // An edited copy with a stretch between still joins.
        let copies = vec![m(0..20, 50..70, false), m(32..52, 76..96, false)];
        assert_eq!(join_by(copies, twenty_whole, apart).len(), 1);
    }

    #[test]
    fn a_reworded_sentence_right_after_an_edited_copy_joins_it() {
        let out = join_by(vec![m(0..20, 50..70, false), m(20..38, 70..90, true)], twenty_whole, apart);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].a_words.clone(), out[0].b_words.clone()), (0..38, 50..90));
        assert!(!out[0].paraphrase, "a block holding a copy is a copy");
    }

    #[test]
    fn an_exact_copy_stays_apart_from_the_edited_piece_after_it() {
        let exact_first = |x: &PairMatch| Shape { whole: true, exact: x.a_words.start == 0, para: (None, None) };
        let pieces = vec![m(0..20, 50..70, false), m(20..38, 70..90, false)];
        assert_eq!(join_by(pieces, exact_first, apart).len(), 2);
        let pieces = vec![m(0..20, 50..70, false), m(20..38, 70..90, false)];
        assert_eq!(join_by(pieces, |_| Shape { whole: true, exact: true, para: (None, None) }, apart).len(), 1);
    }

    #[test]
    fn fragments_in_swapped_order_join_but_whole_sentences_do_not() {
        let pieces = || vec![m(0..20, 72..90, false), m(22..40, 50..70, false)];
        let out = join_by(pieces(), twenty_whole, apart);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].a_words.clone(), out[0].b_words.clone()), (0..40, 50..90));
        // Two whole sentences in swapped order: reordered paragraphs.
        assert_eq!(join_by(pieces(), all_whole, apart).len(), 2);
    }

    #[test]
    fn touching_sentences_swapped_join_but_with_text_between_they_stay_apart() {
        let pieces = || vec![m(0..20, 68..90, false), m(20..40, 50..68, false)];
        fn joined(pieces: Vec<PairMatch>, shape: fn(&PairMatch) -> Shape) -> Vec<PairMatch> {
            join_touching(join_by(pieces, shape, apart), shape)
        }
        let one_paragraph: fn(&PairMatch) -> Shape = |_| Shape { whole: true, exact: false, para: (Some(3), Some(7)) };
        assert_eq!(joined(pieces(), one_paragraph).len(), 1);
        // The same sentences as two paragraphs of A: still one reordered block.
        let two: fn(&PairMatch) -> Shape =
            |x| Shape { whole: true, exact: false, para: (Some(x.a_words.start), Some(7)) };
        assert_eq!(joined(pieces(), two).len(), 1);
        // A sentence of other text between them in B: paragraphs moved about.
        let apart_in_b = vec![m(0..20, 72..90, false), m(20..40, 50..68, false)];
        assert_eq!(joined(apart_in_b, two).len(), 2);
    }

    #[test]
    fn a_block_grown_from_two_pieces_takes_in_a_third_it_now_touches() {
        // The third piece touches the block of the first two in both articles, but neither piece alone.
        let pieces = || vec![m(0..20, 40..60, false), m(20..40, 60..80, false), m(40..50, 30..40, false)];
        let out = join_touching(join_by(pieces(), all_whole, apart), all_whole);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].a_words.clone(), out[0].b_words.clone()), (0..50, 30..80));
        assert_eq!(join_by(pieces(), all_whole, apart).len(), 2);
    }

    #[test]
    fn close_pieces_in_order_join_but_distant_ones_stay_apart() {
        // An edited sentence, an edited stretch of 6 and 4 words, then another edited sentence.
        assert_eq!(join_by(vec![m(0..20, 50..70, false), m(26..44, 74..92, false)], all_whole, apart).len(), 1);
        // A gap of 40 words in one article: two passages.
        assert_eq!(join_by(vec![m(0..20, 50..70, false), m(60..78, 72..90, true)], all_whole, apart).len(), 2);
        // A rewritten stretch of 12 words between a sentence of 30 and a phrase of 8: one block.
        assert_eq!(join_by(vec![m(0..30, 50..80, false), m(42..50, 92..100, false)], all_whole, apart).len(), 1);
        // A gap longer than both pieces: two short phrases far apart.
        assert_eq!(join_by(vec![m(0..10, 50..60, false), m(22..30, 72..80, false)], all_whole, apart).len(), 2);
    }

    /// Every match lies in paragraph 0 of article `a`, and in no one paragraph of article `b`.
    fn a_paragraph(_: &PairMatch) -> Shape {
        Shape { whole: true, exact: false, para: (Some(0), None) }
    }

    #[test]
    fn three_pieces_of_one_paragraph_in_order_far_apart_in_the_other_article_are_one_retelling() {
        let pieces = || vec![m(0..12, 100..115, false), m(12..20, 300..310, true), m(24..35, 520..540, false)];
        let out = join_retellings(pieces(), a_paragraph);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].a_words.clone(), out[0].b_words.clone()), (0..35, 100..540));
        // The same pieces mirrored: the retelling is in article `b`.
        let mirrored: Vec<PairMatch> = pieces().into_iter().map(|x| m(x.b_words, x.a_words, x.paraphrase)).collect();
        let b_paragraph = |_: &PairMatch| Shape { whole: true, exact: false, para: (None, Some(4)) };
        assert_eq!(join_retellings(mirrored, b_paragraph).len(), 1);
    }

    #[test]
    fn two_pieces_or_pieces_out_of_order_or_in_two_paragraphs_are_no_retelling() {
        let two = vec![m(0..12, 100..115, false), m(12..20, 300..310, false)];
        assert_eq!(join_retellings(two, a_paragraph).len(), 2);
        // Out of order, with as much other text as pieces between them in the paragraph.
        let shuffled = vec![m(0..8, 300..315, false), m(20..28, 100..110, false), m(40..48, 520..540, false)];
        assert_eq!(join_retellings(shuffled, a_paragraph).len(), 3, "the first two are out of order");
        let pieces = vec![m(0..12, 100..115, false), m(12..20, 300..310, false), m(24..35, 520..540, false)];
        let by_piece = |x: &PairMatch| Shape { whole: true, exact: false, para: (Some(x.a_words.start), None) };
        assert_eq!(join_retellings(pieces, by_piece).len(), 3);
    }

    #[test]
    fn pieces_making_up_most_of_a_paragraph_in_any_order_are_one_retelling() {
        // Three pieces cover 31 of the paragraph's 35 words; they come from all over the other article.
        let pieces = || vec![m(0..12, 300..315, false), m(12..20, 100..110, false), m(24..35, 520..540, false)];
        let out = join_retellings(pieces(), a_paragraph);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].a_words.clone(), out[0].b_words.clone()), (0..35, 100..540));
    }

    #[test]
    fn a_digest_paragraph_of_a_long_report_is_one_passage() {
        let report = "Harbour wall will not be finished this year, port authority says\n\n\
            The port authority said on Monday that work on the new harbour wall would not finish before next spring at the earliest. \
            Engineers had hoped to complete it this autumn.\n\n\
            Storms in August washed away part of the temporary dam that had kept the sea out of the building site.\n\n\
            Divers were sent down to inspect the foundations, and they reported that the old piles had held.\n\n\
            The contractor blamed the delay on the weather and on a shortage of the heavy stone needed for the outer face of the wall. \
            Local fishermen say the work has cost them a season.\n\n\
            Councillors will meet next week to decide whether the harbour should stay open to visiting yachts over the winter months.\n\n\
            A spokesman for the yacht club said members were worried about the mooring fees.\n\n\
            The authority said the final bill was expected to rise by about a fifth over the budget agreed by the council two years ago.";
        let digest = "Port news in brief\n\nOther items first.\n\n\
            The port authority said on Monday that work on the new harbour wall would not be finished before next spring. \
            The contractor blamed the delay on bad weather and on a shortage of the heavy stone needed for the outer face of the wall. \
            The authority said the final bill was now expected to rise by about a fifth over the budget agreed by the council two years ago.\n\n\
            In other news, the ferry timetable changes on Sunday.";
        let cmp = crate::align::tests::compare(&[report, digest]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let m = &cmp.passages[0].members;
        assert!(
            m.iter().any(|m| m.text.starts_with("The port authority said") && m.text.ends_with("two years ago.")),
            "{m:#?}"
        );
    }

    #[test]
    fn pieces_further_apart_join_only_when_the_stretches_between_are_alike() {
        // Gaps of 40 words on each side, beyond the close limit.
        let pieces = || vec![m(0..30, 100..130, false), m(70..100, 170..200, false)];
        assert_eq!(join_by(pieces(), all_whole, apart).len(), 2);
        assert_eq!(join_by(pieces(), all_whole, alike_between).len(), 1);
        // Beyond the wide limit, nothing joins.
        let far = vec![m(0..30, 100..130, false), m(100..130, 200..230, false)];
        assert_eq!(join_by(far, all_whole, alike_between).len(), 2);
    }

    #[test]
    fn edited_pieces_that_fill_one_stretch_of_each_article_in_any_order_are_one_block() {
        // Three edited sentences of A (a sentence of 6 words between the first two) stand in the
        // order 1, 3, 2 in B, with 5 words between the last two.
        let pieces = || vec![m(0..20, 100..120, false), m(26..46, 145..165, false), m(46..66, 120..140, false)];
        let out = join_compact(pieces(), all_whole);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].a_words.clone(), out[0].b_words.clone()), (0..66, 100..165));
        // Exact copies stay apart, each reported as verbatim.
        let exact = |_: &PairMatch| Shape { whole: true, exact: true, para: (None, None) };
        assert_eq!(join_compact(pieces(), exact).len(), 3);
        // Pieces that leave most of the stretch of B unmatched are not one block.
        let sparse = vec![m(0..20, 100..120, false), m(26..46, 170..190, false), m(46..66, 140..160, false)];
        assert_eq!(join_compact(sparse, all_whole).len(), 3);
    }

    #[test]
    fn two_pieces_fill_a_stretch_as_one_block_only_in_the_same_order() {
        let ordered = vec![m(0..30, 100..130, false), m(36..70, 137..170, false)];
        assert_eq!(join_compact(ordered, all_whole).len(), 1);
        // Swapped with a little text between: two paragraphs moved about.
        let swapped = vec![m(0..30, 140..170, false), m(36..70, 100..133, false)];
        assert_eq!(join_compact(swapped, all_whole).len(), 2);
        // A piece lying inside the other in A, just before it in B: one block.
        let nested = vec![m(0..60, 110..170, false), m(10..20, 98..108, false)];
        assert_eq!(join_compact(nested, all_whole).len(), 1);
    }

    #[test]
    fn stretches_are_alike_when_they_share_half_their_content_words() {
        assert!(alike(&[1, 2, 3, 4], &[2, 3, 4, 9]));
        assert!(!alike(&[1, 2, 3, 4], &[4, 7, 8, 9]));
        assert!(!alike(&[1, 2], &[1, 2]), "two words are too few to tell");
    }

    #[test]
    fn a_copy_with_a_heavily_edited_sentence_between_is_one_passage() {
        let a = "Ferry services cut for winter\n\n\
            The island ferry will run twice a day from November until the end of March, the operator announced on Friday. \
            Islanders have complained for years that the winter service leaves them stranded when the weather turns, \
            and the council has promised to look again at the subsidy paid to the company each year. \
            Tickets for the reduced service go on sale next week at the harbour office and online.";
        let b = "Winter ferry timetable announced\n\n\
            The island ferry will run twice a day from November until the end of March, the operator announced on Friday. \
            For years islanders have complained that the service in winter leaves them stranded whenever the weather turns bad, \
            and councillors have promised to look once more at the yearly subsidy the company is paid. \
            Tickets for the reduced service go on sale next week at the harbour office and online.";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        assert!(
            cmp.passages[0].members.iter().all(|m| m.text.starts_with("The island") && m.text.ends_with("online."))
        );
    }
}
