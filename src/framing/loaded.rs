//! Loaded words in the outlets' own words: every lexicon term of a loaded category ("slammed",
//! "regime", "so-called") outside quotations, wherever it stands, not only in actor labels.
//!
//! A word inside a quotation is the speaker's, not the outlet's; a loaded word written with a
//! capital inside a sentence is part of a name ("Rebel Wilson", "Hero Bridge").

use super::{Doc, Lexicon, is_capitalised};
use crate::model::LoadedWord;

/// The loaded words of every article, in article and text order.
pub(crate) fn loaded_words(docs: &[Doc<'_>], lex: &Lexicon) -> Vec<LoadedWord> {
    docs.iter().flat_map(|d| in_article(d, lex)).collect()
}

fn in_article(d: &Doc<'_>, lex: &Lexicon) -> Vec<LoadedWord> {
    let quoted = quoted_tokens(d);
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.model.tokens.len() {
        if !d.is_word(i) || quoted[i] {
            i += 1;
            continue;
        }
        let Some((term, n)) = lex.term_at(&d.keys[i..]) else {
            i += 1;
            continue;
        };
        let last = i + n - 1;
        let sentence_start = d.sentence_tokens(i).start == i;
        let in_name = is_capitalised(d.tok(i)) && !sentence_start && !is_capitalised(&term.text);
        if term.category.loaded() && !in_name && !quoted[last] {
            let span = d.span(i, last);
            out.push(LoadedWord {
                article: d.id,
                span,
                text: d.slice(span).to_owned(),
                category: term.category,
                term: term.text.clone(),
                neutral: term.neutral.clone(),
            });
        }
        i += n;
    }
    out
}

/// For each token, true when it stands inside a quotation of the article.
fn quoted_tokens(d: &Doc<'_>) -> Vec<bool> {
    let mut quoted = vec![false; d.model.tokens.len()];
    for q in &d.model.quotes {
        let first = d.model.tokens.partition_point(|t| t.span().end <= q.start);
        for (k, t) in d.model.tokens.iter().enumerate().skip(first) {
            if t.span().start >= q.end {
                break;
            }
            quoted[k] = true;
        }
    }
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, Category};
    use crate::text::TextModel;

    fn words(text: &str) -> Vec<(String, Category)> {
        let m = TextModel::new(text);
        let d = Doc::new(ArticleId(1), text, &m);
        loaded_words(&[d], &Lexicon::builtin()).into_iter().map(|w| (w.text, w.category)).collect()
    }

    #[test]
    fn the_outlets_own_loaded_words_anywhere_in_the_text() {
        let found = words("The regime sent troops. Critics called the so-called reform a sham.");
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["regime", "so-called", "sham"], "{found:?}");
        assert_eq!(found[1].1, Category::Delegitimising);
    }

    #[test]
    fn words_in_quotations_are_the_speakers_and_names_are_names() {
        assert!(words("He said the \"regime\" must go and \"the regime is brutal\".").is_empty());
        assert!(words("The film starred Rebel Wilson and opened on Friday.").is_empty());
        assert_eq!(words("Rebels took the town.").len(), 1, "a capital that opens the sentence");
    }

    #[test]
    fn spans_are_the_words_as_written() {
        let text = "Ünïcödé news: the REGIME fell.";
        let m = TextModel::new(text);
        let d = Doc::new(ArticleId(1), text, &m);
        for w in loaded_words(&[d], &Lexicon::builtin()) {
            assert_eq!(text.get(w.span.start..w.span.end), Some(w.text.as_str()));
        }
    }
}
