//! Problems with the inputs, kept out of the way of the articles: at most one summary line under the
//! menu bar ("499 files not loaded (497 duplicates, 1 not text, 1 empty) · 2 warnings", a warning sign
//! before it, Details and × after it),
//! and a Details window that lists every file and its problem, grouped by kind so that hundreds of
//! duplicates do not drown the one unreadable file (large groups start collapsed).
//!
//! The summary can be dismissed (× on the line, or Dismiss all in Details); it comes back when an
//! analysis brings a problem that was not on screen when it was dismissed. One problem can be
//! dismissed on its own in Details: it is left out of the list, the count and its column's header
//! from then on. When no article could be analysed at all the line says so instead and cannot be
//! dismissed, since it is then the only thing that explains the empty window.
//!
//! The grouping is built once per analysis ([`ProblemsState::update`]), never per frame, and the
//! Details list only builds the rows in view, so thousands of problems cost nothing while hidden.

use std::collections::{HashMap, HashSet};

use crate::Comparison;
use crate::model::{InputError, Severity};
use egui::RichText;

use super::Command;
use super::theme::Palette;

/// A group larger than this starts collapsed in the Details window.
const COLLAPSE_ABOVE: usize = 12;

/// What kind of problem an input has; one group each in the Details window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// The same file or the same text as an earlier input.
    Duplicate,
    /// Binary data or an encoding that cannot be read.
    NotText,
    /// No bytes, or no article text in them.
    Empty,
    /// Missing, unreadable, not a regular file, too large, an empty folder.
    Unreadable,
    /// A defect of Parallax.
    Internal,
    /// Any other reason an input was left out.
    Other,
    /// Analysed, with a caveat.
    Warning,
}

impl Kind {
    /// The kind of `e`, from its severity and the wording of its message.
    pub fn of(e: &InputError) -> Kind {
        if e.severity == Severity::Warning {
            return Kind::Warning;
        }
        let m = e.error.as_str();
        let has = |words: &[&str]| words.iter().any(|w| m.contains(w));
        if m.starts_with("same ") && m.contains(" as ") {
            Kind::Duplicate
        } else if has(&["not a text file", "not valid UTF-8", "no known encoding"]) {
            Kind::NotText
        } else if has(&["file is empty", "no article text"]) {
            Kind::Empty
        } else if has(&["no such file", "cannot be read", "not a regular file", "larger than", "holds no articles"]) {
            Kind::Unreadable
        } else if m.contains("internal error") || e.path.starts_with('(') {
            Kind::Internal
        } else {
            Kind::Other
        }
    }

    /// The words for `n` of this kind in the summary line: "497 duplicates", "1 not text".
    fn count(self, n: usize) -> String {
        let (one, many) = match self {
            Kind::Duplicate => ("duplicate", "duplicates"),
            Kind::NotText => ("not text", "not text"),
            Kind::Empty => ("empty", "empty"),
            Kind::Unreadable => ("unreadable", "unreadable"),
            Kind::Internal => ("internal error", "internal errors"),
            Kind::Other => ("other", "other"),
            Kind::Warning => ("warning", "warnings"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }

    /// The heading of this kind's group in the Details window.
    pub fn heading(self) -> &'static str {
        match self {
            Kind::Duplicate => "Duplicates — the same file or text as an earlier input",
            Kind::NotText => "Not text — images, archives, unknown encodings",
            Kind::Empty => "Empty — no article text in them",
            Kind::Unreadable => "Missing or unreadable",
            Kind::Internal => "Internal errors — please report them",
            Kind::Other => "Other problems",
            Kind::Warning => "Warnings — analysed, with a caveat",
        }
    }
}

/// One problem as the Details window lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The problem.
    pub error: InputError,
    /// The input can be taken out of the comparison (it is a source or an unreadable path).
    pub removable: bool,
}

/// The problems of one analysis, grouped by kind (in [`Kind`] order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Problems {
    /// Non-empty groups.
    pub groups: Vec<(Kind, Vec<Entry>)>,
    /// Articles analysed.
    pub articles: usize,
    /// Inputs given (sources plus unreadable paths).
    pub inputs: usize,
}

