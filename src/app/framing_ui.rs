//! The Framing tab: the labels each outlet gives each actor, how each outlet attributes claims,
//! the loaded words each outlet uses, whether shared quotes are worded alike, and the words each
//! outlet puts in scare quotes.
//!
//! Clicking a label, a loaded word or a scare quote selects it ([`Command::SelectSpan`]); its
//! article's column scrolls to it. Clicking a label or loaded word again goes to its next use in
//! the same article.

mod loaded;
mod table;

use std::collections::BTreeMap;

use crate::Comparison;
use crate::model::{Article, ArticleId, DiffTag, Label, QuoteGroup, Span, SpanText};
use egui::RichText;
use egui::text::LayoutJob;

use super::theme::Palette;
use super::{Command, SpanTarget};

/// Most characters of context shown on each side of a hovered label.
const CONTEXT_CHARS: usize = 160;
/// Most characters of a quote shown in its heading.
const QUOTE_CHARS: usize = 110;
/// Tallest the labels table grows before it scrolls.
const TABLE_HEIGHT: f32 = 180.0;
/// Width of an outlet's column in the labels table; labels wrap inside it.
const CELL_WIDTH: f32 = 200.0;

/// What the Framing tab needs to show.
pub struct FramingView<'a> {
    /// The comparison.
    pub cmp: &'a Comparison,
    /// What to show of it, built once per comparison.
    pub view: &'a crate::view::ComparisonView,
    /// Colours.
    pub palette: Palette,
    /// The selected label or scare quote.
    pub selected: Option<&'a SpanTarget>,
    /// Scroll to the selected label or scare quote this frame.
    pub scroll_to_selected: bool,
    /// The reader's corrections (which actors were merged, to split them again).
    pub corrections: &'a crate::corrections::Corrections,
}

/// The Framing tab: who each outlet calls what, how it attributes claims, and quote fidelity.
pub fn framing_ui(ui: &mut egui::Ui, framing: &FramingView<'_>, commands: &mut Vec<Command>) {
    let (cmp, palette) = (framing.cmp, &framing.palette);
    if cmp.articles.is_empty() {
        ui.label(RichText::new("No articles analysed.").color(palette.weak));
        return;
    }
    let index: BTreeMap<ArticleId, usize> = cmp.articles.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
    let names: Vec<String> = cmp.articles.iter().map(|a| format!("{} {}", a.id, a.short_name())).collect();
    let view = View {
        cmp,
        shown: framing.view,
        index,
        names,
        palette,
        selected: framing.selected,
        scroll: framing.scroll_to_selected,
        corrections: framing.corrections,
    };
    egui::ScrollArea::vertical().id_salt("framing tab").auto_shrink(false).show(ui, |ui| {
        view.labels_ui(ui, commands);
        view.attributions_ui(ui);
        view.loaded_words_ui(ui, commands);
        view.quotes_ui(ui);
        view.scare_quotes_ui(ui, commands);
    });
}

/// What every section needs: the comparison, article id → index, "A1 Outlet" per article, and the
/// selection.
struct View<'a> {
    cmp: &'a Comparison,
    shown: &'a crate::view::ComparisonView,
    index: BTreeMap<ArticleId, usize>,
    names: Vec<String>,
    palette: &'a Palette,
    selected: Option<&'a SpanTarget>,
    scroll: bool,
    corrections: &'a crate::corrections::Corrections,
}

/// One label in a cell of the labels table: its first use (for its article, place and sentence) and
/// the view's cell (text as shown, loaded flag, every place the article uses it).
struct Chip<'a> {
    label: &'a Label,
    cell: &'a crate::view::LabelCell,
}

