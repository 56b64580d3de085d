//! Stage 3b, framing: who each outlet calls what, how it attributes claims, and whether it quotes
//! faithfully.
//!
//! Everything is found from grammar and the [`lexicon`]: actors from capitalised name sequences
//! (aliases merged: surnames, titles, abbreviations and near spellings), labels from premodifiers,
//! titles, appositives and descriptive noun phrases that refer back, attributions from reporting
//! verbs, scare quotes from short quotations that are not statements, quote groups from the same
//! direct quotation in several articles, and loaded words from the lexicon wherever an outlet uses
//! them in its own words.

pub mod actors;
pub mod attribution;
pub mod labels;
pub mod lexicon;
pub mod loaded;
pub mod quotes;

use crate::lang::normalize::Key;
use crate::model::{ArticleId, Framing, Span};
use crate::text::{Prepared, TextModel, TokenKind};

pub use lexicon::{Lexicon, LexiconError};

/// Analyse the framing of a set of prepared articles with the built-in lexicon.
pub fn analyze(articles: &[Prepared]) -> Framing {
    analyze_with(articles, &Lexicon::builtin())
}

/// Analyse the framing of a set of prepared articles with a given lexicon.
pub fn analyze_with(articles: &[Prepared], lex: &Lexicon) -> Framing {
    let docs: Vec<Doc<'_>> = articles.iter().map(|p| Doc::new(p.article.id, &p.article.text, &p.model)).collect();
    // Actors and their labels on this thread; quotations, attribution and loaded words (which do not
    // read the actors) beside it.
    let (actors, (attributions, quotes, scare_quotes, loaded_words)) = crate::par::join(
        || labels::attach(&docs, lex, actors::find(&docs, lex)),
        || {
            (
                attribution::attributions(&docs, lex),
                quotes::groups(&docs, lex),
                attribution::scare_quotes(&docs, lex),
                loaded::loaded_words(&docs, lex),
            )
        },
    );
    Framing { actors, attributions, quotes, scare_quotes, loaded_words }
}

/// One article as the framing stages read it: its text, model and a folded key per token.
#[derive(Debug)]
pub(crate) struct Doc<'a> {
    /// Article id.
    pub id: ArticleId,
    /// Article text.
    pub text: &'a str,
    /// Its model.
    pub model: &'a TextModel,
    /// `match_key` of every token (from the text stage's model).
    pub keys: &'a [Key],
}

impl<'a> Doc<'a> {
    pub(crate) fn new(id: ArticleId, text: &'a str, model: &'a TextModel) -> Self {
        Doc { id, text, model, keys: &model.keys }
    }

    /// The text of token `i`.
    pub(crate) fn tok(&self, i: usize) -> &'a str {
        self.model.tokens.get(i).map_or("", |t| &self.text[t.span().start..t.span().end])
    }

    /// True when token `i` is a word.
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.model.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Span from the start of token `a` to the end of token `b` (inclusive).
    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        let t = &self.model.tokens;
        match (t.get(a), t.get(b)) {
            (Some(x), Some(y)) if x.span().start <= y.span().end => Span::new(x.span().start, y.span().end),
            (Some(x), _) => x.span(),
            _ => Span::new(0, 0),
        }
    }

    /// The text of a span.
    pub(crate) fn slice(&self, s: Span) -> &'a str {
        self.text.get(s.start..s.end).unwrap_or("")
    }

    /// True when there is white space between tokens `i` and `i + 1`.
    pub(crate) fn gap_after(&self, i: usize) -> bool {
        let t = &self.model.tokens;
        match (t.get(i), t.get(i + 1)) {
            (Some(a), Some(b)) => b.span().start > a.span().end,
            _ => true,
        }
    }

    /// The sentence holding token `i` (`None` outside every sentence).
    pub(crate) fn sentence_of(&self, i: usize) -> Option<usize> {
        self.model.sentence_of(i)
    }

    /// Token range of the sentence holding token `i`.
    pub(crate) fn sentence_tokens(&self, i: usize) -> std::ops::Range<usize> {
        self.sentence_of(i).and_then(|s| self.model.sentences.get(s)).map_or(i..i + 1, |s| s.tokens.clone())
    }
}

/// True for a quotation mark of any style.
pub(crate) fn is_quote_mark(s: &str) -> bool {
    matches!(s, "\"" | "'" | "\u{2018}" | "\u{2019}" | "\u{201c}" | "\u{201d}" | "\u{201e}" | "\u{ab}" | "\u{bb}")
}

/// Strip a possessive ending (`'s`, `’s`, or a bare final apostrophe after s).
pub(crate) fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(w) = word.strip_suffix(suffix) {
            return (w, true);
        }
    }
    for suffix in ["'", "\u{2019}"] {
        if let Some(w) = word.strip_suffix(suffix) {
            return (w, true);
        }
    }
    (word, false)
}

/// True for a word shaped like a plural noun or a verb's third person: ending in "s" but not in
/// "ss", "us" or "is" ("motors", "blames"; not "boss", "census", "Francis").
pub(crate) fn plural_shaped(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is")
}

/// True when a word starts with an upper-case letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Collapse white space runs to one space.
pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
