//! Direct quotations: the same quote in several articles forms one group, marked not faithful when
//! the wording differs, with word diffs; the speaker is taken from the sentence where it says so.

use std::collections::{BTreeMap, HashSet};

use similar::{Algorithm, DiffTag as SimilarTag, capture_diff_slices};

use super::lexicon::Lexicon;
use super::{Doc, is_capitalised, is_quote_mark};
use crate::lang::normalize::is_stopword;
use crate::model::{Member, PairDiff, QuoteGroup, Span, SpanText};
use crate::text::diff::word_diff;

/// Fewest words a quotation needs to count as a statement worth comparing.
const MIN_WORDS: usize = 4;
/// Share of the shorter quote's words that must match for two quotes to be the same.
const MIN_SHARE: f64 = 0.7;
/// Most words a speaker phrase takes.
const MAX_SPEAKER_WORDS: usize = 10;

struct Quote {
    doc: usize,
    span: Span,
    words: Vec<usize>,
    keys: Vec<String>,
}

fn collect(docs: &[Doc<'_>]) -> Vec<Quote> {
    let mut out = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let nested = nested_flags(&d.model.quotes);
        for (q, nested) in d.model.quotes.iter().zip(nested) {
            // Nested quotations are part of the outer one.
            if nested {
                continue;
            }
            let words: Vec<usize> = d.model.tokens_within(*q).filter(|&i| d.is_word(i)).collect();
            if words.len() < MIN_WORDS {
                continue;
            }
            let keys = words.iter().map(|&i| d.keys[i].clone()).collect();
            out.push(Quote { doc: di, span: *q, words, keys });
        }
    }
    out
}

/// For each quotation (in order of their start), true when another quotation holds it.
///
/// Only a quotation starting at or before it can hold it: one listed before it, found through the
/// running furthest end of those, or one starting at the same place and listed after it.
fn nested_flags(quotes: &[Span]) -> Vec<bool> {
    let mut reach: Option<usize> = None;
    let mut out = Vec::with_capacity(quotes.len());
    for (qi, q) in quotes.iter().enumerate() {
        let held_before = reach.is_some_and(|r| r >= q.end);
        let held_after = quotes.get(qi + 1).is_some_and(|o| o.start == q.start && o.end > q.end);
        out.push(held_before || held_after);
        reach = Some(reach.map_or(q.end, |r| r.max(q.end)));
    }
    out
}

/// Matched words of two key sequences and the first and last matched index in `b`.
fn matched(a: &[String], b: &[String]) -> (usize, Option<(usize, usize)>) {
    let mut n = 0;
    let mut range: Option<(usize, usize)> = None;
    for op in capture_diff_slices(Algorithm::Myers, a, b) {
        if let (SimilarTag::Equal, _, r) = op.as_tag_tuple()
            && !r.is_empty()
        {
            n += r.len();
            range = Some(range.map_or((r.start, r.end - 1), |(s, _)| (s, r.end - 1)));
        }
    }
    (n, range)
}

fn same_quote(a: &Quote, b: &Quote) -> bool {
    let sa: HashSet<&String> = a.keys.iter().collect();
    let shared = b.keys.iter().filter(|k| sa.contains(k)).count();
    // Words in common bound the ordered match from above: skip the diff when it cannot pass.
    if shared < MIN_WORDS || (shared as f64) < MIN_SHARE * a.keys.len().min(b.keys.len()) as f64 {
        return false;
    }
    let (n, _) = matched(&a.keys, &b.keys);
    n >= MIN_WORDS && n as f64 >= MIN_SHARE * a.keys.len().min(b.keys.len()) as f64
}

/// A content word in more quotations than this is too common to find candidates by.
const MAX_POSTINGS: usize = 400;

