//! The lexicon: loaded, evaluative and legitimising terms, neutral titles and role nouns, and the verbs
//! that attribute claims. Ours is embedded from `assets/lexicon.toml`; users can extend it.

use crate::lang::normalize::Key;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::lang::normalize::match_key_inline;
pub use crate::model::Category;

/// The lexicon shipped with Parallax.
pub const BUILTIN: &str = include_str!("../../assets/lexicon.toml");

/// A problem reading a lexicon file.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// The file could not be read.
    #[error("{path}: cannot read the lexicon: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The path is not a regular file of a sensible size (a pipe, a device, a huge file), or not
    /// UTF-8 text.
    #[error("{path}: cannot use it as a lexicon: {reason}")]
    Unusable {
        /// The file.
        path: PathBuf,
        /// Why, and what to give instead.
        reason: String,
    },
    /// The file is not a valid lexicon.
    #[error("{path}:{line}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Largest lexicon file read: 4 MiB (the built-in one is about 30 kB).
pub const MAX_LEXICON_BYTES: u64 = 4 * 1024 * 1024;

/// Read a user's lexicon file with the same care as an article: regular files only, bounded size.
fn read_lexicon_file(path: &Path) -> Result<String, LexiconError> {
    use crate::load::LoadError;
    let unusable = |reason: String| LexiconError::Unusable { path: path.to_owned(), reason };
    let bytes = match crate::load::read_file(path, MAX_LEXICON_BYTES) {
        Ok((bytes, _)) => bytes,
        Err(LoadError::NotAFile(kind)) => {
            return Err(unusable(format!("it is {kind}, not a regular file — give a TOML file")));
        }
        Err(LoadError::TooLarge { .. }) => {
            return Err(unusable("it is larger than the 4 MB a lexicon file may be — split it".to_owned()));
        }
        Err(LoadError::Unreadable(source)) => return Err(LexiconError::Io { path: path.to_owned(), source }),
        Err(e) => return Err(unusable(e.to_string())),
    };
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes).to_vec();
    String::from_utf8(bytes).map_err(|e| {
        unusable(format!("not UTF-8 text (bad byte at {}) — save it as UTF-8", e.utf8_error().valid_up_to()))
    })
}

/// What kind of actor a head noun can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refers {
    /// A person ("the general").
    Person,
    /// An organisation, force or government ("the regime").
    Group,
}

/// One lexicon term.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The word or phrase.
    pub text: String,
    /// What it says.
    pub category: Category,
    /// A more neutral alternative.
    #[serde(default)]
    pub neutral: Option<String>,
    /// What kind of actor it can name, for head nouns.
    #[serde(default)]
    pub refers: Option<Refers>,
    /// The neutral kind (title, role or descriptor) a term keeps when a user's file gives it a
    /// loaded category: "Field Marshal" marked legitimising still stands before a name as a title.
    #[serde(skip)]
    pub kind: Option<Category>,
}

impl Term {
    /// True when the term is of `kind` (title, role, descriptor), by its category or by the kind
    /// it kept when its category was made loaded.
    pub fn is(&self, kind: Category) -> bool {
        self.category == kind || self.kind == Some(kind)
    }
}

/// A verb or phrase that attributes a claim.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionTerm {
    /// As written ("said", "according to").
    pub text: String,
    /// True for neutral reporting verbs.
    pub neutral: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    term: Vec<Term>,
    #[serde(default)]
    attribution: Vec<AttributionTerm>,
}

/// Position of each term in its list, by its words (a fixed-seed hasher: lookups only).
type TermIndex = HashMap<Vec<Key>, usize, foldhash::fast::FixedState>;

/// The terms, looked up by their folded words.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    terms: Vec<Term>,
    attributions: Vec<AttributionTerm>,
    term_index: TermIndex,
    attribution_index: TermIndex,
    longest: usize,
    /// The first and the last words of the terms, and the first words of the attribution phrases:
    /// most words of a text start or end none, and one lookup tells so.
    term_first: crate::text::FastSet<Key>,
    term_last: crate::text::FastSet<Key>,
    attribution_first: crate::text::FastSet<Key>,
}

