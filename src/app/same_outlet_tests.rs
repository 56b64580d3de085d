//! UI tests of the switch that hides passages between versions of one outlet's story, on the
//! hand-built comparison with A1 and A2 made two versions of one outlet's story sharing P2.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::tests::{harness, passages_harness};
use super::{ParallaxApp, fixture};

const SWITCH: &str = "Hide 1 passage between versions of one outlet";

/// The fixture with P2 (the verbatim passage of A1 and A2) between versions of one outlet.
fn app() -> ParallaxApp {
    let mut cmp = fixture::comparison();
    cmp.articles[1].outlet = cmp.articles[0].outlet.clone();
    cmp.passages[1].same_outlet = true;
    fixture::app_with(cmp)
}

/// True when the passage list has a row for this passage ("P1 · near · 83% · …").
fn listed(h: &Harness<'static, ParallaxApp>, row_start: &str) -> bool {
    h.query_by_label_contains(row_start).is_some()
}

const P1: &str = "P1 · near · 83% · ";
const P2: &str = "P2 · verbatim · 100% · ";

#[test]
fn the_switch_hides_same_outlet_passages_from_the_list_and_the_columns() {
    let mut h = passages_harness(app());
    // Shown by default, tagged.
    assert!(listed(&h, P1) && listed(&h, P2));
    h.get_by_label("same outlet");
    h.get_by_label("Shared passages (2 of 2)");
    assert_eq!(h.state().columns.tinted_passages(0), [0, 1]);
    assert_eq!(h.state().columns.tinted_passages(1), [0, 1]);

    h.get_by_label(SWITCH).click();
    h.run();
    assert!(h.state().settings.hide_same_outlet);
    assert!(listed(&h, P1));
    assert!(!listed(&h, P2), "the same-outlet passage is gone from the list");
    assert!(h.query_by_label("same outlet").is_none());
    h.get_by_label("Shared passages (1 of 2)");
    h.get_by_label("3 articles · 2 shared passages (1 hidden)");
    assert_eq!(h.state().columns.tinted_passages(0), [0], "and from the column tints");
    assert_eq!(h.state().columns.tinted_passages(1), [0]);

    // Stepping never lands on a hidden passage.
    for _ in 0..3 {
        h.key_press(egui::Key::J);
        h.run();
        assert_eq!(h.state().selected, Some(0));
    }

    h.get_by_label(SWITCH).click();
    h.run();
    assert!(!h.state().settings.hide_same_outlet);
    assert!(listed(&h, P2));
    assert_eq!(h.state().columns.tinted_passages(0), [0, 1]);
}

#[test]
fn hiding_the_selected_passage_drops_the_selection() {
    let mut h = passages_harness(app());
    h.get_by_label_contains(P2).click();
    h.run();
    assert_eq!(h.state().selected, Some(1));
    h.get_by_label_contains("P2 · verbatim · 100% alike · same outlet");
    h.get_by_label(SWITCH).click();
    h.run();
    assert_eq!(h.state().selected, None);
    h.get_by_label("Select a passage in the list, or click a highlight in a column.");
}

#[test]
fn the_view_menu_has_the_switch_too() {
    let mut h = passages_harness(app());
    h.get_by_label("View").click();
    h.run();
    // The list's checkbox and the menu's.
    assert_eq!(h.query_all_by_label(SWITCH).count(), 2);
}

#[test]
fn without_same_outlet_passages_there_is_no_switch() {
    let h = harness(fixture::app());
    assert!(h.query_by_label_contains("between versions of one outlet").is_none());
    assert!(h.query_by_label("same outlet").is_none());
}
