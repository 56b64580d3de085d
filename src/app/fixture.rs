//! A hand-built comparison for UI tests where the analysis is not the point: the tests of the
//! passage list, the diff view and the columns read this, so they do not change when the analysis
//! improves.

use crate::Comparison;
use crate::load::Source;
use crate::model::{Article, DiffOp, DiffTag, Member, PairDiff, Passage, PassageKind, Span};

use super::worker::JobOutput;
use super::{ParallaxApp, Settings};

/// Three short articles of our own words.
const TEXTS: [(&str, &str); 3] = [
    (
        "Harbour bridge closes after storm damage",
        "The city council calls on drivers to avoid the harbour road until Friday.\n\n\
         Engineers found cracks in two steel beams after the storm.",
    ),
    (
        "Storm shuts harbour bridge",
        "Engineers found cracks in two steel beams after the storm.\n\n\
         The city council urges drivers to avoid the harbour road until Friday.",
    ),
    ("Ferry timetable changes", "Extra ferries will run across the harbour while the bridge is shut."),
];

fn member(cmp: &Comparison, article: usize, text: &str) -> Member {
    let a = &cmp.articles[article];
    let start = a.text.find(text).expect("fixture text");
    Member { article: a.id.clone(), span: Span::new(start, start + text.len()), text: text.to_owned() }
}

fn op(tag: DiffTag, text: &str) -> DiffOp {
    DiffOp { tag, text: text.to_owned() }
}

/// The hand-built comparison: a near passage with a word diff, and a verbatim one.
pub(super) fn comparison() -> Comparison {
    let mut cmp = Comparison { version: crate::SCHEMA_VERSION, ..Default::default() };
    for (i, (title, text)) in TEXTS.iter().enumerate() {
        cmp.articles.push(Article {
            id: format!("A{}", i + 1),
            path: format!("fixture/{i}.txt"),
            title: (*title).to_owned(),
            outlet: Some(format!("Outlet {}", i + 1)),
            text: (*text).to_owned(),
            words: text.split_whitespace().count(),
            ..Default::default()
        });
    }
    let near = Passage {
        id: "P1".into(),
        kind: PassageKind::Near,
        similarity: 0.83,
        members: vec![
            member(&cmp, 0, "The city council calls on drivers to avoid the harbour road until Friday."),
            member(&cmp, 1, "The city council urges drivers to avoid the harbour road until Friday."),
        ],
        diffs: vec![PairDiff {
            a: "A1".into(),
            b: "A2".into(),
            ops: vec![
                op(DiffTag::Equal, "The city council "),
                op(DiffTag::Delete, "calls on"),
                op(DiffTag::Insert, "urges"),
                op(DiffTag::Equal, " drivers to avoid the harbour road until Friday."),
            ],
        }],
    };
    let verbatim = Passage {
        id: "P2".into(),
        kind: PassageKind::Verbatim,
        similarity: 1.0,
        members: vec![
            member(&cmp, 0, "Engineers found cracks in two steel beams after the storm."),
            member(&cmp, 1, "Engineers found cracks in two steel beams after the storm."),
        ],
        diffs: vec![PairDiff {
            a: "A1".into(),
            b: "A2".into(),
            ops: vec![op(DiffTag::Equal, "Engineers found cracks in two steel beams after the storm.")],
        }],
    };
    cmp.passages = vec![near, verbatim];
    cmp
}

/// The app showing the hand-built comparison.
pub(super) fn app() -> ParallaxApp {
    let comparison = comparison();
    let sources = comparison
        .articles
        .iter()
        .map(|a| Source { path: a.path.clone(), bytes: format!("{}\n\n{}", a.title, a.text).into_bytes() })
        .collect();
    let out = JobOutput { sources, read_errors: Vec::new(), opened: Vec::new(), comparison };
    ParallaxApp::with_output(Settings::default(), out)
}
