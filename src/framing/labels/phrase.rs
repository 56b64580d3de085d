//! Labels that follow a name: an appositive of any length ("Mike Brown, the commissioner of the
//! transport authority,") and a predicate ("she has become a potent symbol", "hailed Ola Ruud as an
//! icon", "turned Ruud into a hero").

use super::super::lexicon::{Category, Lexicon};
use super::super::{Doc, is_capitalised, strip_possessive};
use super::chain::{Grammar, is_head_noun};
use crate::lang::normalize::is_stopword;
use crate::model::Span;

/// Most tokens an appositive or a predicate label takes.
const MAX_PHRASE: usize = 14;

/// Auxiliaries and copulas: a phrase holding one is a clause, not a label.
pub(super) const AUXILIARIES: &[&str] =
    &["is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "be", "been", "does", "did"];

/// Verbs that make someone into something: "made her into", "turned Ruud into".
const MAKE_INTO: &[&str] = &["made", "make", "makes", "making", "turned", "turn", "turns", "turning"];

/// Verbs that call someone something: "hailed Ruud as", "branded him as".
const NAME_AS: &[&str] = &["hailed", "hails", "hail", "branded", "dubbed", "labelled", "labeled", "described", "seen"];

/// Copulas after a subject: "Ruud is a", "she has become a".
const COPULAS: &[&[&str]] = &[
    &["is"],
    &["was"],
    &["remains"],
    &["remained"],
    &["became"],
    &["becomes"],
    &["has", "become"],
    &["had", "become"],
    &["has", "been"],
];

/// A finite verb: an auxiliary, a reporting verb or a verb form; a participle ("a faction opposed
/// to ...") can end a noun phrase and is none.
fn is_clause_word(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, i: usize) -> bool {
    let k = d.keys[i].as_str();
    AUXILIARIES.contains(&k)
        || lex.attribution_at(&d.keys[i..=i]).is_some()
        || (g.is_verb(k) && !k.ends_with("ed"))
        || past_with_object(d, i)
}

/// A past tense with its object right after it ("posted four photos", "won the vote"): a verb,
/// where a participle is followed by a preposition ("a faction opposed to the plan").
fn past_with_object(d: &Doc<'_>, i: usize) -> bool {
    const OBJECT_OPENERS: &[&str] =
        &["a", "an", "the", "his", "her", "its", "their", "this", "these", "those", "him", "them", "it"];
    let Some(next) = d.keys.get(i + 1) else { return false };
    d.keys[i].ends_with("ed")
        && d.is_word(i + 1)
        && (OBJECT_OPENERS.contains(&next.as_str())
            || next.starts_with(|c: char| c.is_ascii_digit())
            || ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].contains(&next.as_str()))
}

/// The end of a noun phrase starting at `q` (inclusive), stopping before punctuation, a relative
/// pronoun or "and" before a verb; `None` when it runs into a clause or past the sentence.
fn phrase_end(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, q: usize, stop_at_stopwords: bool) -> Option<usize> {
    let sent = d.sentence_tokens(q);
    let mut end = None;
    let mut i = q;
    while i < sent.end && i - q < MAX_PHRASE {
        if !d.is_word(i) {
            return end;
        }
        let k = d.keys[i].as_str();
        if matches!(k, "who" | "which" | "that" | "whose" | "whom") {
            return end;
        }
        if k == "and" && d.is_word(i + 1) && is_clause_word(d, g, lex, i + 1) {
            return end;
        }
        if stop_at_stopwords && is_stopword(k) && !matches!(k, "of" | "for" | "the") {
            return end;
        }
        if stop_at_stopwords && matches!(k, "of" | "for") && (q..i).any(|p| matches!(d.keys[p].as_str(), "of" | "for"))
        {
            return end;
        }
        if is_clause_word(d, g, lex, i) {
            return None;
        }
        end = Some(i);
        i += 1;
    }
    (i == sent.end).then_some(end).flatten()
}

/// Drop function words from the end of `q..=end`.
fn trim(d: &Doc<'_>, q: usize, mut end: usize) -> Option<usize> {
    while end > q && is_stopword(&d.keys[end]) {
        end -= 1;
    }
    (!is_stopword(&d.keys[end])).then_some(end)
}

