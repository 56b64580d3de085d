//! Main-text extraction from HTML pages with a readability implementation (dom_smoothie).

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
    let mut readability = Readability::new(html, None, Some(cfg)).ok()?;
    let article = readability.parse().ok()?;
    let text = tidy(&article.text_content);
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
            published: article.published_time.as_deref().and_then(crate::text::meta::parse_date),
        },
    })
}

/// One paragraph per line: collapse runs of blank lines and trim each line.
fn tidy(text: &str) -> String {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
