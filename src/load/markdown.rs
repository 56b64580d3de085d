//! Markdown to plain paragraphs (with pulldown-cmark), and YAML-style front matter.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::Meta;

/// Paragraph text of a Markdown document, one block per line, with front-matter metadata.
pub fn extract(src: &str) -> (String, Meta) {
    let (front, body) = split_front_matter(src);
    let mut meta = front;
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut in_h1 = false;
    let mut skip_depth = 0usize;
    for ev in Parser::new(body) {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => in_h1 = level == HeadingLevel::H1,
            Event::Start(Tag::Image { .. }) | Event::Start(Tag::CodeBlock(_)) => skip_depth += 1,
            Event::End(TagEnd::Image) | Event::End(TagEnd::CodeBlock) => skip_depth = skip_depth.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if skip_depth == 0 => cur.push_str(&t),
            Event::SoftBreak => cur.push(' '),
            Event::HardBreak => cur.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell) => {
                let line = cur.split_whitespace().collect::<Vec<_>>().join(" ");
                cur.clear();
                if line.is_empty() {
                    continue;
                }
                if in_h1 && meta.title.is_none() {
                    meta.title = Some(line.clone());
                }
                in_h1 = false;
                lines.push(line);
            }
            _ => {}
        }
    }
    let rest = cur.split_whitespace().collect::<Vec<_>>().join(" ");
    if !rest.is_empty() {
        lines.push(rest);
    }
    (lines.join("\n"), meta)
}

/// Strip one pair of matching surrounding quotes.
fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// Split `---` front matter (simple `key: value` lines) from the body.
fn split_front_matter(src: &str) -> (Meta, &str) {
    let mut meta = Meta::default();
    let trimmed = src.trim_start_matches('\u{feff}');
    let Some(rest) = trimmed.strip_prefix("---\n").or_else(|| trimmed.strip_prefix("---\r\n")) else {
        return (meta, src);
    };
    let Some(end) = rest.find("\n---") else {
        return (meta, src);
    };
    for line in rest[..end].lines() {
        let Some((k, v)) = line.split_once(':') else { continue };
        let v = unquote(v.trim()).to_owned();
        if v.is_empty() {
            continue;
        }
        match k.trim().to_ascii_lowercase().as_str() {
            "title" | "headline" => meta.title = Some(v),
            "source" | "outlet" | "site" | "publisher" => meta.outlet = Some(v),
            "author" | "byline" => meta.byline = Some(v),
            "date" | "published" => meta.published = crate::lang::dates::parse_date(&v),
            _ => {}
        }
    }
    let body_start = end + 4;
    let body = rest[body_start..].trim_start_matches(['-', '\r', '\n']);
    (meta, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup_and_reads_front_matter() {
        let md = "---\ntitle: \"Quake strikes\"\ndate: 2020-03-01\nsource: Wire\n---\n# Big quake\n\nA *strong* earthquake hit [the city](http://x) on **Sunday**.\n\n![photo](p.png)\n\n- first item\n- second item\n";
        let (text, meta) = extract(md);
        assert_eq!(meta.title.as_deref(), Some("Quake strikes"));
        assert_eq!(meta.published.as_deref(), Some("2020-03-01"));
        assert_eq!(meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(text, "Big quake\nA strong earthquake hit the city on Sunday.\nfirst item\nsecond item");
    }
}
