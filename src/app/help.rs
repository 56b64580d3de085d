//! Help: the keyboard shortcuts (one table, read both by the keyboard handler's documentation and
//! the Help window), the Help window (F1 or ?), and the View and Help menus' zoom and window
//! commands.

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use super::Command;
use super::open::DialogKind;
use super::theme::Palette;

/// What the View and Help menus (and F1, ?, Ctrl+plus/minus/0) ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewCommand {
    /// Show or hide the colour legend.
    Legend(bool),
    /// Show or hide the Help window.
    Help(bool),
    /// Make everything larger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to 100%.
    ZoomReset,
}

/// Which help windows are open (runtime only).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct HelpState {
    /// The colour legend is open.
    pub legend: bool,
    /// The Help window is open.
    pub help: bool,
}

impl HelpState {
    /// Change state as `command` asks; zooming changes the context's zoom factor.
    pub fn apply(&mut self, command: ViewCommand, ctx: &egui::Context) {
        match command {
            ViewCommand::Legend(open) => self.legend = open,
            ViewCommand::Help(open) => self.help = open,
            ViewCommand::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            ViewCommand::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            ViewCommand::ZoomReset => ctx.set_zoom_factor(1.0),
        }
    }
}

/// Every shortcut, as the Help window lists it: (keys, what they do).
pub const SHORTCUTS: [(&str, &str); 13] = [
    ("Ctrl+O", "Open articles (a file dialog)"),
    ("Ctrl+S", "Save the session: articles, corrections and view (a file dialog)"),
    ("Ctrl+Z", "Undo a correction or a closed column (Ctrl+Shift+Z or Ctrl+Y: redo)"),
    ("Ctrl+F", "Search the texts, figures and actors"),
    ("Enter or Down", "In the search box: jump to the next result (Shift+Enter or Up: the previous)"),
    ("Escape", "Clear the search (in the search box: again to leave it)"),
    ("J, N or Down", "Next shared passage"),
    ("K, P or Up", "Previous shared passage"),
    ("F1 or ?", "This help (again to close it)"),
    ("Ctrl+plus", "Zoom in"),
    ("Ctrl+minus", "Zoom out"),
    ("Ctrl+0", "Reset the zoom to 100%"),
    ("Drop files", "Drop files or folders on the window to add them"),
];

/// What the mouse does, as the Help window lists it.
const MOUSE: [(&str, &str); 9] = [
    ("Click a tint", "Select that shared passage: its columns come into view, outlined, and its word diffs show below"),
    ("Click a figure", "Select it and its group in the Numbers tab; the columns that give it come into view"),
    ("Click a label", "Select it in the Framing tab"),
    ("Click a Summary row", "Open its tab and select it there, as clicking it in that tab does"),
    ("Hover", "Anything marked says what it is; a cut title shows in full"),
    ("Articles menu", "Jump to any article's column"),
    ("Click a search result", "Its column comes into view and scrolls to the match, highlighted"),
    ("Drag over text", "Select it (Ctrl+C copies); right-click a column to copy the whole article"),
    ("Right-click", "A passage in the list, an actor or label in Framing, a group or figure in Numbers: correct it"),
];

/// Keyboard shortcuts: Ctrl+O opens; J/K, N/P or the arrow keys step through passages; F1 or ?
/// opens or closes the Help window (zoom keys are egui's own, see [`SHORTCUTS`]).
pub fn keyboard(ctx: &egui::Context, help_open: bool, commands: &mut Vec<Command>) {
    if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O))) {
        commands.push(Command::ShowDialog(DialogKind::Files));
    }
    if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F1)) {
        commands.push(Command::View(ViewCommand::Help(!help_open)));
    }
    if ctx.egui_wants_keyboard_input() {
        return;
    }
    let question = ctx.input(|i| {
        i.key_pressed(Key::Questionmark) || i.events.iter().any(|e| matches!(e, egui::Event::Text(t) if t == "?"))
    });
    if question {
        commands.push(Command::View(ViewCommand::Help(!help_open)));
    }
    let (next, prev) = ctx.input(|i| {
        let any = |keys: &[Key]| keys.iter().any(|k| i.key_pressed(*k)) && i.modifiers.is_none();
        (any(&[Key::J, Key::N, Key::ArrowDown]), any(&[Key::K, Key::P, Key::ArrowUp]))
    });
    if next {
        commands.push(Command::Step(1));
    }
    if prev {
        commands.push(Command::Step(-1));
    }
}

/// The zoom items of the View menu.
pub fn zoom_menu_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    use egui::gui_zoom::kb_shortcuts::{ZOOM_IN, ZOOM_OUT, ZOOM_RESET};
    let items = [
        ("Zoom in", ZOOM_IN, ViewCommand::ZoomIn),
        ("Zoom out", ZOOM_OUT, ViewCommand::ZoomOut),
        ("Reset zoom", ZOOM_RESET, ViewCommand::ZoomReset),
    ];
    for (label, shortcut, command) in items {
        let button = egui::Button::new(label).shortcut_text(ui.ctx().format_shortcut(&shortcut));
        if ui.add(button).clicked() {
            commands.push(Command::View(command));
        }
    }
    ui.label(RichText::new(format!("Zoom: {:.0}%", ui.ctx().zoom_factor() * 100.0)).weak());
}

/// The Help menu.
pub fn help_menu_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    if ui.add(egui::Button::new("Keyboard shortcuts and help").shortcut_text("F1")).clicked() {
        commands.push(Command::View(ViewCommand::Help(true)));
    }
    if ui.button("Colour legend").clicked() {
        commands.push(Command::View(ViewCommand::Legend(true)));
    }
}

/// The Help window, when open.
pub fn help_ui(ctx: &egui::Context, open: bool, palette: &Palette, commands: &mut Vec<Command>) {
    if !open {
        return;
    }
    let mut still_open = true;
    egui::Window::new("Parallax help")
        .open(&mut still_open)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .resizable(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.label(
                "Parallax puts articles about one event side by side and marks what they share: passages, \
             figures, labels and quotes.",
            );
            for (title, rows) in [("Keyboard", &SHORTCUTS[..]), ("Mouse", &MOUSE[..])] {
                ui.add_space(6.0);
                ui.strong(title);
                egui::Grid::new(title).num_columns(2).spacing([16.0, 4.0]).striped(true).show(ui, |ui| {
                    for (keys, what) in rows {
                        ui.label(RichText::new(*keys).monospace());
                        ui.label(*what);
                        ui.end_row();
                    }
                });
            }
            ui.add_space(6.0);
            if ui.button("Colour legend…").clicked() {
                commands.push(Command::View(ViewCommand::Legend(true)));
            }
            ui.label(RichText::new("Help > Colour legend says what each colour means.").color(palette.weak).small());
        });
    if !still_open {
        commands.push(Command::View(ViewCommand::Help(false)));
    }
}