impl Problems {
    /// Group the problems of `cmp`; `known` are the paths that can be removed, `inputs` how many
    /// inputs there were.
    pub fn build(cmp: &Comparison, known: &HashSet<&str>, inputs: usize) -> Problems {
        let mut by_kind: HashMap<Kind, Vec<Entry>> = HashMap::new();
        for e in &cmp.errors {
            let entry = Entry { error: e.clone(), removable: known.contains(e.path.as_str()) };
            by_kind.entry(Kind::of(e)).or_default().push(entry);
        }
        let mut groups: Vec<(Kind, Vec<Entry>)> = by_kind.into_iter().collect();
        groups.sort_by_key(|(k, _)| *k);
        Problems { groups, articles: cmp.articles.len(), inputs }
    }

    /// True when there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Every problem, as (path, message) pairs.
    fn keys(&self) -> impl Iterator<Item = (&str, &str)> {
        self.groups.iter().flat_map(|(_, es)| es.iter().map(|e| (e.error.path.as_str(), e.error.error.as_str())))
    }

    /// Keep only the problems for which `keep(path, message)` is true.
    fn retain(&mut self, keep: impl Fn(&str, &str) -> bool) {
        for (_, entries) in &mut self.groups {
            entries.retain(|e| keep(&e.error.path, &e.error.error));
        }
        self.groups.retain(|(_, entries)| !entries.is_empty());
    }

    /// Nothing could be analysed, and there were inputs.
    pub fn nothing_analysed(&self) -> bool {
        self.articles == 0 && self.groups.iter().any(|(k, _)| *k != Kind::Warning)
    }

    /// The text of the summary line.
    pub fn summary(&self) -> String {
        if self.nothing_analysed() {
            return match self.inputs {
                0 | 1 => "the file could not be analysed — see Details".to_owned(),
                n => format!("none of the {n} files could be analysed — see Details"),
            };
        }
        let count = |k: Kind| self.groups.iter().find(|(g, _)| *g == k).map_or(0, |(_, es)| es.len());
        let files = |e: &Entry| !e.error.path.starts_with('(');
        let not_loaded: usize = self
            .groups
            .iter()
            .filter(|(k, _)| *k != Kind::Warning)
            .map(|(_, es)| es.iter().filter(|e| files(e)).count())
            .sum();
        let mut parts = Vec::new();
        if not_loaded > 0 {
            let kinds: Vec<String> = self
                .groups
                .iter()
                .filter(|(k, _)| *k != Kind::Warning)
                .map(|(k, es)| k.count(es.iter().filter(|e| files(e)).count()))
                .filter(|s| !s.starts_with("0 "))
                .collect();
            let noun = if not_loaded == 1 { "file" } else { "files" };
            parts.push(format!("{not_loaded} {noun} not loaded ({})", kinds.join(", ")));
        }
        let general: usize = self.groups.iter().flat_map(|(_, es)| es.iter()).filter(|e| !files(e)).count();
        if general > 0 {
            parts.push(format!("{general} analysis {}", if general == 1 { "problem" } else { "problems" }));
        }
        if count(Kind::Warning) > 0 {
            parts.push(Kind::Warning.count(count(Kind::Warning)));
        }
        parts.join(" · ")
    }
}

/// What the problem UI can ask for (inside [`Command::Problems`]).
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemsCommand {
    /// Hide the summary line until new problems come up.
    Dismiss,
    /// Hide one problem (by path and message) for good; the others stay.
    DismissOne {
        /// The input's path.
        path: String,
        /// The problem's message.
        message: String,
    },
    /// Open or close the Details window.
    ShowDetails(bool),
    /// Expand or collapse one group in the Details window.
    Expand(Kind, bool),
}