/// Group the direct quotations of all articles: the longest quotation not yet grouped seeds a group,
/// and each other article adds its best-matching quotation.
pub(crate) fn groups(docs: &[Doc<'_>], lex: &Lexicon) -> Vec<QuoteGroup> {
    let quotes = collect(docs);
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&q| (std::cmp::Reverse(quotes[q].keys.len()), quotes[q].doc, quotes[q].span.start));
    // Candidates through an index of content words, so that hundreds of articles stay fast: two
    // quotations that share no content word are not the same quote.
    let mut postings: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (qi, q) in quotes.iter().enumerate() {
        let mut seen: Vec<&str> = q.keys.iter().map(String::as_str).filter(|k| !is_stopword(k)).collect();
        seen.sort_unstable();
        seen.dedup();
        for k in seen {
            postings.entry(k).or_default().push(qi);
        }
    }
    let mut assigned = vec![false; quotes.len()];
    let mut out = Vec::new();
    for &seed in &order {
        if assigned[seed] {
            continue;
        }
        assigned[seed] = true;
        let mut members = vec![seed];
        let mut candidates: Vec<usize> = quotes[seed]
            .keys
            .iter()
            .filter_map(|k| postings.get(k.as_str()))
            .filter(|list| list.len() <= MAX_POSTINGS)
            .flatten()
            .copied()
            .filter(|&q| !assigned[q] && quotes[q].doc != quotes[seed].doc)
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut by_doc: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for q in candidates {
            by_doc.entry(quotes[q].doc).or_default().push(q);
        }
        for list in by_doc.values() {
            let best = list
                .iter()
                .copied()
                .filter(|&q| !assigned[q] && same_quote(&quotes[seed], &quotes[q]))
                .max_by_key(|&q| (matched(&quotes[seed].keys, &quotes[q].keys).0, std::cmp::Reverse(q)));
            if let Some(q) = best {
                assigned[q] = true;
                members.push(q);
            }
        }
        out.push((quotes[seed].doc, quotes[seed].span.start, group(docs, lex, &quotes, &members)));
    }
    out.sort_by_key(|(doc, start, g)| (std::cmp::Reverse(g.members.len()), *doc, *start));
    out.into_iter()
        .enumerate()
        .map(|(i, (_, _, mut g))| {
            g.id = format!("Q{}", i + 1);
            g
        })
        .collect()
}

