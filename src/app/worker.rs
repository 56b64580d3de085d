//! Analysis off the UI thread: reading new paths (or a session's articles) and running
//! [`crate::analyze`] on a `std::thread`, with progress sent back over a channel that the UI polls
//! once a frame.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::load::Source;
use crate::model::{ArticleId, InputError, Severity};
use crate::session::Session;
use crate::{Comparison, Progress, Stage};

/// A session to open: its articles are read again on the worker thread, and replace the sources.
#[derive(Debug)]
pub struct SessionLoad {
    /// The session as read from its file.
    pub session: Session,
    /// The session file's folder (relative article paths are tried against it).
    pub base: PathBuf,
}

/// What reading a session's articles found, for the UI to put back with the analysis.
#[derive(Debug)]
pub struct SessionLoaded {
    /// The session as read from its file (its corrections and view).
    pub session: Session,
    /// The id each article had, by the path of its source.
    pub ids: HashMap<String, ArticleId>,
    /// Articles that changed since the session was saved (warnings; they are opened as they are
    /// now). Those that are gone are in [`JobOutput::read_errors`].
    pub changed: Vec<InputError>,
}

/// What a finished job hands back: the sources it analysed (old ones plus those it read) and the result.
#[derive(Debug)]
pub struct JobOutput {
    /// Every source, in column order, including those that failed to parse.
    pub sources: Vec<Source>,
    /// Problems reading paths from disk (kept so that a later re-analysis still shows them).
    pub read_errors: Vec<InputError>,
    /// The paths given that brought at least one article, for the recent-files list, resolved
    /// (canonical) on the worker thread so that the frame loop never touches the disk.
    pub opened: Vec<PathBuf>,
    /// The paths given that brought no article (missing, unreadable, not text, duplicates), as
    /// given: the recent-files list drops them.
    pub failed: Vec<String>,
    /// The analysis.
    pub comparison: Comparison,
    /// What the session opened by this job brought, when it opened one.
    pub session: Option<SessionLoaded>,
}

enum Message {
    Progress(Progress),
    Done(Box<JobOutput>),
}

/// A running analysis.
pub struct Job {
    rx: Receiver<Message>,
    /// The latest progress report.
    pub progress: Progress,
}

/// What polling a job found.
pub enum Poll {
    /// Still running.
    Running,
    /// Finished.
    Done(Box<JobOutput>),
    /// The worker went away without an answer (it could not start); the old state stands.
    Failed(String),
}

impl Job {
    /// Start a job: read `new_paths` from disk, append them to `sources`, and analyse everything.
    ///
    /// `ctx` is asked to repaint whenever the job reports, so the UI wakes up to poll.
    pub fn start(
        sources: Vec<Source>,
        read_errors: Vec<InputError>,
        new_paths: Vec<PathBuf>,
        options: Arc<crate::Options>,
        ctx: egui::Context,
    ) -> Job {
        Job::spawn(sources, read_errors, Input::Paths(new_paths), options, ctx)
    }

    /// Start a job that opens a session: read its articles from disk (telling which changed or are
    /// gone), keep their saved ids, and analyse them. `sources` and `read_errors` are only kept
    /// should the analysis fail.
    pub fn start_session(
        sources: Vec<Source>,
        read_errors: Vec<InputError>,
        load: SessionLoad,
        options: Arc<crate::Options>,
        ctx: egui::Context,
    ) -> Job {
        Job::spawn(sources, read_errors, Input::Session(Box::new(load)), options, ctx)
    }

