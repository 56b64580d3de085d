//! Labels: the words an outlet attaches to an actor. Premodifiers and titles ("renegade General
//! Khalifa Haftar"), appositives ("Khalifa Haftar, head of ..."), and descriptive noun phrases that
//! refer back ("the Libyan warlord", "the internationally recognised government").

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::actors::{ActorInfo, ActorSet, Mention};
use super::lexicon::{Category, Lexicon, Refers};
use super::{Doc, collapse, is_capitalised, is_quote_mark, strip_possessive};
use crate::lang::normalize::is_stopword;
use crate::model::{Actor, Label, Span};

/// Most tokens a label's modifier chain takes.
const MAX_CHAIN: usize = 7;

/// Role nouns too generic to stand alone as a label ("the man").
#[rustfmt::skip]
const GENERIC_HEADS: &[&str] = &[
    "man", "woman", "head", "chief", "official", "officer", "ally", "state", "service", "soldier", "victim", "hostage",
    "fighter", "diplomat", "journalist", "reporter", "pilot", "activist",
];

/// Hyphenated affiliation modifiers worth a label even when not in the lexicon ("Tripoli-based").
const AFFILIATION_TAILS: &[&str] =
    &["backed", "based", "led", "allied", "aligned", "controlled", "funded", "supported", "recognised", "recognized"];

/// A label found for a mention or a phrase, before it is attached.
struct Found {
    doc: usize,
    actor: usize,
    span: Span,
}

fn is_adjective_like(word: &str) -> bool {
    let w = word.to_lowercase();
    let n = w.chars().count();
    (n > 4 && w.ends_with("ly"))
        || w.contains('-')
        || (n > 4
            && ["al", "ic", "ary", "ive", "ous", "ern", "ian", "ese", "ish", "ful", "less", "ent", "ant"]
                .iter()
                .any(|s| w.ends_with(s)))
}

/// Walk back from token `end` over label modifiers; returns the first token of the chain.
fn chain_back(d: &Doc<'_>, lex: &Lexicon, end: usize, anchor: usize) -> Option<usize> {
    let sent = d.sentence_tokens(anchor);
    if !sent.contains(&end) {
        return None;
    }
    let mut start = None;
    let mut j = end as isize;
    let mut taken = 0;
    while j >= sent.start as isize && taken < MAX_CHAIN {
        let i = j as usize;
        let tok = d.tok(i);
        if !d.is_word(i) {
            let abbrev_dot =
                tok == "." && i > sent.start && i + 1 < sent.end && d.is_word(i - 1) && !d.gap_after(i - 1);
            if is_quote_mark(tok) || abbrev_dot {
                start = Some(i);
                j -= 1;
                continue;
            }
            break;
        }
        if strip_possessive(tok).1 {
            break;
        }
        let upto = &d.keys[sent.start..=i];
        if let Some((_, n)) = lex.term_ending(upto) {
            let first = i + 1 - n;
            if n > 1 || !is_stopword(&d.keys[i]) {
                start = Some(first);
                taken += n;
                j = first as isize - 1;
                continue;
            }
        }
        let capital = is_capitalised(tok);
        let ok = if capital {
            !(is_stopword(&d.keys[i]) && (i == sent.start || !d.is_word(i - 1)))
        } else {
            !is_stopword(&d.keys[i]) && is_adjective_like(tok)
        };
        if !ok {
            break;
        }
        start = Some(i);
        taken += 1;
        j -= 1;
    }
    start
}

/// True when tokens `a..=b` hold a term worth a label (not only neutral descriptors).
fn worth(d: &Doc<'_>, lex: &Lexicon, a: usize, b: usize) -> bool {
    (a..=b).any(|i| {
        d.is_word(i)
            && (lex.term_at(&d.keys[i..=b]).is_some_and(|(t, _)| t.category != Category::Descriptor)
                || d.keys[i]
                    .rsplit('-')
                    .next()
                    .is_some_and(|t| d.keys[i].contains('-') && AFFILIATION_TAILS.contains(&t)))
    })
}

/// True when the label words hold a loaded term.
fn loaded(d: &Doc<'_>, lex: &Lexicon, span: Span) -> bool {
    loaded_category(d, lex, span).is_some()
}

