//! The numbers, not-numbers and disagreements of the seeds' gold file (shared/gold/seeds.json),
//! copied in.

mod common;

use common::{article_id, fold, seeds};
use parallax::Comparison;
use parallax::model::{ArticleId, GroupStatus, NumberMention, Quantity};

const S000: &str = "000_acaca5ba74d867b7.txt";
const S001: &str = "001_c5e94d6caf5d1f55.txt";
const S002: &str = "002_6eaa3613ef066aa3.txt";
const S003: &str = "003_1bcbb76059a632e8.txt";
const S004: &str = "004_a4f0d62193802dcc.txt";

/// (file, contains, value, qualifier, what)
const REQUIRED: &[(&str, &str, f64, &str, &str)] = &[
    (S000, "at least 220", 220.0, "at_least", "killed"),
    (S001, "over 500", 500.0, "more_than", "killed"),
    (S001, "75,000", 75000.0, "exact", "displaced"),
    (S002, "more than 1,000", 1000.0, "more_than", "killed"),
    (S002, "killed 44 people", 44.0, "exact", "killed"),
    (S002, "some 180", 180.0, "approximately", "wounded"),
    (S002, "at least 40", 40.0, "at_least", "killed"),
    (S002, "At least four", 4.0, "at_least", "killed"),
    (S002, "33 wounded", 33.0, "exact", "wounded"),
    (S002, "at least 44", 44.0, "at_least", "killed"),
    (S002, "another 80 wounded", 80.0, "exact", "wounded"),
    (S003, "at least 25", 25.0, "at_least", "killed"),
    (S003, "wounded 80", 80.0, "exact", "wounded"),
    (S003, "2,200", 2200.0, "approximately", "displaced"),
    (S003, "at least 21", 21.0, "at_least", "killed"),
    (S003, "14 of its personnel", 14.0, "exact", "killed"),
];

const STRETCH: &[(&str, &str, f64, &str, &str)] = &[
    (S002, "About 120", 120.0, "approximately", "people"),
    (S002, "two civilians", 2.0, "exact", "killed"),
    (S003, "15 Central Reserve Police Force", 15.0, "exact", "people"),
    (S003, "around 50 kilometres", 50.0, "approximately", "distance_km"),
];

/// Numbers of `file` whose phrase or sentence contains `contains`, with this value.
fn matching<'c>(cmp: &'c Comparison, file: &str, contains: &str, value: f64) -> Vec<&'c NumberMention> {
    let id = article_id(cmp, file);
    cmp.numbers
        .iter()
        .filter(|n| n.article == id && n.value == value)
        .filter(|n| fold(&n.text).contains(&fold(contains)) || fold(&n.sentence).contains(&fold(contains)))
        .collect()
}

fn satisfied(cmp: &Comparison, (file, contains, value, qualifier, what): &(&str, &str, f64, &str, &str)) -> bool {
    matching(cmp, file, contains, *value).iter().any(|n| n.qualifier.as_str() == *qualifier && n.what.as_str() == *what)
}

#[test]
fn every_required_number_with_its_qualifier_and_what() {
    let cmp = seeds();
    for want in REQUIRED {
        assert!(
            satisfied(&cmp, want),
            "{want:?} not found; numbers of that file: {:#?}",
            matching(&cmp, want.0, "", want.2)
        );
    }
}

#[test]
fn stretch_numbers() {
    let cmp = seeds();
    let n = STRETCH.iter().filter(|w| satisfied(&cmp, w)).count();
    assert_eq!(n, STRETCH.len(), "{n} of {} stretch numbers", STRETCH.len());
}

#[test]
fn the_stray_counter_is_not_a_number() {
    let cmp = seeds();
    let id = article_id(&cmp, S004);
    assert!(!cmp.numbers.iter().any(|n| n.article == id && n.value == 122.0));
}

#[test]
fn spans_and_texts_match() {
    let cmp = seeds();
    for n in &cmp.numbers {
        let a = cmp.article(n.article).unwrap();
        assert_eq!(&a.text[n.span.start..n.span.end], n.text);
        assert!(a.text.contains(&n.sentence));
    }
}

fn group_values(cmp: &Comparison, g: &parallax::model::NumberGroup) -> Vec<(ArticleId, f64)> {
    g.members.iter().map(|m| cmp.numbers.iter().find(|n| &n.id == m).unwrap()).map(|n| (n.article, n.value)).collect()
}

#[test]
fn within_article_disagreement_on_the_migrant_centre_wounded() {
    let cmp = seeds();
    let a = article_id(&cmp, S002);
    let g = cmp
        .number_groups
        .iter()
        .find(|g| g.what == Quantity::Wounded && group_values(&cmp, g).iter().any(|(art, v)| *art == a && *v == 180.0))
        .expect("a wounded group holding 180");
    let values: Vec<f64> = group_values(&cmp, g).iter().map(|x| x.1).collect();
    assert!(values.contains(&80.0), "{values:?}");
    assert!(!values.contains(&33.0), "the Benghazi wounded are another event: {values:?}");
    assert!(g.within_article);
    assert_eq!(g.status, GroupStatus::Differ);
}

#[test]
fn across_articles_the_tripoli_death_tolls_differ() {
    let cmp = seeds();
    let (a0, a1, a2) = (article_id(&cmp, S000), article_id(&cmp, S001), article_id(&cmp, S002));
    let g = cmp
        .number_groups
        .iter()
        .find(|g| g.what == Quantity::Killed && group_values(&cmp, g).contains(&(a0, 220.0)))
        .expect("a killed group holding 220");
    let values = group_values(&cmp, g);
    assert!(values.contains(&(a1, 500.0)) && values.contains(&(a2, 1000.0)), "{values:?}");
    for other_event in [44.0, 40.0, 4.0] {
        assert!(!values.iter().any(|(art, v)| *art == a2 && *v == other_event), "{other_event} is another event");
    }
    assert_eq!(g.status, GroupStatus::Differ);
    assert!(!g.within_article);
}
