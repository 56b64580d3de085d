//! Analysis off the UI thread: reading new paths and running [`crate::analyze`] on a
//! `std::thread`, with progress sent back over a channel that the UI polls once a frame.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::load::Source;
use crate::model::{InputError, Severity};
use crate::{Comparison, Progress, Stage};

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
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new().name("parallax-analysis".into()).spawn(move || {
            let backup = (sources.clone(), read_errors.clone());
            let progress_tx = tx.clone();
            let progress_ctx = ctx.clone();
            let output = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
                run_with(sources, read_errors, new_paths, &options, &mut |p| {
                    // The receiver may be gone (the app moved on); nothing to do then.
                    let _ = progress_tx.send(Message::Progress(p));
                    progress_ctx.request_repaint();
                })
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
    JobOutput { sources, read_errors, opened, failed, comparison }
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
