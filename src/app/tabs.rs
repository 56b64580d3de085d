//! The tabs of the bottom panel, and the Framing tab's summary.

use parallax::Comparison;
use serde::{Deserialize, Serialize};

/// The tabs of the bottom panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Tab {
    /// The passage list and the selected passage's diffs.
    #[default]
    Passages,
    /// The figures table.
    Numbers,
    /// Labels, attributions and quotes.
    Framing,
}

impl Tab {
    /// Every tab, in tab-strip order.
    pub const ALL: [Tab; 3] = [Tab::Passages, Tab::Numbers, Tab::Framing];

    /// The tab's title in the tab strip.
    pub fn label(self) -> &'static str {
        match self {
            Tab::Passages => "Shared passages",
            Tab::Numbers => "Numbers",
            Tab::Framing => "Framing",
        }
    }

    /// A tab from its lower-case name (`passages`, `numbers`, `framing`).
    pub fn parse(name: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| format!("{t:?}").eq_ignore_ascii_case(name.trim()))
    }
}

/// The Framing tab until it has its own view: counts of what the analysis found, from `cmp.framing`.
pub fn framing_summary_ui(ui: &mut egui::Ui, cmp: &Comparison) {
    let f = &cmp.framing;
    let labels = f.actors.iter().map(|a| a.labels.len()).sum::<usize>();
    let loaded = f.actors.iter().flat_map(|a| &a.labels).filter(|l| l.loaded).count();
    let neutral = f.attributions.iter().filter(|a| a.neutral).count();
    let faithful = f.quotes.iter().filter(|q| q.faithful).count();
    ui.strong("Framing (summary)");
    ui.label(format!("{} actors with {labels} labels ({loaded} loaded)", f.actors.len()));
    ui.label(format!("{} attributions ({neutral} neutral)", f.attributions.len()));
    ui.label(format!("{} quotes shared by several articles ({faithful} word for word)", f.quotes.len()));
    ui.label(format!("{} scare quotes", f.scare_quotes.len()));
}
