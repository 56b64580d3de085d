//! A hand-built comparison for UI tests where the analysis is not the point: the tests of the
//! passage list, the diff view and the columns read this, so they do not change when the analysis
//! improves.

use crate::Comparison;
use crate::load::Source;
use crate::model::{
    Actor, Article, ArticleId, Category, DiffOp, DiffTag, GroupStatus, Label, LoadedWord, Member, NumberGroup,
    NumberId, NumberMention, PairDiff, Passage, PassageKind, Qualifier, Quantity, Span, SpanText,
};

use super::worker::JobOutput;
use super::{ParallaxApp, Settings};

/// Three short articles of our own words.
const TEXTS: [(&str, &str); 3] = [
    (
        "Harbour bridge closes after storm damage",
        "The city council calls on drivers to avoid the harbour road until Friday.\n\n\
         Engineers found cracks in two steel beams after the storm.\n\n\
         At least 12 people were hurt, the embattled mayor Jane Holt said. The embattled mayor later visited the site.\n\n\
         Critics called the repairs a \"miracle\" of planning.",
    ),
    (
        "Storm shuts harbour bridge",
        "Engineers found cracks in two steel beams after the storm.\n\n\
         The city council urges drivers to avoid the harbour road until Friday.\n\n\
         More than 30 people were hurt, said Jane Holt.\n\n\
         The embattled council defended the botched repairs.",
    ),
    (
        "Ferry timetable changes",
        "Extra ferries will run across the harbour while the bridge is shut. About 12 people were hurt.",
    ),
];

fn member(cmp: &Comparison, article: usize, text: &str) -> Member {
    let a = &cmp.articles[article];
    let start = a.text.find(text).expect("fixture text");
    Member { article: a.id, span: Span::new(start, start + text.len()), text: text.to_owned() }
}

fn op(tag: DiffTag, text: &str) -> DiffOp {
    DiffOp { tag, text: text.into() }
}

/// A passage between A1 and A2 with these member texts and the diff of the pair.
fn passage(
    cmp: &Comparison,
    (id, kind, similarity): (&str, PassageKind, f64),
    texts: [&str; 2],
    ops: Vec<DiffOp>,
) -> Passage {
    Passage {
        id: id.into(),
        kind,
        similarity,
        members: vec![member(cmp, 0, texts[0]), member(cmp, 1, texts[1])],
        diffs: vec![PairDiff { a: ArticleId(1), b: ArticleId(2), ops }],
        coarse_diff: false,
        same_outlet: false,
    }
}

/// The hand-built comparison: a near passage with a word diff, and a verbatim one.
pub(super) fn comparison() -> Comparison {
    let mut cmp = Comparison { version: crate::SCHEMA_VERSION, ..Default::default() };
    for (i, (title, text)) in TEXTS.iter().enumerate() {
        cmp.articles.push(Article {
            id: ArticleId(i as u32 + 1),
            path: format!("fixture/{i}.txt"),
            title: (*title).to_owned(),
            outlet: Some(format!("Outlet {}", i + 1)),
            text: (*text).to_owned(),
            words: text.split_whitespace().count(),
            ..Default::default()
        });
    }
    let near = passage(
        &cmp,
        ("P1", PassageKind::Near, 0.83),
        [
            "The city council calls on drivers to avoid the harbour road until Friday.",
            "The city council urges drivers to avoid the harbour road until Friday.",
        ],
        vec![
            op(DiffTag::Equal, "The city council "),
            op(DiffTag::Delete, "calls on"),
            op(DiffTag::Insert, "urges"),
            op(DiffTag::Equal, " drivers to avoid the harbour road until Friday."),
        ],
    );
    let copied = "Engineers found cracks in two steel beams after the storm.";
    let verbatim =
        passage(&cmp, ("P2", PassageKind::Verbatim, 1.0), [copied, copied], vec![op(DiffTag::Equal, copied)]);
    cmp.passages = vec![near, verbatim];
    add_numbers(&mut cmp);
    add_framing(&mut cmp);
    cmp
}

