//! Invariants of the analysis on generated articles: spans are valid UTF-8 ranges whose text is
//! what the report says, the result is deterministic, and the order of the inputs does not change
//! which passages are found.

use std::collections::BTreeSet;

use parallax::load::Source;
use parallax::{Comparison, analyze};
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "the",
    "army",
    "said",
    "Tripoli",
    "café",
    "naïve",
    "officials",
    "rebels",
    "“renegade”",
    "Haftar’s",
    "1,000",
    "killed",
    "at",
    "least",
    "—",
    "government",
    "internationally",
    "recognised",
    "Zürich",
    "Ελλάδα",
    "emoji🙂",
    "of",
    "and",
    "in",
    "forces",
    "offensive",
    "U.S.",
    "Gen.",
    "'quoted",
    "words'",
    "(LNA)",
    "on",
    "Sunday",
];

const SHARED: &[&str] = &[
    "He is backed by Egypt, the United Arab Emirates and most recently Russian mercenaries, according to diplomats.",
    "“The United States calls on the army to end its offensive on the capital,” the State Department said.",
    "An estimated 2,200 people have fled the fighting south of the city, the United Nations humanitarian office said.",
    "Rescue teams worked through the night to reach villages cut off by the flood water, the governor told reporters.",
];

fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::collection::vec(proptest::sample::select(WORDS), 4..16).prop_map(|w| {
            let mut s = w.join(" ");
            s.push('.');
            s
        }),
        2 => proptest::sample::select(SHARED).prop_map(str::to_owned),
    ]
}

fn article() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(proptest::sample::select(WORDS), 4..9),
        proptest::collection::vec(proptest::collection::vec(sentence(), 1..4), 1..6),
    )
        .prop_map(|(title, paras)| {
            let body: Vec<String> = paras.into_iter().map(|p| p.join(" ")).collect();
            format!("{}\n\n{}\n", title.join(" "), body.join("\n\n"))
        })
}

fn sources(texts: &[String]) -> Vec<Source> {
    texts.iter().enumerate().map(|(i, t)| Source { path: format!("a{i}.txt"), bytes: t.as_bytes().to_vec() }).collect()
}

/// Passages as sets of (article path, span), independent of ids and order.
fn passage_set(cmp: &Comparison) -> BTreeSet<Vec<(String, [usize; 2])>> {
    cmp.passages
        .iter()
        .map(|p| {
            let mut m: Vec<(String, [usize; 2])> =
                p.members.iter().map(|m| (cmp.article(m.article).unwrap().path.clone(), m.span.into())).collect();
            m.sort();
            m
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid_and_texts_match(texts in proptest::collection::vec(article(), 2..5)) {
        let cmp = analyze(sources(&texts), Vec::new(), &mut |_| {});
        for p in &cmp.passages {
            prop_assert!(p.members.len() >= 2);
            prop_assert!((0.0..=1.0).contains(&p.similarity));
            let mut seen = BTreeSet::new();
            for m in &p.members {
                prop_assert!(seen.insert(m.article), "one member per article");
                let a = cmp.article(m.article).unwrap();
                prop_assert!(m.span.start < m.span.end && m.span.end <= a.text.len());
                prop_assert!(a.text.is_char_boundary(m.span.start) && a.text.is_char_boundary(m.span.end));
                prop_assert_eq!(&a.text[m.span.start..m.span.end], m.text.as_str());
            }
        }
    }

    #[test]
    fn analysis_is_deterministic(texts in proptest::collection::vec(article(), 2..4)) {
        let a = analyze(sources(&texts), Vec::new(), &mut |_| {});
        let b = analyze(sources(&texts), Vec::new(), &mut |_| {});
        prop_assert_eq!(a, b);
    }

    #[test]
    fn input_order_does_not_change_passages(texts in proptest::collection::vec(article(), 2..5)) {
        // Identical texts are dropped as duplicates, keeping the first given: make them differ.
        let distinct: BTreeSet<String> = texts.iter().map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        prop_assume!(distinct.len() == texts.len());
        let forward = analyze(sources(&texts), Vec::new(), &mut |_| {});
        let mut rev_sources = sources(&texts);
        rev_sources.reverse();
        let backward = analyze(rev_sources, Vec::new(), &mut |_| {});
        prop_assert_eq!(passage_set(&forward), passage_set(&backward));
    }
}

/// Pieces of markup, broken and whole, with text of several scripts and letters of two and three
/// bytes at every offset.
const MARKUP: &[&str] = &[
    "<ul>",
    "</ul>",
    "<li>",
    "</li>",
    "<a href=\"/news/ferry-runs-aground-off-the-coast\">",
    "<a href='x'>",
    "</a>",
    "<figcaption>",
    "</figcaption>",
    "<div class=\"image__caption\">",
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<img alt=\"Gulls é\">",
    "<img",
    "<script>var s = '</div>';",
    "</script>",
    "<!-- a note -->",
    "<",
    ">",
    "\"",
    "&amp;",
    "&#39;",
    "&",
    "é",
    "ab",
    "xyzé",
    "ßß",
    "日本",
    "🙂",
    "Ferry runs aground off the coast",
    "The harbour master said the crossing would reopen once divers had checked the hull.",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Reading a web page never panics, whatever its markup and text (the extractor's own
    /// passes over the page slice its text at tags and letters).
    #[test]
    fn reading_any_markup_never_panics(parts in proptest::collection::vec(proptest::sample::select(MARKUP), 0..80)) {
        let page = format!("<html><body><article>{}</article></body></html>", parts.concat());
        let _ = parallax::load::html::extract(&page);
        let _ = parallax::load::html::extract(&parts.concat());
    }
}

/// Pieces of news sentences, their attributions and their marks.
const CLAUSE_PIECES: &[&str] = &[
    "The ferry",
    "was barred from",
    "carrying cars",
    "police said",
    "said",
    "says",
    "reported",
    "that",
    "citing",
    "according to",
    "the harbour master",
    "In a statement,",
    "on Monday",
    ",",
    ", ",
    ".",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    " ",
    "  ",
    "\u{a0}",
    "é",
    "日本",
    "🙂",
    "was",
    "officials",
    "told",
    "reporters",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// A sentence's statement without its attribution is a part of the sentence itself, on letter
    /// edges, of six words or more, whatever the words and marks around it.
    #[test]
    fn a_statement_is_a_part_of_its_sentence(parts in proptest::collection::vec(proptest::sample::select(CLAUSE_PIECES), 0..40)) {
        let sentence = parts.join(" ");
        if let Some(said) = parallax::align::judge::attribution::statement(&sentence) {
            let start = said.as_ptr() as usize - sentence.as_ptr() as usize;
            prop_assert!(start + said.len() <= sentence.len());
            prop_assert!(sentence.is_char_boundary(start) && sentence.is_char_boundary(start + said.len()));
            prop_assert!(said.split_whitespace().count() >= 6, "{said:?}");
            prop_assert!(said.len() < sentence.len());
        }
    }
}
