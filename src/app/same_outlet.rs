//! The switch that hides passages shared only by versions of one outlet's story (two versions of
//! one story share everything, which says nothing about how outlets differ), and the tag such a
//! passage carries when shown.
//!
//! The library decides which passages these are ([`Passage::same_outlet`]) and how many
//! ([`ComparisonView::same_outlet_passages`](crate::view::ComparisonView)); the app only keeps the
//! reader's [`PassageFilter`] and applies it to the passage list, stepping and the column tints.

use egui::RichText;

use crate::model::Passage;
use crate::view::PassageFilter;

use super::theme::Palette;
use super::{Command, ParallaxApp, passages};

/// The tag on a passage between versions of one outlet's story.
pub const TAG: &str = "same outlet";

impl ParallaxApp {
    /// Which passages the reader wants shown.
    pub(super) fn passage_filter(&self) -> PassageFilter {
        PassageFilter { hide_same_outlet: self.settings.hide_same_outlet }
    }

    /// The passages the list shows, in list order: the reader's sort, words and switches.
    pub(super) fn passage_order(&self) -> Vec<usize> {
        let filter = self.passage_filter();
        let mut order = passages::visible_order(&self.cmp, self.settings.sort, &self.filter);
        order.retain(|&i| self.cmp.passages.get(i).is_some_and(|p| filter.shows(p)));
        order
    }

    /// Hide or show the passages between versions of one outlet; a hidden selection is dropped.
    pub(super) fn set_hide_same_outlet(&mut self, hide: bool) {
        self.settings.hide_same_outlet = hide;
        let filter = self.passage_filter();
        if self.selected.and_then(|i| self.cmp.passages.get(i)).is_some_and(|p| !filter.shows(p)) {
            self.apply_selection(Command::Select(None));
        }
    }
}

/// The switch, as a checkbox: "Hide N passages between versions of one outlet". Shows nothing when
/// there are none.
pub fn switch_ui(ui: &mut egui::Ui, count: usize, hide: bool, commands: &mut Vec<Command>) {
    if count == 0 {
        return;
    }
    let mut checked = hide;
    let text = if count == 1 {
        "Hide 1 passage between versions of one outlet".to_owned()
    } else {
        format!("Hide {count} passages between versions of one outlet")
    };
    let response = ui.checkbox(&mut checked, text).on_hover_text(
        "Two versions of one outlet's story share everything; hide what only they share, in the list \
         and in the columns",
    );
    if response.changed() {
        commands.push(Command::SetHideSameOutlet(checked));
    }
}

/// The small "same outlet" tag before a passage that is shared only by versions of one outlet.
/// With `align`, other passages keep the tag's room empty, so the rows line up.
pub fn tag_ui(ui: &mut egui::Ui, p: &Passage, align: bool, palette: &Palette) {
    if !(p.same_outlet || align) {
        return;
    }
    let tag = egui::Label::new(RichText::new(TAG).small().color(palette.warning));
    let response = ui.add_visible(p.same_outlet, tag);
    if p.same_outlet {
        response.on_hover_text("Every member comes from the same outlet: two versions of one story");
    }
}

/// The passage count of the menu bar: "18 shared passages", "18 shared passages (5 hidden)".
pub fn count_line(total: usize, same_outlet: usize, hide: bool) -> String {
    if hide && same_outlet > 0 {
        format!("{total} shared passages ({same_outlet} hidden)")
    } else {
        format!("{total} shared passages")
    }
}
