//! Correcting the analysis in the app, with undo: the reader's corrections
//! ([`crate::corrections`]) are kept beside the analysis as it came, and what every tab, column and
//! export shows is the analysis with them applied, computed again after each change (never per
//! frame). Closing a column is undoable too. Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes (the Edit
//! menu has both); the status bar counts the corrections and opens their list, where each can be
//! taken out. The context menus that make corrections are in [`correction_menus`](super::correction_menus).

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use crate::Comparison;
use crate::corrections::{self, Correction, Corrections};
use crate::load::Source;
use crate::model::InputError;

use super::theme::Palette;
use super::{Command, ParallaxApp};

/// What the reader can do to corrections.
#[derive(Debug, Clone, PartialEq)]
pub enum CorrectionCommand {
    /// Make a correction.
    Add(Correction),
    /// Split an actor again: take out the merges into it.
    Split(String),
    /// Take out the correction at this index (in the order made).
    Remove(usize),
    /// Undo the last correction or column close.
    Undo,
    /// Redo what was last undone.
    Redo,
    /// Show or hide the list of corrections.
    ShowList(bool),
}

/// Articles taken out of the comparison, with where they stood, to put back.
#[derive(Debug, Clone)]
struct Closed {
    sources: Vec<(usize, Source)>,
    errors: Vec<(usize, InputError)>,
}

/// One undoable change, holding what is needed to go the other way.
#[derive(Debug, Clone)]
enum Step {
    /// The corrections as they were on the other side of the change.
    Corrections(Corrections),
    /// Articles closed (undo puts them back; redo closes them again).
    Closed(Closed),
}

impl Step {
    fn describe(&self) -> String {
        match self {
            Step::Corrections(_) => "correction".to_owned(),
            Step::Closed(c) => match c.sources.len() + c.errors.len() {
                1 => "close".to_owned(),
                n => format!("close of {n} inputs"),
            },
        }
    }
}

/// The analysis as it came, the corrections on it, and the undo and redo stacks.
#[derive(Debug, Default)]
pub struct EditState {
    /// The analysis before corrections.
    pub raw: Comparison,
    /// The reader's corrections, in the order made.
    pub corrections: Corrections,
    /// Per correction: whether it found what it corrects in the analysis on screen.
    pub found: Vec<bool>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The list of corrections is shown.
    pub list_open: bool,
}

impl EditState {
    /// What Ctrl+Z would undo, for the Edit menu ("Undo correction").
    pub fn undo_label(&self) -> Option<String> {
        self.undo.last().map(|s| format!("Undo {}", s.describe()))
    }

    /// What Ctrl+Shift+Z would redo.
    pub fn redo_label(&self) -> Option<String> {
        self.redo.last().map(|s| format!("Redo {}", s.describe()))
    }

    /// Forget the corrections and the history (a new set of articles, a new session).
    pub fn reset(&mut self, corrections: Corrections) {
        self.corrections = corrections;
        self.undo.clear();
        self.redo.clear();
    }

    /// Keep a new analysis and give it with the corrections applied.
    pub fn corrected(&mut self, raw: Comparison) -> Comparison {
        self.raw = raw;
        let (cmp, found) = corrections::apply_checked(&self.raw, &self.corrections);
        self.found = found;
        cmp
    }

    fn record(&mut self, step: Step) {
        self.undo.push(step);
        self.redo.clear();
    }
}

impl ParallaxApp {
    /// Carry out a correction command.
    pub(super) fn apply_correction(&mut self, command: CorrectionCommand, ctx: &egui::Context) {
        let before = self.edits.corrections.clone();
        let changed = match command {
            CorrectionCommand::Add(c) => self.edits.corrections.push(c),
            CorrectionCommand::Split(actor) => self.edits.corrections.split(&actor),
            CorrectionCommand::Remove(i) => self.edits.corrections.remove(i).is_some(),
            CorrectionCommand::Undo => return self.undo(ctx),
            CorrectionCommand::Redo => return self.redo(ctx),
            CorrectionCommand::ShowList(show) => {
                self.edits.list_open = show;
                return;
            }
        };
        if changed {
            self.edits.record(Step::Corrections(before));
            self.recorrect();
        }
    }

    /// Show the analysis with the corrections as they are now: the comparison on screen and what
    /// is derived from it, keeping the selection where it survives.
    pub(super) fn recorrect(&mut self) {
        let kept = self.keep_selection();
        let (cmp, found) = corrections::apply_checked(&self.edits.raw, &self.edits.corrections);
        self.cmp = cmp;
        self.edits.found = found;
        self.view = crate::view::ComparisonView::build(&self.cmp);
        self.numbers = super::NumberIndex::build(&self.cmp, &self.view.number_order, self.view.number_lead);
        self.generation += 1;
        self.restore_selection(kept);
    }

    /// Forget the corrections, the history and the open session (the articles are replaced: their
    /// ids start again, so corrections would name other articles).
    pub(super) fn forget_corrections(&mut self) {
        self.edits.reset(Corrections::default());
        self.session.forget();
    }

    /// Close articles (or unreadable inputs) by path, undoably.
    pub(super) fn close_sources(&mut self, ctx: &egui::Context, paths: &[String]) {
        let closed = Closed {
            sources: self.sources.iter().cloned().enumerate().filter(|(_, s)| paths.contains(&s.path)).collect(),
            errors: self.read_errors.iter().cloned().enumerate().filter(|(_, e)| paths.contains(&e.path)).collect(),
        };
        if !closed.sources.is_empty() || !closed.errors.is_empty() {
            self.edits.record(Step::Closed(closed));
        }
        self.remove_sources(ctx, paths);
    }