/// Fold a phrase into the keys lexicon lookups use.
pub fn phrase_keys(phrase: &str) -> Vec<Key> {
    let model = crate::text::TextModel::new(phrase);
    model.tokens.iter().map(|t| match_key_inline(&phrase[t.span().start..t.span().end])).collect()
}

impl Lexicon {
    /// The lexicon shipped with Parallax.
    pub fn builtin() -> Self {
        let mut lex = Lexicon::default();
        // The embedded file is tested; should it ever fail, an empty lexicon is still usable.
        if let Ok(f) = parse(BUILTIN, Path::new("assets/lexicon.toml")) {
            lex.extend(f);
        }
        lex
    }

    /// Parse a lexicon from text; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Self, LexiconError> {
        let mut lex = Lexicon::default();
        lex.extend(parse(text, path)?);
        Ok(lex)
    }

    /// Extend (and where the text is the same, override) this lexicon with a user file.
    pub fn load_user(&mut self, path: &Path) -> Result<(), LexiconError> {
        let text = read_lexicon_file(path)?;
        let f = parse(&text, path)?;
        self.extend(f);
        Ok(())
    }

    fn extend(&mut self, f: File) {
        for mut t in f.term {
            let key = phrase_keys(&t.text);
            self.longest = self.longest.max(key.len());
            // A user's entry for one of our terms changes what it gives and keeps what it leaves
            // out: its kind of actor, its neutral alternative, and its use as a title or role.
            if let Some(old) = self.term_index.get(&key).map(|&i| &self.terms[i]) {
                t.refers = t.refers.or(old.refers);
                t.neutral = t.neutral.take().or_else(|| old.neutral.clone());
                if t.category.loaded() {
                    t.kind = old.kind.or((!old.category.loaded()).then_some(old.category));
                }
            }
            if let (Some(first), Some(last)) = (key.first(), key.last()) {
                self.term_first.insert(first.clone());
                self.term_last.insert(last.clone());
            }
            upsert(&mut self.term_index, &mut self.terms, key, t);
        }
        for a in f.attribution {
            let key = phrase_keys(&a.text);
            self.longest = self.longest.max(key.len());
            if let Some(first) = key.first() {
                self.attribution_first.insert(first.clone());
            }
            upsert(&mut self.attribution_index, &mut self.attributions, key, a);
        }
    }

    /// All terms.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The term made of exactly these folded words.
    pub fn term(&self, keys: &[Key]) -> Option<&Term> {
        if !self.term_first.contains(keys.first()?) {
            return None;
        }
        self.term_index.get(keys).map(|&i| &self.terms[i])
    }

    /// The longest term starting at `keys[0]`, with its length in words.
    pub fn term_at(&self, keys: &[Key]) -> Option<(&Term, usize)> {
        if !self.term_first.contains(keys.first()?) {
            return None;
        }
        // The first word is known to start a term: look the phrases up without asking again.
        (1..=self.longest.min(keys.len()))
            .rev()
            .find_map(|n| self.term_index.get(&keys[..n]).map(|&i| (&self.terms[i], n)))
    }

    /// The longest term ending at the last of `keys`, with its length in words.
    pub fn term_ending(&self, keys: &[Key]) -> Option<(&Term, usize)> {
        if !self.term_last.contains(keys.last()?) {
            return None;
        }
        let len = keys.len();
        (1..=self.longest.min(len)).rev().find_map(|n| self.term(&keys[len - n..]).map(|t| (t, n)))
    }

    /// The longest attribution phrase starting at `keys[0]`, with its length in words.
    pub fn attribution_at(&self, keys: &[Key]) -> Option<(&AttributionTerm, usize)> {
        if !self.attribution_first.contains(keys.first()?) {
            return None;
        }
        (1..=self.longest.min(keys.len()))
            .rev()
            .find_map(|n| self.attribution_index.get(&keys[..n]).map(|&i| (&self.attributions[i], n)))
    }
}

