//! The terminal report.

use std::fmt::Write;

use super::{counts_line, one_line, passage_heading, plain_diff};
use crate::model::{Comparison, DiffTag};

/// Render the comparison as plain text for a terminal.
pub fn render(cmp: &Comparison) -> String {
    let mut s = String::new();
    let view = crate::view::ComparisonView::build(cmp);
    let _ = writeln!(s, "Parallax: {}\n", counts_line(cmp, &view));
    s.push_str(&super::summary_section::plain(&view));
    let _ = writeln!(s, "ARTICLES");
    for a in &cmp.articles {
        let _ = writeln!(s, "  {}  {}", a.id, a.title);
        let mut facts = vec![a.outlet.clone().unwrap_or_else(|| "outlet unknown".into())];
        if let Some(d) = &a.published {
            facts.push(d.clone());
        }
        facts.push(format!("{} words", a.words));
        if !a.boilerplate.is_empty() {
            facts.push(format!("{} line(s) of page furniture set aside", a.boilerplate.len()));
        }
        let _ = writeln!(s, "      {}\n      {}", facts.join(" · "), a.path);
    }
    let _ = writeln!(s, "\nSHARED PASSAGES");
    if cmp.passages.is_empty() {
        let _ = writeln!(s, "  (none found)");
    }
    for p in &cmp.passages {
        let _ = writeln!(s, "\n{}", passage_heading(cmp, p));
        for m in &p.members {
            let _ = writeln!(s, "  {} [{}..{}]  {}", m.article, m.span.start, m.span.end, one_line(&m.text));
        }
        for d in &p.diffs {
            if d.ops.iter().all(|o| o.tag == DiffTag::Equal) {
                continue;
            }
            let line = plain_diff(&d.ops, 40);
            let _ = writeln!(s, "  diff {} → {}: {}", d.a, d.b, line);
        }
    }
    s.push_str(&super::numbers_section::plain(cmp, &view));
    s.push_str(&super::framing_section::plain(cmp, &view));
    if !cmp.corrections.is_empty() {
        let _ = writeln!(s, "\nCORRECTIONS BY THE READER");
        for c in &cmp.corrections {
            let _ = writeln!(s, "  {c}");
        }
    }
    if !cmp.errors.is_empty() {
        let _ = writeln!(s, "\nPROBLEMS");
        for e in &cmp.errors {
            let _ = writeln!(s, "  {e}");
        }
    }
    s
}