    fn spawn(
        sources: Vec<Source>,
        read_errors: Vec<InputError>,
        input: Input,
        options: Arc<crate::Options>,
        ctx: egui::Context,
    ) -> Job {
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new().name("parallax-analysis".into()).spawn(move || {
            let backup = (sources.clone(), read_errors.clone());
            let progress_tx = tx.clone();
            let progress_ctx = ctx.clone();
            let output = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
                let mut report = |p| {
                    // The receiver may be gone (the app moved on); nothing to do then.
                    let _ = progress_tx.send(Message::Progress(p));
                    progress_ctx.request_repaint();
                };
                match input {
                    Input::Paths(new_paths) => run_with(sources, read_errors, new_paths, &options, &mut report),
                    Input::Session(load) => open_session(*load, &options, &mut report),
                }
            }));
            let output = output.unwrap_or_else(|panic| panicked_output(panic.as_ref(), backup));
            let _ = tx.send(Message::Done(Box::new(output)));
            ctx.request_repaint();
        });
        // If no thread could be started, the sender is gone and `poll` reports the failure.
        drop(spawned);
        Job { rx, progress: Progress { stage: Stage::Load, fraction: 0.0 } }
    }

    /// A job that never reports (tests of what shows while an analysis runs).
    #[cfg(test)]
    pub fn never_done() -> Job {
        let (tx, rx) = mpsc::channel();
        // Kept open for good: the job stays running.
        std::mem::forget(tx);
        Job { rx, progress: Progress { stage: Stage::Load, fraction: 0.3 } }
    }

    /// Take what the worker sent since the last frame.
    pub fn poll(&mut self) -> Poll {
        loop {
            match self.rx.try_recv() {
                Ok(Message::Progress(p)) => self.progress = p,
                Ok(Message::Done(out)) => return Poll::Done(out),
                Err(TryRecvError::Empty) => return Poll::Running,
                Err(TryRecvError::Disconnected) => {
                    return Poll::Failed("the analysis stopped unexpectedly; try again".into());
                }
            }
        }
    }
}

/// What a job reads from disk before it analyses.
enum Input {
    /// Files or folders to add to the sources.
    Paths(Vec<PathBuf>),
    /// A session whose articles replace the sources.
    Session(Box<SessionLoad>),
}

/// The job itself with the default options, also used synchronously by tests.
pub fn run(
    sources: Vec<Source>,
    read_errors: Vec<InputError>,
    new_paths: Vec<PathBuf>,
    progress: &mut dyn FnMut(Progress),
) -> JobOutput {
    run_with(sources, read_errors, new_paths, &crate::Options::default(), progress)
}

/// The job itself: read new paths, then analyse every source with `options`.
pub fn run_with(
    mut sources: Vec<Source>,
    mut read_errors: Vec<InputError>,
    new_paths: Vec<PathBuf>,
    options: &crate::Options,
    progress: &mut dyn FnMut(Progress),
) -> JobOutput {
    if !new_paths.is_empty() {
        let (read, errors) = crate::load::read_paths(&new_paths);
        for s in read {
            // Re-opening a file already in the comparison replaces it instead of duplicating it.
            match sources.iter_mut().find(|old| old.path == s.path) {
                Some(old) => *old = s,
                None => sources.push(s),
            }
        }
        for e in errors {
            read_errors.retain(|old| old.path != e.path);
            read_errors.push(e);
        }
    }
    // A path that has now been read is no longer unreadable.
    read_errors.retain(|e| !sources.iter().any(|s| s.path == e.path));
    let comparison = crate::analyze_with(sources.clone(), read_errors.clone(), options, progress);
    let (mut opened, mut failed) = (Vec::new(), Vec::new());
    for p in &new_paths {
        // A file brought an article when one has its path; a folder when one is inside it.
        if comparison.articles.iter().any(|a| std::path::Path::new(&a.path).starts_with(p)) {
            opened.push(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()));
        } else {
            failed.push(p.display().to_string());
        }
    }
    JobOutput { sources, read_errors, opened, failed, comparison, session: None }
}

