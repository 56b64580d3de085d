//! The analysis model: one [`Comparison`] value that the CLI, the exporters and the desktop app read.
//!
//! These types serialise to the JSON report (schema version 1, documented in the README). Field names
//! and meanings are a contract: add fields, never rename or drop them.

use serde::{Deserialize, Serialize};

mod corrections;
mod ids;
mod kinds;

pub use corrections::{Correction, Place};
pub use ids::{ArticleId, NumberId};
pub use kinds::{Category, GroupStatus, Qualifier, Quantity};

/// Version of the JSON report schema these types produce.
pub const SCHEMA_VERSION: u32 = 1;

/// A byte range `[start, end)` into an article's `text`, always on UTF-8 character boundaries.
///
/// Serialised as a two-element array `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// Bytes both spans cover.
    pub fn overlap(&self, other: &Span) -> usize {
        self.end.min(other.end).saturating_sub(self.start.max(other.start))
    }

    /// The smallest span covering both.
    pub fn union(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<[usize; 2]> for Span {
    fn from(v: [usize; 2]) -> Self {
        Span { start: v[0], end: v[1] }
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> Self {
        [s.start, s.end]
    }
}

/// The whole analysis of a set of articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Schema version, [`SCHEMA_VERSION`].
    pub version: u32,
    /// The articles, in the order they were given.
    pub articles: Vec<Article>,
    /// Text shared by two or more articles.
    pub passages: Vec<Passage>,
    /// Figures found in the articles.
    pub numbers: Vec<NumberMention>,
    /// The same quantity as given by different articles.
    pub number_groups: Vec<NumberGroup>,
    /// Labels, attribution verbs, quotes and scare quotes.
    pub framing: Framing,
    /// Inputs that could not be read, or were read with a caveat.
    pub errors: Vec<InputError>,
    /// The reader's corrections applied to this analysis, in the order made (see
    /// [`crate::corrections`]); absent when there are none. (Addition to schema version 1.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

impl Comparison {
    /// The article with this id.
    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Index of the article with this id in [`Comparison::articles`].
    pub fn article_index(&self, id: ArticleId) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }

    /// True when at least one input failed outright (warnings do not count).
    pub fn has_failed_inputs(&self) -> bool {
        self.errors.iter().any(|e| e.severity == Severity::Error)
    }
}

/// One article, with the body text every span indexes into.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Short id unique in the report: `"A1"`, `"A2"`, ...
    pub id: ArticleId,
    /// The path as given on the command line, or the embedded name.
    pub path: String,
    /// Headline.
    pub title: String,
    /// The outlet (site) that published it, when known.
    pub outlet: Option<String>,
    /// Publication date as `YYYY-MM-DD`, when known.
    pub published: Option<String>,
    /// Original source the article credits ("Source: Reuters"), when it says so.
    #[serde(default)]
    pub source: Option<String>,
    /// The article body with page furniture removed; paragraphs are separated by a blank line.
    pub text: String,
    /// Number of words in `text`.
    pub words: usize,
    /// What was set aside as page furniture, in order.
    pub boilerplate: Vec<Boilerplate>,
}

impl Article {
    /// The text of a span of this article. Returns an empty string for a span outside the text.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// A short name for the article: the outlet when known, else the file name.
    pub fn short_name(&self) -> String {
        if let Some(o) = &self.outlet {
            return o.clone();
        }
        std::path::Path::new(&self.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.path.clone())
    }
}

/// A line set aside as page furniture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// The line as it stood in the input.
    pub text: String,
    /// Why it was set aside (for example "navigation or share line").
    #[serde(default)]
    pub reason: String,
}

/// How a shared passage relates its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassageKind {
    /// The same words in the same order (case, quote style and spacing aside).
    Verbatim,
    /// The same text with small edits.
    Near,
    /// The same content reworded.
    Paraphrase,
    /// The same quoted words inside otherwise different sentences.
    Quote,
}

impl PassageKind {
    /// Lower-case name as used in the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            PassageKind::Verbatim => "verbatim",
            PassageKind::Near => "near",
            PassageKind::Paraphrase => "paraphrase",
            PassageKind::Quote => "quote",
        }
    }
}