/// The category of the first loaded term among the label words, if any.
fn loaded_category(d: &Doc<'_>, lex: &Lexicon, span: Span) -> Option<Category> {
    let first = d.model.tokens.partition_point(|t| t.span.start < span.start);
    let toks: Vec<usize> = (first..d.model.tokens.len())
        .take_while(|&i| d.model.tokens[i].span.start < span.end)
        .filter(|&i| d.is_word(i) && span.contains(&d.model.tokens[i].span))
        .collect();
    let keys: Vec<String> = toks.iter().map(|&i| strip_possessive(&d.keys[i]).0.to_owned()).collect();
    (0..keys.len()).find_map(|i| lex.term_at(&keys[i..]).map(|(t, _)| t.category).filter(|c| c.loaded()))
}

/// Trim an unbalanced quotation mark from either end of `a..=b`.
fn balance(d: &Doc<'_>, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
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

fn premodifier(d: &Doc<'_>, lex: &Lexicon, m: &Mention) -> Option<Span> {
    let (label_end, chain_from) = match m.title {
        Some((a, b)) if d.tok(b + 1) == "." && !d.gap_after(b) => (b + 1, a),
        Some((a, b)) => (b, a),
        None => (m.first.checked_sub(1)?, m.first),
    };
    let start = match chain_from.checked_sub(1).and_then(|e| chain_back(d, lex, e, chain_from)) {
        Some(s) => s,
        None if m.title.is_some() => chain_from,
        None => return None,
    };
    if m.title.is_none() && (label_end < start || !d.sentence_tokens(m.first).contains(&start)) {
        return None;
    }
    let (a, b) = balance(d, start, label_end)?;
    worth(d, lex, a, b).then(|| d.span(a, b))
}

fn is_head(lex: &Lexicon, key: &str) -> Option<Refers> {
    lex.term(&[strip_possessive(key).0.to_owned()])
        .filter(|t| t.category != Category::Descriptor)
        .and_then(|t| t.refers)
}

/// "Khalifa Haftar, head of the ..." / "Smith, 45, a former soldier".
fn appositive_after(d: &Doc<'_>, lex: &Lexicon, m: &Mention) -> Option<Span> {
    let sent = d.sentence_tokens(m.last);
    let mut q = m.last + 1;
    if d.tok(q) != "," || strip_possessive(d.tok(m.last)).1 {
        return None;
    }
    q += 1;
    if d.tok(q).chars().all(|c| c.is_ascii_digit()) && d.tok(q + 1) == "," {
        q += 2;
    }
    if matches!(d.keys.get(q).map(String::as_str), Some("the" | "a" | "an")) {
        q += 1;
    }
    if matches!(d.keys.get(q).map(String::as_str), Some("who" | "whose" | "which" | "where" | "when" | "whom")) {
        return None;
    }
    let head = (q..(q + 4).min(sent.end)).find(|&i| d.is_word(i) && is_head(lex, &d.keys[i]).is_some())?;
    let title = lex.term(&d.keys[head..=head]).is_some_and(|t| t.category == Category::Title);
    if is_capitalised(d.tok(head)) && !title {
        return None;
    }
    if (q..head).any(|i| !d.is_word(i) || (is_stopword(&d.keys[i]) && !is_capitalised(d.tok(i)))) {
        return None;
    }
    let mut end = head;
    while end + 1 < sent.end && end + 1 - q < 14 {
        let t = d.tok(end + 1);
        let stop = !d.is_word(end + 1) && (matches!(t, "," | ";" | "." | "(" | ")" | ":" | "\u{2014}" | "\u{2013}"))
            || is_quote_mark(t)
            || matches!(d.keys[end + 1].as_str(), "who" | "which" | "that");
        if stop {
            break;
        }
        end += 1;
    }
    if (q..=end).any(|i| d.is_word(i) && lex.attribution_at(&d.keys[i..=i]).is_some()) {
        return None;
    }
    if d.is_word(end + 1) && end + 1 < sent.end && !matches!(d.keys[end + 1].as_str(), "who" | "which" | "that") {
        return None;
    }
    Some(d.span(q, end))
}

/// "The Indian foreign minister, Sushma Swaraj" / "the gunman, identified as John Smith".
fn appositive_before(d: &Doc<'_>, lex: &Lexicon, m: &Mention) -> Option<Span> {
    let f = m.title.map_or(m.first, |t| t.0);
    let mut comma = f.checked_sub(1)?;
    if matches!(d.keys[comma].as_str(), "as")
        && comma >= 2
        && matches!(d.keys[comma - 1].as_str(), "identified" | "named")
    {
        comma -= 2;
    } else if d.keys[comma] == "named" {
        comma = comma.checked_sub(1)?;
    }
    if d.tok(comma) != "," {
        return None;
    }
    let head = comma.checked_sub(1)?;
    is_head(lex, &d.keys[head])?;
    if !d.sentence_tokens(f).contains(&head) {
        return None;
    }
    let start = chain_back(d, lex, head, head)?;
    let (a, b) = balance(d, start, head)?;
    worth(d, lex, a, b).then(|| d.span(a, b))
}

/// Build the actors with their labels.
pub(crate) fn attach(docs: &[Doc<'_>], lex: &Lexicon, mut set: ActorSet) -> Vec<Actor> {
    let mut found: Vec<Found> = Vec::new();
    for m in &set.mentions {
        let Some(d) = docs.get(m.doc) else { continue };
        for s in
            [premodifier(d, lex, m), appositive_after(d, lex, m), appositive_before(d, lex, m)].into_iter().flatten()
        {
            found.push(Found { doc: m.doc, actor: m.actor, span: s });
            if set.actors[m.actor].kind.is_none() && person_head(d, lex, s) {
                set.actors[m.actor].kind = Some(Refers::Person);
            }
        }
    }
    let mut lookup = Lookup::new(&set);
    for (di, d) in docs.iter().enumerate() {
        back_references(d, di, lex, &mut set, &mut lookup, &mut found);
    }
    build(docs, lex, &set, found)
}

fn person_head(d: &Doc<'_>, lex: &Lexicon, s: Span) -> bool {
    d.model.tokens_within(s).filter(|&i| d.is_word(i)).any(|i| is_head(lex, &d.keys[i]) == Some(Refers::Person))
}

/// Descriptive noun phrases ("the Libyan warlord") resolved to the most salient earlier actor of their kind.
fn back_references(
    d: &Doc<'_>,
    di: usize,
    lex: &Lexicon,
    set: &mut ActorSet,
    lookup: &mut Lookup,
    found: &mut Vec<Found>,
) {
    let in_mention = in_mention(d, di, set);
    let mut labelled = Labelled::new(d, di, found);
    let mut salience = Salience::new(d, di, set);
    for j in 0..d.model.tokens.len() {
        if !d.is_word(j) || in_mention[j] || is_capitalised(d.tok(j)) {
            continue;
        }
        let Some(kind) = is_head(lex, &d.keys[j]) else { continue };
        let tspan = d.model.tokens[j].span;
        if labelled.overlaps(j) {
            continue;
        }
        let next = j + 1;
        if !strip_possessive(d.tok(j)).1
            && (d.keys.get(next).is_some_and(|k| k == "of")
                || (d.is_word(next) && is_capitalised(d.tok(next)))
                || (d.is_word(next) && is_head(lex, &d.keys[next]).is_some()))
        {
            continue;
        }
        let sent = d.sentence_tokens(j);
        let start = j.checked_sub(1).filter(|p| sent.contains(p)).and_then(|p| chain_back(d, lex, p, j)).unwrap_or(j);
        let Some(det) = start.checked_sub(1).filter(|p| sent.contains(p)) else { continue };
        let dk = d.keys[det].as_str();
        let possessor = strip_possessive(d.tok(det));
        let determiner = matches!(dk, "the" | "this" | "that" | "its")
            || (possessor.1 && !is_capitalised(possessor.0) && d.is_word(det));
        if !determiner || (start..j).any(|i| in_mention[i]) && kind == Refers::Group {
            continue;
        }
        let Some((a, b)) = balance(d, start, j) else { continue };
        let mut span = d.span(a, b);
        let (bare_head, possessive) = strip_possessive(d.tok(j));
        if possessive {
            span.end = tspan.start + bare_head.len();
        }
        let head_key = strip_possessive(&d.keys[j]).0.to_owned();
        let is_loaded = loaded(d, lex, span);
        let bare = a == j;
        let head_term = lex.term(std::slice::from_ref(&head_key));
        if bare
            && !is_loaded
            && (GENERIC_HEADS.contains(&head_key.as_str())
                || kind == Refers::Group
                || head_term.is_some_and(|t| t.category == Category::Role && head_key.ends_with('s')))
        {
            continue;
        }
        let target = match kind {
            Refers::Person => salience.person_before(d, a),
            Refers::Group => {
                let role = head_term.is_some_and(|t| t.category == Category::Role);
                group_named(di, set, lookup, &head_key, is_loaded && role)
            }
        };
        if let Some(actor) = target {
            labelled.mark(span);
            found.push(Found { doc: di, actor, span });
        }
    }
}

/// Tokens of article `di` inside an actor's mention (its title included).
fn in_mention(d: &Doc<'_>, di: usize, set: &ActorSet) -> Vec<bool> {
    let mut v = vec![false; d.model.tokens.len()];
    for m in set.mentions.iter().filter(|m| m.doc == di) {
        for x in v.iter_mut().take(m.last + 1).skip(m.title.map_or(m.first, |t| t.0)) {
            *x = true;
        }
    }
    v
}

/// The tokens of one article that a label found so far overlaps, so that asking whether a word is
/// already labelled does not read every label.
struct Labelled<'d> {
    tokens: &'d [crate::text::Token],
    covered: Vec<bool>,
}

impl<'d> Labelled<'d> {
    fn new(d: &Doc<'d>, di: usize, found: &[Found]) -> Self {
        let mut l = Labelled { tokens: &d.model.tokens, covered: vec![false; d.model.tokens.len()] };
        for f in found.iter().filter(|f| f.doc == di) {
            l.mark(f.span);
        }
        l
    }

    /// Mark the tokens a label's span overlaps (shares at least a byte with).
    fn mark(&mut self, span: Span) {
        if span.is_empty() {
            return;
        }
        let from = self.tokens.partition_point(|t| t.span.end <= span.start);
        let to = self.tokens.partition_point(|t| t.span.start < span.end);
        for c in self.covered.iter_mut().take(to).skip(from) {
            *c = true;
        }
    }

    fn overlaps(&self, token: usize) -> bool {
        self.covered.get(token).copied().unwrap_or(false)
    }
}

/// The most salient person before a place in one article: the person actor with the most mentions
/// before it, a mention within the three sentences before counting twice, the latest mention
/// breaking ties.
///
/// Mentions are in reading order, so those before a place are a prefix and those near it a range
/// at its end; scores are kept for the current prefix and range and updated as they move, with a
/// sorted set giving the best, so each question costs the distance moved rather than every mention.
struct Salience {
    /// Person mentions of the article in order: last token, sentence of the first token, actor.
    mentions: Vec<(usize, usize, usize)>,
    /// Index of the previous mention of the same actor.
    previous: Vec<Option<usize>>,
    /// Per actor: mentions in the prefix, score and latest mention's last token.
    state: HashMap<usize, (usize, usize, usize)>,
    ranked: BTreeSet<(usize, usize, usize)>,
    lo: usize,
    hi: usize,
}

impl Salience {
    fn new(d: &Doc<'_>, di: usize, set: &ActorSet) -> Self {
        let mut mentions: Vec<(usize, usize, usize)> = set
            .mentions
            .iter()
            .filter(|m| m.doc == di && set.actors[m.actor].kind == Some(Refers::Person))
            .map(|m| (m.last, d.sentence_of.get(m.first).copied().unwrap_or(0), m.actor))
            .collect();
        mentions.sort_unstable();
        let mut latest = HashMap::new();
        let previous = mentions.iter().enumerate().map(|(i, m)| latest.insert(m.2, i)).collect();
        let state = HashMap::new();
        Salience { mentions, previous, state, ranked: Default::default(), lo: 0, hi: 0 }
    }

    /// Change actor `a`'s prefix count and score by `count` and `score`, its latest mention to `last`.
    fn update(&mut self, a: usize, count: isize, score: isize, last: Option<usize>) {
        let (c, s, l) = self.state.get(&a).copied().unwrap_or((0, 0, 0));
        self.ranked.remove(&(s, l, a));
        let (c, s) = (c.saturating_add_signed(count), s.saturating_add_signed(score));
        let l = last.unwrap_or(l);
        if c > 0 {
            self.ranked.insert((s, l, a));
        }
        self.state.insert(a, (c, s, l));
    }

    fn person_before(&mut self, d: &Doc<'_>, before: usize) -> Option<usize> {
        let here = d.sentence_of.get(before).copied().unwrap_or(0);
        let hi = self.mentions.partition_point(|m| m.0 < before);
        let lo = self.mentions[..hi].partition_point(|m| here.saturating_sub(m.1) > 3);
        while self.hi < hi {
            let (last, _, a) = self.mentions[self.hi];
            self.update(a, 1, 1 + isize::from(self.hi >= self.lo), Some(last));
            self.hi += 1;
        }
        while self.hi > hi {
            self.hi -= 1;
            let a = self.mentions[self.hi].2;
            let last = self.previous[self.hi].map_or(0, |p| self.mentions[p].0);
            self.update(a, -1, -1 - isize::from(self.hi >= self.lo), Some(last));
        }
        while self.lo < lo {
            if self.lo < self.hi {
                self.update(self.mentions[self.lo].2, 0, -1, None);
            }
            self.lo += 1;
        }
        while self.lo > lo {
            self.lo -= 1;
            if self.lo < self.hi {
                self.update(self.mentions[self.lo].2, 0, 1, None);
            }
        }
        self.ranked.last().map(|&(_, _, a)| a)
    }
}

/// Where to find actors by a word of their names, how often each is mentioned in each article, and
/// the actors made for group nouns, so that resolving a group noun does not read every actor.
struct Lookup {
    by_word: HashMap<String, Vec<usize>>,
    mentions: HashMap<(usize, usize), usize>,
    made: HashMap<String, usize>,
}

impl Lookup {
    fn new(set: &ActorSet) -> Self {
        let mut by_word: HashMap<String, Vec<usize>> = Default::default();
        for (a, info) in set.actors.iter().enumerate() {
            for w in &info.name_words {
                by_word.entry(w.clone()).or_default().push(a);
            }
        }
        let mut mentions: HashMap<(usize, usize), usize> = Default::default();
        for m in &set.mentions {
            *mentions.entry((m.doc, m.actor)).or_default() += 1;
        }
        Lookup { by_word, mentions, made: Default::default() }
    }
}

fn group_named(di: usize, set: &mut ActorSet, lookup: &mut Lookup, head: &str, create: bool) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for &a in lookup.by_word.get(head).into_iter().flatten() {
        let n = lookup.mentions.get(&(di, a)).copied().unwrap_or(0);
        if n > 0 && best.is_none_or(|(_, c)| n > c) {
            best = Some((a, n));
        }
    }
    if let Some((a, _)) = best {
        return Some(a);
    }
    if !create {
        return None;
    }
    if let Some(&a) = lookup.made.get(head) {
        return Some(a);
    }
    set.actors.push(ActorInfo {
        name: head.to_owned(),
        aliases: Vec::new(),
        name_words: std::iter::once(head.to_owned()).collect(),
        kind: Some(Refers::Group),
        count: 0,
    });
    lookup.made.insert(head.to_owned(), set.actors.len() - 1);
    Some(set.actors.len() - 1)
}

