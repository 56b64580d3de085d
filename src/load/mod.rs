//! Stage 1, load: paths and bytes to decoded documents.
//!
//! Directories are read recursively (hidden entries and non-text files skipped, in name order);
//! every file is decoded ([`decode`]) and its format detected: HTML pages go through a readability
//! extractor ([`html`]), Markdown through a CommonMark parser ([`markdown`]), anything else that is
//! text is read as plain text. Problems are returned per input, never as a panic.

pub mod decode;
pub mod html;
pub mod markdown;

use std::path::{Path, PathBuf};

use crate::model::{InputError, Severity};

/// File name endings read as articles when a directory is walked.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

/// An input before decoding: a name (the path as given, or an embedded name) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as given on the command line, or an embedded name.
    pub path: String,
    /// Raw bytes.
    pub bytes: Vec<u8>,
}

/// The format a source is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: one paragraph per line (blank lines between paragraphs are fine).
    Text,
    /// Markdown.
    Markdown,
    /// An HTML page.
    Html,
}

/// What a document's own metadata says (HTML meta tags, Markdown front matter).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// Headline.
    pub title: Option<String>,
    /// Site name.
    pub outlet: Option<String>,
    /// Author line.
    pub byline: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
}

/// A decoded document: plain lines of text plus any metadata its format carried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDoc {
    /// The path as given.
    pub path: String,
    /// How it was read.
    pub format: Format,
    /// Text with one paragraph or page line per line.
    pub text: String,
    /// Metadata from the format itself.
    pub meta: Meta,
    /// Caveats worth telling the user (e.g. a guessed encoding).
    pub warnings: Vec<String>,
}

/// Why one input could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("no such file or directory — check the path")]
    Missing,
    /// The path exists but could not be read.
    #[error("cannot be read ({0}) — check its permissions")]
    Unreadable(std::io::Error),
    /// A directory with nothing to read in it.
    #[error("directory holds no articles (looked for .txt, .md and .html files) — point at the files instead")]
    EmptyDirectory,
    /// Not text.
    #[error(transparent)]
    Decode(#[from] decode::DecodeError),
    /// An HTML page with no article text in it.
    #[error("no article text found in this HTML page — save the article's text as .txt instead")]
    NoArticleInHtml,
    /// Nothing left once page furniture is set aside.
    #[error("no article text left once page furniture is set aside ({0} line(s) of menus, share buttons and the like)")]
    OnlyFurniture(usize),
    /// The same file, or the same text, was given earlier.
    #[error("same {what} as {other} — skipped")]
    Duplicate {
        /// "file" or "text".
        what: &'static str,
        /// The path of the earlier input.
        other: String,
    },
}

impl LoadError {
    /// This error as a report entry for `path`.
    pub fn to_input_error(&self, path: &str) -> InputError {
        InputError { path: path.to_owned(), error: self.to_string(), severity: Severity::Error }
    }
}

/// Read every path (files, or directories walked recursively) into sources.
///
/// Returns the sources in order (directory contents sorted by name) and one error per path that
/// could not be read. The same file reached twice is read once.
pub fn read_paths(paths: &[PathBuf]) -> (Vec<Source>, Vec<InputError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    let mut seen: Vec<(PathBuf, String)> = Vec::new();
    for p in paths {
        let shown = p.display().to_string();
        let meta = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) => {
                errors.push(io_error(e).to_input_error(&shown));
                continue;
            }
        };
        let files = if meta.is_dir() {
            let mut files = Vec::new();
            walk_dir(p, &mut files, &mut errors);
            if files.is_empty() {
                errors.push(LoadError::EmptyDirectory.to_input_error(&shown));
            }
            files
        } else {
            vec![p.clone()]
        };
        for f in files {
            let shown = f.display().to_string();
            let canonical = std::fs::canonicalize(&f).unwrap_or_else(|_| f.clone());
            if let Some((_, other)) = seen.iter().find(|(c, _)| *c == canonical) {
                let e = LoadError::Duplicate { what: "file", other: other.clone() };
                errors.push(e.to_input_error(&shown));
                continue;
            }
            match std::fs::read(&f) {
                Ok(bytes) => {
                    seen.push((canonical, shown.clone()));
                    sources.push(Source { path: shown, bytes });
                }
                Err(e) => errors.push(io_error(e).to_input_error(&shown)),
            }
        }
    }
    (sources, errors)
}

fn io_error(e: std::io::Error) -> LoadError {
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::Missing,
        _ => LoadError::Unreadable(e),
    }
}

/// Collect article files below `dir`, skipping hidden entries and files that are not text.
fn walk_dir(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(io_error(e).to_input_error(&dir.display().to_string()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk_dir(&path, out, errors);
        } else if has_article_extension(&path) || (path.extension().is_none() && sniff_text(&path)) {
            out.push(path);
        }
    }
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.as_str()))
}

/// True when the start of the file decodes as text.
fn sniff_text(path: &Path) -> bool {
    use std::io::Read;
    let mut buf = vec![0u8; 4096];
    let Ok(mut f) = std::fs::File::open(path) else { return false };
    let Ok(n) = f.read(&mut buf) else { return false };
    buf.truncate(n);
    n > 0 && decode::decode(&buf).is_ok()
}

/// Decode a source and pull the article text out of its format.
pub fn parse(source: &Source) -> Result<RawDoc, LoadError> {
    let decoded = decode::decode(&source.bytes)?;
    let format = detect_format(&source.path, &decoded.text);
    let mut warnings: Vec<String> = decoded.note.into_iter().collect();
    let (text, meta) = match format {
        Format::Html => match html::extract(&decoded.text) {
            Some(a) => (a.text, a.meta),
            None => return Err(LoadError::NoArticleInHtml),
        },
        Format::Markdown => markdown::extract(&decoded.text),
        Format::Text => (decoded.text.replace("\r\n", "\n").replace('\r', "\n"), Meta::default()),
    };
    if text.trim().is_empty() {
        return Err(LoadError::Decode(decode::DecodeError::Empty));
    }
    if format == Format::Html && text.split_whitespace().count() < 20 {
        warnings.push("very little article text found in this HTML page".to_owned());
    }
    Ok(RawDoc { path: source.path.clone(), format, text, meta, warnings })
}

/// Format from the file name, or from the content when the name says nothing.
pub fn detect_format(path: &str, text: &str) -> Format {
    let ext = Path::new(path).extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => Format::Html,
        Some("md" | "markdown") => Format::Markdown,
        Some("txt" | "text") => Format::Text,
        _ => {
            let head: String = text.trim_start().chars().take(200).collect::<String>().to_ascii_lowercase();
            if head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body") {
                Format::Html
            } else {
                Format::Text
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_from_name_and_content() {
        assert_eq!(detect_format("a.HTM", ""), Format::Html);
        assert_eq!(detect_format("a.md", ""), Format::Markdown);
        assert_eq!(detect_format("a", "<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(detect_format("a.dat", "Plain words."), Format::Text);
    }

    #[test]
    fn missing_path_is_named() {
        let (s, e) = read_paths(&[PathBuf::from("/no/such/article.txt")]);
        assert!(s.is_empty());
        assert_eq!(e[0].path, "/no/such/article.txt");
        assert!(e[0].error.contains("no such file"));
    }
}