impl View<'_> {
    /// "A1 Outlet" for an article id, or the id itself when it is unknown.
    fn name(&self, id: ArticleId) -> String {
        self.index.get(&id).and_then(|&i| self.names.get(i)).cloned().unwrap_or_else(|| id.to_string())
    }

    fn weak(&self, ui: &mut egui::Ui, text: &str) {
        ui.label(RichText::new(text).color(self.palette.weak));
    }

    /// Per labelled actor with a label in some article: its labels per article index, from the view
    /// (actors in model order, labels distinct ignoring case, first use wins).
    fn label_rows(&self) -> Vec<table::Row<'_>> {
        let table = &self.shown.labels;
        let mut rows = Vec::new();
        for (&i, cells) in table.actors.iter().zip(&table.cells) {
            let Some(actor) = self.cmp.framing.actors.get(i) else { continue };
            let chips: Vec<Vec<Chip<'_>>> = cells
                .iter()
                .map(|c| {
                    c.iter().filter_map(|cell| Some(Chip { label: actor.labels.get(cell.first)?, cell })).collect()
                })
                .collect();
            if chips.iter().any(|c| !c.is_empty()) {
                rows.push((actor, chips));
            }
        }
        rows
    }

    /// The actor × outlet table of labels.
    fn labels_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let rows = self.label_rows();
        let loaded = rows.iter().flat_map(|(_, c)| c.iter().flatten()).filter(|c| c.cell.loaded).count();
        let title = format!("Labels: {} actors, {loaded} loaded terms", rows.len());
        egui::CollapsingHeader::new(title).id_salt("framing labels").default_open(true).show(ui, |ui| {
            if rows.is_empty() {
                self.weak(ui, "No labels found for any actor.");
                return;
            }
            ui.horizontal_wrapped(|ui| {
                self.weak(ui, "What each outlet calls each actor;");
                ui.label(RichText::new("loaded term *").color(self.palette.label_loaded).underline());
                self.weak(
                    ui,
                    "marks evaluative terms (marked the same way in the text, neutral ones underlined thinly).",
                );
                self.weak(
                    ui,
                    "Click a label to find it in its article; hover it for its sentence, a name for its aliases.",
                );
            });
            self.labels_table(ui, &rows, commands);
        });
    }

    /// True when the selection is one of these spans of this article.
    fn is_selected(&self, article: ArticleId, spans: &[Span]) -> bool {
        self.selected.is_some_and(|t| t.article == article && spans.contains(&t.span))
    }

    /// The span a click on an item with these uses selects: the first, or the one after the
    /// selected use when one is selected.
    fn next_span(&self, article: ArticleId, spans: &[Span], selected: bool) -> Option<Span> {
        let at = self.selected.filter(|t| selected && t.article == article);
        let at = at.and_then(|t| spans.iter().position(|s| *s == t.span));
        let next = at.map_or(0, |i| (i + 1) % spans.len().max(1));
        spans.get(next).copied()
    }

    /// A clickable label or scare quote: highlighted when selected (and scrolled to on request).
    fn pick(&self, ui: &mut egui::Ui, text: RichText, selected: bool) -> egui::Response {
        let text = if selected {
            text.color(self.palette.text).background_color(self.palette.number_selected_bg)
        } else {
            text
        };
        let response = ui.add(egui::Label::new(text).sense(egui::Sense::click()));
        if selected && self.scroll {
            response.scroll_to_me(Some(egui::Align::Center));
        }
        response.on_hover_cursor(egui::CursorIcon::PointingHand)
    }

    /// One label: loaded ones coloured and marked, with the sentence it stands in on hover. Clicking
    /// selects its first use in the article, or the next one when it is selected already.
    fn label_chip(
        &self,
        ui: &mut egui::Ui,
        (actor, article): (&str, usize),
        chip: &Chip<'_>,
        comma: bool,
        commands: &mut Vec<Command>,
    ) {
        let (l, cell) = (chip.label, chip.cell);
        let mut text = if cell.loaded { format!("{} *", cell.text) } else { cell.text.clone() };
        if comma {
            text.push(',');
        }
        let text = if cell.loaded { RichText::new(text).color(self.palette.label_loaded) } else { RichText::new(text) };
        let selected = self.is_selected(l.article, &cell.spans);
        let response = self.pick(ui, text, selected);
        if response.clicked()
            && let Some(span) = self.next_span(l.article, &cell.spans, selected)
        {
            commands.push(Command::SelectSpan(Some(SpanTarget { article: l.article, span })));
        }
        crate::app::correction_menus::label_menu(&response, actor, (l.article, &cell.text), commands);
        let Some(a) = self.cmp.articles.get(article) else { return };
        response.on_hover_ui(|ui| {
            ui.set_max_width(420.0);
            let kind = if cell.loaded { "loaded term" } else { "neutral term" };
            let uses = match cell.spans.len() {
                1 => String::new(),
                n => format!(" · used {n} times, click again for the next"),
            };
            let name = self.names.get(article).map_or("", String::as_str);
            ui.label(RichText::new(format!("{name} · {kind}{uses}")).color(self.palette.weak));
            match sentence_around(a, l.span) {
                Some((head, word, tail)) => {
                    let mut job = LayoutJob::default();
                    let style = ui.style().clone();
                    let parts = [
                        RichText::new(head),
                        RichText::new(word).strong().color(self.palette.label_loaded),
                        RichText::new(tail),
                    ];
                    for part in parts {
                        part.append_to(&mut job, &style, egui::FontSelection::Default, egui::Align::Center);
                    }
                    ui.label(job);
                }
                None => {
                    ui.label(&l.text);
                }
            }
        });
    }

    /// Per outlet: neutral and loaded attribution verbs, the loaded ones listed.
    fn attributions_ui(&self, ui: &mut egui::Ui) {
        let per = &self.shown.attribution;
        let loaded: usize = per.iter().map(|a| a.other_count()).sum();
        let title = format!("Attribution: {} verbs, {loaded} not neutral", self.cmp.framing.attributions.len());
        egui::CollapsingHeader::new(title).id_salt("framing attribution").default_open(true).show(ui, |ui| {
            if per.iter().all(|a| a.neutral == 0 && a.other.is_empty()) {
                self.weak(ui, "No attribution verbs found.");
                return;
            }
            egui::Grid::new("framing attribution grid").striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
                for h in ["Outlet", "Neutral", "Loaded", "", "Loaded verbs"] {
                    ui.strong(h);
                }
                ui.end_row();
                for (ai, name) in self.names.iter().enumerate() {
                    let summary = per.get(ai);
                    let neutral = summary.map_or(0, |a| a.neutral);
                    let loaded = summary.map_or(0, |a| a.other_count());
                    ui.label(name);
                    ui.label(neutral.to_string());
                    let count = RichText::new(loaded.to_string());
                    ui.label(if loaded > 0 { count.strong().color(self.palette.warning) } else { count });
                    self.ratio_bar(ui, neutral, loaded);
                    let list = summary.map(|a| a.other_list()).unwrap_or_default();
                    if list.is_empty() {
                        self.weak(ui, "none");
                    } else {
                        ui.label(RichText::new(list.join(", ")).color(self.palette.warning));
                    }
                    ui.end_row();
                }
            });
        });
    }

    /// A small bar: the share of loaded attributions in the warning colour.
    fn ratio_bar(&self, ui: &mut egui::Ui, neutral: usize, loaded: usize) {
        let (rect, response) = ui.allocate_exact_size(egui::vec2(60.0, 10.0), egui::Sense::hover());
        let total = neutral + loaded;
        ui.painter().rect_filled(rect, 2.0, self.palette.furniture);
        if total > 0 {
            let share = loaded as f32 / total as f32;
            let mut part = rect;
            part.set_width(rect.width() * share);
            ui.painter().rect_filled(part, 2.0, self.palette.warning);
        }
        response.on_hover_text(format!("{loaded} of {total} attributions not neutral"));
    }

    /// Quotes shared by two or more articles: altered ones with their word diffs, then the rest.
    fn quotes_ui(&self, ui: &mut egui::Ui) {
        let quote = |&i: &usize| self.cmp.framing.quotes.get(i);
        let shared: Vec<&QuoteGroup> = self.shown.shared_quotes.iter().filter_map(quote).collect();
        let altered: Vec<&QuoteGroup> = self.shown.unfaithful.iter().filter_map(quote).collect();
        let faithful: Vec<&QuoteGroup> = shared.iter().copied().filter(|q| q.faithful).collect();
        let title = format!("Quotes: {} shared, {} worded differently", shared.len(), altered.len());
        egui::CollapsingHeader::new(title).id_salt("framing quotes").default_open(true).show(ui, |ui| {
            if shared.is_empty() {
                self.weak(ui, "No quote appears in more than one article.");
                return;
            }
            for q in &altered {
                self.quote_heading(ui, q, false);
                for d in &q.diffs {
                    ui.horizontal_wrapped(|ui| {
                        self.weak(ui, &format!("{}  vs  {}:", self.name(d.a), self.name(d.b)));
                    });
                    super::diff_view::ops_ui(
                        ui,
                        &d.ops,
                        &[DiffTag::Equal, DiffTag::Delete, DiffTag::Insert],
                        self.palette,
                    );
                }
                ui.add_space(6.0);
            }
            if altered.is_empty() {
                self.weak(ui, "Every shared quote is worded alike.");
            }
            if !faithful.is_empty() {
                let title = format!("{} quotes worded alike", faithful.len());
                egui::CollapsingHeader::new(title).id_salt("framing faithful quotes").show(ui, |ui| {
                    for q in &faithful {
                        self.quote_heading(ui, q, true);
                    }
                });
            }
        });
    }

    /// A quote's id, who carries it, who says it, and its opening words.
    fn quote_heading(&self, ui: &mut egui::Ui, q: &QuoteGroup, faithful: bool) {
        let outlets: Vec<String> = q.members.iter().map(|m| self.name(m.article)).collect();
        ui.horizontal_wrapped(|ui| {
            let (tag, color) = if faithful {
                ("word for word", self.palette.numbers.agree.stroke)
            } else {
                ("worded differently", self.palette.numbers.differ.stroke)
            };
            let heading = ui.label(RichText::new(format!("{} · {tag}", q.id)).strong().color(color));
            // Picked in the text or the Summary tab: bring the quote into view.
            if self.scroll
                && self.selected.is_some_and(|t| q.members.iter().any(|m| m.article == t.article && m.span == t.span))
            {
                heading.scroll_to_me(Some(egui::Align::Min));
            }
            self.weak(ui, &format!("in {}", outlets.join(", ")));
            let mut speakers: Vec<&str> = q.speakers.iter().map(|s| s.text.trim()).filter(|s| !s.is_empty()).collect();
            speakers.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
            if !speakers.is_empty() {
                self.weak(ui, &format!("· said by {}", speakers.join("; ")));
            }
        });
        if let Some(first) = q.members.first() {
            let words = first.text.trim().trim_matches(|c| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’'));
            ui.label(RichText::new(format!("“{}”", excerpt(words, QUOTE_CHARS))).italics());
        }
    }

    /// Per outlet, the words it puts in scare quotes.
    fn scare_quotes_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let mut per: BTreeMap<usize, Vec<&SpanText>> = BTreeMap::new();
        for s in &self.cmp.framing.scare_quotes {
            if let Some(&ai) = self.index.get(&s.article) {
                per.entry(ai).or_default().push(s);
            }
        }
        let title = format!("Scare quotes: {}", self.cmp.framing.scare_quotes.len());
        // Open the section when a scare quote in it was picked in the text.
        let picked = self.scroll
            && self
                .selected
                .is_some_and(|t| per.values().flatten().any(|s| s.article == t.article && s.span == t.span));
        let header = egui::CollapsingHeader::new(title).id_salt("framing scare quotes");
        header.open(picked.then_some(true)).show(ui, |ui| {
            if per.is_empty() {
                self.weak(ui, "No scare quotes found.");
            }
            for (ai, quotes) in &per {
                ui.horizontal_wrapped(|ui| {
                    ui.strong(format!("{}:", self.names.get(*ai).map_or("", String::as_str)));
                    for (i, s) in quotes.iter().enumerate() {
                        let comma = if i + 1 < quotes.len() { "," } else { "" };
                        let text = RichText::new(format!("{}{comma}", s.text.trim()))
                            .italics()
                            .color(self.palette.scare_quote);
                        let selected = self.is_selected(s.article, &[s.span]);
                        if self.pick(ui, text, selected).on_hover_text("Click to find it in its article").clicked() {
                            commands.push(Command::SelectSpan(Some(SpanTarget { article: s.article, span: s.span })));
                        }
                    }
                });
            }
        });
    }
}

