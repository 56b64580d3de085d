//! The body text of one column as a [`LayoutJob`]: set-aside furniture (on request), then the
//! article text with shared passages tinted, figures marked by how their group agrees, and framing
//! marks (labels for actors, scare quotes) drawn by text colour, underline and italics so they keep
//! the passage tint.

use std::ops::Range;

use crate::model::{Article, Span};
use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, Stroke};

use super::frame_marks::{FrameKind, FrameMark};
use super::theme::{NumberKind, Palette};

/// Body text size.
const BODY_SIZE: f32 = 13.5;

/// What to mark in one article's text.
pub struct Marks<'a> {
    /// (span, passage index) of every passage member in the article.
    pub passages: &'a [(Span, usize)],
    /// The selected passage.
    pub selected: Option<usize>,
    /// The tint number of each passage, by passage index (missing: the index).
    pub tints: &'a [usize],
    /// (span, figure index) of every figure in the article.
    pub numbers: &'a [(Span, usize)],
    /// The kind of a figure, by figure index.
    pub kind_of: &'a [NumberKind],
    /// The selected figure, when it is in this article.
    pub selected_number: Option<usize>,
    /// Labels and scare quotes in the article, sorted by span.
    pub frames: &'a [FrameMark],
    /// The selected span (a label or scare quote picked in the Framing tab), when it is in this article.
    pub selected_span: Option<Span>,
}

/// A column body ready to be laid out.
pub struct BuiltJob {
    /// The text with its formats.
    pub job: LayoutJob,
    /// Character ranges of the text that belong to a passage (by index).
    pub highlights: Vec<(Range<usize>, usize)>,
    /// Character ranges of the text that are a figure (by index in `cmp.numbers`).
    pub numbers: Vec<(Range<usize>, usize)>,
    /// Character ranges of the text that are a framing mark (by index in [`Marks::frames`]); a
    /// character in two marks is in two ranges.
    pub frames: Vec<(Range<usize>, usize)>,
    /// First character of the selected passage.
    pub selected_char: Option<usize>,
    /// First character of the selected span.
    pub selected_span_char: Option<usize>,
}

/// Add `range` to `ranges`, merging it into the last one when it continues the same item.
fn push_range(ranges: &mut Vec<(Range<usize>, usize)>, range: Range<usize>, item: usize) {
    match ranges.last_mut() {
        Some((r, last)) if *last == item && r.end == range.start => r.end = range.end,
        _ => ranges.push((range, item)),
    }
}

