//! Parallax: compare how different outlets cover the same news event.
//!
//! A pure analysis library (no GUI code) that turns a set of articles into one [`Comparison`]:
//! the passages they share, with word diffs; the figures they give, grouped across outlets; and how
//! they frame the actors and quote them. The desktop app, the `parallax report` command and every
//! exporter only read that value.
//!
//! The pipeline is a sequence of stages, one module each:
//! [`load`] (bytes → decoded documents) → [`text`] (page furniture set aside, sentences and tokens
//! with byte spans) → [`align`] (shared passages) → [`numbers`] (figures and their groups) →
//! [`framing`] (actors, labels, attribution, quotes) → [`report`] (text, JSON, Markdown, HTML).
//!
//! ```
//! let sources = parallax::seeds::sources();
//! let cmp = parallax::analyze(sources, Vec::new(), &mut |_| {});
//! assert_eq!(cmp.articles.len(), 5);
//! assert!(cmp.passages.iter().any(|p| p.members.len() >= 2));
//! ```

pub mod align;
#[cfg(feature = "gui")]
pub mod app;
pub mod corrections;
pub mod framing;
pub mod lang;
pub mod lcs;
pub mod load;
pub mod model;
pub mod numbers;
pub mod par;
pub mod report;
pub mod search;
pub mod seeds;
pub mod session;
pub mod text;
pub mod view;

use std::collections::HashMap;

pub use model::{Comparison, SCHEMA_VERSION};

use load::{LoadError, Source};
use model::{ArticleId, InputError, Severity};

/// A stage of the analysis, for progress reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Decoding and extracting article text.
    Load,
    /// Setting page furniture aside and modelling the text.
    Text,
    /// Finding shared passages.
    Align,
    /// Finding figures and grouping them.
    Numbers,
    /// Finding actors, labels, attribution and quotes.
    Framing,
    /// Done.
    Done,
}

impl Stage {
    /// What the stage does, for a progress line.
    pub fn describe(self) -> &'static str {
        match self {
            Stage::Load => "Reading articles",
            Stage::Text => "Setting page furniture aside",
            Stage::Align => "Finding shared passages",
            Stage::Numbers => "Finding and grouping figures",
            Stage::Framing => "Comparing framing",
            Stage::Done => "Done",
        }
    }
}

/// Progress of an analysis: the stage and how far into it (0..1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// Current stage.
    pub stage: Stage,
    /// Share of the whole analysis done, 0..1.
    pub fraction: f32,
}

/// Settings of an analysis.
#[derive(Debug, Clone)]
pub struct Options {
    /// Loaded, evaluative and legitimising terms and attribution verbs for the framing stage.
    pub lexicon: framing::Lexicon,
    /// Ids to give articles, by path: a caller that analyses again (the app, after a file is
    /// removed or added) keeps the ids a reader has seen. Other articles get the lowest `An` not
    /// among these.
    pub article_ids: HashMap<String, ArticleId>,
    /// The user's lexicon file, when one extends the built-in lexicon: a report is never written
    /// onto it.
    pub lexicon_path: Option<std::path::PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options { lexicon: framing::Lexicon::builtin(), article_ids: HashMap::new(), lexicon_path: None }
    }
}

impl Options {
    /// Options with the built-in lexicon extended (and, where a term is the same, overridden) by a
    /// user's lexicon file in the same TOML format as `assets/lexicon.toml`.
    pub fn with_user_lexicon(path: &std::path::Path) -> Result<Self, framing::LexiconError> {
        let mut lexicon = framing::Lexicon::builtin();
        lexicon.load_user(path)?;
        Ok(Options { lexicon, article_ids: HashMap::new(), lexicon_path: Some(path.to_owned()) })
    }
}

/// Analyse a set of sources with the default options (see [`analyze_with`]).
pub fn analyze(sources: Vec<Source>, errors: Vec<InputError>, progress: &mut dyn FnMut(Progress)) -> Comparison {
    analyze_with(sources, errors, &Options::default(), progress)
}

/// Analyse a set of sources.
///
/// `errors` carries problems found before (unreadable paths); problems with individual sources are
/// added to it, and those sources are left out. `progress` is called as the analysis moves on.
pub fn analyze_with(
    sources: Vec<Source>,
    errors: Vec<InputError>,
    options: &Options,
    progress: &mut dyn FnMut(Progress),
) -> Comparison {
    let mut errors = errors;
    progress(Progress { stage: Stage::Load, fraction: 0.0 });
    let docs = load_all(&sources, &mut errors, progress);
    // The files' bytes are decoded now: a large set's bytes are not held through the analysis.
    drop(sources);
    progress(Progress { stage: Stage::Text, fraction: 0.3 });
    let mut prepared = prepare_all(docs, &mut errors);
    number_articles(&mut prepared, &options.article_ids);
    progress(Progress { stage: Stage::Align, fraction: 0.4 });
    let (passages, framing, (numbers, number_groups)) = compare_all(&mut prepared, options, &mut errors, progress);
    progress(Progress { stage: Stage::Done, fraction: 1.0 });
    Comparison {
        version: SCHEMA_VERSION,
        articles: prepared.into_iter().map(|p| p.article).collect(),
        passages,
        numbers,
        number_groups,
        framing,
        errors,
        corrections: Vec::new(),
    }
}

