//! The standalone HTML report.

use std::fmt::Write;

use super::{counts_line, escape_html as esc, html_diff, one_line, passage_heading};
use crate::model::{Comparison, DiffTag};

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1d1d1f}\
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
section{border-left:4px solid #7a9cc6;padding:.2rem 1rem;margin:1.5rem 0}h3{font-size:1rem;margin:.3rem 0}\
del{background:#fbd3d0;text-decoration:line-through}ins{background:#cdeccd;text-decoration:none}\
.member{margin:.3rem 0}.id{font-weight:bold;margin-right:.5rem}.problems li{color:#a00}";

/// Render the comparison as a standalone HTML page.
pub fn render(cmp: &Comparison) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Parallax comparison</title><style>{STYLE}</style></head><body>\n"
    );
    let view = crate::view::ComparisonView::build(cmp);
    let _ = writeln!(s, "<h1>Parallax comparison</h1><p>{}.</p>", esc(&counts_line(cmp, &view)));
    s.push_str(&super::summary_section::html(cmp, &view));
    let _ = writeln!(
        s,
        "<h2>Articles</h2><table><tr><th>Id</th><th>Title</th><th>Outlet</th><th>Published</th><th>Words</th><th>Set aside</th></tr>"
    );
    for a in &cmp.articles {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td>{}<br><small>{}</small></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            a.id,
            esc(&a.title),
            esc(&a.path),
            esc(a.outlet.as_deref().unwrap_or("—")),
            esc(a.published.as_deref().unwrap_or("—")),
            a.words,
            a.boilerplate.len()
        );
    }
    let _ = writeln!(s, "</table><h2>Shared passages</h2>");
    if cmp.passages.is_empty() {
        let _ = writeln!(s, "<p>None found.</p>");
    }
    for p in &cmp.passages {
        let _ = writeln!(s, "<section id=\"{}\"><h3>{}</h3>", esc(&p.id), esc(&passage_heading(cmp, p)));
        for m in &p.members {
            let _ = writeln!(
                s,
                "<div class=\"member\"><span class=\"id\">{}</span>{}</div>",
                m.article,
                esc(&one_line(&m.text))
            );
        }
        for d in &p.diffs {
            if d.ops.iter().all(|o| o.tag == DiffTag::Equal) {
                continue;
            }
            let line = html_diff(&d.ops);
            let _ = writeln!(s, "<p><small>{} → {}</small><br>{}</p>", d.a, d.b, line);
        }
        let _ = writeln!(s, "</section>");
    }
    s.push_str(&super::numbers_section::html(cmp, &view));
    s.push_str(&super::framing_section::html(cmp, &view));
    if !cmp.corrections.is_empty() {
        let _ = writeln!(s, "<h2>Corrections by the reader</h2><ul class=\"corrections\">");
        for c in &cmp.corrections {
            let _ = writeln!(s, "<li>{}</li>", esc(&c.to_string()));
        }
        let _ = writeln!(s, "</ul>");
    }
    if !cmp.errors.is_empty() {
        let _ = writeln!(s, "<h2>Problems</h2><ul class=\"problems\">");
        for e in &cmp.errors {
            let _ = writeln!(s, "<li>{}</li>", esc(&e.to_string()));
        }
        let _ = writeln!(s, "</ul>");
    }
    s.push_str("</body></html>\n");
    s
}
