//! Stage 4, report: a [`Comparison`] written as terminal text, JSON, Markdown, HTML or CSV tables.
//!
//! Every format reads the same value; JSON is the machine contract (schema version 1).

mod csv;
mod framing_section;
mod html;
mod markdown;
mod numbers_section;
mod plain;
mod summary_section;

pub use csv::{CsvTable, NUMBER_COLUMNS, PASSAGE_COLUMNS};

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
    /// One table as CSV (RFC 4180): the number groups or the shared passages.
    Csv(CsvTable),
}

impl Format {
    /// Every format, each CSV table on its own.
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Json,
        Format::Markdown,
        Format::Html,
        Format::Csv(CsvTable::Numbers),
        Format::Csv(CsvTable::Passages),
    ];

    /// The usual file name extension of a report in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv(_) => "csv",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            "csv" | "csv-numbers" => Ok(Format::Csv(CsvTable::Numbers)),
            "csv-passages" => Ok(Format::Csv(CsvTable::Passages)),
            other => Err(format!("unknown format {other:?}: use text, json, markdown, html, csv or csv-passages")),
        }
    }
}

/// Render a comparison in a format.
pub fn render(cmp: &Comparison, format: Format) -> String {
    match format {
        Format::Text => terminal_safe_keeping(&plain::render(cmp), true),
        Format::Json => to_json(cmp),
        Format::Markdown => markdown::render(cmp),
        Format::Html => html::render(cmp),
        Format::Csv(table) => csv::render(cmp, table),
    }
}

/// Write a comparison in a format to `w`. The JSON report is streamed as it is serialised, never
/// held whole in memory; the other formats are rendered first. The bytes are those of [`render`].
pub fn write(cmp: &Comparison, format: Format, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::io::Write;
    match format {
        Format::Json => {
            let mut buffered = std::io::BufWriter::new(w);
            // An error of the writer (a closed pipe) keeps its kind, so the faces can tell it.
            let keep_kind = |e: serde_json::Error| match e.io_error_kind() {
                Some(kind) => std::io::Error::new(kind, e),
                None => std::io::Error::other(e),
            };
            serde_json::to_writer_pretty(&mut buffered, cmp).map_err(keep_kind)?;
            buffered.write_all(b"\n")?;
            buffered.flush()
        }
        other => w.write_all(render(cmp, other).as_bytes()),
    }
}

/// The JSON report, pretty-printed, with a final newline.
pub fn to_json(cmp: &Comparison) -> String {
    let mut s = serde_json::to_string_pretty(cmp).expect("the comparison model always serialises");
    s.push('\n');
    s
}

/// Shorten a long equal run of a diff to its first and last words, so diffs stay readable.
pub(crate) fn elide(text: &str, keep: usize) -> String {
    if text.chars().count() <= keep * 2 + 5 {
        return text.to_owned();
    }
    let head_end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
    let at_space = text[head_end..].starts_with(' ');
    let head_end = if at_space { head_end } else { text[..head_end].rfind(' ').filter(|&i| i > 0).unwrap_or(head_end) };
    let tail_start = text.char_indices().rev().nth(keep).map_or(0, |(i, _)| i);
    let tail_start = text[tail_start..].find(' ').map_or(tail_start, |i| tail_start + i + 1);
    if tail_start <= head_end {
        return text.to_owned();
    }
    let lead = if text.starts_with(' ') { " " } else { "" };
    let trail = if text.ends_with(' ') { " " } else { "" };
    format!("{lead}{} … {}{trail}", text[..head_end].trim(), text[tail_start..].trim())
}

/// Render diff ops inline: equal runs through `equal`, changed runs through `changed` (given the
/// tag and the run's words without surrounding space). White space is collapsed and kept outside
/// the markers, so `calls on ` deleted reads `[-calls on-] `.
pub(crate) fn inline_diff(
    ops: &[DiffOp],
    equal: impl Fn(&str) -> String,
    changed: impl Fn(DiffTag, &str) -> String,
) -> String {
    let mut out = String::new();
    for o in ops {
        let t = collapse(&o.text);
        match o.tag {
            DiffTag::Equal => out.push_str(&equal(&t)),
            tag => {
                let glued = t.starts_with(char::is_alphanumeric)
                    && out.ends_with(|c: char| c.is_alphanumeric() || ",.;:!?)\"\u{201d}\u{2019}".contains(c));
                if (t.starts_with(' ') || glued) && !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                out.push_str(&changed(tag, t.trim()));
                if t.ends_with(' ') {
                    out.push(' ');
                }
            }
        }
    }
    out.trim().to_owned()
}

