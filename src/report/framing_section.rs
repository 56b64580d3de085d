//! The framing part of the text, Markdown and HTML reports: labels per actor and outlet, attribution
//! verbs per outlet, each outlet's loaded words, quote fidelity and scare quotes.

use std::fmt::Write;

use super::{elide, html_diff, markdown_diff, one_line, plain_diff};
use super::{escape_html as esc_html, escape_markdown as esc_md};
use crate::model::{Actor, ArticleId, Comparison, QuoteGroup};
use crate::view::{ComparisonView, LabelCell};

/// Most actors the table shows.
const MAX_ACTORS: usize = 25;

/// Actors that carry labels, most labelled first (their order in the model), at most [`MAX_ACTORS`],
/// each with its cells per article.
fn labelled<'c, 'v>(cmp: &'c Comparison, view: &'v ComparisonView) -> Vec<(&'c Actor, &'v [Vec<LabelCell>])> {
    let t = &view.labels;
    t.actors.iter().zip(&t.cells).map(|(&i, c)| (&cmp.framing.actors[i], c.as_slice())).take(MAX_ACTORS).collect()
}

/// An article's cell of a row, empty when the article has none.
fn cell(cells: &[Vec<LabelCell>], article: usize) -> &[LabelCell] {
    cells.get(article).map_or(&[], Vec::as_slice)
}

fn unfaithful<'c>(cmp: &'c Comparison, view: &ComparisonView) -> impl Iterator<Item = &'c QuoteGroup> {
    view.unfaithful.iter().filter_map(|&i| cmp.framing.quotes.get(i))
}

/// An article's attribution summary.
fn attribution(view: &ComparisonView, article: usize) -> (usize, Vec<String>) {
    view.attribution.get(article).map_or((0, Vec::new()), |a| (a.neutral, a.other_list()))
}

/// An article's loaded words: its total and each term as "regime ×3", with "(only here)" after a
/// term no other outlet uses.
fn loaded(view: &ComparisonView, article: usize) -> (usize, Vec<String>) {
    view.loaded.get(article).map_or((0, Vec::new()), |l| {
        let terms = l
            .terms
            .iter()
            .map(|t| {
                let count = if t.count > 1 { format!(" \u{d7}{}", t.count) } else { String::new() };
                let only = if t.only_here { " (only here)" } else { "" };
                format!("{}{count}{only}", t.term)
            })
            .collect();
        (l.total, terms)
    })
}

fn outlet(cmp: &Comparison, id: ArticleId) -> String {
    cmp.article(id).map(|a| a.short_name()).unwrap_or_default()
}

/// The framing section as plain text.
pub(crate) fn plain(cmp: &Comparison, view: &ComparisonView) -> String {
    let mut s = String::new();
    let f = &cmp.framing;
    let _ = writeln!(s, "\nFRAMING  (* = loaded term)");
    for (a, cells) in labelled(cmp, view) {
        let _ = writeln!(s, "  {} {}{}", a.id, a.name, aliases(a));
        for (ai, art) in cmp.articles.iter().enumerate() {
            let c = cell(cells, ai);
            if c.is_empty() {
                continue;
            }
            let words: Vec<String> =
                c.iter().map(|c| if c.loaded { format!("*{}*", c.text) } else { c.text.clone() }).collect();
            let _ = writeln!(s, "      {} ({}): {}", art.id, art.short_name(), words.join("; "));
        }
    }
    let _ = writeln!(s, "\n  Attribution (neutral verbs / others)");
    for (ai, art) in cmp.articles.iter().enumerate() {
        let (n, list) = attribution(view, ai);
        let _ = writeln!(
            s,
            "    {} ({}): {} neutral; {} other: {}",
            art.id,
            art.short_name(),
            n,
            list.len(),
            list.join(", ")
        );
    }
    let _ = writeln!(s, "\n  Loaded words in the outlets' own words");
    for (ai, art) in cmp.articles.iter().enumerate() {
        let (n, list) = loaded(view, ai);
        let _ = writeln!(
            s,
            "    {} ({}): {}{}{}",
            art.id,
            art.short_name(),
            n,
            if n > 0 { ": " } else { "" },
            list.join(", ")
        );
    }
    let _ = writeln!(s, "\n  Quote fidelity");
    let mut any = false;
    for q in unfaithful(cmp, view) {
        any = true;
        let _ = writeln!(s, "    {} not faithful: {}", q.id, elide(&one_line(&q.members[0].text), 50));
        for d in &q.diffs {
            let line = plain_diff(&d.ops, 30);
            let _ = writeln!(s, "      {} → {}: {}", d.a, d.b, line);
        }
    }
    let shared = view.shared_quotes.len();
    if !any {
        let _ = writeln!(s, "    {shared} quote(s) shared between articles; all worded alike");
    }
    if !f.scare_quotes.is_empty() {
        let _ = writeln!(s, "\n  Scare quotes");
        for q in &f.scare_quotes {
            let _ = writeln!(s, "    {} ({}): {}", q.article, outlet(cmp, q.article), q.text);
        }
    }
    s
}

fn aliases(a: &Actor) -> String {
    if a.aliases.is_empty() { String::new() } else { format!("  (also: {})", a.aliases.join(", ")) }
}

