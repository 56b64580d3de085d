//! Search across everything: a box in the menu bar (Ctrl+F focuses it, Escape clears it) finds a
//! phrase in the article texts, figures by their words or what they count, and actors by name,
//! alias or label ([`crate::search`]). While there is a query, a panel at the right lists the
//! results grouped by kind, each with its article and a snippet, and says how many there are.
//!
//! Clicking a result, or Enter / Down (next) and Shift+Enter / Up (previous) in the box, jumps to
//! it: the hit becomes the selected span ([`Command::SelectSpan`]), so its article's column comes
//! into view, outlined, scrolls to it and highlights it, as a label picked in the Framing tab does.
//!
//! Results are computed once per query (and comparison), never per frame: the folded texts are
//! built on the first search of a comparison, the hits when the query changes.

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Key, KeyboardShortcut, Modifiers, RichText, Sense};

use crate::Comparison;
use crate::search::{Hit, HitKind, Results, SearchIndex};

use super::Command;
use super::selection::SpanTarget;
use super::theme::Palette;

/// Most hits of each kind listed (all are counted).
const LIMIT: usize = 500;
/// Width of the search box.
const BOX_WIDTH: f32 = 220.0;

/// What the box says when empty; also the label tests find it by.
pub const HINT: &str = "Search texts, figures, actors (Ctrl+F)";

/// The search box's widget id (Ctrl+F focuses it).
pub fn box_id() -> egui::Id {
    egui::Id::unique("parallax search box")
}

/// One line of the results list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    /// A kind's heading, with its count.
    Heading(HitKind),
    /// A hit, by index in the results.
    Hit(usize),
    /// "… and N more" under a kind with more hits than are listed.
    More(HitKind, usize),
}

/// The query, its cached results and the current result (runtime only).
#[derive(Default)]
pub struct SearchState {
    /// What is typed in the box.
    pub query: String,
    /// The folded texts, for the comparison of this generation.
    index: Option<(u64, SearchIndex)>,
    /// The results of the folded query, for the comparison of this generation.
    results: Results,
    results_for: Option<(u64, String)>,
    rows: Vec<Row>,
    /// The result last jumped to (index in the hits).
    current: Option<usize>,
    /// Scroll the results list to the current result this frame.
    scroll_to_current: bool,
    /// How many times a query was run (tests: typing runs one search per change, frames none).
    pub searches: u64,
}

impl SearchState {
    /// Search again when the query or the comparison changed since the last search.
    pub fn refresh(&mut self, cmp: &Comparison, generation: u64) {
        let folded = crate::search::fold(&self.query);
        if self.results_for.as_ref().is_some_and(|(g, q)| *g == generation && *q == folded) {
            return;
        }
        self.current = None;
        self.results = Results::default();
        self.rows.clear();
        if !folded.is_empty() {
            if self.index.as_ref().is_none_or(|(g, _)| *g != generation) {
                self.index = Some((generation, SearchIndex::build(cmp)));
            }
            if let Some((_, index)) = &self.index {
                self.results = index.search(cmp, &folded, LIMIT);
                self.searches += 1;
            }
        }
        self.rows = rows(&self.results);
        self.results_for = Some((generation, folded));
    }

    /// Make hit `i` current and jump to it.
    fn jump(&mut self, i: usize, commands: &mut Vec<Command>) {
        let Some(hit) = self.results.hits.get(i) else { return };
        self.current = Some(i);
        self.scroll_to_current = true;
        commands.push(Command::SelectSpan(Some(SpanTarget { article: hit.article, span: hit.span })));
    }

    /// Jump to the next (1) or previous (-1) hit, round the end; to the first (or last) when none
    /// is current.
    fn step(&mut self, delta: isize, commands: &mut Vec<Command>) {
        let n = self.results.hits.len();
        if n == 0 {
            return;
        }
        let next = match self.current {
            None if delta >= 0 => 0,
            None => n - 1,
            Some(c) => (c as isize + delta).rem_euclid(n as isize) as usize,
        };
        self.jump(next, commands);
    }

    fn clear(&mut self) {
        self.query.clear();
    }
}

/// The list's lines: each kind with hits under its heading, then a line for those not listed.
fn rows(results: &Results) -> Vec<Row> {
    let mut rows = Vec::new();
    for kind in HitKind::ALL {
        let total = results.total(kind);
        if total == 0 {
            continue;
        }
        rows.push(Row::Heading(kind));
        let listed: Vec<Row> =
            results.hits.iter().enumerate().filter(|(_, h)| h.kind == kind).map(|(i, _)| Row::Hit(i)).collect();
        let more = total - listed.len();
        rows.extend(listed);
        if more > 0 {
            rows.push(Row::More(kind, more));
        }
    }
    rows
}

