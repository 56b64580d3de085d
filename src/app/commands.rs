//! Everything the UI can ask for, as [`Command`]s: the UI only reads the app and pushes these;
//! [`ParallaxApp::apply`](super::ParallaxApp) changes state, once, at the end of the frame.

use std::path::PathBuf;

use crate::model::NumberId;

use super::corrections_ui::CorrectionCommand;
use super::export::ExportCommand;
use super::help::ViewCommand;
use super::open::DialogKind;
use super::passages::SortKey;
use super::problems::ProblemsCommand;
use super::selection::SpanTarget;
use super::session_ui::SessionCommand;
use super::tabs::Tab;
use super::theme::ThemeChoice;

/// Everything the UI can ask for; applied at the end of the frame by `ParallaxApp::apply`.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select a passage (by index in the comparison), or none.
    Select(Option<usize>),
    /// Select the next (1) or previous (-1) passage in list order.
    Step(isize),
    /// Select a figure (by id), or none; the columns scroll to it.
    SelectNumber(Option<NumberId>),
    /// Select a span of one article (a label or scare quote), or none; its column scrolls to it.
    SelectSpan(Option<SpanTarget>),
    /// Bring the column of this article (by index in the comparison) into view.
    JumpTo(usize),
    /// Show these articles' columns (by index) first, side by side; none: the reader's order.
    Pin(Vec<usize>),
    /// Show this tab in the bottom panel.
    SetTab(Tab),
    /// Read these files or folders and add them to the comparison.
    OpenPaths(Vec<PathBuf>),
    /// Show a native file dialog.
    ShowDialog(DialogKind),
    /// Show or hide the "Open by path" box.
    ShowPathEntry(bool),
    /// Empty the "Open by path" box.
    ClearPathText,
    /// Hide the opening notice.
    DismissNotice,
    /// Hide the message about a failed analysis.
    DismissStatus,
    /// Take an article (or an unreadable input) out of the comparison.
    RemoveSource(String),
    /// Take several articles or unreadable inputs out of the comparison.
    RemoveSources(Vec<String>),
    /// Show, hide or dismiss the input problems.
    Problems(ProblemsCommand),
    /// Move an article's column left (-1) or right (1).
    MoveSource {
        /// The source path.
        path: String,
        /// Positions to move.
        delta: isize,
    },
    /// Replace everything with the seed articles.
    ResetToSeeds,
    /// Remove every article.
    CloseAll,
    /// Forget the recent files.
    ClearRecent,
    /// Zoom, or show or hide the legend or the Help window.
    View(ViewCommand),
    /// Switch theme.
    SetTheme(ThemeChoice),
    /// Show or hide set-aside page furniture.
    SetShowFurniture(bool),
    /// Hide (or show again) the passages shared only by versions of one outlet's story.
    SetHideSameOutlet(bool),
    /// Reorder the passage list.
    SetSort(SortKey),
    /// Export the comparison as a report (File → Export).
    Export(ExportCommand),
    /// Correct the analysis, undo or redo (right-click menus, Edit menu, Ctrl+Z).
    Correct(CorrectionCommand),
    /// Save or open a session (File menu, Ctrl+S).
    Session(SessionCommand),
    /// Close the window.
    Quit,
}

impl Command {
    /// True for commands that change the set of sources and so re-run the analysis.
    pub(super) fn changes_sources(&self) -> bool {
        matches!(
            self,
            Command::OpenPaths(_)
                | Command::RemoveSource(_)
                | Command::RemoveSources(_)
                | Command::ResetToSeeds
                | Command::CloseAll
                // Undo and redo may put back or close articles; a session brings its own.
                | Command::Correct(CorrectionCommand::Undo | CorrectionCommand::Redo)
                | Command::Session(SessionCommand::Open(_))
        )
    }
}
