//! The list of shared passages (sortable, filterable) and the detail of the selected one: its word
//! diffs, inline and side by side.

use crate::Comparison;
use crate::model::{DiffTag, Passage};
use egui::RichText;
use serde::{Deserialize, Serialize};

use super::Command;
use super::theme::Palette;

/// How the passage list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SortKey {
    /// As the analysis found them.
    #[default]
    Found,
    /// Most alike first.
    Similarity,
    /// Longest first.
    Length,
    /// Shared by the most articles first.
    Outlets,
}

impl SortKey {
    const ALL: [SortKey; 4] = [SortKey::Found, SortKey::Similarity, SortKey::Length, SortKey::Outlets];

    fn label(self) -> &'static str {
        match self {
            SortKey::Found => "Order found",
            SortKey::Similarity => "Similarity",
            SortKey::Length => "Length",
            SortKey::Outlets => "Number of outlets",
        }
    }
}

/// Length of a passage: its longest member, in bytes.
fn passage_len(p: &Passage) -> usize {
    p.members.iter().map(|m| m.text.len()).max().unwrap_or(0)
}

/// The passages the list shows, in list order: filtered by `filter` (case-insensitive, on member
/// text) and sorted by `sort`. Ties keep the order found.
pub fn visible_order(cmp: &Comparison, sort: SortKey, filter: &str) -> Vec<usize> {
    let needle = filter.trim().to_lowercase();
    let mut order: Vec<usize> = cmp
        .passages
        .iter()
        .enumerate()
        .filter(|(_, p)| needle.is_empty() || p.members.iter().any(|m| m.text.to_lowercase().contains(&needle)))
        .map(|(i, _)| i)
        .collect();
    let ps = &cmp.passages;
    match sort {
        SortKey::Found => {}
        SortKey::Similarity => order.sort_by(|a, b| ps[*b].similarity.total_cmp(&ps[*a].similarity)),
        SortKey::Length => order.sort_by_key(|i| std::cmp::Reverse(passage_len(&ps[*i]))),
        SortKey::Outlets => order.sort_by_key(|i| std::cmp::Reverse(ps[*i].members.len())),
    }
    order
}

/// The passage after (`step` = 1) or before (`step` = -1) `current` in `order`, wrapping around.
pub fn step_selection(order: &[usize], current: Option<usize>, step: isize) -> Option<usize> {
    if order.is_empty() {
        return None;
    }
    let len = order.len() as isize;
    let pos = match current.and_then(|c| order.iter().position(|&i| i == c)) {
        Some(p) => (p as isize + step).rem_euclid(len),
        None if step >= 0 => 0,
        None => len - 1,
    };
    order.get(pos as usize).copied()
}

/// The passage to select first: the first in list order whose members differ, else the first.
pub fn first_interesting(cmp: &Comparison, order: &[usize]) -> Option<usize> {
    let differs = |i: &usize| {
        cmp.passages.get(*i).is_some_and(|p| p.diffs.iter().any(|d| d.ops.iter().any(|o| o.tag != DiffTag::Equal)))
    };
    order.iter().copied().find(differs).or_else(|| order.first().copied())
}

/// A short one-line excerpt of a text, cut on a character boundary.
fn excerpt(text: &str, max_chars: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        return flat;
    }
    let cut: String = flat.chars().take(max_chars).collect();
    format!("{cut}…")
}

/// What the passage list needs to show.
pub struct ListView<'a> {
    /// The comparison.
    pub cmp: &'a Comparison,
    /// Passage indices in list order.
    pub order: &'a [usize],
    /// Selected passage.
    pub selected: Option<usize>,
    /// Scroll the list to the selected row this frame.
    pub scroll_to_selected: bool,
    /// Colours.
    pub palette: Palette,
    /// How many passages are between versions of one outlet, and whether they are hidden.
    pub same_outlet: (usize, bool),
}

