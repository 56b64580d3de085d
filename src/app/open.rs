//! Getting articles in: the native file dialog (run off the UI thread), the in-app "Open by path"
//! box, drag and drop, and the recent-files menu.
//!
//! With no desktop portal and no zenity, rfd answers `None` at once, exactly as for a cancel. A
//! `None` within [`NO_DIALOG_WITHIN`] is taken to mean no dialog could be shown: the user is told so
//! and the "Open by path" box opens instead.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::Command;
use super::theme::Palette;

/// A dialog answer faster than this means no dialog was shown.
pub(super) const NO_DIALOG_WITHIN: Duration = Duration::from_millis(300);

/// What a native dialog running on its own thread said.
pub(super) enum DialogAnswer<T> {
    /// Its thread ended without an answer.
    Stopped,
    /// Its answer (`None` when nothing was picked), and whether it came within [`NO_DIALOG_WITHIN`]
    /// (no dialog could be shown).
    Answered(Option<T>, bool),
}

/// The answer of a dialog started at `started`, once it has come; until then a repaint is asked
/// for, so that the answer is read without waiting for input.
pub(super) fn dialog_answer<T>(
    rx: &Receiver<Option<T>>,
    started: Instant,
    ctx: &egui::Context,
) -> Option<DialogAnswer<T>> {
    match rx.try_recv() {
        Err(TryRecvError::Empty) => {
            ctx.request_repaint_after(Duration::from_millis(100));
            None
        }
        Err(TryRecvError::Disconnected) => Some(DialogAnswer::Stopped),
        Ok(answer) => Some(DialogAnswer::Answered(answer, started.elapsed() < NO_DIALOG_WITHIN)),
    }
}

/// Run a native dialog (`show`) on a thread of its own named `name`, so the frame loop never waits
/// on it; its answer comes back on the returned channel, and the UI is asked to repaint then. Read
/// it with [`dialog_answer`].
pub(super) fn spawn_dialog<T: Send + 'static>(
    name: &str,
    ctx: &egui::Context,
    show: impl FnOnce() -> Option<T> + Send + 'static,
) -> std::io::Result<Receiver<Option<T>>> {
    let (tx, rx) = mpsc::channel();
    let ctx = ctx.clone();
    std::thread::Builder::new().name(name.into()).spawn(move || {
        let _ = tx.send(show());
        ctx.request_repaint();
    })?;
    Ok(rx)
}

/// Which native dialog to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    /// Pick one or more article files.
    Files,
    /// Pick a folder of articles.
    Folder,
}

struct PendingDialog {
    rx: Receiver<Option<Vec<PathBuf>>>,
    started: Instant,
}

/// Runtime state of opening files (never persisted).
#[derive(Default)]
pub struct OpenState {
    dialog: Option<PendingDialog>,
    /// The "Open by path" box is shown.
    pub path_entry_visible: bool,
    /// What the user typed into it.
    pub path_text: String,
    /// A message for the user about opening (no dialog available, ...).
    pub notice: Option<String>,
    /// Put the keyboard focus in the path box next frame.
    pub focus_path: bool,
}

impl OpenState {
    /// True while a native dialog is open.
    pub fn dialog_pending(&self) -> bool {
        self.dialog.is_some()
    }

    /// Show a native dialog on its own thread; [`OpenState::poll`] collects the answer.
    pub fn start_dialog(&mut self, kind: DialogKind, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let spawned = spawn_dialog("parallax-file-dialog", ctx, move || {
            let dialog = rfd::FileDialog::new().set_title(match kind {
                DialogKind::Files => "Open articles",
                DialogKind::Folder => "Open a folder of articles",
            });
            match kind {
                DialogKind::Files => dialog
                    .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
                    .add_filter("Text", &["txt"])
                    .add_filter("Markdown", &["md", "markdown"])
                    .add_filter("HTML", &["html", "htm"])
                    .add_filter("All files", &["*"])
                    .pick_files(),
                DialogKind::Folder => dialog.pick_folder().map(|p| vec![p]),
            }
        });
        match spawned {
            Ok(rx) => self.dialog = Some(PendingDialog { rx, started: Instant::now() }),
            Err(e) => self.no_dialog(&format!("Cannot start the file dialog ({e})")),
        }
    }