/// Text shared by two or more articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Short id unique in the report: `"P1"`, ...
    pub id: String,
    /// Verbatim, near, paraphrase or quote.
    pub kind: PassageKind,
    /// How alike the members are, 0..1 (1 = identical words).
    pub similarity: f64,
    /// One member per article, two or more, in article order.
    pub members: Vec<Member>,
    /// Word-level diffs between members.
    pub diffs: Vec<PairDiff>,
    /// Added to schema version 1, present only when true: some member pair was too long to diff
    /// word by word (more than 4,000 tokens, both sides together, between their common beginning and
    /// end), so its diff was computed by sentences first and word by word only inside changed runs
    /// of sentences within that size; a longer changed run is one deletion and one insertion. The
    /// diffs, the similarity and the kind read from them are still the same on every run.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub coarse_diff: bool,
    /// Added to schema version 1, present only when true: every member comes from the same outlet
    /// (two versions of one outlet's story), so the passage says nothing about how outlets differ.
    /// Articles whose outlet is unknown are never the same outlet.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub same_outlet: bool,
}

/// Where a passage stands in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Article id.
    pub article: ArticleId,
    /// Byte range in that article's text.
    pub span: Span,
    /// `article.text[span]`.
    pub text: String,
}

/// A word-level diff of two members, computed with `similar`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairDiff {
    /// Article id of the old side.
    pub a: ArticleId,
    /// Article id of the new side.
    pub b: ArticleId,
    /// Equal, deleted (only in `a`) and inserted (only in `b`) runs, in reading order.
    pub ops: Vec<DiffOp>,
}

impl PairDiff {
    /// The concatenated text of all runs with this tag.
    pub fn text_of(&self, tag: DiffTag) -> String {
        self.ops.iter().filter(|o| o.tag == tag).map(|o| o.text.as_str()).collect()
    }
}

/// One run of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOp {
    /// Equal, delete or insert.
    pub tag: DiffTag,
    /// The text of the run (as it stands in `a` for equal and delete, in `b` for insert). Most runs
    /// are a few words, held inline without an allocation of their own (a large set keeps millions).
    pub text: smol_str::SmolStr,
}

/// The kind of a diff run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffTag {
    /// In both.
    Equal,
    /// Only in the old side.
    Delete,
    /// Only in the new side.
    Insert,
}

/// A figure found in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    /// Short id: `"N1"`, ...
    pub id: NumberId,
    /// Article id.
    pub article: ArticleId,
    /// Where the number's phrase stands.
    pub span: Span,
    /// `article.text[span]`.
    pub text: String,
    /// The value (the lower end for a range).
    pub value: f64,
    /// The upper end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// exact, at_least, more_than, at_most, less_than, approximately or range.
    pub qualifier: Qualifier,
    /// What is counted: killed, wounded, displaced, arrested, missing, people, money, percent, ...
    pub what: Quantity,
    /// The sentence the number stands in: the whole sentence when it is at most
    /// [`MAX_SENTENCE_BYTES`] long, else a window of about that size around the figure, cut at word
    /// edges and marked with "…" where it is cut (so that a report never repeats a long sentence once
    /// per figure in it).
    pub sentence: String,
    /// Added to schema version 1: `[start, end]` byte span of the whole sentence in the article's
    /// `text` (`sentence` is that text, or a window of it).
    #[serde(default = "empty_span")]
    pub sentence_span: Span,
    /// Added to schema version 1, present only when true: the figure belongs to another event —
    /// its sentence tells of an earlier one ("in 2016", "last year", "the deadliest since ...") or it
    /// stands in a "Related articles" part — so it never joins the story's own tolls.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub background: bool,
}

/// Longest `sentence` of a [`NumberMention`] given whole, in bytes.
pub const MAX_SENTENCE_BYTES: usize = 600;

fn empty_span() -> Span {
    Span { start: 0, end: 0 }
}

