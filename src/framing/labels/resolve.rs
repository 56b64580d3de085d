//! Who a referring phrase names: the most salient person before it, or the group named by its head.

use std::collections::{BTreeSet, HashMap};

use super::super::Doc;
use super::super::actors::{ActorInfo, ActorSet};
use super::super::lexicon::Refers;

/// The most salient person before a place in one article: the person actor with the most mentions
/// before it, a mention within the three sentences before counting twice, the latest mention
/// breaking ties.
///
/// Mentions are in reading order, so those before a place are a prefix and those near it a range
/// at its end; scores are kept for the current prefix and range and updated as they move, with a
/// sorted set giving the best, so each question costs the distance moved rather than every mention.
pub(super) struct Salience {
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
    pub(super) fn new(d: &Doc<'_>, di: usize, set: &ActorSet) -> Self {
        let mut mentions: Vec<(usize, usize, usize)> = set
            .mentions_in(di)
            .iter()
            .filter(|m| set.actors[m.actor].kind == Some(Refers::Person))
            .map(|m| (m.last, d.sentence_of(m.first).unwrap_or(0), m.actor))
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

    /// The person named first in the sentence before the one holding token `at`: the subject a
    /// sentence-initial description ("The carpet fitter, who ...") continues.
    pub(super) fn previous_subject(&self, d: &Doc<'_>, at: usize) -> Option<usize> {
        let here = d.sentence_of(at)?;
        let prev = here.checked_sub(1)?;
        let from = self.mentions.partition_point(|m| m.1 < prev);
        self.mentions.get(from).filter(|m| m.1 == prev).map(|m| m.2)
    }

    /// The person named last before token `at`, in its sentence or the one before: what a pronoun
    /// ("she", "her") refers to.
    pub(super) fn latest(&self, d: &Doc<'_>, at: usize) -> Option<usize> {
        let here = d.sentence_of(at)?;
        let hi = self.mentions.partition_point(|m| m.0 < at);
        self.mentions[..hi].last().filter(|m| here.saturating_sub(m.1) <= 1).map(|m| m.2)
    }

    /// True when actor `a` is mentioned in the three sentences before token `at` or in its own.
    pub(super) fn is_recent(&self, d: &Doc<'_>, at: usize, a: usize) -> bool {
        let here = d.sentence_of(at).unwrap_or(0);
        let hi = self.mentions.partition_point(|m| m.0 < at);
        self.mentions[..hi].iter().rev().take_while(|m| here.saturating_sub(m.1) <= 3).any(|m| m.2 == a)
    }

    pub(super) fn person_before(&mut self, d: &Doc<'_>, before: usize) -> Option<usize> {
        let here = d.sentence_of(before).unwrap_or(0);
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
pub(super) struct Lookup {
    by_word: HashMap<String, Vec<usize>>,
    mentions: HashMap<(usize, usize), usize>,
    made: HashMap<String, usize>,
}

impl Lookup {
    pub(super) fn new(set: &ActorSet) -> Self {
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

pub(super) fn group_named(
    di: usize,
    set: &mut ActorSet,
    lookup: &mut Lookup,
    head: &str,
    create: bool,
) -> Option<usize> {
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

/// The most mentioned organisation (an actor neither a person nor a place) before a place in one
/// article, the latest mention breaking ties; asked at places in reading order.
pub(super) struct GroupSalience {
    /// Organisation mentions of the article in order: last token, actor, sentence.
    mentions: Vec<(usize, usize, usize)>,
    next: usize,
    counts: HashMap<usize, usize>,
    best: Option<(usize, usize, usize)>,
}

impl GroupSalience {
    /// `place[a]` is true for actors that are places.
    pub(super) fn new(d: &Doc<'_>, di: usize, set: &ActorSet, place: &[bool]) -> Self {
        let mut mentions: Vec<(usize, usize, usize)> = set
            .mentions_in(di)
            .iter()
            .filter(|m| set.actors[m.actor].kind != Some(Refers::Person))
            .filter(|m| !place.get(m.actor).copied().unwrap_or(false))
            .map(|m| (m.last, m.actor, d.sentence_of(m.first).unwrap_or(0)))
            .collect();
        mentions.sort_unstable();
        GroupSalience { mentions, next: 0, counts: HashMap::new(), best: None }
    }

    /// The organisation most mentioned before token `before` (places asked in increasing order).
    pub(super) fn before(&mut self, before: usize) -> Option<usize> {
        while let Some(&(last, a, _)) = self.mentions.get(self.next).filter(|m| m.0 < before) {
            let c = self.counts.entry(a).or_default();
            *c += 1;
            let key = (*c, last, a);
            if self.best.is_none_or(|b| (b.0, b.1) < (key.0, key.1)) {
                self.best = Some(key);
            }
            self.next += 1;
        }
        self.best.map(|b| b.2)
    }

    /// The organisation named last before token `at` in its sentence when another was named before
    /// it (the one "its" stands for): "Acme bid for Brix, its rival" is Brix.
    pub(super) fn other_in_sentence(&self, d: &Doc<'_>, at: usize) -> Option<usize> {
        let s = d.sentence_of(at)?;
        let from = self.mentions.partition_point(|m| m.2 < s);
        let named: Vec<usize> =
            self.mentions[from..].iter().take_while(|m| m.2 == s && m.0 < at).map(|m| m.1).collect();
        let last = *named.last()?;
        named.iter().any(|&a| a != last).then_some(last)
    }

    /// The organisation named first in the nearest of the `back` sentences before the one holding
    /// token `at` that names one: the topic a description opening a sentence goes on with.
    pub(super) fn subject_back(&self, d: &Doc<'_>, at: usize, back: usize) -> Option<usize> {
        let here = d.sentence_of(at)?;
        (1..=back).filter_map(|k| here.checked_sub(k)).find_map(|s| {
            let from = self.mentions.partition_point(|m| m.2 < s);
            self.mentions.get(from).filter(|m| m.2 == s).map(|m| m.1)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framing::lexicon::Lexicon;
    use crate::text::TextModel;
    use std::collections::BTreeMap;

    /// The most salient person before token `before`, read off every mention (the definition).
    fn salient_by_reading_all(d: &Doc<'_>, set: &ActorSet, before: usize) -> Option<usize> {
        let here = d.sentence_of(before).unwrap_or(0);
        let mut score: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for m in set.mentions.iter().filter(|m| m.last < before) {
            if set.actors[m.actor].kind != Some(Refers::Person) {
                continue;
            }
            let e = score.entry(m.actor).or_insert((0, 0));
            e.0 += 1 + usize::from(here.saturating_sub(d.sentence_of(m.first).unwrap_or(0)) <= 3);
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
