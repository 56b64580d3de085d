//! The labels table of the Framing tab: actors down, outlets across. With more outlets or actors
//! than fit, the body scrolls both ways while the header row (outlet names) and the first column
//! (actor names) stay in place: the body is laid out first, then both are painted over its edges
//! where the viewport shows them.

use egui::{Pos2, Rect, RichText, UiBuilder, pos2, vec2};

use super::{CELL_WIDTH, Chip, TABLE_HEIGHT, View};
use crate::app::Command;
use crate::model::Actor;

/// Width of the actor column.
const FIRST_WIDTH: f32 = 170.0;
/// Space between columns.
const GAP: f32 = 16.0;

/// Left edge of outlet column `i`, from the left of the table.
fn column_x(i: usize) -> f32 {
    FIRST_WIDTH + GAP + i as f32 * (CELL_WIDTH + GAP)
}

/// A labelled actor and its chips per article index.
pub(super) type Row<'a> = (&'a Actor, Vec<Vec<Chip<'a>>>);

impl View<'_> {
    /// The actor × outlet table: scrolls both ways with its header row and actor column fixed.
    pub(super) fn labels_table(&self, ui: &mut egui::Ui, rows: &[Row<'_>], commands: &mut Vec<Command>) {
        let area = egui::ScrollArea::both().id_salt("framing labels table").max_height(TABLE_HEIGHT);
        area.auto_shrink([false, true]).show_viewport(ui, |ui, viewport| {
            let origin = ui.max_rect().min;
            let header = ui.spacing().interact_size.y + 6.0;
            ui.add_space(header);
            let mut bands = Vec::with_capacity(rows.len());
            for (ri, (actor, cells)) in rows.iter().enumerate() {
                bands.push(self.table_row(ui, origin, (ri, &actor.name), cells, commands));
            }
            let corner = origin + viewport.min.to_vec2();
            self.actor_column(ui, corner, rows, &bands, commands);
            self.table_header(ui, origin, corner, viewport.width(), header);
        });
    }

    /// One body row at the cursor: a cell per article, striped every other row. Returns its top
    /// and bottom.
    fn table_row(
        &self,
        ui: &mut egui::Ui,
        origin: Pos2,
        (ri, actor): (usize, &str),
        cells: &[Vec<Chip<'_>>],
        commands: &mut Vec<Command>,
    ) -> (f32, f32) {
        let top = ui.cursor().top();
        let stripe = ui.painter().add(egui::Shape::Noop);
        let mut bottom = top;
        for (ai, cell) in cells.iter().enumerate() {
            let rect = Rect::from_min_size(pos2(origin.x + column_x(ai), top), vec2(CELL_WIDTH, 1.0e6));
            let mut child = ui.new_child(UiBuilder::new().max_rect(rect));
            child.horizontal_wrapped(|ui| {
                for (i, chip) in cell.iter().enumerate() {
                    self.label_chip(ui, (actor, ai), chip, i + 1 < cell.len(), commands);
                }
            });
            bottom = bottom.max(child.min_rect().bottom());
        }
        bottom = bottom.max(top + ui.spacing().interact_size.y);
        let right = origin.x + column_x(cells.len());
        let band = Rect::from_min_max(pos2(origin.x, top - 2.0), pos2(right, bottom + 2.0));
        if ri % 2 == 1 {
            ui.painter().set(stripe, egui::epaint::RectShape::filled(band, 0.0, ui.visuals().faint_bg_color));
        }
        ui.advance_cursor_after_rect(Rect::from_min_max(pos2(origin.x, top), pos2(right, bottom)));
        (band.top(), band.bottom())
    }

    /// The actor names, painted over the left edge of the viewport.
    fn actor_column(
        &self,
        ui: &mut egui::Ui,
        corner: Pos2,
        rows: &[Row<'_>],
        bands: &[(f32, f32)],
        commands: &mut Vec<Command>,
    ) {
        let visuals = ui.visuals().clone();
        for (ri, ((actor, _), &(top, bottom))) in rows.iter().zip(bands).enumerate() {
            let rect = Rect::from_min_max(pos2(corner.x, top), pos2(corner.x + FIRST_WIDTH, bottom));
            ui.painter().rect_filled(rect, 0.0, visuals.panel_fill);
            if ri % 2 == 1 {
                ui.painter().rect_filled(rect, 0.0, visuals.faint_bg_color);
            }
            // Clicks on the column do not reach the cells scrolled beneath it.
            let cell = ui.interact(rect, ui.make_persistent_id(("actor cell", ri)), egui::Sense::click());
            // One line: a long name is cut, and shown whole on hover.
            let also = if actor.aliases.is_empty() {
                format!("{}\nNo other names", actor.name)
            } else {
                format!("{}\nAlso: {}", actor.name, actor.aliases.join(", "))
            };
            let mut child = ui.new_child(UiBuilder::new().max_rect(rect.shrink2(vec2(4.0, 2.0))));
            let name = child.add(egui::Label::new(actor.name.as_str()).truncate()).on_hover_text(also);
            // Right-click on the name or beside it corrects the actor.
            let merged = self.corrections.merged_into(&actor.name);
            let all = &self.cmp.framing.actors;
            crate::app::correction_menus::actor_menu(&cell.union(name), actor, all, &merged, commands);
        }
        let x = corner.x + FIRST_WIDTH;
        let (top, bottom) = (corner.y, bands.last().map_or(corner.y, |b| b.1));
        ui.painter().vline(x, top..=bottom, visuals.widgets.noninteractive.bg_stroke);
    }

    /// The outlet names, painted over the top edge of the viewport, and "Actor" in the corner.
    fn table_header(&self, ui: &mut egui::Ui, origin: Pos2, corner: Pos2, width: f32, height: f32) {
        let visuals = ui.visuals().clone();
        let band = Rect::from_min_size(corner, vec2(width, height));
        ui.painter().rect_filled(band, 0.0, visuals.panel_fill);
        ui.interact(band, ui.make_persistent_id("header band"), egui::Sense::click());
        for (ai, name) in self.names.iter().enumerate() {
            let rect = Rect::from_min_size(pos2(origin.x + column_x(ai), corner.y), vec2(CELL_WIDTH, height));
            let mut child = ui.new_child(UiBuilder::new().max_rect(rect));
            child.add(egui::Label::new(RichText::new(name).strong()).truncate());
        }
        let first = Rect::from_min_size(corner, vec2(FIRST_WIDTH, height));
        ui.painter().rect_filled(first, 0.0, visuals.panel_fill);
        ui.new_child(UiBuilder::new().max_rect(first.shrink2(vec2(4.0, 0.0)))).strong("Actor");
        ui.painter().hline(band.x_range(), band.bottom(), visuals.widgets.noninteractive.bg_stroke);
    }
}
