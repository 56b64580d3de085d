//! UI tests of the Help window, the colour legend and zooming.

use egui_kittest::kittest::Queryable;

use super::help::SHORTCUTS;
use super::tests::harness;

#[test]
fn f1_and_the_question_mark_open_the_help_with_every_shortcut() {
    let mut h = harness(super::fixture::app());
    assert!(h.query_by_label("Help").is_some(), "the Help menu");
    assert!(h.query_by_label("Next shared passage").is_none());
    h.key_press(egui::Key::F1);
    h.run();
    for (keys, what) in SHORTCUTS {
        h.get_by_label(keys);
        h.get_by_label(what);
    }
    h.key_press(egui::Key::F1);
    h.run();
    assert!(h.query_by_label("Next shared passage").is_none(), "F1 again closes it");
    h.event(egui::Event::Text("?".into()));
    h.run();
    h.get_by_label("Next shared passage");
}

#[test]
fn the_help_menu_opens_the_help_and_the_legend() {
    let mut h = harness(super::fixture::app());
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label_contains("Keyboard shortcuts and help").click();
    h.run();
    h.get_by_label("Previous shared passage");
    // The legend, from the Help window.
    h.get_by_label("Colour legend…").click();
    h.run();
    // Each figure kind, and the other marks, say what they mean.
    h.get_by_label_contains("a figure: differ — the outlets give values that cannot all be true");
    h.get_by_label_contains("a figure: agree");
    h.get_by_label("a loaded label for a person or group");
    h.get_by_label("scare quotes: the outlet keeps a word at a distance");
    h.get_by_label("in a word diff: only in the first article");
    h.get_by_label_contains("an outlined column has the selection");
}

#[test]
fn the_view_menu_zooms_in_out_and_back() {
    let mut h = harness(super::fixture::app());
    let zoom = |h: &egui_kittest::Harness<'static, super::ParallaxApp>| h.ctx.zoom_factor();
    assert_eq!(zoom(&h), 1.0);
    let click = |h: &mut egui_kittest::Harness<'static, super::ParallaxApp>, item: &str| {
        h.get_by_label("View").click();
        h.run();
        h.get_by_label_contains(item).click();
        h.run();
    };
    click(&mut h, "Zoom in");
    assert!(zoom(&h) > 1.0);
    click(&mut h, "Reset zoom");
    assert_eq!(zoom(&h), 1.0);
    click(&mut h, "Zoom out");
    assert!(zoom(&h) < 1.0);
    // The keys do the same.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    h.run();
    assert_eq!(zoom(&h), 1.0);
}

#[test]
fn the_legend_opens_from_the_menu_and_closes() {
    let mut h = harness(super::fixture::app());
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("Colour legend").click();
    h.run();
    h.get_by_label("a neutral label for a person or group");
    assert!(h.state().help.legend);
    h.get_by_label("Close window").click();
    h.run();
    assert!(h.query_by_label("a neutral label for a person or group").is_none());
}
