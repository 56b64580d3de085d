//! Grouping figures that give the same quantity, and judging whether they agree.
//!
//! Casualty counts (killed, wounded, displaced, arrested, missing) in an article's own story are
//! one quantity per kind and counted noun across all articles: "at least 220 killed" and "more than
//! 1,000 dead" are two tolls of the same fighting. Figures in a "Related articles" part are other
//! stories: they group only with figures whose sentences tell the same story (shared rare words, or
//! another figure in common, such as the 44 dead of one air strike). Other figures group when two
//! or more articles give the same value for the same thing.

use std::cmp::Ordering::{Equal, Less};
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::model::{GroupStatus, Qualifier, Quantity};

/// A figure as grouping sees it.
pub struct Item {
    /// Index of the article (in report order).
    pub article: usize,
    /// Index of its sentence in the article.
    pub sentence: usize,
    /// Its sentence tells of a revision ("the toll rose to", "initially", "earlier reports"):
    /// with it, differing values of one article are a timeline, not a conflict.
    pub revised: bool,
    /// What is counted.
    pub what: Quantity,
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
    /// Content words of its sentence (for related-story matching), sorted; shared by the figures of
    /// one sentence.
    pub context: Rc<[String]>,
    /// Content words near the figure with how close they stand (1 next to it, less further off),
    /// sorted by word: what the figure itself is about, in a sentence that may say more.
    pub near: Rc<[(String, f64)]>,
    /// For a share, the content words of what it is a share of ("percent of oil imports"), sorted;
    /// else empty.
    pub of: Rc<[String]>,
    /// Other figures' values in the same sentence.
    pub companions: Companions,
    /// The value as written (for agreement of non-casualty figures).
    pub value: f64,
}

/// Kinds other than casualties that group by equal values across articles (and counts of one
/// named thing).
const GROUPED_BY_VALUE: &[Quantity] = &[Quantity::People, Quantity::Money, Quantity::Percent, Quantity::DistanceKm];

/// Widest interval, as a share of the value, of a count that states a value ("about 3,000").
const PRECISE_SPREAD: f64 = 0.25;

/// Classes of casualty counts that are parts of the toll, not the toll ("eight had serious
/// injuries", "four of whom"): different parts in one article are no conflict, so they group only
/// by equal values across articles.
pub const PART_CLASSES: &[&str] = &["serious injuries", "minor injuries", "part of a count"];

/// A part of the injured with no larger total of the injured in its article, and no other part
/// beside it, is the total ("two people suffered minor injuries" when that is all the article
/// says): its class is cleared.
pub fn parts_without_a_total(items: &mut [Item]) {
    let mut largest: BTreeMap<usize, f64> = BTreeMap::new();
    for it in items.iter().filter(|it| it.what == Quantity::Wounded && it.related.is_none()) {
        if !PART_CLASSES.contains(&it.class.as_str()) {
            let max = largest.entry(it.article).or_insert(f64::NEG_INFINITY);
            *max = max.max(it.value);
        }
    }
    // Two different parts in one article ("four seriously, 20 slightly hurt") stay parts.
    let is_part = |it: &Item| it.what == Quantity::Wounded && PART_CLASSES.contains(&it.class.as_str());
    let mut part_values: BTreeMap<usize, std::collections::BTreeSet<u64>> = BTreeMap::new();
    for it in items.iter().filter(|it| is_part(it)) {
        part_values.entry(it.article).or_default().insert(it.value.to_bits());
    }
    for it in items.iter_mut().filter(|it| is_part(it)) {
        let alone = part_values.get(&it.article).is_some_and(|v| v.len() == 1);
        if alone && largest.get(&it.article).is_none_or(|&total| total <= it.value) {
            it.class.clear();
        }
    }
}

