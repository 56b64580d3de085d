//! Finding one's way among many columns: selecting a passage, a figure or a label brings every
//! article that has it into view, and the Articles menu jumps to any one article.
//!
//! The columns that matter are the *target*: the selected passage's members, the articles of the
//! selected figure's group, the article of the selected label, or the article picked in the menu.
//! Each new target is a *row request*. The row of columns then moves as little as it can: nothing
//! when the targets are all on screen, a scroll sideways when they fit on screen in the reader's
//! order, and otherwise the target columns are *pinned*: shown first, side by side, in the reader's
//! order, until a target no longer needs it or the reader restores the order. Target columns are
//! outlined and say why ("P3", "G2") in their header.

use crate::Comparison;

use super::numbers_ui::NumberIndex;
use super::selection::{Focus, SpanTarget};
use super::{Command, ParallaxApp};

/// Column navigation state (runtime only).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Navigation {
    /// Article indices shown first, side by side (empty: the reader's order).
    pub pinned: Vec<usize>,
    /// Article indices of the columns to bring into view and outline.
    pub target: Vec<usize>,
    /// What the target is, for the outlined headers: "P3", "G2", "R1", or empty.
    pub reason: String,
    /// Bumped each time the row should bring the target into view.
    pub request: u64,
    /// What is typed in the Articles menu's filter box.
    pub menu_filter: String,
}

impl Navigation {
    /// The columns left to right: the pinned ones first, then the others, each in `slots` order.
    pub fn display_order(&self, slots: &[usize]) -> Vec<usize> {
        if self.pinned.is_empty() {
            return slots.to_vec();
        }
        let (mut first, rest): (Vec<usize>, Vec<usize>) = slots.iter().partition(|ai| self.pinned.contains(ai));
        first.extend(rest);
        first
    }
}

/// How the row of columns should move to bring the target into view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RowMove {
    /// Every target column is on screen.
    Stay,
    /// Scroll sideways to this offset.
    Scroll(f32),
    /// The targets do not fit on screen where they are: pin them.
    Pin,
}

/// Room kept at the side of a column scrolled into view, for its outline.
const EDGE: f32 = 6.0;

/// How to bring the columns at `places` (sorted, in display order) into a view of `visible`
/// points that starts at `offset`, columns being `width` wide every `step` points.
pub fn bring_into_view(places: &[usize], offset: f32, visible: f32, width: f32, step: f32) -> RowMove {
    let (Some(&first), Some(&last)) = (places.first(), places.last()) else { return RowMove::Stay };
    // The outline drawn around a target column is in the margin.
    let (left, right) = ((first as f32 * step - EDGE).max(0.0), last as f32 * step + width + EDGE);
    // Half a point of slack: offsets are rounded.
    if left >= offset - 0.5 && right <= offset + visible + 0.5 {
        return RowMove::Stay;
    }
    let together = last - first + 1 == places.len();
    if right - left <= visible || together {
        // The least movement that shows them (their start, when they cannot all be shown).
        let x = if left < offset || right - left > visible { left } else { right - visible };
        return RowMove::Scroll(x.max(0.0));
    }
    RowMove::Pin
}

impl ParallaxApp {
    /// The articles (indices) the current focus is about, and a short name for it.
    fn focus_target(&self) -> (Vec<usize>, String) {
        let cmp = &self.cmp;
        let mut target: Vec<usize> = Vec::new();
        let reason = match self.focus {
            Focus::Passage => {
                let Some(p) = self.selected.and_then(|i| cmp.passages.get(i)) else { return (target, String::new()) };
                target.extend(p.members.iter().filter_map(|m| cmp.article_index(m.article)));
                p.id.clone()
            }
            Focus::Number => return number_target(cmp, &self.numbers, self.selected_number),
            Focus::Span => {
                let Some(SpanTarget { article, .. }) = &self.selected_span else { return (target, String::new()) };
                target.extend(cmp.article_index(*article));
                String::new()
            }
        };
        target.sort_unstable();
        target.dedup();
        (target, reason)
    }

    /// Outline the focus's articles, and with `bring` bring them into view (after a selection).
    pub(super) fn target_focus(&mut self, bring: bool) {
        let (target, reason) = self.focus_target();
        self.nav.target = target;
        self.nav.reason = reason;
        if bring {
            self.nav.request += 1;
        }
    }

