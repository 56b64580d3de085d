//! What is selected — a passage, a figure, a span of one article (a label or scare quote) — how
//! selection commands change it, and how it survives a re-analysis.
//!
//! Each selection is highlighted in the columns; the last one picked is the [`Focus`] the columns
//! scroll to.

use crate::model::{ArticleId, Span};

use super::{Command, ParallaxApp, passages};

/// What the last scroll request of the columns is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    /// The selected passage.
    #[default]
    Passage,
    /// The selected figure.
    Number,
    /// The selected span (a label or scare quote).
    Span,
}

/// A span of one article, picked in the Framing tab or the text: a label or a scare quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanTarget {
    /// Article id.
    pub article: ArticleId,
    /// Byte range in the article's text.
    pub span: Span,
}

/// The selection before a re-analysis, by content (article ids and indices may change).
pub(super) struct Kept {
    /// The texts of the selected passage's members.
    passage: Vec<String>,
    /// The selected figure's article path and text.
    number: Option<(String, String)>,
    /// The selected span's article path and range (the text of an article does not change).
    span: Option<(String, Span)>,
}

impl ParallaxApp {
    /// Remember the selection before the comparison is replaced.
    pub(super) fn keep_selection(&self) -> Kept {
        let passage = self
            .selected
            .and_then(|i| self.cmp.passages.get(i))
            .map(|p| p.members.iter().map(|m| m.text.clone()).collect())
            .unwrap_or_default();
        let number = self.selected_number.and_then(|ni| self.cmp.numbers.get(ni)).and_then(|n| {
            let path = self.cmp.article(n.article)?.path.clone();
            Some((path, n.text.clone()))
        });
        let span = self.selected_span.as_ref().and_then(|t| Some((self.cmp.article(t.article)?.path.clone(), t.span)));
        Kept { passage, number, span }
    }

    /// Select again what was selected before the comparison was replaced, where it survived; select
    /// the first interesting passage otherwise. The columns scroll to the passage.
    pub(super) fn restore_selection(&mut self, kept: Kept) {
        let cmp = &self.cmp;
        self.selected_number = kept.number.and_then(|(path, text)| {
            cmp.numbers.iter().position(|n| n.text == text && cmp.article(n.article).is_some_and(|a| a.path == path))
        });
        self.selected_span = kept.span.and_then(|(path, span)| {
            let article = cmp.articles.iter().find(|a| a.path == path)?;
            Some(SpanTarget { article: article.id, span })
        });
        let order = self.passage_order();
        let filter = self.passage_filter();
        let cmp = &self.cmp;
        let passage = cmp
            .passages
            .iter()
            .position(|p| filter.shows(p) && p.members.iter().any(|m| kept.passage.contains(&m.text)));
        self.selected = passage.or_else(|| passages::first_interesting(cmp, &order));
        self.focus = Focus::Passage;
        self.scroll_request += 1;
        self.list_scroll = true;
        // The columns stay where the reader had them (or in their order on opening); the
        // passage's columns are outlined.
        self.target_focus(false);
    }

    /// Apply a selection command ([`Command::Select`], [`Command::Step`], [`Command::SelectNumber`],
    /// [`Command::SelectSpan`]); other commands are ignored.
    pub(super) fn apply_selection(&mut self, command: Command) {
        let focus = match command {
            Command::Select(s) => {
                self.selected = s;
                Some(Focus::Passage)
            }
            Command::Step(step) => {
                let order = self.passage_order();
                self.selected = passages::step_selection(&order, self.selected, step);
                Some(Focus::Passage)
            }
            Command::SelectNumber(id) => {
                self.selected_number = id.and_then(|id| self.numbers.by_id.get(&id).copied());
                self.selected_number.map(|_| Focus::Number)
            }
            Command::SelectSpan(target) => {
                self.selected_span = target.filter(|t| self.cmp.article(t.article).is_some());
                self.selected_span.as_ref().map(|_| Focus::Span)
            }
            _ => None,
        };
        if let Some(focus) = focus {
            self.focus = focus;
            self.scroll_request += 1;
            self.list_scroll = true;
            self.target_focus(true);
        }
    }

    /// The selected span, for tests.
    #[cfg(test)]
    pub fn selected_span(&self) -> Option<&SpanTarget> {
        self.selected_span.as_ref()
    }
}
