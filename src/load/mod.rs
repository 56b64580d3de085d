//! Stage 1, load: paths and bytes to decoded documents.
//!
//! Directories are read recursively (hidden entries and non-text files skipped, in name order);
//! every file is decoded ([`decode`]) and its format detected: HTML pages go through a readability
//! extractor ([`html`]), Markdown through a CommonMark parser ([`markdown`]), anything else that is
//! text is read as plain text. Problems are returned per input, never as a panic.

mod asides;
pub mod decode;
pub mod html;
pub mod markdown;

use std::collections::{HashMap, HashSet};
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
    /// A named pipe, a device, a socket: reading it could block or never end.
    #[error("is {0}, not a regular file — give an article file (.txt, .md or .html)")]
    NotAFile(&'static str),
    /// Larger than an article file may be.
    #[error("is {} — larger than the {} an article file may be; give the article alone", megabytes(*size), megabytes(*limit))]
    TooLarge {
        /// Bytes in the file (at least).
        size: u64,
        /// The limit.
        limit: u64,
    },
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

/// A byte count in megabytes, for messages: "16 MB", "0.3 MB".
fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb >= 10.0 { format!("{mb:.0} MB") } else { format!("{mb:.1} MB") }
}

impl LoadError {
    /// This error as a report entry for `path`.
    pub fn to_input_error(&self, path: &str) -> InputError {
        InputError { path: path.to_owned(), error: self.to_string(), severity: Severity::Error }
    }
}

/// Largest file read as an article: 16 MiB. A news article is a few tens of kilobytes and a saved
/// web page a few megabytes; anything bigger is not one article, and reading it whole would only
/// cost memory.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// What was read from the paths given: the sources, one error per path that could not be read,
/// and the identity of every file read (so that a report is never written onto one of them).
#[derive(Debug, Default)]
pub struct Inputs {
    /// Sources in order (directory contents sorted by name).
    pub sources: Vec<Source>,
    /// One entry per path that could not be read.
    pub errors: Vec<InputError>,
    /// Every file given or found in a folder, whether it could be read or not.
    pub files: Vec<FileId>,
}

/// Read every path (files, or directories walked recursively) into sources.
///
/// Returns the sources in order (directory contents sorted by name) and one error per path that
/// could not be read. The same file reached twice is read once.
pub fn read_paths(paths: &[PathBuf]) -> (Vec<Source>, Vec<InputError>) {
    let inputs = read_inputs(paths);
    (inputs.sources, inputs.errors)
}

/// Read every path, as [`read_paths`] does, and say which files were read.
///
/// Only regular files are read (a named pipe, a device or a socket gets an error line), at most
/// [`MAX_FILE_BYTES`] each; a directory is walked once however many symbolic links lead to it.
pub fn read_inputs(paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    let mut seen: HashMap<FileId, String> = HashMap::new();
    let mut walked: HashSet<PathBuf> = HashSet::new();
    for p in paths {
        let shown = p.display().to_string();
        let meta = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) => {
                inputs.errors.push(io_error(e).to_input_error(&shown));
                continue;
            }
        };
        let files = if meta.is_dir() {
            let mut files = Vec::new();
            walk_dir(p, &mut files, &mut inputs.errors, &mut walked);
            if files.is_empty() {
                inputs.errors.push(LoadError::EmptyDirectory.to_input_error(&shown));
            }
            files
        } else {
            vec![p.clone()]
        };
        for f in files {
            let shown = f.display().to_string();
            if let Some(id) = FileId::of(&f) {
                inputs.files.push(id);
            }
            match read_file(&f, MAX_FILE_BYTES) {
                Ok((bytes, id)) => {
                    if let Some(other) = seen.get(&id) {
                        let e = LoadError::Duplicate { what: "file", other: other.clone() };
                        inputs.errors.push(e.to_input_error(&shown));
                        continue;
                    }
                    seen.insert(id, shown.clone());
                    inputs.sources.push(Source { path: shown, bytes });
                }
                Err(e) => inputs.errors.push(e.to_input_error(&shown)),
            }
        }
    }
    inputs
}

/// The identity of a file on disk, the same whatever path (symbolic or hard link) leads to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileId(FileIdInner);

#[cfg(unix)]
type FileIdInner = (u64, u64);
#[cfg(not(unix))]
type FileIdInner = PathBuf;