    /// Apply a navigation command ([`Command::JumpTo`], [`Command::Pin`]); others are ignored.
    pub(super) fn apply_navigation(&mut self, command: Command) {
        match command {
            Command::JumpTo(ai) if ai < self.cmp.articles.len() => {
                self.nav.target = vec![ai];
                self.nav.reason = String::new();
                self.nav.request += 1;
            }
            Command::Pin(pinned) => {
                self.nav.pinned = pinned.into_iter().filter(|&ai| ai < self.cmp.articles.len()).collect();
                // Once they are side by side, the row scrolls to them; unpinned, it stays.
                if !self.nav.pinned.is_empty() {
                    self.nav.request += 1;
                }
            }
            _ => {}
        }
    }
}

/// The articles of the selected figure's group (or the figure's own article), and the group's id.
fn number_target(cmp: &Comparison, numbers: &NumberIndex, selected: Option<usize>) -> (Vec<usize>, String) {
    let Some(ni) = selected else { return (Vec::new(), String::new()) };
    let group = numbers.group_of.get(ni).copied().flatten().and_then(|g| cmp.number_groups.get(g));
    let figures: Vec<usize> = match group {
        Some(g) => g.members.iter().filter_map(|id| numbers.by_id.get(id).copied()).collect(),
        None => vec![ni],
    };
    let mut target: Vec<usize> =
        figures.iter().filter_map(|&i| cmp.numbers.get(i)).filter_map(|n| cmp.article_index(n.article)).collect();
    target.sort_unstable();
    target.dedup();
    (target, group.map_or_else(String::new, |g| g.id.clone()))
}

/// The Articles menu: every column, by id, outlet and title, those with the selection marked, and
/// a box to filter them by any of these; a click scrolls the row to the article.
pub fn articles_menu_ui(
    ui: &mut egui::Ui,
    cmp: &Comparison,
    order: &[usize],
    nav: &mut Navigation,
    commands: &mut Vec<Command>,
) {
    if order.is_empty() {
        ui.label("No articles yet");
        return;
    }
    ui.set_max_width(520.0);
    ui.horizontal(|ui| {
        let label = ui.label("Find:");
        let filter = egui::TextEdit::singleline(&mut nav.menu_filter).hint_text("id, outlet or title");
        ui.add(filter.desired_width(f32::INFINITY)).labelled_by(label.id);
    });
    let needle = nav.menu_filter.trim().to_lowercase();
    egui::ScrollArea::vertical().max_height(560.0).show(ui, |ui| {
        for &ai in order {
            let Some(a) = cmp.articles.get(ai) else { continue };
            let text = format!("{} · {} — {}", a.id, a.short_name(), a.title);
            if !needle.is_empty() && !text.to_lowercase().contains(&needle) {
                continue;
            }
            // The columns that have the selection show selected.
            let button = egui::Button::selectable(nav.target.contains(&ai), text).truncate();
            if ui.add(button).on_hover_text(&a.title).clicked() {
                commands.push(Command::JumpTo(ai));
                ui.close();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_row_moves_as_little_as_it_can() {
        // Columns 240 wide every 254 points; 1000 points visible, so about four fit.
        let go = |places: &[usize], offset: f32| bring_into_view(places, offset, 1000.0, 240.0, 254.0);
        assert_eq!(go(&[0, 2], 0.0), RowMove::Stay);
        assert_eq!(go(&[], 500.0), RowMove::Stay);
        // One column to the right: scroll until its right edge shows.
        assert_eq!(go(&[9], 0.0), RowMove::Scroll(9.0 * 254.0 + 240.0 + EDGE - 1000.0));
        // To the left: scroll to its start.
        assert_eq!(go(&[1, 3], 1500.0), RowMove::Scroll(254.0 - EDGE));
        // Too far apart to show at once: pin them side by side.
        assert_eq!(go(&[0, 7, 11], 0.0), RowMove::Pin);
        // Side by side already but too many to show: show the first.
        assert_eq!(go(&[0, 1, 2, 3, 4, 5], 600.0), RowMove::Scroll(0.0));
    }

    #[test]
    fn pinned_columns_come_first_in_the_readers_order() {
        let nav = Navigation { pinned: vec![4, 1], ..Navigation::default() };
        assert_eq!(nav.display_order(&[0, 1, 2, 3, 4, 5]), [1, 4, 0, 2, 3, 5]);
        assert_eq!(Navigation::default().display_order(&[2, 0, 1]), [2, 0, 1]);
    }
}