    fn undo(&mut self, ctx: &egui::Context) {
        let Some(step) = self.edits.undo.pop() else { return };
        let back = self.step_back(step, ctx);
        self.edits.redo.push(back);
    }

    fn redo(&mut self, ctx: &egui::Context) {
        let Some(step) = self.edits.redo.pop() else { return };
        let back = match step {
            Step::Closed(closed) => {
                let paths: Vec<String> = closed
                    .sources
                    .iter()
                    .map(|(_, s)| s.path.clone())
                    .chain(closed.errors.iter().map(|(_, e)| e.path.clone()))
                    .collect();
                self.remove_sources(ctx, &paths);
                Step::Closed(closed)
            }
            corrections => self.step_back(corrections, ctx),
        };
        self.edits.undo.push(back);
    }

    /// Go back over `step`; returns the step that goes forward again.
    fn step_back(&mut self, step: Step, ctx: &egui::Context) -> Step {
        match step {
            Step::Corrections(other) => {
                let now = std::mem::replace(&mut self.edits.corrections, other);
                self.recorrect();
                Step::Corrections(now)
            }
            Step::Closed(closed) => {
                for (i, s) in &closed.sources {
                    self.sources.insert((*i).min(self.sources.len()), s.clone());
                }
                for (i, e) in &closed.errors {
                    self.read_errors.insert((*i).min(self.read_errors.len()), e.clone());
                }
                self.reanalyse(ctx, Vec::new());
                Step::Closed(closed)
            }
        }
    }

    /// The corrections of the status bar: their count, which opens their list.
    pub(super) fn corrections_status_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let n = self.edits.corrections.len();
        if n == 0 {
            return;
        }
        let text = if n == 1 { "1 correction".to_owned() } else { format!("{n} corrections") };
        let hover = "Your corrections of the analysis: click to list them or take one out (Ctrl+Z undoes)";
        if ui.small_button(text).on_hover_text(hover).clicked() {
            commands.push(Command::Correct(CorrectionCommand::ShowList(!self.edits.list_open)));
        }
    }
}

/// Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo — unless a text field has the keyboard, whose own
/// undo they are then.
pub fn keyboard(ctx: &egui::Context, commands: &mut Vec<Command>) {
    if ctx.egui_wants_keyboard_input() {
        return;
    }
    let redo = [
        KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
    ];
    // Shift first: Ctrl+Z also matches Ctrl+Shift+Z.
    if ctx.input_mut(|i| redo.iter().any(|s| i.consume_shortcut(s))) {
        commands.push(Command::Correct(CorrectionCommand::Redo));
    } else if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Z))) {
        commands.push(Command::Correct(CorrectionCommand::Undo));
    }
}

/// The Edit menu: undo, redo, and the list of corrections.
pub fn edit_menu_ui(ui: &mut egui::Ui, edits: &EditState, commands: &mut Vec<Command>) {
    let undo = edits.undo_label();
    let button = egui::Button::new(undo.as_deref().unwrap_or("Undo")).shortcut_text("Ctrl+Z");
    if ui.add_enabled(undo.is_some(), button).clicked() {
        commands.push(Command::Correct(CorrectionCommand::Undo));
    }
    let redo = edits.redo_label();
    let button = egui::Button::new(redo.as_deref().unwrap_or("Redo")).shortcut_text("Ctrl+Shift+Z");
    if ui.add_enabled(redo.is_some(), button).clicked() {
        commands.push(Command::Correct(CorrectionCommand::Redo));
    }
    ui.separator();
    if ui.button(format!("Corrections ({})…", edits.corrections.len())).clicked() {
        commands.push(Command::Correct(CorrectionCommand::ShowList(true)));
    }
    ui.label(RichText::new("Right-click a passage, actor, label or figure to correct it").small().weak());
}

/// The window listing the corrections, each with Remove.
pub fn list_ui(ctx: &egui::Context, edits: &EditState, palette: &Palette, commands: &mut Vec<Command>) {
    if !edits.list_open {
        return;
    }
    let mut open = true;
    let window = egui::Window::new("Corrections").open(&mut open).collapsible(false).default_width(520.0);
    let window = window.pivot(egui::Align2::CENTER_CENTER).default_pos(ctx.content_rect().center());
    window.show(ctx, |ui| {
        if edits.corrections.is_empty() {
            ui.label(
                RichText::new("No corrections. Right-click a passage, actor, label or figure to correct it.")
                    .color(palette.weak),
            );
        }
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            for (i, c) in edits.corrections.iter().enumerate() {
                ui.horizontal(|ui| {
                    if ui
                        .small_button("Remove")
                        .on_hover_text("Take this correction out (Ctrl+Z brings it back)")
                        .clicked()
                    {
                        commands.push(Command::Correct(CorrectionCommand::Remove(i)));
                    }
                    ui.label(c.to_string());
                    if edits.found.get(i) == Some(&false) {
                        ui.label(RichText::new("finds nothing now").small().color(palette.warning)).on_hover_text(
                            "What it corrects is not in this analysis (an article was closed or changed)",
                        );
                    }
                });
            }
        });
    });
    if !open {
        commands.push(Command::Correct(CorrectionCommand::ShowList(false)));
    }
}
