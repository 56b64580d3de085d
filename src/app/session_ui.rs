//! File → Save session… (Ctrl+S) and Open session…: the comparison on screen saved as a
//! `.parallax` file and opened again, through the native dialogs (run off the UI thread as the
//! other dialogs are, [`dialog_answer`]) or, where none can be shown, a path box. The format,
//! hashing, atomic writing and change detection are the library's ([`crate::session`]); this module
//! only gathers what to save and puts back what was saved. Opening reads only the session file on
//! the UI thread; its articles are read, checked for changes and analysed by the [`worker`](super::worker).
//!
//! Articles that changed since the session was saved are told as warnings in the problems line
//! (for as long as the session is open); articles that are gone as errors. The last session saved
//! or opened comes back on the next start ([`Settings::last_session`](super::Settings)).

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::Instant;

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use crate::Comparison;
use crate::model::InputError;
use crate::session::{self, Session, SessionView};

use super::open::{DialogAnswer, dialog_answer, spawn_dialog};
use super::tabs::Tab;
use super::theme::Palette;
use super::worker::{Job, SessionLoad, SessionLoaded};
use super::{Command, ParallaxApp};

/// Session commands.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionCommand {
    /// Ask where to save with the native dialog.
    SaveDialog,
    /// Ask which session to open with the native dialog.
    OpenDialog,
    /// Save the session to this file.
    Save(PathBuf),
    /// Open this session file.
    Open(PathBuf),
    /// Show the path box to save (true) or open (false) a session; `None` hides it.
    PathEntry(Option<bool>),
    /// Hide the message about the last save or open.
    DismissNotice,
}

struct PendingDialog {
    rx: Receiver<Option<PathBuf>>,
    started: Instant,
    saving: bool,
}

/// Runtime state of sessions (the last session's path is in the settings).
#[derive(Default)]
pub struct SessionState {
    dialog: Option<PendingDialog>,
    /// What happened to the last save or open, and whether it failed.
    pub notice: Option<(String, bool)>,
    /// The path box: `Some(true)` to save, `Some(false)` to open.
    pub entry: Option<bool>,
    /// What was typed in the path box.
    pub path_text: String,
    /// Put the keyboard focus in the path box next frame.
    focus_path: bool,
    /// The view to put back once the session's analysis is shown.
    pending_view: Option<SessionView>,
    /// Articles of the open session that changed since it was saved.
    changed: Vec<InputError>,
}

impl SessionState {
    fn start_dialog(&mut self, saving: bool, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let spawned = spawn_dialog("parallax-session-dialog", ctx, move || {
            let dialog = rfd::FileDialog::new().add_filter("Parallax session", &[session::EXTENSION]);
            if saving {
                dialog.set_title("Save session").set_file_name("comparison.parallax").save_file()
            } else {
                dialog.set_title("Open session").pick_file()
            }
        });
        match spawned {
            Ok(rx) => self.dialog = Some(PendingDialog { rx, started: Instant::now(), saving }),
            Err(e) => self.no_dialog(saving, &format!("Cannot start the file dialog ({e})")),
        }
    }

    /// The dialog's answer, when it came, as the command to save or open.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Command> {
        let pending = self.dialog.as_ref()?;
        let saving = pending.saving;
        let answer = dialog_answer(&pending.rx, pending.started, ctx)?;
        self.dialog = None;
        match answer {
            DialogAnswer::Stopped => self.no_dialog(saving, "The file dialog stopped unexpectedly"),
            DialogAnswer::Answered(Some(path), _) => {
                let c = if saving { SessionCommand::Save(path) } else { SessionCommand::Open(path) };
                return Some(Command::Session(c));
            }
            DialogAnswer::Answered(None, true) => self
                .no_dialog(saving, "No native file dialog is available on this system (no desktop portal or zenity)"),
            DialogAnswer::Answered(None, false) => {} // cancelled
        }
        None
    }

    fn no_dialog(&mut self, saving: bool, why: &str) {
        self.notice = Some((format!("{why}. Type the session file's path below."), true));
        self.entry = Some(saving);
        self.focus_path = true;
    }

    /// Add the warnings about articles that changed since the session was saved to a new analysis.
    pub(super) fn warn(&self, cmp: &mut Comparison) {
        let present = |e: &&InputError| cmp.articles.iter().any(|a| a.path == e.path);
        let warnings: Vec<InputError> = self.changed.iter().filter(present).cloned().collect();
        cmp.errors.extend(warnings);
    }

    /// Forget the open session's warnings and pending view (a new set of articles).
    pub(super) fn forget(&mut self) {
        self.changed.clear();
        self.pending_view = None;
    }
}

