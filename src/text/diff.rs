//! Word-level diffs of passage members with `similar`, under size limits that depend only on the
//! texts, so that a diff (and the kind and similarity read from it) never depends on how busy the
//! machine is.
//!
//! Two members are diffed token by token when the stretch between their common beginning and their
//! common end is at most [`MAX_DIFF_UNITS`] tokens, both sides together. A longer stretch is diffed
//! *coarsely*: by sentences first, then token by token inside each changed run of sentences that is
//! itself within the limit; a changed run beyond the limit stays one deletion and one insertion.
//! [`Alignment::coarse`] says when that happened.

use std::collections::HashMap;
use std::ops::Range;

use similar::{Algorithm, DiffTag as SimilarTag, capture_diff_slices};

use crate::lang::normalize::diff_key;
use crate::model::{DiffOp, DiffTag, Span};
use crate::text::TextModel;

/// Most tokens (both sides together, common beginning and end left out) diffed token by token; the
/// same limit holds for the sentences of a coarse diff. `similar`'s Myers diff bounds its search
/// by size too, so a stretch this long costs at most about 12 ms (3,600 tokens of unrelated words,
/// release build, on the 2-core development machine); the longest changed stretch in the
/// development corpus is about 1,700 tokens.
pub const MAX_DIFF_UNITS: usize = 4000;

/// The tokens of a span as diff units: each unit is a token with the white space that follows it,
/// its diff key (case, quote and dash style folded; spelling and punctuation kept) and its sentence.
pub struct DiffUnits<'a> {
    surfaces: Vec<&'a str>,
    keys: Vec<String>,
    sentences: Vec<usize>,
}

impl<'a> DiffUnits<'a> {
    /// The units of `span` in `text` (whose model is `model`).
    pub fn new(text: &'a str, model: &TextModel, span: Span) -> Self {
        let first = model.tokens.partition_point(|t| t.span().start < span.start);
        let last = model.tokens.partition_point(|t| t.span().end <= span.end).max(first);
        let toks = &model.tokens[first..last];
        let mut surfaces = Vec::with_capacity(toks.len());
        let mut keys = Vec::with_capacity(toks.len());
        for (i, t) in toks.iter().enumerate() {
            let end = toks.get(i + 1).map_or(span.end, |n| n.span().start);
            surfaces.push(&text[t.span().start..end.max(t.span().end)]);
            keys.push(diff_key(&text[t.span().start..t.span().end]));
        }
        let sentences = (first..last).map(|i| model.sentence_of(i).unwrap_or(usize::MAX)).collect();
        DiffUnits { surfaces, keys, sentences }
    }

    /// The diff keys of the units, in order.
    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    /// Number of units.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the span holds no token.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Unit ranges of the sentences (maximal runs of units in one sentence) inside `r`.
    fn sentence_runs(&self, r: Range<usize>) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        for i in r {
            match out.last_mut() {
                Some(last) if self.sentences[last.start] == self.sentences[i] => last.end = i + 1,
                _ => out.push(i..i + 1),
            }
        }
        out
    }
}

/// One run of an alignment: equal, deleted (only in `a`), inserted (only in `b`) or replaced.
type Run = (SimilarTag, Range<usize>, Range<usize>);

/// How the units of two spans align, in reading order.
pub struct Alignment {
    runs: Vec<Run>,
    a_len: usize,
    b_len: usize,
    /// True when the stretch between the spans' common beginning and end was longer than
    /// [`MAX_DIFF_UNITS`], so they were diffed by sentences first.
    pub coarse: bool,
}

