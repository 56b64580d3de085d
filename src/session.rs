//! Sessions: a comparison saved as a `.parallax` file (JSON) and opened again — which articles (by
//! path, with a hash of their bytes), the reader's corrections and how the view stood (tab, column
//! order, zoom, the selected passage).
//!
//! Articles are not copied into the session. Opening one reads them again from disk, and says which
//! ones changed since (their hash differs: they are opened as they are now, and corrections may no
//! longer find what they corrected) or are gone (left out); everything else opens. The embedded
//! seed articles are saved by name. Sessions are written atomically, like reports.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::corrections::Corrections;
use crate::load::Source;
use crate::model::{ArticleId, InputError, Severity};

/// What the `format` field of every session file says.
pub const FORMAT: &str = "parallax-session";
/// The session format version this build writes and reads.
pub const VERSION: u32 = 1;
/// The file name extension of sessions.
pub const EXTENSION: &str = "parallax";
/// Largest session file read, in bytes (a session holds paths and corrections, not articles).
pub const MAX_SESSION_BYTES: u64 = 16 * 1024 * 1024;

/// A saved comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`VERSION`] when written by this build.
    pub version: u32,
    /// The articles, in the order opened.
    pub articles: Vec<SessionArticle>,
    /// The reader's corrections, in the order made.
    #[serde(default)]
    pub corrections: Corrections,
    /// How the view stood.
    #[serde(default)]
    pub view: SessionView,
}

/// One article of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionArticle {
    /// The id it had (`A2`), kept when it is opened again; none for an input that gave no article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ArticleId>,
    /// Its path (absolute when it could be resolved), or the name of an embedded seed article.
    pub path: String,
    /// True for an embedded seed article, which is never read from disk.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub embedded: bool,
    /// [`content_hash`] of its bytes when saved.
    pub hash: String,
}

/// How the view stood when the session was saved. Every field may be missing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionView {
    /// The tab of the bottom panel (`passages`, `numbers`, `framing`).
    pub tab: Option<String>,
    /// The articles' paths in column order, left to right.
    pub columns: Vec<String>,
    /// The zoom factor (1 = 100%).
    pub zoom: f32,
    /// The id of the selected passage.
    pub selected_passage: Option<String>,
}

impl Default for SessionView {
    fn default() -> Self {
        SessionView { tab: None, columns: Vec::new(), zoom: 1.0, selected_passage: None }
    }
}

/// What can go wrong with a session file; every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The file could not be read.
    #[error("cannot read the session file {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The file is larger than any session.
    #[error("{path} is not a Parallax session: it is {size} bytes, and a session is at most {MAX_SESSION_BYTES}")]
    TooLarge {
        /// The file.
        path: String,
        /// Its size in bytes.
        size: u64,
    },
    /// The file is not a session (not JSON, or JSON of another kind, or a damaged session).
    #[error("{path} is not a Parallax session file: {reason}")]
    NotSession {
        /// The file.
        path: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The file is a session of a newer format.
    #[error("{path} was saved by a newer Parallax (session format {found}; this one reads format {VERSION})")]
    Newer {
        /// The file.
        path: String,
        /// Its format version.
        found: u64,
    },
    /// The file could not be written.
    #[error("cannot write the session file {path}: {source}")]
    Write {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

/// FNV-1a, 64 bits: a simple, stable hash of a file's bytes (to notice a change, not an attack).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The hash a session keeps of an article's bytes: `fnv1a64:` and 16 hex digits.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("fnv1a64:{:016x}", fnv1a64(bytes))
}

fn is_embedded(source: &Source) -> bool {
    crate::seeds::SEEDS.iter().any(|(p, t)| *p == source.path && t.as_bytes() == source.bytes.as_slice())
}

impl SessionArticle {
    /// A source as a session keeps it: a file's path made absolute where it can be, so the session
    /// opens from any folder.
    pub fn of(source: &Source, id: Option<ArticleId>) -> Self {
        let embedded = is_embedded(source);
        let path = if embedded {
            source.path.clone()
        } else {
            std::fs::canonicalize(&source.path).map_or_else(|_| source.path.clone(), |p| p.display().to_string())
        };
        SessionArticle { id, path, embedded, hash: content_hash(&source.bytes) }
    }
}

impl Session {
    /// A session of these sources (with the ids their articles have, by source path). The view's
    /// `columns` are given as source paths, and kept as the session's article paths.
    pub fn new(
        sources: &[Source],
        ids: &HashMap<String, ArticleId>,
        corrections: Corrections,
        mut view: SessionView,
    ) -> Self {
        let articles: Vec<SessionArticle> =
            sources.iter().map(|s| SessionArticle::of(s, ids.get(&s.path).copied())).collect();
        let saved_as = |column: &String| {
            let i = sources.iter().position(|s| s.path == *column)?;
            articles.get(i).map(|a| a.path.clone())
        };
        view.columns = view.columns.iter().filter_map(saved_as).collect();
        Session { format: FORMAT.to_owned(), version: VERSION, articles, corrections, view }
    }

    /// The session as JSON, with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Read a session from JSON text; `path` only names the file in errors.
    pub fn from_json(text: &str, path: &str) -> Result<Session, SessionError> {
        let not = |reason: String| SessionError::NotSession { path: path.to_owned(), reason };
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| not(format!("not JSON ({e})")))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(not(format!("it has no \"format\": \"{FORMAT}\" field")));
        }
        let found = value.get("version").and_then(|v| v.as_u64()).ok_or_else(|| not("it has no version".into()))?;
        if found > u64::from(VERSION) {
            return Err(SessionError::Newer { path: path.to_owned(), found });
        }
        serde_json::from_value(value).map_err(|e| not(format!("damaged ({e})")))
    }
}

