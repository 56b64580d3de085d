//! Where actors stand in an article: which actors are places, the actor whose mention holds each
//! token, and the tokens a label found so far covers.

use super::super::Doc;
use super::super::actors::{ActorSet, LEGAL_FORMS};
use super::Found;
use crate::model::Span;

/// Nouns after which "in" names what is held, not where: "a stake in Acme".
const HOLDINGS: &[&str] = &[
    "stake",
    "stakes",
    "share",
    "shares",
    "interest",
    "interests",
    "investment",
    "investments",
    "holding",
    "holdings",
    "position",
    "positions",
    "role",
    "part",
    "confidence",
];

/// Actors that are places: most of their mentions follow a preposition of place ("in Croydon",
/// "at the Riverside Hotel").
pub(super) fn places(docs: &[Doc<'_>], set: &ActorSet) -> Vec<bool> {
    let mut tally = vec![(0usize, 0usize, 0usize); set.actors.len()];
    for m in &set.mentions {
        let Some(d) = docs.get(m.doc) else { continue };
        let mut p = m.title.map_or(m.first, |t| t.0);
        if p > 0 && d.keys[p - 1] == "the" {
            p -= 1;
        }
        let before = if p > 0 { d.keys[p - 1].as_str() } else { "" };
        let locative = matches!(
            before,
            "in" | "at" | "near" | "across" | "outside" | "inside" | "throughout" | "around" | "into" | "towards"
        );
        // "in" and its kin take places only; "at" also takes employers ("an analyst at Acme"), and
        // "in" after a holding takes a company ("a stake in Acme").
        let holding = p >= 2 && HOLDINGS.contains(&d.keys[p - 2].as_str());
        let inside = locative && !matches!(before, "at" | "into" | "towards") && !holding;
        tally[m.actor].0 += usize::from(locative);
        tally[m.actor].1 += usize::from(inside);
        tally[m.actor].2 += 1;
    }
    // A place is mostly named after a preposition of place, or often after "in" even when also
    // used as a modifier ("Velm police", "Velm's mayor").
    // A company's formal name ("Acme Inc") names no place.
    let company = |a: usize| set.actors[a].name_words.iter().any(|w| LEGAL_FORMS.contains(&w.as_str()));
    tally
        .into_iter()
        .enumerate()
        .map(|(a, (l, i, n))| !company(a) && ((l > 0 && 2 * l >= n) || (i >= 2 && 4 * i >= n)))
        .collect()
}

/// The actor whose mention (its title included) holds each token of article `di`.
pub(super) fn in_mention(d: &Doc<'_>, di: usize, set: &ActorSet) -> Vec<Option<usize>> {
    let mut v = vec![None; d.model.tokens.len()];
    for m in set.mentions_in(di) {
        for x in v.iter_mut().take(m.last + 1).skip(m.title.map_or(m.first, |t| t.0)) {
            *x = Some(m.actor);
        }
    }
    v
}

/// The tokens of one article that a label found so far overlaps, so that asking whether a word is
/// already labelled does not read every label.
pub(super) struct Labelled<'d> {
    tokens: &'d [crate::text::Token],
    covered: Vec<bool>,
}

impl<'d> Labelled<'d> {
    pub(super) fn new(d: &Doc<'d>, di: usize, found: &[Found]) -> Self {
        let mut l = Labelled { tokens: &d.model.tokens, covered: vec![false; d.model.tokens.len()] };
        for f in found.iter().filter(|f| f.doc == di) {
            l.mark(f.span);
        }
        l
    }

    /// Mark the tokens a label's span overlaps (shares at least a byte with).
    pub(super) fn mark(&mut self, span: Span) {
        if span.is_empty() {
            return;
        }
        let from = self.tokens.partition_point(|t| t.span().end <= span.start);
        let to = self.tokens.partition_point(|t| t.span().start < span.end);
        for c in self.covered.iter_mut().take(to).skip(from) {
            *c = true;
        }
    }

    pub(super) fn overlaps(&self, token: usize) -> bool {
        self.covered.get(token).copied().unwrap_or(false)
    }
}
