//! UI tests of labels, loaded words and scare quotes: the Framing tab selects them, the columns mark
//! them.

use egui_kittest::kittest::Queryable;

use super::fixture::app as fixture_app;
use super::frame_marks::FrameKind;
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

#[test]
fn the_loaded_words_section_lists_each_outlets_terms_and_marks_those_only_it_uses() {
    let mut h = harness(fixture_app());
    h.get_by_label("Framing").click();
    h.run();
    h.get_by_label("Loaded words: 4 uses, 3 terms");
    h.get_by_label("embattled ×2");
    h.get_by_label("embattled ×1");
    h.get_by_label("botched ×1");
    // Only "botched" is one outlet's alone; A3 uses none.
    assert_eq!(h.query_all_by_label("only here").count(), 1);
    assert_eq!(h.query_all_by_label("No loaded words.").count(), 1);
    h.get_by_label("botched ×1").hover();
    h.run();
    h.get_by_label_contains("pejorative — neutral: failed");
}

#[test]
fn clicking_a_loaded_word_selects_its_uses_in_turn_and_its_column_marks_it() {
    let mut h = harness(fixture_app());
    h.get_by_label("Framing").click();
    h.run();
    h.get_by_label("embattled ×2").click();
    h.run();
    let app = h.state();
    let first = app.selected_span().expect("a loaded word is selected").clone();
    assert_eq!(first.article, ArticleId(1));
    let article = &app.cmp.articles[0];
    assert_eq!(article.text.get(first.span.start..first.span.end), Some("embattled"));
    assert_eq!(app.focus, Focus::Span);
    let start = article.text[..first.span.start].chars().count();
    let marked = app.columns.marked_frames(0);
    assert!(
        marked.iter().any(|(r, m)| *r == (start..start + 9) && matches!(m.kind, FrameKind::LoadedWord { .. })),
        "the loaded word is marked in its column: {marked:?}"
    );

    h.get_by_label("embattled ×2").click();
    h.run();
    let second = h.state().selected_span().expect("still selected").clone();
    assert!(second.span.start > first.span.start, "{second:?} after {first:?}");
    h.get_by_label("embattled ×2").click();
    h.run();
    assert_eq!(h.state().selected_span(), Some(&first), "back to the first use");

    // A2's "botched" is marked in A2's column too.
    let a2 = &h.state().cmp.articles[1];
    let at = a2.text.find("botched").expect("fixture text");
    let start = a2.text[..at].chars().count();
    let marked = h.state().columns.marked_frames(1);
    assert!(marked.iter().any(|(r, m)| *r == (start..start + 7) && matches!(m.kind, FrameKind::LoadedWord { .. })));
}

/// The fixture with twelve outlets (A4..A12 copies of A1) and ten labelled actors.
fn many_outlets() -> crate::Comparison {
    let mut cmp = super::fixture::comparison();
    for id in 4..=12 {
        let copy =
            crate::model::Article { id: ArticleId(id), path: format!("fixture/{id}.txt"), ..cmp.articles[0].clone() };
        cmp.articles.push(copy);
    }
    let first = cmp.framing.actors[0].clone();
    for i in 2..=10 {
        let labels = first.labels.iter().map(|l| crate::model::Label { label: format!("label {i}"), ..l.clone() });
        let actor = crate::model::Actor {
            id: format!("R{i}"),
            name: format!("Actor {i}"),
            aliases: vec![],
            labels: labels.collect(),
        };
        cmp.framing.actors.push(actor);
    }
    cmp
}

/// Turn the mouse wheel by `delta` points over `at`.
fn wheel(h: &mut egui_kittest::Harness<'_, super::ParallaxApp>, at: egui::Pos2, delta: egui::Vec2) {
    h.hover_at(at + egui::vec2(4.0, 4.0));
    h.run();
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
}

#[test]
fn the_labels_table_scrolls_under_its_fixed_header_and_actor_column() {
    let mut h = harness(super::fixture::app_with(many_outlets()));
    h.get_by_label("Framing").click();
    h.run();
    let at = |h: &egui_kittest::Harness<'_, super::ParallaxApp>, label: &str| h.get_by_label(label).rect().min;
    let (corner, name, chip) = (at(&h, "Actor"), at(&h, "Jane Holt"), at(&h, "embattled mayor *"));
    wheel(&mut h, chip, egui::vec2(-150.0, 0.0));
    let moved = at(&h, "embattled mayor *");
    assert!(moved.x < chip.x, "the body scrolls left: {moved:?} from {chip:?}");
    // Within a point: the scroll offset is fractional.
    let near = |a: egui::Pos2, b: egui::Pos2| (a - b).length() < 1.0;
    assert!(near(at(&h, "Actor"), corner) && near(at(&h, "Jane Holt"), name), "header and actor column stay");
    wheel(&mut h, moved, egui::vec2(0.0, -60.0));
    assert!(at(&h, "embattled mayor *").y < moved.y, "the body scrolls up");
    assert!(near(at(&h, "Actor"), corner), "the header stays");
    let row = at(&h, "Jane Holt");
    assert!(row.y < name.y && (row.x - name.x).abs() < 1.0, "the actor column scrolls with its rows only: {row:?}");
}