/// True when `path` names a session file (by its extension).
pub fn is_session(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == session::EXTENSION)
}

impl ParallaxApp {
    /// Carry out a session command.
    pub(super) fn apply_session(&mut self, command: SessionCommand, ctx: &egui::Context) {
        match command {
            SessionCommand::SaveDialog => self.session.start_dialog(true, ctx),
            SessionCommand::OpenDialog => self.session.start_dialog(false, ctx),
            SessionCommand::Save(path) => {
                let path = with_extension(&path);
                let result = session::save(&path, &self.session_now(ctx));
                self.session_done(&path, result.map(|()| "Saved the session to"));
            }
            SessionCommand::Open(path) => {
                let result = self.open_session(&path, ctx);
                self.session_done(&path, result.map(|()| "Opened the session"));
            }
            SessionCommand::PathEntry(entry) => {
                self.session.entry = entry;
                self.session.focus_path = entry.is_some();
            }
            SessionCommand::DismissNotice => self.session.notice = None,
        }
    }

    fn session_done(&mut self, path: &Path, result: Result<&str, session::SessionError>) {
        match result {
            Ok(done) => {
                self.session.notice = Some((format!("{done} {}", path.display()), false));
                self.session.entry = None;
                self.settings.last_session = Some(path.display().to_string());
            }
            Err(e) => {
                self.session.notice = Some((e.to_string(), true));
                self.session.path_text = path.display().to_string();
            }
        }
    }

    /// The session as it stands now.
    fn session_now(&self, ctx: &egui::Context) -> Session {
        let view = SessionView {
            tab: Some(format!("{:?}", self.settings.tab).to_lowercase()),
            columns: self.order.paths().to_vec(),
            zoom: ctx.zoom_factor(),
            selected_passage: self.selected.and_then(|i| self.cmp.passages.get(i)).map(|p| p.id.clone()),
        };
        Session::new(&self.sources, &self.ids, self.edits.corrections.clone(), view)
    }

    /// Open a session: only its file is read here; its articles are read (and checked for
    /// changes) and analysed by the worker, and its corrections and view come back when the
    /// analysis is shown ([`ParallaxApp::session_loaded`]). A bad file changes nothing.
    pub(super) fn open_session(&mut self, path: &Path, ctx: &egui::Context) -> Result<(), session::SessionError> {
        let session = session::read(path)?;
        ctx.set_zoom_factor(session.view.zoom.clamp(0.25, 4.0));
        let base = path.parent().unwrap_or(Path::new("")).to_owned();
        let load = SessionLoad { session, base };
        let (sources, errors) = (self.sources.clone(), self.read_errors.clone());
        self.job = Some(Job::start_session(sources, errors, load, self.options.clone(), ctx.clone()));
        Ok(())
    }

    /// Take what the worker found opening a session (before its analysis is shown): the session's
    /// ids, corrections, the articles that changed since it was saved, and the view to put back.
    pub(super) fn session_loaded(&mut self, loaded: Option<SessionLoaded>) {
        let Some(SessionLoaded { session, ids, changed }) = loaded else { return };
        self.ids = ids;
        self.edits.reset(session.corrections);
        self.session.changed = changed;
        self.session.pending_view = Some(session.view);
    }

    /// Open files or folders as articles; one session file alone opens as a session.
    pub(super) fn open_paths(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        match paths.as_slice() {
            [one] if is_session(one) => self.apply_session(SessionCommand::Open(one.clone()), ctx),
            _ => self.reanalyse(ctx, paths),
        }
    }

