//! One column per article, side by side: a header, then the wrapped body with every shared passage
//! tinted in its cluster colour. Clicking a tint selects that passage.
//!
//! Figures are marked too (coloured by how their group agrees); clicking one selects it. So are the
//! labels outlets give actors and their scare quotes ([`frame_marks`](super::frame_marks)); hovering
//! one says what it is, clicking it selects it and shows the Framing tab.
//!
//! Laying out a long article is expensive, so each column's text is laid out once per
//! (comparison, selected passage, selected figure and selected span in this article, theme,
//! furniture toggle, width, pixels per point) and the `Arc<Galley>` is kept in a [`ColumnCache`]; a
//! frame only paints it.
//!
//! With many articles most columns are scrolled out of view: only those in view (and one more each
//! side) are built, so a column is laid out when it is first shown, and keeps its cache after. A
//! column obeys a scroll request the next time it is built, so one off screen when the selection
//! changed scrolls to it when it comes into view.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use crate::Comparison;
use crate::model::{Article, Severity, Span};
use egui::Galley;
use egui::text::CCursor;

use super::column_text::{Marks, build_job};
use super::frame_marks::{self, FrameMark};
use super::navigation::{RowMove, bring_into_view};
use super::numbers_ui::{NumberIndex, kind_label};
use super::problems::ProblemsState;
use super::theme::{Palette, ThemeChoice};
use super::{Command, Focus, SpanTarget, Tab};

/// Narrowest a column gets before the row of columns scrolls sideways.
const MIN_COLUMN_WIDTH: f32 = 240.0;
/// Space between two columns (a rule is drawn in the middle).
const COLUMN_GAP: f32 = 14.0;
/// Room at each end of the row for the outline of a selected column, so it never covers the text.
const ROW_EDGE: f32 = 6.0;
/// Space kept above a selected passage when a column scrolls to it.
const SCROLL_MARGIN: f32 = 48.0;

/// What the window says when there are no articles.
pub const NO_ARTICLES: &str =
    "No articles yet. Use File > Open articles… (Ctrl+O), or drop files or folders on this window.";

/// What the columns show; read-only.
pub struct ColumnsView<'a> {
    /// The comparison on screen.
    pub cmp: &'a Comparison,
    /// The article index each column shows, left to right.
    pub order: &'a [usize],
    /// Bumped each time the row should bring the target columns into view.
    pub row_request: u64,
    /// The columns (article indices) to bring into view and outline.
    pub target: &'a [usize],
    /// What the target is ("P3", "G2"), shown in the outlined headers; may be empty.
    pub reason: &'a str,
    /// Bumped each time a new comparison arrives.
    pub generation: u64,
    /// Index of the selected passage in `cmp.passages`.
    pub selected: Option<usize>,
    /// Bumped each time the columns should scroll to the selection.
    pub scroll_request: u64,
    /// Whether a scroll request is about the selected passage or the selected figure.
    pub focus: Focus,
    /// Lookups over the figures of `cmp`.
    pub numbers: &'a NumberIndex,
    /// The selected figure (index in `cmp.numbers`).
    pub selected_number: Option<usize>,
    /// The selected span (a label or scare quote).
    pub selected_span: Option<&'a SpanTarget>,
    /// The theme.
    pub theme: ThemeChoice,
    /// Show set-aside page furniture.
    pub show_furniture: bool,
    /// Which passages are tinted (the others are hidden by the reader).
    pub passage_filter: crate::view::PassageFilter,
    /// An analysis is running (its progress is in the menu bar).
    pub loading: bool,
    /// The input problems, to leave out the warnings the reader dismissed.
    pub problems: &'a ProblemsState,
}

/// The key a laid-out column is valid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LayoutKey {
    generation: u64,
    selected: Option<usize>,
    /// The selected figure, only when it is in this column's article.
    selected_number: Option<usize>,
    /// The selected span, only when it is in this column's article.
    selected_span: Option<Span>,
    theme: ThemeChoice,
    show_furniture: bool,
    width_px: u32,
    pixels_per_point_bits: u32,
}

