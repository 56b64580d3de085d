//! File → Export: the reports `parallax report` writes (HTML, Markdown, JSON, and the CSV tables of
//! number groups and passages), rendered by the library's report writers from the comparison on
//! screen and written atomically ([`report::write_atomically`]), never onto one of the input
//! articles or the lexicon file ([`report::made_from`]).
//!
//! The target comes from the native save dialog, run off the UI thread as the open dialog is. As
//! there ([`open`](super::open)), a `None` faster than a person can cancel means no dialog could be
//! shown (no desktop portal, no zenity): the app says so and opens the "Export to" path box, which
//! is always in the menu too.

use super::open::{DialogAnswer, dialog_answer, spawn_dialog};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::Instant;

use crate::report::{self, CsvTable, Format};
use egui::RichText;

use super::theme::Palette;
use super::{Command, ParallaxApp};

/// The formats offered, in menu order.
pub const FORMATS: [Format; 5] =
    [Format::Html, Format::Markdown, Format::Json, Format::Csv(CsvTable::Numbers), Format::Csv(CsvTable::Passages)];

/// What a format is called in the menu.
pub fn label(format: Format) -> &'static str {
    match format {
        Format::Html => "HTML report",
        Format::Markdown => "Markdown report",
        Format::Json => "JSON report",
        Format::Csv(CsvTable::Numbers) => "CSV: number groups",
        Format::Csv(CsvTable::Passages) => "CSV: passages",
        Format::Text => "Text report",
    }
}

/// What an export in a format is, in a sentence: "the HTML report", "the passages as CSV".
pub fn noun(format: Format) -> &'static str {
    match format {
        Format::Html => "the HTML report",
        Format::Markdown => "the Markdown report",
        Format::Json => "the JSON report",
        Format::Csv(CsvTable::Numbers) => "the number groups as CSV",
        Format::Csv(CsvTable::Passages) => "the passages as CSV",
        Format::Text => "the text report",
    }
}

/// The file name offered for a format.
pub fn default_name(format: Format) -> String {
    match format {
        Format::Csv(table) => format!("parallax-{}.csv", table.as_str()),
        f => format!("parallax-report.{}", f.extension()),
    }
}

/// Export commands.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportCommand {
    /// Ask for a target with the native save dialog.
    Dialog(Format),
    /// Open the "Export to" path box for this format, or close it.
    PathEntry(Option<Format>),
    /// Render the comparison in this format and write it to this path.
    Write(PathBuf, Format),
    /// Hide the message about the last export.
    DismissNotice,
}

struct PendingDialog {
    rx: Receiver<Option<PathBuf>>,
    started: Instant,
    format: Format,
}

/// Runtime state of exporting (never persisted).
#[derive(Default)]
pub struct ExportState {
    dialog: Option<PendingDialog>,
    /// The format of the open "Export to" box; `None`: the box is closed.
    pub entry: Option<Format>,
    /// The path typed into the box.
    pub path_text: String,
    /// Put the keyboard focus in the box next frame.
    focus_path: bool,
    /// What happened to the last export: the message, and whether it failed.
    pub notice: Option<(String, bool)>,
}

impl ExportState {
    /// Show the native save dialog on its own thread; [`ExportState::poll`] collects the answer.
    fn start_dialog(&mut self, format: Format, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let spawned = spawn_dialog("parallax-save-dialog", ctx, move || {
            rfd::FileDialog::new()
                .set_title(format!("Export {}", noun(format)))
                .set_file_name(default_name(format))
                .add_filter(label(format), &[format.extension()])
                .save_file()
        });
        match spawned {
            Ok(rx) => self.dialog = Some(PendingDialog { rx, started: Instant::now(), format }),
            Err(e) => self.no_dialog(format, &format!("Cannot start the save dialog ({e})")),
        }
    }

    /// The dialog's answer, when it came, as the command to write the report.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Command> {
        let pending = self.dialog.as_ref()?;
        let format = pending.format;
        let answer = dialog_answer(&pending.rx, pending.started, ctx)?;
        self.dialog = None;
        match answer {
            DialogAnswer::Stopped => {
                self.no_dialog(format, "The save dialog stopped unexpectedly");
                None
            }
            DialogAnswer::Answered(Some(path), _) => Some(Command::Export(ExportCommand::Write(path, format))),
            DialogAnswer::Answered(None, true) => {
                self.no_dialog(
                    format,
                    "No native save dialog is available on this system (no desktop portal or zenity)",
                );
                None
            }
            DialogAnswer::Answered(None, false) => None, // cancelled
        }
    }

    fn no_dialog(&mut self, format: Format, why: &str) {
        self.notice = Some((format!("{why}. Type the file to export to below."), true));
        self.open_entry(format);
    }

    /// Open the path box for `format`, offering a file in the current folder when it is empty.
    fn open_entry(&mut self, format: Format) {
        let previous = self.entry.replace(format);
        let offered = previous.is_some_and(|p| self.path_text.ends_with(&default_name(p)));
        if self.path_text.trim().is_empty() || offered {
            let dir = std::env::current_dir().unwrap_or_default();
            self.path_text = dir.join(default_name(format)).display().to_string();
        }
        self.focus_path = true;
    }
}