    /// Collect the dialog's answer, if it came; returns the picked paths.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Vec<PathBuf>> {
        let pending = self.dialog.as_ref()?;
        let answer = dialog_answer(&pending.rx, pending.started, ctx)?;
        self.dialog = None;
        match answer {
            DialogAnswer::Stopped => {
                self.no_dialog("The file dialog stopped unexpectedly");
                None
            }
            DialogAnswer::Answered(Some(paths), _) if !paths.is_empty() => Some(paths),
            DialogAnswer::Answered(_, true) => {
                self.no_dialog("no native file dialog is available on this system (no desktop portal or zenity)");
                None
            }
            DialogAnswer::Answered(_, false) => None, // cancelled
        }
    }

    fn no_dialog(&mut self, why: &str) {
        self.notice = Some(format!("{why}. Type or paste a path below instead, or drop files on the window."));
        self.path_entry_visible = true;
        self.focus_path = true;
    }
}

/// Paths of files or folders dropped on the window this frame.
pub fn dropped_paths(ctx: &egui::Context) -> Vec<PathBuf> {
    ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect())
}

/// A hint over the whole window while files are dragged over it.
pub fn drop_hint_ui(ui: &egui::Ui) {
    let hovering = ui.ctx().input(|i| i.raw.hovered_files.len());
    if hovering == 0 {
        return;
    }
    let rect = ui.ctx().content_rect();
    let painter = ui.ctx().layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop hint")));
    painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color.gamma_multiply(0.85));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        format!("Drop to add {hovering} item(s) to the comparison"),
        egui::FontId::proportional(24.0),
        ui.visuals().strong_text_color(),
    );
}

/// The File menu; `more` adds items before Quit.
pub fn file_menu_ui(
    ui: &mut egui::Ui,
    state: &OpenState,
    recent: &[String],
    commands: &mut Vec<Command>,
    more: impl FnOnce(&mut egui::Ui, &mut Vec<Command>),
) {
    let busy = state.dialog_pending();
    if ui.add_enabled(!busy, egui::Button::new("Open articles…").shortcut_text("Ctrl+O")).clicked() {
        commands.push(Command::ShowDialog(DialogKind::Files));
    }
    if ui.add_enabled(!busy, egui::Button::new("Open folder…")).clicked() {
        commands.push(Command::ShowDialog(DialogKind::Folder));
    }
    if ui.button("Open by path…").clicked() {
        commands.push(Command::ShowPathEntry(true));
    }
    ui.menu_button("Open recent", |ui| {
        if recent.is_empty() {
            ui.label("Nothing opened yet");
        }
        for path in recent {
            if ui.button(path).clicked() {
                commands.push(Command::OpenPaths(vec![PathBuf::from(path)]));
            }
        }
        if !recent.is_empty() {
            ui.separator();
            if ui.button("Clear recent files").clicked() {
                commands.push(Command::ClearRecent);
            }
        }
    });
    ui.separator();
    if ui.button("Start over with the seed articles").clicked() {
        commands.push(Command::ResetToSeeds);
    }
    if ui.button("Close all articles").clicked() {
        commands.push(Command::CloseAll);
    }
    ui.separator();
    more(ui, commands);
    ui.separator();
    if ui.button("Quit").clicked() {
        commands.push(Command::Quit);
    }
}

/// The "Open by path" bar: a text field and an Open button. Several paths may be given on
/// separate lines or separated by `;`.
pub fn path_entry_ui(ui: &mut egui::Ui, state: &mut OpenState, palette: &Palette, commands: &mut Vec<Command>) {
    if let Some(notice) = &state.notice {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(notice).color(palette.warning));
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::DismissNotice);
            }
        });
    }
    if !state.path_entry_visible {
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label("Path to open:");
        let field = ui.add(
            egui::TextEdit::singleline(&mut state.path_text)
                .hint_text("/path/to/article.txt or a folder; several separated by ;")
                .desired_width((ui.available_width() - 140.0).max(120.0)),
        );
        let field = field.labelled_by(label.id);
        if std::mem::take(&mut state.focus_path) {
            field.request_focus();
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button("Open").clicked() || entered {
            let paths = parse_paths(&state.path_text);
            if !paths.is_empty() {
                commands.push(Command::OpenPaths(paths));
                commands.push(Command::ClearPathText);
            }
        }
        if ui.button("Close").on_hover_text("Hide the path box").clicked() {
            commands.push(Command::ShowPathEntry(false));
        }
    });
}

/// Split what was typed into paths; a leading `~/` is the home folder.
fn parse_paths(text: &str) -> Vec<PathBuf> {
    text.split([';', '\n'])
        .map(|s| s.trim().trim_matches('"').trim_matches('\''))
        .filter(|s| !s.is_empty())
        .map(|s| match (s.strip_prefix("~/"), std::env::var_os("HOME")) {
            (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
            _ => PathBuf::from(s),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_and_unquote() {
        let p = parse_paths(" 'a b.txt' ; \"c.md\";;\n d ");
        assert_eq!(p, vec![PathBuf::from("a b.txt"), PathBuf::from("c.md"), PathBuf::from("d")]);
    }
}
