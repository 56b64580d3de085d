//! Grouping figures that give the same quantity, and judging whether they agree.
//!
//! Casualty counts (killed, wounded, displaced, arrested, missing) in an article's own story are
//! one quantity per kind and counted noun across all articles: "at least 220 killed" and "more than
//! 1,000 dead" are two tolls of the same fighting. Figures in a "Related articles" part are other
//! stories: they group only with figures whose sentences tell the same story (shared rare words, or
//! another figure in common, such as the 44 dead of one air strike). Other figures group when two
//! or more articles give the same value for the same thing.

use std::collections::BTreeMap;

/// A figure as grouping sees it.
pub struct Item {
    /// Index of the article (in report order).
    pub article: usize,
    /// What is counted.
    pub what: &'static str,
    /// The counted noun's class: "" for totals (people, persons, none), else the noun.
    pub class: String,
    /// Lower and upper bounds of what the figure claims.
    pub low: f64,
    /// Upper bound (may be infinite).
    pub high: f64,
    /// True for exact, approximate and range figures (they state a value, not only a bound).
    pub stated: bool,
    /// The story it belongs to: None for the article's own story, Some(paragraph) in a related part.
    pub related: Option<usize>,
    /// Content words of its sentence (for related-story matching), sorted.
    pub context: Vec<String>,
    /// Other figures' values in the same sentence.
    pub companions: Vec<u64>,
    /// The value as written (for agreement of non-casualty figures).
    pub value: f64,
}

const CASUALTY: &[&str] = &["killed", "wounded", "displaced", "arrested", "missing"];
const GROUPED_BY_VALUE: &[&str] = &["people", "money", "percent", "distance_km"];

/// Interval of values a figure allows.
pub fn bounds(value: f64, value_max: Option<f64>, qualifier: &str) -> (f64, f64) {
    match qualifier {
        "at_least" => (value, f64::INFINITY),
        "more_than" => (value + 1e-9, f64::INFINITY),
        "at_most" => (0.0, value),
        "less_than" => (0.0, value - 1e-9),
        "approximately" => (value * 0.9, value * 1.1),
        "range" => (value, value_max.unwrap_or(value)),
        _ => (value, value),
    }
}

fn intersect(items: &[&Item]) -> bool {
    let low = items.iter().map(|i| i.low).fold(f64::NEG_INFINITY, f64::max);
    let high = items.iter().map(|i| i.high).fold(f64::INFINITY, f64::min);
    low <= high
}

/// A group of item indices with its status.
pub struct Group {
    /// Item indices, in item order.
    pub members: Vec<usize>,
    /// agree, compatible, differ or single.
    pub status: &'static str,
    /// True when one article gives conflicting values.
    pub within_article: bool,
}

fn same_story(a: &Item, b: &Item) -> bool {
    if a.companions.iter().any(|v| b.companions.contains(v)) {
        return true;
    }
    let shared = a.context.iter().filter(|w| b.context.binary_search(w).is_ok()).count();
    let total = a.context.len() + b.context.len();
    total > 0 && shared * 2 * 100 / total >= 30 && shared >= 3
}

/// Group items.
pub fn group(items: &[Item]) -> Vec<Group> {
    let mut parent: Vec<usize> = (0..items.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let join = |p: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (root(p, a), root(p, b));
        if ra != rb {
            p[ra.max(rb)] = ra.min(rb);
        }
    };
    // Only figures of the same kind and counted noun can be one quantity: compare within buckets.
    let mut buckets: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, it) in items.iter().enumerate() {
        buckets.entry((it.what, it.class.as_str())).or_default().push(i);
    }
    for ((what, _), bucket) in buckets {
        if CASUALTY.contains(&what) {
            // The articles' own story: one quantity.
            let own: Vec<usize> = bucket.iter().copied().filter(|&i| items[i].related.is_none()).collect();
            for w in own.windows(2) {
                join(&mut parent, w[0], w[1]);
            }
            // Other stories: only within one article, when the sentences tell the same story.
            let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
            for &i in bucket.iter().filter(|&&i| items[i].related.is_some()) {
                by_article.entry(items[i].article).or_default().push(i);
            }
            for list in by_article.values() {
                for (x, &i) in list.iter().enumerate() {
                    for &j in &list[x + 1..] {
                        if same_story(&items[i], &items[j]) {
                            join(&mut parent, i, j);
                        }
                    }
                }
            }
        } else if GROUPED_BY_VALUE.contains(&what) {
            // The same value for the same thing in two or more articles.
            let mut by_value: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
            for &i in bucket.iter().filter(|&&i| items[i].related.is_none()) {
                by_value.entry(items[i].value.to_bits()).or_default().push(i);
            }
            for list in by_value.values() {
                let articles = list.iter().map(|&i| items[i].article).collect::<std::collections::BTreeSet<_>>();
                if articles.len() >= 2 {
                    for w in list.windows(2) {
                        join(&mut parent, w[0], w[1]);
                    }
                }
            }
        }
    }
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..items.len() {
        let r = root(&mut parent, i);
        by_root.entry(r).or_default().push(i);
    }
    by_root
        .into_values()
        .filter(|m| m.len() > 1 || CASUALTY.contains(&items[m[0]].what))
        .map(|members| {
            let refs: Vec<&Item> = members.iter().map(|&i| &items[i]).collect();
            let status = if refs.len() == 1 {
                "single"
            } else if refs.iter().all(|i| i.low == refs[0].low && i.high == refs[0].high) {
                "agree"
            } else if intersect(&refs) && refs.iter().any(|i| i.stated) {
                "compatible"
            } else {
                "differ"
            };
            let within_article = refs
                .iter()
                .enumerate()
                .any(|(x, a)| refs[x + 1..].iter().any(|b| b.article == a.article && !intersect(&[a, b])));
            Group { members, status, within_article }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(article: usize, value: f64, q: &str) -> Item {
        let (low, high) = bounds(value, None, q);
        Item {
            article,
            what: "killed",
            class: String::new(),
            low,
            high,
            stated: matches!(q, "exact" | "approximately"),
            related: None,
            context: Vec::new(),
            companions: Vec::new(),
            value,
        }
    }

    #[test]
    fn statuses() {
        let g = group(&[item(0, 40.0, "at_least"), item(1, 44.0, "exact")]);
        assert_eq!(g[0].status, "compatible");
        let g = group(&[item(0, 220.0, "at_least"), item(1, 1000.0, "more_than")]);
        assert_eq!(g[0].status, "differ");
        let g = group(&[item(0, 58.0, "exact"), item(1, 58.0, "exact")]);
        assert_eq!(g[0].status, "agree");
        let g = group(&[item(0, 180.0, "approximately"), item(0, 80.0, "exact")]);
        assert!(g[0].within_article && g[0].status == "differ");
        let g = group(&[item(0, 25.0, "at_least"), item(0, 21.0, "at_least")]);
        assert!(!g[0].within_article);
    }
}
