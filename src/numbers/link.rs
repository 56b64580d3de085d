//! Figures that give one quantity with different values: "an initial $103 billion offer" in one
//! outlet and "its original $105 billion approach" in another.
//!
//! Equal values group on their own (see `group`). Different values of money, percentages, counts
//! of people and counts of one thing join when their sentences, or the words right beside the
//! figures, say the same thing in rare words (weighted by how few of the comparison's figure
//! sentences use them, and near a figure by how close they stand), when the values are close, and
//! never when one sentence gives both (a sentence that says "up to $121 billion from $105 billion"
//! names two quantities). A group never spans values further apart than `MAX_SPREAD`, so links
//! cannot chain unrelated figures together, unless the figures' own neighbouring words are nearly
//! the same ("shares fell 6.6%" at the close, "shares fell 1.5 percent" in the morning), up to
//! `WIDE_SPREAD` — for amounts, shares and counts of people, which move, never for a measure of
//! one thing. A bound ("more than $80") joins only values it allows, and two values one article
//! gives apart ("$121 billion", "$146 billion including debt") never join: they are two quantities.

use std::collections::{BTreeMap, HashMap};

use super::group::{Item, one_whole};
use crate::model::Quantity;

/// Highest ratio between the largest and the smallest value of one linked group.
const MAX_SPREAD: f64 = 1.3;

/// Highest ratio for figures whose neighbouring words are nearly the same ("Qualcomm shares fell
/// 6.6%" at the close, "Qualcomm shares fell 1.5 percent" in the morning): one quantity that moved.
const WIDE_SPREAD: f64 = 5.0;

/// Least similarity of neighbouring words for [`WIDE_SPREAD`].
const WIDE_SIMILARITY: f64 = 0.5;

/// Least weighted share of sentence words two figures need to be linked.
const MIN_SIMILARITY: f64 = 0.3;

/// Least number of near words two figures must share to be linked by them.
const MIN_NEAR_SHARED: usize = 3;

/// Share of [`MIN_SIMILARITY`] enough for a figure and another that rounds it ("89 percent",
/// "roughly 90 percent"): a rounded value is evidence of its own.
const ROUNDED: f64 = 0.8;

/// Largest relative difference between a rounded figure and the figure it rounds.
const ROUNDING: f64 = 0.05;

/// True when one figure is an approximation ("roughly 90") of the other's stated value.
fn rounds(a: &Item, b: &Item) -> bool {
    let approximate = |x: &Item| x.low < x.value && x.value < x.high && x.high.is_finite();
    let close = (a.value - b.value).abs() <= a.value.max(b.value) * ROUNDING;
    close && a.stated && b.stated && (approximate(a) != approximate(b))
}

/// How many figures of higher value each figure is compared with.
const NEIGHBOURS: usize = 64;

/// Kinds whose different values may be one quantity.
const LINKED: &[Quantity] =
    &[Quantity::Money, Quantity::Percent, Quantity::People, Quantity::Other, Quantity::Duration];

/// Merges `groups` (lists of item indices, each sorted) whose figures give one quantity with
/// different values. Deterministic: links are taken strongest first, ties in item order.
pub fn link(items: &[Item], groups: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let idf = inverse_frequencies(items);
    let mut group_of = vec![usize::MAX; items.len()];
    for (g, members) in groups.iter().enumerate() {
        for &i in members {
            group_of[i] = g;
        }
    }
    let mut links = candidate_links(items, &idf);
    links.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut groups: Vec<Option<Vec<usize>>> = groups.into_iter().map(Some).collect();
    for (strength, i, j) in links {
        let (gi, gj) = (group_of[i], group_of[j]);
        if gi == gj {
            continue;
        }
        let (Some(a), Some(b)) = (&groups[gi], &groups[gj]) else { continue };
        // Amounts, shares and counts of people move over a day's reporting; a measure of one thing
        // (a distance, a height) does not.
        let moves = items[i].what != Quantity::Other;
        let spread = if strength >= WIDE_SIMILARITY && moves { WIDE_SPREAD } else { MAX_SPREAD };
        if !mergeable(items, a, b, spread) {
            continue;
        }
        let (keep, gone) = (gi.min(gj), gi.max(gj));
        let mut merged = groups[gone].take().unwrap_or_default();
        for &m in &merged {
            group_of[m] = keep;
        }
        if let Some(k) = groups[keep].as_mut() {
            k.append(&mut merged);
            k.sort_unstable();
        }
    }
    groups.into_iter().flatten().collect()
}

