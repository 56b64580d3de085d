//! The status line and the bottom bar of the main window.

use super::*;

impl ParallaxApp {
    pub(super) fn status_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        if let Some(job) = &self.job {
            ui.spinner();
            ui.add(
                egui::ProgressBar::new(job.progress.fraction).desired_width(260.0).text(job.progress.stage.describe()),
            );
            return;
        }
        let passages = same_outlet::count_line(
            self.cmp.passages.len(),
            self.view.same_outlet_passages,
            self.settings.hide_same_outlet,
        );
        ui.label(format!("{} articles · {passages}", self.cmp.articles.len()));
        self.corrections_status_ui(ui, commands);
        let mut furniture = self.settings.show_furniture;
        if ui.toggle_value(&mut furniture, "Furniture").on_hover_text("Show set-aside page furniture, greyed").changed()
        {
            commands.push(Command::SetShowFurniture(furniture));
        }
        if !self.nav.pinned.is_empty() {
            let restore = ui.small_button("Restore column order");
            if restore.on_hover_text("The selection's columns were shown first, side by side").clicked() {
                commands.push(Command::Pin(Vec::new()));
            }
        }
        if let Some(s) = &self.status {
            ui.colored_label(self.settings.theme.palette().error, s);
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::DismissStatus);
            }
        }
    }

    /// The bottom panel: a tab strip, then the tab.
    pub(super) fn bottom_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Panel::top("bottom tabs").show(ui, |ui| {
            ui.horizontal(|ui| {
                for tab in Tab::ALL {
                    let text = RichText::new(tab.label()).strong();
                    if ui.selectable_label(self.settings.tab == tab, text).clicked() {
                        commands.push(Command::SetTab(tab));
                    }
                }
            });
        });
        match self.settings.tab {
            Tab::Summary => {
                let palette = self.settings.theme.palette();
                egui::CentralPanel::default().show(ui, |ui| {
                    summary_ui::summary_ui(ui, &self.cmp, &self.view.summary, &palette, commands);
                });
            }
            Tab::Passages => self.passages_ui(ui, commands),
            Tab::Numbers => {
                let view = NumbersView {
                    cmp: &self.cmp,
                    index: &self.numbers,
                    selected: self.selected_number,
                    scroll_to_selected: self.list_scroll,
                    palette: self.settings.theme.palette(),
                };
                egui::CentralPanel::default().show(ui, |ui| numbers_ui::numbers_ui(ui, &view, commands));
            }
            Tab::Framing => {
                let view = framing_ui::FramingView {
                    cmp: &self.cmp,
                    view: &self.view,
                    palette: self.settings.theme.palette(),
                    selected: self.selected_span.as_ref(),
                    scroll_to_selected: self.list_scroll,
                    corrections: &self.edits.corrections,
                };
                egui::CentralPanel::default().show(ui, |ui| framing_ui::framing_ui(ui, &view, commands));
            }
        }
    }
}