fn parse(text: &str, path: &Path) -> Result<File, LexiconError> {
    toml::from_str::<File>(text).map_err(|e| {
        let line = e.span().map_or(1, |s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        LexiconError::Parse { path: path.to_owned(), line, message: e.message().trim().to_owned() }
    })
}

/// Add `item` under `key`, replacing an entry with the same key (a user's file overrides ours).
/// Entries whose text has no words are ignored.
fn upsert<T>(index: &mut TermIndex, items: &mut Vec<T>, key: Vec<Key>, item: T) {
    if key.is_empty() {
        return;
    }
    match index.get(&key) {
        Some(&i) => items[i] = item,
        None => {
            index.insert(key, items.len());
            items.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses_and_looks_up() {
        parse(BUILTIN, Path::new("assets/lexicon.toml")).expect("builtin lexicon parses");
        let lex = Lexicon::builtin();
        let warlord = lex.term(&phrase_keys("Warlord")).expect("warlord");
        assert!(warlord.category.loaded());
        assert_eq!(warlord.neutral.as_deref(), Some("military commander"));
        let (t, n) = lex.term_at(&phrase_keys("internationally recognized government")).expect("phrase");
        assert_eq!((t.category, n), (Category::Legitimising, 2));
        assert!(!lex.term(&phrase_keys("General")).expect("general").category.loaded());
        assert!(lex.attribution_at(&phrase_keys("according to officials")).is_some_and(|(a, n)| a.neutral && n == 2));
    }

    #[test]
    fn phrases_are_found_from_either_end_and_other_words_find_nothing() {
        let lex = Lexicon::parse(
            "[[term]]\ntext = \"harbour rebel\"\ncategory = \"pejorative\"\n[[term]]\ntext = \"rebel\"\ncategory = \"pejorative\"\n\
             [[attribution]]\ntext = \"claimed\"\nneutral = false\n",
            Path::new("mine.toml"),
        )
        .expect("parses");
        let keys = phrase_keys("the harbour rebel");
        assert_eq!(lex.term_at(&keys[1..]).map(|(t, n)| (t.text.as_str(), n)), Some(("harbour rebel", 2)));
        assert_eq!(lex.term_ending(&keys).map(|(t, n)| (t.text.as_str(), n)), Some(("harbour rebel", 2)));
        assert!(lex.term_at(&keys).is_none() && lex.term(&keys[..1]).is_none() && lex.term(&[]).is_none());
        assert!(lex.term_ending(&keys[..2]).is_none());
        assert!(lex.attribution_at(&phrase_keys("claimed that")).is_some());
        assert!(lex.attribution_at(&phrase_keys("rebel")).is_none());
    }

    #[test]
    fn user_file_extends_and_overrides_and_errors_name_the_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("mine.toml");
        std::fs::write(&p, "[[term]]\ntext = \"general\"\ncategory = \"evaluative\"\n[[term]]\ntext = \"zealot\"\ncategory = \"pejorative\"\n")
            .expect("write");
        let mut lex = Lexicon::builtin();
        lex.load_user(&p).expect("loads");
        assert!(lex.term(&phrase_keys("general")).is_some_and(|t| t.category.loaded()));
        assert!(lex.term(&phrase_keys("zealot")).is_some());
        let general = lex.term(&phrase_keys("general")).expect("general");
        assert!(
            general.is(Category::Title) && general.refers.is_some(),
            "a loaded title is still a title: {general:?}"
        );
        std::fs::write(&p, "[[term]]\ntext = \"x\"\n\ncategory = \"nasty\"\n").expect("write");
        let e = lex.load_user(&p).expect_err("bad category").to_string();
        assert!(e.contains("mine.toml:4"), "{e}");
        let e = lex.load_user(&dir.path().join("missing.toml")).expect_err("missing").to_string();
        assert!(e.contains("missing.toml"), "{e}");
    }
}