/// Interval of values a figure allows.
pub fn bounds(value: f64, value_max: Option<f64>, qualifier: Qualifier) -> (f64, f64) {
    match qualifier {
        Qualifier::AtLeast => (value, f64::INFINITY),
        Qualifier::MoreThan => (value + 1e-9, f64::INFINITY),
        Qualifier::AtMost => (0.0, value),
        Qualifier::LessThan => (0.0, value - 1e-9),
        Qualifier::Approximately => (value * 0.9, value * 1.1),
        Qualifier::Range => (value, value_max.unwrap_or(value)),
        Qualifier::Exact => (value, value),
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
    pub status: GroupStatus,
    /// True when one article gives conflicting values.
    pub within_article: bool,
}

/// The values of the other figures of a figure's sentence: the sentence's values (shared by its
/// figures, sorted) less one copy of the figure's own.
#[derive(Debug, Clone)]
pub struct Companions {
    values: Rc<[u64]>,
    own: Option<u64>,
}

impl Companions {
    /// The values of a sentence's figures (those counted as companions).
    pub fn new(values: impl Iterator<Item = u64>) -> Self {
        let mut v: Vec<u64> = values.collect();
        v.sort_unstable();
        Companions { values: v.into(), own: None }
    }

    /// The companions of one figure of the sentence, whose own value (if counted) is `own`.
    pub fn without(&self, own: Option<u64>) -> Self {
        Companions { values: Rc::clone(&self.values), own }
    }

    /// How many of the companions have value `v`.
    fn count(&self, v: u64) -> usize {
        let all = self.values.partition_point(|&x| x <= v) - self.values.partition_point(|&x| x < v);
        all - usize::from(self.own == Some(v) && all > 0)
    }

    /// True when another figure of the sentence has value `v`.
    pub fn holds(&self, v: f64) -> bool {
        v >= 2.0 && v.fract() == 0.0 && self.count(v as u64) > 0
    }

    /// True when some value is among the companions of both.
    fn meet(&self, other: &Companions) -> bool {
        if Rc::ptr_eq(&self.values, &other.values) && self.values.len() >= 3 {
            // One sentence: taking one value out for each figure leaves one in common.
            return true;
        }
        let (small, large) = if self.values.len() <= other.values.len() { (self, other) } else { (other, self) };
        let mut last = None;
        small.values.iter().any(|&v| {
            let fresh = last != Some(v);
            last = Some(v);
            fresh && small.count(v) > 0 && large.count(v) > 0
        })
    }
}

fn same_story(a: &Item, b: &Item) -> bool {
    if a.companions.meet(&b.companions) {
        return true;
    }
    let shared = if Rc::ptr_eq(&a.context, &b.context) {
        a.context.len()
    } else {
        a.context.iter().filter(|w| b.context.binary_search(w).is_ok()).count()
    };
    let total = a.context.len() + b.context.len();
    total > 0 && shared * 2 * 100 / total >= 30 && shared >= 3
}

/// Ratio of the bounds of a count so vague ("thousands", "tens of millions") that it is the same
/// quantity as no other value, only as the same vague count.
pub(super) const VAGUE_RATIO: f64 = 10.0;

/// True for a count as vague as [`VAGUE_RATIO`] says (a bound, "more than 80" or "up to 80", is none).
pub(super) fn vague(it: &Item) -> bool {
    it.low > 0.0 && it.high.is_finite() && it.high >= VAGUE_RATIO * it.low
}

/// The key figures of one value group under: the value, and for a vague count its upper bound too
/// ("thousands of dollars" is not "$1,000").
fn value_key(it: &Item) -> (u64, u64) {
    (it.value.to_bits(), if vague(it) { it.high.to_bits() } else { 0 })
}

/// How many earlier figures of a related part each figure is compared with: figures of one story
/// stand close together, and the window keeps a part dense with figures from costing the square of
/// their number.
const STORY_WINDOW: usize = 32;

/// True when two figures of one article exclude each other (their bounds do not meet).
fn conflict(a: &Item, b: &Item) -> bool {
    !intersect(&[a, b])
}

/// True when some two figures of one article in `refs` exclude each other. Two figures exclude each
/// other when one's lower bound is above the other's upper bound (or one's bounds are empty), so it
/// is enough to look at the highest lower bounds and lowest upper bounds of each article.
fn conflicting_within_article(refs: &[&Item]) -> bool {
    let mut by_article: BTreeMap<usize, Vec<&Item>> = BTreeMap::new();
    let revised: std::collections::BTreeSet<usize> = refs.iter().filter(|r| r.revised).map(|r| r.article).collect();
    for r in refs.iter().filter(|r| !revised.contains(&r.article)) {
        by_article.entry(r.article).or_default().push(r);
    }
    by_article.values().any(|items| {
        if items.len() < 2 {
            return false;
        }
        let mut by_low: Vec<usize> = (0..items.len()).collect();
        by_low.sort_by(|&x, &y| items[y].low.total_cmp(&items[x].low));
        let mut by_high: Vec<usize> = (0..items.len()).collect();
        by_high.sort_by(|&x, &y| items[x].high.total_cmp(&items[y].high));
        let empty = items.iter().any(|i| !matches!(i.low.partial_cmp(&i.high), Some(Less | Equal)));
        let extremes = [by_low[0], by_low[1], by_high[0], by_high[1]];
        empty || extremes.iter().any(|&x| extremes.iter().any(|&y| x != y && conflict(items[x], items[y])))
    })
}

/// A group of `members` with its status and within-article flag.
fn judged(items: &[Item], members: Vec<usize>) -> Group {
    let refs: Vec<&Item> = members.iter().map(|&i| &items[i]).collect();
    let status = if refs.len() == 1 {
        GroupStatus::Single
    } else if refs.iter().all(|i| i.low == refs[0].low && i.high == refs[0].high) {
        GroupStatus::Agree
    } else if intersect(&refs) && refs.iter().any(|i| i.stated) {
        GroupStatus::Compatible
    } else {
        GroupStatus::Differ
    };
    let within_article = conflicting_within_article(&refs);
    Group { members, status, within_article }
}

/// True when two shares may be of one whole: either names none, or they have a word in common.
pub fn one_whole(a: &Item, b: &Item) -> bool {
    a.of.is_empty() || b.of.is_empty() || a.of.iter().any(|w| b.of.binary_search(w).is_ok())
}

/// Figures of equal value split by what they are shares of: each joins the first list whose shares
/// are all of its whole ("90 percent of the trade" and "90 percent of oil imports" stay apart).
fn by_whole(items: &[Item], list: &[usize]) -> Vec<Vec<usize>> {
    let mut lists: Vec<Vec<usize>> = Vec::new();
    for &i in list {
        match lists.iter_mut().find(|l| l.iter().all(|&j| one_whole(&items[i], &items[j]))) {
            Some(l) => l.push(i),
            None => lists.push(vec![i]),
        }
    }
    lists
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
        buckets.entry((it.what.as_str(), it.class.as_str())).or_default().push(i);
    }
    for bucket in buckets.into_values() {
        let what = items[bucket[0]].what;
        if what.is_casualty() && !PART_CLASSES.contains(&items[bucket[0]].class.as_str()) {
            // The articles' own story: one quantity.
            let own: Vec<usize> = bucket.iter().copied().filter(|&i| items[i].related.is_none()).collect();
            for w in own.windows(2) {
                join(&mut parent, w[0], w[1]);
            }
            for (a, b) in other_story_pairs(items, &bucket) {
                join(&mut parent, a, b);
            }
        } else if GROUPED_BY_VALUE.contains(&what)
            || what.is_casualty()
            || (what == Quantity::Other && !items[bucket[0]].class.is_empty())
            || (what == Quantity::Duration && items[bucket[0]].class == super::PRISON_TERM)
        {
            // The same value for the same thing in two or more articles.
            let mut by_value: BTreeMap<(u64, u64), Vec<usize>> = BTreeMap::new();
            for &i in bucket.iter().filter(|&&i| items[i].related.is_none()) {
                by_value.entry(value_key(&items[i])).or_default().push(i);
            }
            for list in by_value.values() {
                for list in by_whole(items, list) {
                    let articles = list.iter().map(|&i| items[i].article).collect::<std::collections::BTreeSet<_>>();
                    // The same part of a toll told twice in one article is one figure.
                    if articles.len() >= 2 || what.is_casualty() {
                        for w in list.windows(2) {
                            join(&mut parent, w[0], w[1]);
                        }
                    }
                }
            }
        }
    }
    for (a, b) in unnamed_people(items) {
        join(&mut parent, a, b);
    }
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..items.len() {
        let r = root(&mut parent, i);
        by_root.entry(r).or_default().push(i);
    }
    let mut linked = super::link::link(items, by_root.into_values().collect());
    linked.sort_by_key(|m| m[0]);
    linked
        .into_iter()
        .filter(|m| m.len() > 1 || items[m[0]].what.is_casualty())
        .map(|members| judged(items, members))
        .collect()
}

