//! Labels: the words an outlet attaches to an actor. Premodifiers and titles ("renegade General
//! Khalifa Haftar"), appositives ("Khalifa Haftar, head of ..."), and descriptive noun phrases that
//! refer back ("the Libyan warlord", "the internationally recognised government").

use crate::lang::normalize::Key;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::actors::{ActorInfo, ActorSet, Mention};
use super::lexicon::{Category, Lexicon, Refers};
use super::{Doc, collapse, is_capitalised, is_quote_mark, strip_possessive};
use crate::lang::normalize::is_stopword;
use crate::model::{Actor, Label, Span};

/// A label found for a mention or a phrase, before it is attached.
struct Found {
    doc: usize,
    actor: usize,
    span: Span,
}

/// True when the label words hold a loaded term.
fn loaded(d: &Doc<'_>, lex: &Lexicon, span: Span) -> bool {
    loaded_category(d, lex, span).is_some()
}

/// The category of the first loaded term among the label words, if any.
fn loaded_category(d: &Doc<'_>, lex: &Lexicon, span: Span) -> Option<Category> {
    let first = d.model.tokens.partition_point(|t| t.span().start < span.start);
    let toks: Vec<usize> = (first..d.model.tokens.len())
        .take_while(|&i| d.model.tokens[i].span().start < span.end)
        .filter(|&i| d.is_word(i) && span.contains(&d.model.tokens[i].span()))
        .collect();
    let keys: Vec<Key> = toks.iter().map(|&i| Key::new(strip_possessive(&d.keys[i]).0)).collect();
    (0..keys.len()).find_map(|i| lex.term_at(&keys[i..]).map(|(t, _)| t.category).filter(|c| c.loaded()))
}

/// Trim an unbalanced quotation mark, or one that opens or closes a quotation outside the label,
/// from either end of `a..=b`.
fn balance(d: &Doc<'_>, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    // A mark that opens a quotation at the label's end, or closes one at its start, is the name's
    // or the sentence's ("the so-called ‘Velm prince’": the label is "so-called").
    while a < b && matches!(d.tok(b), "\u{201c}" | "\u{2018}") {
        b -= 1;
    }
    while a < b && matches!(d.tok(a), "\u{201d}" | "\u{2019}") {
        a += 1;
    }
    let marks = (a..=b).filter(|&i| is_quote_mark(d.tok(i))).count();
    if marks % 2 == 1 {
        if is_quote_mark(d.tok(a)) {
            a += 1;
        } else if is_quote_mark(d.tok(b)) {
            b = b.checked_sub(1)?;
        }
    }
    while a <= b && !d.is_word(a) && !is_quote_mark(d.tok(a)) {
        a += 1;
    }
    (a <= b).then_some((a, b))
}

/// True when the name modifies the noun after it ("Zentro employees", "Zentro chief executive"), so
/// words before the name describe that noun; a group noun after it is the name's own ("the
/// state-run Velm Daily newspaper").
fn name_as_modifier(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, last: usize) -> bool {
    let n = last + 1;
    if !d.is_word(n) || is_capitalised(d.tok(n)) || strip_possessive(d.tok(last)).1 {
        return false;
    }
    let k = d.keys[n].as_str();
    if is_stopword(k)
        || g.is_verb(k)
        || lex.attribution_at(&d.keys[n..=n]).is_some()
        || is_head(lex, k) == Some(Refers::Group)
    {
        return false;
    }
    is_head(lex, k) == Some(Refers::Person) || (k.ends_with('s') && !k.ends_with("ss"))
}

