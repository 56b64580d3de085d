//! The Numbers tab: one row per group of figures, one column per article, each cell the values that
//! article gives (clickable: selects the figure and scrolls the columns to it). Also the lookups
//! the columns need to mark figures in the text, built once per comparison in [`NumberIndex`].

use std::collections::HashMap;

use crate::Comparison;
use crate::model::{GroupStatus, NumberGroup, NumberId, Span};
use egui::RichText;

use super::Command;
use super::theme::{NumberKind, Palette};

/// The kind of a group of figures, from its status.
pub fn group_kind(group: &NumberGroup) -> NumberKind {
    if group.within_article {
        return NumberKind::Conflict;
    }
    status_kind(group.status)
}

/// The kind of a group with this status and no conflict within an article.
pub fn status_kind(status: GroupStatus) -> NumberKind {
    match status {
        GroupStatus::Agree => NumberKind::Agree,
        GroupStatus::Compatible => NumberKind::Compatible,
        GroupStatus::Differ => NumberKind::Differ,
        GroupStatus::Single => NumberKind::Ungrouped,
    }
}

/// A short word for a kind, as the table shows it: the status's report name, or for a conflict
/// within an article a phrase.
pub fn kind_label(kind: NumberKind) -> &'static str {
    match kind {
        NumberKind::Agree => GroupStatus::Agree.as_str(),
        NumberKind::Compatible => GroupStatus::Compatible.as_str(),
        NumberKind::Differ => GroupStatus::Differ.as_str(),
        NumberKind::Conflict => "conflict within an article",
        NumberKind::Ungrouped => GroupStatus::Single.as_str(),
    }
}

/// One row of the table: a group and, per article, its figures there (indices in `cmp.numbers`).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index in `cmp.number_groups`.
    pub group: usize,
    /// How the figures relate.
    pub kind: NumberKind,
    /// Per article index, the figures of this group in that article.
    pub cells: Vec<Vec<usize>>,
}

/// Lookups over the figures of one comparison; built once when the comparison changes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumberIndex {
    /// Per figure (index in `cmp.numbers`): its group, if any.
    pub group_of: Vec<Option<usize>>,
    /// Per figure: its kind (from its group).
    pub kind_of: Vec<NumberKind>,
    /// Figure id → index in `cmp.numbers`.
    pub by_id: HashMap<NumberId, usize>,
    /// Per article index: (span, figure index) of every figure in it, sorted by span.
    pub per_article: Vec<Vec<(Span, usize)>>,
    /// Table rows in display order, as the reports list them: casualty, money and prison term
    /// groups first, groups of two or more first within them, those that differ or conflict first.
    pub rows: Vec<Row>,
    /// How many of `rows` are casualty, money and prison term groups; the rest are shown on request.
    pub lead: usize,
}

impl NumberIndex {
    /// Build the lookups for `cmp`, the rows in `order` (indices into `cmp.number_groups`, the
    /// display order of `crate::view::ComparisonView::number_order`, whose first `lead` are the
    /// casualty, money and prison term groups).
    pub fn build(cmp: &Comparison, order: &[usize], lead: usize) -> Self {
        let by_id: HashMap<NumberId, usize> = cmp.numbers.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
        let mut group_of = vec![None; cmp.numbers.len()];
        let mut kind_of = vec![NumberKind::Ungrouped; cmp.numbers.len()];
        let mut rows = Vec::with_capacity(cmp.number_groups.len());
        let mut lead_rows = 0;
        for (k, &gi) in order.iter().enumerate() {
            let Some(g) = cmp.number_groups.get(gi) else { continue };
            let kind = group_kind(g);
            let mut cells = vec![Vec::new(); cmp.articles.len()];
            for id in &g.members {
                let Some(&ni) = by_id.get(id) else { continue };
                group_of[ni] = Some(gi);
                kind_of[ni] = kind;
                if let Some(ai) = cmp.numbers.get(ni).and_then(|n| cmp.article_index(n.article)) {
                    cells[ai].push(ni);
                }
            }
            rows.push(Row { group: gi, kind, cells });
            lead_rows += usize::from(k < lead);
        }
        let mut per_article = vec![Vec::new(); cmp.articles.len()];
        for (ni, n) in cmp.numbers.iter().enumerate() {
            if let Some(ai) = cmp.article_index(n.article) {
                per_article[ai].push((n.span, ni));
            }
        }
        for spans in &mut per_article {
            spans.sort();
        }
        NumberIndex { group_of, kind_of, by_id, per_article, rows, lead: lead_rows }
    }

    /// The kind of the figure with this index.
    pub fn kind(&self, ni: usize) -> NumberKind {
        self.kind_of.get(ni).copied().unwrap_or(NumberKind::Ungrouped)
    }