/// The problems on screen and how they are shown.
#[derive(Debug, Default)]
pub struct ProblemsState {
    /// The problems of the comparison on screen.
    pub problems: Problems,
    /// The (path, message) pairs on screen when the summary was dismissed.
    dismissed: HashSet<(String, String)>,
    /// The (path, message) pairs dismissed one by one: left out of every later analysis's list.
    dismissed_each: HashSet<(String, String)>,
    /// The summary line is hidden.
    pub hidden: bool,
    /// The Details window is open.
    pub details_open: bool,
    /// Groups the user expanded or collapsed; the others follow their size.
    expanded: HashMap<Kind, bool>,
}

impl ProblemsState {
    /// Take the problems of a new analysis; the summary comes back if any of them is new.
    pub fn update(&mut self, mut problems: Problems) {
        if !problems.nothing_analysed() {
            let each = &self.dismissed_each;
            problems.retain(|p, m| !each.contains(&(p.to_owned(), m.to_owned())));
        }
        let all_seen = problems.keys().all(|(p, m)| self.dismissed.contains(&(p.to_owned(), m.to_owned())));
        self.hidden = self.hidden && all_seen && !problems.nothing_analysed();
        if problems.is_empty() {
            self.details_open = false;
        }
        self.problems = problems;
    }

    /// Change state as `command` asks.
    pub fn apply(&mut self, command: ProblemsCommand) {
        match command {
            ProblemsCommand::Dismiss => {
                self.dismissed = self.problems.keys().map(|(p, m)| (p.to_owned(), m.to_owned())).collect();
                self.hidden = true;
                self.details_open = false;
            }
            ProblemsCommand::DismissOne { path, message } => {
                self.problems.retain(|p, m| !(p == path && m == message));
                self.dismissed_each.insert((path, message));
                if self.problems.is_empty() {
                    self.details_open = false;
                }
            }
            ProblemsCommand::ShowDetails(open) => self.details_open = open,
            ProblemsCommand::Expand(kind, open) => {
                self.expanded.insert(kind, open);
            }
        }
    }

    /// True when this problem was dismissed (on its own, or with the whole line): its column's
    /// header leaves it out.
    pub fn is_dismissed(&self, path: &str, message: &str) -> bool {
        let key = (path.to_owned(), message.to_owned());
        self.dismissed_each.contains(&key) || (self.hidden && self.dismissed.contains(&key))
    }

    /// True when the summary line is on screen.
    pub fn summary_shown(&self) -> bool {
        !self.problems.is_empty() && !self.hidden
    }

    /// True when `kind`'s group is expanded in the Details window.
    pub fn is_expanded(&self, kind: Kind, size: usize) -> bool {
        self.expanded.get(&kind).copied().unwrap_or(size <= COLLAPSE_ABOVE)
    }
}

/// The summary line: one row, never wrapped, whatever the number of problems.
pub fn summary_ui(ui: &mut egui::Ui, state: &ProblemsState, palette: &Palette, commands: &mut Vec<Command>) {
    if !state.summary_shown() {
        return;
    }
    let problems = &state.problems;
    let only_warnings = problems.groups.iter().all(|(k, _)| *k == Kind::Warning);
    let color = if only_warnings { palette.warning } else { palette.error };
    // The buttons go first, at the right; a long summary is truncated, never wrapped onto a second line.
    egui::Sides::new().shrink_left().truncate().show(
        ui,
        |ui| {
            warning_icon(ui, color);
            ui.label(RichText::new(problems.summary()).color(color));
        },
        |ui| {
            if !problems.nothing_analysed()
                && ui.small_button(DISMISS).on_hover_text("Hide until new problems come up").clicked()
            {
                commands.push(Command::Problems(ProblemsCommand::Dismiss));
            }
            let details = ui.small_button("Details").on_hover_text("List every file and its problem");
            if details.clicked() {
                commands.push(Command::Problems(ProblemsCommand::ShowDetails(!state.details_open)));
            }
        },
    );
}

/// The label of the button that hides the summary line.
pub const DISMISS: &str = "×";