/// A laid-out column body.
struct CachedColumn {
    key: LayoutKey,
    galley: Arc<Galley>,
    /// Character ranges of the galley text that belong to a passage (by index).
    highlights: Vec<(Range<usize>, usize)>,
    /// Character ranges of the galley text that are a figure (by index in `cmp.numbers`).
    numbers: Vec<(Range<usize>, usize)>,
    /// Character ranges of the galley text that are a framing mark (by index in the article's marks).
    frames: Vec<(Range<usize>, usize)>,
    /// Top of the selected passage's member in the galley, when this article has one.
    selected_y: Option<f32>,
    /// Top of the selected span in the galley, when it is in this article.
    selected_span_y: Option<f32>,
    /// The last scroll request this column obeyed (only columns on screen obey, so a request made
    /// while the column was off screen is obeyed when it is next shown).
    scrolled_for: u64,
}

/// Laid-out column bodies, kept across frames.
#[derive(Default)]
pub struct ColumnCache {
    generation: u64,
    /// The passage filter `spans` was built with.
    passage_filter: crate::view::PassageFilter,
    /// Per article index: (span, passage index) of every passage member in it.
    spans: Vec<Vec<(Span, usize)>>,
    /// Per passage index: its tint number.
    tints: Vec<usize>,
    /// The articles of the comparison shown, to tell a new set of articles from a corrected one.
    articles: Vec<crate::model::ArticleId>,
    /// Per article index: its labels and scare quotes.
    frames: Vec<Vec<FrameMark>>,
    columns: HashMap<usize, CachedColumn>,
    /// How many times a column was laid out (for tests: a frame with no change lays out nothing).
    pub layouts: u64,
    /// The last row request obeyed.
    row_scrolled_for: u64,
    /// Set when a new comparison arrives: the row scrolls back to its first column.
    start_row: bool,
}

impl ColumnCache {
    /// How many columns have a laid-out body.
    #[cfg(test)]
    pub fn laid_out_columns(&self) -> usize {
        self.columns.len()
    }

    fn refresh(&mut self, view: &ColumnsView<'_>) {
        let same_filter = self.passage_filter == view.passage_filter;
        if self.generation == view.generation && same_filter && self.spans.len() == view.cmp.articles.len() {
            return;
        }
        // A new comparison starts at the row's beginning, not where another one was left (egui
        // keeps scroll offsets between runs).
        // A correction of the same articles leaves the row where the reader had it.
        let articles: Vec<crate::model::ArticleId> = view.cmp.articles.iter().map(|a| a.id).collect();
        self.start_row |= self.generation != view.generation && self.articles != articles;
        self.articles = articles;
        self.tints = view.cmp.passages.iter().enumerate().map(|(i, p)| super::theme::tint_number(p, i)).collect();
        self.generation = view.generation;
        self.passage_filter = view.passage_filter;
        self.columns.clear();
        self.spans = vec![Vec::new(); view.cmp.articles.len()];
        for (pi, p) in view.cmp.passages.iter().enumerate().filter(|(_, p)| view.passage_filter.shows(p)) {
            for m in &p.members {
                if let Some(ai) = view.cmp.article_index(m.article) {
                    self.spans[ai].push((m.span, pi));
                }
            }
        }
        for spans in &mut self.spans {
            spans.sort();
        }
        self.frames = frame_marks::per_article(view.cmp);
    }

    /// The passages (by index) tinted in one column's laid-out text (for tests).
    #[cfg(test)]
    pub fn tinted_passages(&self, ai: usize) -> Vec<usize> {
        let mut tinted: Vec<usize> =
            self.columns.get(&ai).map(|c| c.highlights.iter().map(|(_, pi)| *pi).collect()).unwrap_or_default();
        tinted.sort_unstable();
        tinted.dedup();
        tinted
    }