/// Align two spans' units with `similar`'s Myers diff, within [`MAX_DIFF_UNITS`].
pub fn align(a: &DiffUnits, b: &DiffUnits) -> Alignment {
    let (ka, kb) = (&a.keys, &b.keys);
    let prefix = ka.iter().zip(kb).take_while(|(x, y)| x == y).count();
    let suffix = ka[prefix..].iter().rev().zip(kb[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (a_mid, b_mid) = (prefix..ka.len() - suffix, prefix..kb.len() - suffix);
    let mut runs = Vec::new();
    let coarse = a_mid.len() + b_mid.len() > MAX_DIFF_UNITS;
    if !coarse {
        diff_tokens(ka, kb, 0..ka.len(), 0..kb.len(), &mut runs);
    } else {
        runs.push((SimilarTag::Equal, 0..prefix, 0..prefix));
        diff_sentences(a, b, a_mid, b_mid, &mut runs);
        runs.push((SimilarTag::Equal, ka.len() - suffix..ka.len(), kb.len() - suffix..kb.len()));
    }
    runs.retain(|(_, x, y)| !(x.is_empty() && y.is_empty()));
    Alignment { runs, a_len: ka.len(), b_len: kb.len(), coarse }
}

/// Token-by-token diff of `ka[ra]` and `kb[rb]`, appended to `runs` with indices into the whole
/// sequences.
fn diff_tokens(ka: &[String], kb: &[String], ra: Range<usize>, rb: Range<usize>, runs: &mut Vec<Run>) {
    let (oa, ob) = (ra.start, rb.start);
    for op in capture_diff_slices(Algorithm::Myers, &ka[ra], &kb[rb]) {
        let (tag, x, y) = op.as_tag_tuple();
        runs.push((tag, x.start + oa..x.end + oa, y.start + ob..y.end + ob));
    }
}

/// A changed stretch: token by token within the limit, else one deletion and one insertion.
fn diff_block(ka: &[String], kb: &[String], ra: Range<usize>, rb: Range<usize>, runs: &mut Vec<Run>) {
    if ra.len() + rb.len() <= MAX_DIFF_UNITS {
        diff_tokens(ka, kb, ra, rb, runs);
    } else {
        runs.push((SimilarTag::Replace, ra, rb));
    }
}

/// The number of each sentence (a run of `keys`), the same number for the same keys.
fn sentence_ids<'k>(ids: &mut HashMap<&'k [String], u32>, keys: &'k [String], runs: &[Range<usize>]) -> Vec<u32> {
    runs.iter()
        .map(|r| {
            let next = ids.len() as u32;
            *ids.entry(&keys[r.clone()]).or_insert(next)
        })
        .collect()
}

/// Coarse diff of the unit ranges `ra` and `rb`: sentences that are the same on both sides are
/// equal runs, and each changed run of sentences between them is a [`diff_block`].
fn diff_sentences(a: &DiffUnits, b: &DiffUnits, ra: Range<usize>, rb: Range<usize>, runs: &mut Vec<Run>) {
    let (sa, sb) = (a.sentence_runs(ra.clone()), b.sentence_runs(rb.clone()));
    if sa.len() + sb.len() > MAX_DIFF_UNITS {
        runs.push((SimilarTag::Replace, ra, rb));
        return;
    }
    // Each distinct sentence (as its sequence of keys) gets a number; the sentences are diffed as numbers.
    let mut ids: HashMap<&[String], u32> = HashMap::new();
    let ia = sentence_ids(&mut ids, &a.keys, &sa);
    let ib = sentence_ids(&mut ids, &b.keys, &sb);
    let units = |s: &[Range<usize>], r: Range<usize>, whole: &Range<usize>| -> Range<usize> {
        if r.is_empty() {
            // An empty run of sentences stands where the next sentence (or the range's end) starts.
            let at = s.get(r.start).map_or(whole.end, |x| x.start);
            at..at
        } else {
            s[r.start].start..s[r.end - 1].end
        }
    };
    let mut pending: Option<(Range<usize>, Range<usize>)> = None;
    for op in capture_diff_slices(Algorithm::Myers, &ia, &ib) {
        let (tag, x, y) = op.as_tag_tuple();
        let (ux, uy) = (units(&sa, x, &ra), units(&sb, y, &rb));
        if tag == SimilarTag::Equal {
            if let Some((pa, pb)) = pending.take() {
                diff_block(&a.keys, &b.keys, pa, pb, runs);
            }
            runs.push((SimilarTag::Equal, ux, uy));
        } else {
            pending = Some(match pending {
                Some((pa, pb)) => {
                    (pa.start.min(ux.start)..pa.end.max(ux.end), pb.start.min(uy.start)..pb.end.max(uy.end))
                }
                None => (ux, uy),
            });
        }
    }
    if let Some((pa, pb)) = pending {
        diff_block(&a.keys, &b.keys, pa, pb, runs);
    }
}

/// Most sentences on either side that [`reordered_ratio`] pairs one by one.
const MAX_REORDER_SENTENCES: usize = 12;

/// Similarity of two spans whose sentences may stand in another order: each sentence of `a` is
/// paired with at most one sentence of `b`, the pairs with most units alike first (ties to the
/// earlier sentences), and the ratio is twice the units alike within the pairs over all units.
/// `None` when a side has fewer than two sentences or more than [`MAX_REORDER_SENTENCES`], or the
/// two are longer than [`MAX_DIFF_UNITS`] together (sizes only, so the result never depends on the
/// machine).
pub fn reordered_ratio(a: &DiffUnits, b: &DiffUnits) -> Option<f64> {
    let (sa, sb) = (a.sentence_runs(0..a.len()), b.sentence_runs(0..b.len()));
    let fits = |s: &[Range<usize>]| (2..=MAX_REORDER_SENTENCES).contains(&s.len());
    if !fits(&sa) || !fits(&sb) || a.len() + b.len() > MAX_DIFF_UNITS {
        return None;
    }
    // Units alike in a pair of sentences: the length of their longest common subsequence (what a
    // minimal diff keeps equal), on the keys numbered once for both sides.
    let mut numbers = std::collections::HashMap::new();
    let (ka, kb) = (number_keys(&mut numbers, &a.keys), number_keys(&mut numbers, &b.keys));
    let mut pairs: Vec<(usize, usize, usize)> = Vec::with_capacity(sa.len() * sb.len());
    for (i, x) in sa.iter().enumerate() {
        for (j, y) in sb.iter().enumerate() {
            pairs.push((crate::lcs::lcs_len(&ka[x.clone()], &kb[y.clone()]), i, j));
        }
    }
    pairs.sort_by(|p, q| q.0.cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    let (mut used_a, mut used_b, mut alike) = (vec![false; sa.len()], vec![false; sb.len()], 0);
    for (n, i, j) in pairs {
        if !used_a[i] && !used_b[j] {
            (used_a[i], used_b[j], alike) = (true, true, alike + n);
        }
    }
    Some(2.0 * alike as f64 / (a.len() + b.len()) as f64)
}

/// Each key as a number, equal keys getting equal numbers across calls sharing `numbers`.
fn number_keys<'k>(numbers: &mut std::collections::HashMap<&'k str, u32>, keys: &'k [String]) -> Vec<u32> {
    keys.iter()
        .map(|k| {
            let n = numbers.len() as u32;
            *numbers.entry(k.as_str()).or_insert(n)
        })
        .collect()
}

impl Alignment {
    /// Similarity of the two sides, 0..1: twice the units in equal runs over all units.
    pub fn ratio(&self) -> f64 {
        if self.a_len + self.b_len == 0 {
            return 1.0;
        }
        let matched: usize = self.runs.iter().filter(|r| r.0 == SimilarTag::Equal).map(|r| r.1.len()).sum();
        2.0 * matched as f64 / (self.a_len + self.b_len) as f64
    }

    /// The word diff: equal runs carry the text of `a`, deletions the text of `a`, insertions the
    /// text of `b` (`a` and `b` are the units this alignment was made from).
    pub fn ops(&self, a: &DiffUnits, b: &DiffUnits) -> Vec<DiffOp> {
        let mut runs: Vec<(DiffTag, String)> = Vec::new();
        let mut push = |tag: DiffTag, parts: &[&str]| {
            if parts.is_empty() {
                return;
            }
            let text: String = parts.concat();
            match runs.last_mut() {
                Some(last) if last.0 == tag => last.1.push_str(&text),
                _ => runs.push((tag, text)),
            }
        };
        for (tag, old, new) in &self.runs {
            let (old, new) = (&a.surfaces[old.clone()], &b.surfaces[new.clone()]);
            match tag {
                SimilarTag::Equal => push(DiffTag::Equal, old),
                SimilarTag::Delete => push(DiffTag::Delete, old),
                SimilarTag::Insert => push(DiffTag::Insert, new),
                SimilarTag::Replace => {
                    push(DiffTag::Delete, old);
                    push(DiffTag::Insert, new);
                }
            }
        }
        // Diffs are kept for the whole comparison, a million runs in a large set: no spare room.
        runs.into_iter().map(|(tag, text)| DiffOp { tag, text: text.into() }).collect()
    }
}

/// Word diff of two spans: equal runs carry the text of `a`, deletions the text of `a`, insertions
/// the text of `b`. Quote style, dash style and case are not differences; spelling is.
pub fn word_diff(a: (&str, &TextModel, Span), b: (&str, &TextModel, Span)) -> Vec<DiffOp> {
    let ua = DiffUnits::new(a.0, a.1, a.2);
    let ub = DiffUnits::new(b.0, b.1, b.2);
    align(&ua, &ub).ops(&ua, &ub)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(t: &str) -> (&str, TextModel, Span) {
        (t, TextModel::new(t), Span::new(0, t.len()))
    }

    #[test]
    fn sentences_in_another_order_are_alike_sentence_by_sentence() {
        let a = "The ferry left at noon with forty passengers. Its engine failed near the island.";
        let b = "Its engine failed close to the island. The ferry left at noon with forty passengers.";
        let units = |t: &'static str, m: &TextModel| DiffUnits::new(t, m, Span::new(0, t.len()));
        let (ma, mb) = (TextModel::new(a), TextModel::new(b));
        let (ua, ub) = (units(a, &ma), units(b, &mb));
        let in_order = align(&ua, &ub).ratio();
        let reordered = reordered_ratio(&ua, &ub).unwrap();
        assert!(in_order < 0.7 && reordered > 0.85, "{in_order} {reordered}");
        // One sentence on a side: nothing to reorder.
        let one = "The ferry left at noon with forty passengers.";
        let m1 = TextModel::new(one);
        assert!(reordered_ratio(&units(one, &m1), &ub).is_none());
    }

    #[test]
    fn diff_shows_replaced_words_and_rebuilds_both_sides() {
        let (ta, ma, sa) =
            whole("\"The United States calls on the 'Libyan National Army’ to end its offensive,\" it said.");
        let (tb, mb, sb) = whole("“The United States wants the ‘Libyan National Army’ to end its offensive,” it said.");
        let ops = word_diff((ta, &ma, sa), (tb, &mb, sb));
        let del: String = ops.iter().filter(|o| o.tag == DiffTag::Delete).map(|o| o.text.as_str()).collect();
        let ins: String = ops.iter().filter(|o| o.tag == DiffTag::Insert).map(|o| o.text.as_str()).collect();
        assert_eq!(del.trim(), "calls on");
        assert_eq!(ins.trim(), "wants");
        let old: String = ops.iter().filter(|o| o.tag != DiffTag::Insert).map(|o| o.text.as_str()).collect();
        assert_eq!(old, ta);
    }

    #[test]
    fn spelling_is_a_difference() {
        let (ta, ma, sa) = whole("Trump recognized his role.");
        let (tb, mb, sb) = whole("Trump recognised his role.");
        let ops = word_diff((ta, &ma, sa), (tb, &mb, sb));
        assert!(ops.iter().any(|o| o.tag == DiffTag::Delete && o.text.contains("recognized")));
        assert!(ops.iter().any(|o| o.tag == DiffTag::Insert && o.text.contains("recognised")));
        let (ua, ub) = (DiffUnits::new(ta, &ma, sa), DiffUnits::new(tb, &mb, sb));
        assert_eq!(align(&ua, &ub).ratio(), 0.8);
    }

    /// Two long texts that differ all through: `n` sentences each, every fifth one reworded in `b`,
    /// and one extra sentence in `b`.
    fn long_pair(n: usize) -> (String, String) {
        let mut a = Vec::new();
        let mut b = Vec::new();
        for i in 0..n {
            let s =
                format!("Sentence {i} tells of the {} delegates who met in hall {} on day {}.", i * 7, i % 13, i % 31);
            b.push(if i % 5 == 0 {
                format!("Reworded line {i} speaks of {} people gathered that day.", i * 7)
            } else {
                s.clone()
            });
            if i == n / 2 {
                b.push("An extra sentence only one side has.".to_owned());
            }
            a.push(s);
        }
        (a.join(" "), b.join(" "))
    }

    fn ops_text(ops: &[DiffOp], keep: DiffTag) -> String {
        ops.iter().filter(|o| o.tag != keep).map(|o| o.text.as_str()).collect()
    }

    #[test]
    fn a_huge_pair_is_diffed_by_sentences_the_same_way_every_time() {
        let (ta, tb) = long_pair(400);
        let (ma, mb) = (TextModel::new(&ta), TextModel::new(&tb));
        let (ua, ub) =
            (DiffUnits::new(&ta, &ma, Span::new(0, ta.len())), DiffUnits::new(&tb, &mb, Span::new(0, tb.len())));
        assert!(ua.len() + ub.len() > MAX_DIFF_UNITS, "the pair must exceed the limit: {}", ua.len() + ub.len());
        let first = align(&ua, &ub);
        assert!(first.coarse);
        let ops = first.ops(&ua, &ub);
        // Still a correct diff: the runs rebuild `a`, and the unchanged sentences are equal runs.
        assert!(ops_text(&ops, DiffTag::Insert) == ta);
        assert!(ops.iter().any(|o| o.tag == DiffTag::Equal && o.text.contains("Sentence 1 tells")));
        assert!(ops.iter().any(|o| o.tag == DiffTag::Insert && o.text.contains("An extra sentence")));
        // Words are still diffed inside a changed sentence.
        let sentence5 = "Sentence 5 tells of the 35 delegates who met in hall 5 on day 5.";
        assert!(ops.iter().all(|o| !o.text.contains(sentence5)), "the words of a changed sentence are diffed");
        let ratio = first.ratio();
        assert!(ratio > 0.8 && ratio < 1.0, "{ratio}");
        for _ in 0..3 {
            let again = align(&ua, &ub);
            assert!(again.coarse);
            assert_eq!(again.ops(&ua, &ub), ops);
            assert_eq!(again.ratio(), ratio);
        }
    }

    #[test]
    fn a_long_pair_with_a_small_change_is_diffed_word_by_word() {
        // Long, but the changed stretch between the common beginning and end is short.
        let (ta, _) = long_pair(400);
        let tb = ta.replacen("Sentence 200 tells", "Line 200 tells", 1);
        let (ma, mb) = (TextModel::new(&ta), TextModel::new(&tb));
        let (ua, ub) =
            (DiffUnits::new(&ta, &ma, Span::new(0, ta.len())), DiffUnits::new(&tb, &mb, Span::new(0, tb.len())));
        let al = align(&ua, &ub);
        assert!(!al.coarse);
        let ops = al.ops(&ua, &ub);
        assert_eq!(ops_text(&ops, DiffTag::Equal), "Sentence Line ");
    }

    #[test]
    fn a_changed_run_beyond_the_limit_is_one_deletion_and_one_insertion() {
        // No sentence in common and too many words to diff: the coarsest diff, still correct.
        let a: Vec<String> = (0..600).map(|i| format!("Alpha {i} beta gamma delta.")).collect();
        let b: Vec<String> = (0..600).map(|i| format!("Omega {i} psi chi phi!")).collect();
        let (ta, tb) = (a.join(" "), b.join(" "));
        let (ma, mb) = (TextModel::new(&ta), TextModel::new(&tb));
        let (ua, ub) =
            (DiffUnits::new(&ta, &ma, Span::new(0, ta.len())), DiffUnits::new(&tb, &mb, Span::new(0, tb.len())));
        let al = align(&ua, &ub);
        assert!(al.coarse);
        let ops = al.ops(&ua, &ub);
        assert_eq!(ops.len(), 2, "{:?}", ops.iter().map(|o| o.tag).collect::<Vec<_>>());
        assert_eq!(ops_text(&ops, DiffTag::Insert), ta);
        assert_eq!(ops_text(&ops, DiffTag::Delete), tb);
        assert_eq!(al.ratio(), 0.0);
    }
}