/// The job of opening a session: read its articles again (an article that changed since is a
/// warning and opens as it is now; one that is gone is a read error and is left out), then
/// analyse them with the ids they had.
pub fn open_session(load: SessionLoad, options: &crate::Options, progress: &mut dyn FnMut(Progress)) -> JobOutput {
    let SessionLoad { session, base } = load;
    let opened = crate::session::load_articles(&session, &base);
    let (changed, gone): (Vec<InputError>, Vec<InputError>) =
        opened.problems.into_iter().partition(|p| p.severity == Severity::Warning);
    let options = crate::Options { article_ids: opened.ids.clone(), ..options.clone() };
    let mut output = run_with(opened.sources, gone, Vec::new(), &options, progress);
    output.session = Some(SessionLoaded { session, ids: opened.ids, changed });
    output
}

fn panicked_output(panic: &(dyn std::any::Any + Send), backup: (Vec<Source>, Vec<InputError>)) -> JobOutput {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown failure".to_owned());
    let (sources, read_errors) = backup;
    JobOutput {
        sources,
        read_errors,
        opened: Vec::new(),
        failed: Vec::new(),
        session: None,
        comparison: Comparison {
            errors: vec![app_error(format!(
                "internal error in the analysis ({what}); none of the articles could be shown — \
                 remove the last files you added and try again, and please report it"
            ))],
            ..Comparison::default()
        },
    }
}

fn app_error(error: String) -> InputError {
    InputError { path: "(analysis)".into(), error, severity: Severity::Error }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::{SessionLoad, open_session};
    use crate::corrections::Corrections;
    use crate::load::Source;
    use crate::model::{ArticleId, Severity};
    use crate::session::{Session, SessionView};

    const STORY: &str = "The council closed the harbour bridge on Friday after engineers found cracks in two \
        steel beams. The mayor said the bridge would stay shut for at least three weeks while repairs \
        were made, and ferries would run every half hour until it opens again.\n";

    #[test]
    fn opening_a_session_reads_its_articles_and_tells_which_changed_or_are_gone() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
        std::fs::write(&a, STORY).unwrap();
        std::fs::write(&b, STORY.replace("Friday", "Saturday")).unwrap();
        let sources: Vec<Source> = [&a, &b]
            .iter()
            .map(|p| Source { path: p.display().to_string(), bytes: std::fs::read(p).unwrap() })
            .collect();
        let ids = HashMap::from([(sources[0].path.clone(), ArticleId(7)), (sources[1].path.clone(), ArticleId(2))]);
        let session = Session::new(&sources, &ids, Corrections::default(), SessionView::default());
        std::fs::write(&a, STORY.replace("three weeks", "a month")).unwrap();
        std::fs::remove_file(&b).unwrap();

        let load = SessionLoad { session: session.clone(), base: dir.path().to_owned() };
        let out = open_session(load, &crate::Options::default(), &mut |_| {});
        assert_eq!(out.sources.len(), 1, "the changed article opens, the missing one does not");
        assert!(
            out.sources[0].path.ends_with("a.txt")
                && out.sources[0].bytes.ends_with(
                    b"a month while repairs were made, and ferries would run every half hour until it opens again.\n"
                )
        );
        assert_eq!(out.read_errors.len(), 1, "{:?}", out.read_errors);
        let gone = &out.read_errors[0];
        assert!(gone.path.ends_with("b.txt") && gone.error.ends_with("it was in the session, and is left out"));
        assert_eq!(gone.severity, Severity::Error);
        let loaded = out.session.expect("the session's findings come back");
        assert_eq!(loaded.session, session);
        assert_eq!(loaded.changed.len(), 1, "{:?}", loaded.changed);
        let changed = &loaded.changed[0];
        assert!(changed.path.ends_with("a.txt") && changed.error.starts_with("changed since the session was saved"));
        assert_eq!(changed.severity, Severity::Warning);
        assert_eq!(loaded.ids.get(&out.sources[0].path), Some(&ArticleId(7)));
        let article = out.comparison.articles.iter().find(|x| x.path == out.sources[0].path).expect("analysed");
        assert_eq!(article.id, ArticleId(7), "the article keeps the id it had");
        assert!(out.comparison.errors.iter().any(|e| e.path == gone.path), "the missing article is told");
    }
}
