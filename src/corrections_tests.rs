use super::*;
use crate::model::{
    Actor, Article, ArticleId, GroupStatus, Label, Member, NumberGroup, NumberId, NumberMention, Passage, PassageKind,
    Quantity, Span,
};

fn member(article: u32, start: usize) -> Member {
    Member { article: ArticleId(article), span: Span::new(start, start + 4), text: "text".into() }
}

fn passage(id: &str, a: usize, b: usize) -> Passage {
    Passage {
        id: id.into(),
        kind: PassageKind::Verbatim,
        similarity: 1.0,
        members: vec![member(1, a), member(2, b)],
        diffs: Vec::new(),
        coarse_diff: false,
        same_outlet: false,
    }
}

fn figure(id: u32, article: u32, start: usize, value: f64, qualifier: Qualifier) -> NumberMention {
    NumberMention {
        id: NumberId(id),
        article: ArticleId(article),
        span: Span::new(start, start + 2),
        text: format!("{value}"),
        value,
        value_max: None,
        qualifier,
        what: Quantity::Killed,
        sentence: String::new(),
        sentence_span: Span::new(0, 0),
        background: false,
    }
}

fn label(article: u32, text: &str, start: usize) -> Label {
    Label {
        article: ArticleId(article),
        label: text.into(),
        span: Span::new(start, start + text.len()),
        text: text.into(),
        loaded: false,
        category: None,
    }
}

fn actor(id: &str, name: &str, labels: Vec<Label>) -> Actor {
    Actor { id: id.into(), name: name.into(), aliases: vec![format!("{name} alias")], labels }
}

/// Two articles: passages P1, P2; figures 10 (A1), 30 (A2), 12 (A1) in one group that differs, and
/// 5 (A2) alone; actors Orvald (two labels in A1, "renegade" twice) and RDF.
fn cmp() -> Comparison {
    let articles = [1, 2].map(|n| Article { id: ArticleId(n), path: format!("{n}.txt"), ..Default::default() });
    let mut c = Comparison { articles: articles.to_vec(), ..Comparison::default() };
    c.passages = vec![passage("P1", 0, 10), passage("P2", 20, 30)];
    c.numbers = vec![
        figure(1, 1, 40, 10.0, Qualifier::Exact),
        figure(2, 2, 40, 30.0, Qualifier::Exact),
        figure(3, 1, 60, 12.0, Qualifier::Exact),
        figure(4, 2, 80, 5.0, Qualifier::Exact),
    ];
    let group = |id: &str, members: &[u32], status| NumberGroup {
        id: id.into(),
        what: Quantity::Killed,
        members: members.iter().map(|&n| NumberId(n)).collect(),
        status,
        within_article: true,
        counted: None,
    };
    c.number_groups = vec![group("G1", &[1, 2, 3], GroupStatus::Differ), group("G2", &[4], GroupStatus::Single)];
    c.framing.actors = vec![
        actor("R1", "Orvald", vec![label(1, "renegade", 100), label(1, "Renegade", 200), label(2, "general", 5)]),
        actor("R2", "RDF", vec![label(2, "militia", 50)]),
    ];
    c
}

#[test]
fn hiding_a_passage_leaves_the_others_and_lists_the_correction() {
    let raw = cmp();
    let mut corr = Corrections::default();
    assert!(corr.push(hide_passage(&raw.passages[0])));
    assert!(!corr.push(hide_passage(&raw.passages[0])), "the same correction twice is one");
    let out = apply(&raw, &corr);
    assert_eq!(out.passages.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["P2"]);
    assert_eq!(out.corrections.len(), 1);
    assert_eq!(out.corrections[0].to_string(), "hid passage P1 (A1, A2)");
    assert_eq!(raw.passages.len(), 2, "the analysis itself is untouched");
    // A passage renumbered by a new analysis is still found by where its members stand.
    let mut again = cmp();
    again.passages[0].id = "P7".into();
    again.passages[0].members.reverse();
    assert!(apply(&again, &corr).passages.iter().all(|p| p.id != "P7"));
}