impl FileId {
    /// The identity of the file at `path` (links followed), or `None` when there is none.
    pub fn of(path: &Path) -> Option<FileId> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Self::from_meta(path, &meta))
    }

    #[cfg(unix)]
    fn from_meta(_path: &Path, meta: &std::fs::Metadata) -> FileId {
        use std::os::unix::fs::MetadataExt;
        FileId((meta.dev(), meta.ino()))
    }

    #[cfg(not(unix))]
    fn from_meta(path: &Path, _meta: &std::fs::Metadata) -> FileId {
        FileId(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()))
    }
}

/// What kind of special file this is, when it is not a regular file.
fn special_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a named pipe");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
    }
    Some("a special file")
}

/// Open a file for reading without waiting on it: a named pipe with no writer must not block.
fn open_for_reading(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Read a regular file of at most `limit` bytes, with its identity.
///
/// Anything else is refused before a byte is read: a named pipe, a device (such as `/dev/zero`),
/// a socket, a directory, or a file larger than `limit` (checked on the open file, and again while
/// reading, so a file that grows cannot exhaust memory).
pub fn read_file(path: &Path, limit: u64) -> Result<(Vec<u8>, FileId), LoadError> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if let Some(kind) = special_kind(&meta) {
        return Err(LoadError::NotAFile(kind));
    }
    let file = open_for_reading(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    if let Some(kind) = special_kind(&meta) {
        return Err(LoadError::NotAFile(kind));
    }
    if meta.len() > limit {
        return Err(LoadError::TooLarge { size: meta.len(), limit });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io_error)?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge { size: bytes.len() as u64, limit });
    }
    Ok((bytes, FileId::from_meta(path, &meta)))
}

fn io_error(e: std::io::Error) -> LoadError {
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::Missing,
        _ => LoadError::Unreadable(e),
    }
}

/// Collect article files below `dir`, skipping hidden entries and files that are not text, and any
/// directory already walked (a symbolic link back to a parent or to a sibling is followed once).
fn walk_dir(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<InputError>, walked: &mut HashSet<PathBuf>) {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
    if !walked.insert(canonical) {
        return;
    }
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
        let Ok(meta) = std::fs::metadata(&path) else {
            // A dangling link or an entry that vanished: named when it looks like an article.
            if has_article_extension(&path) {
                errors.push(LoadError::Missing.to_input_error(&path.display().to_string()));
            }
            continue;
        };
        if meta.is_dir() {
            walk_dir(&path, out, errors, walked);
        } else if has_article_extension(&path) || (path.extension().is_none() && meta.is_file() && sniff_text(&path)) {
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
    let Ok(f) = open_for_reading(path) else { return false };
    if f.metadata().map_or(true, |m| !m.is_file()) {
        return false;
    }
    let Ok(n) = f.take(4096).read(&mut buf) else { return false };
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

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        std::fs::write(dir.path().join("real.txt"), "A real article about the flood.").unwrap();
        // Alone, in a folder, and a device: each named, none read, nothing blocks.
        let (s, e) = read_paths(&[fifo.clone(), PathBuf::from("/dev/zero")]);
        assert!(s.is_empty());
        assert!(e[0].error.contains("a named pipe"), "{e:?}");
        assert!(e[1].error.contains("a device"), "{e:?}");
        let (s, e) = read_paths(&[dir.path().to_owned()]);
        assert_eq!(s.len(), 1);
        assert!(e.iter().any(|e| e.path.ends_with("pipe.txt") && e.error.contains("named pipe")), "{e:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_linked_to_itself_is_walked_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "Words of an article.").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("loop1")).unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("loop2")).unwrap();
        let (s, e) = read_paths(&[dir.path().to_owned()]);
        assert_eq!(s.len(), 1, "{e:?}");
    }

    #[test]
    fn a_file_over_the_limit_is_named_with_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        std::fs::write(&big, vec![b'a'; 3000]).unwrap();
        let e = read_file(&big, 2048).unwrap_err();
        assert!(matches!(e, LoadError::TooLarge { size: 3000, limit: 2048 }));
        assert!(read_file(&big, 3000).is_ok());
        const { assert!(MAX_FILE_BYTES >= 10 * 1024 * 1024, "a 10 MB article must still be read") };
    }

    #[cfg(unix)]
    #[test]
    fn the_same_file_by_two_links_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(&a, "Words of an article.").unwrap();
        std::fs::hard_link(&a, dir.path().join("b.txt")).unwrap();
        let inputs = read_inputs(&[a.clone(), dir.path().join("b.txt")]);
        assert_eq!(inputs.sources.len(), 1);
        assert!(inputs.errors[0].error.contains("same file"));
        assert_eq!(FileId::of(&a), FileId::of(&dir.path().join("b.txt")));
    }
}