/// Build the body text of one article: furniture (on request), then the text with passage tints
/// and figure marks. Spans out of range or off character boundaries are skipped.
pub fn build_job(
    article: &Article,
    marks: &Marks<'_>,
    palette: &Palette,
    show_furniture: bool,
    width: f32,
) -> BuiltJob {
    let font = FontId::proportional(BODY_SIZE);
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    let mut chars = 0usize;
    let mut push = |job: &mut LayoutJob, text: &str, format: TextFormat| -> Range<usize> {
        let start = chars;
        chars += text.chars().count();
        job.append(text, 0.0, format);
        start..chars
    };
    if show_furniture && !article.boilerplate.is_empty() {
        let grey = TextFormat { italics: true, ..TextFormat::simple(font.clone(), palette.furniture) };
        for b in &article.boilerplate {
            let line =
                if b.reason.is_empty() { format!("{}\n", b.text) } else { format!("{}  [{}]\n", b.text, b.reason) };
            push(&mut job, &line, grey.clone());
        }
        push(&mut job, "\n", grey);
    }

    let text = article.text.as_str();
    let plain = TextFormat::simple(font.clone(), palette.text);
    let mut bounds: Vec<usize> = vec![0, text.len()];
    let spans = marks.passages.iter().map(|(s, _)| s).chain(marks.numbers.iter().map(|(s, _)| s));
    let spans = spans.chain(marks.frames.iter().map(|f| &f.span)).chain(marks.selected_span.as_ref());
    for s in spans {
        for b in [s.start, s.end] {
            if b <= text.len() && text.is_char_boundary(b) {
                bounds.push(b);
            }
        }
    }
    bounds.sort_unstable();
    bounds.dedup();
    let selected = marks.selected;
    let mut highlights: Vec<(Range<usize>, usize)> = Vec::new();
    let mut numbers: Vec<(Range<usize>, usize)> = Vec::new();
    let mut frames: Vec<(Range<usize>, usize)> = Vec::new();
    let mut selected_char = None;
    let mut selected_span_char = None;
    for w in bounds.windows(2) {
        let (a, b) = (w[0], w[1]);
        let Some(segment) = text.get(a..b) else { continue };
        let covers = |s: &Span| s.start <= a && b <= s.end && s.start < s.end;
        let covering = marks.passages.iter().filter(|(s, _)| covers(s));
        // The selected passage wins; otherwise the tightest span.
        let owner = covering.min_by_key(|(s, pi)| (Some(*pi) != selected, s.len())).map(|(_, pi)| *pi);
        let number = marks.numbers.iter().filter(|(s, _)| covers(s)).min_by_key(|(s, _)| s.len()).map(|(_, ni)| *ni);
        let mut format = match owner {
            Some(pi) if Some(pi) == selected => TextFormat {
                background: palette.selected_bg,
                underline: Stroke::new(1.5, palette.selected_stroke),
                ..plain.clone()
            },
            Some(pi) => {
                let tint = marks.tints.get(pi).copied().unwrap_or(pi);
                TextFormat { background: palette.cluster(tint), ..plain.clone() }
            }
            None => plain.clone(),
        };
        let framed: Vec<usize> = (0..marks.frames.len()).filter(|&i| covers(&marks.frames[i].span)).collect();
        frame_format(&mut format, framed.iter().map(|&i| &marks.frames[i]), palette);
        let in_selected_span = marks.selected_span.is_some_and(|s| covers(&s));
        if let Some(ni) = number {
            let tint = palette.number(marks.kind_of.get(ni).copied().unwrap_or(NumberKind::Ungrouped));
            if Some(ni) == marks.selected_number {
                format.background = palette.number_selected_bg;
                format.underline = Stroke::new(2.5, palette.selected_stroke);
            } else if owner.is_some() {
                // Keep the passage tint; the figure shows by its colour (the next line's tint can hide
                // an underline).
                format.color = tint.stroke;
                format.underline = Stroke::new(2.0, tint.stroke);
            } else {
                format.background = tint.bg;
                format.underline = Stroke::new(1.5, tint.stroke);
            }
        }
        // After the figure marks: a selected span (a label, or a search hit on a figure) shows over them.
        if in_selected_span {
            format.background = palette.number_selected_bg;
            format.color = palette.text;
            format.underline = Stroke::new(2.5, palette.selected_stroke);
        }
        let range = push(&mut job, segment, format);
        if let Some(pi) = owner {
            if Some(pi) == selected && selected_char.is_none() {
                selected_char = Some(range.start);
            }
            push_range(&mut highlights, range.clone(), pi);
        }
        if in_selected_span && selected_span_char.is_none() {
            selected_span_char = Some(range.start);
        }
        for fi in framed {
            push_range(&mut frames, range.clone(), fi);
        }
        if let Some(ni) = number {
            push_range(&mut numbers, range, ni);
        }
    }
    BuiltJob { job, highlights, numbers, frames, selected_char, selected_span_char }
}