/// A small warning triangle with an exclamation mark, painted (the bundled font has no ⚠).
fn warning_icon(ui: &mut egui::Ui, color: egui::Color32) {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let r = rect.shrink(1.0);
    let points = vec![r.center_top(), r.right_bottom(), r.left_bottom()];
    ui.painter().add(egui::Shape::convex_polygon(points, color, egui::Stroke::NONE));
    let bang = egui::FontId::proportional(size * 0.7);
    let at = r.center_bottom() - egui::vec2(0.0, 1.0);
    ui.painter().text(at, egui::Align2::CENTER_BOTTOM, "!", bang, ui.visuals().panel_fill);
}

/// One row of the Details list.
enum Row<'a> {
    /// A group heading: its kind, its entries, and whether it is expanded.
    Heading(Kind, &'a [Entry], bool),
    /// One problem.
    Item(Kind, &'a Entry),
}

/// The Details window: every problem, one row each, grouped by kind; only the rows in view are built.
pub fn details_ui(ctx: &egui::Context, state: &ProblemsState, palette: &Palette, commands: &mut Vec<Command>) {
    if !state.details_open || state.problems.is_empty() {
        return;
    }
    let mut rows = Vec::new();
    for (kind, entries) in &state.problems.groups {
        let open = state.is_expanded(*kind, entries.len());
        rows.push(Row::Heading(*kind, entries, open));
        if open {
            rows.extend(entries.iter().map(|e| Row::Item(*kind, e)));
        }
    }
    let mut open = true;
    let max_height = (ctx.content_rect().height() * 0.6).max(160.0);
    egui::Window::new("Input problems")
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_width(760.0)
        .max_height(max_height)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(state.problems.summary()).color(palette.weak));
                if !state.problems.nothing_analysed()
                    && ui.small_button("Dismiss all").on_hover_text("Hide these until new problems come up").clicked()
                {
                    commands.push(Command::Problems(ProblemsCommand::Dismiss));
                }
            });
            ui.separator();
            let row_height = ui.spacing().interact_size.y;
            egui::ScrollArea::vertical().auto_shrink([false, true]).max_height(max_height - 60.0).show_rows(
                ui,
                row_height,
                rows.len(),
                |ui, range| {
                    for row in &rows[range] {
                        ui.horizontal(|ui| {
                            ui.set_height(row_height);
                            row_ui(ui, row, palette, commands);
                        });
                    }
                },
            );
        });
    if !open {
        commands.push(Command::Problems(ProblemsCommand::ShowDetails(false)));
    }
}

fn row_ui(ui: &mut egui::Ui, row: &Row<'_>, palette: &Palette, commands: &mut Vec<Command>) {
    match row {
        Row::Heading(kind, entries, open) => {
            let size = ui.spacing().icon_width;
            let (_, icon) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::click());
            egui::collapsing_header::paint_default_icon(ui, if *open { 1.0 } else { 0.0 }, &icon);
            let text = RichText::new(format!("{} ({})", kind.heading(), entries.len())).strong();
            if ui.selectable_label(false, text).clicked() || icon.clicked() {
                commands.push(Command::Problems(ProblemsCommand::Expand(*kind, !open)));
            }
            let removable: Vec<String> = entries.iter().filter(|e| e.removable).map(|e| e.error.path.clone()).collect();
            if removable.len() > 1
                && ui.small_button("Remove all").on_hover_text("Take all of these out of the comparison").clicked()
            {
                commands.push(Command::RemoveSources(removable));
            }
        }
        Row::Item(kind, entry) => {
            ui.add_space(18.0);
            if entry.removable
                && ui.small_button("Remove").on_hover_text("Take this input out of the comparison").clicked()
            {
                commands.push(Command::RemoveSources(vec![entry.error.path.clone()]));
            }
            if ui.small_button("Dismiss").on_hover_text("Hide this problem; the input stays as it is").clicked() {
                let (path, message) = (entry.error.path.clone(), entry.error.error.clone());
                commands.push(Command::Problems(ProblemsCommand::DismissOne { path, message }));
            }
            let color = if *kind == Kind::Warning { palette.warning } else { palette.error };
            let text = format!("{}: {}", entry.error.path, entry.error.error);
            ui.add(egui::Label::new(RichText::new(text).color(color)).truncate());
        }
    }
}
