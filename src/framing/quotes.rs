//! Direct quotations: the same quote in several articles forms one group, marked not faithful when
//! the wording differs, with word diffs; the speaker is taken from the sentence where it says so.

use std::collections::{BTreeMap, HashMap};

use similar::{Algorithm, DiffTag as SimilarTag, capture_diff_slices};

use super::lexicon::Lexicon;
use super::{Doc, is_capitalised, is_quote_mark};
use crate::lang::normalize::{Key, is_stopword};
use crate::model::{Member, PairDiff, QuoteGroup, Span, SpanText};
use crate::text::diff::word_diff;

mod candidates;
use candidates::Candidates;

/// Fewest words a quotation needs to count as a statement worth comparing.
const MIN_WORDS: usize = 4;
/// Share of the shorter quote's words that must match for two quotes to be the same.
const MIN_SHARE: f64 = 0.7;
/// Nouns for documents: a quote "the statement said" has no speaker named.
const DOCUMENTS: &[&str] =
    &["statement", "statements", "report", "release", "letter", "post", "tweet", "filing", "document", "memo", "note"];

/// Most words a speaker phrase takes.
const MAX_SPEAKER_WORDS: usize = 10;

#[derive(Clone)]
struct Quote {
    doc: usize,
    span: Span,
    /// The whole quotation it is part of (its own span when it is whole): where its speaker is named.
    outer: Span,
    words: Vec<usize>,
    keys: Vec<Key>,
    /// Each key as a number (equal keys, equal numbers), for fast word matching; set by [`groups`].
    ids: Vec<u32>,
}

impl Quote {
    /// The span of words `s` to `e` (inclusive), with the quotation marks when the part reaches the
    /// first or last word.
    fn part_span(&self, d: &Doc<'_>, s: usize, e: usize) -> Span {
        let mut span = d.span(self.words[s], self.words[e]);
        if s == 0 {
            span.start = self.span.start;
        }
        if e + 1 == self.words.len() {
            span.end = self.span.end;
        }
        span
    }

    /// The part of this quotation from its word `s` to word `e` (inclusive): its span keeps the
    /// quotation marks when the part reaches the first or last word.
    fn part(&self, d: &Doc<'_>, s: usize, e: usize) -> Quote {
        Quote {
            doc: self.doc,
            span: self.part_span(d, s, e),
            outer: self.outer,
            words: self.words[s..=e].to_vec(),
            keys: self.keys[s..=e].to_vec(),
            ids: self.ids[s..=e].to_vec(),
        }
    }
}

/// Fewest words of a partial quote: a short quotation a speaker is named for ("called it 'a war
/// of choice'").
const MIN_PARTIAL_WORDS: usize = 2;

