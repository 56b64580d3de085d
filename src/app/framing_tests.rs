//! UI tests of labels and scare quotes: the Framing tab selects them, the columns mark them.

use egui_kittest::kittest::Queryable;

use super::fixture::app as fixture_app;
use super::tests::harness;
use super::{Command, Focus, SpanTarget, Tab};
use crate::model::{ArticleId, Span};

#[test]
fn clicking_a_label_in_the_framing_tab_selects_it_and_marks_it_in_its_column() {
    let mut h = harness(fixture_app());
    h.get_by_label("Framing").click();
    h.run();
    assert_eq!(h.state().settings.tab, Tab::Framing);
    let layouts = h.state().columns.layouts;
    h.get_by_label("embattled mayor *").click();
    h.run();

    let app = h.state();
    let target = app.selected_span().expect("a label is selected").clone();
    let ai = app.cmp.article_index(target.article).expect("its article");
    let article = &app.cmp.articles[ai];
    assert_eq!(article.text.get(target.span.start..target.span.end), Some("embattled mayor"));
    assert_eq!(app.focus, Focus::Span);
    // Only the column that holds the label is laid out again, to highlight it.
    assert_eq!(app.columns.layouts, layouts + 1);
    let start = article.text[..target.span.start].chars().count();
    let marked = app.columns.marked_frames(ai);
    let here = marked.iter().find(|(r, _)| *r == (start..start + 15)).expect("the label is marked in the column");
    assert!(here.1.is_loaded());

    // Again: the next use of the same label in that article.
    h.get_by_label("embattled mayor *").click();
    h.run();
    let next = h.state().selected_span().expect("still selected").span;
    assert!(next.start > target.span.start, "{next:?} after {:?}", target.span);
}

#[test]
fn a_scare_quote_picked_elsewhere_opens_its_section_and_stale_targets_are_ignored() {
    let mut h = harness(fixture_app());
    let ctx = h.ctx.clone();
    let quotes = &h.state().cmp.framing.scare_quotes;
    let s = quotes.iter().find(|s| s.text.contains("miracle")).cloned().expect("the fixture has a scare quote");
    assert!(h.query_by_label_contains("miracle").is_none(), "the scare quotes start collapsed");
    let target = SpanTarget { article: s.article, span: s.span };
    h.state_mut().apply(Command::SelectSpan(Some(target.clone())), &ctx);
    h.state_mut().apply(Command::SetTab(Tab::Framing), &ctx);
    h.run();
    assert_eq!(h.state().selected_span(), Some(&target));
    h.get_by_label_contains(s.text.trim());

    // An unknown article or a span past the end selects nothing and does not panic.
    let bogus = SpanTarget { article: ArticleId(99), span: Span::new(0, 3) };
    h.state_mut().apply(Command::SelectSpan(Some(bogus)), &ctx);
    h.run();
    assert_eq!(h.state().selected_span(), None);
    let past = SpanTarget { article: ArticleId(1), span: Span::new(usize::MAX - 5, usize::MAX) };
    h.state_mut().apply(Command::SelectSpan(Some(past)), &ctx);
    h.run();
}