/// "Khalifa Haftar, head of the ..." / "Smith, 45, a former soldier" / "Ruud, the country's top
/// trade official,". `starts[i]` is true where another name starts: a name right after the role
/// noun ("manager Ola Ruud, chairman Sam Vik,") makes a list of people, not an appositive.
pub(crate) fn appositive_after(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, starts: &[bool], last: usize) -> Option<Span> {
    if d.tok(last + 1) != "," || strip_possessive(d.tok(last)).1 {
        return None;
    }
    let mut q = last + 2;
    if d.tok(q).chars().all(|c| c.is_ascii_digit()) && d.tok(q + 1) == "," {
        q += 2;
    }
    if !d.is_word(q) || !d.sentence_tokens(last).contains(&q) {
        return None;
    }
    let opener = matches!(d.keys[q].as_str(), "the" | "a" | "an");
    if opener {
        q += 1;
    } else if is_stopword(&d.keys[q]) && !matches!(d.keys[q].as_str(), "its" | "his" | "her" | "their") {
        return None;
    } else if d.keys[q].ends_with("ing") && lex.term_at(&d.keys[q..]).is_none() && !is_head_noun(d, lex, q + 1) {
        // "Acme, raising pressure on ...": a participle opens a clause, not an appositive; "Ann
        // Lee, managing director of ..." is one.
        return None;
    }
    // "Ruud, Vik called the commander ...": a name and its verb open a clause, not an appositive.
    let after_names = (q..).take_while(|&i| d.is_word(i) && is_capitalised(d.tok(i))).last().map_or(q, |i| i + 1);
    if after_names > q
        && d.is_word(after_names)
        && !is_capitalised(d.tok(after_names))
        && (d.keys[after_names].ends_with("ed") || is_clause_word(d, g, lex, after_names))
    {
        return None;
    }
    let end = phrase_end(d, g, lex, q, false)?;
    let end = trim(d, q, end)?;
    let title = |i: usize| lex.term(&d.keys[i..=i]).is_some_and(|t| t.is(Category::Title));
    // The head stands before any preposition: "commissioner of the board", not "reign of a coach".
    let head_end = (q..=end).find(|&i| {
        matches!(
            d.keys[i].as_str(),
            "of" | "for" | "at" | "in" | "to" | "and" | "from" | "on" | "with" | "by" | "about"
        )
    });
    (q..head_end.unwrap_or(end + 1)).find(|&i| is_head_noun(d, lex, i) && (!is_capitalised(d.tok(i)) || title(i)))?;
    // Another name opening the phrase and making all of it ("Ola Ruud, Sam Vik and ..."), is a list.
    let all_names = (q..=end).all(|i| !d.is_word(i) || is_capitalised(d.tok(i)));
    if starts.get(q).copied().unwrap_or(false) && all_names {
        return None;
    }
    // A name inside a prepositional phrase ("a veteran of the ruling Unity Party") is the label's
    // own; one standing after a comma or another name starts a list.
    let in_phrase = |i: usize| {
        if matches!(d.keys[i - 1].as_str(), "of" | "for" | "at" | "in" | "from" | "with" | "on" | "the") {
            return true;
        }
        let mut k = i;
        while k > q && d.is_word(k - 1) {
            k -= 1;
            let w = d.keys[k].as_str();
            if matches!(w, "of" | "for" | "at" | "in" | "from" | "with" | "on") {
                return true;
            }
            if is_capitalised(d.tok(k)) || (is_stopword(w) && !matches!(w, "the" | "a" | "an")) || i - k > 3 {
                return false;
            }
        }
        false
    };
    let list = (q + 1..=end).any(|i| starts.get(i).copied().unwrap_or(false) && !in_phrase(i));
    (!list).then(|| d.span(q, end))
}

/// A predicate label after token `after` (a name's last token or a pronoun): "is a prominent
/// activist", "has become a potent symbol for the movement".
pub(crate) fn copula_after(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, after: usize) -> Option<Span> {
    if strip_possessive(d.tok(after)).1 {
        return None;
    }
    let q = after_relative_clause(d, after + 1);
    let n =
        COPULAS.iter().find(|c| c.iter().enumerate().all(|(o, w)| d.keys.get(q + o).is_some_and(|k| k == w)))?.len();
    predicate_at(d, g, lex, q + n)
}