/// The search box, for the menu bar: Ctrl+F focuses it (its text selected); while it has focus,
/// Enter or Down jumps to the next result, Shift+Enter or Up to the previous, and Escape clears it
/// (or, when empty, leaves it). Escape also clears it when nothing has the keyboard.
pub fn search_box_ui(ui: &mut egui::Ui, state: &mut SearchState, commands: &mut Vec<Command>) {
    let id = box_id();
    let ctrl_f = ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)));
    if ctrl_f {
        ui.memory_mut(|m| m.request_focus(id));
        let mut edit = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
        let all = egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            egui::text::CCursor::new(state.query.chars().count()),
        );
        edit.cursor.set_char_range(Some(all));
        edit.store(ui.ctx(), id);
    }
    if ui.memory(|m| m.has_focus(id)) {
        // Shift+Enter first: a plain Enter pattern would take it too.
        let (prev, next, escape) = ui.input_mut(|i| {
            let prev = i.consume_key(Modifiers::SHIFT, Key::Enter) | i.consume_key(Modifiers::NONE, Key::ArrowUp);
            let next = i.consume_key(Modifiers::NONE, Key::Enter) | i.consume_key(Modifiers::NONE, Key::ArrowDown);
            (prev, next, i.consume_key(Modifiers::NONE, Key::Escape))
        });
        if escape {
            if state.query.is_empty() {
                ui.memory_mut(|m| m.surrender_focus(id));
            } else {
                state.clear();
            }
        }
        // The results are those of the query as it stood last frame, the ones on screen.
        if next {
            state.step(1, commands);
        } else if prev {
            state.step(-1, commands);
        }
    } else if !state.query.is_empty()
        && !ui.ctx().egui_wants_keyboard_input()
        && !egui::Popup::is_any_open(ui.ctx())
        && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
    {
        // After a click on a result the box has no focus: Escape still closes the search (unless
        // another box has the keys or it closes a menu).
        state.clear();
    }
    let filter = egui::EventFilter { tab: false, horizontal_arrows: true, vertical_arrows: true, escape: true };
    let edit = egui::TextEdit::singleline(&mut state.query)
        .id(id)
        .hint_text(HINT)
        .return_key(None)
        .event_filter(filter)
        .desired_width(BOX_WIDTH);
    // The menu bar places these right to left: the box at the right edge, its label before it.
    let response = ui.add(edit);
    let label = ui.label("Search:");
    response.labelled_by(label.id);
}

/// The results panel at the right, while there is a query.
pub fn results_panel(
    ui: &mut egui::Ui,
    state: &mut SearchState,
    cmp: &Comparison,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    if crate::search::fold(&state.query).is_empty() {
        return;
    }
    egui::Panel::right("search results").resizable(true).default_size(400.0).min_size(220.0).show(ui, |ui| {
        results_ui(ui, state, cmp, palette, commands);
    });
}

fn results_ui(
    ui: &mut egui::Ui,
    state: &mut SearchState,
    cmp: &Comparison,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let total = state.results.total_all();
    ui.horizontal(|ui| {
        let count = match (total, state.current) {
            (0, _) => format!("No matches for \u{201C}{}\u{201D}", state.results.query),
            (1, None) => "1 match".to_owned(),
            (1, Some(_)) => "1 of 1 match".to_owned(),
            (n, Some(c)) => format!("{} of {n} matches", c + 1),
            (n, None) => format!("{n} matches"),
        };
        ui.strong(count);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("×").on_hover_text("Clear the search (Escape in the box)").clicked() {
                state.clear();
            }
            let any = !state.results.hits.is_empty();
            if ui.add_enabled(any, egui::Button::new("Next").small()).on_hover_text("Next match (Enter)").clicked() {
                state.step(1, commands);
            }
            if ui
                .add_enabled(any, egui::Button::new("Previous").small())
                .on_hover_text("Previous match (Shift+Enter)")
                .clicked()
            {
                state.step(-1, commands);
            }
        });
    });
    if total > 0 {
        let parts: Vec<String> = HitKind::ALL
            .iter()
            .filter(|k| state.results.total(**k) > 0)
            .map(|k| format!("{} {}", k.heading(), state.results.total(*k)))
            .collect();
        ui.label(RichText::new(parts.join(" · ")).color(palette.weak));
    }
    ui.separator();

    let row_height = ui.spacing().interact_size.y;
    let step = row_height + ui.spacing().item_spacing.y;
    let mut area = egui::ScrollArea::vertical().id_salt("search results list").auto_shrink(false);
    if std::mem::take(&mut state.scroll_to_current)
        && let Some(r) = state.current.and_then(|c| state.rows.iter().position(|row| *row == Row::Hit(c)))
    {
        let id = ui.make_persistent_id(egui::IdSalt::new("search results list"));
        let offset = egui::scroll_area::State::load(ui.ctx(), id).map_or(0.0, |s| s.clamped_offset().y);
        let (top, view) = (r as f32 * step, ui.available_height());
        if top < offset || top + step > offset + view {
            area = area.vertical_scroll_offset((top - view / 3.0).max(0.0));
        }
    }
    let rows = std::mem::take(&mut state.rows);
    area.show_rows(ui, row_height, rows.len(), |ui, range| {
        for row in &rows[range] {
            match *row {
                Row::Heading(kind) => {
                    let text = RichText::new(format!("{} ({})", kind.heading(), state.results.total(kind))).strong();
                    line_ui(ui, row_height, text);
                }
                Row::More(kind, more) => {
                    let text = format!("… and {more} more {} — type more to narrow", kind.heading().to_lowercase());
                    line_ui(ui, row_height, RichText::new(text).color(palette.weak));
                }
                Row::Hit(i) => {
                    if hit_row_ui(ui, state, cmp, i, row_height, palette) {
                        state.jump(i, commands);
                    }
                }
            }
        }
    });
    state.rows = rows;
}