    /// Where the selected span stands in a column's laid-out text (its top, in points from the top
    /// of the body) and the format of its first character, when the column is laid out and has it
    /// (for tests).
    #[cfg(test)]
    pub fn selected_span_mark(&self, ai: usize) -> Option<(f32, egui::TextFormat)> {
        let column = self.columns.get(&ai)?;
        let y = column.selected_span_y?;
        let start = column.key.selected_span?.start;
        let section =
            column.galley.job.sections.iter().find(|s| s.byte_range.start.0 <= start && start < s.byte_range.end.0)?;
        Some((y, section.format.clone()))
    }

    /// The framing marks in one column's laid-out text, with their character ranges (for tests).
    #[cfg(test)]
    pub fn marked_frames(&self, ai: usize) -> Vec<(Range<usize>, FrameMark)> {
        let (Some(column), Some(marks)) = (self.columns.get(&ai), self.frames.get(ai)) else { return Vec::new() };
        column.frames.iter().filter_map(|(r, fi)| Some((r.clone(), *marks.get(*fi)?))).collect()
    }
}

/// Show every article as a column, side by side, scrolling sideways when they do not fit.
pub fn columns_ui(ui: &mut egui::Ui, view: &ColumnsView<'_>, cache: &mut ColumnCache, commands: &mut Vec<Command>) {
    cache.refresh(view);
    let n = view.cmp.articles.len();
    if n == 0 {
        ui.centered_and_justified(|ui| {
            if view.loading {
                ui.weak("Reading and comparing the articles…");
            } else {
                ui.label(NO_ARTICLES);
            }
        });
        return;
    }
    let gap = COLUMN_GAP;
    let width =
        ((ui.available_width() - 2.0 * ROW_EDGE - gap * (n as f32 - 1.0)) / n as f32).max(MIN_COLUMN_WIDTH).floor();
    let height = ui.available_height();
    let line = ui.visuals().widgets.noninteractive.bg_stroke;
    let step = width + gap;
    let mut area = egui::ScrollArea::horizontal().id_salt("columns").auto_shrink(false);
    if std::mem::take(&mut cache.start_row) {
        area = area.horizontal_scroll_offset(0.0);
    }
    if cache.row_scrolled_for != view.row_request {
        cache.row_scrolled_for = view.row_request;
        match row_move(ui, view, width, step) {
            RowMove::Stay => {}
            RowMove::Scroll(x) => area = area.horizontal_scroll_offset(x),
            RowMove::Pin => commands.push(Command::Pin(view.target.to_vec())),
        }
    }
    area.show_viewport(ui, |ui, viewport| {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            let origin = ui.max_rect().min;
            // Only the columns in view (and one more each side) are built; the others are empty space
            // of the same size, so the scroll extent and every column's place stay the same.
            let shown = visible_columns(viewport.x_range(), step, n);
            // Each column takes one automatic id, as if all were built, so ids do not shift as the view
            // scrolls.
            ui.skip_ahead_auto_ids(*shown.start());
            for place in shown.clone() {
                let Some(&ai) = view.order.get(place) else { break };
                let Some(article) = view.cmp.articles.get(ai) else { break };
                let slot = egui::Rect::from_min_size(
                    origin + egui::vec2(ROW_EDGE + place as f32 * step, 0.0),
                    egui::vec2(width, height),
                );
                let builder = egui::UiBuilder::new().max_rect(slot).layout(egui::Layout::top_down(egui::Align::Min));
                let rect = ui
                    .scope_builder(builder, |ui| {
                        ui.set_width(width);
                        column_ui(ui, view, cache, ai, article, commands);
                    })
                    .response
                    .rect;
                if place + 1 < n {
                    let x = rect.right() + gap / 2.0;
                    ui.painter().vline(x, rect.y_range(), line);
                }
                if view.target.contains(&ai) {
                    let outline = egui::Stroke::new(2.0, view.theme.palette().selected_stroke);
                    // Kept inside the view, so the last column's outline is not cut at the edge.
                    let around = rect.expand(4.0).intersect(ui.clip_rect().shrink(1.0));
                    ui.painter().rect_stroke(around, 4.0, outline, egui::StrokeKind::Inside);
                }
            }
            ui.skip_ahead_auto_ids(n - 1 - *shown.end());
            // The whole row, so the scroll extent is that of all the columns.
            let row = egui::vec2(n as f32 * step - gap + 2.0 * ROW_EDGE, height);
            ui.advance_cursor_after_rect(egui::Rect::from_min_size(origin, row));
        });
    });
}

