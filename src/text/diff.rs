//! Word-level diffs of passage members with `similar`.

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffTag as SimilarTag, capture_diff_slices_deadline};

use crate::lang::normalize::diff_key;
use crate::model::{DiffOp, DiffTag, Span};
use crate::text::TextModel;

/// How long one pair diff may take before `similar` falls back to a coarser (still correct) diff.
pub const DIFF_DEADLINE: Duration = Duration::from_millis(150);

/// The tokens of `span` as diff units: each unit is a token with the white space that follows it.
struct Units<'a> {
    surfaces: Vec<&'a str>,
    keys: Vec<String>,
}

fn units<'a>(text: &'a str, model: &TextModel, span: Span) -> Units<'a> {
    let first = model.tokens.partition_point(|t| t.span.start < span.start);
    let last = model.tokens.partition_point(|t| t.span.end <= span.end);
    let toks = &model.tokens[first..last.max(first)];
    let mut surfaces = Vec::with_capacity(toks.len());
    let mut keys = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        let end = toks.get(i + 1).map_or(span.end, |n| n.span.start);
        surfaces.push(&text[t.span.start..end.max(t.span.end)]);
        keys.push(diff_key(&text[t.span.start..t.span.end]));
    }
    Units { surfaces, keys }
}

/// Word diff of two spans: equal runs carry the text of `a`, deletions the text of `a`, insertions
/// the text of `b`. Quote style, dash style and case are not differences; spelling is.
pub fn word_diff(a: (&str, &TextModel, Span), b: (&str, &TextModel, Span)) -> Vec<DiffOp> {
    let ua = units(a.0, a.1, a.2);
    let ub = units(b.0, b.1, b.2);
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &ua.keys, &ub.keys, Some(Instant::now() + DIFF_DEADLINE));
    let mut out: Vec<DiffOp> = Vec::new();
    let mut push = |tag: DiffTag, parts: &[&str]| {
        if parts.is_empty() {
            return;
        }
        let text: String = parts.concat();
        match out.last_mut() {
            Some(last) if last.tag == tag => last.text.push_str(&text),
            _ => out.push(DiffOp { tag, text }),
        }
    };
    for op in ops {
        let (tag, old, new) = op.as_tag_tuple();
        match tag {
            SimilarTag::Equal => push(DiffTag::Equal, &ua.surfaces[old]),
            SimilarTag::Delete => push(DiffTag::Delete, &ua.surfaces[old]),
            SimilarTag::Insert => push(DiffTag::Insert, &ub.surfaces[new]),
            SimilarTag::Replace => {
                push(DiffTag::Delete, &ua.surfaces[old]);
                push(DiffTag::Insert, &ub.surfaces[new]);
            }
        }
    }
    out
}

/// Tokens of a span folded as in a diff (case, quote and dash style aside; spelling and
/// punctuation kept), for similarity scores.
pub fn span_diff_keys(text: &str, model: &TextModel, span: Span) -> Vec<String> {
    model.tokens.iter().filter(|t| span.contains(&t.span)).map(|t| diff_key(&text[t.span.start..t.span.end])).collect()
}

/// Similarity of two word sequences, 0..1: twice the matched words over the total.
pub fn word_ratio(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let ops = capture_diff_slices_deadline(Algorithm::Myers, a, b, Some(Instant::now() + DIFF_DEADLINE));
    let matched: usize = ops
        .iter()
        .map(|op| match op.as_tag_tuple() {
            (SimilarTag::Equal, r, _) => r.len(),
            _ => 0,
        })
        .sum();
    2.0 * matched as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(t: &str) -> (&str, TextModel, Span) {
        (t, TextModel::new(t), Span::new(0, t.len()))
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
        let r = word_ratio(&span_diff_keys(ta, &ma, sa), &span_diff_keys(tb, &mb, sb));
        assert_eq!(r, 0.8);
    }
}
