//! Neighbouring matches of one pair of articles that are pieces of one reused block become one
//! match: a run of reworded sentences, or fragments whose order was changed inside an edited stretch. Copies that follow
//! each other in order in both articles were already joined (or deliberately kept apart) by
//! `chain`, so they are left as they are.

use std::ops::Range;

use super::{Doc, PairMatch};

/// Largest gap, in words on either side, between two matches joined into one.
const MAX_GAP: usize = 25;

/// Words between two ranges (0 when they touch or overlap).
fn gap(x: &Range<usize>, y: &Range<usize>) -> usize {
    y.start.saturating_sub(x.end).max(x.start.saturating_sub(y.end))
}

/// True when two matches of the same pair of articles are pieces of one block: close on both sides
/// (a gap no longer than the shorter piece), and either both paraphrases, or in swapped order with
/// at least one of them a fragment of a sentence (words shuffled inside an edited stretch). Whole
/// sentences in swapped order are reordered paragraphs, each its own passage; a paraphrase following
/// a copy in order stays apart too, so that each says what it is.
fn joins(m: &PairMatch, n: &PairMatch, whole: &impl Fn(&PairMatch) -> bool) -> bool {
    let shorter = m.a_words.len().min(m.b_words.len()).min(n.a_words.len()).min(n.b_words.len());
    let limit = MAX_GAP.min(shorter);
    if gap(&m.a_words, &n.a_words) > limit || gap(&m.b_words, &n.b_words) > limit {
        return false;
    }
    if m.paraphrase && n.paraphrase {
        return true;
    }
    let in_order = (m.a_words.start < n.a_words.start) == (m.b_words.start < n.b_words.start);
    !(in_order || (whole(m) && whole(n)))
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
pub(super) fn join_neighbours(docs: &[Doc], matches: Vec<PairMatch>) -> Vec<PairMatch> {
    join_by(matches, |x| docs[x.a].covers_sentences(&x.a_words) && docs[x.b].covers_sentences(&x.b_words))
}

/// [`join_neighbours`], with `whole` telling whether a match covers whole sentences on both sides.
fn join_by(matches: Vec<PairMatch>, whole: impl Fn(&PairMatch) -> bool) -> Vec<PairMatch> {
    let mut order: Vec<usize> = (0..matches.len()).collect();
    order.sort_by_key(|&i| (matches[i].a, matches[i].b, matches[i].a_words.start, matches[i].a_words.end));
    let mut parent: Vec<usize> = (0..matches.len()).collect();
    for (k, &i) in order.iter().enumerate() {
        for &j in &order[k + 1..] {
            let (m, n) = (&matches[i], &matches[j]);
            if n.a != m.a || n.b != m.b || n.a_words.start > m.a_words.end + MAX_GAP {
                break;
            }
            if joins(m, n, &whole) {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                parent[ri.max(rj)] = ri.min(rj);
            }
        }
    }
    let mut out: Vec<PairMatch> = Vec::with_capacity(matches.len());
    let mut slot: Vec<Option<usize>> = vec![None; matches.len()];
    for (i, m) in matches.into_iter().enumerate() {
        let root = find(&mut parent, i);
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

    #[test]
    fn a_run_of_reworded_sentences_joins() {
        let out = join_by(vec![m(0..20, 50..70, true), m(20..38, 70..90, true)], |x| x.a_words.len() == 20);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].a_words.clone(), out[0].b_words.clone()), (0..38, 50..90));
        assert!(out[0].paraphrase);
    }

    #[test]
    fn a_reworded_sentence_after_a_copied_one_stays_apart() {
        assert_eq!(join_by(vec![m(0..20, 50..70, false), m(20..38, 70..90, true)], |x| x.a_words.len() == 20).len(), 2);
    }

    #[test]
    fn fragments_in_swapped_order_join_but_whole_sentences_do_not() {
        let pieces = || vec![m(0..20, 72..90, false), m(22..40, 50..70, false)];
        let out = join_by(pieces(), |x| x.a_words.len() == 20);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].a_words.clone(), out[0].b_words.clone()), (0..40, 50..90));
        // Two whole sentences in swapped order: reordered paragraphs.
        assert_eq!(join_by(pieces(), |_| true).len(), 2);
    }

    #[test]
    fn copies_in_order_and_distant_matches_stay_apart() {
        assert_eq!(
            join_by(vec![m(0..20, 50..70, false), m(20..38, 70..90, false)], |x| x.a_words.len() == 20).len(),
            2
        );
        assert_eq!(
            join_by(vec![m(0..20, 50..70, false), m(60..78, 90..110, true)], |x| x.a_words.len() == 20).len(),
            2
        );
    }
}
