//! Word diffs on screen: a pair of passage members inline and side by side, each view one wrapped
//! text (so words keep their spaces and the text reads as the article has it).
//!
//! The analysis gives a diff as runs: equal runs and deletions carry the first article's text,
//! insertions the second's, each word with the white space that follows it. The first article's
//! side (equal and deleted runs) is therefore its text exactly. The second article's side has its
//! own words but, after an equal run, the first article's spacing: where the first article had
//! punctuation the second lacks ("resources, and" against "resources and"), the space the second
//! article has there is worked out from the words on either side ([`diff_runs`]).

use crate::Comparison;
use crate::model::{ArticleId, DiffOp, DiffTag, PairDiff};
use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText, Stroke};

use super::theme::Palette;

/// Characters that close a phrase: no space goes before them.
fn closes(c: char) -> bool {
    matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '%' | '’' | '”' | '»')
}

/// Add `text` to `runs`, joining it to the last run when that has the same tag.
fn push_run(runs: &mut Vec<(DiffTag, String)>, tag: DiffTag, text: &str) {
    match runs.last_mut() {
        Some((last, t)) if *last == tag => t.push_str(text),
        _ => runs.push((tag, text.to_owned())),
    }
}

/// The runs of `ops` with one of `tags`, as (tag, text) with white space folded to single spaces
/// (spaces are equal runs, so they are never struck or underlined). Showing insertions but not
/// deletions (the second article's side), a space goes between two words that the second article
/// has as separate words, and where the first article had a space, unless punctuation follows.
pub(crate) fn diff_runs(ops: &[DiffOp], tags: &[DiffTag]) -> Vec<(DiffTag, String)> {
    let second_side = tags.contains(&DiffTag::Insert) && !tags.contains(&DiffTag::Delete);
    let mut runs: Vec<(DiffTag, String)> = Vec::new();
    // White space follows the last word shown, as far as is known; and the tag of its run.
    let mut space = false;
    let mut last: Option<DiffTag> = None;
    let mut hidden_space = false;
    for op in ops {
        let ends_with_space = op.text.ends_with(char::is_whitespace);
        if !tags.contains(&op.tag) {
            // A deletion hidden from the second side: the first article's spacing around it.
            // Its trailing space is the first article's space before the equal run after it.
            hidden_space |= second_side && ends_with_space;
            continue;
        }
        let core = op.text.split_whitespace().collect::<Vec<_>>().join(" ");
        space |= op.text.starts_with(char::is_whitespace) || (op.tag == DiffTag::Equal && hidden_space);
        hidden_space = false;
        let Some(first) = core.chars().next() else {
            // White space alone.
            space |= !op.text.is_empty();
            continue;
        };
        let prev = runs.last().and_then(|(_, t)| t.chars().last());
        let gap = match prev {
            None => false,
            // The spacing is the first article's: two words the second has apart were apart.
            Some(prev) if second_side && last == Some(DiffTag::Equal) => {
                (prev.is_alphanumeric() && first.is_alphanumeric()) || (space && !closes(first))
            }
            // Inline, struck words and the underlined ones that replace them stay apart, and so do
            // two words of different runs (diffs are by words: a run never ends inside a word).
            Some(prev) => {
                space
                    || (last == Some(DiffTag::Delete) && op.tag == DiffTag::Insert)
                    || (prev.is_alphanumeric() && first.is_alphanumeric())
            }
        };
        if gap {
            push_run(&mut runs, DiffTag::Equal, " ");
        }
        push_run(&mut runs, op.tag, &core);
        space = ends_with_space;
        last = Some(op.tag);
    }
    runs
}

/// One view of a word diff as a text: equal words in the body colour, deleted words struck,
/// inserted words underlined, each on its tint.
pub(crate) fn diff_job(runs: &[(DiffTag, String)], palette: &Palette, font: FontId) -> LayoutJob {
    let mut job = LayoutJob::default();
    let plain = TextFormat::simple(font, palette.text);
    for (tag, text) in runs {
        let format = match tag {
            DiffTag::Equal => plain.clone(),
            DiffTag::Delete => TextFormat {
                color: palette.delete_fg,
                background: palette.delete_bg,
                strikethrough: Stroke::new(1.0, palette.delete_fg),
                ..plain.clone()
            },
            DiffTag::Insert => TextFormat {
                color: palette.insert_fg,
                background: palette.insert_bg,
                underline: Stroke::new(1.0, palette.insert_fg),
                ..plain.clone()
            },
        };
        job.append(text, 0.0, format);
    }
    job
}

/// The runs of a diff with the given tags, as one wrapped text.
pub(crate) fn ops_ui(ui: &mut egui::Ui, ops: &[DiffOp], tags: &[DiffTag], palette: &Palette) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let job = diff_job(&diff_runs(ops, tags), palette, font);
    // Ragged right: in a justified layout (ui.columns) a label would spread its words out.
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| ui.add(egui::Label::new(job).wrap()));
}

fn side_name(cmp: &Comparison, id: ArticleId) -> String {
    cmp.article(id).map_or_else(|| id.to_string(), |a| format!("{} {}", a.id, a.short_name()))
}