/// Collapse runs of white space to one space, keeping a leading or trailing one.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// A word diff on one line for a terminal: `kept [-deleted-] {+inserted+}`, long equal runs
/// shortened to `keep` characters at each end.
pub(crate) fn plain_diff(ops: &[DiffOp], keep: usize) -> String {
    inline_diff(
        ops,
        |t| elide(t, keep),
        |tag, t| match tag {
            DiffTag::Delete => format!("[-{t}-]"),
            _ => format!("{{+{t}+}}"),
        },
    )
}

/// A word diff in Markdown: deletions struck (`~~ ~~`), insertions bold.
pub(crate) fn markdown_diff(ops: &[DiffOp], keep: usize) -> String {
    inline_diff(
        ops,
        |t| elide(&escape_markdown(t), keep),
        |tag, t| match tag {
            DiffTag::Delete => format!("~~{}~~", escape_markdown(t)),
            _ => format!("**{}**", escape_markdown(t)),
        },
    )
}

/// A word diff in HTML with `<del>` and `<ins>`.
pub(crate) fn html_diff(ops: &[DiffOp]) -> String {
    inline_diff(ops, escape_html, |tag, t| match tag {
        DiffTag::Delete => format!("<del>{}</del>", escape_html(t)),
        _ => format!("<ins>{}</ins>", escape_html(t)),
    })
}

/// Escape text for HTML element content and attribute values.
pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escape Markdown's inline markup characters (and table pipes) with backslashes, so that text from
/// an input (a title, a file name, an article's words) is only ever text: `<script>` stays visible
/// as written. Line breaks and other control characters become spaces, so a value cannot end a
/// table row or a list item.
pub(crate) fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '~' | '`' | '[' | ']' | '<' | '>' | '#' | '\\' | '|' | '!' | '&') {
            out.push('\\');
        }
        out.push(if c.is_control() || is_bidi_control(c) { ' ' } else { c });
    }
    out
}

/// Unicode's explicit direction controls, which can make a terminal line read other than it is.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text that is safe to print on a terminal: control characters (escape sequences, carriage
/// returns, line breaks) and direction controls are shown as `\u{..}` escapes instead of acting.
pub fn terminal_safe(s: &str) -> String {
    terminal_safe_keeping(s, false)
}

/// [`terminal_safe`], keeping line breaks when `keep_newlines` is set (for a whole report).
fn terminal_safe_keeping(s: &str, keep_newlines: bool) -> String {
    if !s.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c == '\n' && keep_newlines) || !(c.is_control() || is_bidi_control(c)) {
            out.push(c);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    out
}