/// How the row should move to bring the target columns into view, from where it stands.
fn row_move(ui: &egui::Ui, view: &ColumnsView<'_>, width: f32, step: f32) -> RowMove {
    let mut places: Vec<usize> = view.target.iter().filter_map(|ai| view.order.iter().position(|i| i == ai)).collect();
    places.sort_unstable();
    // The same id the scroll area gives itself, to read where it stands.
    let id = ui.make_persistent_id(egui::IdSalt::new("columns"));
    let offset = egui::scroll_area::State::load(ui.ctx(), id).map_or(0.0, |st| st.clamped_offset().x);
    bring_into_view(&places, offset, ui.available_width(), width, step)
}

/// The columns (by index) that intersect the visible range `x` of the row (in row coordinates,
/// starting at 0), plus one on each side; `step` is a column's width plus the gap. Never empty when
/// `n > 0`.
fn visible_columns(x: egui::Rangef, step: f32, n: usize) -> std::ops::RangeInclusive<usize> {
    let last_index = n.saturating_sub(1);
    // `as usize` saturates: a negative or NaN position gives column 0.
    let first = ((x.min / step).floor() as usize).saturating_sub(1).min(last_index);
    // Column `i` starts at `i * step`: the last one starting before `x.max` is `ceil(x.max / step) - 1`.
    let last = ((x.max / step).ceil() as usize).min(last_index).max(first);
    first..=last
}