/// Longest relative clause in commas between a name and its verb (", which accounts for most of
/// its trade,"), in tokens.
const RELATIVE_CLAUSE: usize = 20;

/// The token after a relative clause in commas opening at `q` (", which ... ," or ", who ... ,"
/// inside the sentence), or `q` itself when none opens there.
fn after_relative_clause(d: &Doc<'_>, q: usize) -> usize {
    if d.tok(q) != "," || !d.keys.get(q + 1).is_some_and(|k| k == "which" || k == "who") {
        return q;
    }
    let sentence = d.sentence_tokens(q);
    (q + 2..sentence.end.min(q + 2 + RELATIVE_CLAUSE)).find(|&i| d.tok(i) == ",").map_or(q, |i| i + 1)
}

/// The object of "made X into", "hailed X as": the token range of X when `verb` is such a verb.
pub(crate) fn object_of_naming_verb(d: &Doc<'_>, verb: usize) -> Option<(usize, &'static str)> {
    let k = d.keys[verb].as_str();
    if MAKE_INTO.contains(&k) {
        Some((verb + 1, "into"))
    } else if NAME_AS.contains(&k) {
        Some((verb + 1, "as"))
    } else {
        None
    }
}

/// The label after the object of a naming verb: `object_end` is the object's last token, `link`
/// the word that must follow ("into", "as"), an age in commas allowed between.
pub(crate) fn named_as(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, object_end: usize, link: &str) -> Option<Span> {
    let mut q = object_end + 1;
    if d.tok(q) == "," && d.tok(q + 1).chars().all(|c| c.is_ascii_digit()) && d.tok(q + 2) == "," {
        q += 3;
    }
    (d.keys.get(q).is_some_and(|k| k == link)).then_some(())?;
    predicate_at(d, g, lex, q + 1)
}