/// A line of text of the results list, `height` tall, at the left.
fn line_ui(ui: &mut egui::Ui, height: f32, text: RichText) {
    let size = egui::vec2(ui.available_width(), height);
    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.set_min_size(size);
        ui.add(egui::Label::new(text).selectable(false).truncate());
    });
}

/// One result: article and outlet, what it is, then the snippet with the hit marked. True when
/// clicked.
fn hit_row_ui(
    ui: &mut egui::Ui,
    state: &SearchState,
    cmp: &Comparison,
    i: usize,
    height: f32,
    palette: &Palette,
) -> bool {
    let Some(hit) = state.results.hits.get(i) else { return false };
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::click());
    let selected = state.current == Some(i);
    let article = cmp.article(hit.article);
    let name = article.map(|a| a.short_name()).unwrap_or_default();
    let job = row_job(hit, &name, palette, width - 8.0);
    let text = job.text.clone();
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &text));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        if selected || response.hovered() {
            ui.painter().rect_filled(rect, 2.0, visuals.weak_bg_fill);
        }
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let y = rect.center().y - galley.size().y / 2.0;
        ui.painter().galley(egui::pos2(rect.left() + 4.0, y), galley, palette.text);
    }
    let title = article.map(|a| a.title.as_str()).unwrap_or_default();
    let tip = if hit.what.is_empty() { title.to_owned() } else { format!("{}\n{title}", hit.what) };
    let response = response.on_hover_text(tip);
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    response.clicked()
}

/// Characters of context a result's line keeps before the hit, so that the hit shows.
const ROW_BEFORE_CHARS: usize = 28;

/// The end of `before`, at most `max` characters, from a word's start ("…" first when cut).
fn tail(before: &str, max: usize) -> String {
    let n = before.chars().count();
    if n <= max {
        return before.to_owned();
    }
    let kept: String = before.chars().skip(n - max).collect();
    let kept = kept.find(' ').map_or(kept.as_str(), |i| kept[i..].trim_start());
    format!("…{kept}")
}

/// A result's line: "A3 Outlet", what it is (figures and actors), then the snippet with the hit
/// marked; one line, cut with "…".
fn row_job(hit: &Hit, name: &str, palette: &Palette, width: f32) -> LayoutJob {
    let font = egui::FontId::proportional(13.0);
    let plain = TextFormat::simple(font.clone(), palette.text);
    let weak = TextFormat::simple(font.clone(), palette.weak);
    let mut job = LayoutJob::default();
    job.append(&format!("{} {name}", hit.article), 0.0, weak.clone());
    if !hit.what.is_empty() {
        job.append(" · ", 0.0, weak.clone());
        job.append(&hit.what, 0.0, TextFormat::simple(font, palette.text));
    }
    job.append(" — ", 0.0, weak);
    let s = &hit.snippet;
    // A text hit's line has room for more context before it than a figure's or an actor's.
    let before = if hit.kind == HitKind::Text { ROW_BEFORE_CHARS } else { ROW_BEFORE_CHARS / 2 };
    job.append(&tail(&s.before, before), 0.0, plain.clone());
    let marked = TextFormat {
        background: palette.number_selected_bg,
        underline: egui::Stroke::new(1.5, palette.selected_stroke),
        ..plain.clone()
    };
    job.append(&s.matched, 0.0, marked);
    job.append(&s.after, 0.0, plain);
    job.wrap = TextWrapping { max_width: width, max_rows: 1, break_anywhere: true, overflow_character: Some('…') };
    job
}
