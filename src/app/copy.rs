//! Article text can be selected and copied: a column's body is selectable like a label (drag to
//! select, double-click a word, Ctrl+C), and its context menu (right click) copies the whole
//! article.
//!
//! The body keeps its own click handling: a click (no drag) on a tint, a figure or a label still
//! selects it, because text selection only starts on a drag; dragging selects text instead of
//! scrolling the column (the wheel and the scroll bar scroll it).

use std::sync::Arc;

use egui::text_selection::LabelSelectionState;
use egui::{Galley, Sense};

use crate::model::Article;

/// What a column body senses: clicks (select a mark) and drags (select text), never keyboard focus.
pub const TEXT_SENSE: Sense = Sense::CLICK.union(Sense::DRAG);

/// Paint a column body's laid-out text at `pos`, selectable, with a context menu that copies the
/// article.
pub fn selectable_text(
    ui: &egui::Ui,
    response: &egui::Response,
    pos: egui::Pos2,
    galley: &Arc<Galley>,
    fallback: egui::Color32,
    article: &Article,
) {
    LabelSelectionState::label_text_selection(ui, response, pos, galley.clone(), fallback, egui::Stroke::NONE);
    response.context_menu(|ui| copy_menu_ui(ui, article));
}

/// The column body's context menu.
fn copy_menu_ui(ui: &mut egui::Ui, article: &Article) {
    if ui.button("Copy article text").clicked() {
        ui.ctx().copy_text(article.text.clone());
        ui.close();
    }
    if ui.button("Copy title and text").clicked() {
        ui.ctx().copy_text(format!("{}\n\n{}", article.title, article.text));
        ui.close();
    }
    ui.label(egui::RichText::new("Or drag over the text to select some, then Ctrl+C").weak().small());
}