fn column_ui(
    ui: &mut egui::Ui,
    view: &ColumnsView<'_>,
    cache: &mut ColumnCache,
    ai: usize,
    article: &Article,
    commands: &mut Vec<Command>,
) {
    let palette = view.theme.palette();
    header_ui(ui, view, ai, article, &palette, commands);
    ui.separator();

    let width = (ui.available_width() - ui.spacing().scroll.bar_width - 4.0).max(50.0);
    let numbers = view.numbers.per_article.get(ai).map(Vec::as_slice).unwrap_or(&[]);
    let selected_number = view.selected_number.filter(|ni| numbers.iter().any(|(_, n)| n == ni));
    let selected_span = view.selected_span.filter(|t| t.article == article.id).map(|t| t.span);
    let key = LayoutKey {
        generation: view.generation,
        selected: view.selected,
        selected_number,
        selected_span,
        theme: view.theme,
        show_furniture: view.show_furniture,
        width_px: width.round() as u32,
        pixels_per_point_bits: ui.ctx().pixels_per_point().to_bits(),
    };
    let spans = cache.spans.get(ai).map(Vec::as_slice).unwrap_or(&[]);
    let frames = cache.frames.get(ai).map(Vec::as_slice).unwrap_or(&[]);
    let stale = cache.columns.get(&ai).is_none_or(|c| c.key != key);
    if stale {
        let marks = Marks {
            passages: spans,
            selected: view.selected,
            tints: &cache.tints,
            numbers,
            kind_of: &view.numbers.kind_of,
            selected_number,
            frames,
            selected_span,
        };
        let built = build_job(article, &marks, &palette, view.show_furniture, width);
        let galley = ui.ctx().fonts_mut(|f| f.layout_job(built.job));
        let y_of = |c: usize| galley.pos_from_cursor(CCursor::new(c)).min.y;
        let (selected_y, selected_span_y) = (built.selected_char.map(y_of), built.selected_span_char.map(y_of));
        let scrolled_for = cache.columns.get(&ai).map_or(0, |c| c.scrolled_for);
        cache.layouts += 1;
        let column = CachedColumn {
            key,
            galley,
            highlights: built.highlights,
            numbers: built.numbers,
            frames: built.frames,
            selected_y,
            selected_span_y,
            scrolled_for,
        };
        cache.columns.insert(ai, column);
    }
    let Some(column) = cache.columns.get_mut(&ai) else { return };
    let frames = cache.frames.get(ai).map(Vec::as_slice).unwrap_or(&[]);

    let mut area = egui::ScrollArea::vertical().id_salt(("column", &article.path)).auto_shrink(false);
    if column.scrolled_for != view.scroll_request {
        column.scrolled_for = view.scroll_request;
        let target = match view.focus {
            Focus::Passage => column.selected_y,
            Focus::Number => view
                .selected_number
                .and_then(|sel| view.numbers.scroll_target(view.cmp, ai, sel))
                .and_then(|ni| column.numbers.iter().find(|(_, n)| *n == ni))
                .map(|(r, _)| column.galley.pos_from_cursor(CCursor::new(r.start)).min.y),
            Focus::Span => column.selected_span_y,
        };
        if let Some(y) = target {
            area = area.vertical_scroll_offset((y - SCROLL_MARGIN).max(0.0));
        }
    }
    area.show(ui, |ui| {
        let size = egui::vec2(width, column.galley.size().y);
        let (rect, response) = ui.allocate_exact_size(size, super::copy::TEXT_SENSE);
        super::copy::selectable_text(ui, &response, rect.min, &column.galley, palette.text, article);
        let at = response.hover_pos().map(|pos| char_at(column, pos - rect.min));
        let number = at.flatten().and_then(|c| column.numbers.iter().find(|(r, _)| r.contains(&c)).map(|(_, n)| *n));
        let hovered =
            at.flatten().and_then(|c| column.highlights.iter().find(|(r, _)| r.contains(&c)).map(|(_, p)| *p));
        let mut framed: Vec<&FrameMark> = at
            .flatten()
            .map(|c| {
                column.frames.iter().filter(|(r, _)| r.contains(&c)).filter_map(|(_, fi)| frames.get(*fi)).collect()
            })
            .unwrap_or_default();
        framed.dedup();
        if let Some((ni, n)) = number.and_then(|ni| Some((ni, view.cmp.numbers.get(ni)?))) {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            if response.clicked() {
                commands.push(Command::SelectNumber(Some(n.id)));
                commands.push(Command::SetTab(super::Tab::Numbers));
            }
            let group = view.numbers.group_of.get(ni).copied().flatten().and_then(|g| view.cmp.number_groups.get(g));
            let status = kind_label(view.numbers.kind(ni));
            let group = group.map_or(String::new(), |g| format!(" · {} {status}", g.id));
            response.on_hover_text_at_pointer(format!("{} · {} · {}{group} — click to compare", n.id, n.text, n.what));
        } else if let Some(first) = framed.first() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            if response.clicked() {
                // The label when a label is in scare quotes: the Framing tab lists labels first.
                let mark = framed.iter().find(|m| m.kind != frame_marks::FrameKind::ScareQuote).unwrap_or(first);
                commands.push(Command::SelectSpan(Some(SpanTarget { article: article.id, span: mark.span })));
                commands.push(Command::SetTab(Tab::Framing));
            }
            let lines: Vec<String> = framed.iter().map(|m| frame_marks::describe(view.cmp, m)).collect();
            response.on_hover_text_at_pointer(format!("{} — click to find it in Framing", lines.join("\n")));
        } else if let Some(pi) = hovered {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            if response.clicked() {
                commands.push(Command::Select(Some(pi)));
            }
            if let Some(p) = view.cmp.passages.get(pi) {
                let tip = format!(
                    "{} · {} · {} alike · in {} articles — click to compare",
                    p.id,
                    p.kind.as_str(),
                    crate::view::percent_alike(p.similarity),
                    p.members.len()
                );
                response.on_hover_text_at_pointer(tip);
            }
        }
    });
}

