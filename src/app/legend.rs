//! The colour legend: what every tint, colour, underline and outline in the app means, each shown
//! as it is drawn (the samples take the formats the columns and diffs use, from the theme's
//! [`Palette`]).

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, Stroke};

use super::Command;
use super::help::ViewCommand;
use super::numbers_ui::kind_label;
use super::theme::{NumberKind, Palette};

/// A few words drawn as the app draws them.
fn sample(text: &str, format: TextFormat) -> LayoutJob {
    LayoutJob::single_section(text.to_owned(), format)
}

/// What a figure of this kind means.
fn number_meaning(kind: NumberKind) -> &'static str {
    match kind {
        NumberKind::Differ => "the outlets give values that cannot all be true",
        NumberKind::Conflict => "one article gives values that cannot all be true",
        NumberKind::Compatible => "the values differ but can all be true (“at least 44” and “44”)",
        NumberKind::Agree => "every outlet gives the same value",
        NumberKind::Ungrouped => "given by one outlet only",
    }
}

/// The samples of the legend, in reading order: (sample, meaning).
fn rows(palette: &Palette) -> Vec<(LayoutJob, String)> {
    let plain = TextFormat::simple(FontId::proportional(13.5), palette.text);
    let with = |f: &dyn Fn(&mut TextFormat)| {
        let mut format = plain.clone();
        f(&mut format);
        format
    };
    let mut rows = vec![(
        sample(
            "selected passage",
            with(&|f| {
                f.background = palette.selected_bg;
                f.underline = Stroke::new(1.5, palette.selected_stroke);
            }),
        ),
        "the selected shared passage, in every article that has it".to_owned(),
    )];
    for kind in NumberKind::ALL {
        let tint = palette.number(kind);
        let format = with(&|f| {
            f.background = tint.bg;
            f.underline = Stroke::new(1.5, tint.stroke);
        });
        rows.push((sample("12 hurt", format), format!("a figure: {} — {}", kind_label(kind), number_meaning(kind))));
    }
    let picked = with(&|f| {
        f.background = palette.number_selected_bg;
        f.underline = Stroke::new(2.5, palette.selected_stroke);
    });
    rows.push((sample("12 hurt", picked), "the selected figure, label or scare quote".to_owned()));
    let loaded = with(&|f| {
        f.color = palette.label_loaded;
        f.underline = Stroke::new(1.5, palette.label_loaded);
    });
    rows.push((sample("embattled mayor", loaded), "a loaded label for a person or group".to_owned()));
    let neutral = with(&|f| f.underline = Stroke::new(1.0, palette.label_neutral));
    rows.push((sample("the mayor", neutral), "a neutral label for a person or group".to_owned()));
    let word = with(&|f| f.color = palette.label_loaded);
    rows.push((sample("botched", word), "a loaded word in the outlet's own voice".to_owned()));
    let scare = with(&|f| {
        f.color = palette.scare_quote;
        f.italics = true;
    });
    rows.push((
        sample("\u{201c}miracle\u{201d}", scare),
        "scare quotes: the outlet keeps a word at a distance".to_owned(),
    ));
    let struck = with(&|f| {
        f.color = palette.delete_fg;
        f.background = palette.delete_bg;
        f.strikethrough = Stroke::new(1.0, palette.delete_fg);
    });
    rows.push((sample("calls on", struck), "in a word diff: only in the first article".to_owned()));
    let underlined = with(&|f| {
        f.color = palette.insert_fg;
        f.background = palette.insert_bg;
        f.underline = Stroke::new(1.0, palette.insert_fg);
    });
    rows.push((sample("urges", underlined), "in a word diff: only in the second article".to_owned()));
    let furniture = with(&|f| {
        f.color = palette.furniture;
        f.italics = true;
    });
    rows.push((
        sample("Share this article", furniture),
        "page furniture set aside (View > Show set-aside page furniture)".to_owned(),
    ));
    rows
}

/// The legend window, when open.
pub fn legend_ui(ctx: &egui::Context, open: bool, palette: &Palette, commands: &mut Vec<Command>) {
    if !open {
        return;
    }
    let mut still_open = true;
    egui::Window::new("Colour legend")
        .open(&mut still_open)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .resizable(false)
        .default_width(520.0)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                for &c in &palette.clusters {
                    let (swatch, _) = ui.allocate_exact_size(egui::vec2(18.0, 14.0), egui::Sense::hover());
                    ui.painter().rect_filled(swatch, 2.0, c);
                }
                ui.label("a passage shared with other articles (one tint per passage, as in the list)");
            });
            egui::Grid::new("legend rows").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                for (job, meaning) in rows(palette) {
                    ui.label(job);
                    ui.label(meaning);
                    ui.end_row();
                }
                let (rect, _) = ui.allocate_exact_size(egui::vec2(60.0, 16.0), egui::Sense::hover());
                let outline = Stroke::new(2.0, palette.selected_stroke);
                ui.painter().rect_stroke(rect, 4.0, outline, egui::StrokeKind::Inside);
                ui.label("an outlined column has the selection (its header says which: P3, G2)");
                ui.end_row();
            });
        });
    if !still_open {
        commands.push(Command::View(ViewCommand::Legend(false)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::theme::ThemeChoice;

    #[test]
    fn every_figure_kind_has_a_row_in_both_themes() {
        for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
            let palette = theme.palette();
            let rows = rows(&palette);
            for kind in NumberKind::ALL {
                let tint = palette.number(kind);
                let row = rows.iter().find(|(_, m)| m.contains(kind_label(kind))).expect("a row");
                assert_eq!(row.0.sections[0].format.background, tint.bg, "{theme:?} {kind:?}");
            }
        }
    }
}
