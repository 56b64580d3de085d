//! UI tests of corrections and undo, on the hand-built comparison.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use super::corrections_ui::CorrectionCommand;
use super::export::ExportCommand;
use super::tests::{harness, passages_harness};
use super::{Command, fixture};
use crate::model::{Correction, NumberId};

fn passage_ids(h: &egui_kittest::Harness<'static, super::ParallaxApp>) -> Vec<String> {
    h.state().cmp.passages.iter().map(|p| p.id.clone()).collect()
}

#[test]
fn hiding_a_passage_from_its_menu_takes_it_out_and_ctrl_z_brings_it_back() {
    let mut h = passages_harness(fixture::app());
    h.get_by_label_contains("P2 · verbatim · 100% · ").click_secondary();
    h.run();
    h.get_by_label("Hide passage P2").click();
    h.run();
    assert_eq!(passage_ids(&h), ["P1"]);
    assert!(h.query_by_label_contains("P2 · verbatim").is_none(), "the list no longer shows it");
    h.get_by_label("1 correction");
    assert_eq!(h.state().edits.raw.passages.len(), 2, "the analysis itself is kept");
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("r.json");
    let ctx = h.ctx.clone();
    let write = ExportCommand::Write(json.clone(), crate::report::Format::Json);
    h.state_mut().apply(Command::Export(write), &ctx);
    let exported: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(exported["corrections"][0]["passage"], "P2", "exports carry the correction");
    assert_eq!(exported["passages"].as_array().map(Vec::len), Some(1), "and leave the passage out");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(passage_ids(&h), ["P1", "P2"]);
    h.get_by_label_contains("P2 · verbatim · 100% · ");
    assert!(h.query_by_label("1 correction").is_none());

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(passage_ids(&h), ["P1"], "redo hides it again");
}

#[test]
fn the_corrections_list_removes_one_and_the_edit_menu_undoes() {
    let mut h = harness(fixture::app());
    let ctx = h.ctx.clone();
    let noise = crate::corrections::number_noise(&h.state().cmp.numbers[1]);
    h.state_mut().apply(Command::Correct(CorrectionCommand::Add(noise)), &ctx);
    let hide = Correction::HideActor { actor: "Jane Holt".into() };
    h.state_mut().apply(Command::Correct(CorrectionCommand::Add(hide)), &ctx);
    h.run();
    assert!(h.state().cmp.numbers.iter().all(|n| n.id != NumberId(2)));
    h.get_by_label("2 corrections").click();
    h.run();
    h.get_by_label_contains("marked figure N2");
    h.get_all_by_label("Remove").next().expect("a Remove button per correction").click();
    h.run();
    assert!(h.state().cmp.numbers.iter().any(|n| n.id == NumberId(2)), "the figure is back");
    assert_eq!(h.state().edits.corrections.len(), 1);
    h.get_by_label("1 correction").click();
    h.run();
    assert!(h.query_by_label("Corrections").is_none(), "the count closes the list again");
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Undo correction").click();
    h.run();
    assert_eq!(h.state().edits.corrections.len(), 2, "undoing the removal puts it back");
}

#[test]
fn closing_a_column_is_undone_by_ctrl_z() {
    let mut h = harness(fixture::app());
    let ctx = h.ctx.clone();
    h.state_mut().apply(Command::RemoveSource("fixture/0.txt".into()), &ctx);
    assert!(h.state().sources.iter().all(|s| s.path != "fixture/0.txt"));
    h.state_mut().apply(Command::Correct(CorrectionCommand::Undo), &ctx);
    // Undo waits for the running analysis, then puts the article back in its place.
    for _ in 0..2000 {
        h.step();
        if !h.state().is_busy() && h.state().sources.first().is_some_and(|s| s.path == "fixture/0.txt") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(h.state().sources[0].path, "fixture/0.txt");
    assert_eq!(h.state().edits.redo_label().as_deref(), Some("Redo close"));
}

#[test]
fn actors_merge_and_split_and_labels_hide_from_the_framing_tables_menus() {
    let mut cmp = fixture::comparison();
    let mut council = cmp.framing.actors[0].clone();
    council.id = "R2".into();
    council.name = "City Council".into();
    council.aliases.clear();
    council.labels.truncate(1);
    council.labels[0].label = "embattled council".into();
    cmp.framing.actors.push(council);
    let mut h = harness(fixture::app_with(cmp));
    h.get_by_label("Framing").click();
    h.run();
    h.get_by_label("Jane Holt").click_secondary();
    h.run();
    h.get_by_label("Merge with…").click();
    h.run();
    // The menu's item, not the actor's row.
    h.get_by_role_and_label(egui::accesskit::Role::Button, "City Council").click();
    h.run();
    let actors = &h.state().cmp.framing.actors;
    assert_eq!(actors.len(), 1);
    assert_eq!(actors[0].aliases, ["Holt", "City Council"]);
    h.get_by_label("Jane Holt").click_secondary();
    h.run();
    h.get_by_label("Split (undo the merge of City Council)").click();
    h.run();
    assert_eq!(h.state().cmp.framing.actors.len(), 2);
    h.get_by_label("embattled mayor *").click_secondary();
    h.run();
    h.get_by_label("Hide label \u{201c}embattled mayor\u{201d} in A1").click();
    h.run();
    assert!(h.state().cmp.framing.actors[0].labels.is_empty(), "both uses in A1 are hidden");
    // Split took the merge out: the label is the one correction left.
    let label = Correction::HideLabel {
        actor: "Jane Holt".into(),
        article: crate::model::ArticleId(1),
        label: "embattled mayor".into(),
    };
    assert_eq!(h.state().edits.corrections.0, [label]);
}

#[test]
fn a_figure_marked_as_noise_from_the_numbers_tab_leaves_its_group() {
    let mut h = harness(fixture::app());
    h.get_by_label("Numbers").click();
    h.run();
    let figures = h.state().cmp.numbers.len();
    h.get_by_label("More than 30").click_secondary();
    h.run();
    h.get_by_label("Mark \u{201c}More than 30\u{201d} as noise").click();
    h.run();
    assert_eq!(h.state().cmp.numbers.len(), figures - 1);
    assert!(h.state().cmp.number_groups.iter().all(|g| !g.members.contains(&NumberId(2))));
    assert!(h.query_by_label("More than 30").is_none());
}