/// The character of the galley under a point, if the point is on the text.
fn char_at(column: &CachedColumn, pos: egui::Vec2) -> Option<usize> {
    if pos.y < 0.0 || pos.y > column.galley.size().y || pos.x < 0.0 || pos.x > column.galley.size().x {
        return None;
    }
    Some(column.galley.cursor_from_pos(pos).index.0)
}

/// Longest a column's title gets, in lines; the rest is cut with "…" and shown on hover.
const TITLE_LINES: usize = 2;

/// The title, at most [`TITLE_LINES`] lines (the galley is cached by egui between frames).
fn title_ui(ui: &mut egui::Ui, title: &str) {
    let font = egui::FontId::proportional(15.0);
    let mut job = egui::text::LayoutJob::simple(title.to_owned(), font, ui.visuals().strong_text_color(), 0.0);
    job.wrap = egui::text::TextWrapping {
        max_width: ui.available_width(),
        max_rows: TITLE_LINES,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let elided = galley.elided;
    let label = ui.add(egui::Label::new(galley).selectable(false));
    if elided {
        label.on_hover_text(title);
    }
}

fn header_ui(
    ui: &mut egui::Ui,
    view: &ColumnsView<'_>,
    ai: usize,
    article: &Article,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(article.id.to_string()).monospace().color(palette.weak));
        if view.target.contains(&ai) && !view.reason.is_empty() {
            let badge =
                egui::RichText::new(view.reason).strong().color(palette.text).background_color(palette.selected_bg);
            ui.label(badge).on_hover_text(format!("This article has the selected {}", view.reason));
        }
        let n = view.cmp.articles.len();
        // The arrows move the column among the columns, whatever article index it shows.
        let place = view.order.iter().position(|&i| i == ai).unwrap_or(ai);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("×").on_hover_text("Remove this article").clicked() {
                commands.push(Command::RemoveSource(article.path.clone()));
            }
            let right = ui.add_enabled(place + 1 < n, egui::Button::new(">").small());
            if right.on_hover_text("Move this column right").clicked() {
                commands.push(Command::MoveSource { path: article.path.clone(), delta: 1 });
            }
            let left = ui.add_enabled(place > 0, egui::Button::new("<").small());
            if left.on_hover_text("Move this column left").clicked() {
                commands.push(Command::MoveSource { path: article.path.clone(), delta: -1 });
            }
        });
    });
    title_ui(ui, &article.title);
    let mut meta = vec![article.short_name()];
    if let Some(d) = &article.published {
        meta.push(d.clone());
    }
    if let Some(s) = &article.source {
        meta.push(format!("via {s}"));
    }
    meta.push(format!("{} words", article.words));
    ui.add(egui::Label::new(egui::RichText::new(meta.join(" · ")).color(palette.weak)).wrap())
        .on_hover_text(&article.path);
    let shown =
        |e: &&crate::model::InputError| e.path == article.path && !view.problems.is_dismissed(&e.path, &e.error);
    for e in view.cmp.errors.iter().filter(shown) {
        let color = match e.severity {
            Severity::Error => palette.error,
            Severity::Warning => palette.warning,
        };
        ui.add(egui::Label::new(egui::RichText::new(format!("Warning: {}", e.error)).color(color)).wrap());
    }
    if view.show_furniture && !article.boilerplate.is_empty() {
        ui.label(
            egui::RichText::new(format!(
                "{} lines set aside as page furniture (grey, at top)",
                article.boilerplate.len()
            ))
            .color(palette.furniture)
            .small(),
        );
    }
}
