//! UI tests of finding one's way among many columns: selecting brings the columns that have the
//! selection into view (scrolling, or pinning them side by side), the Articles menu jumps to a
//! column, and long titles are clamped.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::Comparison;
use crate::model::{
    ArticleId, GroupStatus, Member, NumberGroup, NumberId, NumberMention, Passage, PassageKind, Quantity,
};

use super::tests::harness;
use super::{Command, ParallaxApp};

/// The fixture with twelve outlets (A4..A12 copies of A1), a passage P3 in A1, A7 and A12, and a
/// figure group G2 in A8 and A10.
fn twelve() -> Comparison {
    let mut cmp = super::fixture::comparison();
    for id in 4..=12 {
        let copy = crate::model::Article {
            id: ArticleId(id),
            path: format!("fixture/{id}.txt"),
            title: format!("Copy {id} of the bridge story"),
            outlet: Some(format!("Outlet {id}")),
            ..cmp.articles[0].clone()
        };
        cmp.articles.push(copy);
    }
    let text = "Engineers found cracks in two steel beams after the storm.";
    let start = cmp.articles[0].text.find(text).expect("fixture text");
    let span = crate::model::Span::new(start, start + text.len());
    let members = [1, 7, 12].map(|id| Member { article: ArticleId(id), span, text: text.to_owned() });
    let id = "P3".to_owned();
    cmp.passages.push(Passage {
        id,
        kind: PassageKind::Verbatim,
        similarity: 1.0,
        members: members.into(),
        diffs: vec![],
        coarse_diff: false,
        same_outlet: false,
    });
    let figure = cmp.numbers[0].clone();
    for (i, id) in [(4, 8), (5, 10)] {
        cmp.numbers.push(NumberMention { id: NumberId(i), article: ArticleId(id), ..figure.clone() });
    }
    cmp.number_groups.push(NumberGroup {
        id: "G2".into(),
        what: Quantity::Wounded,
        members: vec![NumberId(4), NumberId(5)],
        status: GroupStatus::Agree,
        within_article: false,
        counted: None,
    });
    cmp
}

/// True when the column headed `id` is entirely inside the window.
fn on_screen(h: &Harness<'static, ParallaxApp>, id: &str) -> bool {
    h.query_by_label(id).is_some_and(|n| n.rect().min.x >= 0.0 && n.rect().max.x <= 1400.0)
}

#[test]
fn selecting_a_passage_in_far_apart_columns_pins_them_side_by_side() {
    let mut h = super::tests::passages_harness(super::fixture::app_with(twelve()));
    assert!(on_screen(&h, "A1") && !on_screen(&h, "A7") && !on_screen(&h, "A12"));
    h.get_by_label_contains("P3 · verbatim · 100% · 3 outlets").click();
    h.run();
    assert_eq!(h.state().nav.pinned, [0, 6, 11]);
    for id in ["A1", "A7", "A12"] {
        assert!(on_screen(&h, id), "{id} is in view");
    }
    // Each member column says why it is outlined.
    assert_eq!(h.query_all_by_label("P3").count(), 3);
    let x = |h: &Harness<'static, ParallaxApp>, id: &str| h.get_by_label(id).rect().left();
    assert!(x(&h, "A1") < x(&h, "A7") && x(&h, "A7") < x(&h, "A12"), "side by side in the reader's order");
    // Moving a column shows the reader's order again, with the move.
    let ctx = h.ctx.clone();
    h.state_mut().apply(Command::MoveSource { path: "fixture/12.txt".into(), delta: -1 }, &ctx);
    h.run();
    assert!(h.state().nav.pinned.is_empty());
    assert_eq!(&h.state().order.slots()[9..], [9, 11, 10]);
    h.state_mut().apply(Command::Select(Some(2)), &ctx);
    h.run();
    assert_eq!(h.state().nav.pinned, [0, 6, 11]);
    // The reader's order comes back on request.
    h.get_by_label("Restore column order").click();
    h.run();
    assert!(h.state().nav.pinned.is_empty());
    assert!(on_screen(&h, "A1") && x(&h, "A1") < x(&h, "A2"), "A2 follows A1 again");
}

#[test]
fn selecting_a_figure_group_scrolls_sideways_to_its_columns() {
    let mut h = harness(super::fixture::app_with(twelve()));
    assert!(!on_screen(&h, "A8") && !on_screen(&h, "A10"));
    let ctx = h.ctx.clone();
    h.state_mut().apply(Command::SelectNumber(Some(NumberId(4))), &ctx);
    h.run();
    assert!(on_screen(&h, "A8") && on_screen(&h, "A10"), "both columns of G2 are in view");
    assert!(h.state().nav.pinned.is_empty(), "they fit on screen where they are: no pinning");
    assert_eq!(h.query_all_by_label("G2").count(), 2);
}

#[test]
fn the_articles_menu_jumps_to_any_column() {
    let mut h = harness(super::fixture::app_with(twelve()));
    assert!(!on_screen(&h, "A11"));
    h.get_by_label("Articles").click();
    h.run();
    h.get_by_label("A11 · Outlet 11 — Copy 11 of the bridge story").click();
    h.run();
    assert!(on_screen(&h, "A11"));
    assert!(h.query_by_label("A11 · Outlet 11 — Copy 11 of the bridge story").is_none(), "the menu closed");
}

#[test]
fn a_long_title_is_clamped_with_the_full_title_on_hover() {
    let mut cmp = twelve();
    let long: Vec<String> = (1..=60).map(|i| format!("word{i}")).collect();
    let long = long.join(" ");
    cmp.articles[0].title = long.clone();
    let mut h = harness(super::fixture::app_with(cmp));
    let title = h.get_by_label(&long);
    assert!(title.rect().height() < 45.0, "two lines at most: {:?}", title.rect());
    title.hover();
    h.run();
    assert!(h.query_all_by_label(&long).count() > 1, "the full title in a tooltip");
}

#[test]
fn the_articles_menu_filters_and_marks_the_selections_columns() {
    let mut h = harness(super::fixture::app_with(twelve()));
    h.get_by_label("Articles").click();
    h.run();
    // P1 (A1 and A2) is selected on opening: its columns are marked.
    let selected = |h: &Harness<'static, ParallaxApp>, label: &str| {
        h.get_by_label(label).accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
    };
    assert!(selected(&h, "A1 · Outlet 1 — Harbour bridge closes after storm damage"));
    assert!(!selected(&h, "A3 · Outlet 3 — Ferry timetable changes"));
    // As a person would: click in the box (the menu stays open), then type.
    h.get_by_label("Find:").click();
    h.run();
    h.get_by_label("Find:").type_text("copy 1");
    h.run();
    let shown = h.query_all_by_label_contains(" · Outlet ").count();
    assert_eq!(shown, 3, "copies 10, 11 and 12");
    h.get_by_label("A10 · Outlet 10 — Copy 10 of the bridge story").click();
    h.run();
    assert!(on_screen(&h, "A10"));
}
