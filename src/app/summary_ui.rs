//! The Summary tab, shown when a comparison opens: what a reader should look at first — the
//! figures outlets disagree on, the quotes worded differently, each outlet's loaded words and the
//! passages most outlets share — from the view's [`Summary`]. Clicking a row goes there as picking
//! it in its own tab does: the tab opens, the item is selected and its columns come into view.

use egui::RichText;

use crate::Comparison;
use crate::view::summary::{Entry, Part, Summary, Target};

use super::theme::Palette;
use super::{Command, SpanTarget, Tab};

/// Narrowest panel that shows the sections in two columns.
const TWO_COLUMNS: f32 = 900.0;

/// The tab that shows a part in full.
fn home(part: Part) -> Tab {
    match part {
        Part::Figures => Tab::Numbers,
        Part::Quotes | Part::Loaded => Tab::Framing,
        Part::Passages => Tab::Passages,
    }
}

/// What a click on an entry does: open the tab that shows it and select it there.
pub fn commands_for(cmp: &Comparison, target: &Target) -> Vec<Command> {
    let span = |article, span| Command::SelectSpan(Some(SpanTarget { article, span }));
    match target {
        Target::Passage(i) => vec![Command::SetTab(Tab::Passages), Command::Select(Some(*i))],
        Target::NumberGroup { figure, .. } => {
            vec![Command::SetTab(Tab::Numbers), Command::SelectNumber(Some(*figure))]
        }
        Target::Quote(i) => {
            let first = cmp.framing.quotes.get(*i).and_then(|q| q.members.first());
            let select = first.map(|m| span(m.article, m.span));
            std::iter::once(Command::SetTab(Tab::Framing)).chain(select).collect()
        }
        Target::Span { article, span: s } => vec![Command::SetTab(Tab::Framing), span(*article, *s)],
    }
}

/// The Summary tab: the four sections side by side in two columns (one when narrow).
pub fn summary_ui(
    ui: &mut egui::Ui,
    cmp: &Comparison,
    summary: &Summary,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    if cmp.articles.is_empty() {
        ui.label(RichText::new("No articles analysed.").color(palette.weak));
        return;
    }
    ui.label(RichText::new("What to look at first. Click a row to go there.").color(palette.weak));
    egui::ScrollArea::vertical().id_salt("summary tab").auto_shrink(false).show(ui, |ui| {
        if ui.available_width() < TWO_COLUMNS {
            for part in Part::ALL {
                section_ui(ui, cmp, summary, part, palette, commands);
            }
            return;
        }
        ui.columns(2, |columns| {
            for (i, part) in Part::ALL.into_iter().enumerate() {
                section_ui(&mut columns[i % 2], cmp, summary, part, palette, commands);
            }
        });
    });
}

/// One section: its title and count, its rows, and a link to the rest.
fn section_ui(
    ui: &mut egui::Ui,
    cmp: &Comparison,
    summary: &Summary,
    part: Part,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let section = summary.section(part);
    ui.add_space(4.0);
    ui.strong(format!("{} ({})", part.title(), section.total));
    if section.entries.is_empty() {
        ui.label(RichText::new(part.none()).color(palette.weak));
    }
    for entry in &section.entries {
        entry_ui(ui, cmp, entry, commands);
    }
    if section.more() > 0 {
        let tab = home(part);
        let link = ui.link(RichText::new(format!("{} more in {}", section.more(), tab.label())).small());
        if link.clicked() {
            commands.push(Command::SetTab(tab));
        }
    }
}

/// One row: its name and what it is about, the whole line on hover; a click goes there.
fn entry_ui(ui: &mut egui::Ui, cmp: &Comparison, entry: &Entry, commands: &mut Vec<Command>) {
    let line = entry.line();
    let row = ui.add(egui::Button::selectable(false, line.as_str()).truncate());
    if row.on_hover_text(format!("{line}\nClick to go there.")).clicked() {
        commands.extend(commands_for(cmp, &entry.target));
    }
}
