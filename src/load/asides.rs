//! Texts of a page that are not its article, found in the markup and taken out of the text
//! readability returns (the page given to readability is left as it is: its choice of the
//! article's container must not move). Lines of the text that are one of these and nothing else
//! go, but for the page's own headline.
//!
//! - **Lists of links to other articles**: "More:", "Related", "Most read" blocks whose every item
//!   is one headline and nothing but a link to that headline's article. Readability keeps such a
//!   list when it stands among the article's paragraphs, and its marker ("More:") is often a
//!   heading too short to survive, so that the headlines read as paragraphs. The rule rests on the
//!   list's shape only. Every item holds words, all of them inside a link; the link text is a
//!   headline (at least [`HEADLINE_WORDS`] words, not a menu entry); and the links' addresses spell
//!   their headlines, as article addresses do ("/news/ferry-runs-aground-off-the-coast"), for at
//!   least half of the items (an address may shorten its headline). A list of links with words of
//!   its own beside them ("<a>Report</a>: what the board decided") is content, and so are links
//!   whose address says nothing of their text ("Get it at the shop for $20" to a shop's coded
//!   address): offers and downloads a story lists for its readers.
//! - **Captions**: `figcaption` and elements whose class names a caption, whole and block by
//!   block (a caption and its credit are often two lines), and pictures' descriptions (`alt`)
//!   that a caption repeats.

use std::collections::HashSet;

use super::html::{Piece, pieces};

/// Elements whose content a reader never sees as text (code, styles, templates, fallbacks).
const UNSEEN: &[&str] = &["script", "style", "template", "noscript"];

/// Fewest words of link text an item needs to be a headline.
const HEADLINE_WORDS: usize = 3;
/// Fewest words of a headline (of three letters or more) its address must spell.
const SLUG_WORDS: usize = 2;

/// An item of a list as read so far: its link text, its other words, and whether one of its
/// links' addresses spells the link text.
#[derive(Default)]
struct Item {
    linked: String,
    other: usize,
    hrefs: Vec<String>,
}

impl Item {
    fn headline(&self) -> bool {
        self.other == 0 && words(&self.linked) >= HEADLINE_WORDS
    }

    fn spelled(&self) -> bool {
        self.hrefs.iter().any(|h| spells(h, &self.linked))
    }
}

/// What is known of an open list.
#[derive(Default)]
struct List {
    headlines: Vec<String>,
    /// Items whose address spells their headline.
    spelled: usize,
    /// Whether every item with words so far is a headline link and nothing else.
    spoiled: bool,
    item: Option<Item>,
}

impl List {
    fn close_item(&mut self) {
        let Some(item) = self.item.take() else { return };
        if item.other == 0 && words(&item.linked) == 0 {
            return;
        }
        if item.headline() {
            self.spelled += usize::from(item.spelled());
            self.headlines.push(key(&item.linked));
        } else {
            self.spoiled = true;
        }
    }
}

/// Words of a piece of text (entities and punctuation alone are not words).
fn words(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric) && !w.starts_with('&')).count()
}

/// A text's letters and digits in lower case, without entities ("it&#39;s" and "it's" are "its"):
/// how a headline in the page's markup is matched with a line of readability's text.
fn key(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '&'
            && let Some(end) = rest[1..].find(';').filter(|&e| e <= 8)
            && rest[1..1 + end].chars().all(|x| x.is_ascii_alphanumeric() || x == '#')
        {
            rest = &rest[end + 2..];
            continue;
        }
        out.extend(c.to_lowercase().filter(|x| x.is_alphanumeric()));
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// True when an address spells at least [`SLUG_WORDS`] words (of three letters or more) of a
/// link text, or all of them when it has fewer.
fn spells(href: &str, text: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or("").to_lowercase();
    let slug: HashSet<&str> = path.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let lower = text.to_lowercase();
    let long: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 3).collect();
    let found = long.iter().filter(|w| slug.contains(*w)).count();
    !long.is_empty() && found >= SLUG_WORDS.min(long.len())
}

/// The value of attribute `name` in a tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    let at = loop {
        let at = from + lower[from..].find(name)?;
        let before = lower[..at].chars().next_back();
        if before.is_some_and(char::is_whitespace) && lower[at + name.len()..].starts_with('=') {
            break at + name.len() + 1;
        }
        from = at + name.len();
    };
    let rest = &tag[at..];
    let value = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].split(q).next()?,
        _ => rest.split(|c: char| c.is_whitespace() || c == '>').next()?,
    };
    Some(value.to_owned())
}