/// A predicate noun phrase opening with an article at `q` ("a hero for the cause", "such a
/// potent symbol"), without the article.
fn predicate_at(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, mut q: usize) -> Option<Span> {
    if d.keys.get(q).is_some_and(|k| k == "such") {
        q += 1;
    }
    // An article opens it and is left out; a name's possessive opens it and is kept ("Oslo's
    // closest ally").
    let possessor = d.is_word(q) && is_capitalised(d.tok(q)) && strip_possessive(d.tok(q)).1;
    if !possessor && !d.keys.get(q).is_some_and(|k| matches!(k.as_str(), "a" | "an" | "the")) {
        return None;
    }
    let start = if possessor { q } else { q + 1 };
    q += 1;
    if !d.is_word(q) || is_stopword(&d.keys[q]) {
        return None;
    }
    let end = phrase_end(d, g, lex, q, true)?;
    let end = trim(d, q, end)?;
    let k = d.keys[end].as_str();
    (!k.ends_with("ly") && !k.ends_with("ing") && end + 1 - q <= 8).then(|| d.span(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextModel;

    fn with<R>(t: &str, f: impl Fn(&Doc<'_>, &Grammar, &Lexicon) -> R) -> R {
        let m = TextModel::new(t);
        let d = Doc::new(crate::model::ArticleId(1), t, &m);
        let g = Grammar::new(std::slice::from_ref(&d));
        f(&d, &g, &Lexicon::builtin())
    }

    fn at(d: &Doc<'_>, word: &str) -> usize {
        (0..d.model.tokens.len()).find(|&i| d.tok(i) == word).expect("word")
    }

    #[test]
    fn appositives_of_any_length_but_not_lists_or_clauses() {
        let t = "Ola Ruud, the commissioner of the Harbour Board, spoke. Sam Vik, 61, a Coast Guard veteran, \
                 left. Kari Lund, the Harbour Board spokeswoman, smiled. Eva Berg, a group opposed to the plan and is \
                 not opposed to talks, met. Per Lund, the company said, was out. Manager Tor Moe, chairman Jon Dahl, and staff came.";
        with(t, |d, g, lex| {
            let mut starts = vec![false; d.model.tokens.len()];
            starts[at(d, "Jon")] = true;
            for i in (0..d.model.tokens.len()).filter(|&i| d.tok(i) == "Harbour") {
                starts[i] = true;
            }
            let app = |w: &str| appositive_after(d, g, lex, &starts, at(d, w)).map(|s| d.slice(s).to_owned());
            assert_eq!(app("Ruud").as_deref(), Some("commissioner of the Harbour Board"));
            assert_eq!(app("Vik").as_deref(), Some("Coast Guard veteran"));
            assert_eq!(app("Lund").as_deref(), Some("Harbour Board spokeswoman"));
            assert_eq!(app("Berg").as_deref(), Some("group opposed to the plan"));
            let per = (0..d.model.tokens.len()).find(|&i| d.tok(i) == "Per").expect("Per");
            assert_eq!(appositive_after(d, g, lex, &starts, per + 1), None);
            assert_eq!(app("Moe"), None);
        });
        let t = "Some saw it as backing Ruud, Vik called the harbour master in the first week, and left.";
        with(t, |d, g, lex| {
            let starts = vec![false; d.model.tokens.len()];
            assert_eq!(appositive_after(d, g, lex, &starts, at(d, "Ruud")), None, "a name and its verb: a clause");
        });
        let t = "Ada Holm, a hardliner in the ruling Harbour Union, spoke. After the loss to the Harbour Hawks, \
                 broadcast on the team's Harbour TV feed, he left.";
        with(t, |d, g, lex| {
            let mut starts = vec![false; d.model.tokens.len()];
            for i in (0..d.model.tokens.len()).filter(|&i| d.tok(i) == "Harbour") {
                starts[i] = true;
            }
            let app = |w: &str| appositive_after(d, g, lex, &starts, at(d, w)).map(|s| d.slice(s).to_owned());
            assert_eq!(app("Holm").as_deref(), Some("hardliner in the ruling Harbour Union"), "a name in its phrase");
            assert_eq!(app("Hawks"), None, "a participle's phrase: its head noun stands before the preposition");
        });
        let t = "Turning to Zentro, the young singer posted four songs with Vik on Monday.";
        with(t, |d, g, lex| {
            let starts = vec![false; d.model.tokens.len()];
            assert_eq!(appositive_after(d, g, lex, &starts, at(d, "Zentro")), None, "a verb with its object: a clause");
        });
    }

    #[test]
    fn predicates_after_copulas_and_naming_verbs() {
        let t = "Critics hailed Ola Ruud, 17, as an icon of the protests. The video made Ruud into a hero for \
                 protesters. She has become such a potent symbol that crowds gather. Ruud is a keen sailor.";
        with(t, |d, g, lex| {
            let s = |o: Option<Span>| o.map(|s| d.slice(s).to_owned()).unwrap_or_default();
            assert_eq!(s(named_as(d, g, lex, at(d, "Ruud"), "as")), "icon of the protests");
            let made = at(d, "made");
            assert_eq!(object_of_naming_verb(d, made), Some((made + 1, "into")));
            assert_eq!(s(named_as(d, g, lex, made + 1, "into")), "hero for protesters");
            assert_eq!(s(copula_after(d, g, lex, at(d, "She"))), "potent symbol");
            let last = (0..d.model.tokens.len()).rev().find(|&i| d.tok(i) == "Ruud").expect("Ruud");
            assert_eq!(s(copula_after(d, g, lex, last)), "keen sailor");
        });
    }

    #[test]
    fn predicates_after_a_relative_clause_and_with_a_possessor() {
        let t = "Velmar, which buys most of the island's fish, was Oslo's closest partner. \
                 Velmar was Oslo's. Velmar, which is small, grew fast. Velmar, a port, is the capital.";
        with(t, |d, g, lex| {
            let s = |o: Option<Span>| o.map(|s| d.slice(s).to_owned()).unwrap_or_default();
            let nth = |n: usize| (0..d.model.tokens.len()).filter(|&i| d.tok(i) == "Velmar").nth(n).expect("Velmar");
            assert_eq!(s(copula_after(d, g, lex, nth(0))), "Oslo's closest partner");
            assert_eq!(s(copula_after(d, g, lex, nth(1))), "", "a possessive alone is no label");
            assert_eq!(s(copula_after(d, g, lex, nth(2))), "", "no copula after the clause");
            assert_eq!(s(copula_after(d, g, lex, nth(3))), "", "an apposition is not a relative clause");
        });
    }
}
