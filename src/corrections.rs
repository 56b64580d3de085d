//! Correcting an analysis: a reader hides a false passage, a label, an actor or a group of figures,
//! marks a figure as noise, or merges two actors (and splits them again). [`Corrections`] holds
//! them in the order made; [`apply`] gives the analysis as corrected, every part consistent with
//! the rest (a figure marked as noise leaves its group; a group left with no figure goes; a group
//! that lost a figure is judged again), with the list of corrections in it for every report.
//!
//! Corrections name what they correct by article id and span, actor name or label text (see
//! [`Correction`]), so they still apply when the same articles are analysed again. A correction
//! whose target is gone (an article was removed) changes nothing and is kept.

use serde::{Deserialize, Serialize};

use crate::model::{Actor, Comparison, NumberGroup, NumberMention, Passage, Qualifier};
pub use crate::model::{Correction, Place};

/// A reader's corrections of one comparison, in the order made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Corrections(pub Vec<Correction>);

impl Corrections {
    /// How many corrections there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The corrections, in the order made.
    pub fn iter(&self) -> std::slice::Iter<'_, Correction> {
        self.0.iter()
    }

    /// Add a correction; false (and nothing added) when it is already there.
    pub fn push(&mut self, correction: Correction) -> bool {
        if self.0.contains(&correction) {
            return false;
        }
        self.0.push(correction);
        true
    }

    /// Take out the correction at `index` (in the order made), if there is one.
    pub fn remove(&mut self, index: usize) -> Option<Correction> {
        (index < self.0.len()).then(|| self.0.remove(index))
    }

    /// The actors merged into `actor`, in the order merged.
    pub fn merged_into(&self, actor: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter_map(|c| match c {
                Correction::MergeActors { into, from } if into == actor => Some(from.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Split `actor` again: take out every merge into it. True when there was one.
    pub fn split(&mut self, actor: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|c| !matches!(c, Correction::MergeActors { into, .. } if into == actor));
        self.0.len() != before
    }
}

/// The correction that hides a passage.
pub fn hide_passage(p: &Passage) -> Correction {
    Correction::HidePassage { passage: p.id.clone(), members: passage_key(p) }
}

/// The correction that hides a group of figures of `cmp`.
pub fn hide_number_group(cmp: &Comparison, g: &NumberGroup) -> Correction {
    Correction::HideNumberGroup { group: g.id.clone(), members: group_key(cmp, g) }
}

/// The correction that marks a figure as noise.
pub fn number_noise(n: &NumberMention) -> Correction {
    Correction::NumberNoise { number: n.id, place: place_of(n), text: n.text.clone() }
}

fn place_of(n: &NumberMention) -> Place {
    Place { article: n.article, span: n.span }
}

/// Where a passage's members stand, sorted.
fn passage_key(p: &Passage) -> Vec<Place> {
    let mut key: Vec<Place> = p.members.iter().map(|m| Place { article: m.article, span: m.span }).collect();
    key.sort();
    key
}

/// Where a group's figures stand, sorted.
fn group_key(cmp: &Comparison, g: &NumberGroup) -> Vec<Place> {
    let mut key: Vec<Place> =
        g.members.iter().filter_map(|id| cmp.numbers.iter().find(|n| n.id == *id)).map(place_of).collect();
    key.sort();
    key
}

fn sorted(places: &[Place]) -> Vec<Place> {
    let mut v = places.to_vec();
    v.sort();
    v
}

/// The analysis `raw` with `corrections` applied in order, carrying them in its `corrections`.
pub fn apply(raw: &Comparison, corrections: &Corrections) -> Comparison {
    apply_checked(raw, corrections).0
}

/// [`apply`], also saying for each correction whether it found what it corrects.
pub fn apply_checked(raw: &Comparison, corrections: &Corrections) -> (Comparison, Vec<bool>) {
    let mut cmp = raw.clone();
    let found = corrections.iter().map(|c| apply_one(&mut cmp, c)).collect();
    cmp.corrections = corrections.0.clone();
    (cmp, found)
}

/// Apply one correction in place. True when it found what it corrects.
pub fn apply_one(cmp: &mut Comparison, correction: &Correction) -> bool {
    match correction {
        Correction::HidePassage { members, .. } => {
            let key = sorted(members);
            let before = cmp.passages.len();
            cmp.passages.retain(|p| passage_key(p) != key);
            cmp.passages.len() != before
        }
        Correction::HideActor { actor } => {
            let before = cmp.framing.actors.len();
            cmp.framing.actors.retain(|a| a.name != *actor);
            cmp.framing.actors.len() != before
        }
        Correction::HideLabel { actor, article, label } => {
            let Some(a) = cmp.framing.actors.iter_mut().find(|a| a.name == *actor) else { return false };
            let before = a.labels.len();
            a.labels.retain(|l| !(l.article == *article && l.label.eq_ignore_ascii_case(label)));
            a.labels.len() != before
        }
        Correction::HideNumberGroup { members, .. } => hide_group(cmp, &sorted(members)),
        Correction::NumberNoise { place, .. } => {
            let Some(i) = cmp.numbers.iter().position(|n| place_of(n) == *place) else { return false };
            let id = cmp.numbers.remove(i).id;
            drop_figures(cmp, &[id]);
            true
        }
        Correction::MergeActors { into, from } => merge(&mut cmp.framing.actors, into, from),
    }
}

/// Take out the group whose figures stand at `key`, with its figures.
fn hide_group(cmp: &mut Comparison, key: &[Place]) -> bool {
    let Some(gi) = cmp.number_groups.iter().position(|g| group_key(cmp, g) == key) else { return false };
    let group = cmp.number_groups.remove(gi);
    cmp.numbers.retain(|n| !group.members.contains(&n.id));
    drop_figures(cmp, &group.members);
    true
}

/// Take figures out of every group; a group left empty goes, one that lost a figure is judged again.
fn drop_figures(cmp: &mut Comparison, ids: &[crate::model::NumberId]) {
    let mut changed = Vec::new();
    for (gi, g) in cmp.number_groups.iter_mut().enumerate() {
        let before = g.members.len();
        g.members.retain(|id| !ids.contains(id));
        if g.members.len() != before {
            changed.push(gi);
        }
    }
    for gi in changed {
        let members: Vec<&NumberMention> =
            cmp.number_groups[gi].members.iter().filter_map(|id| cmp.numbers.iter().find(|n| n.id == *id)).collect();
        let (status, within) = judge(&members);
        let g = &mut cmp.number_groups[gi];
        g.status = status;
        g.within_article = within;
    }
    cmp.number_groups.retain(|g| !g.members.is_empty());
}

/// The interval of values a figure allows.
fn bounds(n: &NumberMention) -> (f64, f64) {
    let v = n.value;
    match n.qualifier {
        Qualifier::AtLeast => (v, f64::INFINITY),
        Qualifier::MoreThan => (v + 1e-9, f64::INFINITY),
        Qualifier::AtMost => (0.0, v),
        Qualifier::LessThan => (0.0, v - 1e-9),
        Qualifier::Approximately => (v * 0.9, v * 1.1),
        Qualifier::Range => (v, n.value_max.unwrap_or(v)),
        Qualifier::Exact => (v, v),
    }
}

/// A group's status and within-article flag, judged again on what is left of it.
fn judge(members: &[&NumberMention]) -> (crate::model::GroupStatus, bool) {
    use crate::model::GroupStatus;
    let b: Vec<(f64, f64)> = members.iter().map(|n| bounds(n)).collect();
    let meet = |x: &[(f64, f64)]| {
        let low = x.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
        let high = x.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        low <= high
    };
    let status = match b.first() {
        None => GroupStatus::Single,
        Some(_) if b.len() == 1 => GroupStatus::Single,
        Some(first) if b.iter().all(|x| x == first) => GroupStatus::Agree,
        Some(_) if meet(&b) => GroupStatus::Compatible,
        Some(_) => GroupStatus::Differ,
    };
    let within = members.iter().enumerate().any(|(i, m)| {
        members.iter().enumerate().skip(i + 1).any(|(j, o)| o.article == m.article && !meet(&[b[i], b[j]]))
    });
    (status, within)
}

/// Merge the actor named `from` into the one named `into`: its name and aliases become aliases, its
/// labels join in reading order per article.
fn merge(actors: &mut Vec<Actor>, into: &str, from: &str) -> bool {
    if into == from {
        return false;
    }
    let (Some(_), Some(fi)) = (actors.iter().position(|a| a.name == into), actors.iter().position(|a| a.name == from))
    else {
        return false;
    };
    let gone = actors.remove(fi);
    let Some(target) = actors.iter_mut().find(|a| a.name == into) else { return false };
    for alias in std::iter::once(gone.name).chain(gone.aliases) {
        if alias != target.name && !target.aliases.contains(&alias) {
            target.aliases.push(alias);
        }
    }
    target.labels.extend(gone.labels);
    target.labels.sort_by_key(|l| (l.article, l.span));
    true
}

#[cfg(test)]
#[path = "corrections_tests.rs"]
mod tests;
