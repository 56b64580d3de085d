//! UI tests of the Summary tab: shown when a comparison opens, each row a click away from the item
//! in its own tab.

use egui_kittest::kittest::Queryable;

use super::fixture::app as fixture_app;
use super::tests::harness;
use super::{Command, Focus, SpanTarget, Tab};

/// The fixture's one group of figures, where three outlets disagree on the number hurt.
const FIGURE_ROW: &str = "G1 wounded: outlets differ: A1 At least 12 · A2 More than 30 · A3 About 12";

#[test]
fn a_comparison_opens_on_the_summary() {
    let h = harness(fixture_app());
    assert_eq!(h.state().settings.tab, Tab::Summary);
    h.get_by_label("Conflicting figures (1)");
    h.get_by_label(FIGURE_ROW);
    h.get_by_label("No quote worded differently.");
    h.get_by_label("A2 Outlet 2: 2 uses: botched (only here), embattled");
    h.get_by_label_contains("P1: near · 2 articles: “The city council calls on");
    assert!(h.query_by_label_contains("Shared passages (").is_none(), "the passage list waits in its tab");
}

#[test]
fn clicking_a_conflicting_figure_selects_its_group_in_the_numbers_tab() {
    let mut h = harness(fixture_app());
    h.get_by_label(FIGURE_ROW).click();
    h.run();
    let app = h.state();
    assert_eq!(app.settings.tab, Tab::Numbers);
    let n = app.selected_number.and_then(|ni| app.cmp.numbers.get(ni)).expect("a figure is selected");
    assert_eq!(n.text, "At least 12");
    assert_eq!((app.focus, app.nav.reason.as_str()), (Focus::Number, "G1"));
    assert_eq!(app.nav.target, [0, 1, 2], "the group's columns are outlined");
    let picked = (app.selected_number, app.focus, app.nav.target.clone(), app.nav.reason.clone());
    assert!(h.get_by_label_contains("Selected: ").value().unwrap_or_default().contains("At least 12"));
    // The same as clicking the value in the Numbers tab.
    let mut other = harness(fixture_app());
    other.get_by_label("Numbers").click();
    other.run();
    other.get_by_label("At least 12").click();
    other.run();
    let app = other.state();
    assert_eq!(picked, (app.selected_number, app.focus, app.nav.target.clone(), app.nav.reason.clone()));
}

#[test]
fn a_passage_row_selects_it_in_the_passage_list() {
    let mut h = harness(fixture_app());
    h.get_by_label_contains("P2: verbatim · 2 articles").click();
    h.run();
    let app = h.state();
    assert_eq!((app.settings.tab, app.selected, app.focus), (Tab::Passages, Some(1), Focus::Passage));
    assert_eq!(app.nav.reason, "P2");
    h.get_by_label_contains("P2 · verbatim · 100% · 2 outlets");
}

#[test]
fn a_loaded_word_row_selects_its_first_use_in_the_framing_tab() {
    let mut h = harness(fixture_app());
    h.get_by_label("A2 Outlet 2: 2 uses: botched (only here), embattled").click();
    h.run();
    let app = h.state();
    assert_eq!((app.settings.tab, app.focus), (Tab::Framing, Focus::Span));
    let SpanTarget { article, span } = app.selected_span().expect("a span is selected").clone();
    assert_eq!(app.cmp.article(article).map(|a| a.slice(span)), Some("botched"));
}

#[test]
fn adding_articles_opens_the_summary_again_but_removing_one_does_not() {
    let mut h = harness(fixture_app());
    let ctx = h.ctx.clone();
    h.state_mut().apply(Command::SetTab(Tab::Numbers), &ctx);
    // Analysed again without new paths (an article removed, say): the reader stays where they were.
    h.state_mut().take_output(super::fixture::output(super::fixture::comparison()));
    assert_eq!(h.state().settings.tab, Tab::Numbers);
    let mut added = super::fixture::output(super::fixture::comparison());
    added.opened = vec!["fixture/new.txt".into()];
    h.state_mut().take_output(added);
    h.run();
    assert_eq!(h.state().settings.tab, Tab::Summary);
    h.get_by_label(FIGURE_ROW);
}

#[test]
fn with_no_articles_the_summary_says_so() {
    let mut h = harness(super::fixture::app_with(crate::Comparison::default()));
    assert_eq!(h.state().settings.tab, Tab::Summary);
    h.run();
    h.get_by_label("No articles analysed.");
    assert!(h.query_by_label("Conflicting figures (0)").is_none());
}

#[test]
fn a_capped_section_links_to_the_rest_in_its_tab() {
    let mut cmp = super::fixture::comparison();
    let copy = cmp.passages[1].clone();
    for i in 3..=8 {
        cmp.passages.push(crate::model::Passage { id: format!("P{i}"), ..copy.clone() });
    }
    let mut h = harness(super::fixture::app_with(cmp));
    h.get_by_label("Passages most outlets share (8)");
    h.get_by_label("3 more in Shared passages").click();
    h.run();
    assert_eq!(h.state().settings.tab, Tab::Passages);
}

#[test]
fn a_quote_row_selects_its_first_member_and_shows_its_diff_in_the_framing_tab() {
    use crate::model::{Member, QuoteGroup, Span};
    let mut cmp = super::fixture::comparison();
    let member = |ai: usize, text: &str| {
        let a = &cmp.articles[ai];
        let start = a.text.find(text).expect("fixture text");
        Member { article: a.id, span: Span::new(start, start + text.len()), text: text.to_owned() }
    };
    let members = vec![member(0, "calls on drivers"), member(1, "urges drivers")];
    let diffs = cmp.passages[0].diffs.clone();
    cmp.framing.quotes.push(QuoteGroup { id: "Q1".into(), faithful: false, members, diffs, speakers: vec![] });
    let first = cmp.framing.quotes[0].members[0].clone();
    let mut h = harness(super::fixture::app_with(cmp));
    h.get_by_label("Q1: “calls on drivers” in A1, A2").click();
    h.run();
    let app = h.state();
    assert_eq!((app.settings.tab, app.focus), (Tab::Framing, Focus::Span));
    assert_eq!(app.selected_span(), Some(&SpanTarget { article: first.article, span: first.span }));
    let heading = h.get_by_label("Q1 · worded differently");
    assert!(heading.rect().max.y <= 900.0, "the quote is scrolled into view: {:?}", heading.rect());
}