    /// On start: open the session file given alone on the command line, or with no paths the last
    /// session. True when that is under way — on a bad file too: then the seed articles open, and
    /// the problem is told.
    pub(super) fn start_session(&mut self, paths: &[PathBuf], ctx: &egui::Context) -> bool {
        let (path, last) = match (paths, &self.settings.last_session) {
            ([one], _) if is_session(one) => (one.clone(), false),
            ([], Some(last)) => (PathBuf::from(last), true),
            _ => return false,
        };
        match self.open_session(&path, ctx) {
            Ok(()) => self.settings.last_session = Some(path.display().to_string()),
            Err(e) => {
                let msg = if last {
                    // Not tried again on the next start.
                    self.settings.last_session = None;
                    format!("The last session could not be opened, so the seed articles are shown: {e}")
                } else {
                    format!("{e}. The seed articles are shown instead.")
                };
                self.session.notice = Some((msg, true));
                self.sources = crate::seeds::sources();
                self.reanalyse(ctx, Vec::new());
            }
        }
        true
    }

    /// Put back the view of a session just opened, once its analysis is shown.
    pub(super) fn restore_session_view(&mut self) {
        let Some(view) = self.session.pending_view.take() else { return };
        if let Some(tab) = view.tab.as_deref().and_then(Tab::parse) {
            self.settings.tab = tab;
        }
        self.order.arrange(&view.columns, &self.cmp);
        if let Some(i) = view.selected_passage.and_then(|id| self.cmp.passages.iter().position(|p| p.id == id)) {
            // Selected as on opening: the columns keep the session's order, the passage outlined.
            self.selected = Some(i);
            self.scroll_request += 1;
            self.list_scroll = true;
            self.target_focus(false);
        }
    }
}

/// A session file name without an extension gets `.parallax`.
fn with_extension(path: &Path) -> PathBuf {
    if path.extension().is_none() { path.with_extension(session::EXTENSION) } else { path.to_owned() }
}

/// Ctrl+S saves the session.
pub fn keyboard(ctx: &egui::Context, commands: &mut Vec<Command>) {
    if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::S))) {
        commands.push(Command::Session(SessionCommand::SaveDialog));
    }
}

/// The session items of the File menu.
pub fn file_menu_ui(ui: &mut egui::Ui, state: &SessionState, has_articles: bool, commands: &mut Vec<Command>) {
    let idle = state.dialog.is_none();
    let save = egui::Button::new("Save session…").shortcut_text("Ctrl+S");
    if ui.add_enabled(idle && has_articles, save).clicked() {
        commands.push(Command::Session(SessionCommand::SaveDialog));
    }
    if ui.add_enabled(idle, egui::Button::new("Open session…")).clicked() {
        commands.push(Command::Session(SessionCommand::OpenDialog));
    }
    if ui.button("Session by path…").clicked() {
        commands.push(Command::Session(SessionCommand::PathEntry(Some(true))));
    }
}

/// The last save or open's message, and the path box when it is open.
pub fn bar_ui(ui: &mut egui::Ui, state: &mut SessionState, palette: &Palette, commands: &mut Vec<Command>) {
    if let Some((notice, failed)) = &state.notice {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(notice).color(if *failed { palette.warning } else { palette.weak }));
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::Session(SessionCommand::DismissNotice));
            }
        });
    }
    let Some(saving) = state.entry else { return };
    ui.horizontal(|ui| {
        let name = ui.label("Session file:");
        let width = (ui.available_width() - 220.0).max(120.0);
        let field = egui::TextEdit::singleline(&mut state.path_text).hint_text("/path/to/comparison.parallax");
        let field = ui.add(field.desired_width(width)).labelled_by(name.id);
        if std::mem::take(&mut state.focus_path) {
            field.request_focus();
        }
        let typed = PathBuf::from(state.path_text.trim());
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        let chosen = !typed.as_os_str().is_empty();
        if (ui.button("Save").clicked() || (entered && saving)) && chosen {
            commands.push(Command::Session(SessionCommand::Save(typed.clone())));
        }
        if (ui.button("Open").clicked() || (entered && !saving)) && chosen {
            commands.push(Command::Session(SessionCommand::Open(typed)));
        }
        if ui.button("Close").clicked() {
            commands.push(Command::Session(SessionCommand::PathEntry(None)));
        }
    });
}
