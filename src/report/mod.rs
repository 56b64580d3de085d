//! Stage 4, report: a [`Comparison`] written as terminal text, JSON, Markdown or HTML.
//!
//! Every format reads the same value; JSON is the machine contract (schema version 1).

mod html;
mod markdown;
mod plain;

use crate::model::{Comparison, DiffOp, DiffTag};

/// Output formats of `parallax report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Readable in a terminal.
    #[default]
    Text,
    /// The JSON report (schema version 1).
    Json,
    /// Markdown, for notes and issues.
    Markdown,
    /// A standalone HTML page.
    Html,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            other => Err(format!("unknown format {other:?}: use text, json, markdown or html")),
        }
    }
}

/// Render a comparison in a format.
pub fn render(cmp: &Comparison, format: Format) -> String {
    match format {
        Format::Text => plain::render(cmp),
        Format::Json => to_json(cmp),
        Format::Markdown => markdown::render(cmp),
        Format::Html => html::render(cmp),
    }
}

/// The JSON report, pretty-printed, with a final newline.
pub fn to_json(cmp: &Comparison) -> String {
    let mut s = serde_json::to_string_pretty(cmp).expect("the comparison model always serialises");
    s.push('\n');
    s
}

/// Shorten a long equal run of a diff to its start and end, so diffs stay readable.
pub(crate) fn elide(text: &str, keep: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= keep * 2 + 5 {
        return text.to_owned();
    }
    let head: String = chars[..keep].iter().collect();
    let tail: String = chars[chars.len() - keep..].iter().collect();
    format!("{head} … {tail}")
}

/// Render diff ops inline with a marker for each kind of run.
pub(crate) fn inline_diff(ops: &[DiffOp], mark: impl Fn(DiffTag, &str) -> String) -> String {
    ops.iter().map(|o| mark(o.tag, &o.text)).collect()
}

/// Collapse runs of white space (including paragraph breaks) to one space.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A passage's member texts by article, with the passage's kind and similarity, as a summary line.
pub(crate) fn passage_heading(cmp: &Comparison, p: &crate::model::Passage) -> String {
    let who: Vec<String> = p
        .members
        .iter()
        .map(|m| {
            cmp.article(&m.article)
                .map(|a| format!("{} ({})", m.article, a.short_name()))
                .unwrap_or_else(|| m.article.clone())
        })
        .collect();
    format!("{} · {} · similarity {:.2} · {}", p.id, p.kind.as_str(), p.similarity, who.join(", "))
}