/// One pair of members: a key to the colours, the inline diff, then the two sides next to each other.
pub(crate) fn pair_ui(ui: &mut egui::Ui, cmp: &Comparison, d: &PairDiff, index: usize, palette: &Palette) {
    let (a, b) = (side_name(cmp, d.a), side_name(cmp, d.b));
    ui.label(RichText::new(format!("{a}  vs  {b}")).strong());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Inline:").small().color(palette.weak));
        let struck = RichText::new("struck")
            .small()
            .color(palette.delete_fg)
            .background_color(palette.delete_bg)
            .strikethrough();
        ui.label(struck);
        ui.label(RichText::new(format!("only in {a},")).small().color(palette.weak));
        let underlined = RichText::new("underlined")
            .small()
            .color(palette.insert_fg)
            .background_color(palette.insert_bg)
            .underline();
        ui.label(underlined);
        ui.label(RichText::new(format!("only in {b}")).small().color(palette.weak));
    });
    ops_ui(ui, &d.ops, &[DiffTag::Equal, DiffTag::Delete, DiffTag::Insert], palette);
    ui.label(RichText::new("Side by side").small().color(palette.weak));
    ui.push_id(("pair", index), |ui| {
        ui.columns(2, |cols| {
            cols[0].label(RichText::new(&a).small().color(palette.weak));
            ops_ui(&mut cols[0], &d.ops, &[DiffTag::Equal, DiffTag::Delete], palette);
            cols[1].label(RichText::new(&b).small().color(palette.weak));
            ops_ui(&mut cols[1], &d.ops, &[DiffTag::Equal, DiffTag::Insert], palette);
        });
    });
    ui.separator();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::theme::ThemeChoice;

    fn op(tag: DiffTag, text: &str) -> DiffOp {
        DiffOp { tag, text: text.into() }
    }

    fn text(runs: &[(DiffTag, String)]) -> String {
        runs.iter().map(|(_, t)| t.as_str()).collect()
    }

    const SIDES: [&[DiffTag]; 3] = [
        &[DiffTag::Equal, DiffTag::Delete],
        &[DiffTag::Equal, DiffTag::Insert],
        &[DiffTag::Equal, DiffTag::Delete, DiffTag::Insert],
    ];

    #[test]
    fn the_second_side_keeps_the_space_where_the_first_had_punctuation() {
        // "oil resources, and the two" against "oil resources and the two", as the analysis gives it.
        let ops = [op(DiffTag::Equal, "oil resources"), op(DiffTag::Delete, ", "), op(DiffTag::Equal, "and the two")];
        let [first, second, inline] = SIDES.map(|tags| text(&diff_runs(&ops, tags)));
        assert_eq!(first, "oil resources, and the two");
        assert_eq!(second, "oil resources and the two");
        assert_eq!(inline, "oil resources, and the two");
    }

    #[test]
    fn a_word_inserted_after_the_last_equal_word_stands_apart_inline() {
        // "its lunar exploration." against "its lunar exploration programme.", as the analysis gives it.
        let ops =
            [op(DiffTag::Equal, "its lunar exploration"), op(DiffTag::Insert, "programme"), op(DiffTag::Equal, ".")];
        let [first, second, inline] = SIDES.map(|tags| text(&diff_runs(&ops, tags)));
        assert_eq!(first, "its lunar exploration.");
        assert_eq!(second, "its lunar exploration programme.");
        assert_eq!(inline, "its lunar exploration programme.");
    }

    #[test]
    fn the_second_side_puts_no_space_before_its_own_punctuation_or_inside_a_word() {
        // "oil resources and the two" against "oil resources, and the two".
        let ops = [op(DiffTag::Equal, "oil resources "), op(DiffTag::Insert, ", "), op(DiffTag::Equal, "and the two")];
        assert_eq!(text(&diff_runs(&ops, SIDES[0])), "oil resources and the two");
        assert_eq!(text(&diff_runs(&ops, SIDES[1])), "oil resources, and the two");
        // "U.S.-backed" against "U.S.-supported".
        let ops = [op(DiffTag::Equal, "U.S.-"), op(DiffTag::Delete, "backed "), op(DiffTag::Insert, "supported ")];
        assert_eq!(text(&diff_runs(&ops, SIDES[1])), "U.S.-supported");
        // A replaced word in the middle: spaces on both sides.
        let ops = [
            op(DiffTag::Equal, "The council "),
            op(DiffTag::Delete, "calls on "),
            op(DiffTag::Insert, "urges "),
            op(DiffTag::Equal, "drivers."),
        ];
        assert_eq!(text(&diff_runs(&ops, SIDES[0])), "The council calls on drivers.");
        assert_eq!(text(&diff_runs(&ops, SIDES[1])), "The council urges drivers.");
        assert_eq!(text(&diff_runs(&ops, SIDES[2])), "The council calls on urges drivers.");
    }

    #[test]
    fn spaces_are_plain_and_equal_words_have_the_body_colour_in_both_themes() {
        let ops =
            [op(DiffTag::Equal, "The council "), op(DiffTag::Delete, "calls on "), op(DiffTag::Equal, "drivers.")];
        let runs = diff_runs(&ops, SIDES[0]);
        assert_eq!(
            runs,
            vec![
                (DiffTag::Equal, "The council ".to_owned()),
                (DiffTag::Delete, "calls on".to_owned()),
                (DiffTag::Equal, " drivers.".to_owned())
            ]
        );
        for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
            let palette = theme.palette();
            let job = diff_job(&runs, &palette, FontId::proportional(14.0));
            let colors: Vec<_> = job.sections.iter().map(|s| s.format.color).collect();
            assert_eq!(colors, [palette.text, palette.delete_fg, palette.text], "{theme:?}");
        }
    }
}
