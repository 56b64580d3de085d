//! Main-text extraction from HTML pages with a readability implementation (dom_smoothie).
//!
//! A page nested deeper than [`MAX_DEPTH`] is flattened first (see [`flatten_deep_nesting`]):
//! readability walks the ancestors of every node, so its cost grows with size × depth, and a page of
//! a million bytes nested a hundred thousand levels deep would never finish.

use std::borrow::Cow;
use std::collections::HashMap;

use dom_smoothie::{Config, Readability, TextMode};

use super::Meta;

/// The readable text of an HTML page, with what its meta tags say.
pub struct HtmlArticle {
    /// Paragraphs of the main article text, one per line.
    pub text: String,
    /// Title, site name, byline and date from the page's metadata.
    pub meta: Meta,
}

/// Extract the main article text and metadata from an HTML document.
///
/// Returns `None` when no readable article could be found in the page.
pub fn extract(html: &str) -> Option<HtmlArticle> {
    let cfg = Config { text_mode: TextMode::Formatted, ..Default::default() };
    let html = flatten_deep_nesting(html);
    let asides = super::asides::asides(&html);
    let mut readability = Readability::new(html.as_ref(), None, Some(cfg)).ok()?;
    let article = readability.parse().ok()?;
    let text = super::asides::without_asides(&tidy(&article.text_content), &asides, &article.title);
    if text.trim().is_empty() {
        return None;
    }
    let non_empty = |s: Option<String>| s.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let title = article.title.trim().to_owned();
    Some(HtmlArticle {
        text,
        meta: Meta {
            title: (!title.is_empty()).then_some(title),
            outlet: non_empty(article.site_name),
            byline: non_empty(article.byline),
            published: article.published_time.as_deref().and_then(crate::lang::dates::parse_date),
        },
    })
}

/// Deepest element nesting handed to the extractor. Real pages stay far below it (a few dozen
/// levels); deeper nesting is machine-made and carries no structure worth the cost of walking it.
pub const MAX_DEPTH: usize = 256;

/// Nesting levels kept for the elements that give text its structure ([`TEXT_STRUCTURE`]): the
/// deepest wrappers (`div`, `span`, tables, ...) are dropped first, so that the article, its
/// headings and paragraphs inside a deep pile of wrappers keep their tags.
const TEXT_RESERVE: usize = 64;

/// Elements that give the article text its structure; other elements are wrappers.
const TEXT_STRUCTURE: &[&str] = &[
    "html",
    "head",
    "body",
    "article",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "code",
    "figcaption",
    "time",
    "title",
    "script",
    "style",
];

/// Elements that never have content or a closing tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Elements whose content is raw text up to their closing tag (no tags inside).
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// Elements that a new one of the same name closes when left open (`<p>one<p>two`).
const SELF_CLOSING_SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "option", "tr", "td", "th"];

/// One piece of a page: text (or a comment or declaration) copied as it is, or a tag.
pub(super) enum Piece<'a> {
    /// Text, a comment, a declaration or a void element's tag, as written.
    Other(&'a str),
    /// An opening tag as written, and the element's name in lower case.
    Open(&'a str, String),
    /// A closing tag as written, and the element's name in lower case.
    Close(&'a str, String),
}

/// Split a page into text and tags, in order. Raw-text elements (scripts, styles) are one piece of
/// text after their opening tag; comments and declarations are text.
pub(super) fn pieces<'a>(html: &'a str) -> Vec<Piece<'a>> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut text_from) = (0, 0);
    let flush = |out: &mut Vec<Piece<'a>>, from: usize, to: usize| {
        if to > from {
            out.push(Piece::Other(&html[from..to]));
        }
    };
    while let Some(off) = html[i..].find('<') {
        let lt = i + off;
        let next = b.get(lt + 1).copied().unwrap_or(b' ');
        let end = if html[lt..].starts_with("<!--") {
            html[lt + 4..].find("-->").map_or(html.len(), |e| lt + 4 + e + 3)
        } else if next == b'!' || next == b'?' || next == b'/' || next.is_ascii_alphabetic() {
            tag_end(b, lt)
        } else {
            i = lt + 1;
            continue;
        };
        let closing = next == b'/';
        let name_from = lt + 1 + usize::from(closing);
        let name_len = b[name_from..end].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'-').count();
        if name_len == 0 || next == b'!' || next == b'?' {
            i = end;
            continue; // a comment, a declaration or a stray `</`: text
        }
        flush(&mut out, text_from, lt);
        let name = html[name_from..name_from + name_len].to_ascii_lowercase();
        let tag = &html[lt..end];
        i = end;
        text_from = end;
        if closing {
            out.push(Piece::Close(tag, name));
        } else if tag.ends_with("/>") || VOID.contains(&name.as_str()) {
            out.push(Piece::Other(tag));
        } else {
            if RAW_TEXT.contains(&name.as_str()) {
                // Everything up to the closing tag is text, `<` or not.
                i = find_closing(html, end, &name).unwrap_or(html.len());
            }
            out.push(Piece::Open(tag, name));
        }
    }
    flush(&mut out, text_from, html.len());
    out
}

