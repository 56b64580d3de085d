//! The numbers part of the text, Markdown and HTML reports: each group of figures with its status,
//! values listed by article.

use std::fmt::Write;

use super::escape_html as esc;
use crate::model::{Comparison, NumberGroup, NumberMention};
use crate::view::ComparisonView;

fn members<'c>(cmp: &'c Comparison, g: &NumberGroup) -> Vec<&'c NumberMention> {
    g.members.iter().filter_map(|id| cmp.numbers.iter().find(|n| &n.id == id)).collect()
}

/// A figure as listed: its text, marked when it belongs to another event.
fn shown(n: &NumberMention) -> String {
    if n.background { format!("{} (another event)", n.text) } else { n.text.clone() }
}

fn status_words(g: &NumberGroup) -> String {
    let mut s = g.status.as_str().to_owned();
    if g.within_article {
        s.push_str(", conflicting within one article");
    }
    s
}

/// The groups in the view's display order.
fn ordered<'c>(cmp: &'c Comparison, view: &ComparisonView) -> impl Iterator<Item = &'c NumberGroup> {
    view.number_order.iter().filter_map(|&i| cmp.number_groups.get(i))
}

/// Plain text.
pub(crate) fn plain(cmp: &Comparison, view: &ComparisonView) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "\nNUMBERS ({} figure(s), {} group(s))", cmp.numbers.len(), cmp.number_groups.len());
    for g in ordered(cmp, view) {
        let values: Vec<String> = members(cmp, g).iter().map(|n| format!("{} {}", n.article, shown(n))).collect();
        let _ = writeln!(s, "  {} {} · {}: {}", g.id, g.what_label(), status_words(g), values.join(" | "));
    }
    s
}

fn md_cell(s: &str) -> String {
    super::escape_markdown(&super::one_line(s))
}

/// Markdown.
pub(crate) fn markdown(cmp: &Comparison, view: &ComparisonView) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "## Numbers\n");
    if cmp.number_groups.is_empty() {
        let _ = writeln!(s, "No grouped figures.\n");
        return s;
    }
    let _ = writeln!(s, "| Group | What | Status | Values |");
    let _ = writeln!(s, "|---|---|---|---|");
    for g in ordered(cmp, view) {
        let values: Vec<String> =
            members(cmp, g).iter().map(|n| format!("{}: {}", n.article, md_cell(&shown(n)))).collect();
        let _ =
            writeln!(s, "| {} | {} | {} | {} |", g.id, md_cell(&g.what_label()), status_words(g), values.join("; "));
    }
    s.push('\n');
    s
}

/// HTML.
pub(crate) fn html(cmp: &Comparison, view: &ComparisonView) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "<h2>Numbers</h2>");
    if cmp.number_groups.is_empty() {
        let _ = writeln!(s, "<p>No grouped figures.</p>");
        return s;
    }
    let _ = writeln!(s, "<table><tr><th>Group</th><th>What</th><th>Status</th><th>Values</th></tr>");
    for g in ordered(cmp, view) {
        let values: Vec<String> = members(cmp, g)
            .iter()
            .map(|n| format!("<span title=\"{}\">{}: {}</span>", esc(&n.sentence), n.article, esc(&shown(n))))
            .collect();
        let _ = writeln!(
            s,
            "<tr class=\"{}\" id=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            g.status.as_str(),
            esc(&g.id),
            esc(&g.id),
            esc(&g.what_label()),
            esc(&status_words(g)),
            values.join("<br>")
        );
    }
    let _ = writeln!(s, "</table>");
    s
}
