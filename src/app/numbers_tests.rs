//! UI tests of the bottom panel's tabs and the Numbers table, on a hand-built comparison.

use egui_kittest::kittest::Queryable;

use super::fixture::app as fixture_app;
use super::tests::harness;
use super::{Focus, Tab};
use crate::model::{GroupStatus, NumberId, Quantity};

#[test]
fn the_numbers_tab_lists_a_group_by_outlet() {
    let mut h = harness(fixture_app());
    assert!(h.query_by_label("More than 30").is_none(), "the table is not shown on the Summary tab");
    h.get_by_label("Numbers").click();
    h.run();
    assert_eq!(h.state().settings.tab, Tab::Numbers);
    for value in ["At least 12", "More than 30", "About 12"] {
        h.get_by_label(value);
    }
    // The wounded group (G1) is the first row: three outlets disagree.
    let first = &h.state().numbers.rows[0];
    let group = &h.state().cmp.number_groups[first.group];
    assert_eq!((group.what, group.status), (Quantity::Wounded, GroupStatus::Differ));
    assert!(first.cells.iter().filter(|c| !c.is_empty()).count() >= 3);
    // Rows come in the reports' order, from the view built with the comparison.
    let app = h.state();
    let order: Vec<usize> = app.numbers.rows.iter().map(|r| r.group).collect();
    assert_eq!(order, app.view.number_order);
    assert_eq!(app.view, crate::view::ComparisonView::build(&app.cmp));
}

#[test]
fn clicking_a_value_selects_that_figure_and_scrolls_its_column() {
    let mut h = harness(fixture_app());
    h.get_by_label("Numbers").click();
    h.run();
    let layouts = h.state().columns.layouts;
    h.get_by_label("More than 30").click();
    h.run();
    let app = h.state();
    let n = app.selected_number.and_then(|ni| app.cmp.numbers.get(ni)).expect("a figure is selected");
    assert_eq!(n.text, "More than 30");
    assert_eq!(app.focus, Focus::Number);
    // Only the column that holds the figure is laid out again, to mark it.
    assert_eq!(app.columns.layouts, layouts + 1);
    let line = h.get_by_label_contains("Selected: ");
    let text = line.value().unwrap_or_default();
    assert!(text.contains("More than 30") && text.contains(&n.article.to_string()), "{text}");
}

#[test]
fn the_tab_strip_switches_tabs() {
    let mut h = harness(fixture_app());
    assert_eq!(h.state().settings.tab, Tab::Summary, "a comparison opens on the Summary");
    assert!(h.query_by_label_contains("Shared passages (").is_none());
    h.get_by_label("Shared passages").click();
    h.run();
    h.get_by_label_contains("Shared passages (");
    h.get_by_label("Framing").click();
    h.run();
    assert_eq!(h.state().settings.tab, Tab::Framing);
    assert!(h.query_by_label_contains("Shared passages (").is_none());
    h.get_by_label("Numbers").click();
    h.run();
    h.get_by_label("More than 30");
    h.get_by_label("Shared passages").click();
    h.run();
    assert_eq!(h.state().settings.tab, Tab::Passages);
    h.get_by_label_contains("Shared passages (");
    assert!(h.query_by_label("More than 30").is_none());
    h.get_by_label("Summary").click();
    h.run();
    assert_eq!(h.state().settings.tab, Tab::Summary);
    h.get_by_label("Conflicting figures (1)");
}

#[test]
fn settings_without_a_tab_still_load() {
    let s: super::Settings = serde_json::from_str(r#"{"theme":"Dark"}"#).expect("old settings parse");
    assert_eq!(s.tab, Tab::Summary);
}

#[test]
fn figures_other_than_casualties_and_money_open_on_request() {
    let mut cmp = super::fixture::comparison();
    cmp.number_groups[0].what = Quantity::Percent;
    // A money group leads, so the percentages fold under it.
    let mut money = cmp.number_groups[0].clone();
    money.id = "G2".into();
    money.what = Quantity::Money;
    money.members = vec![NumberId(4)];
    let mut figure = cmp.numbers[0].clone();
    figure.id = NumberId(4);
    cmp.numbers.push(figure);
    cmp.number_groups.push(money);
    let mut h = harness(super::fixture::app_with(cmp));
    h.get_by_label("Numbers").click();
    h.run();
    assert!(h.query_by_label("More than 30").is_none(), "folded away");
    h.get_by_label("Show other figures (1 groups)").click();
    h.run();
    h.get_by_label("More than 30");
    h.get_by_label("Hide other figures (1 groups)");
}

#[test]
fn with_no_casualty_or_money_group_the_other_figures_are_shown_open() {
    let mut cmp = super::fixture::comparison();
    cmp.number_groups[0].what = Quantity::Percent;
    let mut h = harness(super::fixture::app_with(cmp));
    h.get_by_label("Numbers").click();
    h.run();
    h.get_by_label("More than 30");
    assert!(h.query_by_label_contains("other figures").is_none());
}

#[test]
fn figures_in_no_group_are_not_called_no_figures() {
    let mut cmp = super::fixture::comparison();
    cmp.number_groups.clear();
    let mut h = harness(super::fixture::app_with(cmp));
    h.get_by_label("Numbers").click();
    h.run();
    assert!(h.query_by_label("No figures found in these articles.").is_none());
    h.get_by_label_contains("3 figures are marked in the text");
}
