//! UI tests of searching across everything (the box, Ctrl+F, the grouped results, jumping to a
//! hit), on the hand-built comparison.

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::Comparison;
use crate::model::{ArticleId, Span};

use super::tests::harness;
use super::{ParallaxApp, search};

/// Click in the search box and type `query`, as a person would.
fn type_query(h: &mut Harness<'static, ParallaxApp>, query: &str) {
    h.get_by_label("Search:").click();
    h.run();
    h.get_by_label("Search:").type_text(query);
    h.run();
}

/// True when the column headed `id` is entirely inside the window.
fn on_screen(h: &Harness<'static, ParallaxApp>, id: &str) -> bool {
    h.query_by_label(id).is_some_and(|n| n.rect().min.x >= 0.0 && n.rect().max.x <= 1400.0)
}

/// The fixture with twelve outlets (A4..A12 copies of A1); A11 alone ends, after many paragraphs,
/// with a word no other article has.
fn twelve() -> Comparison {
    let mut cmp = super::fixture::comparison();
    for id in 4..=12u32 {
        let mut copy = crate::model::Article {
            id: ArticleId(id),
            path: format!("fixture/{id}.txt"),
            title: format!("Copy {id} of the bridge story"),
            outlet: Some(format!("Outlet {id}")),
            ..cmp.articles[0].clone()
        };
        if id == 11 {
            copy.text.push_str(&"\n\nMore words about the storm and the bridge.".repeat(80));
            copy.text.push_str("\n\nA zeppelin was seen over the harbour.");
        }
        cmp.articles.push(copy);
    }
    cmp
}

#[test]
fn typing_a_query_lists_results_of_each_kind_with_their_article() {
    let mut h = harness(super::fixture::app());
    assert!(h.query_by_label_contains("matches").is_none(), "no results panel without a query");
    // A name: in the text of A1 and A2, and the actor Jane Holt (once in each).
    type_query(&mut h, "holt");
    h.get_by_label("4 matches");
    h.get_by_label("In the text (2)");
    h.get_by_label("Actors (2)");
    assert!(h.query_by_label("Figures (0)").is_none(), "a kind with no hit is left out");
    assert_eq!(h.query_all_by_label_contains("· R1 Jane Holt · named once — ").count(), 2);
    // Each with its article, outlet and a snippet.
    assert_eq!(h.query_all_by_label_contains("hurt, said Jane Holt.").count(), 2, "A2 in the text and as the actor");
    // What a figure counts: "hurt" finds the three wounded figures and the word in three texts.
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().search.query, "", "Escape clears the box");
    type_query(&mut h, "hurt");
    h.get_by_label("Figures (3)");
    h.get_by_label("In the text (3)");
    let row = h.get_by_label_contains("A2 Outlet 2 · N2 · wounded — ").accesskit_node().label().unwrap_or_default();
    assert!(row.contains(" More than 30 people were hurt, said Jane Holt."), "the figure in its snippet: {row}");
    // A label finds its actor.
    h.key_press(Key::Escape);
    h.run();
    type_query(&mut h, "embattled mayor");
    h.get_by_label("Actors (2)");
    let label = "A1 Outlet 1 · R1 Jane Holt · label \u{201C}embattled mayor\u{201D} (loaded) — ";
    assert_eq!(h.query_all_by_label_contains(label).count(), 2, "A1 uses the label twice");
    // One search per query change, none per frame.
    let searches = h.state().search.searches;
    h.run_steps(5);
    assert_eq!(h.state().search.searches, searches);
    h.key_press(Key::Escape);
    h.run();
    type_query(&mut h, "xyzzy");
    h.get_by_label("No matches for \u{201C}xyzzy\u{201D}");
}

#[test]
fn clicking_a_result_brings_its_column_into_view_scrolled_to_the_highlighted_match() {
    let mut h = harness(super::fixture::app_with(twelve()));
    assert!(!on_screen(&h, "A11"));
    type_query(&mut h, "Zeppelin");
    h.get_by_label("1 match");
    h.get_by_label_contains("A11 Outlet 11 — ").click();
    h.run();
    let cmp = &h.state().cmp;
    let text = &cmp.articles[10].text;
    let start = text.find("zeppelin").expect("the word");
    let span = Span::new(start, start + "zeppelin".len());
    let selected = h.state().selected_span().expect("the hit is selected");
    assert_eq!((selected.article, selected.span), (ArticleId(11), span));
    assert!(on_screen(&h, "A11"), "its column came into view");
    let (y, format) = h.state().columns.selected_span_mark(10).expect("the column marks the hit");
    assert!(y > 2000.0, "the hit is far down the column ({y}), so the column scrolled to it");
    assert_eq!(format.background, h.state().settings.theme.palette().number_selected_bg, "highlighted");
    h.get_by_label("1 of 1 match");
    // The click took the focus from the box; Escape still closes the search.
    assert!(!h.ctx.memory(|m| m.has_focus(search::box_id())));
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().search.query, "");
    assert!(h.query_by_label("1 of 1 match").is_none());
}

#[test]
fn a_figure_hit_is_highlighted_over_its_figure_mark() {
    let mut h = harness(super::fixture::app());
    type_query(&mut h, "more than 30");
    h.get_by_label_contains("A2 Outlet 2 · N2 · wounded").click();
    h.run();
    let (_, format) = h.state().columns.selected_span_mark(1).expect("the column marks the hit");
    assert_eq!(format.background, h.state().settings.theme.palette().number_selected_bg);
}

#[test]
fn ctrl_f_focuses_the_box_and_enter_down_up_step_through_the_results() {
    let mut h = harness(super::fixture::app());
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    assert!(h.ctx.memory(|m| m.has_focus(search::box_id())), "Ctrl+F focuses the search box");
    h.event(Event::Text("storm".into()));
    h.run();
    assert_eq!(h.state().search.query, "storm");
    h.get_by_label("2 matches");
    let at = |h: &Harness<'static, ParallaxApp>| h.state().selected_span().map(|s| s.article);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(at(&h), Some(ArticleId(1)));
    h.get_by_label("1 of 2 matches");
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(at(&h), Some(ArticleId(2)));
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(at(&h), Some(ArticleId(1)), "round the end");
    h.key_press(Key::ArrowUp);
    h.run();
    assert_eq!(at(&h), Some(ArticleId(2)));
    assert!(h.ctx.memory(|m| m.has_focus(search::box_id())), "the box keeps the focus");
    // The arrows went to the search, not to the passage list.
    assert_eq!(h.state().selected.and_then(|i| h.state().cmp.passages.get(i)).map(|p| p.id.as_str()), Some("P1"));
    // Escape clears, and again leaves the box.
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().search.query, "");
    assert!(h.query_by_label_contains("matches").is_none(), "the results panel closes");
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.ctx.memory(|m| m.has_focus(search::box_id())));
    // Ctrl+F again selects what was typed, so typing replaces it.
    type_query(&mut h, "bridge");
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.event(Event::Text("ferries".into()));
    h.run();
    assert_eq!(h.state().search.query, "ferries");
}