fn build(docs: &[Doc<'_>], lex: &Lexicon, set: &ActorSet, found: Vec<Found>) -> Vec<Actor> {
    let mut per_actor: BTreeMap<usize, BTreeMap<(usize, Span), Label>> = BTreeMap::new();
    for f in found {
        let Some(d) = docs.get(f.doc) else { continue };
        let text = d.slice(f.span);
        if text.is_empty() {
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
        .filter(|(_, info, labels)| !labels.is_empty() || info.count >= 2)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextModel;

    /// The most salient person before token `before`, read off every mention (the definition).
    fn salient_by_reading_all(d: &Doc<'_>, set: &ActorSet, before: usize) -> Option<usize> {
        let here = d.sentence_of.get(before).copied().unwrap_or(0);
        let mut score: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for m in set.mentions.iter().filter(|m| m.last < before) {
            if set.actors[m.actor].kind != Some(Refers::Person) {
                continue;
            }
            let e = score.entry(m.actor).or_insert((0, 0));
            e.0 += 1 + usize::from(here.saturating_sub(d.sentence_of[m.first]) <= 3);
            e.1 = e.1.max(m.last);
        }
        score.into_iter().max_by(|x, y| x.1.cmp(&y.1)).map(|(a, _)| a)
    }

    #[test]
    fn the_salient_person_is_kept_as_the_place_moves_either_way() {
        let t = "President Mara Quill met General Odo Brask in Velm. Quill said the talks went well. \
                 Brask left early. Later Brask spoke again. The weather was mild. The roads were dry. \
                 The trains ran late. Quill answered him. The general smiled. Brask nodded. Quill left.";
        let m = TextModel::new(t);
        let d = Doc::new(crate::model::ArticleId(1), t, &m);
        let lex = Lexicon::builtin();
        let mut set = crate::framing::actors::find(std::slice::from_ref(&d), &lex);
        for a in &mut set.actors {
            a.kind = Some(Refers::Person);
        }
        let mut salience = Salience::new(&d, 0, &set);
        let n = m.tokens.len();
        let order: Vec<usize> = (0..n).chain((0..n).rev()).chain((0..n).step_by(7)).chain([n, 3, n - 2, 0]).collect();
        for before in order {
            assert_eq!(salience.person_before(&d, before), salient_by_reading_all(&d, &set, before), "at {before}");
        }
        assert!(salient_by_reading_all(&d, &set, n).is_some());
    }
}