/// The span of the `nth` use of `text` in an article.
fn span_of(cmp: &Comparison, article: usize, text: &str, nth: usize) -> Span {
    let t = &cmp.articles[article].text;
    let start = t.match_indices(text).nth(nth).expect("fixture text").0;
    Span::new(start, start + text.len())
}

/// Three outlets give the number hurt: 12 or more, more than 30, about 12 — a difference.
fn add_numbers(cmp: &mut Comparison) {
    let figures = [
        (0, "At least 12", 12.0, Qualifier::AtLeast),
        (1, "More than 30", 30.0, Qualifier::MoreThan),
        (2, "About 12", 12.0, Qualifier::Approximately),
    ];
    for (i, (article, text, value, qualifier)) in figures.into_iter().enumerate() {
        let span = span_of(cmp, article, text, 0);
        let a = &cmp.articles[article];
        let end = a.text[span.start..].find('.').map_or(a.text.len(), |e| span.start + e + 1);
        cmp.numbers.push(NumberMention {
            id: NumberId(i as u32 + 1),
            article: a.id,
            span,
            text: text.to_owned(),
            value,
            value_max: None,
            qualifier,
            what: Quantity::Wounded,
            sentence: a.text[span.start..end].to_owned(),
            sentence_span: Span::new(span.start, end),
            background: false,
        });
    }
    cmp.number_groups.push(NumberGroup {
        id: "G1".into(),
        what: Quantity::Wounded,
        members: vec![NumberId(1), NumberId(2), NumberId(3)],
        status: GroupStatus::Differ,
        within_article: false,
        counted: None,
    });
}

/// One actor with a loaded label used twice in one article, a scare quote, and loaded words: A1
/// says "embattled" twice, A2 says it once and alone says "botched"; A3 says none.
fn add_framing(cmp: &mut Comparison) {
    let label = |nth| {
        let span = span_of(cmp, 0, "embattled mayor", nth);
        Label {
            article: ArticleId(1),
            label: "embattled mayor".into(),
            span,
            text: "embattled mayor".into(),
            loaded: true,
            category: Some(Category::Evaluative),
        }
    };
    let labels = vec![label(0), label(1)];
    cmp.framing.actors.push(Actor { id: "R1".into(), name: "Jane Holt".into(), aliases: vec!["Holt".into()], labels });
    let span = span_of(cmp, 0, "\"miracle\"", 0);
    cmp.framing.scare_quotes.push(SpanText { article: ArticleId(1), span, text: "\"miracle\"".into() });
    let words = [
        (0, "embattled", 0, Category::Evaluative, None),
        (0, "embattled", 1, Category::Evaluative, None),
        (1, "embattled", 0, Category::Evaluative, None),
        (1, "botched", 0, Category::Pejorative, Some("failed")),
    ];
    for (article, text, nth, category, neutral) in words {
        let span = span_of(cmp, article, text, nth);
        cmp.framing.loaded_words.push(LoadedWord {
            article: cmp.articles[article].id,
            span,
            text: text.to_owned(),
            category,
            term: text.to_owned(),
            neutral: neutral.map(str::to_owned),
        });
    }
}

/// The app showing the hand-built comparison.
pub(super) fn app() -> ParallaxApp {
    app_with(comparison())
}

/// An app showing `comparison` (a change of the fixture's).
pub(super) fn app_with(comparison: Comparison) -> ParallaxApp {
    ParallaxApp::with_output(Settings::default(), output(comparison))
}

/// What the worker would hand over for `comparison`: its articles as sources.
pub(super) fn output(comparison: Comparison) -> JobOutput {
    let sources = comparison
        .articles
        .iter()
        .map(|a| Source { path: a.path.clone(), bytes: format!("{}\n\n{}", a.title, a.text).into_bytes() })
        .collect();
    JobOutput { sources, read_errors: Vec::new(), opened: Vec::new(), failed: Vec::new(), comparison, session: None }
}