    /// The figures in article `ai` that the columns scroll to when `selected` is selected: the
    /// figure itself in its own article, the first figure of the same group in the others.
    pub fn scroll_target(&self, cmp: &Comparison, ai: usize, selected: usize) -> Option<usize> {
        let here = self.per_article.get(ai)?;
        if here.iter().any(|(_, ni)| *ni == selected) {
            return Some(selected);
        }
        let group = self.group_of.get(selected).copied().flatten()?;
        let members = &cmp.number_groups.get(group)?.members;
        here.iter().map(|(_, ni)| *ni).find(|ni| cmp.numbers.get(*ni).is_some_and(|n| members.contains(&n.id)))
    }
}

/// What the Numbers tab needs to show.
pub struct NumbersView<'a> {
    /// The comparison.
    pub cmp: &'a Comparison,
    /// Its lookups.
    pub index: &'a NumberIndex,
    /// The selected figure (index in `cmp.numbers`).
    pub selected: Option<usize>,
    /// Scroll the table to the selected figure this frame.
    pub scroll_to_selected: bool,
    /// Colours.
    pub palette: Palette,
}

/// The Numbers tab: a legend, the selected figure, and the table.
pub fn numbers_ui(ui: &mut egui::Ui, view: &NumbersView<'_>, commands: &mut Vec<Command>) {
    let cmp = view.cmp;
    let palette = &view.palette;
    if cmp.number_groups.is_empty() {
        let msg = match cmp.numbers.len() {
            0 => "No figures found in these articles.".to_owned(),
            n => format!(
                "{n} figures are marked in the text, none of a kind the outlets can be compared on \
                 (hover one to see what it counts)."
            ),
        };
        ui.label(RichText::new(msg).color(palette.weak));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let multi = view.index.rows.iter().filter(|r| r.cells.iter().map(Vec::len).sum::<usize>() >= 2).count();
        ui.strong(format!(
            "{} figures in {} groups ({multi} with two or more)",
            cmp.numbers.len(),
            view.index.rows.len()
        ));
        ui.separator();
        for kind in NumberKind::ALL {
            let t = palette.number(kind);
            ui.label(RichText::new(kind_label(kind)).small().color(t.stroke).background_color(t.bg));
        }
    });
    selected_ui(ui, view);
    ui.separator();
    egui::ScrollArea::both().id_salt("numbers table").auto_shrink(false).show(ui, |ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        egui::Grid::new("numbers grid").striped(true).min_col_width(40.0).spacing([14.0, 4.0]).show(ui, |ui| {
            ui.strong("Group");
            ui.strong("What");
            ui.strong("Status");
            for a in &cmp.articles {
                ui.strong(format!("{} · {}", a.id, a.short_name())).on_hover_text(&a.title);
            }
            ui.end_row();
            let (lead, rest) = view.index.rows.split_at(view.index.lead.min(view.index.rows.len()));
            for row in lead {
                row_ui(ui, view, row, commands);
                ui.end_row();
            }
            // With no casualty or money group there is nothing to fold the others under.
            if !rest.is_empty() && (lead.is_empty() || other_figures_toggle(ui, view, rest)) {
                for row in rest {
                    row_ui(ui, view, row, commands);
                    ui.end_row();
                }
            }
        });
    });
}

/// The row that folds the groups other than casualties and money; true when they are shown. They
/// open by themselves when the selected figure is among them.
fn other_figures_toggle(ui: &mut egui::Ui, view: &NumbersView<'_>, rest: &[Row]) -> bool {
    let id = ui.make_persistent_id(egui::IdSalt::new("numbers: other figures open"));
    let holds_selected = view.selected.is_some_and(|ni| {
        let group = view.index.group_of.get(ni).copied().flatten();
        rest.iter().any(|r| Some(r.group) == group)
    });
    let mut open = ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(false) || (holds_selected && view.scroll_to_selected);
    let verb = if open { "Hide" } else { "Show" };
    let text = format!("{verb} other figures ({} groups)", rest.len());
    if ui.button(text).on_hover_text("Distances, durations, percentages, counts of things").clicked() {
        open = !open;
    }
    ui.data_mut(|d| d.insert_temp(id, open));
    ui.end_row();
    open
}