/// The sort box, the filter box and the passage rows.
pub fn list_ui(
    ui: &mut egui::Ui,
    view: &ListView<'_>,
    sort: SortKey,
    filter: &mut String,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.strong(format!("Shared passages ({} of {})", view.order.len(), view.cmp.passages.len()));
    });
    super::same_outlet::switch_ui(ui, view.same_outlet.0, view.same_outlet.1, commands);
    ui.horizontal(|ui| {
        ui.label("Sort:");
        ui.name_inputs("Sort passages", |ui| {
            egui::ComboBox::from_id_salt("sort").selected_text(sort.label()).show_ui(ui, |ui| {
                for k in SortKey::ALL {
                    if ui.selectable_label(k == sort, k.label()).clicked() {
                        commands.push(Command::SetSort(k));
                    }
                }
            })
        });
    });
    ui.horizontal(|ui| {
        let label = ui.label("Filter:");
        ui.add(egui::TextEdit::singleline(filter).hint_text("words in the passage").desired_width(f32::INFINITY))
            .labelled_by(label.id);
    });
    ui.label(
        RichText::new("J / K or Down / Up: next / previous passage · F1 or ?: help").small().color(view.palette.weak),
    );
    ui.separator();
    if view.order.is_empty() {
        let msg = if view.cmp.passages.is_empty() {
            "No shared passages found."
        } else if view.same_outlet.1 && view.same_outlet.0 == view.cmp.passages.len() {
            "Every passage is between versions of one outlet, and those are hidden."
        } else {
            "No passage matches the filter."
        };
        ui.label(RichText::new(msg).color(view.palette.weak));
        return;
    }
    // Only the rows in view are built (hundreds of passages stay cheap); the selected row is brought
    // into view by offset, since a row out of view does not exist to scroll to.
    let row_height = ui.spacing().interact_size.y;
    let mut area = egui::ScrollArea::vertical().id_salt("passage list").auto_shrink(false);
    if view.scroll_to_selected
        && let Some(k) = view.selected.and_then(|s| view.order.iter().position(|&pi| pi == s))
    {
        let pitch = row_height + ui.spacing().item_spacing.y;
        // The same id the scroll area gives itself, to read where it stands.
        let id = ui.make_persistent_id(egui::IdSalt::new("passage list"));
        let offset = egui::scroll_area::State::load(ui.ctx(), id).map_or(0.0, |st| st.clamped_offset().y);
        let (top, bottom) = (k as f32 * pitch, k as f32 * pitch + pitch);
        if top < offset || bottom > offset + ui.available_height() {
            area = area.vertical_scroll_offset((top - 3.0 * pitch).max(0.0));
        }
    }
    area.show_rows(ui, row_height, view.order.len(), |ui, rows| {
        for &pi in &view.order[rows] {
            let Some(p) = view.cmp.passages.get(pi) else { continue };
            ui.horizontal(|ui| {
                let (swatch, _) = ui.allocate_exact_size(egui::vec2(10.0, 14.0), egui::Sense::hover());
                ui.painter().rect_filled(swatch, 2.0, view.palette.cluster(super::theme::tint_number(p, pi)));
                let align = view.same_outlet.0 > 0 && !view.same_outlet.1;
                super::same_outlet::tag_ui(ui, p, align, &view.palette);
                let first = p.members.first().map_or("", |m| m.text.as_str());
                let text = format!(
                    "{} · {} · {} · {} outlets — {}",
                    p.id,
                    p.kind.as_str(),
                    crate::view::percent_alike(p.similarity),
                    p.members.len(),
                    excerpt(first, 90)
                );
                let selected = view.selected == Some(pi);
                let row = ui.add(egui::Button::selectable(selected, text).truncate());
                if row.clicked() {
                    commands.push(Command::Select(Some(pi)));
                }
                super::correction_menus::passage_menu(&row, p, commands);
            });
        }
    });
}

/// The selected passage: who shares it and the word diff of each pair.
pub fn detail_ui(ui: &mut egui::Ui, cmp: &Comparison, selected: Option<usize>, palette: &Palette) {
    let Some(p) = selected.and_then(|i| cmp.passages.get(i)) else {
        ui.label(RichText::new("Select a passage in the list, or click a highlight in a column.").color(palette.weak));
        return;
    };
    let names: Vec<String> = p
        .members
        .iter()
        .map(|m| {
            cmp.article(m.article).map_or_else(|| m.article.to_string(), |a| format!("{} ({})", a.id, a.short_name()))
        })
        .collect();
    let same = if p.same_outlet { format!(" · {}", super::same_outlet::TAG) } else { String::new() };
    let alike = crate::view::percent_alike(p.similarity);
    ui.strong(format!("{} · {} · {alike} alike{same}", p.id, p.kind.as_str())).on_hover_text(
        "The kind is how the copied members relate (verbatim: word for word); % alike is the average \
         over every pair of members, including any that only paraphrase.",
    );
    ui.label(RichText::new(format!("In {}", names.join(", "))).color(palette.weak));
    ui.separator();
    egui::ScrollArea::vertical().id_salt("passage detail").auto_shrink(false).show(ui, |ui| {
        if p.diffs.is_empty() {
            ui.label("The members are identical.");
        }
        for (i, d) in p.diffs.iter().enumerate() {
            super::diff_view::pair_ui(ui, cmp, d, i, palette);
            ui.add_space(8.0);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_wraps_and_starts_at_the_ends() {
        let order = [4, 1, 7];
        assert_eq!(step_selection(&order, None, 1), Some(4));
        assert_eq!(step_selection(&order, None, -1), Some(7));
        assert_eq!(step_selection(&order, Some(4), 1), Some(1));
        assert_eq!(step_selection(&order, Some(7), 1), Some(4));
        assert_eq!(step_selection(&order, Some(4), -1), Some(7));
        assert_eq!(step_selection(&[], Some(4), 1), None);
    }

    #[test]
    fn excerpt_cuts_on_characters() {
        assert_eq!(excerpt("ääää  bb", 3), "äää…");
        assert_eq!(excerpt("a\n b", 10), "a b");
    }
}