/// The sentence a span stands in, as (before, span text, after), each side cut to
/// [`CONTEXT_CHARS`]. `None` when the span is not on character boundaries of the text.
fn sentence_around(article: &Article, span: Span) -> Option<(String, String, String)> {
    let text = &article.text;
    let (before, word, after) = (text.get(..span.start)?, text.get(span.start..span.end)?, text.get(span.end..)?);
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    // Every sentence end is one byte long, so +1 stays on a character boundary.
    let head = before.rfind(is_end).map_or(before, |i| &before[i + 1..]).trim_start();
    let tail = after.find(is_end).map_or(after, |i| &after[..i + 1]);
    let head_chars = head.chars().count();
    let head = if head_chars > CONTEXT_CHARS {
        format!("…{}", head.chars().skip(head_chars - CONTEXT_CHARS).collect::<String>())
    } else {
        head.to_owned()
    };
    let tail = if tail.chars().count() > CONTEXT_CHARS {
        format!("{}…", tail.chars().take(CONTEXT_CHARS).collect::<String>())
    } else {
        tail.to_owned()
    };
    Some((head, word.to_owned(), tail))
}

/// A one-line excerpt of a text, cut on a character boundary.
fn excerpt(text: &str, max_chars: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        return flat;
    }
    format!("{}…", flat.chars().take(max_chars).collect::<String>())
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::*;
    use crate::app::theme::ThemeChoice;

    /// The tab with nothing selected; commands are dropped.
    fn show(ui: &mut egui::Ui, cmp: &Comparison, palette: Palette) {
        let shown = crate::view::ComparisonView::build(cmp);
        let corrections = crate::corrections::Corrections::default();
        let view = FramingView {
            cmp,
            view: &shown,
            palette,
            selected: None,
            scroll_to_selected: false,
            corrections: &corrections,
        };
        framing_ui(ui, &view, &mut Vec::new());
    }

    #[test]
    fn shows_labels_and_quote_diffs_of_the_seeds() {
        let cmp = crate::analyze(crate::seeds::sources(), vec![], &mut |_| {});
        let palette = ThemeChoice::Light.palette();
        // Tall enough that every section is on screen to be clicked.
        let mut h =
            Harness::builder().with_size(egui::vec2(1400.0, 1600.0)).build_ui(move |ui| show(ui, &cmp, palette));
        h.run();
        assert!(h.query_all_by_label_contains("renegade").next().is_some(), "renegade label shown");
        assert!(h.query_all_by_label_contains("strongman").next().is_some(), "strongman label shown");
        assert!(h.query_all_by_label_contains("calls on wants").next().is_some(), "quote diff shown");
        // Hovering a label shows the sentence it stands in.
        assert!(h.query_all_by_label_contains("forces said Sunday").next().is_none());
        h.get_by_label("Libyan strongman *").hover();
        h.run();
        assert!(h.query_all_by_label_contains("forces said Sunday").next().is_some(), "label context on hover");
        // Scare quotes start collapsed.
        assert!(h.query_all_by_label_contains("liberation").next().is_none());
        h.get_by_label_contains("Scare quotes: ").click();
        h.run();
        assert!(h.query_all_by_label_contains("liberation").next().is_some(), "scare quotes listed");
    }

    #[test]
    fn empty_and_odd_data_do_not_panic() {
        let mut cmp = crate::analyze(crate::seeds::sources(), vec![], &mut |_| {});
        for actor in &mut cmp.framing.actors {
            for l in &mut actor.labels {
                l.span = Span { start: usize::MAX - 1, end: 3 };
                l.article = ArticleId(99);
            }
        }
        let palette = ThemeChoice::Dark.palette();
        let mut h = Harness::new_ui(move |ui| show(ui, &cmp, palette));
        h.run();
        let mut h = Harness::new_ui(move |ui| show(ui, &Comparison::default(), palette));
        h.run();
        h.get_by_label("No articles analysed.");
    }

    #[test]
    fn sentence_context_stays_in_its_sentence() {
        let article = Article { text: "First one. The renegade general said no. Last.".into(), ..Default::default() };
        let (head, word, tail) = sentence_around(&article, Span { start: 15, end: 23 }).expect("valid span");
        assert_eq!((head.as_str(), word.as_str(), tail.as_str()), ("The ", "renegade", " general said no."));
        assert!(sentence_around(&article, Span { start: 40, end: 99 }).is_none());
    }
}