/// Decode every source, leaving out (with an error line each) those that cannot be read, that
/// repeat an earlier text, or on which the loader fails.
fn load_all(sources: &[Source], errors: &mut Vec<InputError>, progress: &mut dyn FnMut(Progress)) -> Vec<load::RawDoc> {
    // Sources are decoded on every core; duplicates are then found in the sources' order.
    let parsed = par::map(sources, |src| guarded(|| load::parse(src)));
    let mut docs: Vec<load::RawDoc> = Vec::with_capacity(sources.len());
    // Texts kept so far, by a hash of their words: a text is a repeat when its words are another's.
    let mut seen_text: HashMap<u64, Vec<(usize, &str)>> = HashMap::new();
    let total = sources.len().max(1) as f32;
    for (i, (src, result)) in sources.iter().zip(parsed).enumerate() {
        match result {
            Ok(Ok(doc)) => {
                let kept = seen_text.entry(words_hash(&doc.text)).or_default();
                let same = |&&(d, _): &&(usize, &str)| docs[d].text.split_whitespace().eq(doc.text.split_whitespace());
                if let Some(&(_, other)) = kept.iter().find(same) {
                    let e = LoadError::Duplicate { what: "text", other: other.to_owned() };
                    errors.push(e.to_input_error(&src.path));
                    continue;
                }
                kept.push((docs.len(), &src.path));
                docs.push(doc);
            }
            Ok(Err(e)) => errors.push(e.to_input_error(&src.path)),
            Err(panic) => errors.push(internal_error(&src.path, "reading", &panic)),
        }
        progress(Progress { stage: Stage::Load, fraction: 0.3 * (i + 1) as f32 / total });
    }
    docs
}

/// A fixed hash of a text's words, whatever spaces stand between them.
fn words_hash(text: &str) -> u64 {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut h = foldhash::fast::FixedState::with_seed(0x7e47).build_hasher();
    text.split_whitespace().for_each(|w| w.hash(&mut h));
    h.finish()
}

/// The text stage for every document. Should it fail, each document
/// is prepared on its own, and one that fails alone is left out with an error line.
fn prepare_all(docs: Vec<load::RawDoc>, errors: &mut Vec<InputError>) -> Vec<text::Prepared> {
    let results: Vec<Result<text::Prepared, InputError>> = match guarded(|| text::prepare_all(&docs)) {
        Ok(results) => results.into_iter().map(|r| r.map_err(|(path, e)| e.to_input_error(&path))).collect(),
        Err(_) => docs
            .iter()
            .map(|d| match guarded(|| text::prepare(d)) {
                Ok(r) => r.map_err(|e| e.to_input_error(&d.path)),
                Err(panic) => Err(internal_error(&d.path, "preparing", &panic)),
            })
            .collect(),
    };
    let mut prepared = Vec::with_capacity(results.len());
    // Caveats (a guessed encoding, furniture not judged in this language) are told for the articles
    // that are analysed; an article left out gets its one error line alone.
    for result in results {
        match result {
            Ok(p) => {
                for w in &p.warnings {
                    let path = p.article.path.clone();
                    errors.push(InputError { path, error: w.clone(), severity: Severity::Warning });
                }
                prepared.push(p);
            }
            Err(e) => errors.push(e),
        }
    }
    prepared
}

/// Ids `A1`, `A2`, … in order, or the id asked for by path; the others take the lowest free `An`.
fn number_articles(prepared: &mut [text::Prepared], given: &HashMap<String, ArticleId>) {
    // Every id asked for is taken, present or not: an id a reader saw never comes to mean another article.
    let mut taken: std::collections::HashSet<ArticleId> = given.values().copied().collect();
    let mut next = 1;
    for p in prepared.iter_mut() {
        if let Some(&id) = given.get(&p.article.path) {
            p.article.id = id;
            continue;
        }
        while taken.contains(&ArticleId(next)) {
            next += 1;
        }
        p.article.id = ArticleId(next);
        taken.insert(p.article.id);
    }
}

/// What the cross-article stages find.
type Findings = (Vec<model::Passage>, model::Framing, (Vec<model::NumberMention>, Vec<model::NumberGroup>));

/// The three cross-article stages only read the prepared articles, so shared passages are found on
/// this thread while figures and framing are worked out on others: the same findings, on every core
/// in about the time of the longest stage. A panic in any is passed on to the caller's guard.
fn compare(prepared: &[text::Prepared], options: &Options, progress: &mut dyn FnMut(Progress)) -> Findings {
    let passages = || {
        let passages = align::find_passages(prepared);
        progress(Progress { stage: Stage::Numbers, fraction: 0.7 });
        passages
    };
    let others = || par::join(|| framing::analyze_with(prepared, &options.lexicon), || numbers::analyze(prepared));
    let (passages, (framing, numbers)) = par::join(passages, others);
    progress(Progress { stage: Stage::Framing, fraction: 0.9 });
    (passages, framing, numbers)
}

