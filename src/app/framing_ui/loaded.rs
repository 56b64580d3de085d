//! The "Loaded words" section of the Framing tab: per outlet, how many loaded words of the lexicon
//! it uses in its own words, and which, from [`crate::view::LoadedSummary`].

use egui::RichText;

use super::View;
use crate::app::Command;
use crate::app::frame_marks::loaded_note;
use crate::view::LoadedTerm;

/// Width of the outlet names.
const NAME_WIDTH: f32 = 220.0;
/// Width of the counts.
const COUNT_WIDTH: f32 = 40.0;

impl View<'_> {
    /// Per outlet: its total, then each term it uses as a chip ("regime ×3") that selects its uses
    /// in turn; terms no other outlet uses are bold and marked "only here".
    pub(super) fn loaded_words_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let per = &self.shown.loaded;
        let total: usize = per.iter().map(|s| s.total).sum();
        let terms: usize = per.iter().map(|s| s.terms.len()).sum();
        let title = format!("Loaded words: {total} uses, {terms} terms");
        egui::CollapsingHeader::new(title).id_salt("framing loaded words").default_open(true).show(ui, |ui| {
            if total == 0 {
                self.weak(ui, "No loaded words.");
                return;
            }
            ui.horizontal_wrapped(|ui| {
                self.weak(ui, "Each outlet's own loaded words, outside quotations;");
                ui.label(RichText::new("coloured like this").color(self.palette.label_loaded));
                self.weak(ui, "in the text (loaded labels are underlined too).");
                ui.label(RichText::new("Bold").strong().color(self.palette.label_loaded));
                self.weak(ui, "terms only that outlet uses. Click a term to find its uses in turn.");
            });
            // One row per outlet, laid out by rows rather than a grid: a grid sizes its rows from the
            // last frame, and chips that wrap would spill over the next row.
            ui.horizontal(|ui| {
                left(ui, NAME_WIDTH, egui::Label::new(RichText::new("Outlet").strong()));
                ui.add_sized([COUNT_WIDTH, 18.0], egui::Label::new(RichText::new("Uses").strong()));
                ui.strong("Terms");
            });
            for (ai, name) in self.names.iter().enumerate() {
                let summary = per.get(ai);
                ui.separator();
                ui.horizontal_top(|ui| {
                    left(ui, NAME_WIDTH, egui::Label::new(name.as_str()).truncate());
                    let count = summary.map_or(0, |s| s.total);
                    ui.add_sized([COUNT_WIDTH, 18.0], egui::Label::new(RichText::new(count.to_string()).strong()));
                    ui.vertical(|ui| {
                        ui.horizontal_wrapped(|ui| {
                            let terms = summary.map(|s| s.terms.as_slice()).unwrap_or(&[]);
                            if terms.is_empty() {
                                self.weak(ui, "No loaded words.");
                            }
                            for term in terms {
                                self.loaded_chip(ui, ai, term, commands);
                            }
                        });
                    });
                });
            }
        });
    }

    /// One term of one outlet: "regime ×3" in the loaded colour, bold with an "only here" marker
    /// when no other outlet uses it, its category and neutral alternative on hover.
    fn loaded_chip(&self, ui: &mut egui::Ui, ai: usize, term: &LoadedTerm, commands: &mut Vec<Command>) {
        let Some(article) = self.cmp.articles.get(ai).map(|a| a.id) else { return };
        let text = RichText::new(format!("{} ×{}", term.term, term.count)).color(self.palette.label_loaded);
        let text = if term.only_here { text.strong() } else { text };
        let selected = self.is_selected(article, &term.spans);
        let mut tip = loaded_note(term.category, term.neutral.as_deref());
        if term.only_here {
            tip.push_str("\nNo other outlet uses it.");
        }
        tip.push_str(if term.spans.len() > 1 {
            "\nClick to find it; again for the next use."
        } else {
            "\nClick to find it."
        });
        let response = self.pick(ui, text, selected).on_hover_text(tip);
        if response.clicked()
            && let Some(span) = self.next_span(article, &term.spans, selected)
        {
            commands.push(Command::SelectSpan(Some(crate::app::SpanTarget { article, span })));
        }
        if term.only_here {
            ui.label(RichText::new("only here").small().color(self.palette.weak));
        }
    }
}

/// A widget at the left of a cell `width` wide (`add_sized` would centre it).
fn left(ui: &mut egui::Ui, width: f32, widget: impl egui::Widget) {
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(egui::vec2(width, 18.0), layout, |ui| {
        ui.set_min_width(width);
        ui.add(widget);
    });
}