/// Write `bytes` to `path` atomically: into a temporary file in the same folder, then renamed over
/// the target, so a reader (or a crash) never sees half a report and an existing file is replaced
/// whole or not at all. A path that is not a regular file (a terminal, `/dev/stdout`, a pipe) is
/// written directly, since it cannot be replaced.
pub fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// [`write_atomically`], with the content written by `fill` (so a report can be streamed into the
/// temporary file).
pub fn write_atomically_with(
    path: &std::path::Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let existing = std::fs::metadata(path).ok();
    if let Some(m) = &existing {
        if m.is_dir() {
            return Err(std::io::Error::new(std::io::ErrorKind::IsADirectory, "it is a folder; give a file name"));
        }
        if !m.is_file() {
            return fill(&mut std::fs::OpenOptions::new().write(true).open(path)?);
        }
    }
    let name = path.file_name().ok_or_else(|| std::io::Error::other("the path names no file"))?;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    let tmp = dir.join(format!(".{}.{}.parallax-tmp", name.to_string_lossy(), std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create_new(&tmp)?;
        fill(&mut f)?;
        if let Some(m) = &existing {
            f.set_permissions(m.permissions())?;
        }
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// What a report written to `out` would replace that the report is made from, if anything: one of
/// the `inputs` (file identities, so any path or link to the same file counts) or the `lexicon`
/// file. A report must never replace what it was made from; the faces refuse such a target.
pub fn made_from(
    out: &std::path::Path,
    inputs: &[crate::load::FileId],
    lexicon: Option<&std::path::Path>,
) -> Option<MadeFrom> {
    let id = crate::load::FileId::of(out)?;
    if inputs.contains(&id) {
        return Some(MadeFrom::Input);
    }
    lexicon.and_then(crate::load::FileId::of).filter(|l| *l == id).map(|_| MadeFrom::Lexicon)
}

/// What a report target is, when it is something the report is made from ([`made_from`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MadeFrom {
    /// One of the input articles.
    Input,
    /// The user's lexicon file.
    Lexicon,
}

/// Collapse runs of white space (including paragraph breaks) to one space.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A passage's member texts by article, with the passage's kind and similarity (and whether its
/// diffs were coarsened, and whether its members are versions of one outlet's story), as a summary
/// line.
pub(crate) fn passage_heading(cmp: &Comparison, p: &crate::model::Passage) -> String {
    let who: Vec<String> = p
        .members
        .iter()
        .map(|m| {
            cmp.article(m.article)
                .map(|a| format!("{} ({})", m.article, a.short_name()))
                .unwrap_or_else(|| m.article.to_string())
        })
        .collect();
    let coarse = if p.coarse_diff { " · diffed by sentences" } else { "" };
    let same = if p.same_outlet { " · same outlet" } else { "" };
    let alike = crate::view::percent_alike(p.similarity);
    format!("{} · {} · {alike} alike{coarse}{same} · {}", p.id, p.kind.as_str(), who.join(", "))
}

/// "5 article(s), 9 shared passage(s)", saying how many passages only versions of one outlet's
/// story share, when there are any.
pub(crate) fn counts_line(cmp: &Comparison, view: &crate::view::ComparisonView) -> String {
    let mut s = format!("{} article(s), {} shared passage(s)", cmp.articles.len(), cmp.passages.len());
    if view.same_outlet_passages > 0 {
        s.push_str(&format!(" ({} of them between versions of one outlet's story)", view.same_outlet_passages));
    }
    if !cmp.corrections.is_empty() {
        s.push_str(&format!(", {} correction(s) by the reader", cmp.corrections.len()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_but_csv_lists_the_readers_corrections() {
        use crate::model::{Article, ArticleId, Correction};
        let article = Article { id: ArticleId(1), path: "a.txt".into(), text: "Text.".into(), ..Article::default() };
        let mut cmp = Comparison { articles: vec![article], ..Comparison::default() };
        assert!(!to_json(&cmp).contains("corrections"), "absent when there are none");
        cmp.corrections = vec![Correction::HideActor { actor: "Mira <Orvald>".into() }];
        let said = "hid actor \u{201c}Mira";
        assert!(render(&cmp, Format::Text).contains(&format!("CORRECTIONS BY THE READER\n  {said} <Orvald>")));
        assert!(render(&cmp, Format::Text).contains("1 correction(s) by the reader"));
        assert!(
            render(&cmp, Format::Markdown).contains(&format!("## Corrections by the reader\n\n- {said} \\<Orvald\\>"))
        );
        assert!(render(&cmp, Format::Html).contains(&format!("<li>{said} &lt;Orvald&gt;")));
        let json: serde_json::Value = serde_json::from_str(&to_json(&cmp)).unwrap();
        assert_eq!(json["corrections"][0]["kind"], "hide_actor");
        assert_eq!(json["corrections"][0]["actor"], "Mira <Orvald>");
    }

    #[test]
    fn elide_keeps_whole_words() {
        let t = "the quick brown fox jumps over the lazy dog near the river bank in the morning sun";
        let e = elide(t, 15);
        assert_eq!(e, "the quick brown … the morning sun");
        assert_eq!(elide("short text", 15), "short text");
    }

    #[test]
    fn markers_keep_spacing() {
        let ops = [
            DiffOp { tag: DiffTag::Equal, text: "Trump \u{201c}".into() },
            DiffOp { tag: DiffTag::Delete, text: "recognized ".into() },
            DiffOp { tag: DiffTag::Insert, text: "recognised ".into() },
            DiffOp { tag: DiffTag::Equal, text: "his  role.".into() },
        ];
        let s = inline_diff(
            &ops,
            |t| t.to_owned(),
            |tag, t| match tag {
                DiffTag::Delete => format!("[-{t}-]"),
                _ => format!("{{+{t}+}}"),
            },
        );
        assert_eq!(s, "Trump \u{201c}[-recognized-] {+recognised+} his role.");
    }

    #[test]
    fn a_streamed_report_is_the_rendered_one_and_a_closed_pipe_keeps_its_kind() {
        let cmp = crate::analyze(crate::seeds::sources(), Vec::new(), &mut |_| {});
        for format in [Format::Json, Format::Text, Format::Markdown, Format::Html] {
            let mut out = Vec::new();
            write(&cmp, format, &mut out).unwrap();
            assert_eq!(out, render(&cmp, format).into_bytes(), "{format:?}");
        }
        struct Closed;
        impl std::io::Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let err = write(&cmp, Format::Json, &mut Closed).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe);
    }
}
