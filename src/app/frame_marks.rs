//! Framing marks in the article text: the labels outlets give actors, the words they put in scare
//! quotes and their own loaded words, gathered per article once per comparison (see
//! [`per_article`]).

use crate::Comparison;
use crate::model::{Category, Span};

/// What a framing mark in the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    /// A label for an actor.
    Label {
        /// Index of the actor in `cmp.framing.actors`.
        actor: usize,
        /// True for evaluative or legitimising terms.
        loaded: bool,
    },
    /// Words in quotation marks that are not a quoted statement.
    ScareQuote,
    /// A loaded word of the lexicon in the outlet's own words.
    LoadedWord {
        /// Index of the word in `cmp.framing.loaded_words`.
        word: usize,
    },
}

/// A framing mark: where it stands in its article, and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrameMark {
    /// Byte range in the article's text.
    pub span: Span,
    /// What it is.
    pub kind: FrameKind,
}

impl FrameMark {
    /// True for a loaded label.
    pub fn is_loaded(&self) -> bool {
        matches!(self.kind, FrameKind::Label { loaded: true, .. })
    }
}

/// Per article index: its framing marks, sorted by span. Marks of unknown articles are dropped;
/// spans are checked when the text is built.
pub fn per_article(cmp: &Comparison) -> Vec<Vec<FrameMark>> {
    let mut out = vec![Vec::new(); cmp.articles.len()];
    for (actor, a) in cmp.framing.actors.iter().enumerate() {
        for l in &a.labels {
            if let Some(marks) = cmp.article_index(l.article).and_then(|ai| out.get_mut(ai)) {
                marks.push(FrameMark { span: l.span, kind: FrameKind::Label { actor, loaded: l.loaded } });
            }
        }
    }
    for s in &cmp.framing.scare_quotes {
        if let Some(marks) = cmp.article_index(s.article).and_then(|ai| out.get_mut(ai)) {
            marks.push(FrameMark { span: s.span, kind: FrameKind::ScareQuote });
        }
    }
    for (word, w) in cmp.framing.loaded_words.iter().enumerate() {
        if let Some(marks) = cmp.article_index(w.article).and_then(|ai| out.get_mut(ai)) {
            marks.push(FrameMark { span: w.span, kind: FrameKind::LoadedWord { word } });
        }
    }
    for marks in &mut out {
        marks.sort_by_key(|m| (m.span, !m.is_loaded()));
        marks.dedup();
    }
    out
}

/// One line about a mark, for its tooltip in the text.
pub fn describe(cmp: &Comparison, mark: &FrameMark) -> String {
    match mark.kind {
        FrameKind::Label { actor, loaded } => {
            let found = cmp.framing.actors.get(actor);
            let name = found.map_or("an actor", |a| a.name.as_str());
            if loaded {
                let category = found
                    .and_then(|a| a.labels.iter().find(|l| l.span == mark.span))
                    .and_then(|l| l.category)
                    .unwrap_or(Category::Evaluative);
                format!("label for {name} (loaded: {category} term)")
            } else {
                format!("label for {name} (neutral)")
            }
        }
        FrameKind::ScareQuote => "scare quote".to_owned(),
        FrameKind::LoadedWord { word } => match cmp.framing.loaded_words.get(word) {
            Some(w) => format!("loaded word: {}", loaded_note(w.category, w.neutral.as_deref())),
            None => "loaded word".to_owned(),
        },
    }
}

/// A loaded word's category and its neutral alternative: "pejorative — neutral: government".
pub fn loaded_note(category: Category, neutral: Option<&str>) -> String {
    match neutral {
        Some(n) if !n.trim().is_empty() => format!("{category} — neutral: {n}"),
        _ => format!("{category} — no neutral alternative listed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeds_have_loaded_labels_and_scare_quotes_in_place() {
        let cmp = crate::analyze(crate::seeds::sources(), vec![], &mut |_| {});
        let marks = per_article(&cmp);
        assert_eq!(marks.len(), cmp.articles.len());
        let a4 = cmp.article_index(crate::model::ArticleId(4)).expect("A4");
        let strongman = marks[a4].iter().find(|m| m.span.start == 0).expect("a mark at the start of A4");
        assert!(strongman.is_loaded());
        assert!(describe(&cmp, strongman).starts_with("label for Khalifa Haftar (loaded"));
        assert!(marks.iter().flatten().any(|m| m.kind == FrameKind::ScareQuote));
        for (ai, list) in marks.iter().enumerate() {
            assert!(list.windows(2).all(|w| w[0].span <= w[1].span), "article {ai} sorted");
        }
    }

    #[test]
    fn loaded_words_are_marked_in_their_article_and_described() {
        let mut cmp = crate::analyze(crate::seeds::sources(), vec![], &mut |_| {});
        let a4 = cmp.article_index(crate::model::ArticleId(4)).expect("A4");
        let word = |article, neutral: Option<&str>| crate::model::LoadedWord {
            article,
            span: Span::new(0, 6),
            text: "zorble".into(),
            category: Category::Pejorative,
            term: "zorble".into(),
            neutral: neutral.map(str::to_owned),
        };
        cmp.framing.loaded_words = vec![
            word(crate::model::ArticleId(4), Some("government")),
            word(crate::model::ArticleId(99), None),
            word(crate::model::ArticleId(4), None),
        ];
        let marks = per_article(&cmp);
        let words: Vec<&FrameMark> =
            marks[a4].iter().filter(|m| matches!(m.kind, FrameKind::LoadedWord { .. })).collect();
        assert_eq!(words.len(), 2, "the word of an unknown article is dropped");
        assert!(!words[0].is_loaded(), "a loaded word is not a loaded label");
        assert_eq!(describe(&cmp, words[0]), "loaded word: pejorative — neutral: government");
        assert_eq!(describe(&cmp, words[1]), "loaded word: pejorative — no neutral alternative listed");
        let stale = FrameMark { span: Span::new(0, 1), kind: FrameKind::LoadedWord { word: 7 } };
        assert_eq!(describe(&cmp, &stale), "loaded word");
    }
}