/// Pairs of figures of other stories (a related part, an earlier event) in one bucket of a
/// casualty kind to join: within one article when their sentences tell the same story, across
/// articles when they state the same value ("in 2011 a quake killed 185" and "since 2011, when 185
/// died" are that event's one figure).
fn other_story_pairs(items: &[Item], bucket: &[usize]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in bucket.iter().filter(|&&i| items[i].related.is_some()) {
        by_article.entry(items[i].article).or_default().push(i);
    }
    for list in by_article.values() {
        for (x, &i) in list.iter().enumerate() {
            for &j in list[x + 1..].iter().take(STORY_WINDOW) {
                if same_story(&items[i], &items[j]) {
                    pairs.push((i, j));
                }
            }
        }
    }
    let mut by_value: BTreeMap<(u64, u64), Vec<usize>> = BTreeMap::new();
    for &i in bucket.iter().filter(|&&i| items[i].related.is_some() && items[i].stated) {
        by_value.entry(value_key(&items[i])).or_default().push(i);
    }
    for list in by_value.values() {
        let first = items[list[0]].article;
        if let Some(&other) = list.iter().find(|&&i| items[i].article != first) {
            pairs.push((list[0], other));
            pairs.extend(list.windows(2).filter(|w| items[w[0]].article != items[w[1]].article).map(|w| (w[0], w[1])));
        }
    }
    pairs
}