fn premodifier(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, m: &Mention) -> Option<Span> {
    if m.title.is_none() && name_as_modifier(d, g, lex, m.last) {
        return None;
    }
    // Words before a courtesy title are the sentence's, not a description: "a step Mr. Ruud took".
    if m.title.is_some_and(|(a, b)| is_courtesy_title(d.slice(d.span(a, b)))) {
        return None;
    }
    let (label_end, chain_from) = match m.title {
        Some((a, b)) if d.tok(b + 1) == "." && !d.gap_after(b) => (b + 1, a),
        Some((a, b)) => (b, a),
        None => (m.first.checked_sub(1)?, m.first),
    };
    let start = match chain_from.checked_sub(1).and_then(|e| chain_back(d, g, lex, e, chain_from)) {
        Some(s) => s,
        None if m.title.is_some() => chain_from,
        None => return None,
    };
    let start = then_now(d, g, lex, start).unwrap_or(start);
    if m.title.is_none() && (label_end < start || !d.sentence_tokens(m.first).contains(&start)) {
        return None;
    }
    let (a, b) = balance(d, start, label_end)?;
    worth(d, lex, a, b).then(|| d.span(a, b))
}

/// "then army chief now President ...": a former role before "now" belongs to the label that
/// starts at token `start`.
fn then_now(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, start: usize) -> Option<usize> {
    let now = start.checked_sub(1).filter(|&n| d.keys[n] == "now")?;
    let role_end = now.checked_sub(1).filter(|&e| d.is_word(e) && !is_stopword(&d.keys[e]))?;
    let role = chain_back(d, g, lex, role_end, now)?;
    let then = role.checked_sub(1).filter(|&t| matches!(d.keys[t].as_str(), "then" | "former"))?;
    d.sentence_tokens(start).contains(&then).then_some(then)
}

fn is_head(lex: &Lexicon, key: &str) -> Option<Refers> {
    lex.term(&[Key::new(strip_possessive(key).0)]).filter(|t| !t.is(Category::Descriptor)).and_then(|t| t.refers)
}

