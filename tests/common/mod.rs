//! Helpers shared by the integration tests.
#![allow(dead_code)]

use parallax::Comparison;
use parallax::model::{ArticleId, DiffTag, Passage};

/// Fold text as the gold file does: case, curly quotes and apostrophes, runs of white space.
pub fn fold(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The seeds, analysed.
pub fn seeds() -> Comparison {
    parallax::analyze(parallax::seeds::sources(), Vec::new(), &mut |_| {})
}

/// Id of the article whose path ends with `file`.
pub fn article_id(cmp: &Comparison, file: &str) -> ArticleId {
    cmp.articles.iter().find(|a| a.path.ends_with(file)).unwrap_or_else(|| panic!("no article {file}")).id
}

/// Passages with a member in article `a` containing `a_text` and one in `b` containing `b_text`.
pub fn find_passages<'c>(cmp: &'c Comparison, a: &str, a_text: &str, b: &str, b_text: &str) -> Vec<&'c Passage> {
    let (a, b) = (article_id(cmp, a), article_id(cmp, b));
    cmp.passages
        .iter()
        .filter(|p| {
            let has =
                |id: ArticleId, t: &str| p.members.iter().any(|m| m.article == id && fold(&m.text).contains(&fold(t)));
            has(a, a_text) && has(b, b_text)
        })
        .collect()
}

/// All deleted and inserted text of the diffs between articles `a` and `b` of a passage, folded.
pub fn changed_text(cmp: &Comparison, p: &Passage, a: &str, b: &str) -> String {
    let (a, b) = (article_id(cmp, a), article_id(cmp, b));
    p.diffs
        .iter()
        .filter(|d| (d.a == a && d.b == b) || (d.a == b && d.b == a))
        .flat_map(|d| d.ops.iter().filter(|o| o.tag != DiffTag::Equal).map(|o| fold(&o.text)))
        .collect::<Vec<_>>()
        .join(" | ")
}
