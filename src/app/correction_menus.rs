//! The right-click menus that correct the analysis: on a passage of the passage list, an actor or
//! a label of the Framing tab's table, a group or a figure of the Numbers tab. Each pushes a
//! [`CorrectionCommand`]; nothing changes until the end of the frame.

use crate::Comparison;
use crate::corrections::{self, Correction};
use crate::model::{Actor, ArticleId, NumberGroup, NumberMention, Passage};

use super::Command;
use super::corrections_ui::CorrectionCommand;

fn add(commands: &mut Vec<Command>, correction: Correction) {
    commands.push(Command::Correct(CorrectionCommand::Add(correction)));
}

/// The menu of a row of the passage list.
pub fn passage_menu(response: &egui::Response, p: &Passage, commands: &mut Vec<Command>) {
    response.context_menu(|ui| {
        if ui.button(format!("Hide passage {}", p.id)).on_hover_text("It is not a shared passage").clicked() {
            add(commands, corrections::hide_passage(p));
        }
    });
}

/// The menu of an actor's name in the labels table: hide it, merge another actor into it, or split
/// the actors merged into it.
pub fn actor_menu(
    response: &egui::Response,
    actor: &Actor,
    all: &[Actor],
    merged: &[&str],
    commands: &mut Vec<Command>,
) {
    response.context_menu(|ui| {
        if ui.button(format!("Hide actor \u{201c}{}\u{201d}", actor.name)).clicked() {
            add(commands, Correction::HideActor { actor: actor.name.clone() });
        }
        ui.menu_button("Merge with…", |ui| {
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                for other in all.iter().filter(|o| o.name != actor.name) {
                    let hover = format!("{} becomes another name of {}", other.name, actor.name);
                    if ui.button(&other.name).on_hover_text(hover).clicked() {
                        let (into, from) = (actor.name.clone(), other.name.clone());
                        add(commands, Correction::MergeActors { into, from });
                    }
                }
            });
        });
        if !merged.is_empty() {
            let text = format!("Split (undo the merge of {})", merged.join(", "));
            if ui.button(text).clicked() {
                commands.push(Command::Correct(CorrectionCommand::Split(actor.name.clone())));
            }
        }
    });
}

/// The menu of a label in the labels table: hide it (every use in that article).
pub fn label_menu(
    response: &egui::Response,
    actor: &str,
    (article, label): (ArticleId, &str),
    commands: &mut Vec<Command>,
) {
    response.context_menu(|ui| {
        let text = format!("Hide label \u{201c}{label}\u{201d} in {article}");
        if ui.button(text).on_hover_text(format!("The article does not call {actor} this")).clicked() {
            let (actor, label) = (actor.to_owned(), label.to_owned());
            add(commands, Correction::HideLabel { actor, article, label });
        }
    });
}

/// The menu of a group's id in the Numbers tab: hide the group with its figures.
pub fn group_menu(response: &egui::Response, cmp: &Comparison, g: &NumberGroup, commands: &mut Vec<Command>) {
    response.context_menu(|ui| {
        if ui.button(format!("Hide group {}", g.id)).on_hover_text("The group and its figures are wrong").clicked() {
            add(commands, corrections::hide_number_group(cmp, g));
        }
    });
}

/// The menu of a figure in the Numbers tab: mark it as noise, or hide its whole group.
pub fn figure_menu(
    response: &egui::Response,
    cmp: &Comparison,
    (n, group): (&NumberMention, Option<&NumberGroup>),
    commands: &mut Vec<Command>,
) {
    response.context_menu(|ui| {
        let hover = "It is no figure of the story: it leaves its group";
        if ui.button(format!("Mark \u{201c}{}\u{201d} as noise", n.text)).on_hover_text(hover).clicked() {
            add(commands, corrections::number_noise(n));
        }
        if let Some(g) = group
            && ui.button(format!("Hide group {}", g.id)).clicked()
        {
            add(commands, corrections::hide_number_group(cmp, g));
        }
    });
}