/// The target as written: `~/` is the home folder, a folder gets the offered file name in it, and
/// a name without an extension gets the format's.
fn target(typed: &Path, format: Format) -> PathBuf {
    let expanded = match (typed.to_str().and_then(|s| s.strip_prefix("~/")), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => typed.to_owned(),
    };
    if expanded.is_dir() {
        expanded.join(default_name(format))
    } else if expanded.extension().is_none() {
        expanded.with_extension(format.extension())
    } else {
        expanded
    }
}

impl ParallaxApp {
    /// Carry out an export command.
    pub(super) fn apply_export(&mut self, command: ExportCommand, ctx: &egui::Context) {
        match command {
            ExportCommand::Dialog(format) => self.export.start_dialog(format, ctx),
            ExportCommand::PathEntry(Some(format)) => self.export.open_entry(format),
            ExportCommand::PathEntry(None) => self.export.entry = None,
            ExportCommand::DismissNotice => self.export.notice = None,
            ExportCommand::Write(path, format) => {
                let path = target(&path, format);
                match self.write_report(&path, format) {
                    Ok(()) => {
                        let msg = format!("Exported {} to {}", noun(format), path.display());
                        self.export.notice = Some((msg, false));
                        self.export.entry = None;
                    }
                    Err(why) => {
                        self.export.notice = Some((format!("Not exported: {why}"), true));
                        // Let the reader correct the path.
                        self.export.path_text = path.display().to_string();
                        self.export.entry = Some(format);
                    }
                }
            }
        }
    }

    /// Write the comparison on screen to `path` in `format`, refusing an input or the lexicon.
    fn write_report(&self, path: &Path, format: Format) -> Result<(), String> {
        let shown = path.display();
        if self.cmp.articles.is_empty() {
            return Err("there are no articles to export — open some first".into());
        }
        let inputs: Vec<crate::load::FileId> =
            self.sources.iter().filter_map(|s| crate::load::FileId::of(Path::new(&s.path))).collect();
        match report::made_from(path, &inputs, self.options.lexicon_path.as_deref()) {
            Some(report::MadeFrom::Input) => {
                return Err(format!("{shown} is one of the articles compared — choose another file"));
            }
            Some(report::MadeFrom::Lexicon) => {
                return Err(format!("{shown} is the lexicon file — choose another file"));
            }
            None => {}
        }
        let text = report::render(&self.cmp, format);
        report::write_atomically(path, text.as_bytes()).map_err(|e| format!("cannot write {shown}: {e}"))
    }
}

/// The Export submenu of the File menu: one item per format, and the path box.
pub fn menu_ui(ui: &mut egui::Ui, state: &ExportState, has_articles: bool, commands: &mut Vec<Command>) {
    ui.add_enabled_ui(has_articles, |ui| {
        ui.menu_button("Export", |ui| {
            let busy = state.dialog.is_some();
            for format in FORMATS {
                if ui.add_enabled(!busy, egui::Button::new(format!("{}…", label(format)))).clicked() {
                    commands.push(Command::Export(ExportCommand::Dialog(format)));
                }
            }
            ui.separator();
            if ui.button("Export by path…").clicked() {
                commands.push(Command::Export(ExportCommand::PathEntry(Some(Format::Html))));
            }
        })
        .response
        .on_disabled_hover_text("Open articles first");
    });
}

/// The "Export to" bar: the format, a path field, Export and Close; and the last export's message.
pub fn path_entry_ui(ui: &mut egui::Ui, state: &mut ExportState, palette: &Palette, commands: &mut Vec<Command>) {
    if let Some((notice, failed)) = &state.notice {
        ui.horizontal_wrapped(|ui| {
            let colour = if *failed { palette.warning } else { palette.weak };
            ui.label(RichText::new(notice).color(colour));
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::Export(ExportCommand::DismissNotice));
            }
        });
    }
    let Some(format) = state.entry else { return };
    ui.horizontal(|ui| {
        ui.name_inputs("Export format", |ui| {
            egui::ComboBox::from_id_salt("export format").selected_text(label(format)).show_ui(ui, |ui| {
                for f in FORMATS {
                    if ui.selectable_label(f == format, label(f)).clicked() {
                        commands.push(Command::Export(ExportCommand::PathEntry(Some(f))));
                    }
                }
            })
        });
        let name = ui.label("Export to:");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut state.path_text)
                    .hint_text("/path/to/report.html")
                    .desired_width((ui.available_width() - 150.0).max(120.0)),
            )
            .labelled_by(name.id);
        if std::mem::take(&mut state.focus_path) {
            field.request_focus();
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let typed = state.path_text.trim();
        if (ui.button("Export").clicked() || entered) && !typed.is_empty() {
            commands.push(Command::Export(ExportCommand::Write(PathBuf::from(typed), format)));
        }
        if ui.button("Close").on_hover_text("Hide the export box").clicked() {
            commands.push(Command::Export(ExportCommand::PathEntry(None)));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_without_extension_gets_the_formats() {
        assert_eq!(target(Path::new("/tmp/r"), Format::Html), PathBuf::from("/tmp/r.html"));
        assert_eq!(target(Path::new("/tmp/r.txt"), Format::Json), PathBuf::from("/tmp/r.txt"));
        let csv = Format::Csv(CsvTable::Passages);
        assert_eq!(target(Path::new("p"), csv), PathBuf::from("p.csv"));
        assert_eq!(default_name(csv), "parallax-passages.csv");
        assert_eq!(default_name(Format::Markdown), "parallax-report.md");
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(target(dir.path(), csv), dir.path().join("parallax-passages.csv"), "a folder gets a file in it");
    }
}