/// The framing section as Markdown.
pub(crate) fn markdown(cmp: &Comparison, view: &ComparisonView) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "## Framing\n\nLabels each outlet gives each actor; loaded terms in **bold**.\n");
    let actors = labelled(cmp, view);
    if !actors.is_empty() {
        let head: Vec<String> = cmp.articles.iter().map(|a| format!("{} {}", a.id, esc_md(&a.short_name()))).collect();
        let _ = writeln!(s, "| Actor | {} |", head.join(" | "));
        let _ = writeln!(s, "|---|{}", "---|".repeat(cmp.articles.len()));
        for (a, row) in actors {
            let cells: Vec<String> = (0..cmp.articles.len())
                .map(|ai| {
                    let w: Vec<String> = cell(row, ai)
                        .iter()
                        .map(|c| if c.loaded { format!("**{}**", esc_md(&c.text)) } else { esc_md(&c.text) })
                        .collect();
                    if w.is_empty() { "—".to_owned() } else { w.join("; ") }
                })
                .collect();
            let _ = writeln!(s, "| {} | {} |", esc_md(&a.name), cells.join(" | "));
        }
    }
    let _ = writeln!(s, "\n### Attribution\n\n| Article | Neutral | Other verbs |\n|---|---|---|");
    for (ai, art) in cmp.articles.iter().enumerate() {
        let (n, list) = attribution(view, ai);
        let _ = writeln!(s, "| {} {} | {} | {} |", art.id, esc_md(&art.short_name()), n, esc_md(&list.join(", ")));
    }
    let _ = writeln!(
        s,
        "\n### Loaded words\n\nThe outlets' own loaded words (outside quotations).\n\n| Article | Uses | Terms |\n|---|---|---|"
    );
    for (ai, art) in cmp.articles.iter().enumerate() {
        let (n, list) = loaded(view, ai);
        let _ = writeln!(s, "| {} {} | {} | {} |", art.id, esc_md(&art.short_name()), n, esc_md(&list.join(", ")));
    }
    let _ = writeln!(s, "\n### Quote fidelity\n");
    let mut any = false;
    for q in unfaithful(cmp, view) {
        any = true;
        let _ = writeln!(s, "- **{}** not faithful: {}", q.id, esc_md(&elide(&one_line(&q.members[0].text), 50)));
        for d in &q.diffs {
            let line = markdown_diff(&d.ops, 30);
            let _ = writeln!(s, "  - {} → {}: {}", d.a, d.b, line);
        }
    }
    if !any {
        let _ = writeln!(s, "No shared quote is worded differently.");
    }
    if !cmp.framing.scare_quotes.is_empty() {
        let _ = writeln!(s, "\n### Scare quotes\n");
        for q in &cmp.framing.scare_quotes {
            let _ = writeln!(s, "- {} ({}): {}", q.article, esc_md(&outlet(cmp, q.article)), esc_md(&q.text));
        }
    }
    s.push('\n');
    s
}

/// The framing section as HTML.
pub(crate) fn html(cmp: &Comparison, view: &ComparisonView) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "<h2>Framing</h2><p>Labels each outlet gives each actor; loaded terms marked.</p>");
    let actors = labelled(cmp, view);
    if !actors.is_empty() {
        let _ = write!(s, "<table><tr><th>Actor</th>");
        for a in &cmp.articles {
            let _ = write!(s, "<th>{} {}</th>", a.id, esc_html(&a.short_name()));
        }
        let _ = writeln!(s, "</tr>");
        for (a, row) in actors {
            let _ = write!(s, "<tr><td>{}</td>", esc_html(&a.name));
            for ai in 0..cmp.articles.len() {
                let w: Vec<String> = cell(row, ai)
                    .iter()
                    .map(|c| {
                        let t = esc_html(&c.text);
                        if c.loaded { format!("<mark title=\"loaded term\">{t}</mark>") } else { t }
                    })
                    .collect();
                let _ = write!(s, "<td>{}</td>", if w.is_empty() { "—".to_owned() } else { w.join("; ") });
            }
            let _ = writeln!(s, "</tr>");
        }
        let _ = writeln!(s, "</table>");
    }
    let _ = writeln!(s, "<h3>Attribution</h3><table><tr><th>Article</th><th>Neutral</th><th>Other verbs</th></tr>");
    html_rows(&mut s, cmp, |ai| attribution(view, ai));
    let _ = writeln!(s, "</table><h3>Loaded words</h3><p>The outlets' own loaded words (outside quotations).</p>");
    let _ = writeln!(s, "<table><tr><th>Article</th><th>Uses</th><th>Terms</th></tr>");
    html_rows(&mut s, cmp, |ai| loaded(view, ai));
    let _ = writeln!(s, "</table><h3>Quote fidelity</h3>");
    let mut any = false;
    for q in unfaithful(cmp, view) {
        any = true;
        let _ = writeln!(s, "<section><p><b>{}</b> not faithful</p>", esc_html(&q.id));
        for d in &q.diffs {
            let line = html_diff(&d.ops);
            let _ = writeln!(s, "<p><small>{} → {}</small><br>{}</p>", d.a, d.b, line);
        }
        let _ = writeln!(s, "</section>");
    }
    if !any {
        let _ = writeln!(s, "<p>No shared quote is worded differently.</p>");
    }
    if !cmp.framing.scare_quotes.is_empty() {
        let _ = writeln!(s, "<h3>Scare quotes</h3><ul>");
        for q in &cmp.framing.scare_quotes {
            let _ = writeln!(
                s,
                "<li>{} ({}): <mark>{}</mark></li>",
                q.article,
                esc_html(&outlet(cmp, q.article)),
                esc_html(&q.text)
            );
        }
        let _ = writeln!(s, "</ul>");
    }
    s
}

/// One HTML table row per article: its name, a count and a list.
fn html_rows(s: &mut String, cmp: &Comparison, row: impl Fn(usize) -> (usize, Vec<String>)) {
    for (ai, art) in cmp.articles.iter().enumerate() {
        let (n, list) = row(ai);
        let name = esc_html(&art.short_name());
        let _ = writeln!(s, "<tr><td>{} {name}</td><td>{n}</td><td>{}</td></tr>", art.id, esc_html(&list.join(", ")));
    }
}