/// Pairs of figures of different articles that may give one quantity, with their similarity.
fn candidate_links(items: &[Item], idf: &HashMap<&str, f64>) -> Vec<(f64, usize, usize)> {
    let mut by_kind: BTreeMap<(Quantity, &str), Vec<usize>> = BTreeMap::new();
    for (i, it) in items.iter().enumerate() {
        // A count of things without its noun ("update 5.0") may be anything; of lengths of time,
        // only prison terms are one quantity in a story.
        let known = match it.what {
            Quantity::Other => !it.class.is_empty(),
            Quantity::Duration => it.class == super::PRISON_TERM,
            _ => true,
        };
        if LINKED.contains(&it.what) && known && it.related.is_none() && it.value > 0.0 {
            // People are people whatever the noun; things must be the same thing.
            let class = if it.what == Quantity::People { "" } else { it.class.as_str() };
            by_kind.entry((it.what, class)).or_default().push(i);
        }
    }
    let mut links = Vec::new();
    for list in by_kind.values_mut() {
        // By value, so that each figure meets only the figures within reach of its value, and no
        // more than `NEIGHBOURS` of them: the work grows with the figures, not their square.
        list.sort_by(|&x, &y| items[x].value.total_cmp(&items[y].value).then(x.cmp(&y)));
        for (x, &i) in list.iter().enumerate() {
            let a = &items[i];
            let near = list[x + 1..].iter().take_while(|&&j| items[j].value <= a.value * WIDE_SPREAD).take(NEIGHBOURS);
            for &j in near {
                let b = &items[j];
                if a.article == b.article || a.value == b.value {
                    continue;
                }
                // "thousands of dollars" spans a tenfold range: too vague to be the same quantity as
                // a value another figure states ("a $1,000 drop"); equal vague counts still group,
                // and a bound may still meet it ("more than 60" and "dozens").
                let vague = super::group::vague;
                if (vague(a) && b.stated && !vague(b)) || (vague(b) && a.stated && !vague(a)) {
                    continue;
                }
                // "69 yards ... 75 yards" in both sentences: each value has its twin in the other.
                if a.companions.holds(b.value) || b.companions.holds(a.value) {
                    continue;
                }
                // A bound ties only to what it allows: "more than $80" beside "$70" is a bound someone
                // set, seldom another count of one quantity; "over 200 feet" beside "229 feet" is.
                if !(a.stated && b.stated) && (a.high < b.low || b.high < a.low) {
                    continue;
                }
                // Shares of different wholes are different quantities.
                if !one_whole(a, b) {
                    continue;
                }
                let near = near_similarity(a, b, idf);
                // Far apart values need the figures' own words to match, not only their sentences'.
                let s = if b.value > a.value * MAX_SPREAD { near } else { similarity(a, b, idf).max(near) };
                if s >= MIN_SIMILARITY || (rounds(a, b) && s >= MIN_SIMILARITY * ROUNDED) {
                    links.push((s, i.min(j), i.max(j)));
                }
            }
        }
    }
    links
}