/// Write a session to `path` atomically (a temporary file in the same folder, then a rename).
pub fn save(path: &Path, session: &Session) -> Result<(), SessionError> {
    crate::report::write_atomically(path, session.to_json().as_bytes())
        .map_err(|source| SessionError::Write { path: path.display().to_string(), source })
}

/// Read a session file (not its articles).
pub fn read(path: &Path) -> Result<Session, SessionError> {
    let shown = path.display().to_string();
    let read_err = |source| SessionError::Read { path: shown.clone(), source };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if meta.is_dir() {
        let source = std::io::Error::new(std::io::ErrorKind::IsADirectory, "it is a folder");
        return Err(SessionError::Read { path: shown, source });
    }
    if meta.len() > MAX_SESSION_BYTES {
        return Err(SessionError::TooLarge { path: shown, size: meta.len() });
    }
    let bytes = std::fs::read(path).map_err(read_err)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| SessionError::NotSession { path: shown.clone(), reason: "not UTF-8 text".into() })?;
    Session::from_json(&text, &shown)
}

/// The articles of a session, read again.
#[derive(Debug, Default)]
pub struct Opened {
    /// The articles that could be read, in session order.
    pub sources: Vec<Source>,
    /// The id of each article, by the path of its source.
    pub ids: HashMap<String, ArticleId>,
    /// One line per article that changed since the session was saved (a warning: it is opened as
    /// it is now) or that is gone (an error: it is left out).
    pub problems: Vec<InputError>,
}

/// Read a session file and its articles, telling which articles changed or are gone.
///
/// This reads every article: an app calls [`read`] where it must answer at once and
/// [`load_articles`] where it may take its time.
pub fn open(path: &Path) -> Result<(Session, Opened), SessionError> {
    let session = read(path)?;
    let opened = load_articles(&session, path.parent().unwrap_or(Path::new("")));
    Ok((session, opened))
}

/// Read a session's articles again, telling which changed since it was saved (their hash differs)
/// or are gone. `base` is the session file's folder: a relative article path is tried against it.
pub fn load_articles(session: &Session, base: &Path) -> Opened {
    let mut opened = Opened::default();
    for article in &session.articles {
        match source_of(article, base) {
            Ok(source) => {
                if content_hash(&source.bytes) != article.hash {
                    opened.problems.push(InputError {
                        path: source.path.clone(),
                        error: "changed since the session was saved: opened as it is now, and corrections made \
                                to it may no longer apply"
                            .into(),
                        severity: Severity::Warning,
                    });
                }
                if let Some(id) = article.id {
                    opened.ids.insert(source.path.clone(), id);
                }
                opened.sources.push(source);
            }
            Err(why) => opened.problems.push(InputError {
                path: article.path.clone(),
                error: format!("{why} — it was in the session, and is left out"),
                severity: Severity::Error,
            }),
        }
    }
    opened
}

/// An article of a session, read again: an embedded seed by name, a file from disk (a relative
/// path is tried against the session's folder too).
fn source_of(article: &SessionArticle, base: &Path) -> Result<Source, String> {
    if article.embedded {
        return crate::seeds::sources()
            .into_iter()
            .find(|s| s.path == article.path)
            .ok_or_else(|| "no embedded article has this name in this build".to_owned());
    }
    let given = PathBuf::from(&article.path);
    let path =
        if given.is_relative() && !given.exists() && base.join(&given).exists() { base.join(given) } else { given };
    let mut inputs = crate::load::read_inputs(&[path]);
    if let Some(e) = inputs.errors.first() {
        return Err(e.error.clone());
    }
    match inputs.sources.len() {
        1 => inputs.sources.pop().ok_or_else(String::new),
        0 => Err("no article found there any more".into()),
        _ => Err("it is a folder now, not one article".into()),
    }
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