#[test]
fn a_figure_marked_as_noise_leaves_its_group_which_is_judged_again() {
    let raw = cmp();
    let mut corr = Corrections::default();
    corr.push(number_noise(&raw.numbers[1]));
    let out = apply(&raw, &corr);
    assert!(out.numbers.iter().all(|n| n.id != NumberId(2)));
    let g1 = &out.number_groups[0];
    assert_eq!(g1.members, [NumberId(1), NumberId(3)]);
    assert_eq!(g1.status, GroupStatus::Differ);
    assert!(g1.within_article, "10 and 12 in A1 still exclude each other");
    corr.push(number_noise(&raw.numbers[2]));
    let out = apply(&raw, &corr);
    assert_eq!(out.number_groups[0].status, GroupStatus::Single);
    assert!(!out.number_groups[0].within_article);
    // The last figure of a group goes, and the group with it.
    corr.push(number_noise(&raw.numbers[3]));
    let out = apply(&raw, &corr);
    assert_eq!(out.number_groups.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(), ["G1"]);
}

#[test]
fn hiding_a_group_takes_its_figures_out() {
    let raw = cmp();
    let corr = Corrections(vec![hide_number_group(&raw, &raw.number_groups[0])]);
    let (out, found) = apply_checked(&raw, &corr);
    assert_eq!(found, [true]);
    assert_eq!(out.number_groups.len(), 1);
    assert_eq!(out.numbers.iter().map(|n| n.id).collect::<Vec<_>>(), [NumberId(4)]);
    assert!(corr.0[0].to_string().starts_with("hid number group G1 (A1, A1, A2)"));
}

#[test]
fn hiding_a_label_takes_every_use_in_that_article_ignoring_case() {
    let raw = cmp();
    let c = Correction::HideLabel { actor: "Orvald".into(), article: ArticleId(1), label: "RENEGADE".into() };
    let out = apply(&raw, &Corrections(vec![c]));
    let labels: Vec<&str> = out.framing.actors[0].labels.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(labels, ["general"]);
    let gone = apply(&raw, &Corrections(vec![Correction::HideActor { actor: "RDF".into() }]));
    assert_eq!(gone.framing.actors.len(), 1);
}

#[test]
fn merging_joins_labels_and_names_and_split_undoes_it() {
    let raw = cmp();
    let mut corr = Corrections::default();
    corr.push(Correction::MergeActors { into: "Orvald".into(), from: "RDF".into() });
    let out = apply(&raw, &corr);
    assert_eq!(out.framing.actors.len(), 1);
    let a = &out.framing.actors[0];
    assert_eq!(a.aliases, ["Orvald alias", "RDF", "RDF alias"]);
    let order: Vec<(u32, usize)> = a.labels.iter().map(|l| (l.article.0, l.span.start)).collect();
    assert_eq!(order, [(1, 100), (1, 200), (2, 5), (2, 50)]);
    assert_eq!(corr.merged_into("Orvald"), ["RDF"]);
    // A label hidden after the merge is found on the merged actor.
    corr.push(Correction::HideLabel { actor: "Orvald".into(), article: ArticleId(2), label: "militia".into() });
    assert_eq!(apply(&raw, &corr).framing.actors[0].labels.len(), 3);
    assert!(corr.split("Orvald"));
    assert!(!corr.split("Orvald"));
    let out = apply(&raw, &corr);
    assert_eq!(out.framing.actors, raw.framing.actors, "split: both actors as analysed again");
}

#[test]
fn a_correction_whose_target_is_gone_changes_nothing() {
    let raw = cmp();
    let corr = Corrections(vec![
        Correction::HideActor { actor: "Nobody".into() },
        Correction::MergeActors { into: "Orvald".into(), from: "Orvald".into() },
        Correction::MergeActors { into: "Orvald".into(), from: "Nobody".into() },
        Correction::NumberNoise {
            number: NumberId(9),
            place: Place { article: ArticleId(3), span: Span::new(0, 1) },
            text: "9".into(),
        },
    ]);
    let (out, found) = apply_checked(&raw, &corr);
    assert_eq!(found, [false; 4]);
    assert_eq!(Comparison { corrections: Vec::new(), ..out }, raw);
}

#[test]
fn corrections_round_trip_through_json_and_removal_works() {
    let raw = cmp();
    let mut corr = Corrections::default();
    corr.push(hide_passage(&raw.passages[1]));
    corr.push(number_noise(&raw.numbers[0]));
    corr.push(Correction::HideActor { actor: "RDF".into() });
    let json = serde_json::to_string(&corr).unwrap();
    assert!(json.starts_with("[{\"kind\":\"hide_passage\""), "{json}");
    assert_eq!(serde_json::from_str::<Corrections>(&json).unwrap(), corr);
    assert_eq!(corr.remove(1), Some(number_noise(&raw.numbers[0])));
    assert_eq!(corr.remove(5), None);
    assert_eq!(corr.len(), 2);
}