/// True when two groups may be one: no article gives two of their values that exclude each other
/// (no sentence gives two of their values at all), and all their values lie within `spread` of each
/// other.
fn mergeable(items: &[Item], a: &[usize], b: &[usize], spread: f64) -> bool {
    let values = a.iter().chain(b).map(|&i| items[i].value);
    let (lo, hi) = values.fold((f64::INFINITY, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if hi / lo > spread {
        return false;
    }
    // An article does not contradict itself: two values of one article that exclude each other are
    // two quantities ("$121 billion", and "$146 billion including debt"), or one quantity before and
    // after a change the article tells of, which is no disagreement between outlets either.
    // Per article of the smaller group, its lowest upper bound and highest lower bound: a figure of
    // the other group excludes one of them exactly when it lies beyond either.
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut extremes: HashMap<usize, (f64, f64)> = HashMap::new();
    for &i in small {
        let e = extremes.entry(items[i].article).or_insert((f64::INFINITY, f64::NEG_INFINITY));
        *e = (e.0.min(items[i].high), e.1.max(items[i].low));
    }
    let excluded = |y: &Item| extremes.get(&y.article).is_some_and(|&(high, low)| high < y.low || y.high < low);
    if large.iter().any(|&j| excluded(&items[j])) {
        return false;
    }
    let sentences: HashMap<(usize, usize), u64> =
        small.iter().map(|&i| ((items[i].article, items[i].sentence), items[i].value.to_bits())).collect();
    !large.iter().any(|&j| {
        let y = &items[j];
        sentences.get(&(y.article, y.sentence)).is_some_and(|&v| v != y.value.to_bits())
    })
}

/// How rare each sentence word is among the sentences that hold figures: ln(sentences / holding).
fn inverse_frequencies(items: &[Item]) -> HashMap<&str, f64> {
    let mut seen = std::collections::HashSet::new();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for it in items {
        if seen.insert((it.article, it.sentence)) {
            for w in it.context.iter() {
                *df.entry(w.as_str()).or_default() += 1;
            }
        }
    }
    let n = seen.len().max(1) as f64;
    df.into_iter().map(|(w, d)| (w, (n / d as f64).ln().max(0.0))).collect()
}

/// Weighted share of sentence words two figures have in common (a cosine over rare words).
fn similarity(a: &Item, b: &Item, idf: &HashMap<&str, f64>) -> f64 {
    let weight = |w: &String| idf.get(w.as_str()).copied().unwrap_or(0.0);
    let wa: f64 = a.context.iter().map(weight).sum();
    let wb: f64 = b.context.iter().map(weight).sum();
    let shared: f64 = a.context.iter().filter(|w| b.context.binary_search(w).is_ok()).map(weight).sum();
    if wa <= 0.0 || wb <= 0.0 {
        return 0.0;
    }
    shared / (wa * wb).sqrt()
}

/// Weighted share of the words near two figures that they have in common, each word weighed by its
/// rarity and by how close it stands to both figures.
fn near_similarity(a: &Item, b: &Item, idf: &HashMap<&str, f64>) -> f64 {
    let weight = |w: &str| idf.get(w).copied().unwrap_or(0.0);
    let total = |near: &[(String, f64)]| near.iter().map(|(w, c)| weight(w) * c).sum::<f64>();
    let (wa, wb) = (total(&a.near), total(&b.near));
    if wa <= 0.0 || wb <= 0.0 {
        return 0.0;
    }
    let shared: Vec<f64> = a
        .near
        .iter()
        .filter_map(|(w, ca)| {
            let k = b.near.binary_search_by(|(x, _)| x.as_str().cmp(w)).ok()?;
            Some(weight(w) * (ca * b.near[k].1).sqrt())
        })
        .filter(|&s| s > 0.0)
        .collect();
    // One word in common ("lost", "tall") is a coincidence of wording, not one quantity.
    if shared.len() < MIN_NEAR_SHARED {
        return 0.0;
    }
    shared.iter().sum::<f64>() / (wa * wb).sqrt()
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::model::Qualifier;
    use crate::numbers::group::{Companions, bounds};

    fn item(article: usize, sentence: usize, value: f64, words: &str) -> Item {
        let (low, high) = bounds(value, None, Qualifier::Exact);
        let mut context: Vec<String> = words.split(' ').map(str::to_owned).collect();
        context.sort();
        context.dedup();
        Item {
            article,
            sentence,
            revised: false,
            what: Quantity::Money,
            class: String::new(),
            low,
            high,
            stated: true,
            related: None,
            near: context.iter().map(|w| (w.clone(), 1.0)).collect(),
            of: Rc::from([]),
            context: Rc::from(context),
            companions: Companions::new(std::iter::empty()),
            value,
        }
    }

    fn filler(n: usize) -> Vec<Item> {
        (0..n).map(|k| item(9, 100 + k, 1.0 + k as f64 * 7.0, &format!("mill river town w{k}"))).collect()
    }

    #[test]
    fn close_values_in_sentences_that_say_the_same_thing_join() {
        let mut items = vec![
            item(0, 0, 103e9, "initial offer maple lumber bid"),
            item(1, 0, 105e9, "initial offer maple lumber rejected"),
        ];
        items.extend(filler(8));
        let groups: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
        let out = link(&items, groups);
        assert!(out.iter().any(|g| g == &vec![0, 1]), "{out:?}");
    }

    #[test]
    fn one_sentence_giving_both_values_keeps_them_apart() {
        let mut items = vec![
            item(0, 0, 121e9, "raised offer maple lumber from"),
            item(0, 0, 105e9, "raised offer maple lumber from"),
            item(1, 0, 105e9, "raised offer maple lumber earlier"),
            item(2, 0, 121e9, "raised offer maple lumber now"),
        ];
        items.extend(filler(8));
        let mut groups: Vec<Vec<usize>> = vec![vec![0, 3], vec![1, 2]];
        groups.extend((4..items.len()).map(|i| vec![i]));
        let out = link(&items, groups);
        assert!(out.contains(&vec![0, 3]) && out.contains(&vec![1, 2]), "{out:?}");
    }

    #[test]
    fn values_far_apart_or_sentences_about_other_things_stay_apart() {
        let mut items = vec![
            item(0, 0, 10e9, "initial offer maple lumber"),
            item(1, 0, 60e9, "initial offer maple lumber"),
            item(2, 0, 11e9, "harbour dredging contract"),
        ];
        items.extend(filler(8));
        let groups: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
        let out = link(&items, groups);
        assert!(out.iter().all(|g| g.len() == 1), "{out:?}");
    }

    #[test]
    fn a_rounded_figure_joins_the_value_it_rounds_on_weaker_evidence() {
        // Two words of five in common: too little for two exact values, enough for "roughly 90"
        // beside 89.
        let pair = |rounded: bool| {
            let mut items = vec![
                item(0, 0, 89.0, "fuel delivery cut vote dam spring"),
                item(1, 0, 90.0, "fuel delivery ban ferry storm week"),
            ];
            if rounded {
                (items[1].low, items[1].high) = bounds(90.0, None, Qualifier::Approximately);
            }
            items.extend(filler(8));
            let groups: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
            link(&items, groups).iter().any(|g| g == &vec![0, 1])
        };
        assert!(pair(true));
        assert!(!pair(false));
    }

    #[test]
    fn values_one_article_gives_apart_stay_two_quantities() {
        // Outlet 0 gives the price and the price with debt; outlet 1's sentence matches both.
        let mut items = vec![
            item(0, 0, 121e9, "maple lumber takeover price agreed"),
            item(0, 1, 146e9, "maple lumber takeover price with debt"),
            item(1, 0, 140e9, "maple lumber takeover price debt agreed"),
        ];
        items.extend(filler(8));
        let groups: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
        let out = link(&items, groups);
        assert!(!out.iter().any(|g| g.contains(&0) && g.contains(&1)), "{out:?}");
        assert!(out.iter().any(|g| g.len() == 2), "one of them still joins outlet 1: {out:?}");
    }

    #[test]
    fn a_measure_of_one_thing_never_spreads_wide() {
        // The same words beside a share that fell 6.6% and 1.5% link; beside two distances they do not.
        let pair = |what: Quantity| {
            let mut items = vec![
                item(0, 0, 6.6, "ferry shares fell harbour strike"),
                item(1, 0, 1.5, "ferry shares fell harbour strike"),
            ];
            for it in &mut items {
                it.what = what;
                it.class = if what == Quantity::Other { "miles".into() } else { String::new() };
            }
            items.extend(filler(8));
            let groups: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
            link(&items, groups).iter().any(|g| g == &vec![0, 1])
        };
        assert!(pair(Quantity::Percent));
        assert!(!pair(Quantity::Other));
    }
}