/// The cross-article stages, with a last line of defence against a defect of Parallax: should they
/// fail, every article is analysed alone, one that fails alone is left out with an error line and
/// the rest is compared again; should that fail too, each stage runs on its own and a failing one
/// gives no findings (and says so) while the others are kept.
fn compare_all(
    prepared: &mut Vec<text::Prepared>,
    options: &Options,
    errors: &mut Vec<InputError>,
    progress: &mut dyn FnMut(Progress),
) -> Findings {
    if let Ok(found) = guarded(|| compare(prepared, options, progress)) {
        return found;
    }
    let mut kept = Vec::with_capacity(prepared.len());
    for p in std::mem::take(prepared) {
        match guarded(|| compare(std::slice::from_ref(&p), options, &mut |_| {})) {
            Ok(_) => kept.push(p),
            Err(panic) => errors.push(internal_error(&p.article.path, "analysing", &panic)),
        }
    }
    number_articles(&mut kept, &options.article_ids);
    *prepared = kept;
    if let Ok(found) = guarded(|| compare(prepared, options, progress)) {
        return found;
    }
    let mut stage_failed = |stage: &str, panic: String| {
        errors.push(InputError {
            path: "(all articles)".to_owned(),
            error: format!(
                "internal error in the {stage} stage ({panic}); its findings are left out — please report it"
            ),
            severity: Severity::Error,
        });
    };
    let passages = guarded(|| align::find_passages(prepared)).unwrap_or_else(|p| {
        stage_failed("shared-passage", p);
        Vec::new()
    });
    let framing = guarded(|| framing::analyze_with(prepared, &options.lexicon)).unwrap_or_else(|p| {
        stage_failed("framing", p);
        model::Framing::default()
    });
    let numbers = guarded(|| numbers::analyze(prepared)).unwrap_or_else(|p| {
        stage_failed("numbers", p);
        (Vec::new(), Vec::new())
    });
    (passages, framing, numbers)
}

/// Run `f`, turning a panic (a defect of Parallax, never a fault of the input) into its message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned())
    })
}

/// The error line for an article on which a stage failed.
fn internal_error(path: &str, doing: &str, panic: &str) -> InputError {
    InputError {
        path: path.to_owned(),
        error: format!(
            "internal error while {doing} this article ({panic}); it is left out and the others are analysed — \
             please report it with the file"
        ),
        severity: Severity::Error,
    }
}

/// Read paths (files or directories) and analyse them.
pub fn analyze_paths(paths: &[std::path::PathBuf], progress: &mut dyn FnMut(Progress)) -> Comparison {
    let (sources, errors) = load::read_paths(paths);
    analyze(sources, errors, progress)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_moves_forward_through_every_stage() {
        let mut seen: Vec<Progress> = Vec::new();
        analyze(seeds::sources(), Vec::new(), &mut |p| seen.push(p));
        let stages: Vec<Stage> = seen.iter().map(|p| p.stage).fold(Vec::new(), |mut v, s| {
            if v.last() != Some(&s) {
                v.push(s);
            }
            v
        });
        let all = [Stage::Load, Stage::Text, Stage::Align, Stage::Numbers, Stage::Framing, Stage::Done];
        assert_eq!(stages, all);
        assert!(seen.windows(2).all(|w| w[0].fraction <= w[1].fraction), "{seen:?}");
    }

    #[test]
    fn a_panic_becomes_its_message() {
        let r: Result<(), String> = guarded(|| panic!("boom at {}", 3));
        assert_eq!(r.unwrap_err(), "boom at 3");
        let e = internal_error("a.txt", "reading", "boom");
        assert!(e.error.contains("internal error while reading this article (boom)"));
    }

    #[test]
    fn ids_asked_for_by_path_are_kept_and_the_rest_take_the_lowest_free() {
        let mut options = Options::default();
        let sources = seeds::sources();
        let paths: Vec<String> = sources.iter().map(|s| s.path.clone()).collect();
        options.article_ids.insert(paths[0].clone(), ArticleId(2));
        options.article_ids.insert(paths[2].clone(), ArticleId(7));
        let cmp = analyze_with(sources, Vec::new(), &options, &mut |_| {});
        let ids: Vec<String> = cmp.articles.iter().map(|a| a.id.to_string()).collect();
        assert_eq!(ids, ["A2", "A1", "A7", "A3", "A4"]);
        let default = analyze(seeds::sources(), Vec::new(), &mut |_| {});
        let ids: Vec<String> = default.articles.iter().map(|a| a.id.to_string()).collect();
        assert_eq!(ids, ["A1", "A2", "A3", "A4", "A5"]);
    }
}
