//! "What to look at first" at the top of the text, Markdown and HTML reports: the view's
//! [`Summary`](crate::view::summary::Summary), a few lines per kind of finding.

use std::fmt::Write;

use crate::model::Comparison;
use crate::view::ComparisonView;
use crate::view::summary::{Part, Section, Target};

/// "(and 3 more)" after a capped section, or nothing.
fn more(section: &Section) -> Option<String> {
    (section.more() > 0).then(|| format!("(and {} more)", section.more()))
}

/// Plain text.
pub(crate) fn plain(view: &ComparisonView) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "WHAT TO LOOK AT FIRST");
    for part in Part::ALL {
        let section = view.summary.section(part);
        let _ = writeln!(s, "  {}", part.title());
        if section.entries.is_empty() {
            let _ = writeln!(s, "    {}", part.none());
        }
        for e in &section.entries {
            let _ = writeln!(s, "    {}", super::one_line(&e.line()));
        }
        if let Some(more) = more(section) {
            let _ = writeln!(s, "    {more}");
        }
    }
    s.push('\n');
    s
}

/// Markdown.
pub(crate) fn markdown(view: &ComparisonView) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "## What to look at first\n");
    for part in Part::ALL {
        let section = view.summary.section(part);
        let _ = writeln!(s, "**{}**\n", part.title());
        if section.entries.is_empty() {
            let _ = writeln!(s, "{}\n", part.none());
            continue;
        }
        for e in &section.entries {
            let (label, detail) = (super::escape_markdown(&e.label), super::escape_markdown(&e.detail));
            let _ = writeln!(s, "- **{label}**: {}", super::one_line(&detail));
        }
        if let Some(more) = more(section) {
            let _ = writeln!(s, "- {more}");
        }
        s.push('\n');
    }
    s
}

/// HTML: each passage and group of figures links to its place further down the page.
pub(crate) fn html(cmp: &Comparison, view: &ComparisonView) -> String {
    use super::escape_html as esc;
    let mut s = String::new();
    let _ = writeln!(s, "<h2>What to look at first</h2>");
    for part in Part::ALL {
        let section = view.summary.section(part);
        let _ = writeln!(s, "<h3>{}</h3>", esc(part.title()));
        if section.entries.is_empty() {
            let _ = writeln!(s, "<p>{}</p>", esc(part.none()));
            continue;
        }
        let _ = writeln!(s, "<ul class=\"summary\">");
        for e in &section.entries {
            let anchor = match e.target {
                Target::Passage(i) => cmp.passages.get(i).map(|p| p.id.as_str()),
                Target::NumberGroup { group, .. } => cmp.number_groups.get(group).map(|g| g.id.as_str()),
                _ => None,
            };
            let label = match anchor {
                Some(id) => format!("<a href=\"#{}\">{}</a>", esc(id), esc(&e.label)),
                None => esc(&e.label),
            };
            let _ = writeln!(s, "<li><b>{label}</b>: {}</li>", esc(&super::one_line(&e.detail)));
        }
        if let Some(more) = more(section) {
            let _ = writeln!(s, "<li>{}</li>", esc(&more));
        }
        let _ = writeln!(s, "</ul>");
    }
    s
}

#[cfg(test)]
mod tests {
    use crate::report::{Format, render};

    #[test]
    fn the_text_and_markdown_reports_open_with_what_to_look_at_first() {
        let cmp = crate::analyze(crate::seeds::sources(), Vec::new(), &mut |_| {});
        let text = render(&cmp, Format::Text);
        let top = text.find("WHAT TO LOOK AT FIRST").expect("summary in the text report");
        assert!(top < text.find("ARTICLES").expect("articles"), "the summary comes first");
        assert!(text.contains("  Conflicting figures\n    G1 killed: outlets differ: "), "{text}");
        let md = render(&cmp, Format::Markdown);
        let top = md.find("## What to look at first").expect("summary in the Markdown report");
        assert!(md.starts_with("# Parallax comparison") && top < md.find("## Articles").expect("articles"));
        assert!(md.contains("**Quotes worded differently**"), "{md}");
        assert!(!crate::report::to_json(&cmp).contains("look at first"), "the JSON contract is unchanged");
        let html = render(&cmp, Format::Html);
        let top = html.find("<h2>What to look at first</h2>").expect("summary in the HTML report");
        assert!(top < html.find("<h2>Articles</h2>").expect("articles"), "the summary comes first");
        assert!(html.contains("<a href=\"#G1\">G1 killed</a>") && html.contains("id=\"G1\""), "links to the group");
    }

    #[test]
    fn empty_sections_say_so() {
        let text = render(&crate::Comparison::default(), Format::Text);
        assert!(text.contains("    No conflicting figures.\n"), "{text}");
        let md = render(&crate::Comparison::default(), Format::Markdown);
        assert!(md.contains("**Passages most outlets share**\n\nNo passage shared across outlets.\n"), "{md}");
    }
}