fn row_ui(ui: &mut egui::Ui, view: &NumbersView<'_>, row: &Row, commands: &mut Vec<Command>) {
    let Some(g) = view.cmp.number_groups.get(row.group) else { return };
    let palette = &view.palette;
    let id = ui.add(egui::Label::new(RichText::new(&g.id).monospace()).sense(egui::Sense::click()));
    super::correction_menus::group_menu(&id.on_hover_text("Right-click to correct"), view.cmp, g, commands);
    ui.label(g.what_label());
    let t = palette.number(row.kind);
    ui.label(RichText::new(kind_label(row.kind)).color(t.stroke));
    for (ai, cell) in row.cells.iter().enumerate() {
        ui.push_id(("cell", row.group, ai), |ui| {
            ui.vertical(|ui| {
                for &ni in cell {
                    let Some(n) = view.cmp.numbers.get(ni) else { continue };
                    let selected = view.selected == Some(ni);
                    // A figure of another event is listed, greyed, with why on hover.
                    let (label, hover) = if n.background {
                        let text = RichText::new(&n.text).italics().color(palette.weak);
                        (text, format!("About another event: {}", n.sentence))
                    } else {
                        (RichText::new(&n.text), n.sentence.clone())
                    };
                    let response = ui.selectable_label(selected, label).on_hover_text(hover);
                    if selected && view.scroll_to_selected {
                        response.scroll_to_me(Some(egui::Align::Center));
                    }
                    if response.clicked() {
                        commands.push(Command::SelectNumber(Some(n.id)));
                    }
                    super::correction_menus::figure_menu(&response, view.cmp, (n, Some(g)), commands);
                }
            });
        });
    }
}

/// One line about the selected figure.
fn selected_ui(ui: &mut egui::Ui, view: &NumbersView<'_>) {
    let Some((ni, n)) = view.selected.and_then(|ni| Some((ni, view.cmp.numbers.get(ni)?))) else {
        let hint = "Click a value to find it in the articles, or click a marked figure in the text.";
        ui.label(RichText::new(hint).color(view.palette.weak));
        return;
    };
    let outlet = view.cmp.article(n.article).map_or_else(|| n.article.to_string(), |a| a.short_name());
    let group = view.index.group_of.get(ni).copied().flatten();
    let group = group.and_then(|g| view.cmp.number_groups.get(g)).map_or(String::new(), |g| format!(" · {}", g.id));
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Selected: {} · {} ({outlet}) · {} · {}{group}", n.id, n.article, n.text, n.what));
        ui.label(RichText::new(format!("“{}”", n.sentence.trim())).italics().color(view.palette.weak));
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ArticleId, NumberMention, Qualifier, Quantity};

    fn mention(id: u32, article: u32, start: usize, text: &str) -> NumberMention {
        NumberMention {
            id: NumberId(id),
            article: ArticleId(article),
            span: Span::new(start, start + text.len()),
            text: text.into(),
            value: 1.0,
            value_max: None,
            qualifier: Qualifier::Exact,
            what: Quantity::Killed,
            sentence: String::new(),
            sentence_span: Span::new(start, start + text.len()),
            background: false,
        }
    }

    fn group(id: &str, members: &[u32], status: GroupStatus, within: bool) -> NumberGroup {
        NumberGroup {
            id: id.into(),
            what: Quantity::Killed,
            members: members.iter().copied().map(NumberId).collect(),
            status,
            within_article: within,
            counted: None,
        }
    }

    #[test]
    fn every_status_has_a_kind_in_the_legend_labelled_with_its_name() {
        for &status in GroupStatus::ALL {
            let kind = status_kind(status);
            assert!(NumberKind::ALL.contains(&kind), "{status}");
            assert_eq!(kind_label(kind), status.as_str());
        }
        let mut labels: Vec<&str> = NumberKind::ALL.iter().map(|&k| kind_label(k)).collect();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), NumberKind::ALL.len(), "one label per kind");
    }

    #[test]
    fn rows_put_multi_member_conflicts_first_and_unknown_ids_are_skipped() {
        let articles = [1, 2].map(|n| Article { id: ArticleId(n), ..Article::default() }).to_vec();
        let cmp = Comparison {
            articles,
            numbers: vec![mention(1, 1, 0, "5"), mention(2, 2, 3, "6"), mention(3, 2, 9, "7")],
            number_groups: vec![
                group("G1", &[3], GroupStatus::Single, false),
                group("G2", &[1, 2, 99], GroupStatus::Agree, false),
                group("G3", &[1, 2], GroupStatus::Differ, false),
            ],
            ..Comparison::default()
        };
        let index = NumberIndex::build(&cmp, &crate::view::number_order(&cmp), usize::MAX);
        let order: Vec<usize> = index.rows.iter().map(|r| r.group).collect();
        assert_eq!(order, [2, 1, 0]);
        assert_eq!(index.rows[0].cells, vec![vec![0], vec![1]]);
        assert_eq!(index.per_article[1], vec![(Span::new(3, 4), 1), (Span::new(9, 10), 2)]);
        assert_eq!(index.scroll_target(&cmp, 0, 1), Some(0));
        assert_eq!(index.scroll_target(&cmp, 0, 2), None);
        assert_eq!(index.scroll_target(&cmp, 7, 0), None);
    }
}
