//! The Markdown report.

use std::fmt::Write;

use super::{counts_line, escape_markdown as escape, markdown_diff, one_line, passage_heading};
use crate::model::{Comparison, DiffTag};

fn cell(s: &str) -> String {
    escape(&one_line(s))
}

/// Render the comparison as Markdown.
pub fn render(cmp: &Comparison) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Parallax comparison\n");
    let view = crate::view::ComparisonView::build(cmp);
    let _ = writeln!(s, "{}.\n", counts_line(cmp, &view));
    s.push_str(&super::summary_section::markdown(&view));
    let _ = writeln!(s, "## Articles\n");
    let _ = writeln!(s, "| Id | Title | Outlet | Published | Words | Set aside | Path |");
    let _ = writeln!(s, "|---|---|---|---|---:|---:|---|");
    for a in &cmp.articles {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} |",
            a.id,
            cell(&a.title),
            cell(a.outlet.as_deref().unwrap_or("—")),
            cell(a.published.as_deref().unwrap_or("—")),
            a.words,
            a.boilerplate.len(),
            cell(&a.path)
        );
    }
    let _ = writeln!(s, "\n## Shared passages\n");
    if cmp.passages.is_empty() {
        let _ = writeln!(s, "None found.");
    }
    for p in &cmp.passages {
        let _ = writeln!(s, "### {}\n", escape(&passage_heading(cmp, p)));
        for m in &p.members {
            let _ = writeln!(
                s,
                "- **{}** (bytes {}–{}): {}",
                m.article,
                m.span.start,
                m.span.end,
                escape(&one_line(&m.text))
            );
        }
        for d in &p.diffs {
            if d.ops.iter().all(|o| o.tag == DiffTag::Equal) {
                continue;
            }
            let line = markdown_diff(&d.ops, 40);
            let _ = writeln!(s, "\n> {} → {}: {}", d.a, d.b, line);
        }
        s.push('\n');
    }
    s.push_str(&super::numbers_section::markdown(cmp, &view));
    s.push_str(&super::framing_section::markdown(cmp, &view));
    if !cmp.corrections.is_empty() {
        let _ = writeln!(s, "## Corrections by the reader\n");
        for c in &cmp.corrections {
            let _ = writeln!(s, "- {}", escape(&c.to_string()));
        }
        s.push('\n');
    }
    if !cmp.errors.is_empty() {
        let _ = writeln!(s, "## Problems\n");
        for e in &cmp.errors {
            let _ = writeln!(s, "- {}", escape(&e.to_string()));
        }
    }
    s
}