/// A group from its seed (`members[0]`, the longest) and the matching quotations of other articles.
fn group(docs: &[Doc<'_>], lex: &Lexicon, quotes: &[Quote], members: &[usize]) -> QuoteGroup {
    let seed = &quotes[members[0]];
    let sd = &docs[seed.doc];
    let mut diffs = Vec::new();
    let mut faithful = true;
    for &m in &members[1..] {
        let q = &quotes[m];
        let d = &docs[q.doc];
        // The seed's part that this quotation matches (a partial quote is compared with its part only).
        let (n, range) = matched(&q.keys, &seed.keys);
        let (s, e) = range.unwrap_or((0, seed.keys.len().saturating_sub(1)));
        let trimmed = if n as f64 >= 0.8 * seed.keys.len() as f64 {
            seed.span
        } else {
            match (seed.words.get(s), seed.words.get(e)) {
                (Some(&a), Some(&b)) => {
                    // Keep the quotation marks when the match reaches the quotation's first or last word.
                    let mut t = sd.span(a, b);
                    if Some(&a) == seed.words.first() {
                        t.start = seed.span.start;
                    }
                    if Some(&b) == seed.words.last() {
                        t.end = seed.span.end;
                    }
                    t
                }
                _ => seed.span,
            }
        };
        let seed_keys: Vec<&String> = seed
            .words
            .iter()
            .zip(&seed.keys)
            .filter(|(w, _)| trimmed.contains(&sd.model.tokens[**w].span))
            .map(|x| x.1)
            .collect();
        let q_keys: Vec<&String> = q.keys.iter().collect();
        faithful &= seed_keys == q_keys;
        let ops = word_diff((sd.text, sd.model, trimmed), (d.text, d.model, q.span));
        diffs.push(PairDiff { a: sd.id, b: d.id, ops });
    }
    let mut sorted: Vec<usize> = members.to_vec();
    sorted.sort_by_key(|&m| (quotes[m].doc, quotes[m].span.start));
    let mut speakers = Vec::new();
    for &m in &sorted {
        let d = &docs[quotes[m].doc];
        if let Some(s) = speaker(d, lex, quotes[m].span) {
            speakers.push(SpanText { article: d.id, span: s, text: d.slice(s).to_owned() });
        }
    }
    let members = sorted
        .iter()
        .map(|&m| {
            let d = &docs[quotes[m].doc];
            Member { article: d.id, span: quotes[m].span, text: d.slice(quotes[m].span).to_owned() }
        })
        .collect();
    QuoteGroup { id: String::new(), faithful, members, diffs, speakers }
}

/// The speaker of the quotation at `q`, where its sentence names one: `"...," the statement said`,
/// `said Colonel X`, or `X said: "..."`.
pub(crate) fn speaker(d: &Doc<'_>, lex: &Lexicon, q: Span) -> Option<Span> {
    let s = speaker_span(d, lex, q)?;
    let words: Vec<usize> = d.model.tokens_within(s).filter(|&i| d.is_word(i)).collect();
    let first = *words.first()?;
    let allowed = ["the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its"];
    if crate::lang::normalize::is_stopword(&d.keys[first]) && !allowed.contains(&d.keys[first].as_str()) {
        return None;
    }
    // Stop before a preposition or conjunction: "Massa said in Sao Paulo" names Massa.
    let cut = words
        .iter()
        .skip(1)
        .find(|&&i| crate::lang::normalize::is_stopword(&d.keys[i]) && !is_capitalised(d.tok(i)) && d.keys[i] != "of");
    let last = match cut {
        Some(&c) => *words.iter().take_while(|&&i| i < c).last()?,
        None => *words.last()?,
    };
    Some(d.span(first, last))
}

fn speaker_span(d: &Doc<'_>, lex: &Lexicon, q: Span) -> Option<Span> {
    let toks = &d.model.tokens;
    let after = toks.partition_point(|t| t.span.start < q.end);
    let before = toks.partition_point(|t| t.span.end <= q.start);
    // After the quotation, in the sentence it ends.
    if after < toks.len() && d.sentence_of.get(after) == d.sentence_of.get(after.saturating_sub(1)) {
        let sent = d.sentence_tokens(after);
        let mut i = after;
        while i < sent.end && !d.is_word(i) && (d.tok(i) == "," || is_quote_mark(d.tok(i))) {
            i += 1;
        }
        let start = i;
        let limit = (start + MAX_SPEAKER_WORDS + 1).min(sent.end);
        let verb = (start..limit).find(|&k| d.is_word(k) && lex.attribution_at(&d.keys[k..=k]).is_some());
        if let Some(v) = verb {
            if v > start && (start..v).all(|k| d.is_word(k) || d.tok(k) == ".") {
                return Some(d.span(start, v - 1));
            }
            if v == start {
                let mut e = v + 1;
                while e < sent.end && e - v <= MAX_SPEAKER_WORDS && (d.is_word(e) || d.tok(e) == ".") {
                    e += 1;
                }
                let last = (v + 1..e).rev().find(|&k| d.is_word(k))?;
                return Some(d.span(v + 1, last));
            }
        }
    }
    // Before the quotation: "X said: " / "X said, ".
    let mut v = before.checked_sub(1)?;
    if matches!(d.tok(v), ":" | ",") {
        v = v.checked_sub(1)?;
    }
    if !(d.is_word(v) && lex.attribution_at(&d.keys[v..=v]).is_some()) {
        return None;
    }
    let sent = d.sentence_tokens(v);
    let mut s = v;
    while s > sent.start && v - s < MAX_SPEAKER_WORDS && (d.is_word(s - 1) || d.tok(s - 1) == ".") {
        s -= 1;
    }
    (s < v).then(|| d.span(s, v - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_quotations_are_those_another_holds() {
        let q = |a, b| Span::new(a, b);
        let quotes = [q(0, 30), q(5, 10), q(12, 20), q(40, 50), q(40, 60), q(45, 55), q(70, 80)];
        let slow: Vec<bool> = quotes.iter().map(|x| quotes.iter().any(|o| o != x && o.contains(x))).collect();
        assert_eq!(nested_flags(&quotes), slow);
        assert_eq!(slow, [false, true, true, true, false, true, false]);
    }
}