/// The headlines (as [`key`]s) of the page's lists of headline links (see the module's
/// documentation).
fn headline_links(pieces: &[Piece<'_>]) -> HashSet<String> {
    let mut lists: Vec<List> = Vec::new();
    let mut found = HashSet::new();
    let (mut in_link, mut raw) = (0usize, false);
    for piece in pieces {
        match piece {
            Piece::Open(tag, name) => {
                raw = UNSEEN.contains(&name.as_str());
                match name.as_str() {
                    "ul" | "ol" => lists.push(List::default()),
                    "li" => {
                        if let Some(list) = lists.last_mut() {
                            list.close_item();
                            list.item = Some(Item::default());
                        }
                    }
                    "a" => {
                        in_link += 1;
                        if let Some(item) = lists.last_mut().and_then(|l| l.item.as_mut()) {
                            item.hrefs.extend(attribute(tag, "href"));
                        }
                    }
                    _ => {}
                }
            }
            Piece::Close(_, name) => {
                raw = false;
                match name.as_str() {
                    "ul" | "ol" => {
                        if let Some(mut list) = lists.pop() {
                            list.close_item();
                            if !list.spoiled && list.spelled * 2 >= list.headlines.len() {
                                found.extend(list.headlines);
                            }
                        }
                    }
                    "li" => {
                        if let Some(list) = lists.last_mut() {
                            list.close_item();
                        }
                    }
                    "a" => in_link = in_link.saturating_sub(1),
                    _ => {}
                }
            }
            Piece::Other(text) if !raw && !text.starts_with('<') => match lists.last_mut() {
                Some(List { item: Some(item), .. }) if in_link > 0 => {
                    item.linked.push(' ');
                    item.linked.push_str(text);
                }
                Some(List { item: Some(item), .. }) => item.other += words(text),
                // Words between the items count against the list as a whole.
                Some(list) if words(text) > 0 => list.spoiled = true,
                _ => {}
            },
            Piece::Other(_) => {}
        }
    }
    found
}

/// Elements that end a block of a caption's text (a caption's text and its credit are often
/// two blocks, read as two lines).
const BLOCKS: &[&str] = &["div", "p", "br", "li", "h2", "h3", "h4", "h5", "h6", "figcaption"];

/// Most words of a caption: an element named a caption that holds more (a container of the whole
/// page whose class happens to name one, an element left open over the paragraphs after it) is not
/// one.
const CAPTION_WORDS: usize = 60;

/// True when an opening tag starts a caption: a `figcaption`, or an element whose class names a
/// caption ("wp-caption-text", "image__caption", "InlineImage-imageEmbedCaption").
fn opens_caption(tag: &str, name: &str) -> bool {
    name == "figcaption" || attribute(tag, "class").is_some_and(|c| c.to_ascii_lowercase().contains("caption"))
}

/// The texts (as [`key`]s) of the page's captions (see [`opens_caption`]), whole and block by
/// block, and of its pictures' descriptions (`alt`): a picture's caption and credit, not the
/// article's words, wherever readability leaves them; but for a text the page also prints as a
/// paragraph outside any caption (a caption may repeat the article's lead).
fn figure_captions(pieces: &[Piece<'_>]) -> HashSet<String> {
    let mut found = HashSet::new();
    // The open caption's element name and how many elements of that name are open inside it.
    let mut caption: Option<(String, usize)> = None;
    let mut raw = false;
    let (mut whole, mut block) = (String::new(), String::new());
    // The open caption's blocks, kept when it closes no longer than a caption.
    let mut blocks: Vec<String> = Vec::new();
    // Paragraphs outside captions, and the open one's text.
    let (mut paragraphs, mut paragraph) = (HashSet::new(), None::<String>);
    for piece in pieces {
        match piece {
            Piece::Open(tag, name) => {
                raw = UNSEEN.contains(&name.as_str());
                if caption.is_none() && name == "p" {
                    paragraphs.extend(paragraph.replace(String::new()).map(|p| key(&p)));
                }
                match caption.as_mut() {
                    Some((n, depth)) if n == name => *depth += 1,
                    Some(_) => {}
                    None if opens_caption(tag, name) => caption = Some((name.clone(), 1)),
                    None => continue,
                }
                if BLOCKS.contains(&name.as_str()) {
                    blocks.push(key(&std::mem::take(&mut block)));
                }
            }
            Piece::Close(_, name) => {
                raw = false;
                if caption.is_none() && name == "p" {
                    paragraphs.extend(paragraph.take().map(|p| key(&p)));
                }
                let Some((n, depth)) = caption.as_mut() else { continue };
                if BLOCKS.contains(&name.as_str()) || n == name {
                    blocks.push(key(&std::mem::take(&mut block)));
                }
                if n == name {
                    *depth -= 1;
                    if *depth == 0 {
                        let text = std::mem::take(&mut whole);
                        if words(&text) <= CAPTION_WORDS {
                            found.insert(key(&text));
                            found.extend(blocks.drain(..));
                        }
                        blocks.clear();
                        caption = None;
                    }
                }
            }
            Piece::Other(t) if t.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("<img")) => {
                found.extend(attribute(t, "alt").map(|a| key(&a)));
            }
            Piece::Other(t) if caption.is_some() && !raw && !t.starts_with('<') => {
                whole.push_str(t);
                block.push_str(t);
            }
            Piece::Other(t) if !raw && !t.starts_with('<') => {
                if let Some(p) = paragraph.as_mut() {
                    p.push_str(t);
                }
            }
            Piece::Other(_) => {}
        }
    }
    found.remove("");
    // A text the page also prints as a paragraph of its own (a caption repeating the lead) is text.
    found.retain(|k| !paragraphs.contains(k));
    found
}

/// The texts (as [`key`]s) of a page that are not its article: its lists of headline links and
/// its captions (see the module's documentation).
pub fn asides(html: &str) -> HashSet<String> {
    let pieces = pieces(html);
    let mut found = headline_links(&pieces);
    found.extend(figure_captions(&pieces));
    found
}

/// A text without its lines that are one of `asides` (as [`key`]s) and nothing else, but for the
/// page's own headline (`title`): a list of the most read stories may name this one.
pub fn without_asides(text: &str, asides: &HashSet<String>, title: &str) -> String {
    if asides.is_empty() {
        return text.to_owned();
    }
    let title = key(title);
    let teaser = |l: &str| {
        let k = key(l);
        asides.contains(&k) && !title.contains(&k)
    };
    text.lines().filter(|l| !teaser(l)).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headline_links(html: &str) -> HashSet<String> {
        super::headline_links(&pieces(html))
    }

    fn figure_captions(html: &str) -> HashSet<String> {
        super::figure_captions(&pieces(html))
    }

    fn found(html: &str) -> Vec<String> {
        let mut v: Vec<String> = headline_links(html).into_iter().collect();
        v.sort();
        v
    }

    #[test]
    fn a_list_of_links_to_the_articles_their_headlines_name_is_found() {
        let html = "<p>The ferry ran aground on Monday.</p><h4>More:</h4>\
                    <ul><li><h4><a href=\"/news/harbour-board-to-review-ferry-safety-rules-1234.html\">\
                    Harbour board to review ferry safety rules</a></h4></li></ul>\
                    <ul>\n<li><a href='https://example.org/2019/storm-closes-coast-road'>Storm closes the coast \
                    road for a second day</a></li>\n<li><a href=/fishermen-count-cost-wet-summer>Fishermen \
                    count the cost of a wet summer</a></li></ul><p>Nobody was hurt.</p>";
        assert_eq!(
            found(html),
            [
                "fishermencountthecostofawetsummer",
                "harbourboardtoreviewferrysafetyrules",
                "stormclosesthecoastroadforasecondday"
            ]
        );
        let text = "The ferry ran aground on Monday.\nHarbour board to review ferry safety rules\nNobody was hurt.";
        assert_eq!(
            without_asides(text, &headline_links(html), ""),
            "The ferry ran aground on Monday.\nNobody was hurt."
        );
        // The page's own headline, listed among the most read, stays.
        let own = "Harbour board to review ferry safety rules | The Harbour Times";
        assert_eq!(without_asides(text, &headline_links(html), own), text);
    }

    #[test]
    fn a_list_is_found_when_half_its_addresses_spell_their_headlines() {
        let html = "<ul><li><a href=\"/31-harbour-pictures.html\">Twelve Amazing Pictures of Old Harbours</a></li>\
                    <li><a href=\"/44-facts-about-lighthouses.html\">Ten Facts About Lighthouses</a></li></ul>";
        assert_eq!(found(html), ["tenfactsaboutlighthouses", "twelveamazingpicturesofoldharbours"]);
        let none = "<ul><li><a href=\"/31-photos.html\">Twelve Amazing Pictures of Old Harbours</a></li>\
                    <li><a href=\"/44-facts.html\">Ten Facts About Lighthouses</a></li></ul>";
        assert!(found(none).is_empty());
    }

    #[test]
    fn lists_with_words_of_their_own_coded_addresses_or_short_links_are_content() {
        for html in [
            // An item says something beside its link.
            "<ul><li><a href=\"/the-full-report\">The full report</a>: what the board decided</li></ul>",
            // Plain items.
            "<ol><li>Close the old pier</li><li>Build a new ferry ramp</li></ol>",
            // One item of a linked list is plain text.
            "<ul><li><a href=\"/harbour-board-reviews-safety\">Harbour board reviews safety</a></li>\
             <li>Tolls rise in spring</li></ul>",
            // Offers whose addresses are codes.
            "<ul><li><a href=\"https://go.example/u/bx7q\">Get it at the harbour shop for $20</a></li></ul>",
            // Menu entries, too short to be headlines.
            "<ul><li><a href=\"/world-news\">World news</a></li></ul>",
        ] {
            assert!(found(html).is_empty(), "{html}: {:?}", found(html));
        }
    }

    #[test]
    fn figure_captions_are_found_whole() {
        let html = "<figure><img src=a.jpg><figcaption>The ferry at the north pier on Monday. \
                    <span>Photo: <a href=/x>Jo Bloggs</a></span></figcaption></figure><p>The ferry ran aground.</p>\
                    <figure><figcaption></figcaption></figure><script>var s = '<figcaption>x</figcaption>';</script>";
        let found: Vec<String> = figure_captions(html).into_iter().collect();
        assert_eq!(found, ["theferryatthenorthpieronmondayphotojobloggs"]);
        let blocks = "<figcaption><div>The old pier in 1987.</div><div>Photo by Jo Bloggs</div></figcaption>\
                      <img src=\"p.jpg\" alt='Divers at the north pier'>";
        let mut found: Vec<String> = figure_captions(blocks).into_iter().collect();
        found.sort();
        assert_eq!(
            found,
            ["diversatthenorthpier", "photobyjobloggs", "theoldpierin1987", "theoldpierin1987photobyjobloggs"]
        );
        let classed = "<div class=\"image__Caption\"><span>Gulls on the pier.</span></div><p>The ferry sailed.</p>";
        assert!(figure_captions(classed).contains("gullsonthepier"));
        let long = format!("<body class=\"has-caption\"><p>{}</p></body>", "The ferry sailed on time. ".repeat(20));
        assert!(figure_captions(&long).is_empty(), "a page is no caption");
        let lead = "<figcaption>The ferry ran aground on Monday.</figcaption><p>The ferry ran aground on Monday.</p>";
        assert!(figure_captions(lead).is_empty(), "the lead a caption repeats is text");
        let text = "The ferry at the north pier on Monday. Photo: Jo Bloggs\nThe ferry ran aground.";
        assert_eq!(without_asides(text, &figure_captions(html), ""), "The ferry ran aground.");
    }

    #[test]
    fn keys_ignore_case_marks_and_entities_and_broken_markup_does_not_panic() {
        assert_eq!(key("It&#39;s the ferry&rsquo;s day &amp; night"), key("It's the ferry’s day & night"));
        assert!(spells("/a/ferry-s-last-run", "The ferry's last run"));
        assert!(!spells("/a/ferry-times", "The ferry's last run"));
        for html in [
            "<ul><li><a href=\"/x\">Storm closes the coast road",
            "</ul></li></a><ul>",
            "<li><a href>A b c</a>",
            "<figcaption>éé<div>ñ<img alt=\"ü\"><img alt=x src=y><img",
            "ßßßß<figcaption></div></figcaption></figcaption>",
            "xyzé<figcaption>abcé</figcaption>",
        ] {
            let _ = headline_links(html);
            let _ = figure_captions(html);
        }
    }
}