/// Build the actors with their labels.
pub(crate) fn attach(docs: &[Doc<'_>], lex: &Lexicon, mut set: ActorSet) -> Vec<Actor> {
    let g = Grammar::new(docs);
    let starts = name_starts(docs, &set);
    let mut found: Vec<Found> = Vec::new();
    for m in &set.mentions {
        let Some(d) = docs.get(m.doc) else { continue };
        // "Kari Lund, who ...": "who" names a person.
        if set.actors[m.actor].kind.is_none()
            && d.tok(m.last + 1) == ","
            && d.keys.get(m.last + 2).is_some_and(|k| k == "who")
        {
            set.actors[m.actor].kind = Some(Refers::Person);
        }
        for s in mention_labels(d, &g, lex, &starts[m.doc], m) {
            found.push(Found { doc: m.doc, actor: m.actor, span: s });
            if set.actors[m.actor].kind.is_none() && person_head(d, lex, s) {
                set.actors[m.actor].kind = Some(Refers::Person);
            }
        }
    }
    // "Duisburg Inner Harbor is a trendy downtown area": a label naming a kind of place describes a
    // place, which is no actor.
    found.retain(|f| {
        docs.get(f.doc).and_then(|d| label_head(d, f.span)).is_none_or(|h| !PLACE_NOUNS.contains(&h.as_str()))
    });
    let place = places(docs, &set);
    // A place is nobody a description or a pronoun can name.
    for (info, _) in set.actors.iter_mut().zip(&place).filter(|(_, p)| **p) {
        info.kind = info.kind.filter(|k| *k != Refers::Person);
    }
    let mut known: HashMap<String, HashSet<usize>> = HashMap::new();
    for f in &found {
        if let Some(h) = docs.get(f.doc).and_then(|d| label_head(d, f.span)) {
            known.entry(h).or_default().insert(f.actor);
        }
    }
    let mut lookup = Lookup::new(&set);
    let kinds: Vec<Option<Refers>> = set.actors.iter().map(|a| a.kind).collect();
    for (di, d) in docs.iter().enumerate() {
        let cx = Context { di, g: &g, lex, place: &place, kinds: &kinds, known: &known };
        back_references(d, &cx, &mut set, &mut lookup, &mut found);
    }
    build(docs, lex, &set, &place, found)
}

/// Prepositions whose object a name may be inside a longer subject ("the coach of Harbour Rovers
/// is …", "the tone toward Seoul was …").
const OBJECT_PREPOSITIONS: &[&str] = &[
    "about", "against", "among", "at", "between", "by", "for", "from", "in", "into", "of", "on", "over", "to",
    "toward", "towards", "with",
];

/// The labels found around one mention: before it, in apposition, and in a predicate.
fn mention_labels(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, starts: &[bool], m: &Mention) -> Vec<Span> {
    let f = m.title.map_or(m.first, |t| t.0);
    let named = f
        .checked_sub(1)
        .and_then(|v| phrase::object_of_naming_verb(d, v))
        .filter(|(obj, _)| *obj == f)
        .and_then(|(_, link)| phrase::named_as(d, g, lex, m.last, link));
    // "The tone toward Seoul was a surprise": a name after a preposition is its object, not the
    // subject of the copula after it.
    let object = f.checked_sub(1).is_some_and(|i| d.is_word(i) && OBJECT_PREPOSITIONS.contains(&d.keys[i].as_str()));
    [
        premodifier(d, g, lex, m),
        phrase::appositive_after(d, g, lex, starts, m.last),
        appositive_before(d, g, lex, m),
        phrase::copula_after(d, g, lex, m.last).filter(|_| !object),
        named,
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Per article, the tokens where a name (or the title before it) starts.
fn name_starts(docs: &[Doc<'_>], set: &ActorSet) -> Vec<Vec<bool>> {
    let mut v: Vec<Vec<bool>> = docs.iter().map(|d| vec![false; d.model.tokens.len()]).collect();
    for m in &set.mentions {
        if let Some(x) = v.get_mut(m.doc).and_then(|s| s.get_mut(m.title.map_or(m.first, |t| t.0))) {
            *x = true;
        }
    }
    v
}

fn person_head(d: &Doc<'_>, lex: &Lexicon, s: Span) -> bool {
    d.model.tokens_within(s).filter(|&i| d.is_word(i)).any(|i| is_head(lex, &d.keys[i]) == Some(Refers::Person))
}

/// What one article's referring phrases are resolved against.
struct Context<'c> {
    di: usize,
    g: &'c Grammar,
    lex: &'c Lexicon,
    place: &'c [bool],
    /// Person or group, per actor, where known.
    kinds: &'c [Option<Refers>],
    /// Head noun of the labels found next to names -> the actors they describe.
    known: &'c HashMap<String, HashSet<usize>>,
}

impl Context<'_> {
    /// True when the head noun is a title ("minister", "president").
    fn is_title(&self, head: &str) -> bool {
        self.lex.term(&[Key::new(head)]).is_some_and(|t| t.is(Category::Title))
    }

    /// True when actor `a` has a label next to its name with this head noun.
    fn known_as(&self, head: &str, a: usize) -> bool {
        self.known.get(head).is_some_and(|s| s.contains(&a))
    }
}

/// The head noun of a label: its last word before a preposition ("commissioner of the board").
/// Nouns of places below a country (a country is its government, an actor).
const PLACE_NOUNS: &[&str] = &[
    "area",
    "city",
    "town",
    "village",
    "district",
    "region",
    "province",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "harbour",
    "harbor",
    "port",
    "island",
    "resort",
    "street",
    "square",
    "park",
    "quarter",
    "county",
    "hamlet",
];

fn label_head(d: &Doc<'_>, span: Span) -> Option<String> {
    let words: Vec<usize> = d.model.tokens_within(span).filter(|&i| d.is_word(i)).collect();
    let cut = words.iter().position(|&i| matches!(d.keys[i].as_str(), "of" | "for" | "at" | "in" | "from" | "with"));
    let before = &words[..cut.unwrap_or(words.len())];
    before.last().map(|&i| strip_possessive(&d.keys[i]).0.to_owned())
}

/// A descriptive noun phrase ending at a head noun: its label span, the kind of actor it names,
/// its head word, and whether it is the head alone or loaded.
struct Phrase {
    span: Span,
    kind: Refers,
    head: String,
    bare: bool,
    loaded: bool,
    /// Followed by a reporting verb or ", who": the subject of its clause.
    subject: bool,
    /// Opened by "the", "this" or "that" (not a possessive: "his lawyer" is someone else).
    definite: bool,
    /// Opening its sentence.
    initial: bool,
    /// A capitalised word modifies the head ("the former Velm officer").
    named_modifier: bool,
    /// A lower-case noun modifies the head ("the fire department").
    noun_modified: bool,
    /// Opened by "its": a body in relation to another ("its rival").
    possessed: bool,
}

/// The referring phrase with its head at token `j` ("the Libyan warlord", "The carpet fitter, who").
fn phrase_at(d: &Doc<'_>, cx: &Context<'_>, in_mention: &[Option<usize>], j: usize) -> Option<Phrase> {
    let lex = cx.lex;
    let relative = d.tok(j + 1) == "," && d.keys.get(j + 2).is_some_and(|k| k == "who");
    let kind = match is_head(lex, &d.keys[j]) {
        Some(k) => k,
        None if relative && !is_stopword(&d.keys[j]) && !cx.g.is_verb(&d.keys[j]) => Refers::Person,
        None => return None,
    };
    let next = j + 1;
    if !strip_possessive(d.tok(j)).1
        && (d.keys.get(next).is_some_and(|k| k == "of")
            || (d.is_word(next) && is_capitalised(d.tok(next)))
            || (d.is_word(next) && is_head(lex, &d.keys[next]).is_some()))
    {
        return None;
    }
    let sent = d.sentence_tokens(j);
    let start = j.checked_sub(1).filter(|p| sent.contains(p)).and_then(|p| chain_back(d, cx.g, lex, p, j)).unwrap_or(j);
    let det = start.checked_sub(1).filter(|p| sent.contains(p))?;
    let dk = d.keys[det].as_str();
    let possessor = strip_possessive(d.tok(det));
    let determiner = matches!(dk, "the" | "this" | "that" | "its")
        || (possessor.1 && !is_capitalised(possessor.0) && d.is_word(det));
    // "the Zentro unit" names another group or person inside; "the New York bank" only a place.
    let named_inside = (start..j).any(|i| {
        in_mention[i]
            .is_some_and(|a| cx.kinds.get(a).copied().flatten().is_some() && !cx.place.get(a).copied().unwrap_or(false))
    });
    // "its U.S. rival": the other body of the sentence, whatever names modify it.
    if !determiner || named_inside && kind == Refers::Group && dk != "its" {
        return None;
    }
    let (a, b) = balance(d, start, j)?;
    let mut span = d.span(a, b);
    let (bare_head, possessive) = strip_possessive(d.tok(j));
    if possessive {
        span.end = d.model.tokens[j].span().start + bare_head.len();
    }
    let subject = relative || d.keys.get(j + 1).is_some_and(|k| lex.attribution_at(std::slice::from_ref(k)).is_some());
    let head = strip_possessive(&d.keys[j]).0.to_owned();
    let definite = matches!(dk, "the" | "this" | "that");
    let initial = det == sent.start;
    let loaded = loaded(d, lex, span);
    let named_modifier = (a..j).any(|i| d.is_word(i) && is_capitalised(d.tok(i)));
    let noun_modified = (a..j).any(|i| {
        let k = d.keys[i].as_str();
        d.is_word(i)
            && !is_capitalised(d.tok(i))
            && !k.contains('-')
            && !chain::is_adjective_like(k)
            && !k.ends_with("ed")
            && lex.term_at(&d.keys[i..=i]).is_none()
            && lex.term_ending(&d.keys[a..=i]).is_none()
    });
    let subject = subject && dk == "the";
    let bare = a == j;
    let possessed = dk == "its";
    Some(Phrase {
        span,
        kind,
        head,
        bare,
        loaded,
        subject,
        definite,
        initial,
        named_modifier,
        noun_modified,
        possessed,
    })
}

/// The person a description names: for a sentence-opening one ("The carpet fitter, who ..."),
/// the subject of the sentence before; otherwise the salient recent person when the description is
/// loaded ("the notorious warlord"), uses a head noun the person is known by, or is made specific
/// by a name ("the former Velm officer", but not a title the person lacks); "the little boy" is
/// often someone never named.
fn person_target(d: &Doc<'_>, cx: &Context<'_>, salience: &mut Salience, p: &Phrase, j: usize) -> Option<usize> {
    if !p.definite {
        return None;
    }
    if p.initial {
        return salience.previous_subject(d, j);
    }
    let at = d.model.tokens.partition_point(|t| t.span().start < p.span.start);
    salience
        .person_before(d, at)
        .filter(|&a| salience.is_recent(d, at, a))
        .filter(|&a| p.loaded || cx.known_as(&p.head, a) || (p.named_modifier && !cx.is_title(&p.head)))
}

/// Descriptive noun phrases ("the Libyan warlord") resolved to the most salient earlier actor of
/// their kind, and predicates of pronouns ("she has become a symbol") to the salient person.
fn back_references(d: &Doc<'_>, cx: &Context<'_>, set: &mut ActorSet, lookup: &mut Lookup, found: &mut Vec<Found>) {
    let (di, lex) = (cx.di, cx.lex);
    let in_mention = in_mention(d, di, set);
    let mut labelled = Labelled::new(d, di, found);
    let mut salience = Salience::new(d, di, set);
    let mut groups = GroupSalience::new(d, di, set, cx.place);
    // Countries are places that also act: a description of a country may name either.
    let mut bodies = GroupSalience::new(d, di, set, &[]);
    for j in 0..d.model.tokens.len() {
        if !d.is_word(j) || in_mention[j].is_some() {
            continue;
        }
        if let Some(span) = pronoun_predicate(d, cx, j) {
            let salient = salience.person_before(d, j).filter(|&a| salience.is_recent(d, j, a));
            if let Some(actor) = salience.latest(d, j).or(salient) {
                found.push(Found { doc: di, actor, span });
            }
            continue;
        }
        if is_capitalised(d.tok(j)) || labelled.overlaps(j) {
            continue;
        }
        let Some(p) = phrase_at(d, cx, &in_mention, j) else { continue };
        let head_term = lex.term(&[Key::new(&p.head)]);
        let title = head_term.is_some_and(|t| t.is(Category::Title));
        if p.bare && !p.loaded && (!title || p.kind == Refers::Group) && !(p.subject && p.kind == Refers::Group) {
            continue;
        }
        let identified = if p.definite { named_by_copula(d, &in_mention, j) } else { None };
        let target = identified.or_else(|| match p.kind {
            Refers::Person => person_target(d, cx, &mut salience, &p, j),
            Refers::Group => {
                let role = head_term.is_some_and(|t| t.is(Category::Role));
                let salient = groups.before(j);
                let country = COUNTRY_HEADS.contains(&p.head.as_str());
                let body = bodies.before(j);
                // "the fire department" is not the police department named before.
                let named = if p.noun_modified {
                    None
                } else {
                    group_named(di, set, lookup, &p.head, p.loaded && role && !country)
                };
                named.or_else(|| {
                    if p.possessed {
                        // "Acme bid for Brix, its rival": the other body of the sentence.
                        let from = d.model.tokens.partition_point(|t| t.span().start < p.span.start);
                        groups.other_in_sentence(d, from)
                    } else if !p.definite {
                        None
                    } else if country {
                        // "the rogue nation": the body or place most named so far, a country.
                        body.filter(|_| !p.bare && p.loaded)
                    } else if p.initial && (p.subject || !p.bare) {
                        // "The banking giant said": the body the sentence before named first; a
                        // subject may go on with the topic of one of the three sentences before.
                        groups.subject_back(d, j, if p.subject && !p.bare { 3 } else { 1 })
                    } else {
                        salient.filter(|a| !p.bare && (p.loaded || cx.known_as(&p.head, *a)))
                    }
                })
            }
        });
        if let Some(actor) = target {
            labelled.mark(p.span);
            found.push(Found { doc: di, actor, span: p.span });
        }
    }
}

/// "The hero of the night was Ana Roos": a definite description whose head (token `head`) is
/// followed by "is" or "was" and a name says whom it describes: that name's actor (not when the
/// name is a possessor, "the winner was Roos's horse").
fn named_by_copula(d: &Doc<'_>, in_mention: &[Option<usize>], head: usize) -> Option<usize> {
    if !matches!(d.keys.get(head + 1).map(|k| k.as_str()), Some("is" | "was")) {
        return None;
    }
    let actor = (*in_mention.get(head + 2)?)?;
    let last = (head + 2..in_mention.len()).take_while(|&k| in_mention[k] == Some(actor)).last()?;
    let possessive = strip_possessive(d.tok(last)).1 || matches!(d.tok(last + 1), "'s" | "\u{2019}s");
    (!possessive).then_some(actor)
}

/// Head nouns that name a country as an actor ("the isolated nation", "the rogue state").
const COUNTRY_HEADS: &[&str] = &["nation", "country", "kingdom", "state", "republic"];

/// A predicate of a pronoun: "she has become a potent symbol", "made her into a hero".
fn pronoun_predicate(d: &Doc<'_>, cx: &Context<'_>, j: usize) -> Option<Span> {
    match d.keys[j].as_str() {
        // "He was Roos's third husband" may name the person the pronoun does not: a predicate
        // opened by a name's possessive is left to named subjects.
        "she" | "he" => phrase::copula_after(d, cx.g, cx.lex, j).filter(|s| {
            let first = d.tok(d.model.tokens_within(*s).start);
            !(is_capitalised(first) && strip_possessive(first).1)
        }),
        "her" | "him" => {
            let (obj, link) = phrase::object_of_naming_verb(d, j.checked_sub(1)?)?;
            (obj == j).then(|| phrase::named_as(d, cx.g, cx.lex, j, link)).flatten()
        }
        _ => None,
    }
}

/// "Mr", "Ms.": a courtesy title says nothing of the person.
fn is_courtesy_title(text: &str) -> bool {
    matches!(text.trim_end_matches('.').to_lowercase().as_str(), "mr" | "mrs" | "ms" | "miss" | "messrs")
}

fn build(docs: &[Doc<'_>], lex: &Lexicon, set: &ActorSet, place: &[bool], found: Vec<Found>) -> Vec<Actor> {
    let mut per_actor: BTreeMap<usize, BTreeMap<(usize, Span), Label>> = BTreeMap::new();
    for f in found {
        let Some(d) = docs.get(f.doc) else { continue };
        let text = d.slice(f.span);
        if text.is_empty() || is_courtesy_title(text) {
            continue;
        }
        let label = Label {
            article: d.id,
            label: collapse(text),
            span: f.span,
            text: text.to_owned(),
            loaded: loaded(d, lex, f.span),
            category: loaded_category(d, lex, f.span),
        };
        per_actor.entry(f.actor).or_default().insert((f.doc, f.span), label);
    }
    let mut out: Vec<(usize, &ActorInfo, Vec<Label>)> = set
        .actors
        .iter()
        .enumerate()
        .map(|(a, info)| {
            (a, info, per_actor.remove(&a).map(|m| m.into_values().collect::<Vec<Label>>()).unwrap_or_default())
        })
        .filter(|(a, info, labels)| !labels.is_empty() || (info.count >= 2 && !place.get(*a).copied().unwrap_or(false)))
        .filter(|(_, info, _)| !info.name.is_empty())
        .collect();
    out.sort_by(|x, y| {
        let weight = |i: &ActorInfo, l: &Vec<Label>| i.count + l.len();
        weight(y.1, &y.2).cmp(&weight(x.1, &x.2)).then_with(|| x.1.name.cmp(&y.1.name)).then(x.0.cmp(&y.0))
    });
    out.into_iter()
        .enumerate()
        .map(|(i, (_, info, labels))| Actor {
            id: format!("R{}", i + 1),
            name: info.name.clone(),
            aliases: info.aliases.clone(),
            labels,
        })
        .collect()
}

mod apposition;
pub(crate) mod chain;
mod mentions;
mod phrase;
mod resolve;
use apposition::appositive_before;
use chain::{Grammar, chain_back, worth};
use mentions::{Labelled, in_mention, places};
use resolve::{GroupSalience, Lookup, Salience, group_named};