/// Where the first `</name` (in any case) at or after `from` starts.
fn find_closing(html: &str, from: usize, name: &str) -> Option<usize> {
    let b = html.as_bytes();
    let mut i = from;
    while let Some(off) = html[i..].find("</") {
        let at = i + off;
        if b.get(at + 2..at + 2 + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes())) {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

/// The end (one past `>`) of the tag starting at `lt`, skipping `>` inside quoted attribute values.
fn tag_end(b: &[u8], lt: usize) -> usize {
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(lt + 1) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    b.len()
}

/// Open elements, as the tags say (with a count per name, to close in constant time).
#[derive(Default)]
struct Stack<'a> {
    open: Vec<(&'a str, bool)>,
    count: HashMap<&'a str, usize>,
    kept: usize,
}

impl<'a> Stack<'a> {
    fn push(&mut self, name: &'a str, keep: bool) {
        if SELF_CLOSING_SIBLINGS.contains(&name) && self.open.last().is_some_and(|(top, _)| *top == name) {
            self.pop();
        }
        self.open.push((name, keep));
        *self.count.entry(name).or_default() += 1;
        self.kept += usize::from(keep);
    }

    fn pop(&mut self) -> Option<(&'a str, bool)> {
        let (name, keep) = self.open.pop()?;
        self.kept -= usize::from(keep);
        if let Some(c) = self.count.get_mut(name) {
            *c -= 1;
        }
        Some((name, keep))
    }

    /// Close the innermost open `name` (and what is open inside it); whether it was kept, or None
    /// when no such element is open.
    fn close(&mut self, name: &str) -> Option<bool> {
        if self.count.get(name).copied().unwrap_or(0) == 0 {
            return None;
        }
        while let Some((n, keep)) = self.pop() {
            if n == name {
                return Some(keep);
            }
        }
        None
    }
}

/// The deepest nesting of elements the tags make.
fn max_depth(pieces: &[Piece<'_>]) -> usize {
    let mut stack = Stack::default();
    let mut deepest = 0;
    for p in pieces {
        match p {
            Piece::Open(_, name) => {
                stack.push(name, true);
                deepest = deepest.max(stack.kept);
            }
            Piece::Close(_, name) => {
                stack.close(name);
            }
            Piece::Other(_) => {}
        }
    }
    deepest
}

/// The page with element nesting no deeper than [`MAX_DEPTH`]: the tags of elements that would
/// open deeper are dropped with their closing tags, and their content joins the element around
/// them; wrappers go [`TEXT_RESERVE`] levels earlier than text elements. A page within the limit is
/// returned as it is.
pub fn flatten_deep_nesting(html: &str) -> Cow<'_, str> {
    let pieces = pieces(html);
    let deepest = max_depth(&pieces);
    if deepest <= MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut stack = Stack::default();
    let mut out = String::with_capacity(html.len());
    for p in &pieces {
        match p {
            Piece::Open(tag, name) => {
                let room = if TEXT_STRUCTURE.contains(&name.as_str()) { MAX_DEPTH } else { MAX_DEPTH - TEXT_RESERVE };
                let keep = stack.kept < room;
                stack.push(name, keep);
                if keep {
                    out.push_str(tag);
                }
            }
            Piece::Close(tag, name) => {
                if stack.close(name) != Some(false) {
                    out.push_str(tag);
                }
            }
            Piece::Other(text) => out.push_str(text),
        }
    }
    Cow::Owned(out)
}

/// One paragraph per line: collapse runs of blank lines and trim each line.
fn tidy(text: &str) -> String {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_other_articles_and_captions_inside_the_body_are_not_article_text() {
        let para = |s: &str| {
            format!(
                "<p>{s} The harbour master said the crossing would reopen once divers had checked the hull and the pier.</p>"
            )
        };
        let html = format!(
            "<html><head><title>Ferry runs aground | Harbour Times</title></head><body><article><h1>Ferry runs aground</h1>{}\
             <figure><img src=\"f.jpg\"><figcaption>Divers check the hull at the north pier. Photo: Jo Bloggs</figcaption>\
             </figure>{}\
             <h4>More:</h4><ul><li><h4><a href=\"/news/2019/storm-closes-coast-road-for-second-day.html\">Storm closes \
             coast road for second day</a></h4></li></ul><ul><li><h4><a href=\"/news/2019/fishermen-count-cost-of-wet-summer.html\">\
             Fishermen count cost of wet summer</a></h4></li></ul>{}{}</article></body></html>",
            para("The evening ferry ran aground off the north pier on Monday with 80 passengers on board."),
            para("Nobody was hurt, and the passengers were taken ashore in lifeboats within two hours."),
            para("The operator said the ferry had lost power in a strong current as it turned into the harbour."),
            para("Engineers from the company will inspect the engines before the ferry sails again this week."),
        );
        let a = extract(&html).expect("article");
        assert!(a.text.contains("lifeboats") && a.text.contains("Engineers"), "{}", a.text);
        assert!(!a.text.contains("Storm closes") && !a.text.contains("Fishermen count"), "{}", a.text);
        assert!(!a.text.contains("Divers check"), "a figure's caption is not article text: {}", a.text);
    }

    #[test]
    fn extracts_article_and_meta() {
        let html = r#"<!doctype html><html><head><title>Storm hits coast | Daily Bugle</title>
<meta property="og:site_name" content="Daily Bugle">
<meta property="article:published_time" content="2019-11-16T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm hits coast</h1>
<p>A powerful storm struck the northern coast on Saturday, forcing thousands of residents to leave their homes as rivers rose.</p>
<p>Officials said at least 12 people had been killed and dozens more were injured in the flooding that followed the storm.</p>
<p>Rescue teams worked through the night to reach villages cut off by the water, the regional governor told reporters.</p>
</article><footer>Copyright 2019</footer></body></html>"#;
        let a = extract(html).expect("article");
        assert!(a.text.contains("at least 12 people"), "{}", a.text);
        assert!(!a.text.contains("Home"));
        assert_eq!(a.meta.outlet.as_deref(), Some("Daily Bugle"));
        assert_eq!(a.meta.published.as_deref(), Some("2019-11-16"));
        assert!(a.meta.title.unwrap().contains("Storm hits coast"));
    }

    fn depth(html: &str) -> usize {
        max_depth(&pieces(html))
    }

    #[test]
    fn shallow_pages_are_left_as_they_are() {
        let html = "<html><body><div class=\"a>b\"><p>One<p>Two <br> three</div>\
            <script>if (a < b) { x = '</div>'; }</script><!-- <div> --></body></html>";
        assert!(matches!(flatten_deep_nesting(html), Cow::Borrowed(_)));
        assert_eq!(depth(html), 4);
    }

    #[test]
    fn deep_nesting_is_flattened_to_the_limit_and_keeps_the_text() {
        let n = MAX_DEPTH * 4;
        let html = format!(
            "<html><body>{}<p>The river rose above the bridge overnight.</p>{}</body></html>",
            "<div><span>".repeat(n / 2),
            "</span></div>".repeat(n / 2)
        );
        let flat = flatten_deep_nesting(&html);
        // The wrappers stop at their limit; the paragraph still opens above them.
        assert_eq!(depth(&flat), MAX_DEPTH - TEXT_RESERVE + 1);
        assert!(flat.contains("<p>The river rose above the bridge overnight.</p>"));
        let a = extract(&flat).expect("article");
        assert!(a.text.contains("The river rose above the bridge overnight."), "{}", a.text);
        assert_eq!(flat.matches("<div>").count(), flat.matches("</div>").count());
        assert_eq!(flat.matches("<span>").count(), flat.matches("</span>").count());
    }
}