fn collect(docs: &[Doc<'_>], lex: &Lexicon) -> Vec<Quote> {
    let mut out = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let nested = nested_flags(&d.model.quotes);
        for (q, nested) in d.model.quotes.iter().zip(nested) {
            // Nested quotations are part of the outer one.
            if nested {
                continue;
            }
            let words: Vec<usize> = d.model.tokens_within(*q).filter(|&i| d.is_word(i)).collect();
            let opening = d.model.tokens_within(*q).next().filter(|&i| is_quote_mark(d.tok(i)));
            // A title or name in quotation marks ("Kill the Lights") is no one's words.
            let title = words.iter().all(|&i| is_capitalised(d.tok(i)) || is_stopword(&d.keys[i]));
            let partial = !title && opening.is_some_and(|i| super::attribution::attributed_before(d, lex, i));
            if words.len() < MIN_WORDS && !(partial && words.len() >= MIN_PARTIAL_WORDS) {
                continue;
            }
            let keys = words.iter().map(|&i| d.keys[i].clone()).collect();
            out.push(Quote { doc: di, span: *q, outer: *q, words, keys, ids: Vec::new() });
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

/// Matched words of two key sequences, the matched content words (not function words), and the
/// first and last matched index in `b`, without stray matches at either end ("he" of "He said" far
/// before "he thinks he blacked out").
fn matched(a: &Quote, b: &Quote) -> (usize, Option<(usize, usize)>) {
    let (n, _, range) = matched_words(a, b);
    (n, range)
}

/// Words of `a` matched in order in `b`: how many, how many of them content words, and the range
/// of `b`'s words they span (stray words far from the rest left out).
fn matched_words(a: &Quote, b: &Quote) -> (usize, usize, Option<(usize, usize)>) {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let (mut n, mut content) = (0, 0);
    for op in capture_diff_slices(Algorithm::Myers, &a.ids, &b.ids) {
        if let (SimilarTag::Equal, _, r) = op.as_tag_tuple()
            && !r.is_empty()
        {
            n += r.len();
            content += b.keys[r.clone()].iter().filter(|k| !is_stopword(k)).count();
            runs.push(r);
        }
    }
    // A short run far from the next is a word the quotes share by chance.
    let stray = |run: &std::ops::Range<usize>, gap: usize| run.len() <= 2 && gap > 2 * run.len();
    let (mut first, mut last) = (0, runs.len().saturating_sub(1));
    while first < last && stray(&runs[first], runs[first + 1].start - runs[first].end) {
        first += 1;
    }
    while last > first && stray(&runs[last], runs[last].start - runs[last - 1].end) {
        last -= 1;
    }
    let range = runs.get(first).zip(runs.get(last)).map(|(f, l)| (f.start, l.end - 1));
    (n, content, range)
}

/// True when `b` is the same quotation as `a`, whose word numbers are marked in `in_a` (marked once
/// per seed, as every candidate is tested against it).
fn same_quote(a: &Quote, in_a: &[bool], b: &Quote) -> bool {
    let shared = b.ids.iter().filter(|&&i| in_a[i as usize]).count();
    let shorter = if a.keys.len() <= b.keys.len() { a } else { b };
    // A partial quote shorter than a statement must match in all its words.
    let need = MIN_WORDS.min(shorter.keys.len());
    // Words in common bound the ordered match from above: skip the diff when it cannot pass.
    if shared < need || (shared as f64) < MIN_SHARE * shorter.keys.len() as f64 {
        return false;
    }
    let longer = if std::ptr::eq(shorter, a) { b } else { a };
    // The ordered match is a longest common subsequence: rule out by its length first, at a small
    // part of the cost of the diff.
    let most = crate::lcs::lcs_len(&shorter.ids, &longer.ids);
    if most < need || (most as f64) < MIN_SHARE * shorter.keys.len() as f64 {
        return false;
    }
    let (n, content, range) = matched_words(shorter, longer);
    // ... and in one run of the other's words, not words scattered over a long quote.
    if shorter.keys.len() < MIN_WORDS && range.is_none_or(|(s, e)| e + 1 - s != n) {
        return false;
    }
    // Most of the shorter quote's own words must match, not only its function words ("we are ...
    // a number of" is not "We are treating a number of patients").
    let own = shorter.keys.iter().filter(|k| !is_stopword(k)).count();
    n >= need && n as f64 >= MIN_SHARE * shorter.keys.len() as f64 && content as f64 >= MIN_SHARE * own as f64
}

/// How a quotation of another article stands to a group's seed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// The same quoted words, verbatim or nearly: a member.
    Whole,
    /// A longer quotation that holds the seed's words among others: its matching part is a member.
    Holds,
    /// A part of the seed only (it seeds a group of its own), or already in another group.
    None,
}

/// How `q` stands to `seed` (the two are the same quote by [`same_quote`]): each must cover most of
/// the other to be one quote; a longer quotation holding the seed joins with the part it holds,
/// whether or not it is in a group of its own.
fn fit(seed: &Quote, q: &Quote, assigned: bool) -> Fit {
    let (n, _) = matched(seed, q);
    let covers = |len: usize| n as f64 >= MIN_SHARE * len as f64;
    if covers(seed.keys.len()) && covers(q.keys.len()) {
        if assigned { Fit::None } else { Fit::Whole }
    } else if covers(seed.keys.len()) && q.keys.len() > seed.keys.len() {
        Fit::Holds
    } else {
        Fit::None
    }
}

/// Numbers each quotation's keys (equal keys, equal numbers) and returns how many distinct keys
/// there are.
fn number_words(quotes: &mut [Quote]) -> usize {
    let mut numbers: HashMap<Key, u32, foldhash::fast::FixedState> = HashMap::default();
    for q in quotes {
        let number = |k: &Key| {
            let n = numbers.len() as u32;
            *numbers.entry(k.clone()).or_insert(n)
        };
        q.ids = q.keys.iter().map(number).collect();
    }
    numbers.len()
}

/// Group the direct quotations of all articles: the longest quotation not yet grouped seeds a group,
/// and each other article adds its best-matching quotation.
pub(crate) fn groups(docs: &[Doc<'_>], lex: &Lexicon) -> Vec<QuoteGroup> {
    let mut quotes = collect(docs, lex);
    let distinct = number_words(&mut quotes);
    let mut in_seed = vec![false; distinct];
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&q| (std::cmp::Reverse(quotes[q].keys.len()), quotes[q].doc, quotes[q].span.start));
    // Candidates through an index of content words, so that hundreds of articles stay fast: two
    // quotations that share too few content words are not the same quote (see `same_quote`).
    let index = {
        let mut content = vec![false; distinct];
        for q in &quotes {
            for (k, &i) in q.keys.iter().zip(&q.ids) {
                content[i as usize] = !is_stopword(k);
            }
        }
        let ids: Vec<&[u32]> = quotes.iter().map(|q| q.ids.as_slice()).collect();
        Candidates::new(&ids, distinct, &content, |n| (0..=n).find(|&c| c as f64 >= MIN_SHARE * n as f64).unwrap_or(n))
    };
    let mut assigned = vec![false; quotes.len()];
    let mut out = Vec::new();
    for &seed in &order {
        if assigned[seed] {
            continue;
        }
        assigned[seed] = true;
        let s = &quotes[seed];
        let mut candidates = index.of(seed);
        candidates.retain(|&q| quotes[q].doc != s.doc);
        s.ids.iter().for_each(|&i| in_seed[i as usize] = true);
        candidates.retain(|&q| same_quote(s, &in_seed, &quotes[q]));
        s.ids.iter().for_each(|&i| in_seed[i as usize] = false);
        let mut by_doc: BTreeMap<usize, Vec<(usize, Fit)>> = BTreeMap::new();
        for q in candidates {
            let fit = fit(s, &quotes[q], assigned[q]);
            if fit != Fit::None {
                by_doc.entry(quotes[q].doc).or_default().push((q, fit));
            }
        }
        let mut members = vec![s.clone()];
        for list in by_doc.values() {
            let best = list.iter().max_by_key(|(q, _)| (matched(s, &quotes[*q]).0, std::cmp::Reverse(*q)));
            match best {
                Some(&(q, Fit::Whole)) => {
                    assigned[q] = true;
                    members.push(quotes[q].clone());
                }
                Some(&(q, Fit::Holds)) => {
                    let (_, range) = matched(s, &quotes[q]);
                    let (a, b) = range.unwrap_or((0, quotes[q].words.len() - 1));
                    members.push(quotes[q].part(&docs[quotes[q].doc], a, b));
                }
                _ => {}
            }
        }
        out.push((s.doc, s.span.start, group(docs, lex, &members)));
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
fn group(docs: &[Doc<'_>], lex: &Lexicon, members: &[Quote]) -> QuoteGroup {
    let seed = &members[0];
    let sd = &docs[seed.doc];
    let mut diffs = Vec::new();
    let mut faithful = true;
    for q in &members[1..] {
        let d = &docs[q.doc];
        // The seed's part that this quotation matches (a partial quote is compared with its part only).
        let (n, range) = matched(q, seed);
        let (trimmed, seed_keys) = match range {
            Some((s, e)) if (n as f64) < 0.8 * seed.keys.len() as f64 => (seed.part_span(sd, s, e), &seed.keys[s..=e]),
            _ => (seed.span, &seed.keys[..]),
        };
        faithful &= seed_keys == q.keys.as_slice();
        let ops = word_diff((sd.text, sd.model, trimmed), (d.text, d.model, q.span));
        diffs.push(PairDiff { a: sd.id, b: d.id, ops });
    }
    let mut sorted: Vec<&Quote> = members.iter().collect();
    sorted.sort_by_key(|q| (q.doc, q.span.start));
    let mut speakers = Vec::new();
    for q in &sorted {
        let d = &docs[q.doc];
        if let Some(s) = speaker(d, lex, q.outer) {
            speakers.push(SpanText { article: d.id, span: s, text: d.slice(s).to_owned() });
        }
    }
    let members = sorted
        .iter()
        .map(|q| {
            let d = &docs[q.doc];
            Member { article: d.id, span: q.span, text: d.slice(q.span).to_owned() }
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
    // A speaker is a named person or body, or a description of one ("the spokesman"), never a
    // bare pronoun: "she" names no one a reader of the table can place.
    let allowed = ["the", "a", "an", "his", "her", "their", "its"];
    if crate::lang::normalize::is_stopword(&d.keys[first]) && !allowed.contains(&d.keys[first].as_str()) {
        return None;
    }
    // Stop before a preposition or conjunction: "Massa said in Sao Paulo" names Massa.
    let cut = words.iter().skip(1).find(|&&i| {
        // "Transport for London", "Bank of England": a small word between capitals is in the name.
        let in_name = is_capitalised(d.tok(i.saturating_sub(1))) && is_capitalised(d.tok(i + 1));
        crate::lang::normalize::is_stopword(&d.keys[i]) && !is_capitalised(d.tok(i)) && !in_name
    });
    let last = match cut {
        Some(&c) => *words.iter().take_while(|&&i| i < c).last()?,
        None => *words.last()?,
    };
    // "the statement said", "the report says": a document, not who speaks in it; "Asked what
    // he saw, he added": a verb that opens the sentence (cut before "what"), not a name.
    let participle = cut.is_some() && first == last && d.keys[first].ends_with("ed");
    if DOCUMENTS.contains(&d.keys[last].as_str()) || lex.attribution_at(&d.keys[first..=first]).is_some() || participle
    {
        return None;
    }
    Some(d.span(first, last))
}

fn speaker_span(d: &Doc<'_>, lex: &Lexicon, q: Span) -> Option<Span> {
    let toks = &d.model.tokens;
    let after = toks.partition_point(|t| t.span().start < q.end);
    let before = toks.partition_point(|t| t.span().end <= q.start);
    // After the quotation, in the sentence it ends.
    if after < toks.len() && d.sentence_of(after) == d.sentence_of(after.saturating_sub(1)) {
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