/// The same quantity as given by different articles (or twice by one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberGroup {
    /// Short id: `"G1"`, ...
    pub id: String,
    /// What is counted.
    pub what: Quantity,
    /// Number ids.
    pub members: Vec<NumberId>,
    /// agree, compatible, differ or single.
    pub status: GroupStatus,
    /// True when one article gives conflicting values.
    pub within_article: bool,
    /// The counted noun or unit all members share, when the group counts a part or a kind
    /// ("children", "serious injuries", "mph"); absent for totals. (Addition to schema version 1.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
}

impl NumberGroup {
    /// What the group counts, for a reader: "killed", or "wounded · serious injuries".
    pub fn what_label(&self) -> String {
        match &self.counted {
            Some(c) => format!("{} \u{b7} {c}", self.what),
            None => self.what.to_string(),
        }
    }
}

/// How the articles frame the event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    /// People, organisations and places, with the labels each outlet gives them.
    pub actors: Vec<Actor>,
    /// Verbs and phrases that introduce claims.
    pub attributions: Vec<Attribution>,
    /// The same direct quote in several articles.
    pub quotes: Vec<QuoteGroup>,
    /// Words in quotation marks that are not quoted statements.
    pub scare_quotes: Vec<SpanText>,
    /// The outlets' own loaded words anywhere in their text, outside quotations ("slammed",
    /// "regime", "so-called"), in article and text order. (Addition to schema version 1.)
    #[serde(default)]
    pub loaded_words: Vec<LoadedWord>,
}

/// A loaded word or phrase of the lexicon in an article's own words (not inside a quotation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadedWord {
    /// Article id.
    pub article: ArticleId,
    /// Where it stands.
    pub span: Span,
    /// `article.text[span]`.
    pub text: String,
    /// The lexicon's category (pejorative, evaluative, delegitimising or legitimising).
    pub category: Category,
    /// The lexicon's term, as the lexicon writes it (the key under which outlets are compared).
    pub term: String,
    /// A more neutral alternative, when the lexicon gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neutral: Option<String>,
}

/// An actor and the labels attached to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Short id: `"R1"`, ...
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Other names for it.
    pub aliases: Vec<String>,
    /// Labels per article.
    pub labels: Vec<Label>,
}

/// A word or phrase an outlet attaches to an actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    /// Article id.
    pub article: ArticleId,
    /// The label.
    pub label: String,
    /// Where it stands.
    pub span: Span,
    /// `article.text[span]`.
    pub text: String,
    /// True for evaluative or legitimising terms.
    pub loaded: bool,
    /// For a loaded label, the lexicon category of its loaded term: pejorative, evaluative,
    /// delegitimising or legitimising.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
}

/// A verb or phrase that introduces a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// Article id.
    pub article: ArticleId,
    /// The verb, as written.
    pub verb: String,
    /// Where it stands.
    pub span: Span,
    /// `article.text[span]`.
    pub text: String,
    /// True for neutral verbs (said, told, according to).
    pub neutral: bool,
}

/// The same direct quote in several articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroup {
    /// Short id: `"Q1"`, ...
    pub id: String,
    /// True when every member has the same words.
    pub faithful: bool,
    /// One member per article.
    pub members: Vec<Member>,
    /// Word diffs between members.
    pub diffs: Vec<PairDiff>,
    /// Who says it, per member, where the sentence names the speaker ("the US State Department said").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<SpanText>,
}

/// A span of an article with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanText {
    /// Article id.
    pub article: ArticleId,
    /// Where it stands.
    pub span: Span,
    /// `article.text[span]`.
    pub text: String,
}

/// How bad an input problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The input was not analysed.
    Error,
    /// The input was analysed, with a caveat (for example a guessed encoding).
    Warning,
}

/// A problem with one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// The path as given.
    pub path: String,
    /// What is wrong, and what to do about it.
    pub error: String,
    /// Error (not analysed) or warning (analysed with a caveat).
    #[serde(default = "default_severity")]
    pub severity: Severity,
}

fn default_severity() -> Severity {
    Severity::Error
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{what}: {}: {}", self.path, self.error)
    }
}