/// Mark a piece of text covered by these framing marks: a loaded label by its colour and an
/// underline, a neutral one by a thin underline (unless the text is underlined already), an
/// outlet's own loaded word by the loaded colour alone (no underline, so it reads apart from a
/// loaded label), scare quotes in italics (and their colour, unless they are loaded too).
/// Backgrounds stay.
fn frame_format<'a>(format: &mut TextFormat, marks: impl Iterator<Item = &'a FrameMark>, palette: &Palette) {
    let (mut loaded, mut neutral, mut scare, mut word) = (false, false, false, false);
    for m in marks {
        match m.kind {
            FrameKind::Label { loaded: true, .. } => loaded = true,
            FrameKind::Label { loaded: false, .. } => neutral = true,
            FrameKind::ScareQuote => scare = true,
            FrameKind::LoadedWord { .. } => word = true,
        }
    }
    if loaded {
        format.color = palette.label_loaded;
        format.underline = Stroke::new(1.5, palette.label_loaded);
    } else if neutral && format.underline == Stroke::NONE {
        format.underline = Stroke::new(1.0, palette.label_neutral);
    }
    if word {
        format.color = palette.label_loaded;
    }
    if scare {
        format.italics = true;
        if !loaded && !word {
            format.color = palette.scare_quote;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::theme::ThemeChoice;

    fn article(text: &str) -> Article {
        Article { id: crate::model::ArticleId(1), path: "a.txt".into(), text: text.into(), ..Article::default() }
    }

    fn passages<'a>(spans: &'a [(Span, usize)], selected: Option<usize>) -> Marks<'a> {
        Marks {
            passages: spans,
            selected,
            tints: &[],
            numbers: &[],
            kind_of: &[],
            selected_number: None,
            frames: &[],
            selected_span: None,
        }
    }

    #[test]
    fn highlights_cover_member_spans_in_characters() {
        let a = article("héllo wörld and more");
        // "wörld" is bytes 7..13 (é and ö are two bytes each), characters 6..11.
        let spans = vec![(Span::new(7, 13), 3)];
        let palette = ThemeChoice::Light.palette();
        let built = build_job(&a, &passages(&spans, None), &palette, false, 300.0);
        assert_eq!(built.highlights, vec![(6..11, 3)]);
        assert_eq!(built.selected_char, None);
        let built = build_job(&a, &passages(&spans, Some(3)), &palette, false, 300.0);
        assert_eq!(built.selected_char, Some(6));
    }

    #[test]
    fn selected_passage_wins_where_spans_overlap() {
        let a = article("one two three four");
        let spans = vec![(Span::new(0, 13), 0), (Span::new(4, 18), 1)];
        let palette = ThemeChoice::Dark.palette();
        let built = build_job(&a, &passages(&spans, Some(1)), &palette, false, 300.0);
        assert_eq!(built.highlights, vec![(0..4, 0), (4..18, 1)]);
    }

    #[test]
    fn bad_spans_do_not_panic() {
        let a = article("short");
        let spans = vec![(Span::new(2, 99), 0), (Span::new(3, 4), 1)];
        let numbers = vec![(Span::new(1, 2), 7), (Span::new(4, 500), 8)];
        let frames = [
            FrameMark { span: Span::new(0, 3), kind: FrameKind::ScareQuote },
            FrameMark { span: Span::new(4, 600), kind: FrameKind::Label { actor: 9, loaded: true } },
        ];
        let marks = Marks {
            numbers: &numbers,
            selected_number: Some(8),
            frames: &frames,
            selected_span: Some(Span::new(3, 700)),
            ..passages(&spans, None)
        };
        let built = build_job(&a, &marks, &ThemeChoice::Light.palette(), true, 100.0);
        assert!(built.highlights.iter().any(|(_, p)| *p == 1));
        assert!(built.numbers.iter().any(|(_, n)| *n == 7));
    }

    #[test]
    fn figures_inside_passages_keep_the_passage_tint() {
        let a = article("at least 220 people died, and over 500 more");
        let spans = vec![(Span::new(0, 25), 0)];
        let numbers = vec![(Span::new(0, 12), 0), (Span::new(30, 38), 1)];
        let kinds = [NumberKind::Differ, NumberKind::Agree];
        let palette = ThemeChoice::Light.palette();
        let marks = Marks { numbers: &numbers, kind_of: &kinds, selected_number: Some(1), ..passages(&spans, None) };
        let built = build_job(&a, &marks, &palette, false, 400.0);
        assert_eq!(built.numbers, vec![(0..12, 0), (30..38, 1)]);
        assert_eq!(built.highlights, vec![(0..25, 0)]);
        let sections = &built.job.sections;
        let first = &sections[0].format;
        assert_eq!(first.background, palette.cluster(0));
        assert_eq!(first.underline.color, palette.numbers.differ.stroke);
        assert_eq!(first.color, palette.numbers.differ.stroke);
        let chosen =
            sections.iter().find(|s| s.byte_range.start.0 == 30 && s.byte_range.end.0 == 38).expect("figure section");
        assert_eq!(chosen.format.background, palette.number_selected_bg);
    }

    /// The format of the job's section that starts at byte `start`.
    fn section_at(job: &egui::text::LayoutJob, start: usize) -> egui::TextFormat {
        job.sections.iter().find(|s| s.byte_range.start.0 == start).map(|s| s.format.clone()).expect("section")
    }

    #[test]
    fn labels_and_scare_quotes_are_marked_and_keep_the_passage_tint() {
        // "Libyan strongman" loaded, "commander" neutral, "liberation" a scare quote; the first
        // sentence is in a passage.
        let a = article("Libyan strongman Haftar spoke. The commander called it \"liberation\" today.");
        let spans = vec![(Span::new(0, 30), 2)];
        let frames = [
            FrameMark { span: Span::new(0, 16), kind: FrameKind::Label { actor: 0, loaded: true } },
            FrameMark { span: Span::new(35, 44), kind: FrameKind::Label { actor: 0, loaded: false } },
            FrameMark { span: Span::new(55, 67), kind: FrameKind::ScareQuote },
        ];
        let palette = ThemeChoice::Light.palette();
        let marks = Marks { frames: &frames, ..passages(&spans, None) };
        let built = build_job(&a, &marks, &palette, false, 400.0);
        assert_eq!(built.frames, vec![(0..16, 0), (35..44, 1), (55..67, 2)]);
        let section = |start: usize| section_at(&built.job, start);
        let loaded = section(0);
        assert_eq!(loaded.color, palette.label_loaded);
        assert_eq!(loaded.underline, Stroke::new(1.5, palette.label_loaded));
        assert_eq!(loaded.background, palette.cluster(2), "the passage tint stays");
        let neutral = section(35);
        assert_eq!((neutral.color, neutral.underline.color), (palette.text, palette.label_neutral));
        let scare = section(55);
        assert!(scare.italics);
        assert_eq!(scare.color, palette.scare_quote);
        assert_eq!(built.selected_span_char, None);

        // Selecting the loaded label highlights it strongly.
        let marks = Marks { frames: &frames, selected_span: Some(Span::new(0, 16)), ..passages(&spans, None) };
        let built = build_job(&a, &marks, &palette, false, 400.0);
        assert_eq!(built.selected_span_char, Some(0));
        assert_eq!(built.job.sections[0].format.background, palette.number_selected_bg);
    }

    #[test]
    fn a_loaded_word_is_coloured_without_an_underline_and_a_loaded_label_over_it_wins() {
        // "regime" a loaded word in a passage; "rebel forces" a loaded label holding the loaded
        // word "rebel".
        let a = article("The regime fell. The rebel forces took the town.");
        let spans = vec![(Span::new(0, 16), 1)];
        let frames = [
            FrameMark { span: Span::new(4, 10), kind: FrameKind::LoadedWord { word: 0 } },
            FrameMark { span: Span::new(21, 33), kind: FrameKind::Label { actor: 0, loaded: true } },
            FrameMark { span: Span::new(21, 26), kind: FrameKind::LoadedWord { word: 1 } },
        ];
        let palette = ThemeChoice::Light.palette();
        let marks = Marks { frames: &frames, ..passages(&spans, None) };
        let built = build_job(&a, &marks, &palette, false, 400.0);
        assert_eq!(built.frames, vec![(4..10, 0), (21..26, 1), (21..26, 2), (26..33, 1)]);
        let section = |start: usize| section_at(&built.job, start);
        let word = section(4);
        assert_eq!(word.color, palette.label_loaded);
        assert_eq!(word.underline, Stroke::NONE, "a loaded word is not underlined like a label");
        assert_eq!(word.background, palette.cluster(1), "the passage tint stays");
        assert_eq!(section(0).color, palette.text);
        let both = section(21);
        assert_eq!((both.color, both.underline), (palette.label_loaded, Stroke::new(1.5, palette.label_loaded)));
    }

    #[test]
    fn a_loaded_label_of_the_seeds_gets_the_loaded_format() {
        let cmp = crate::analyze(crate::seeds::sources(), vec![], &mut |_| {});
        let frames = crate::app::frame_marks::per_article(&cmp);
        let ai = cmp.article_index(crate::model::ArticleId(4)).expect("A4");
        let article = &cmp.articles[ai];
        let label = cmp
            .framing
            .actors
            .iter()
            .flat_map(|a| &a.labels)
            .find(|l| l.article == "A4" && l.label == "Libyan strongman")
            .expect("the seeds call Haftar a Libyan strongman");
        let marks = Marks { frames: &frames[ai], ..passages(&[], None) };
        let built = build_job(article, &marks, &ThemeChoice::Dark.palette(), false, 400.0);
        let chars = article.text[..label.span.start].chars().count();
        let len = label.text.chars().count();
        assert!(built.frames.iter().any(|(r, fi)| *r == (chars..chars + len) && frames[ai][*fi].is_loaded()));
        let section = built.job.sections.iter().find(|s| s.byte_range.start.0 == label.span.start).expect("section");
        assert_eq!(section.format.color, ThemeChoice::Dark.palette().label_loaded);
    }
}
