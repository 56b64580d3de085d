//! Attribution verbs ("said", "according to", "insisted") and scare quotes (`the "renegade" general`).

use super::lexicon::Lexicon;
use super::{Doc, is_capitalised, is_quote_mark};
use crate::lang::normalize::Key;
use crate::lang::normalize::is_stopword;
use crate::model::{Attribution, Span, SpanText};

/// Most words a quotation may hold to be a scare quote rather than a statement.
const MAX_SCARE_WORDS: usize = 3;

/// Reporting verbs and phrases of every article, outside quotations.
pub(crate) fn attributions(docs: &[Doc<'_>], lex: &Lexicon) -> Vec<Attribution> {
    let mut out = Vec::new();
    for d in docs {
        let mut i = 0;
        while i < d.model.tokens.len() {
            if !d.is_word(i) {
                i += 1;
                continue;
            }
            let sent_end = d.sentence_tokens(i).end.max(i + 1);
            let Some((term, n)) = lex.attribution_at(&d.keys[i..sent_end.min(d.keys.len())]) else {
                i += 1;
                continue;
            };
            let span = d.span(i, i + n - 1);
            let sentence_start = d.sentence_tokens(i).start == i;
            if is_capitalised(d.tok(i)) && !sentence_start {
                i += n;
                continue;
            }
            // Words inside a quotation are the speaker's, not the outlet's.
            if d.model.quote_around(span).is_none() && !is_adjectival(d, i, n) && reports(d, i, n) {
                let text = d.slice(span);
                out.push(Attribution {
                    article: d.id,
                    verb: super::collapse(&text.to_lowercase()),
                    span,
                    text: text.to_owned(),
                    neutral: term.neutral,
                });
            }
            i += n;
        }
    }
    out
}

/// Verbs that report only with a clause or quotation: "the police charged the crowd" and "charged
/// with theft" are acts, "critics charged that …" and "…,\" she charged." are reports.
const REPORT_WITH_CLAUSE: &[&str] = &["charge", "charged", "charges"];

/// True when the verb at `i` (of `n` words) reports: any verb of the lexicon does, but one of
/// [`REPORT_WITH_CLAUSE`] only with "that" or a quotation mark after it, or a quotation just before.
fn reports(d: &Doc<'_>, i: usize, n: usize) -> bool {
    if n != 1 || !REPORT_WITH_CLAUSE.contains(&d.keys[i].as_str()) {
        return true;
    }
    let mark = |k: usize| k < d.model.tokens.len() && !d.is_word(k) && is_quote_mark(d.tok(k));
    let that = d.keys.get(i + 1).is_some_and(|k| k == "that");
    // "charged: \"…", "charged \"…".
    let quotation_after =
        mark(i + 1) || (i + 1 < d.model.tokens.len() && matches!(d.tok(i + 1), ":" | ",") && mark(i + 2));
    let quotation_before = (i.saturating_sub(4)..i).any(mark);
    that || quotation_after || quotation_before
}

/// "the alleged attacker", "an accused man": a participle used as an adjective, not a reporting verb.
fn is_adjectival(d: &Doc<'_>, i: usize, n: usize) -> bool {
    n == 1
        && i > 0
        && matches!(d.keys[i - 1].as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its")
        && d.is_word(i + 1)
}

/// Words or short phrases in quotation marks that are not quoted statements, nor phrases quoted
/// from a shared source: a phrase of two or more words that another outlet quotes in the same
/// words ("ongoing counterterrorism efforts" from one statement) is a partial quote, not the
/// outlet's own distance.
pub(crate) fn scare_quotes(docs: &[Doc<'_>], lex: &Lexicon) -> Vec<SpanText> {
    let mut found = candidate_scare_quotes(docs, lex);
    // The quoted words only: `the "renegade" general` takes its noun along and is one outlet's.
    let words = |q: &(usize, SpanText, bool)| -> Vec<Key> {
        let d = &docs[q.0];
        let toks: Vec<usize> = d.model.tokens_within(q.1.span).collect();
        if !toks.last().is_some_and(|&i| is_quote_mark(d.tok(i))) {
            return Vec::new();
        }
        toks.into_iter().filter(|&i| d.is_word(i)).map(|i| d.keys[i].clone()).collect()
    };
    let keys: Vec<Vec<Key>> = found.iter().map(words).collect();
    let mut outlets: std::collections::HashMap<&[Key], std::collections::BTreeSet<usize>> = Default::default();
    for (q, k) in found.iter().zip(&keys) {
        outlets.entry(k.as_slice()).or_default().insert(q.0);
    }
    let shared: Vec<bool> =
        keys.iter().map(|k| k.len() >= 2 && outlets.get(k.as_slice()).is_some_and(|o| o.len() >= 2)).collect();
    let mut keep = shared.iter().map(|s| !s);
    found.retain(|q| keep.next().unwrap_or(true) && !q.2);
    found.into_iter().map(|(_, q, _)| q).collect()
}

/// Verbs that put a name on something in someone's words: "called it 'a war of choice'".
const NAMING_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "describing",
    "dub",
    "dubs",
    "dubbed",
    "dubbing",
    "term",
    "terms",
    "termed",
    "label",
    "labels",
    "labelled",
    "labeled",
    "brand",
    "brands",
    "branded",
    "deem",
    "deems",
    "deemed",
    "slam",
    "slams",
    "slammed",
    "hail",
    "hails",
    "hailed",
    "promise",
    "promised",
    "vow",
    "vowed",
];

/// True when a reporting or naming verb stands among the four words right before token `first`
/// (the opening quotation mark), in its sentence and with no punctuation between, and the quote
/// does not open inside a noun phrase: the quoted words are a speaker's ("Ruud called the plan 'a
/// costly mistake'"), a partial quote and no scare quote.
pub(crate) fn attributed_before(d: &Doc<'_>, lex: &Lexicon, first: usize) -> bool {
    let start = d.sentence_tokens(first).start;
    // `called the "renegade" general`: quoted words inside a noun phrase are the outlet's distance.
    let determiner = |k: &str| matches!(k, "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "that");
    let verb = |k: usize| NAMING_VERBS.contains(&d.keys[k].as_str()) || lex.attribution_at(&d.keys[k..=k]).is_some();
    // "claimed that 'foreign agitators' …": "that" after a reporting verb opens its clause.
    let complementizer = first >= start + 2 && d.keys[first - 1] == "that" && d.is_word(first - 2) && verb(first - 2);
    // "the government branded it an 'illegal gathering'.": the quotation is the whole of what a
    // naming verb calls something, not a word inside the outlet's own noun phrase.
    let naming = (2..=4).any(|k| first >= start + k && NAMING_VERBS.contains(&d.keys[first - k].as_str()));
    let whole_phrase = naming && quotation_ends_phrase(d, first);
    if first > start && d.is_word(first - 1) && determiner(&d.keys[first - 1]) && !complementizer && !whole_phrase {
        return false;
    }
    let mut j = first;
    for _ in 0..4 {
        if j <= start || !d.is_word(j - 1) {
            return false;
        }
        j -= 1;
        if verb(j) {
            return true;
        }
    }
    false
}

/// True when the quotation opening at token `first` is not followed by a word of the same phrase
/// (`the "renegade" general` is).
fn quotation_ends_phrase(d: &Doc<'_>, first: usize) -> bool {
    let at = d.model.tokens[first].span().start;
    let Some(q) = d.model.quotes.iter().find(|q| q.start == at) else { return false };
    let last = d.model.tokens_within(*q).last().unwrap_or(first);
    !d.is_word(last + 1)
}

/// Every short quotation that is not a statement, with the index of its article and whether a
/// speaker is named for it (a partial quote).
fn candidate_scare_quotes(docs: &[Doc<'_>], lex: &Lexicon) -> Vec<(usize, SpanText, bool)> {
    let mut out = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        for q in &d.model.quotes {
            let toks: Vec<usize> = d.model.tokens_within(*q).collect();
            let words: Vec<usize> = toks.iter().copied().filter(|&i| d.is_word(i)).collect();
            let (Some(&first), Some(&last)) = (toks.first(), toks.last()) else { continue };
            if words.is_empty() || words.len() > MAX_SCARE_WORDS {
                continue;
            }
            // A statement ends in sentence punctuation, or is introduced or followed by a reporting verb.
            let inner_punct = toks.iter().any(|&i| matches!(d.tok(i), "." | "!" | "?" | ","));
            let names = words.iter().all(|&i| is_capitalised(d.tok(i)) || is_stopword(&d.keys[i]));
            let before = first.checked_sub(1).map(|i| d.tok(i)).unwrap_or("");
            let said_before = first
                .checked_sub(if before == ":" || before == "," { 2 } else { 1 })
                .is_some_and(|i| lex.attribution_at(&d.keys[i..=i]).is_some());
            let partial = attributed_before(d, lex, first);
            let said_after = (last + 1..(last + 4).min(d.keys.len()))
                .any(|i| lex.attribution_at(&d.keys[i..=i]).is_some())
                && d.tok(last + 1) == ",";
            let whole_sentence = d.sentence_tokens(first).len() <= toks.len() + 1;
            if inner_punct || names || said_before || said_after || whole_sentence {
                continue;
            }
            let mut span = *q;
            // `the "renegade" general`: take the noun the quoted word modifies.
            let next = last + 1;
            if words.len() == 1
                && d.is_word(next)
                && d.gap_after(last)
                && !is_capitalised(d.tok(next))
                && !is_stopword(&d.keys[next])
                && lex.term(&d.keys[next..=next]).is_some_and(|t| t.refers.is_some())
            {
                span = Span::new(q.start, d.model.tokens[next].span().end);
            }
            if is_quote_mark(d.tok(first)) {
                out.push((di, SpanText { article: d.id, span, text: d.slice(span).to_owned() }, partial));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextModel;

    fn run(t: &str) -> (Vec<Attribution>, Vec<SpanText>) {
        let m = TextModel::new(t);
        let d = Doc::new(crate::model::ArticleId(1), t, &m);
        let lex = Lexicon::builtin();
        (attributions(std::slice::from_ref(&d), &lex), scare_quotes(std::slice::from_ref(&d), &lex))
    }

    #[test]
    fn reporting_verbs_neutral_or_not() {
        let (a, _) =
            run("Police said the gunman fled. According to officials, five died. The group claimed responsibility. \
             He insisted it was over. \"We said nothing,\" she added.");
        let v: Vec<(&str, bool)> = a.iter().map(|x| (x.verb.as_str(), x.neutral)).collect();
        assert_eq!(
            v,
            [("said", true), ("according to", true), ("claimed", false), ("insisted", false), ("added", true)]
        );
        for x in &a {
            assert_eq!(
                x.text,
                "Police said the gunman fled. According to officials, five died. The group claimed responsibility. He insisted it was over. \"We said nothing,\" she added."
                    [x.span.start..x.span.end]
            );
        }
    }

    #[test]
    fn a_verb_of_two_senses_reports_only_with_a_clause_or_quotation() {
        let (a, _) = run("The march was calm until police charged the crowd. He was charged with theft. \
             Critics charged that the vote was rigged. \"It was rigged,\" she charged.");
        let v: Vec<&str> = a.iter().map(|x| x.verb.as_str()).collect();
        assert_eq!(v, ["charged", "charged"], "{a:#?}");
    }

    #[test]
    fn a_quotation_after_a_reporting_verb_and_that_is_a_partial_quote() {
        let (_, s) = run("The minister claimed that \"foreign agitators\" had stirred up the crowd. \
             Troops fought the \"renegade\" general.");
        let t: Vec<&str> = s.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(t, ["\"renegade\" general"]);
    }

    #[test]
    fn scare_quotes_are_not_statements() {
        let (_, s) = run("It called the \"renegade\" general a threat to its \u{201c}liberation\u{201d}. \
             The group announced operation \u{201c}Volcano of Anger\u{201d}. \u{201c}We will win,\u{201d} he said. \
             The so-called \u{2018}caliphate\u{2019} fell.");
        let t: Vec<&str> = s.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(t, ["\"renegade\" general", "\u{201c}liberation\u{201d}", "\u{2018}caliphate\u{2019}"]);
    }

    #[test]
    fn what_a_naming_verb_calls_something_in_quotation_marks_is_a_partial_quote() {
        let (_, s) = run("The rally, which the council branded an \"illegal gathering\", ended. Critics called it a \
             \u{201c}stunt\u{201d}. The council called the \"renegade\" group a threat.");
        let t: Vec<&str> = s.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(t, ["\"renegade\" group"]);
    }
}
