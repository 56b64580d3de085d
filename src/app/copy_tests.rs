//! UI tests of selecting and copying article text: a drag over a column's body selects text that
//! Ctrl+C copies, a click still selects a passage, and the context menu copies the whole article.

use egui::{Event, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::ParallaxApp;
use super::tests::harness;

/// The copy commands of the last frame.
fn copied(h: &Harness<'static, ParallaxApp>) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn article_text_can_be_selected_and_copied_and_a_click_still_selects_a_passage() {
    let mut h = harness(super::fixture::app());
    // The first line of A1's body is passage P1's tint, under the title and the outlet line.
    let title = h.get_by_label("Harbour bridge closes after storm damage").rect();
    let from = egui::pos2(title.left() + 20.0, title.bottom() + 33.0);
    let to = egui::pos2(title.left() + 120.0, title.bottom() + 33.0);
    let button = |pressed| Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    // A drag selects text; Ctrl+C copies it.
    h.event(Event::PointerMoved(from));
    h.event(button(true));
    h.step();
    for i in 1..=5 {
        h.event(Event::PointerMoved(from + (to - from) * (i as f32 / 5.0)));
        h.step();
    }
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
    h.event(Event::Copy);
    h.step();
    let text = copied(&h);
    assert_eq!(text.len(), 1, "one copy: {text:?}");
    assert!(text[0].contains("city council"), "{text:?}");
    assert!(text[0].len() < 40 && h.state().cmp.articles[0].text.contains(&text[0]), "a piece of A1: {text:?}");
    h.run();
    // A click (no drag) on the tint still selects its passage.
    h.state_mut().selected = None;
    h.event(Event::PointerMoved(from));
    h.event(button(true));
    h.step();
    h.event(button(false));
    h.run();
    assert_eq!(h.state().selected.and_then(|i| h.state().cmp.passages.get(i)).map(|p| p.id.as_str()), Some("P1"));
    // The context menu copies the whole article.
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    h.get_by_label("Copy article text").click();
    h.step();
    assert_eq!(copied(&h), [h.state().cmp.articles[0].text.clone()]);
}
