//! The tabs of the bottom panel.

use serde::{Deserialize, Serialize};

/// The tabs of the bottom panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Tab {
    /// What to look at first: conflicting figures, altered quotes, loaded words, shared passages.
    #[default]
    Summary,
    /// The passage list and the selected passage's diffs.
    Passages,
    /// The figures table.
    Numbers,
    /// Labels, attributions and quotes.
    Framing,
}

impl Tab {
    /// Every tab, in tab-strip order.
    pub const ALL: [Tab; 4] = [Tab::Summary, Tab::Passages, Tab::Numbers, Tab::Framing];

    /// The tab's title in the tab strip.
    pub fn label(self) -> &'static str {
        match self {
            Tab::Summary => "Summary",
            Tab::Passages => "Shared passages",
            Tab::Numbers => "Numbers",
            Tab::Framing => "Framing",
        }
    }

    /// A tab from its lower-case name (`summary`, `passages`, `numbers`, `framing`).
    pub fn parse(name: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| format!("{t:?}").eq_ignore_ascii_case(name.trim()))
    }
}
