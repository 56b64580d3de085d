//! Labels set off before a name by a comma: "The Indian foreign minister, Sushma Swaraj", "the
//! governor of the northern province, Jo Bloggs,", "the gunman, identified as John Smith".

use super::super::actors::Mention;
use super::super::lexicon::{Category, Lexicon};
use super::super::{Doc, is_capitalised};
use super::chain::{Grammar, chain_back, worth};
use super::phrase::AUXILIARIES;
use super::{balance, is_head};
use crate::model::Span;

/// "The Indian foreign minister, Sushma Swaraj" / "the gunman, identified as John Smith".
pub(super) fn appositive_before(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, m: &Mention) -> Option<Span> {
    let f = m.title.map_or(m.first, |t| t.0);
    let mut comma = f.checked_sub(1)?;
    if matches!(d.keys[comma].as_str(), "as")
        && comma >= 2
        && matches!(d.keys[comma - 1].as_str(), "identified" | "named")
    {
        comma -= 2;
    } else if d.keys[comma] == "named" {
        comma = comma.checked_sub(1)?;
    } else {
        // "The gunman, 34-year-old Tom Grey,": the name's own describing words stand between.
        comma = before_describing_words(d, lex, comma);
    }
    if d.tok(comma) != "," {
        return None;
    }
    let last = comma.checked_sub(1)?;
    // The role noun just before the comma ("the foreign minister,"), or before the phrase that
    // says of what ("the governor of the province,").
    let direct = is_head(lex, &d.keys[last]).map(|_| last);
    let of_phrase = head_before_of(d, lex, last).filter(|_| !in_a_list(d, m.last));
    let label = direct.and_then(|head| appositive_from(d, g, lex, (f, head, last)));
    label.map(|(_, span)| span).or_else(|| {
        let (start, span) = appositive_from(d, g, lex, (f, of_phrase?, last))?;
        // Such an apposition opens its sentence or a clause, or the name closes it ("said the
        // director of planning, Jo Bloggs."): "When X left the team for a time, Y directed ..."
        // is no label of Y.
        let opens = |i: usize| i == d.sentence_tokens(f).start || matches!(d.tok(i - 1), "," | ";" | ":");
        let det = start.checked_sub(1).filter(|&i| matches!(d.keys[i].as_str(), "a" | "an" | "the"));
        let closed = !d.sentence_tokens(f).contains(&(m.last + 1)) || matches!(d.tok(m.last + 1), "," | "." | ")");
        (opens(det.unwrap_or(start)) || closed).then_some(span)
    })
}

/// True when the name ending at `last` is an item of a list ("former Apple, Facebook, and Google
/// employees"), not a name set off by commas.
fn in_a_list(d: &Doc<'_>, last: usize) -> bool {
    let next = |k: usize| d.keys.get(last + k).map(|w| w.as_str());
    matches!(next(1), Some("and" | "or")) || (d.tok(last + 1) == "," && matches!(next(2), Some("and" | "or")))
}

/// The label `start..=last` of an apposition whose role noun is `head`, before the name at `f`:
/// its first token and its span.
fn appositive_from(
    d: &Doc<'_>,
    g: &Grammar,
    lex: &Lexicon,
    (f, head, last): (usize, usize, usize),
) -> Option<(usize, Span)> {
    if is_capitalised(d.tok(head)) && lex.term(&d.keys[head..=head]).is_none_or(|t| !t.is(Category::Title)) {
        return None;
    }
    if !d.sentence_tokens(f).contains(&head) {
        return None;
    }
    let start = chain_back(d, g, lex, head, head)?;
    // "Through a spokesperson, Acme denied it": a phrase after a preposition is no apposition.
    let det = start.checked_sub(1).filter(|&i| d.is_word(i) && matches!(d.keys[i].as_str(), "a" | "an" | "the"));
    let before = det.unwrap_or(start).checked_sub(1).filter(|&i| d.is_word(i));
    if before.is_some_and(|i| PREPOSITIONS.contains(&d.keys[i].as_str())) {
        return None;
    }
    let (a, b) = balance(d, start, last)?;
    // The role is the label's worth; the phrase after its "of" only says of what.
    worth(d, lex, a, head.min(b)).then(|| (a, d.span(a, b)))
}

/// Most tokens of describing words between an apposition's comma and the name.
const MOST_DESCRIBING: usize = 6;

/// The token before the lower-case describing words ending at `last` ("34-year-old", "local
/// businessman"), or `last` itself when there are none.
fn before_describing_words(d: &Doc<'_>, lex: &Lexicon, last: usize) -> usize {
    let sent = d.sentence_tokens(last);
    // Not a reporting verb: "…, said Jo Bloggs" and "…, told CNN" are attributions.
    let describing = |i: usize| {
        let t = d.tok(i);
        let word = d.is_word(i) && !is_capitalised(t) && !crate::lang::normalize::is_stopword(&d.keys[i]);
        (word && lex.attribution_at(&d.keys[i..=i]).is_none()) || (t == "-" && i > sent.start && !d.gap_after(i - 1))
    };
    let mut i = last;
    while i > sent.start && last - i < MOST_DESCRIBING && describing(i) {
        i -= 1;
    }
    if i < last && d.tok(i) == "," { i } else { last }
}

/// Most words of the phrase after a role noun's "of" or "for" before an apposition's comma ("the
/// governor of the northern province, Jo Bloggs").
const MOST_OF_PHRASE: usize = 5;

/// The role noun before "of" or "for" whose phrase ends at `last` ("the mayor of Westport", "a
/// spokesman for the ministry"): the phrase is words only, no auxiliary or reporting verb among
/// them ("the driver of the tram has been arrested, police said" is a clause), and the noun a head.
fn head_before_of(d: &Doc<'_>, lex: &Lexicon, last: usize) -> Option<usize> {
    let sent = d.sentence_tokens(last);
    let verbal = |i: usize| AUXILIARIES.contains(&d.keys[i].as_str()) || lex.attribution_at(&d.keys[i..=i]).is_some();
    let mut i = last;
    for _ in 0..=MOST_OF_PHRASE {
        if i <= sent.start || !d.is_word(i) || verbal(i) {
            return None;
        }
        if matches!(d.keys[i].as_str(), "of" | "for") && i < last {
            let head = i - 1;
            return (d.is_word(head) && is_head(lex, &d.keys[head]).is_some()).then_some(head);
        }
        i -= 1;
    }
    None
}

/// Prepositions that open an adverbial phrase before a subject ("Through a lawyer, Ruud ..."), and
/// "of", whose noun is part of a longer phrase ("After the death of the leader, Ruud ...").
const PREPOSITIONS: &[&str] = &[
    "through", "via", "with", "by", "for", "from", "after", "before", "like", "unlike", "as", "to", "in", "on", "at",
    "of",
];