/// Pairs of figures to join: "about 3,000 residents" and "around 3,000 people", a count of people
/// of no named kind and the one kind of people other articles give the same value for. Only counts
/// that state a value (not "thousands", not "more than 3,000") are compared so.
fn unnamed_people(items: &[Item]) -> Vec<(usize, usize)> {
    let precise = |it: &Item| it.high.is_finite() && it.high - it.low <= PRECISE_SPREAD * it.value;
    let mut kinds: BTreeMap<u64, BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    let people = items.iter().enumerate().filter(|(_, it)| it.what == Quantity::People && it.related.is_none());
    for (i, it) in people.filter(|(_, it)| precise(it)) {
        kinds.entry(it.value.to_bits()).or_default().entry(it.class.as_str()).or_default().push(i);
    }
    let mut pairs = Vec::new();
    for classes in kinds.values() {
        let (Some(generic), 2) = (classes.get(""), classes.len()) else { continue };
        let (_, named) = classes.iter().find(|(c, _)| !c.is_empty()).expect("two classes, one named");
        let elsewhere = |i: usize| named.iter().any(|&j| items[j].article != items[i].article);
        if let Some(&g) = generic.iter().find(|&&i| elsewhere(i)) {
            pairs.extend(named.iter().chain(generic).map(|&j| (g, j)));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(article: usize, value: f64, q: Qualifier) -> Item {
        let (low, high) = bounds(value, None, q);
        Item {
            article,
            sentence: 0,
            revised: false,
            what: Quantity::Killed,
            class: String::new(),
            low,
            high,
            stated: matches!(q, Qualifier::Exact | Qualifier::Approximately),
            related: None,
            context: Rc::from(Vec::new()),
            near: Rc::from(Vec::new()),
            of: Rc::from([]),
            companions: Companions::new(std::iter::empty()),
            value,
        }
    }

    #[test]
    fn companions_meet_as_the_other_figures_of_each_sentence_do() {
        let sentences: [&[u64]; 5] = [&[5, 7, 9], &[5, 5], &[7], &[3, 4], &[9, 9, 2]];
        let shared: Vec<Companions> = sentences.iter().map(|s| Companions::new(s.iter().copied())).collect();
        let mut figures = Vec::new(); // (sentence, own value, companions list)
        for (si, s) in sentences.iter().enumerate() {
            for (k, &v) in s.iter().enumerate() {
                let others: Vec<u64> = s.iter().enumerate().filter(|(o, _)| *o != k).map(|(_, &x)| x).collect();
                figures.push((si, v, others));
            }
        }
        for (sa, va, oa) in &figures {
            for (sb, vb, ob) in &figures {
                let slow = oa.iter().any(|v| ob.contains(v));
                let fast = shared[*sa].without(Some(*va)).meet(&shared[*sb].without(Some(*vb)));
                assert_eq!(fast, slow, "{sa}/{va} vs {sb}/{vb}");
            }
        }
    }

    #[test]
    fn conflicts_within_an_article_from_the_extreme_bounds() {
        let cases: [&[(usize, f64, Qualifier)]; 5] = [
            &[(0, 40.0, Qualifier::AtLeast), (0, 44.0, Qualifier::Exact), (1, 10.0, Qualifier::Exact)],
            &[(0, 40.0, Qualifier::AtLeast), (0, 30.0, Qualifier::Exact), (1, 10.0, Qualifier::Exact)],
            &[(0, 12.0, Qualifier::Approximately), (0, 11.0, Qualifier::Exact), (0, 13.0, Qualifier::AtMost)],
            &[
                (0, 12.0, Qualifier::Exact),
                (1, 14.0, Qualifier::Exact),
                (0, 12.0, Qualifier::Exact),
                (0, 20.0, Qualifier::AtMost),
            ],
            &[(0, 0.0, Qualifier::LessThan), (0, 5.0, Qualifier::AtLeast)],
        ];
        for c in cases {
            let items: Vec<Item> = c.iter().map(|&(a, v, q)| item(a, v, q)).collect();
            let refs: Vec<&Item> = items.iter().collect();
            let slow = refs
                .iter()
                .enumerate()
                .any(|(x, a)| refs[x + 1..].iter().any(|b| b.article == a.article && !intersect(&[a, b])));
            assert_eq!(conflicting_within_article(&refs), slow, "{c:?}");
        }
    }

    #[test]
    fn parts_of_a_toll_group_by_equal_value_and_never_conflict_in_one_article() {
        let part = |article, value| Item { class: "serious injuries".into(), ..item(article, value, Qualifier::Exact) };
        let g = group(&[part(0, 8.0), part(0, 4.0), part(1, 8.0)]);
        let pair = g.iter().find(|g| g.members.len() == 2).expect("the two eights");
        assert_eq!((pair.members.as_slice(), pair.status), ([0, 2].as_slice(), GroupStatus::Agree));
        assert!(g.iter().all(|g| !g.within_article));
    }

    #[test]
    fn people_of_no_named_kind_join_the_one_kind_given_the_same_stated_value() {
        let people = |article, class: &str, value, q| Item {
            what: Quantity::People,
            class: class.into(),
            ..item(article, value, q)
        };
        let g = group(&[
            people(0, "residents", 3000.0, Qualifier::Approximately),
            people(1, "", 3000.0, Qualifier::Approximately),
        ]);
        let pair = g.iter().find(|g| g.members.len() == 2).expect("residents and people");
        assert_eq!((pair.members.as_slice(), pair.status), ([0, 1].as_slice(), GroupStatus::Agree));
        // "more than 3,000 people" states no value to compare.
        let g = group(&[
            people(0, "residents", 3000.0, Qualifier::Approximately),
            people(1, "", 3000.0, Qualifier::MoreThan),
        ]);
        assert!(g.is_empty(), "{:?}", g.iter().map(|g| &g.members).collect::<Vec<_>>());
        // Two named kinds for one value: a count of people joins neither.
        let g = group(&[
            people(0, "residents", 300.0, Qualifier::Exact),
            people(1, "tourists", 300.0, Qualifier::Exact),
            people(2, "", 300.0, Qualifier::Exact),
        ]);
        assert!(g.is_empty(), "{:?}", g.iter().map(|g| &g.members).collect::<Vec<_>>());
    }

    #[test]
    fn an_article_that_tells_of_a_revision_gives_a_timeline_not_a_conflict() {
        let revised = |v| Item { revised: true, ..item(0, v, Qualifier::Exact) };
        let g = group(&[item(0, 5.0, Qualifier::Exact), revised(7.0)]);
        assert!(!g[0].within_article && g[0].status == GroupStatus::Differ);
    }

    #[test]
    fn a_part_is_a_part_only_beside_a_larger_total() {
        let part = |article, value| Item {
            what: Quantity::Wounded,
            class: "minor injuries".into(),
            ..item(article, value, Qualifier::Exact)
        };
        let total = |article, value| Item { what: Quantity::Wounded, ..item(article, value, Qualifier::Exact) };
        let mut items = vec![part(0, 2.0), part(1, 2.0), total(1, 9.0), part(2, 4.0), part(2, 20.0)];
        parts_without_a_total(&mut items);
        assert_eq!((items[0].class.as_str(), items[1].class.as_str()), ("", "minor injuries"));
        assert_eq!(items[3].class, "minor injuries", "two different parts stay parts");
    }

    #[test]
    fn an_earlier_events_toll_told_alike_by_two_articles_is_one_figure_apart_from_the_story() {
        let earlier = |article, value| Item { related: Some(article + 1000), ..item(article, value, Qualifier::Exact) };
        let g = group(&[item(0, 40.0, Qualifier::Exact), earlier(0, 185.0), earlier(1, 185.0), earlier(2, 90.0)]);
        let pair = g.iter().find(|g| g.members.len() == 2).expect("the two tolls of 185");
        assert_eq!((pair.members.as_slice(), pair.status), ([1, 2].as_slice(), GroupStatus::Agree));
        assert_eq!(g.len(), 3, "the story's 40 and the other event's 90 stay apart");
    }

    #[test]
    fn a_vague_count_groups_only_with_the_same_vague_count() {
        let money = |article, low, high| Item {
            what: Quantity::Money,
            low,
            high,
            stated: true,
            ..item(article, low, Qualifier::Exact)
        };
        // "$1,000", "thousands of dollars" twice.
        let g = group(&[money(0, 1000.0, 1000.0), money(1, 1000.0, 10_000.0), money(2, 1000.0, 10_000.0)]);
        let pair = g.iter().find(|g| g.members.len() == 2).expect("the two vague counts");
        assert_eq!(pair.members, [1, 2]);
        assert!(!vague(&item(0, 80.0, Qualifier::MoreThan)) && !vague(&item(0, 80.0, Qualifier::AtMost)));
    }

    #[test]
    fn statuses() {
        let g = group(&[item(0, 40.0, Qualifier::AtLeast), item(1, 44.0, Qualifier::Exact)]);
        assert_eq!(g[0].status, GroupStatus::Compatible);
        let g = group(&[item(0, 220.0, Qualifier::AtLeast), item(1, 1000.0, Qualifier::MoreThan)]);
        assert_eq!(g[0].status, GroupStatus::Differ);
        let g = group(&[item(0, 58.0, Qualifier::Exact), item(1, 58.0, Qualifier::Exact)]);
        assert_eq!(g[0].status, GroupStatus::Agree);
        let g = group(&[item(0, 180.0, Qualifier::Approximately), item(0, 80.0, Qualifier::Exact)]);
        assert!(g[0].within_article && g[0].status == GroupStatus::Differ);
        let g = group(&[item(0, 25.0, Qualifier::AtLeast), item(0, 21.0, Qualifier::AtLeast)]);
        assert!(!g[0].within_article);
    }
}
